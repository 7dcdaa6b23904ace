"""``CertificationClient``: the one object the plugin asks for organisations, centres, courses.

It works against both kinds of server and finds out which one it talks to (``detect()``):
a server with ``/api/v1/`` is read through the API; any other (certification.qgis.org today)
through its public feeds, joined client-side into the same records:

* courses take their location from the course feature's geometry (the centre's point);
* courses → centres by centre name, centres/courses → organisations by organisation name
  (both names are unique on the site);
* an organisation's web page is guessed from its name (``urls.live_site_slug``).

Every method accepts ``progress`` (called with 0.0…1.0) and ``is_cancelled`` (polled
between requests and by the transport), so a ``QgsTask`` can show progress and stop early.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from typing import (
    Any,
    Callable,
    Dict,
    Iterable,
    Iterator,
    List,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    cast,
)

from . import api_v1, feeds
from .errors import (
    CancelledError,
    HttpError,
    InvalidResponseError,
    NotFoundError,
    TruncatedResponseError,
)
from .http import HttpSession, JsonResponse
from .models import Course, CourseType, FetchResult, Organisation, ServerInfo, TrainingCentre
from .transport import IsCancelled
from .urls import (
    api_url,
    live_site_slug,
    normalise_base_url,
    normalise_countries,
    organisation_page_url,
    organisations_feed_url,
    same_origin,
    training_centres_feed_url,
    upcoming_courses_feed_url,
)

Progress = Callable[[float], None]

MODE_AUTO = "auto"
MODE_API = "api"
MODE_FEEDS = "feeds"
MODES = (MODE_AUTO, MODE_API, MODE_FEEDS)

FEEDS_PAGE_SIZE = 100
"""The live site caps the organisations feed at 100 per page."""
T = TypeVar("T")

API_PAGE_SIZE = 5000
"""API v1's largest page: a refresh reads each list in as few requests as it can. A server
with a lower cap answers with smaller pages and ``next`` links, which are followed."""
MAX_PAGES = 2000
"""A guard against a server whose ``next`` links never end."""

# Statuses of GET /api/v1/ that mean "no API here" rather than "something is wrong".
_NO_API_STATUSES = (400, 403, 404, 405, 406, 410)


def _scaled(progress: Optional[Progress], start: float, end: float) -> Optional[Progress]:
    """A progress callback reporting 0…1 as ``start``…``end`` of the caller's range."""
    if progress is None:
        return None

    def report(fraction: float) -> None:
        progress(start + (end - start) * min(1.0, max(0.0, fraction)))

    return report


def _name_key(name: str) -> str:
    """Join key for names: spacing and case do not break a match."""
    return " ".join(name.split()).casefold()


def _now() -> datetime:
    return datetime.now(timezone.utc)


