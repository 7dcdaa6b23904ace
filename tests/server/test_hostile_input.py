"""Hostile query strings against every feed and API v1 endpoint: never a 5xx, 400s name the culprit.

The endpoints come from the URL conf (the ``feeds`` and ``api`` namespaces), so a new feed or
resource joins the suite by being routed. The suite runs on SQLite and, through
``scripts/with-postgres.sh``, on PostgreSQL, where NUL bytes used to reach the driver (500).
Each test prints how many requests it sent, on which database, and how many answered >= 500.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from api import filters
from applications.models import Application
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from tests.server.factories_api import build_catalogue

pytestmark = pytest.mark.django_db

# Digits other than ASCII 0-9, written as escapes so the source stays unambiguous.
SUPERSCRIPT_TWO = "\u00b2"
ARABIC_TWO = "\u0662"
FULLWIDTH_ONE = "\uff11"
ARABIC_DATE = "\u0662\u0660\u0662\u0666-\u0660\u0661-\u0660\u0661"  # 2026-01-01
DEVANAGARI_DATE = "\u0968\u0966\u0968\u096c-\u0966\u0967-\u0966\u0967"

FEED_PARAMS = ("country", "page", "page_size", "format")
API_EXTRA_PARAMS = ("page", "page_size", "format")

#: Raw (already percent-encoded) values: each is sent alone to every parameter.
HOSTILE = {
    "nul": "%00",
    "nul-inside": "RO%00SE",
    "control-01": "%01",
    "tab-newline": "a%09b%0Ac",
    "del": "%7F",
    "c1-control": "%C2%85",
    "lone-surrogate": "%ED%A0%80",
    "invalid-utf8": "%FF%FE",
    "long-10k": "a" * 10_000,
    "long-digits": "9" * 10_000,
    "huge-int": "9" * 30,
    "int64-overflow": "9223372036854775808",
    "negative": "-1",
    "zero": "0",
    "superscript-two": quote(SUPERSCRIPT_TWO),
    "arabic-indic-two": quote(ARABIC_TWO),
    "fullwidth-digits": quote(FULLWIDTH_ONE * 2),
    "devanagari-digits": quote(DEVANAGARI_DATE),
    "empty": "",
    "blank": "%20%20",
    "float": "1.5",
    "exponent": "1e400",
    "nan": "nan",
    "inf": "-inf",
    "date-max-negative-offset": "9999-12-31T23%3A59%3A59-23%3A59",
    "date-min-positive-offset": "0001-01-01T00%3A00%3A00%2B23%3A59",
    "date-max-unencoded-plus": "9999-12-31T23:59:59 23:59",
    "year-zero": "0000-01-01",
    "year-five-digits": "10000-01-01",
    "bad-month": "2026-13-01",
    "bad-day": "2026-02-30",
    "bad-offset": "2026-01-01T00%3A00%3A00%2B24%3A00",
    "bbox-three": "1,2,3",
    "bbox-reversed": "10,10,0,0",
    "bbox-nan": "nan,0,1,1",
    "bbox-unicode": quote(ARABIC_TWO + ",0,3,4"),
    "bbox-huge": "-1e308,-1e308,1e308,1e308",
    "bbox-underscore": "1_0,0,20,20",
    "format-unknown": "xml",
    "format-api": "api",
    "sql-quote": "%27%20OR%201%3D1--",
    "sql-like": "%25_%5C",
    "sql-semicolon": "a%3B%20DROP%20TABLE%20catalogue_course%3B",
    "html": "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "unicode-text": quote("Română 中文 🙂"),
    "commas": ",,,",
    "path-like": "..%2F..%2Fetc%2Fpasswd",
}


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str
    params: tuple[str, ...]
    is_feed: bool


def _walk(patterns: list[Any], namespace: str = "") -> list[tuple[str, URLPattern]]:
    found: list[tuple[str, URLPattern]] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace or ""
            found.extend(_walk(pattern.url_patterns, inner or namespace))
        elif pattern.name:
            found.append((f"{namespace}:{pattern.name}" if namespace else pattern.name, pattern))
    return found


def _api_params(pattern: URLPattern) -> tuple[str, ...]:
    view_class = getattr(pattern.callback, "cls", None)
    filterset = getattr(view_class, "filterset", None)
    names = tuple(filterset.appliers) if isinstance(filterset, filters.FilterSet) else ()
    return (*names, *API_EXTRA_PARAMS)


def endpoints(slug: str, item_ids: dict[str, str]) -> list[Endpoint]:
    """Every feed (per-organisation ones for ``slug``) and every API v1 list and item."""
    found = []
    for name, pattern in _walk(get_resolver().url_patterns):
        namespace = name.split(":", 1)[0]
        if namespace == "feeds":
            kwargs = {"slug": slug} if "slug" in pattern.pattern.converters else {}
            found.append(Endpoint(name, reverse(name, kwargs=kwargs), FEED_PARAMS, True))
        elif namespace == "api" and name.endswith("-list"):
            found.append(Endpoint(name, reverse(name), _api_params(pattern), False))
        elif namespace == "api" and name.endswith("-detail"):
            resource = name.removeprefix("api:").removesuffix("-detail")
            key = next(iter(pattern.pattern.regex.groupindex))
            path = reverse(name, kwargs={key: item_ids[resource]})
            found.append(Endpoint(name, path, ("format",), False))
        elif name in OTHER_API_ROUTES:
            found.append(Endpoint(name, reverse(name), ("format",), False))
    return found


#: API v1 documents that are neither lists nor items (the Swagger page is HTML by design).
OTHER_API_ROUTES = ("api:root", "api:me", "api:schema")


def _is_tested(name: str) -> bool:
    return (
        name.startswith("feeds:")
        or (name.startswith("api:") and name.endswith(("-list", "-detail")))
        or name in OTHER_API_ROUTES
    )


ENDPOINT_NAMES = sorted(name for name, _ in _walk(get_resolver().url_patterns) if _is_tested(name))


@pytest.fixture
def catalogue(catalogue_factory: Any) -> Any:
    return build_catalogue(catalogue_factory)


def _item_ids(cat: Any) -> dict[str, str]:
    course = next(iter(cat.courses.values()))
    application = Application.objects.create(
        organisation=cat.orgs["ro"], last_activity_at=timezone.now()
    )
    return {
        "application": str(application.pk),
        "organisation": cat.orgs["ro"].slug,
        "training-centre": str(cat.centres["buc"].pk),
        "course": str(course.pk),
        "course-type": cat.types["desktop"].slug,
        "convener": str(cat.conveners["ana"].pk),
    }


def _queries(endpoint: Endpoint) -> list[tuple[str, str]]:
    """(parameter, query string) pairs: each hostile value alone, repeated, and all at once."""
    cases = [(param, f"{param}={value}") for param in endpoint.params for value in HOSTILE.values()]
    cases += [(param, f"{param}=1&{param}=2") for param in endpoint.params]
    cases.append(("*", "&".join(f"{p}=%00" for p in endpoint.params)))
    return cases


def _problem(endpoint: Endpoint, param: str, query: str, response: Any) -> str | None:
    status = response.status_code
    if status >= 500:
        return f"{status} for {endpoint.path}?{query[:120]}"
    content_type = response.get("Content-Type", "")
    if status >= 400 and not content_type.startswith("application/json"):
        return f"{status} {content_type} (not JSON) for {endpoint.path}?{query[:120]}"
    if status == 400:
        body = response.json()
        named = set(body.get("errors", {})) if not endpoint.is_feed else set(body)
        if param != "*" and param not in named:
            return f"400 without {param!r} for {endpoint.path}?{query[:120]}: {body}"
        if not named:
            return f"400 naming no parameter for {endpoint.path}?{query[:120]}: {body}"
        messages = [m for ms in (body.get("errors", body)).values() for m in ms]
        if any("invalid literal" in m or "Traceback" in m for m in messages):
            return f"400 with Python's internal message for {endpoint.path}?{query[:120]}"
    return None


@pytest.mark.parametrize("name", ENDPOINT_NAMES)
def test_no_hostile_query_breaks_an_endpoint(name: str, catalogue: Any) -> None:
    endpoint = next(
        e for e in endpoints(catalogue.orgs["ro"].slug, _item_ids(catalogue)) if e.name == name
    )
    client = Client(HTTP_ACCEPT="application/json", raise_request_exception=False)
    problems = []
    sent = server_errors = 0
    for param, query in _queries(endpoint):
        response = client.get(f"{endpoint.path}?{query}")
        sent += 1
        server_errors += response.status_code >= 500
        problem = _problem(endpoint, param, query, response)
        if problem:
            problems.append(problem)
    print(f"\nhostile {name}: {sent} requests on {connection.vendor}, {server_errors} >= 500")
    assert not problems, "\n".join(problems[:30])


def test_endpoints_come_from_the_url_conf(catalogue: Any) -> None:
    names = {e.name for e in endpoints(catalogue.orgs["ro"].slug, _item_ids(catalogue))}
    assert names == set(ENDPOINT_NAMES)
    assert {"feeds:organisations", "feeds:organisation-past-course", "api:course-list"} <= names
    assert len([n for n in names if n.startswith("feeds:")]) == 7


# --- the audit's findings, one by one -----------------------------------------------------------

LISTS = ["organisations", "training-centres", "courses", "course-types"]
OUT_OF_RANGE = ["9999-12-31T23%3A59%3A59-23%3A59", "0001-01-01T00%3A00%3A00%2B23%3A59"]


@pytest.mark.parametrize("resource", LISTS)
@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_out_of_range_updated_since_is_a_400(client: Client, catalogue: Any, resource, moment):
    response = client.get(f"/api/v1/{resource}/?updated_since={moment}")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "updated_since": ["Out of range: the moment must fall within the years 1 to 9999 in UTC."]
    }


def test_edges_of_the_range_still_work(client: Client, catalogue: Any) -> None:
    late = client.get("/api/v1/courses/?updated_since=9999-12-31T23%3A59%3A59%2B23%3A59")
    assert late.status_code == 200 and late.json()["count"] == 0
    early = client.get("/api/v1/courses/?updated_since=0001-01-01T00%3A00%3A00-23%3A59")
    assert early.status_code == 200 and early.json()["count"] > 0


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("search=%00", "search"),
        ("language=%00", "language"),
        ("organisation=%00", "organisation"),
        ("course_type=%00", "course_type"),
        ("country=R%00", "country"),
        ("search=a%01b", "search"),
        ("search=%ED%A0%80", "search"),
    ],
)
def test_control_characters_are_a_400(client: Client, catalogue: Any, query, param):
    response = client.get(f"/api/v1/courses/?{query}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [param]


@pytest.mark.parametrize("digit", [SUPERSCRIPT_TWO, ARABIC_TWO, FULLWIDTH_ONE])
@pytest.mark.parametrize("param", ["page", "page_size"])
def test_non_ascii_digits_are_a_400_with_our_message(client: Client, catalogue: Any, digit, param):
    response = client.get(f"/api/v1/courses/?{param}={quote(digit)}")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        param: ["Expected a positive whole number written with the digits 0-9."]
    }


def test_non_ascii_digits_in_ids_dates_and_boxes_are_refused(client: Client, catalogue: Any):
    for query, param in [
        (f"course_type={quote(SUPERSCRIPT_TWO)}", "course_type"),
        (f"start_after={quote(ARABIC_DATE)}", "start_after"),
        (f"updated_since={quote(ARABIC_DATE)}", "updated_since"),
        (f"bbox={quote(ARABIC_TWO)},0,3,4", "bbox"),
    ]:
        response = client.get(f"/api/v1/courses/?{query}")
        assert response.status_code == 400, query
        errors = response.json()["errors"]
        assert list(errors) == [param] and "invalid literal" not in errors[param][0]


def test_feed_country_with_nul_is_a_json_400(json_client: Client, catalogue: Any) -> None:
    response = json_client.get("/en/feed/certifyingorganisations/?country=%00")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"country": ["Control characters (such as NUL) are not allowed."]}
    courses = json_client.get("/en/feed/upcoming-course/?country=RO%00")
    assert courses.status_code == 400 and list(courses.json()) == ["country"]


def test_feed_pagination_keeps_the_live_answers(json_client: Client, catalogue: Any) -> None:
    feed = "/en/feed/certifyingorganisations/"
    for raw in (quote(ARABIC_TWO), quote(SUPERSCRIPT_TWO), "%00", "9" * 40):
        page = json_client.get(f"{feed}?page={raw}")
        assert page.status_code == 404 and page.json() == {"detail": "Invalid page."}
        size = json_client.get(f"{feed}?page_size={raw}")
        assert size.status_code == 200 and size.json()["page_size"] == 10


def test_feed_400_renders_as_a_page_for_browsers(browser_client: Client, catalogue: Any) -> None:
    response = browser_client.get("/en/feed/certifyingorganisations/?country=%00")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert b"country" in response.content


def test_api_paths_with_line_breaks_are_a_json_404(json_client: Client, catalogue: Any) -> None:
    response = json_client.get("/api/v1/organisations/a%0Ab/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_an_unexpected_feed_error_is_a_json_500_for_json_clients(
    catalogue: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from feeds.views import TrainingCenterFeed

    def broken(self: Any, request: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(TrainingCenterFeed, "build", broken)
    client = Client(HTTP_ACCEPT="application/json", raise_request_exception=False)
    response = client.get("/en/feed/training-center/")
    assert response.status_code == 500
    assert response.json() == {"detail": "A server error occurred."}


# --- the reviews endpoints (issue 11): hostile queries and bodies --------------------------------

REVIEW_QUEUE_PARAMS = ("task", "country", "overdue", "format")


@pytest.fixture
def under_review(catalogue_factory: Any) -> Any:
    """An application routed to RO's group: a manager, the group's coordinator and a
    reviewer who declared no conflict, each with a token client."""
    from reviews import domain as reviews_domain

    from tests.server.factories_applications import make_manager, submitted, token_client

    f = catalogue_factory
    manager = make_manager(f)
    coordinator, reviewer, second = f.user("coordinator"), f.user("reviewer"), f.user("second")
    group = f.user_group("QGIS Romania", country="RO", coordinator=coordinator)
    group.members.add(reviewer, second)
    application = submitted(f, name="Hostile Bodies SRL")
    reviews_domain.screen(application_id=application.pk, user=manager, action="accept")
    reviews_domain.declare(application_id=application.pk, user=reviewer, conflict=False)

    class UnderReview:
        pk = application.pk
        group_pk = group.pk
        clients = {
            "manager": token_client(manager),
            "coordinator": token_client(coordinator),
            "reviewer": token_client(reviewer),
        }

    return UnderReview


def test_no_hostile_query_breaks_the_review_queue(under_review: Any) -> None:
    endpoint = Endpoint("api:review-queue", "/api/v1/review-queue/", REVIEW_QUEUE_PARAMS, False)
    problems = []
    for role in ("manager", "reviewer"):
        client = under_review.clients[role]
        client.raise_request_exception = False
        for param, query in _queries(endpoint):
            problem = _problem(endpoint, param, query, client.get(f"{endpoint.path}?{query}"))
            if problem:
                problems.append(f"{role}: {problem}")
    assert not problems, "\n".join(problems[:30])


#: Bodies no endpoint may take: never a 500, always a 400 that names a field.
HOSTILE_BODIES: list[Any] = [
    [],
    "text",
    12,
    None,
    {"scores": {"quality": 10**40}},
    {"scores": {"quality": "4"}, "justification": "a\x00b"},
    {"justification": "lone \ud800 surrogate"},
    {"scores": {"\udfff": 1}},
    {"scores": {"\x00": 1}},
    {"scores": {"x" * 10_000: 1}},
    {"scores": {f"k{i}": 1 for i in range(1000)}},
    {"scores": [1, 2, 3]},
    {"conflict": "true", "kind": ["competitor"]},
    {"conflict": True, "kind": "\ud800", "reason": "x"},
    {"action": {"accept": True}, "remarks": "x"},
    {"action": "accept", "remarks": "x" * 100_000},
    {"outcome": "approve", "rationale": ["x"]},
    {"outcome": None, "rationale": None},
    {"recommendation": "approve", "group": "1"},
    {"recommendation": "approve", "group": 10**30},
    {"criteria": "quality", "evidence": "x"},
    {"criteria": ["quality"] * 1000, "evidence": "x", "links": ["ftp://x"]},
    {"email": "a\x00@example.org"},
    {"email": ["a@example.org"]},
    {"email": "x" * 300 + "@example.org"},
]

#: (method, path tail, role): every reviews write endpoint, as a role that passes its
#: permission check (so the body is what is refused).
REVIEW_WRITES = [
    ("put", "conflict-declaration/", "reviewer"),
    ("put", "reviews/mine/", "reviewer"),
    ("post", "opinion/", "coordinator"),
    ("post", "screening/", "manager"),
    ("post", "decision/", "manager"),
]


@pytest.mark.parametrize(("method", "tail", "role"), REVIEW_WRITES)
def test_hostile_review_bodies_are_400s_naming_a_field(under_review, method, tail, role):
    client = under_review.clients[role]
    client.raise_request_exception = False
    path = f"/api/v1/applications/{under_review.pk}/{tail}"
    problems = []
    for body in HOSTILE_BODIES:
        encoded = json.dumps(body)
        response = getattr(client, method)(path, encoded, content_type="application/json")
        if response.status_code == 200:
            continue  # a body with nothing this endpoint reads (a partial PUT), accepted
        errors = response.json().get("errors") if response.status_code == 400 else None
        if response.status_code != 400 or not errors:
            problems.append(f"{response.status_code} for {str(body)[:80]}: {response.content[:99]}")
        elif not all(isinstance(m, str) and m for ms in errors.values() for m in ms):
            problems.append(f"400 without reasons for {str(body)[:80]}: {errors}")
    print(f"\nhostile bodies {tail}: {len(HOSTILE_BODIES)} on {connection.vendor}")
    assert not problems, "\n".join(problems)


def test_hostile_raw_bodies_are_json_400s(under_review: Any) -> None:
    """Not JSON, nested too deep, the wrong media type: 400 or 415, JSON, never a 500."""
    client = under_review.clients["manager"]
    client.raise_request_exception = False
    path = f"/api/v1/applications/{under_review.pk}/decision/"
    for raw, media in (
        (b"{not json", "application/json"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),
        (b'{"outcome": "approve", "rationale": "\\ud800"}', "application/json"),
        (b"\xff\xfe", "application/json"),
        (b"outcome=approve", "application/x-www-form-urlencoded"),
    ):
        response = client.post(path, raw, content_type=media)
        assert response.status_code in (400, 415), (raw[:20], response.status_code)
        assert response["Content-Type"].startswith("application/json")


def test_hostile_appeal_and_invitation_bodies(under_review: Any, catalogue_factory: Any) -> None:
    """The appeal (an owner's) and the invitation (the coordinator's) refuse bad bodies with
    the field named."""
    client = under_review.clients["coordinator"]
    path = f"/api/v1/user-groups/{under_review.group_pk}/invitations/"
    for body, field in (
        ({"email": "a\x00@example.org"}, "email"),
        ({"email": ["a@example.org"]}, "email"),
        ({"email": "x" * 300 + "@example.org"}, "email"),
        ([], "non_field_errors"),
    ):
        response = client.post(path, body, content_type="application/json")
        assert response.status_code == 400, body
        assert field in response.json()["errors"], response.json()


# --- courses, attendees and certificates (issue 12): hostile bodies ------------------------------


@pytest.fixture
def trainers(catalogue_factory: Any) -> Any:
    """A certified organisation's owner (token client), a started course with a certificate."""
    from tests.server.factories_applications import token_client
    from tests.server.factories_certificates import certified_org, course_for, issued

    org = certified_org(f=catalogue_factory)
    course = course_for(org, f=catalogue_factory)
    [certificate] = issued(course, 1)

    class Trainers:
        slug = org.organisation.slug
        course_pk = course.pk
        centre_pk = course.training_center_id
        certificate_id = certificate.certificate_id
        client = token_client(org.owner)

    Trainers.client.raise_request_exception = False
    return Trainers


