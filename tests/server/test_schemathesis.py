"""schemathesis against the real server: the OpenAPI schema describes what API v1 does.

A gunicorn server (tests/server/live_server.py) serves the demo catalogue with its edge cases
(markup, long and odd values); the schema is loaded from its /api/v1/schema/ and every
operation in it is run with generated requests, valid and invalid ones (both generation
modes), through all of schemathesis's checks: no 5xx, status codes, content types, headers and
bodies as documented, valid input accepted, invalid input refused. Once anonymous and once with
an API token. New endpoints join because the test iterates the schema.

Two things the generator cannot learn from OpenAPI are given to it here, and only for the
valid ("positive") requests, which must then be accepted:

- values that must exist in the database (``organisation`` and ``course_type`` slugs) are
  replaced by ones the demo catalogue has;
- cross-parameter rules (``start_after <= start_before``, ``minx <= maxx``, ``miny <= maxy``)
  are kept by leaving out the requests that break them. Invalid requests are sent as
  generated and must be refused.

Slow-ish (a minute or two): ``-m "not schemathesis"`` leaves it out locally; ``make test`` and
CI run it.
"""

from __future__ import annotations

import collections
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from tests.server.live_server import Server, live_server

MAX_EXAMPLES = 30
SIGN_OUT = "/api/v1/auth/token/revoke/"
DEVICE_POLL = "/api/v1/auth/device/token/"
TALLY: collections.Counter[str] = collections.Counter()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with live_server(tmp_path_factory.mktemp("live-server")) as running:
        yield running
    # Failures are reported by pytest, one SUBFAILED line per operation.
    print(
        f"\nschemathesis on {running.database}: {TALLY['anonymous']} cases anonymous, "
        f"{TALLY['token']} with a token"
    )


def _catalogue_values(server: Server) -> dict[str, list[str]]:
    """Slugs that exist in the served catalogue, for the parameters that must name one."""
    api = f"{server.base_url}/api/v1"
    organisations = requests.get(f"{api}/organisations/?page_size=50", timeout=30).json()
    course_types = requests.get(f"{api}/course-types/?page_size=50", timeout=30).json()
    return {
        "organisation": [item["slug"] for item in organisations["results"]],
        "course_type": [item["slug"] for item in course_types["results"]],
    }


def _is_positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return meta is not None and meta.generation.mode.is_positive


def _numbers(value: Any) -> list[float] | None:
    items = value if isinstance(value, list) else str(value).split(",")
    try:
        return [float(item) for item in items]
    except (TypeError, ValueError):
        return None


def _keeps_cross_parameter_rules(query: dict[str, Any]) -> bool:
    after, before = query.get("start_after"), query.get("start_before")
    if after and before and str(after) > str(before):
        return False
    box = _numbers(query["bbox"]) if query.get("bbox") not in (None, "", []) else None
    return not (box and len(box) == 4 and (box[0] > box[2] or box[1] > box[3]))


def _application_body(body: Any, new: bool) -> Any:
    """What an application body must also be: a new draft's name free (each case gets a new
    one), course keys unique within it, no contribution ending before it starts, and a
    self-check version that exists."""
    if not isinstance(body, dict):
        return body
    body = dict(body)
    details = body.get("details")
    if new and isinstance(details, dict) and isinstance(details.get("name"), str):
        body["details"] = {**details, "name": f"{details['name'][:150]} #{uuid.uuid4().hex}"}
    courses = body.get("courses")
    if isinstance(courses, list):
        body["courses"] = [
            {**course, "key": f"c{i}"} if isinstance(course, dict) else course
            for i, course in enumerate(courses)
        ]
    contributions = body.get("contributions")
    if isinstance(contributions, list):  # a contribution may not end before it starts
        body["contributions"] = [
            {**item, "end_date": None}
            if isinstance(item, dict)
            and isinstance(item.get("start_date"), str)
            and isinstance(item.get("end_date"), str)
            and item["end_date"] < item["start_date"]
            else item
            for item in contributions
        ]
    self_check = body.get("self_check")
    if isinstance(self_check, dict) and "version" in self_check:
        self_check = body["self_check"] = {**self_check, "version": 1}
    if isinstance(self_check, dict) and isinstance(self_check.get("answers"), dict):
        # Question keys are slugs (OpenAPI 3.0 has no propertyNames to say so).
        answers = list(self_check["answers"].values())[:50]
        body["self_check"] = {**self_check, "answers": {f"q{i}": a for i, a in enumerate(answers)}}
    return body


def _criteria_keys(server: Server) -> list[str]:
    rubric = requests.get(f"{server.base_url}/api/v1/rubric/", timeout=30).json()
    return [criterion["key"] for criterion in rubric["criteria"]]