class CertificationClient:
    """Reads a certification server's catalogue through API v1 or its public feeds.

    ``mode`` is ``"auto"`` (detect), ``"api"`` (require API v1) or ``"feeds"`` (use the public
    feeds even when an API exists: useful to compare, and what the live site offers).

    The collections join on the same organisations and centres; inside
    ``with client.reading_each_url_once():`` (one refresh) each URL is read only once, which
    spares the rate-limited live site repeated requests.
    """

    feeds_page_size = FEEDS_PAGE_SIZE
    api_page_size = API_PAGE_SIZE

    def __init__(self, base_url: str, session: HttpSession, mode: str = MODE_AUTO) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.base_url = normalise_base_url(base_url)
        self.session = session
        self.mode = mode
        self._info: Optional[ServerInfo] = None
        self._lock = threading.Lock()
        self._answers: Optional[Dict[str, JsonResponse]] = None
        self._parsed: Dict[Tuple[str, str], Any] = {}

    # ------------------------------------------------------------------ detection

    def detect(
        self,
        is_cancelled: Optional[IsCancelled] = None,
        refresh: bool = False,
        progress: Optional[Progress] = None,
    ) -> ServerInfo:
        """What the server offers: API v1 (``has_api``) or public feeds only.

        The answer is remembered; ``refresh=True`` asks again (e.g. after the user changed the
        authentication configuration). Raises ``NotFoundError`` when the address has neither
        API v1 nor the public feeds, and any network or server error as it happened.
        """
        with self._lock:
            if self._info is not None and not refresh:
                return self._info
        info = None
        if self.mode != MODE_FEEDS:
            info = self._detect_api(is_cancelled)
            if info is None and self.mode == MODE_API:
                raise InvalidResponseError(
                    "This server does not offer the certification API v1 at /api/v1/.",
                    api_url(self.base_url),
                )
        if info is None:
            info = self._detect_feeds(is_cancelled)
        with self._lock:
            self._info = info
        _report(progress, 1.0)
        return info

    def _detect_api(self, is_cancelled: Optional[IsCancelled]) -> Optional[ServerInfo]:
        url = api_url(self.base_url)
        try:
            response = self.session.get_json(url, is_cancelled, conditional=False)
        except TruncatedResponseError:
            raise  # a broken connection says nothing about what the server offers
        except InvalidResponseError:
            return None
        except HttpError as exc:
            if exc.status in _NO_API_STATUSES:
                return None
            raise
        return api_v1.parse_root(response.data, self.base_url)

    def _detect_feeds(self, is_cancelled: Optional[IsCancelled]) -> ServerInfo:
        url = organisations_feed_url(self.base_url, page_size=1)
        try:
            response = self.session.get_json(url, is_cancelled, conditional=False)
        except NotFoundError:
            raise NotFoundError(
                "Neither the certification API v1 nor the public feeds were found at this "
                "address — is it a certification server?",
                url,
                404,
            ) from None
        feeds.parse_organisations_page(response.data, url)
        return ServerInfo(base_url=self.base_url, has_api=False)

    def uses_api(self, is_cancelled: Optional[IsCancelled] = None) -> bool:
        return self.detect(is_cancelled).has_api

    # ------------------------------------------------------------------ collections

    def organisations(
        self,
        countries: Iterable[str] = (),
        progress: Optional[Progress] = None,
        is_cancelled: Optional[IsCancelled] = None,
    ) -> FetchResult:
        """Certified organisations (approved, not archived), ordered by name.

        ``countries``: ISO 3166-1 alpha-2 codes to keep (any case); empty keeps all.
        """
        codes = normalise_countries(countries)
        if self.uses_api(is_cancelled):
            items, changed, urls = self._api_list(
                "organisations/",
                {"country": ",".join(codes)},
                api_v1.parse_organisation,
                "organisation",
                progress,
                is_cancelled,
            )
        else:
            first = organisations_feed_url(self.base_url, codes, page_size=self.feeds_page_size)
            items, changed, urls = self._paged(
                first, feeds.parse_organisations_page, progress, is_cancelled
            )
            items = [self._with_web_page(org) for org in items]
        if codes:
            items = [org for org in items if org.country_code in codes]
        return FetchResult(_unique(items, lambda o: o.name), changed, tuple(urls), _now())

    def training_centres(
        self,
        countries: Iterable[str] = (),
        only_certified: bool = True,
        progress: Optional[Progress] = None,
        is_cancelled: Optional[IsCancelled] = None,
    ) -> FetchResult:
        """Training centres, ``location=None`` for online ones (or those without a location).

        ``only_certified`` (the default, and what the layers show): keep only centres of
        organisations that are currently certified, i.e. listed by the organisations feed.
        The live site's project-wide centre feed also lists centres of pending, rejected
        and archived organisations; showing those on a map of "where to get certified
        training" would mislead. With ``False`` they are kept, but a centre whose organisation
        is not certified has no known country, so a ``countries`` filter drops it. Through
        API v1 the server itself lists only certified organisations' centres.
        """
        codes = normalise_countries(countries)
        if self.uses_api(is_cancelled):
            items, changed, urls = self._api_list(
                "training-centres/",
                {"country": ",".join(codes)},
                api_v1.parse_training_centre,
                "training centre",
                progress,
                is_cancelled,
            )
            return FetchResult(_unique(items, lambda c: c.name), changed, tuple(urls), _now())

        centres_response, centres = self._feed_centres(is_cancelled)
        _report(progress, 0.4)
        orgs = self.organisations(codes, _scaled(progress, 0.4, 1.0), is_cancelled)
        by_name = {_name_key(org.name): org for org in orgs.items}
        kept: List[TrainingCentre] = []
        for centre in centres:
            org = by_name.get(_name_key(centre.organisation_name))
            if org is None:
                if only_certified or codes:
                    continue
                kept.append(centre)
                continue
            kept.append(
                replace(
                    centre,
                    organisation_slug=org.slug,
                    country_code=org.country_code,
                    web_url=org.web_url,
                )
            )
        return FetchResult(
            _unique(kept, lambda c: c.name),
            centres_response.changed or orgs.changed,
            (centres_response.url, *orgs.source_urls),
            _now(),
        )

    def upcoming_courses(
        self,
        countries: Iterable[str] = (),
        only_certified: bool = True,
        progress: Optional[Progress] = None,
        is_cancelled: Optional[IsCancelled] = None,
    ) -> FetchResult:
        """Courses starting today or later, ordered by start date.

        ``only_certified`` (default): keep only courses of currently certified organisations;
        the live site's course feed also carries courses of organisations that are pending,
        rejected or archived (see ``training_centres``). ``location`` is the centre's point,
        ``None`` for an online course.
        """
        codes = normalise_countries(countries)
        if self.uses_api(is_cancelled):
            return self._api_courses(codes, progress, is_cancelled)

        url = upcoming_courses_feed_url(self.base_url, codes)
        courses_response = self._get_json(url, is_cancelled)
        courses = feeds.parse_course_collection(courses_response.data, url)
        _report(progress, 0.3)
        centres_response, centres = self._feed_centres(is_cancelled)
        _report(progress, 0.5)
        orgs = self.organisations(codes, _scaled(progress, 0.5, 1.0), is_cancelled)
        org_by_name = {_name_key(org.name): org for org in orgs.items}
        centre_by_name = {_name_key(c.name): c for c in centres}
        kept: List[Course] = []
        for course in courses:
            org = org_by_name.get(_name_key(course.organisation_name))
            if org is None and only_certified:
                continue
            if org is not None and codes and org.country_code not in codes:
                continue
            centre = centre_by_name.get(_name_key(course.training_centre_name))
            kept.append(
                replace(
                    course,
                    training_centre_id=centre.id if centre is not None else None,
                    organisation_slug=org.slug if org is not None else None,
                    country_code=org.country_code if org is not None else "",
                    web_url=org.web_url if org is not None else "",
                )
            )
        return FetchResult(
            _sorted_courses(kept),
            courses_response.changed or centres_response.changed or orgs.changed,
            (url, centres_response.url, *orgs.source_urls),
            _now(),
        )

    def course_types(
        self,
        progress: Optional[Progress] = None,
        is_cancelled: Optional[IsCancelled] = None,
    ) -> List[CourseType]:
        """Course types, ordered by name.

        The public feeds have no course-type list; there, the types are those of the upcoming
        courses of certified organisations (names only).
        """
        if self.uses_api(is_cancelled):
            items, _, _ = self._api_list(
                "course-types/", {}, api_v1.parse_course_type, "course type", progress, is_cancelled
            )
            return sorted(items, key=lambda t: (t.name.casefold(), t.slug or ""))
        names: Dict[str, str] = {}
        for course in self.upcoming_courses(progress=progress, is_cancelled=is_cancelled).items:
            if course.course_type_name.strip():
                names.setdefault(_name_key(course.course_type_name), course.course_type_name)
        return [CourseType(name=name) for _, name in sorted(names.items())]

    # ------------------------------------------------------------------ helpers

    @contextmanager
    def reading_each_url_once(self) -> Iterator[None]:
        """Within the block, an answer already read is reused instead of asked for again, and
        so is what was parsed from it (the feeds' collections join on the same centres and
        organisations)."""
        with self._lock:
            self._answers = {}
            self._parsed = {}
        try:
            yield
        finally:
            with self._lock:
                self._answers = None
                self._parsed = {}

    def prefetch(
        self, countries: Iterable[str] = (), is_cancelled: Optional[IsCancelled] = None
    ) -> None:
        """Inside ``reading_each_url_once()``: ask for the first answers of the organisations,
        training centres and upcoming courses together, for the calls that follow.

        The server works on them in parallel instead of one after another, as far as the
        session allows (``HttpSession.max_parallel``: one at a time for the live site).
        """
        with self._lock:
            if self._answers is None:
                return
        codes = normalise_countries(countries)
        # The longest answer first: the server starts on it at once.
        if self.uses_api(is_cancelled):
            country = ",".join(codes)
            urls = [
                self._api_list_url("courses/", {"upcoming": "true", "country": country}),
                self._api_list_url("training-centres/", {"country": country}),
                self._api_list_url("organisations/", {"country": country}),
            ]
        else:
            urls = [
                upcoming_courses_feed_url(self.base_url, codes),
                training_centres_feed_url(self.base_url),
                organisations_feed_url(self.base_url, codes, page_size=self.feeds_page_size),
            ]
        with self._lock:
            known = set(self._answers or {})
        answers = self.session.get_json_many([u for u in urls if u not in known], is_cancelled)
        with self._lock:
            if self._answers is not None:
                for answer in answers:
                    self._answers[answer.url] = answer

    def _get_json(self, url: str, is_cancelled: Optional[IsCancelled]) -> JsonResponse:
        with self._lock:
            known = self._answers.get(url) if self._answers is not None else None
        if known is not None:
            return known
        response = self.session.get_json(url, is_cancelled)
        with self._lock:
            if self._answers is not None:
                self._answers[url] = response
        return response

    def _parse_once(self, parse: Callable[[Any, str], T], response: JsonResponse) -> T:
        """``parse(response.data, response.url)``, remembered inside ``reading_each_url_once``."""
        key = (response.url, getattr(parse, "__qualname__", repr(parse)))
        with self._lock:
            reading = self._answers is not None
            if reading and key in self._parsed:
                return cast(T, self._parsed[key])
        parsed = parse(response.data, response.url)
        if reading:
            with self._lock:
                if self._answers is not None:
                    self._parsed[key] = parsed
        return parsed

    def _with_web_page(self, org: Organisation) -> Organisation:
        slug = live_site_slug(org.name)
        return replace(org, slug=slug or None, web_url=organisation_page_url(self.base_url, slug))

    def _feed_centres(
        self, is_cancelled: Optional[IsCancelled]
    ) -> Tuple[JsonResponse, List[TrainingCentre]]:
        url = training_centres_feed_url(self.base_url)
        response = self._get_json(url, is_cancelled)
        return response, self._parse_once(feeds.parse_training_centre_collection, response)

    def _api_courses(
        self,
        codes: Sequence[str],
        progress: Optional[Progress],
        is_cancelled: Optional[IsCancelled],
    ) -> FetchResult:
        """Courses with their coordinates; a server that leaves them out of the course records
        gets its training centres read too, joined by id, else by name."""
        country = ",".join(codes)
        courses, courses_changed, course_urls = self._api_list(
            "courses/",
            {"upcoming": "true", "country": country},
            api_v1.parse_course,
            "course",
            _scaled(progress, 0, 0.6),
            is_cancelled,
        )
        if all(course.location_known for course in courses):
            return FetchResult(
                _sorted_courses(courses), courses_changed, tuple(course_urls), _now()
            )
        centres, centres_changed, centre_urls = self._api_list(
            "training-centres/",
            {"country": country},
            api_v1.parse_training_centre,
            "training centre",
            _scaled(progress, 0.6, 1.0),
            is_cancelled,
        )
        by_id = {c.id: c for c in centres if c.id is not None}
        by_name = {_name_key(c.name): c for c in centres}
        joined = []
        for course in courses:
            if not course.location_known:
                centre = by_id.get(course.training_centre_id) or by_name.get(
                    _name_key(course.training_centre_name)
                )
                if centre is not None:
                    course = replace(course, location=centre.location, location_known=True)
            joined.append(course)
        return FetchResult(
            _sorted_courses(joined),
            courses_changed or centres_changed,
            (*course_urls, *centre_urls),
            _now(),
        )

    def _api_list(
        self,
        resource: str,
        params: Dict[str, str],
        parse_item: Callable[[Any, str, str], Any],
        what: str,
        progress: Optional[Progress],
        is_cancelled: Optional[IsCancelled],
    ) -> Tuple[List[Any], bool, List[str]]:
        """Every page of an API v1 list (``resource`` relative to ``/api/v1/``)."""
        first = self._api_list_url(resource, params)
        return self._paged(first, _api_page(parse_item, what), progress, is_cancelled)

    def _api_list_url(self, resource: str, params: Dict[str, str]) -> str:
        return api_url(self.base_url, resource, {"page_size": self.api_page_size, **params})

    def _paged(
        self,
        first_url: str,
        parse_page: Callable[[Any, str], Any],
        progress: Optional[Progress],
        is_cancelled: Optional[IsCancelled],
    ) -> Tuple[List[Any], bool, List[str]]:
        """Follows ``next`` links from ``first_url``; returns items, changed, the URLs read.

        ``changed`` is False only when every page answered 304 Not Modified.
        """
        items: List[Any] = []
        urls: List[str] = []
        changed = False
        url: Optional[str] = first_url
        while url:
            if is_cancelled is not None and is_cancelled():
                raise CancelledError("The request was cancelled.", url)
            if url in urls:
                raise InvalidResponseError(
                    "The server's 'next' links lead back to a page already read.", url
                )
            if len(urls) >= MAX_PAGES:
                raise InvalidResponseError(
                    f"The server's list goes on for more than {MAX_PAGES} pages.", url
                )
            response = self._get_json(url, is_cancelled)
            page = self._parse_once(parse_page, response)
            urls.append(url)
            items.extend(page.items)
            changed = changed or response.changed
            if progress is not None:
                progress(len(items) / page.count if page.count else 1.0)
            url = same_origin(page.next, url) if page.next else None
        if progress is not None:
            progress(1.0)
        return items, changed, urls


def _api_page(parse_item: Callable[[Any, str, str], Any], what: str) -> Callable[[Any, str], Any]:
    def parse(doc: Any, url: str) -> api_v1.Page:
        return api_v1.parse_page(doc, url, parse_item, what)

    return parse


def _report(progress: Optional[Progress], value: float) -> None:
    if progress is not None:
        progress(value)


def _unique(items: Iterable[Any], key: Callable[[Any], str]) -> List[Any]:
    """Drops repeats (a list that changed between two page requests can repeat an item)."""
    seen = set()
    unique = []
    for item in items:
        marker = _name_key(key(item))
        if marker not in seen:
            seen.add(marker)
            unique.append(item)
    return unique


def _sorted_courses(courses: List[Course]) -> List[Course]:
    return sorted(
        courses,
        key=lambda c: (c.start_date, c.organisation_name.casefold(), c.name.casefold()),
    )