HUGE = "x" * 100_000
#: Bodies for issue 12's writes: wrong types, huge and unstorable text, NaN-like and
#: out-of-range numbers, bad dates and addresses.
TRAINING_BODIES: list[Any] = [
    [],
    "text",
    12,
    None,
    {"name": HUGE},
    {"name": "lone \ud800 surrogate", "organisation": "x"},
    {"name": "a\x00b"},
    {"name": ["list"]},
    {"longitude": "NaN", "latitude": 1},
    {"longitude": 1e400, "latitude": 1},
    {"longitude": True, "latitude": False},
    {"longitude": 10**400, "latitude": 0},
    {"instruction_hours": -1},
    {"instruction_hours": "1e5"},
    {"instruction_hours": "NaN"},
    {"start_date": "2026-02-30", "end_date": "0000-01-01"},
    {"start_date": 20260101},
    {"email": "not an address"},
    {"email": "a\x00@example.org"},
    {"email": "\udfff@example.org"},
    {"email": "x" * 300 + "@example.org"},
    {"first_name": HUGE, "surname": 1, "email": []},
    {"items": [{"attendee": 10**30}]},
    {"items": [{"attendee": "1"}] * 2000},
    {"items": {"attendee": 1}},
    {"all": "true"},
    {"rows": "a,b,c"},
    {"rows": [{"email": HUGE}]},
    {"rows": [[1, 2, 3]]},
    {"reason": ["x"], "first_name": None},
    {"certificates": "QGIS-1", "resend": "yes"},
    {"certificates": ["\ud800"]},
    {"course_convener": "1", "training_centre": 1.5, "language": "\x00"},
    {"organisation": "\ud800", "user": HUGE},
]

