"""Turn the client's records into the attribute rows of the cache tables.

Runs in the refresh task's worker thread, so it does plain Python only (translation lookups
are thread-safe). Each row carries ``maptip_html``: HTML built here from escaped values, so
the layers' map tip template only inserts a field and never renders markup from the network.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from datetime import date
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..core.escape import html_escape, mailto_url
from ..core.models import Course, Organisation, TrainingCentre
from .attributes import course_attributes, training_centre_attributes
from .safety import esc, link, safe_email, safe_location, safe_web_url

Row = Dict[str, object]
Location = Optional[Tuple[float, float]]
PageUrl = Callable[[str, Optional[str]], str]
"""(organisation name, organisation slug) -> the organisation's page on the server, or ""."""

MAX_NAMES_IN_TIP = 25
MAX_COURSES_IN_TIP = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationMapTips", text)


class Labels:
    """Translated captions for the map tips, looked up and escaped once per refresh."""

    def __init__(self) -> None:
        self.organisation = _tr("Organisation")
        self.training_centre = _tr("Training centre")
        self.course_type = _tr("Course type")
        self.trainer = _tr("Trainer")
        self.language = _tr("Language")
        self.dates = _tr("Dates")
        self.competence = _tr("Competence")
        self.address = _tr("Address")
        self.email = _tr("E-mail")
        self.phone = _tr("Phone")
        self.website = _tr("Website")
        self.more = _tr("More on the certification website")
        self.online = _tr("Online")
        self.no_location = _tr("Location not published")
        self.organisations_count = _tr("Certified organisations: {}")
        self.and_more = _tr("and {} more")
        self.next_courses = _tr("Next courses")
        self.online_html = f"<i>{esc(self.online)}</i><br>"
        self.no_location_html = f"<i>{esc(self.no_location)}</i><br>"
        self.more_html = esc(self.more)
        # Escaped captions with ": ", the start of a map tip line.
        self.organisation_p = f"{esc(self.organisation)}: "
        self.training_centre_p = f"{esc(self.training_centre)}: "
        self.course_type_p = f"{esc(self.course_type)}: "
        self.trainer_p = f"{esc(self.trainer)}: "
        self.language_p = f"{esc(self.language)}: "
        self.dates_p = f"{esc(self.dates)}: "
        self.competence_p = f"{esc(self.competence)}: "
        self.address_p = f"{esc(self.address)}: "
        self.email_p = f"{esc(self.email)}: "
        self.phone_p = f"{esc(self.phone)}: "
        self.website_p = f"{esc(self.website)}: "
        self.next_courses_p = f"{esc(self.next_courses)}:"


def no_page(_name: str, _slug: Optional[str]) -> str:
    return ""


@functools.lru_cache(maxsize=16384)
def _line(prefix: str, value: object) -> str:
    """One map tip line: ``prefix`` (already escaped) and the escaped value, or "" if empty.

    Cached: organisations, centres, course types, languages and trainers repeat across
    thousands of rows of a refresh.
    """
    if value is None:
        return ""
    text = (value if isinstance(value, str) else str(value)).strip()
    return f"{prefix}{esc(text)}<br>" if text else ""


def _anchor(url: str, label_html: str) -> str:
    """A link to a URL that ``safe_web_url``/``mailto_url`` already accepted."""
    return f'<a href="{html_escape(url)}">{label_html}</a>'


def _place_text(labels: Labels, online: bool, location: Location) -> str:
    if online:
        return labels.online_html
    if location is None:
        return labels.no_location_html
    return ""


def _page_url(item_web_url: str, org_name: str, org_slug: Optional[str], page: PageUrl) -> str:
    return safe_web_url(item_web_url) or safe_web_url(page(org_name, org_slug))


def _next_courses_html(labels: Labels, courses: Sequence[Course]) -> str:
    """The first upcoming courses (already in date order) as an escaped list."""
    if not courses:
        return ""
    items = [
        f"<li>{esc(_date_range(c.start_date, c.end_date))} {esc(c.name or c.course_type_name)}</li>"
        for c in courses[:MAX_COURSES_IN_TIP]
    ]
    rest = len(courses) - MAX_COURSES_IN_TIP
    if rest > 0:
        items.append(f"<li><i>{esc(labels.and_more.format(rest))}</i></li>")
    return "{}<ul>{}</ul>".format(labels.next_courses_p, "".join(items))


