"""Query parameters of the list endpoints: parse all, report every problem at once, apply.

Parsing never touches the database except to resolve slugs (organisation, course type), so a
malformed request costs almost nothing and never reaches SQL as a 500.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable

from catalogue.languages import language_codes
from catalogue.models import CertifyingOrganisation, CourseType
from catalogue.rules import visible_q
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_countries import countries

from certification_server import params

from .exceptions import InvalidQuery
from .pagination import parse_page, parse_page_size

MAX_SEARCH_LENGTH = 200
TRUE_WORDS = {"true", "1", "yes", "on"}
FALSE_WORDS = {"false", "0", "no", "off"}

Parser = Callable[[str], Any]  # raises ValueError with the message for the client
Applier = Callable[[QuerySet, Any], QuerySet]


def parse_country(raw: str) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(c.upper() for c in params.split_list(raw)))
    unknown = [c for c in codes if len(c) != 2 or countries.alpha2(c) != c]
    if unknown:
        shown = ", ".join(c[:10] for c in unknown[:5])
        raise ValueError(f"Unknown ISO 3166-1 alpha-2 country code(s): {shown}.")
    return codes


def parse_search(raw: str) -> str:
    return params.clean_text(raw, max_length=MAX_SEARCH_LENGTH)


def parse_day(raw: str) -> date:
    return params.parse_date(raw)


def parse_moment(raw: str) -> datetime:
    """ISO 8601 date-time or date; naive values are in the server's time zone."""
    return params.parse_moment(raw, timezone.get_current_timezone())


BBOX_MESSAGE = "Expected minx,miny,maxx,maxy with minx<=maxx and miny<=maxy."


def parse_bbox(raw: str) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = params.parse_numbers(raw, 4, BBOX_MESSAGE)
    if minx > maxx or miny > maxy:
        raise ValueError(BBOX_MESSAGE)
    return minx, miny, maxx, maxy


def parse_bool(raw: str) -> bool:
    word = params.clean_text(raw).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError("Expected true or false.")


def parse_token(raw: str) -> str:
    return params.clean_text(raw, max_length=MAX_SEARCH_LENGTH)


def resolve_organisation(slug: str, user: Any = None) -> int:
    """The id of an organisation ``user`` may see (catalogue.rules): certified, or their own."""
    rows = CertifyingOrganisation.objects.filter(visible_q(user), slug=slug)
    found = list(rows.values_list("pk", flat=True)[:1])
    if not found:
        raise ValueError("Unknown organisation (give the slug of a certified organisation).")
    pk: int = found[0]
    return pk


def resolve_course_type(value: str, user: Any = None) -> int:
    match = Q(slug=value)
    if params.is_ascii_id(value):
        match |= Q(pk=int(value))
    found = list(
        CourseType.objects.filter(match, visible_q(user, "certifying_organisation__")).values_list(
            "pk", flat=True
        )[:1]
    )
    if not found:
        raise ValueError("Unknown course type (give its slug or id).")
    pk: int = found[0]
    return pk


PARSERS: dict[str, Parser] = {
    "country": parse_country,
    "search": parse_search,
    "updated_since": parse_moment,
    "bbox": parse_bbox,
    "organisation": parse_token,
    "start_after": parse_day,
    "start_before": parse_day,
    "upcoming": parse_bool,
    "language": parse_token,
    "course_type": parse_token,
    "page": parse_page,
    "page_size": parse_page_size,
}
RESOLVERS: dict[str, Callable[[Any, Any], Any]] = {
    "organisation": resolve_organisation,
    "course_type": resolve_course_type,
}
MERGEABLE = {"country"}  # may be repeated: ?country=RO&country=SE
PAGINATION = ("page", "page_size")