def _words(value: Any, fallback: str) -> Any:
    """Text the domain requires: a string with more than spaces (the schema says a string)."""
    return value if isinstance(value, str) and value.strip() else fallback


def _review_body(path: str, body: Any, keys: list[str]) -> Any:
    """What a reviews body must also be, for rules OpenAPI cannot state: criterion keys that
    the rubric has, a conflict with its kind and reason, remarks when sending back or
    rejecting, a rationale and evidence with words in them."""
    if not isinstance(body, dict):
        return body
    body = dict(body)
    if path.endswith("/conflict-declaration/") and body.get("conflict") is True:
        if not body.get("kind"):
            body["kind"] = "other"
        body["reason"] = _words(body.get("reason"), "A reason.")
    if path.endswith("/reviews/mine/") and isinstance(body.get("scores"), dict):
        values = list(body["scores"].values())[: len(keys)]
        body["scores"] = {keys[i]: value for i, value in enumerate(values)}
    if path.endswith("/screening/") and body.get("action") in ("request_changes", "reject"):
        body["remarks"] = _words(body.get("remarks"), "Reasons for the applicant.")
    if path.endswith("/decision/") and "rationale" in body:
        body["rationale"] = _words(body["rationale"], "The rationale.")
    if path.endswith("/appeal/"):
        if isinstance(body.get("criteria"), list):
            body["criteria"] = [keys[i % len(keys)] for i in range(len(body["criteria"]))]
        if "evidence" in body:
            body["evidence"] = _words(body["evidence"], "New evidence.")
    return body


#: Issue 12's writes (see _run).
TRAINING_WRITES = (
    "/api/v1/training-centres/",
    "/api/v1/course-types/",
    "/api/v1/courses/",
    "/api/v1/conveners/",
    "/api/v1/certificates/",
)

#: Issue 13's writes whose acceptance depends on the database (see _run).
ORDER_WRITES = (
    "/api/v1/orders/",
    "/api/v1/orders/{id}/refund/",
    "/api/v1/statements/",
)

REVIEW_PATHS = (
    "/conflict-declaration/",
    "/reviews/mine/",
    "/screening/",
    "/decision/",
    "/appeal/",
)


@pytest.fixture(scope="module")
def api_schema(server: Server) -> Any:
    schema = schemathesis.openapi.from_url(
        f"{server.base_url}/api/v1/schema/?format=json", timeout=30
    )
    existing = _catalogue_values(server)
    criteria = _criteria_keys(server)

    @schema.hook
    def filter_case(context: Any, case: Any) -> bool:
        return not _is_positive(case) or _keeps_cross_parameter_rules(case.query or {})

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
        if _is_positive(case) and case.path.endswith(REVIEW_PATHS):
            case.body = _review_body(case.path, case.body, criteria)
        elif _is_positive(case) and case.path.startswith("/api/v1/applications/"):
            case.body = _application_body(case.body, new=case.method == "POST")
        if _is_positive(case) and case.path.startswith("/api/v1/applications/") and case.headers:
            case.headers.pop("If-Match", None)  # a made-up If-Match is a stale edit (412)
        if _is_positive(case) and case.query:
            for name, values in existing.items():
                if case.query.get(name) not in (None, ""):
                    case.query[name] = values[len(str(case.query[name])) % len(values)]
        return case

    return schema


schema = schemathesis.pytest.from_fixture("api_schema")
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    derandomize=True,
    print_blob=True,
)


def _run(case: Any, kind: str, headers: dict[str, str] | None = None) -> None:
    TALLY[kind] += 1
    excluded = []
    if case.path == SIGN_OUT:
        headers = None  # signing out with the run's token would end it for every later case
    if case.path == DEVICE_POLL:
        # RFC 8628: a well-formed device code that is not an approved one answers 400
        # (authorization_pending, expired_token...); a generator cannot approve one.
        excluded.append(positive_data_acceptance)
    if case.path.endswith("/submit/"):
        # Whether a submit passes depends on the draft (completeness: 400; state: 409), not
        # on the request: tests/server/test_applications_api.py submits complete drafts.
        excluded.append(positive_data_acceptance)
    if case.path.endswith("/opinion/") and case.method == "POST":
        # Whether an opinion may be recorded depends on the routing (its groups, whether the
        # proposal is ready, whether the choice differs from it and so needs a reason), not
        # on the request: tests/server/test_reviews_api.py records opinions.
        excluded.append(positive_data_acceptance)
    if case.path.endswith("/withdraw/") and case.method == "POST":
        # The reason is optional, so a POST without a body withdraws (by design); the
        # generated schema still calls the body required, and a case without one is taken
        # for invalid data: tests/server/test_applications_api.py withdraws with and without
        # a reason.
        excluded.append(negative_data_rejection)
    if case.method in ("POST", "PUT", "PATCH") and case.path.startswith(TRAINING_WRITES):
        # Whether a catalogue or certificate write passes depends on the database (a free
        # name, the organisation's own course type, convener and centre, an attendee of the
        # course, a started course, the credits), not on the request's shape:
        # tests/server/test_training_api.py and test_certificates_api.py make valid ones.
        excluded.append(positive_data_acceptance)
    if case.method == "POST" and case.path in ORDER_WRITES:
        # Whether an order (or a refund, a statement) passes depends on the database (an
        # organisation that exists and that the buyer owns, a method offered here, a paid
        # order with unused credits) and on the file being a bank statement (CSV or
        # camt.053; the schema can only say binary), not on the request's shape:
        # tests/server/test_payments_api.py makes valid ones.
        excluded.append(positive_data_acceptance)
    case.call_and_validate(headers=headers, timeout=30, excluded_checks=excluded)