class CoursesByCentre:
    """Upcoming courses per training centre, matched by centre id, else by name."""

    def __init__(self, courses: Iterable[Course]) -> None:
        self._by_id: Dict[int, List[Course]] = {}
        self._by_name: Dict[str, List[Course]] = {}
        for course in sorted(courses, key=lambda c: (c.start_date, c.end_date, c.name)):
            if course.training_centre_id is not None:
                self._by_id.setdefault(course.training_centre_id, []).append(course)
            key = course.training_centre_name.strip().casefold()
            self._by_name.setdefault(key, []).append(course)

    def of(self, centre: TrainingCentre) -> List[Course]:
        if centre.id is not None and centre.id in self._by_id:
            return self._by_id[centre.id]
        return self._by_name.get(centre.name.strip().casefold(), [])


def training_centre_row(
    centre: TrainingCentre,
    labels: Labels,
    page: PageUrl = no_page,
    next_courses: Sequence[Course] = (),
) -> Tuple[Row, Location]:
    """Attributes and (lon, lat) of one training centre; ``next_courses`` are its upcoming
    courses in date order, listed in the map tip."""
    location = safe_location(centre.location)
    website = safe_web_url(centre.url)
    email = safe_email(centre.email)
    page_url = _page_url(centre.web_url, centre.organisation_name, centre.organisation_slug, page)
    tip = [
        f"<b>{esc(centre.name)}</b><br>",
        _line(labels.organisation_p, centre.organisation_name),
        _place_text(labels, centre.online, location),
        _line(labels.address_p, centre.address),
        _line(labels.phone_p, centre.phone),
    ]
    if email:
        tip.append(f"{labels.email_p}{_anchor(mailto_url(email) or '', esc(email))}<br>")
    if website:
        tip.append(f"{labels.website_p}{_anchor(website, esc(website))}<br>")
    tip.append(_next_courses_html(labels, next_courses))
    if page_url:
        tip.append(_anchor(page_url, labels.more_html))
    row: Row = training_centre_attributes(centre, page_url)
    row["online"] = 1 if centre.online else 0
    row["maptip_html"] = "".join(tip)
    return row, location


def course_row(course: Course, labels: Labels, page: PageUrl = no_page) -> Tuple[Row, Location]:
    """Attributes and (lon, lat) of one upcoming course."""
    location = safe_location(course.location)
    page_url = _page_url(course.web_url, course.organisation_name, course.organisation_slug, page)
    dates = _date_range(course.start_date, course.end_date)
    tip = [
        f"<b>{esc(course.name)}</b><br>",
        _line(labels.dates_p, dates),
        _line(labels.course_type_p, course.course_type_name),
        _line(labels.organisation_p, course.organisation_name),
        _line(labels.training_centre_p, course.training_centre_name),
        _place_text(labels, course.online, location),
        _line(labels.language_p, course.language),
        _line(labels.trainer_p, course.course_convener_name),
        _line(labels.competence_p, course.trained_competence),
    ]
    if page_url:
        tip.append(_anchor(page_url, labels.more_html))
    row: Row = course_attributes(course, page_url)
    row["online"] = 1 if course.online else 0
    row["maptip_html"] = "".join(tip)
    return row, location


def _date_range(start: Optional[date], end: Optional[date]) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} \u2013 {end.isoformat()}"


def group_by_country(organisations: Iterable[Organisation]) -> OrderedDict[str, List[Organisation]]:
    """Organisations per upper-case ISO2 code, sorted by code; those without a code are left out."""
    groups: Dict[str, List[Organisation]] = {}
    for organisation in organisations:
        code = (organisation.country_code or "").strip().upper()
        if len(code) == 2 and code.isalpha():
            groups.setdefault(code, []).append(organisation)
    ordered: OrderedDict[str, List[Organisation]] = OrderedDict()
    for code in sorted(groups):
        ordered[code] = sorted(groups[code], key=lambda org: org.name.casefold())
    return ordered


def country_row(
    iso2: str,
    country_name: str,
    organisations: Sequence[Organisation],
    labels: Labels,
    page: PageUrl = no_page,
) -> Row:
    """Attributes of one country polygon: how many certified organisations, and which."""
    name = next((org.country_name for org in organisations if org.country_name), country_name)
    items = []
    for organisation in organisations[:MAX_NAMES_IN_TIP]:
        target = _page_url(organisation.web_url, organisation.name, organisation.slug, page)
        target = target or safe_web_url(organisation.url)
        text = link(target, organisation.name) if target else esc(organisation.name)
        items.append(f"<li>{text}</li>")
    rest = len(organisations) - MAX_NAMES_IN_TIP
    if rest > 0:
        items.append(f"<li><i>{esc(labels.and_more.format(rest))}</i></li>")
    tip = "<b>{}</b><br>{}<ul>{}</ul>".format(
        esc(name), esc(labels.organisations_count.format(len(organisations))), "".join(items)
    )
    return {
        "iso2": iso2,
        "country_name": name,
        "organisation_count": len(organisations),
        "organisation_names": "; ".join(org.name for org in organisations),
        "maptip_html": tip,
    }
