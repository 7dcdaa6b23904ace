"""Turn the client's records into the attribute rows of the cache tables.

Runs in the refresh task's worker thread, so it does plain Python only. The rows hold data,
never captions or markup: the map tips are templates that ``maptips.py`` builds in the current
interface language each time the layers are added or a project opens, and they escape every
value when a tip is shown. Lists a tip shows (a centre's next courses, a country's
organisations) are stored as JSON text.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from datetime import date
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from ..core.models import Course, Organisation, TrainingCentre
from .attributes import course_attributes, training_centre_attributes
from .safety import safe_location, safe_web_url

Row = Dict[str, object]
Location = Optional[Tuple[float, float]]
PageUrl = Callable[[str, Optional[str]], str]
"""(organisation name, organisation slug) -> the organisation's page on the server, or ""."""

MAX_NAMES_IN_TIP = 25
MAX_COURSES_IN_TIP = 3
"""A tip lists a centre's next three courses (and how many more): QGIS 3.22 places a tip
below the cursor and cuts what passes the canvas edge, so tips stay short."""


def no_page(_name: str, _slug: Optional[str]) -> str:
    return ""


def to_json(items: Sequence[Dict[str, str]]) -> str:
    """Compact JSON text for a list column (read back by the map tip's ``from_json``)."""
    return json.dumps(list(items), ensure_ascii=False, separators=(",", ":"))


def _page_url(item_web_url: str, org_name: str, org_slug: Optional[str], page: PageUrl) -> str:
    return safe_web_url(item_web_url) or safe_web_url(page(org_name, org_slug))


def date_range(start: Optional[date], end: Optional[date]) -> str:
    """ "2030-01-01 \u2013 2030-01-03" (an en dash), or one date for a one-day course."""
    if start is None:
        return ""
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} \u2013 {end.isoformat()}"


def next_courses_json(courses: Sequence[Course]) -> str:
    """The first upcoming courses (already in date order): dates and name, as JSON."""
    return to_json(
        [
            {"dates": date_range(c.start_date, c.end_date), "name": c.name or c.course_type_name}
            for c in courses[:MAX_COURSES_IN_TIP]
        ]
    )


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
    centre: TrainingCentre, page: PageUrl = no_page, next_courses: Sequence[Course] = ()
) -> Tuple[Row, Location]:
    """Attributes and (lon, lat) of one training centre; ``next_courses`` are its upcoming
    courses in date order, listed in the map tip."""
    location = safe_location(centre.location)
    page_url = _page_url(centre.web_url, centre.organisation_name, centre.organisation_slug, page)
    row: Row = training_centre_attributes(centre, page_url)
    row["online"] = 1 if centre.online else 0
    row["next_courses"] = next_courses_json(next_courses)
    row["next_course_count"] = len(next_courses)
    return row, location


def course_row(course: Course, page: PageUrl = no_page) -> Tuple[Row, Location]:
    """Attributes and (lon, lat) of one upcoming course."""
    location = safe_location(course.location)
    page_url = _page_url(course.web_url, course.organisation_name, course.organisation_slug, page)
    row: Row = course_attributes(course, page_url)
    row["online"] = 1 if course.online else 0
    return row, location


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
    iso2: str, country_name: str, organisations: Sequence[Organisation], page: PageUrl = no_page
) -> Row:
    """Attributes of one country polygon: how many certified organisations, and which (with
    the page to link to: the certification page, else the organisation's http(s) website)."""
    name = next((org.country_name for org in organisations if org.country_name), country_name)
    listed = []
    for organisation in organisations[:MAX_NAMES_IN_TIP]:
        target = _page_url(organisation.web_url, organisation.name, organisation.slug, page)
        listed.append({"name": organisation.name, "url": target or safe_web_url(organisation.url)})
    return {
        "iso2": iso2,
        "country_name": name,
        "organisation_count": len(organisations),
        "organisation_names": "; ".join(org.name for org in organisations),
        "organisations": to_json(listed),
    }
