"""Parsers for the live site's public feeds (ARCHITECTURE §4), into ``core.models`` records.

Strict about shape (a FeatureCollection must be one, required keys must be there with the
right types, dates must be dates) and tolerant about the quirks the live site really has:
no feature ids, ``null`` geometries, centres at (0, 0), markup and any script in names, very
long values, keys we do not know. Text is kept verbatim; escaping is the display's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from .errors import InvalidResponseError
from .fields import Reader, parse_point, type_name
from .models import Course, Organisation, TrainingCentre

_WGS84_NAMES = ("EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:OGC:1.3:CRS84")


@dataclass(frozen=True)
class OrganisationsPage:
    """One page of ``/en/feed/certifyingorganisations/``."""

    count: int
    next: Optional[str]
    previous: Optional[str]
    items: Tuple[Organisation, ...]
    page_size: Optional[int] = None


def _optional_link(reader: Reader, key: str) -> Optional[str]:
    value = reader.optional_str(key)
    return value or None


def parse_organisations_page(doc: Any, url: str) -> OrganisationsPage:
    """A paginated organisations document: ``{count, next, previous, results: [...]}``."""
    page = Reader(doc, "organisations page", url)
    results = doc.get("results")
    if not isinstance(results, list):
        page.fail(
            "'results' must be a list of organisations, got "
            + ("nothing" if "results" not in doc else type_name(results))
        )
    count = page.optional_int("count")
    if count is None or count < 0:
        page.fail("'count' must be a non-negative integer")
    items = tuple(
        parse_organisation(item, f"organisation {index}", url)
        for index, item in enumerate(results, start=1)
    )
    return OrganisationsPage(
        count=count,
        next=_optional_link(page, "next"),
        previous=_optional_link(page, "previous"),
        items=items,
        page_size=page.optional_int("page_size"),
    )


def parse_organisation(item: Any, where: str, url: str) -> Organisation:
    reader = Reader(item, where, url)
    return Organisation(
        name=reader.required_str("name"),
        country_code=reader.country_code("country_code"),
        country_name=reader.optional_str("country_name"),
        email=reader.optional_str("organisation_email"),
        url=reader.optional_str("url"),
        address=reader.optional_str("address"),
        phone=reader.optional_str("organisation_phone"),
    )


def _features(doc: Any, url: str, what: str) -> List[Any]:
    if not isinstance(doc, dict):
        raise InvalidResponseError(
            f"The {what} feed is not a GeoJSON FeatureCollection (got {type_name(doc)}).", url
        )
    if doc.get("type") != "FeatureCollection":
        raise InvalidResponseError(
            f"The {what} feed is not a GeoJSON FeatureCollection (type is {doc.get('type')!r}).",
            url,
        )
    features = doc.get("features")
    if not isinstance(features, list):
        raise InvalidResponseError(
            f"The {what} feed has no 'features' list (got {type_name(features)}).", url
        )
    crs = doc.get("crs")
    if crs is not None:
        name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
        if not isinstance(name, str) or name not in _WGS84_NAMES:
            raise InvalidResponseError(
                f"The {what} feed uses an unsupported coordinate reference system {name!r}; "
                "expected EPSG:4326.",
                url,
            )
    return features


def _feature(feature: Any, where: str, url: str) -> Tuple[Reader, Optional[Tuple[float, float]]]:
    """Checks the Feature envelope; returns a reader of its properties and its point."""
    envelope = Reader(feature, where, url)
    if feature.get("type") != "Feature":
        envelope.fail(f"type is {feature.get('type')!r}, expected 'Feature'")
    if "geometry" not in feature:
        envelope.fail("required key 'geometry' is missing")
    properties = feature.get("properties")
    if not isinstance(properties, dict):
        envelope.fail(f"properties must be an object, got {type_name(properties)}")
    return Reader(properties, where, url), parse_point(feature.get("geometry"), where, url)


def parse_course_collection(doc: Any, url: str) -> List[Course]:
    """An upcoming-course or past-course FeatureCollection (project-wide or per organisation).

    The geometry is the training centre's point, so a course's location comes from it;
    ``null`` (online centre) and (0, 0) give ``location=None``.
    """
    courses = []
    for index, feature in enumerate(_features(doc, url, "course"), start=1):
        props, point = _feature(feature, f"feature {index}", url)
        envelope_id = feature.get("id")
        courses.append(
            Course(
                name=props.present_str("name"),
                start_date=props.required_date("start_date"),
                end_date=props.required_date("end_date"),
                course_type_name=props.optional_str("course_type_name"),
                course_convener_name=props.optional_str("course_convener_name"),
                training_centre_name=props.required_str("training_center_name"),
                organisation_name=props.required_str("certifying_organisation_name"),
                language=props.optional_str("language"),
                trained_competence=props.optional_str("trained_competence"),
                location=point,
                id=envelope_id if _is_id(envelope_id) else None,
            )
        )
    return courses


def parse_training_centre_collection(doc: Any, url: str) -> List[TrainingCentre]:
    """The training-centre FeatureCollection: feature ``id`` is the centre id."""
    centres = []
    for index, feature in enumerate(_features(doc, url, "training centre"), start=1):
        props, point = _feature(feature, f"feature {index}", url)
        envelope_id = feature.get("id")
        if envelope_id is not None and not _is_id(envelope_id):
            props.fail(f"id must be an integer, got {type_name(envelope_id)}")
        centres.append(
            TrainingCentre(
                name=props.required_str("name"),
                organisation_name=props.required_str("certifying_organisation__name"),
                location=point,
                id=envelope_id,
            )
        )
    return centres


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