#: (method, path template): every issue 12 write, as the organisation's owner.
TRAINING_WRITES = [
    ("post", "/api/v1/training-centres/"),
    ("patch", "/api/v1/training-centres/{centre}/"),
    ("put", "/api/v1/training-centres/{centre}/"),
    ("post", "/api/v1/course-types/"),
    ("post", "/api/v1/courses/"),
    ("patch", "/api/v1/courses/{course}/"),
    ("post", "/api/v1/conveners/"),
    ("post", "/api/v1/courses/{course}/attendees/"),
    ("post", "/api/v1/courses/{course}/attendees/import/"),
    ("post", "/api/v1/courses/{course}/certificates/"),
    ("post", "/api/v1/courses/{course}/certificates/send/"),
    ("post", "/api/v1/certificates/{certificate}/correct/"),
    ("post", "/api/v1/certificates/{certificate}/revoke/"),
    ("post", "/api/v1/certificates/{certificate}/send/"),
]


@pytest.mark.parametrize(("method", "template"), TRAINING_WRITES)
def test_hostile_training_bodies_never_break_a_write(trainers: Any, method: str, template: str):
    path = template.format(
        centre=trainers.centre_pk, course=trainers.course_pk, certificate=trainers.certificate_id
    )
    problems = []
    for body in TRAINING_BODIES:
        response = getattr(trainers.client, method)(
            path, json.dumps(body), content_type="application/json"
        )
        status = response.status_code
        if status >= 500 or not response["Content-Type"].startswith("application/json"):
            problems.append(f"{status} for {str(body)[:80]}: {response.content[:200]!r}")
        elif status == 400:
            answer = response.json()
            # NaN and Infinity are not JSON (RFC 8259): refused before any field is read.
            if not answer.get("errors") and answer.get("code") != "parse_error":
                problems.append(f"400 naming no field for {str(body)[:80]}: {answer}")
    print(f"\nhostile bodies {template}: {len(TRAINING_BODIES)} on {connection.vendor}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x" * 201}, "name"),
        ({"name": "lone \ud800"}, "name"),
        ({"name": 12}, "name"),
        ({"longitude": 181, "latitude": 0}, "longitude"),
        ({"longitude": 0, "latitude": "1"}, "latitude"),
        ({"longitude": 1}, "latitude"),
        ({"email": "nope"}, "email"),
    ],
)
def test_bad_training_centres_name_the_field(trainers: Any, body: dict, field: str) -> None:
    response = trainers.client.post(
        "/api/v1/training-centres/",
        json.dumps({"organisation": trainers.slug, "name": "Hostile Centre", **body}),
        content_type="application/json",
    )
    assert response.status_code == 400 and field in response.json()["errors"], response.json()


