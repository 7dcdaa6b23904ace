"""export_personal_data and erase_personal_data: the person's rows, all of them, nobody else's."""

from __future__ import annotations

import io
import json
import os
import stat

import pytest
from accounts import personal_data
from accounts.models import ApiToken
from axes.models import AccessAttempt, AccessLog
from catalogue.models import CourseConvener
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

pytestmark = pytest.mark.django_db

ALICE_TRACES = ("alice", "Liddell", "wonderland.example")
BOB_TRACES = ("bob", "Builder", "building.example")


def person_world(f, username: str, email: str, first: str, last: str, country: str):
    """An account with a bit of everything the service can hold about a person."""
    user = f.user(username, email=email, first_name=first, last_name=last)
    org = f.organisation(f"{country} Academy", country=country, organisation_email=email)
    org.owners.add(user)
    centre = f.training_center(org, f"{country} Centre", email=email.upper())
    convener = f.convener(org, user=user)
    convener.title, convener.degree = "Dr", "PhD"
    convener.signature.save("signature.png", ContentFile(b"\x89PNG fake"), save=False)
    convener.save()
    f.course(org, convener=convener, training_center=centre, name=f"{country} course")
    f.user_group(f"{country} user group", country=country).members.add(user)
    ApiToken.issue(user, f"QGIS of {username}")
    Client().force_login(user)  # a session, and axes' record of the sign-in
    AccessAttempt.objects.create(
        username=email,
        ip_address="203.0.113.7",
        user_agent="QGIS",
        http_accept="*/*",
        path_info="/accounts/login/",
        get_data="",
        post_data="",
        failures_since_start=2,
    )
    return user


