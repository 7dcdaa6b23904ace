"""schemathesis against the real server: the OpenAPI schema describes what API v1 does.

A gunicorn server (tests/server/live_server.py) serves the demo catalogue; the schema is loaded
from its /api/v1/schema/ and every operation in it is run with generated requests, valid and
invalid ones (both generation modes), through all of schemathesis's checks: no 5xx, status
codes, content types, headers and bodies as documented, valid input accepted, invalid input
refused. Once anonymous and once with an API token. New endpoints join because the test
iterates the schema.

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
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings

from tests.server.live_server import Server, live_server

pytestmark = [pytest.mark.schemathesis, pytest.mark.timeout(600)]

MAX_EXAMPLES = 30
TALLY: collections.Counter[str] = collections.Counter()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with live_server(tmp_path_factory.mktemp("live-server")) as running:
        yield running
    # Failures are reported by pytest, one SUBFAILED line per operation.
    print(f"\nschemathesis: {TALLY['anonymous']} cases anonymous, {TALLY['token']} with a token")


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


@pytest.fixture(scope="module")
def api_schema(server: Server) -> Any:
    schema = schemathesis.openapi.from_url(
        f"{server.base_url}/api/v1/schema/?format=json", timeout=30
    )
    existing = _catalogue_values(server)

    @schema.hook
    def filter_case(context: Any, case: Any) -> bool:
        return not _is_positive(case) or _keeps_cross_parameter_rules(case.query or {})

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
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
    case.call_and_validate(headers=headers, timeout=30)


@schema.parametrize()
@SETTINGS
def test_api_anonymous(case: Any) -> None:
    _run(case, "anonymous")


@schema.parametrize()
@SETTINGS
def test_api_with_token(case: Any, server: Server) -> None:
    _run(case, "token", {"Authorization": f"Token {server.token}"})


def test_live_server_answers(server: Server) -> None:
    root = requests.get(f"{server.base_url}/api/v1/", timeout=30).json()
    assert root["service"] == "qgis-certification"
    signed_in = requests.get(
        f"{server.base_url}/api/v1/me/",
        headers={"Authorization": f"Token {server.token}"},
        timeout=30,
    )
    assert signed_in.status_code == 200 and signed_in.json()["username"] == "manager"
