"""API v1 applications: the form, drafts (ETag/If-Match), submit, withdraw, events, rounds, who
sees what, the JSON shapes of the contract, constant query counts and hostile bodies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from applications import domain
from applications.documents import sha256_of
from applications.models import Application, Contribution, Material, Round
from django.db import connection
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.test.utils import CaptureQueriesContext

from tests.server.factories_applications import (
    answers_all_yes,
    complete_data,
    make_manager,
    new_application,
    submitted,
    token_client,
)

pytestmark = pytest.mark.django_db

BASE = "/api/v1/applications/"
APPLICATION_KEYS = {
    "id",
    "url",
    "state",
    "round",
    "revision",
    "organisation",
    "details",
    "contributions",
    "courses",
    "self_check",
    "message",
    "materials",
    "logo_url",
    "allowed_actions",
    "remarks",
    "rounds",
    "links",
    "created_at",
    "updated_at",
    "submitted_at",
}


def _json_body(data: Any) -> dict[str, Any]:
    return {"data": json.dumps(data), "content_type": "application/json"}


def _patch(client: Client, pk: int, data: Any, **headers: Any) -> Any:
    return client.patch(f"{BASE}{pk}/", **_json_body(data), **headers)


# --- the form ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "language", "word"),
    [
        ("en-GB,en;q=0.9", "en", "training"),
        ("ro-RO", "ro", "cursuri"),
        ("sv;q=1, en;q=0.5", "sv", "utbildning"),
        ("zh-TW,zh;q=0.9", "zh-hant", "培訓"),
        ("zh-Hant", "zh-hant", "培訓"),
        ("fr-FR", "en", "training"),
    ],
)
def test_form_in_the_request_language(client, accept, language, word):
    response = client.get("/api/v1/application-form/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 200
    assert response["Content-Language"] == language
    assert "Accept-Language" in response["Vary"]
    form = response.json()
    assert form["language"] == language
    assert form["self_check"]["version"] == 1
    assert word in form["self_check"]["questions"][0]["text"]
    assert [k["key"] for k in form["contribution_kinds"]] == [
        "development",
        "documentation",
        "translation",
        "plugins",
        "bug_reports",
        "feature_funding",
        "sponsorship",
        "user_group",
        "courseware",
        "books",
    ]
    assert [p["key"] for p in form["material_parts"]] == ["lectures", "exercises", "data"]
    assert [lic["key"] for lic in form["licences"]] == [
        "CC-BY-4.0",
        "CC-BY-SA-4.0",
        "CC0-1.0",
        "GFDL-1.3",
        "proprietary",
        "other",
    ]
    assert {"pdf", "csv"} <= {t["key"] for t in form["file_types"]}
    assert form["limits"] == {
        "max_file_bytes": 104857600,
        "max_application_bytes": 1073741824,
        "applications_per_year": 2,
        "message_max_length": 5000,
    }
    assert form["next_steps"]


def test_form_labels_differ_per_language(client):
    labels = {
        lang: client.get("/api/v1/application-form/", HTTP_ACCEPT_LANGUAGE=lang).json()
        for lang in ("en", "ro", "sv", "zh-hant")
    }
    kinds = {lang: form["contribution_kinds"][0]["label"] for lang, form in labels.items()}
    assert kinds["en"] == "QGIS development (commits)"
    assert len(set(kinds.values())) == 4
    assert len({form["next_steps"] for form in labels.values()}) == 4


# --- drafts --------------------------------------------------------------------------------------


def test_create_read_and_patch_a_draft(catalogue_factory):
    owner = catalogue_factory.user()
    client = token_client(owner)
    response = client.post(BASE, **_json_body({"details": {"name": "Geo Școală"}}))
    assert response.status_code == 201, response.content
    created = response.json()
    assert set(created) == APPLICATION_KEYS
    assert response["Location"] == created["url"]
    assert response["ETag"] == f'"{created["revision"]}"'
    assert created["state"] == "draft" and created["round"] == 0
    assert created["allowed_actions"] == ["submit", "withdraw"]
    assert created["details"]["name"] == "Geo Școală"
    assert created["materials"] == [] and created["logo_url"] is None
    pk = created["id"]

    patched = _patch(
        client,
        pk,
        {
            "details": {"email": "x@example.org", "country": "RO"},
            "contributions": [{"kind": "plugins", "links": ["https://plugins.qgis.org/x/"]}],
        },
        HTTP_IF_MATCH=response["ETag"],
    )
    assert patched.status_code == 200, patched.content
    body = patched.json()
    assert body["revision"] == created["revision"] + 1
    assert body["details"]["name"] == "Geo Școală" and body["details"]["email"] == "x@example.org"
    assert body["contributions"] == [
        {
            "kind": "plugins",
            "description": "",
            "links": ["https://plugins.qgis.org/x/"],
            "start_date": None,
            "end_date": None,
        }
    ]
    # A stale If-Match: 412 with the current revision, nothing changed.
    stale = _patch(client, pk, {"message": "lost?"}, HTTP_IF_MATCH=response["ETag"])
    assert stale.status_code == 412
    assert stale.json() == {
        "detail": stale.json()["detail"],
        "code": "stale",
        "revision": body["revision"],
    }
    assert client.get(f"{BASE}{pk}/").json()["message"] == ""
    # Lists replace whole lists; a PATCH without If-Match is not checked.
    cleared = _patch(client, pk, {"contributions": []})
    assert cleared.status_code == 200 and cleared.json()["contributions"] == []
    got = client.get(f"{BASE}{pk}/")
    assert got["ETag"] == f'"{cleared.json()["revision"]}"'


def test_patch_validates_types_and_formats(catalogue_factory):
    application = new_application(catalogue_factory, complete=False, name="Checked")
    client = token_client(application.organisation.owners.get())
    response = _patch(
        client,
        application.pk,
        {
            "details": {"email": "not an address", "country": "XX", "website": "ftp://x"},
            "contributions": [{"kind": "painting"}, {"kind": "books", "links": ["javascript:x"]}],
            "courses": [{"key": "Bad Key"}, {"key": "c2", "links": {"lectures": "x"}}],
            "self_check": {"answers": {"runs_training": "perhaps"}},
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    errors = body["errors"]
    assert set(errors["details"]) == {"email", "country", "website"}
    assert "kind" in errors["contributions"][0] and "links" in errors["contributions"][1]
    assert "key" in errors["courses"][0] and "links" in errors["courses"][1]
    assert "answers" in errors["self_check"]
    assert Application.objects.get(pk=application.pk).revision == application.revision


def test_duplicate_course_keys_and_names_taken(catalogue_factory):
    catalogue_factory.organisation("Taken Name")
    owner = catalogue_factory.user()
    client = token_client(owner)
    taken = client.post(BASE, **_json_body({"details": {"name": "taken name"}}))
    assert taken.status_code == 400 and set(taken.json()["errors"]) == {"details.name"}
    pk = client.post(BASE, **_json_body({"details": {"name": "Free"}})).json()["id"]
    course = {"key": "c1"}
    doubled = _patch(client, pk, {"courses": [course, course]})
    assert doubled.status_code == 400 and "courses" in doubled.json()["errors"]


def test_patch_outside_a_draft_is_a_409_with_the_state(catalogue_factory):
    application = submitted(catalogue_factory)
    client = token_client(application.organisation.owners.get())
    response = _patch(client, application.pk, {"message": "late"})
    assert response.status_code == 409
    assert response.json() == {
        "detail": response.json()["detail"],
        "code": "conflict",
        "state": "submitted",
        "allowed_actions": ["withdraw"],
    }


# --- submit, withdraw, events, rounds ------------------------------------------------------------


def test_submit_incomplete_lists_everything(catalogue_factory):
    application = new_application(catalogue_factory, complete=False, name="Half")
    client = token_client(application.organisation.owners.get())
    response = client.post(f"{BASE}{application.pk}/submit/")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"details.email", "contributions", "courses"} <= set(errors)
    assert {f"self_check.answers.{key}" for key in answers_all_yes()} <= set(errors)


def test_a_retried_submit_answers_the_same_once(
    catalogue_factory, django_capture_on_commit_callbacks, mailoutbox
):
    make_manager(catalogue_factory, email="manager@example.org")
    application = new_application(catalogue_factory)
    client = token_client(application.organisation.owners.get())
    url = f"{BASE}{application.pk}/submit/"
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, HTTP_IDEMPOTENCY_KEY="abc-123")
        again = client.post(url, HTTP_IDEMPOTENCY_KEY="abc-123")
        without_key = client.post(url)
    assert first.status_code == again.status_code == without_key.status_code == 200
    assert first.json() == again.json() == without_key.json()
    assert first.json()["state"] == "submitted" and first.json()["round"] == 1
    assert Round.objects.filter(application=application).count() == 1
    assert len(mailoutbox) == 2  # one receipt, one notice: not twice
    bad_key = client.post(url, HTTP_IDEMPOTENCY_KEY="a b")
    assert bad_key.status_code == 400 and "Idempotency-Key" in bad_key.json()["errors"]


def test_rounds_and_events_through_the_api(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    owner_client = token_client(application.organisation.owners.get())
    domain.start_screening(application_id=application.pk, user=manager)
    domain.request_changes(application_id=application.pk, user=manager, remarks="Add exercises.")
    detail = owner_client.get(f"{BASE}{application.pk}/").json()
    assert detail["state"] == "changes_requested" and detail["remarks"] == "Add exercises."
    assert detail["allowed_actions"] == ["submit", "withdraw"]
    assert [r["number"] for r in detail["rounds"]] == [1]
    round_one = owner_client.get(detail["rounds"][0]["url"])
    assert round_one.status_code == 200
    body = round_one.json()
    assert set(body) == {"number", "submitted_at", "sha256", "snapshot"}
    assert body["sha256"] == sha256_of(body["snapshot"]) == detail["rounds"][0]["sha256"]
    assert owner_client.get(f"{BASE}{application.pk}/rounds/2/").status_code == 404
    events = owner_client.get(f"{BASE}{application.pk}/events/").json()
    assert [(e["action"], e["from_state"], e["to_state"]) for e in events] == [
        ("create", None, "draft"),
        ("submit", "draft", "submitted"),
        ("start_screening", "submitted", "screening"),
        ("request_changes", "screening", "changes_requested"),
    ]
    assert events[-1]["remarks"] == "Add exercises." and events[-1]["actor"] == manager.username
    withdrawn = owner_client.post(
        f"{BASE}{application.pk}/withdraw/", **_json_body({"reason": "Next year."})
    )
    assert withdrawn.status_code == 200 and withdrawn.json()["state"] == "withdrawn"
    assert withdrawn.json()["allowed_actions"] == ["reapply"]  # a new draft, not this one
    again = owner_client.post(f"{BASE}{application.pk}/withdraw/", **_json_body({}))
    assert again.status_code == 409 and again.json()["state"] == "withdrawn"
    last = owner_client.get(f"{BASE}{application.pk}/events/").json()[-1]
    assert last["action"] == "withdraw" and last["remarks"] == "Next year."


def test_who_sees_what(catalogue_factory):
    manager = make_manager(catalogue_factory)
    mine = new_application(catalogue_factory, complete=False, name="Mine")
    theirs = new_application(catalogue_factory, complete=False, name="Theirs")
    owner = mine.organisation.owners.get()
    owner_client = token_client(owner)
    listed = owner_client.get(BASE).json()
    assert listed["count"] == 1 and [a["id"] for a in listed["results"]] == [mine.pk]
    assert owner_client.get(f"{BASE}{theirs.pk}/").status_code == 404
    assert owner_client.get(f"{BASE}{theirs.pk}/events/").status_code == 404
    manager_client = token_client(manager)
    assert manager_client.get(BASE).json()["count"] == 2
    as_manager = manager_client.get(f"{BASE}{mine.pk}/").json()
    assert as_manager["allowed_actions"] == []  # a draft: nothing for a manager to do
    assert _patch(manager_client, mine.pk, {"message": "x"}).status_code == 403
    assert manager_client.post(f"{BASE}{mine.pk}/submit/").status_code == 403
    anonymous = Client(HTTP_ACCEPT="application/json")
    assert anonymous.get(BASE).status_code == 401
    assert anonymous.get(f"{BASE}{mine.pk}/").status_code == 401
    assert owner_client.get(f"{BASE}999999999/").status_code == 404


# --- materials in the JSON and the cost of a request -----------------------------------------


def _fill(application: Application, n: int) -> None:
    Contribution.objects.bulk_create(
        Contribution(application=application, position=i, kind="books", links=[]) for i in range(n)
    )
    Material.objects.bulk_create(
        Material(
            application=application,
            course_key="c1",
            part="lectures",
            file=f"applications/{application.pk}/f{i}.pdf",
            filename=f"f{i}.pdf",
            size=10 + i,
            sha256=f"{i:064x}",
            content_type="application/pdf",
        )
        for i in range(n)
    )


def test_materials_and_logo_in_the_json(catalogue_factory):
    application = new_application(catalogue_factory)
    _fill(application, 2)
    logo = Material.objects.create(
        application=application,
        part="logo",
        file=f"applications/{application.pk}/logo.png",
        filename="logo.png",
        size=5,
        sha256="f" * 64,
        content_type="image/png",
        checks={"layers": 0},
    )
    client = token_client(application.organisation.owners.get())
    body = client.get(f"{BASE}{application.pk}/").json()
    assert len(body["materials"]) == 3
    first = body["materials"][0]
    assert set(first) == {
        "id",
        "course",
        "part",
        "filename",
        "size",
        "sha256",
        "content_type",
        "checks",
        "uploaded_at",
        "download_url",
    }
    assert first["course"] == "c1" and first["part"] == "lectures" and first["checks"] is None
    assert first["download_url"].endswith(
        f"/applications/{application.pk}/materials/{first['id']}/download/"
    )
    assert body["logo_url"].endswith(f"/materials/{logo.pk}/download/")
    assert application.total_material_bytes() == 10 + 11 + 5


@pytest.mark.parametrize("path", ["list", "detail"])
def test_queries_do_not_grow_with_contributions_and_files(catalogue_factory, path):
    owner = catalogue_factory.user()
    small = new_application(catalogue_factory, owner, name="Small")
    large = new_application(catalogue_factory, owner, name="Large")
    _fill(small, 1)
    _fill(large, 20)
    client = token_client(owner)
    client.get(BASE)  # the token's first use is recorded once: not part of the count

    def count(pk: int) -> int:
        url = BASE if path == "list" else f"{BASE}{pk}/"
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    one, twenty = count(small.pk), count(large.pk)
    print(f"\nqueries per {path} request: {one} (1 contribution and file), {twenty} (20)")
    assert one == twenty
    if path == "list":  # and with twice as many applications
        new_application(catalogue_factory, owner, name="Third")
        assert count(0) == one


# --- hostile bodies ----------------------------------------------------------------------

HOSTILE_BODIES: list[Any] = [
    [],
    "text",
    42,
    None,
    {"details": "x"},
    {"details": {"name": "a\x00b"}},
    {"details": {"name": "x" * 10_000}},
    {"details": {"country": "\x00"}},
    {"details": {"email": "a@b\x00.org"}},
    {"message": "\x00"},
    {"message": "x" * 6000},
    {"contributions": "x"},
    {"contributions": [None]},
    {"contributions": [{"kind": "books", "start_date": "0000-01-01"}]},
    {"contributions": [{"kind": "books", "start_date": "2024-02-30"}]},
    {"contributions": [{"kind": "books", "links": ["https://x.example/\x00"]}]},
    {"contributions": [{"kind": "books"}] * 101},
    {"courses": [{"key": "c\x00"}]},
    {"courses": [{"key": "c1", "links": "x"}]},
    {"courses": [{"key": "c1", "links": {"lectures": [123]}}]},
    {"courses": [{"key": "c1", "qgis_version": "3.34\x00"}]},
    {"self_check": {"version": 10**30}},
    {"self_check": {"version": 999}},
    {"self_check": {"answers": {"\x00": True}}},
    {"self_check": {"answers": {"k" * 100: True}}},
    {"self_check": {"answers": []}},
    {"self_check": {"answers": {str(i): True for i in range(60)}}},
    {"details": {"name": "\ud800"}},
    {"courses": [{"key": ["c1"]}]},
    {"courses": [{"title": "no key"}]},
    {"contributions": [{"kind": "books", "links": ["https://x.example/\n"]}]},
    {"contributions": [{"description": "no kind"}]},
    {"self_check": {"answers": {"runs_training\n": True}}},
]


@pytest.mark.parametrize("body", HOSTILE_BODIES, ids=range(len(HOSTILE_BODIES)))
def test_hostile_bodies_are_4xx_never_500(catalogue_factory, body):
    application = new_application(catalogue_factory, complete=False, name="Target")
    client = token_client(application.organisation.owners.get())
    client.raise_request_exception = False
    try:
        payload = json.dumps(body)
    except UnicodeEncodeError:  # pragma: no cover - json.dumps escapes surrogates
        payload = "{}"
    for method, url in (("patch", f"{BASE}{application.pk}/"), ("post", BASE)):
        response = getattr(client, method)(url, data=payload, content_type="application/json")
        assert 400 <= response.status_code < 500, (method, body, response.content[:300])
        assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    ("content_type", "payload"),
    [
        ("application/json", "{not json"),
        ("application/json", b"\xff\xfe"),
        ("text/plain", "hello"),
        ("application/json", "[" * 5000 + "]" * 5000),
    ],
)
def test_broken_bodies_are_4xx(catalogue_factory, content_type, payload):
    application = new_application(catalogue_factory, complete=False, name="Target")
    client = token_client(application.organisation.owners.get())
    client.raise_request_exception = False
    response = client.patch(f"{BASE}{application.pk}/", data=payload, content_type=content_type)
    assert 400 <= response.status_code < 500, response.content[:200]


@pytest.mark.parametrize(
    "form",
    [
        {"details": "x"},
        {"details.name": "x", "contributions": "y"},
        {"contributions[0]kind": "books", "courses": "\x00"},
        {"message": "\x00"},
        {"self_check": "{}"},
    ],
)
def test_form_encoded_bodies_are_4xx_or_harmless(catalogue_factory, form):
    application = new_application(catalogue_factory, complete=False, name="Target")
    client = token_client(application.organisation.owners.get())
    client.raise_request_exception = False
    body = encode_multipart(BOUNDARY, form)
    response = client.patch(f"{BASE}{application.pk}/", data=body, content_type=MULTIPART_CONTENT)
    assert response.status_code < 500, response.content[:300]
    response = client.post(f"{BASE}{application.pk}/withdraw/", data=form)
    assert response.status_code < 500, response.content[:300]


@pytest.mark.parametrize("link", ["http://x\u0085", "https://\u3000x", "http://ä.example/ö"])
def test_links_the_schema_allows_are_kept_as_sent(catalogue_factory, link):
    application = new_application(catalogue_factory, complete=False, name="Links")
    client = token_client(application.organisation.owners.get())
    response = _patch(
        client, application.pk, {"contributions": [{"kind": "books", "links": [link]}]}
    )
    assert response.status_code == 200, response.content
    assert response.json()["contributions"][0]["links"] == [link]


@pytest.mark.parametrize("value", ["x", '"x"', 'W/"1"', "99999999999999999999", "1, 2", "*", ""])
def test_odd_if_match_values(catalogue_factory, value):
    application = new_application(catalogue_factory, complete=False, name="Target")
    client = token_client(application.organisation.owners.get())
    response = _patch(client, application.pk, {"message": "m"}, HTTP_IF_MATCH=value)
    expected = 200 if value in ("*", "", 'W/"1"', "1, 2") else 412
    assert response.status_code == expected, (value, response.content)


def test_complete_data_through_the_api_submits(catalogue_factory):
    """The plugin's path: create, fill with one PATCH, submit."""
    owner = catalogue_factory.user()
    client = token_client(owner)
    pk = client.post(BASE, **_json_body({"details": {"name": "Through API"}})).json()["id"]
    data = complete_data("Through API")
    patched = _patch(client, pk, data)
    assert patched.status_code == 200, patched.content
    response = client.post(f"{BASE}{pk}/submit/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "submitted"
    assert Application.objects.get(pk=pk).language == "sv"


def _shape_problems(body: Any, tree: Any, path: str = "") -> list[str]:
    """Where ``body``'s keys differ from the serializer's field tree (lists item by item)."""
    if tree is None:
        return []
    if isinstance(body, list):
        return [
            p for i, item in enumerate(body) for p in _shape_problems(item, tree, f"{path}.{i}")
        ]
    if not isinstance(body, dict):
        return [] if body is None else [f"{path}: not an object"]
    problems = [f"{path}: keys {sorted(set(body) ^ set(tree))}"] if set(body) != set(tree) else []
    for key, sub in tree.items():
        if key in body:
            problems += _shape_problems(body[key], sub, f"{path}.{key}")
    return problems


def test_the_schema_serializers_describe_the_responses(client, catalogue_factory):
    from api import serializers_applications as described

    from tests.server.test_api_schema import field_tree

    application = submitted(catalogue_factory)
    _fill(application, 1)
    owner_client = token_client(application.organisation.owners.get())
    pairs = [
        (owner_client.get(f"{BASE}{application.pk}/").json(), described.ApplicationOut()),
        (owner_client.get(BASE).json(), described.ApplicationPageOut()),
        (client.get("/api/v1/application-form/").json(), described.ApplicationFormOut()),
        (owner_client.get(f"{BASE}{application.pk}/rounds/1/").json(), described.RoundOut()),
        (owner_client.get(f"{BASE}{application.pk}/events/").json(), described.EventOut()),
    ]
    for body, serializer in pairs:
        assert not _shape_problems(body, field_tree(serializer)), type(serializer).__name__