@dataclass(frozen=True)
class FilterSet:
    """The filters one resource accepts, each with how it narrows the queryset."""

    appliers: dict[str, Applier] = field(default_factory=dict)

    def parse(self, query: Any, paginated: bool = True, user: Any = None) -> dict[str, Any]:
        """Parsed values of the known parameters; raises InvalidQuery listing every problem.

        Slugs resolve among the organisations ``user`` may see (``None``: the public's)."""
        names = (*self.appliers, *(PAGINATION if paginated else ()))
        values: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        for name in names:
            raws = [r for r in query.getlist(name) if r.strip()]
            if not raws:
                continue
            if len(raws) > 1 and name not in MERGEABLE:
                errors[name] = ["Give this parameter once."]
                continue
            try:
                values[name] = PARSERS[name](",".join(raws))
                if name in RESOLVERS:
                    values[name] = RESOLVERS[name](values[name], user)
            except ValueError as exc:
                errors[name] = [str(exc)]
        after, before = values.get("start_after"), values.get("start_before")
        if after and before and after > before:
            errors.setdefault("start_before", []).append("Must not be before start_after.")
        if errors:
            raise InvalidQuery(errors)
        return values

    def apply(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        for name, applier in self.appliers.items():
            if name in values and values[name] not in ("", ()):
                queryset = applier(queryset, values[name])
        return queryset


def _bbox(prefix: str) -> Applier:
    def apply(qs: QuerySet, box: tuple[float, float, float, float]) -> QuerySet:
        minx, miny, maxx, maxy = box
        return qs.filter(
            **{
                f"{prefix}longitude__gte": minx,
                f"{prefix}longitude__lte": maxx,
                f"{prefix}latitude__gte": miny,
                f"{prefix}latitude__lte": maxy,
            }
        )

    return apply


def _language(qs: QuerySet, value: str) -> QuerySet:
    match = Q()
    for code in language_codes(value):
        match |= Q(language__iexact=code)
    return qs.filter(match)


def _upcoming(qs: QuerySet, upcoming: bool) -> QuerySet:
    today = timezone.localdate()
    return qs.filter(start_date__gte=today) if upcoming else qs.filter(start_date__lt=today)


def _course_search(qs: QuerySet, text: str) -> QuerySet:
    return qs.filter(
        Q(name__icontains=text)
        | Q(course_type__name__icontains=text)
        | Q(training_center__name__icontains=text)
        | Q(certifying_organisation__name__icontains=text)
    )


ORGANISATION_FILTERS = FilterSet(
    {
        "country": lambda qs, v: qs.filter(country__in=v),
        "search": lambda qs, v: qs.filter(name__icontains=v),
        "updated_since": lambda qs, v: qs.filter(updated_at__gte=v),
    }
)
TRAINING_CENTRE_FILTERS = FilterSet(
    {
        "country": lambda qs, v: qs.filter(certifying_organisation__country__in=v),
        "search": lambda qs, v: qs.filter(name__icontains=v),
        "updated_since": lambda qs, v: qs.filter(updated_at__gte=v),
        "bbox": _bbox(""),
        "organisation": lambda qs, pk: qs.filter(certifying_organisation_id=pk),
    }
)
COURSE_FILTERS = FilterSet(
    {
        "country": lambda qs, v: qs.filter(certifying_organisation__country__in=v),
        "search": _course_search,
        "updated_since": lambda qs, v: qs.filter(updated_at__gte=v),
        "bbox": _bbox("training_center__"),
        "organisation": lambda qs, pk: qs.filter(certifying_organisation_id=pk),
        "start_after": lambda qs, v: qs.filter(start_date__gte=v),
        "start_before": lambda qs, v: qs.filter(start_date__lte=v),
        "upcoming": _upcoming,
        "language": _language,
        "course_type": lambda qs, pk: qs.filter(course_type_id=pk),
    }
)
COURSE_TYPE_FILTERS = FilterSet(
    {
        "search": lambda qs, v: qs.filter(name__icontains=v),
        "updated_since": lambda qs, v: qs.filter(updated_at__gte=v),
        "organisation": lambda qs, pk: qs.filter(certifying_organisation_id=pk),
    }
)
DETAIL_FILTERS = FilterSet()