@pytest.mark.schemathesis
@pytest.mark.timeout(600)
@schema.parametrize()
@SETTINGS
def test_api_anonymous(case: Any) -> None:
    _run(case, "anonymous")


@pytest.mark.schemathesis
@pytest.mark.timeout(600)
@schema.parametrize()
@SETTINGS
def test_api_with_token(case: Any, server: Server) -> None:
    _run(case, "token", {"Authorization": f"Token {server.token}"})


@pytest.mark.schemathesis
def test_live_server_answers(server: Server) -> None:
    root = requests.get(f"{server.base_url}/api/v1/", timeout=30).json()
    assert root["service"] == "qgis-certification"
    signed_in = requests.get(
        f"{server.base_url}/api/v1/me/",
        headers={"Authorization": f"Token {server.token}"},
        timeout=30,
    )
    assert signed_in.status_code == 200 and signed_in.json()["username"] == "manager"


# --- what the schema says, checked without a server (fast; not marked) ------------------------


@pytest.fixture
def document(client: Any, db: None) -> dict[str, Any]:
    response = client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    return dict(response.json())


def _operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The GET operations (the catalogue reads); POST-only paths (sign-in) have none."""
    return [(path, item["get"]) for path, item in document["paths"].items() if "get" in item]


def test_list_responses_are_one_page_object_not_an_array(document: dict[str, Any]) -> None:
    lists = [(p, op) for p, op in _operations(document) if "{" not in p and "page" in str(op)]
    assert len(lists) == 5  # the catalogue's four and the applications
    for path, operation in lists:
        for media, content in operation["responses"]["200"]["content"].items():
            assert "$ref" in content["schema"], (path, media, content["schema"])
            name = content["schema"]["$ref"].rsplit("/", 1)[1]
            keys = set(document["components"]["schemas"][name]["properties"])
            assert {"count", "next", "previous"} <= keys, (path, media)
            assert keys & {"results", "features"}, (path, media)


def test_page_and_page_size_bounds(document: dict[str, Any]) -> None:
    from api.pagination import MAX_PAGE_SIZE

    from certification_server.params import MAX_INTEGER

    for path, operation in _operations(document):
        found = {p["name"]: p for p in operation.get("parameters", [])}
        if "page" not in found:
            continue
        for name in ("page", "page_size"):
            schema = found[name]["schema"]
            assert schema == {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER}, path
        assert f"at most {MAX_PAGE_SIZE}" in found["page_size"]["description"]
        assert "1000" not in found["page_size"]["description"]


CONDITIONAL_READS = (
    "/api/v1/organisations/",
    "/api/v1/training-centres/",
    "/api/v1/courses/",
    "/api/v1/course-types/",
)


def _is_catalogue_read(path: str) -> bool:
    """A catalogue list or item (not the course's attendees or certificates below it)."""
    return any(
        path == read or (path.startswith(read) and path.count("/") == read.count("/") + 1)
        for read in CONDITIONAL_READS
    )


def test_every_operation_documents_its_errors_and_formats(document: dict[str, Any]) -> None:
    for path, operation in _operations(document):
        responses = set(operation["responses"])
        assert {"200", "400", "401", "406"} <= responses, path
        found = {p["name"]: p for p in operation.get("parameters", [])}
        assert sorted(found["format"]["schema"]["enum"]) in (["json"], ["geojson", "json"]), path
        # The catalogue's reads are conditional (ETag, If-None-Match, 304); the workflows'
        # documents (applications, with their own ETag: the revision) are not.
        if _is_catalogue_read(path):
            assert {"304", "404"} <= responses, path
            assert set(operation["responses"]["200"]["headers"]) == {"ETag", "Cache-Control"}
            assert "If-None-Match" in found, path
        for parameter in found.values():
            if parameter["in"] == "query":
                assert parameter["allowEmptyValue"] is True, (path, parameter["name"])