def test_a_binary_csv_is_a_400_about_the_file(trainers: Any) -> None:
    import io
    import os

    path = f"/api/v1/courses/{trainers.course_pk}/attendees/import/"
    for garbage in (os.urandom(4096), b"\x00" * 100, b"\xff\xfe\x00\xd8" * 10, b""):
        response = trainers.client.post(path, {"file": io.BytesIO(garbage)})
        assert response.status_code == 400, (garbage[:8], response.content[:200])
        assert {"file"} & set(response.json()["errors"]), response.json()


def test_negative_hours_and_bad_dates_are_refused(trainers: Any, catalogue_factory: Any) -> None:
    kind = trainers.client.post(
        "/api/v1/course-types/",
        json.dumps({"organisation": trainers.slug, "name": "T", "instruction_hours": -0.5}),
        content_type="application/json",
    )
    assert kind.status_code == 400 and "instruction_hours" in kind.json()["errors"]
    course = trainers.client.patch(
        f"/api/v1/courses/{trainers.course_pk}/",
        json.dumps({"start_date": "2026-13-01"}),
        content_type="application/json",
    )
    assert course.status_code == 400 and "start_date" in course.json()["errors"]


# --- credits and payments (issue 13): hostile bodies -------------------------------------------

PAYMENT_BODIES: list[Any] = [
    [],
    "text",
    None,
    {"credits": 0, "method": "card"},
    {"credits": 10001, "method": "card"},
    {"credits": "many", "method": "card"},
    {"credits": 1e400, "method": "bank_transfer"},
    {"credits": True, "method": "card"},
    {"credits": 1, "method": "cash"},
    {"credits": 1, "method": "card", "organisation": "\ud800"},
    {"credits": 1, "method": "card", "organisation": "no-such-organisation"},
    {"credits": 1, "method": "card", "billing": "text"},
    {"credits": 1, "method": "card", "billing": {"email": "a\x00b", "name": HUGE}},
    {"credits": 1, "method": "card", "return_url": "javascript:alert(1)"},
    {"credit_limit": -1, "reason": "x"},
    {"credit_limit": 10**30, "reason": ["x"]},
    {"paid_on": "2026-02-30"},
    {"paid_on": "9999-12-31"},
    {"credits": -5, "reason": HUGE},
]