@pytest.fixture
def people(catalogue_factory, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    f = catalogue_factory
    alice = person_world(f, "alice", "alice@wonderland.example", "Alice", "Liddell", "RO")
    bob = person_world(f, "bob", "bob@building.example", "Bob", "Builder", "SE")
    manager = f.user("manager")
    LogEntry.objects.create(
        user=manager,
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(alice.pk),
        object_repr="alice",
        action_flag=CHANGE,
        change_message="Set Alice Liddell's address to alice@wonderland.example",
    )
    return alice, bob


def run(command: str, *args: str) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def export(identifier: str) -> dict:
    return json.loads(run("export_personal_data", identifier))


def database_text() -> str:
    """Every row of every table, as text: where a trace of a person would show."""
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


def test_export_holds_every_kind_of_row_about_the_person_and_nobody_elses(people):
    alice, _bob = people
    document = export("alice")
    data = document["data"]
    assert document["person"] == "alice"
    assert data["accounts.user"][0]["email"] == "alice@wonderland.example"
    assert data["accounts.user"][0]["last_login"]  # the forced sign-in
    assert [t["name"] for t in data["accounts.api_tokens"]] == ["QGIS of alice"]
    assert "key_hash" not in data["accounts.api_tokens"][0]
    assert len(data["auth.sessions"]) == 1
    assert data["admin.log_entries"][0]["object_repr"] == "alice"
    assert {row["kind"] for row in data["axes.sign_ins"]} == {"AccessAttempt", "AccessLog"}
    assert [o["name"] for o in data["catalogue.owned_organisations"]] == ["RO Academy"]
    assert data["catalogue.organisation_contacts"][0]["organisation_email"] == alice.email
    assert data["catalogue.training_centre_contacts"][0]["name"] == "RO Centre"
    convener = data["catalogue.conveners"][0]
    assert (convener["title"], convener["degree"], convener["courses"]) == (
        "Dr",
        "PhD",
        ["RO course"],
    )
    assert convener["signature"].startswith("signatures/")
    assert [g["name"] for g in data["catalogue.user_groups"]] == ["RO user group"]
    text = json.dumps(document).lower()
    for trace in BOB_TRACES:
        assert trace.lower() not in text
    assert "se academy" not in text and "manager" not in text


def test_export_by_email_finds_the_account_and_writes_a_private_file(people, tmp_path):
    path = tmp_path / "alice.json"
    call_command(
        "export_personal_data",
        "ALICE@wonderland.example",
        "--output",
        str(path),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    assert data["accounts.user"][0]["username"] == "alice"


def test_erase_leaves_no_trace_keeps_the_others_and_is_idempotent(people):
    alice, _bob = people
    signature = CourseConvener.objects.get(user=alice).signature
    signature_path = signature.path
    assert os.path.exists(signature_path)
    bob_before = export("bob")["data"]
    out = run("erase_personal_data", "alice", "--yes")
    assert "accounts.user: 1 erased" in out
    text = database_text().lower()
    for trace in ALICE_TRACES:
        assert trace.lower() not in text, trace
    assert not os.path.exists(signature_path)
    # The facts others rely on stay: the course, its convener row, the organisation.
    erased = get_user_model().objects.get(pk=alice.pk)
    assert erased.username == f"erased-{alice.pk}" and not erased.is_active
    assert not erased.has_usable_password()
    convener = CourseConvener.objects.get(user=erased)
    assert convener.courses.count() == 1 and convener.title == ""
    feed = Client(HTTP_ACCEPT="application/json").get("/en/feed/upcoming-course/").json()
    names = {f["properties"]["course_convener_name"] for f in feed["features"]}
    assert names == {"Bob Builder", f"erased-{alice.pk}"}
    assert not ApiToken.objects.filter(user=erased).exists()
    assert not AccessLog.objects.filter(username="alice").exists()
    # Bob's data is untouched.
    assert export("bob")["data"] == bob_before
    for trace in BOB_TRACES:
        assert trace.lower() in text
    # Again: nothing found, nothing changed.
    before = database_text()
    assert "nothing to erase" in run("erase_personal_data", "alice", "--yes")
    assert "nothing to erase" in run("erase_personal_data", "alice@wonderland.example", "--yes")
    assert database_text() == before


def test_erase_asks_first_without_yes(people, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing erased"):
        run("erase_personal_data", "alice")
    assert get_user_model().objects.filter(username="alice").exists()
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    run("erase_personal_data", "alice")
    assert not get_user_model().objects.filter(username="alice").exists()


def test_unknown_and_ambiguous_people(people, catalogue_factory):
    assert export("nobody")["data"]["accounts.user"] == []
    assert "nothing to erase" in run("erase_personal_data", "nobody@example.invalid", "--yes")
    catalogue_factory.user("alice2", email="alice@wonderland.example", verified=False)
    with pytest.raises(CommandError, match="alice, alice2"):
        run("export_personal_data", "alice@wonderland.example")
    with pytest.raises(CommandError, match="alice, alice2"):
        run("erase_personal_data", "alice@wonderland.example", "--yes")
    assert export("alice2")["data"]["accounts.user"][0]["username"] == "alice2"


def test_an_address_without_an_account_is_found_in_contacts(catalogue_factory):
    org = catalogue_factory.organisation(organisation_email="office@person.example")
    data = export("office@person.example")["data"]
    assert data["catalogue.organisation_contacts"][0]["name"] == org.name
    run("erase_personal_data", "office@person.example", "--yes")
    org.refresh_from_db()
    assert org.organisation_email == f"erased-{org.pk}@example.invalid"


def test_a_later_app_registers_what_it_holds(people):
    """How certificates will plug in: keep the fact, replace the name."""
    certificates = [{"id": "QGIS-1", "attendee": "Alice Liddell", "course": "RO course"}]

    def export_certificates(person):
        return [c for c in certificates if c["attendee"] in person.names]

    def erase_certificates(person):
        mine = export_certificates(person)
        for certificate in mine:
            certificate["attendee"] = personal_data.ERASED_NAME
        return len(mine)

    personal_data.register(
        "tests.certificates", export=export_certificates, erase=erase_certificates
    )
    try:
        assert export("alice")["data"]["tests.certificates"] == certificates
        run("erase_personal_data", "alice", "--yes")
        assert certificates == [
            {"id": "QGIS-1", "attendee": personal_data.ERASED_NAME, "course": "RO course"}
        ]
    finally:
        personal_data._registry.pop("tests.certificates")


def test_scrubbing_replaces_whole_words_only():
    person = personal_data.Person("ana", username="ana", names=frozenset({"Ana Pop"}))
    assert person.scrub("Ana Pop and ana, not banana") == (
        f"{personal_data.ERASED_NAME} and {personal_data.ERASED_NAME}, not banana"
    )