@pytest.mark.parametrize("body", PAYMENT_BODIES)
def test_hostile_payment_bodies_are_400s(trainers: Any, catalogue_factory: Any, body: Any) -> None:
    from payments import domain
    from payments.models import Order

    from tests.server.factories_applications import token_client
    from tests.server.factories_certificates import manager

    boss = token_client(manager(catalogue_factory))
    boss.raise_request_exception = False
    owner = Order.objects.filter(organisation__slug=trainers.slug).first()
    order = owner or domain.create_order(
        actor=Order._meta.apps.get_model("catalogue", "CertifyingOrganisation")
        .objects.get(slug=trainers.slug)
        .owners.first(),
        organisation=Order._meta.apps.get_model("catalogue", "CertifyingOrganisation").objects.get(
            slug=trainers.slug
        ),
        credits=1,
        method="bank_transfer",
    )
    invoice = order.invoice.number
    if isinstance(body, dict) and "method" in body:
        body = {"organisation": trainers.slug, **body}
    writes = [
        (trainers.client, "/api/v1/orders/"),
        (boss, f"/api/v1/organisations/{trainers.slug}/credit-limit/"),
        (boss, f"/api/v1/orders/{order.pk}/refund/"),
        (boss, f"/api/v1/invoices/{invoice}/mark-paid/"),
    ]
    for client, path in writes:
        answer = client.post(path, json.dumps(body), content_type="application/json")
        assert answer.status_code in (200, 400), (path, body, answer.status_code)
        if answer.status_code == 400:
            data = answer.json()  # field errors, or the JSON parser's detail (Infinity)
            assert data.get("errors") or data.get("detail"), (path, body)
