"""The training client against the contract's JSON, served by a loopback stand-in
(tests/fixtures/training_api.py), over the urllib transport: paths, bodies, headers and the
records; then a few calls against the real reference server when it offers ``certificates``."""

from __future__ import annotations

import io
import zipfile
from typing import Iterator

import pytest

from certification_plugin.core.api import ApiSession, FilePart
from certification_plugin.core.client import CertificationClient
from certification_plugin.core.errors import AuthenticationError, ConflictError, ValidationFailed
from certification_plugin.core.http import HttpSession
from certification_plugin.core.training import NotEnoughCredits, TrainingClient, offered
from certification_plugin.core.urllib_transport import UrllibTransport
from certification_plugin.core.urls import api_url
from certification_plugin.core.verification import verify_certificate, verify_on_page
from tests.fixtures.trainers import seed_training_world
from tests.fixtures.training_api import FakeTrainingApi, pdf_for


def _session() -> HttpSession:
    return HttpSession(UrllibTransport(use_environment_proxies=False), rate_limit_per_s=0)


def _client(base_url: str, token: str = "", language: str = "en") -> TrainingClient:
    headers = {"Authorization": f"Token {token}"} if token else {}
    return TrainingClient(ApiSession(api_url(base_url), _session()), language, headers)


@pytest.fixture
def api() -> Iterator[FakeTrainingApi]:
    with FakeTrainingApi() as server:
        yield server


@pytest.fixture
def client(api: FakeTrainingApi) -> TrainingClient:
    return _client(api.base_url, api.token, "ro")


def test_the_capability_and_my_organisations_with_credits(api, client) -> None:
    info = CertificationClient(api.base_url, _session()).detect()
    assert offered(info)
    [org] = client.my_organisations()
    assert (org.slug, org.name, org.certified, org.roles) == (
        "trainers-org",
        "Trainers Org",
        True,
        ("owner",),
    )
    assert org.credits.balance == 20 and org.credits.price_per_credit_cents == 2000
    assert org.data["country"] == "RO"
    assert api.requests[-1].headers["accept-language"] == "ro"


def test_without_a_token_the_server_asks_for_one(api) -> None:
    with pytest.raises(AuthenticationError):
        _client(api.base_url).my_organisations()


def test_catalogue_writes_send_the_organisation_and_keep_the_document(api, client) -> None:
    centre = client.create_training_centre("trainers-org", {"name": "Cluj", "longitude": 23.6})
    assert centre.name == "Cluj" and isinstance(centre.key, int)
    assert centre.organisation == "trainers-org" and centre.data["longitude"] == 23.6
    changed = client.update_training_centre(int(centre.key), {"name": "Cluj-Napoca"})
    assert changed.name == "Cluj-Napoca" and api.made("PATCH", "/api/v1/training-centres/")
    assert [c.name for c in client.training_centres("trainers-org")] == ["Cluj-Napoca"]
    assert api.made("GET", "/api/v1/training-centres/")[-1].query["organisation"] == [
        "trainers-org"
    ]
    client.delete_training_centre(int(centre.key))
    assert client.training_centres("trainers-org") == []

    kind = client.create_course_type(
        "trainers-org", {"name": "QGIS Basics", "instruction_hours": 8}
    )
    assert kind.key == "qgis-basics"
    assert client.update_course_type("qgis-basics", {"description": "x"}).data["description"] == "x"
    client.delete_course_type("qgis-basics")
    assert client.course_types("trainers-org") == []

    with pytest.raises(ValidationFailed) as refused:
        client.create_course_type("trainers-org", {"description": "no name"})
    assert refused.value.errors == {"name": ["This field is required."]}


def test_a_convener_with_a_signature_goes_as_a_multipart_form(api, client) -> None:
    signature = FilePart("any", "sig.png", b"\x89PNG\r\n\x1a\nrest", "image/png")
    client.create_convener("trainers-org", {"user": "ana", "title": "Prof."}, signature)
    sent = api.made("POST", "/api/v1/conveners/")[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="signature"; filename="sig.png"' in sent.body
    assert b'name="organisation"\r\n\r\ntrainers-org' in sent.body
    assert b'name="title"\r\n\r\nProf.' in sent.body
    client.create_convener("trainers-org", {"user": "bob"})
    assert (
        api.made("POST", "/api/v1/conveners/")[-1]
        .headers["content-type"]
        .startswith("application/json")
    )
    assert len(client.conveners("trainers-org")) == 2


def test_courses_and_a_refused_delete_with_its_code(api, client) -> None:
    [course] = client.courses("trainers-org")
    assert course.id == api.course_id and course.certificate_type == "completion"
    assert client.course(course.id).language == "ro"
    client.add_attendee(course.id, "Ana", "Pop", "ana@example.org")
    with pytest.raises(ConflictError) as refused:
        client.delete_course(course.id)
    assert refused.value.code == "in_use"


def test_attendees_added_once_per_email_and_removed(api, client) -> None:
    first = client.add_attendee(api.course_id, "Ana", "Pop", "Ana@Example.org")
    again = client.add_attendee(api.course_id, "Ana", "Popescu", "ana@example.org")
    assert first.id == again.id and first.name == "Ana Pop" and not first.certified
    second = client.add_attendee(api.course_id, "Eve", "<b>X</b>", "eve@example.org")
    assert [a.surname for a in client.attendees(api.course_id)] == ["Pop", "<b>X</b>"]
    updated = client.update_attendee(api.course_id, second.id, {"surname": "Ionescu"})
    assert updated.surname == "Ionescu"
    client.remove_attendee(api.course_id, second.id)
    assert [a.id for a in client.attendees(api.course_id)] == [first.id]


def test_importing_rows_previews_then_imports(api, client) -> None:
    rows = [
        {"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        {"first_name": "Ion", "surname": "Ilie", "email": "ion@example.org"},
    ]
    preview = client.import_attendees(api.course_id, rows=rows)
    assert preview.preview and preview.valid == 2 and preview.imported == 0
    assert [r.status for r in preview.rows] == ["new", "new"]
    assert client.attendees(api.course_id) == []
    sent = api.made("POST", "/api/v1/courses/")[-1]
    assert sent.query["preview"] == ["true"] and b'"rows"' in sent.body
    done = client.import_attendees(api.course_id, rows=rows, preview=False)
    assert done.imported == 2 and not done.refused
    assert len(client.attendees(api.course_id)) == 2


def test_a_csv_with_a_bad_row_is_refused_with_the_rows_or_imported_skipping_it(api, client) -> None:
    data = b"first_name;surname;email\nAna;Pop;ana@example.org\nBad;Row;not-an-email\n"
    refused = client.import_attendees(api.course_id, csv_bytes=data, preview=False)
    assert refused.refused and refused.invalid == 1 and refused.separator == ";"
    assert refused.rows[1].errors == {"email": ["Enter a valid e-mail address."]}
    assert client.attendees(api.course_id) == []
    done = client.import_attendees(api.course_id, csv_bytes=data, preview=False, skip_invalid=True)
    assert (done.imported, done.skipped) == (1, 1)
    sent = api.made("POST", "/api/v1/courses/")[-1]
    assert b'filename="attendees.csv"' in sent.body
    with pytest.raises(ValueError):
        client.import_attendees(api.course_id)


def test_issuing_charges_once_per_key_and_lists_the_certificates(api, client) -> None:
    people = [client.add_attendee(api.course_id, n, "Pop", f"{n}@example.org") for n in "abc"]
    items = [{"attendee": p.id, "certificate_type": "completion", "language": "ro"} for p in people]
    result = client.issue(api.course_id, items[:2], idempotency_key="key-1")
    assert result.certificate_ids == ["QGIS-12", "QGIS-13"]
    assert (result.spent, result.balance, result.replayed) == (2, 18, False)
    again = client.issue(api.course_id, items[:2], idempotency_key="key-1")
    assert again.certificate_ids == result.certificate_ids and again.replayed
    assert again.balance == 18
    assert api.made("POST", "/api/v1/courses/")[-1].headers["idempotency-key"] == "key-1"
    with pytest.raises(ValidationFailed):
        client.issue(api.course_id, items[2:], idempotency_key="key-1")
    listed = client.certificates(api.course_id)
    assert [c.certificate_id for c in listed] == ["QGIS-12", "QGIS-13"]
    assert listed[0].pdf_ready and listed[0].attendee_email == "a@example.org"
    assert listed[0].verification.status == "valid"
    rest = client.issue(api.course_id, all_attendees=True, language="en")
    assert rest.certificate_ids == ["QGIS-14"] and rest.certificates[0].language == "en"
    assert api.made("POST", "/api/v1/courses/")[-1].headers["idempotency-key"]  # always a key


def test_not_enough_credits_is_its_own_error_with_the_numbers(api, client) -> None:
    api.balance = 2
    people = [client.add_attendee(api.course_id, n, "Pop", f"{n}@example.org") for n in "abc"]
    items = [{"attendee": p.id, "certificate_type": "completion", "language": "ro"} for p in people]
    with pytest.raises(NotEnoughCredits) as refused:
        client.issue(api.course_id, items)
    error = refused.value
    assert (error.needed, error.available, error.missing) == (3, 2, 1)
    assert error.status == 409 and error.code == "not_enough_credits"
    assert "3 credits needed, 2 available." in str(error)
    assert client.certificates(api.course_id) == []


def test_correct_revoke_send_badge_and_files(api, client) -> None:
    cert = api.add_certificate("Ana Pop", course=api.course_id)
    ident = cert["certificate_id"]
    corrected = client.correct(ident.lower() + " ", "Ana", "Popescu", "typo")
    assert corrected.attendee_name == "Ana Popescu" and corrected.revision == 2
    assert api.made("POST", f"/api/v1/certificates/{ident}/correct/")
    revoked = client.revoke(ident, "Did not attend")
    assert revoked.status == "revoked"
    with pytest.raises(ConflictError):
        client.revoke(ident, "again")
    assert client.send(api.course_id, [ident]) == 1
    assert client.send_certificate(ident, resend=True) == 1
    assert client.badge(ident).count(".") == 2
    assert client.pdf_bytes(ident) == pdf_for(ident)
    assert client.pdf_url(ident) == api.base_url + f"api/v1/certificates/{ident}/pdf/"
    assert client.zip_url(api.course_id).endswith(f"/courses/{api.course_id}/certificates/zip/")
    assert TrainingClient.zip_path(7) == "courses/7/certificates/zip/"
    api.pdf_pending = True
    with pytest.raises(ConflictError) as pending:
        client.pdf_bytes(ident)
    assert pending.value.code == "pdf_pending"
    archive = api.route("GET", f"/api/v1/courses/{api.course_id}/certificates/zip/", {}, b"",
                        {"authorization": f"Token {api.token}"})[1]  # fmt: skip
    assert zipfile.ZipFile(io.BytesIO(archive)).namelist() == [f"{ident}.pdf"]


def test_verify_is_public_and_an_unknown_id_is_a_result(api) -> None:
    api.add_certificate("<b>Eve</b>")
    anonymous = _client(api.base_url)
    found = anonymous.verify(" qgis-12")
    assert found.found and found.status == "valid" and found.attendee_name == "<b>Eve</b>"
    assert found.organisation_certified is True and found.source == "api"
    assert (found.start_date, found.end_date, found.language) == ("2026-01-05", "2026-01-07", "ro")
    assert found.convener == "Prof. Ana Pop, PhD" and found.instruction_hours == "16"
    missing = anonymous.verify("QGIS-999")
    assert not missing.found and missing.status == "not_found"


def test_verify_certificate_uses_the_api_when_the_server_has_the_capability(api) -> None:
    api.add_certificate("Ana Pop", status="revoked")
    client = CertificationClient(api.base_url, _session())
    result = verify_certificate(client, "QGIS 12")
    assert result.status == "revoked" and result.source == "api"
    assert api.made("GET", "/api/v1/certificates/QGIS-12/")


# --------------------------------------------------------------------------- real server


def _real_world(reference_server):  # type: ignore[no-untyped-def]
    info = CertificationClient(reference_server.base_url, _session()).detect(refresh=True)
    if not offered(info):
        pytest.skip("The reference server does not offer the certificates API yet.")
    return seed_training_world(reference_server, store_authcfg=False)


def test_against_the_reference_server(reference_server) -> None:
    world = _real_world(reference_server)
    owner = _client(reference_server.base_url, world.token("owner"))
    slugs = [org.slug for org in owner.my_organisations()]
    assert world.organisation in slugs
    mine = next(o for o in owner.my_organisations() if o.slug == world.organisation)
    assert mine.credits.balance == world.balance
    centres = owner.training_centres(world.organisation)
    assert sorted(c.key for c in centres) == sorted(world.centres.values())
    assert [t.key for t in owner.course_types(world.organisation)] == [world.course_type]
    assert {c.id for c in owner.courses(world.organisation)} >= set(world.courses.values())
    made = owner.create_training_centre(world.organisation, {"name": "Plugin test centre"})
    assert made.name == "Plugin test centre"
    owner.delete_training_centre(int(made.key))
    assert len(owner.training_centres(world.organisation)) == len(centres)
    attendees = owner.attendees(world.course("started"))
    assert len(attendees) == 3
    assert any(a.certificate_id == world.certificate_id for a in attendees)
    found = _client(reference_server.base_url).verify(world.certificate_id.lower())
    assert found.found and found.attendee_name == "Ana Pop"
    assert found.status == "valid" and found.organisation_certified is True
    assert not _client(reference_server.base_url).verify("QGIS-999999").found

    # The server's own verification page reads as the live site's does, plus the status.
    catalogue = CertificationClient(reference_server.base_url, _session())
    page = verify_on_page(catalogue, world.certificate_id)
    assert page.found and page.source == "live" and page.attendee_name == "Ana Pop"
    assert page.organisation_name == world.organisation_name
    assert page.status == "valid" and page.organisation_certified is True
    assert page.convener.endswith("PhD")
    assert not verify_on_page(catalogue, "QGIS-999999").found

    preview = owner.import_attendees(
        world.course("started"),
        rows=[{"first_name": "Ion", "surname": "Ilie", "email": "ion@example.org"}],
    )
    assert preview.preview and preview.valid == 1 and preview.imported == 0
    refused = owner.import_attendees(
        world.course("started"),
        rows=[{"first_name": "Ion", "surname": "Ilie", "email": "not-an-email"}],
        preview=False,
    )
    assert refused.refused and refused.invalid == 1 and refused.rows[0].errors
    waiting = [a for a in attendees if not a.certificate_id]
    items = [
        {"attendee": a.id, "certificate_type": "completion", "language": "ro"} for a in waiting
    ]
    poor = seed_training_world(reference_server, credits=1, store_authcfg=False)
    poor_owner = _client(reference_server.base_url, poor.token("owner"))
    poor_waiting = [a for a in poor_owner.attendees(poor.course("started")) if not a.certificate_id]
    with pytest.raises(NotEnoughCredits) as short:
        poor_owner.issue(
            poor.course("started"),
            [{"attendee": a.id, "certificate_type": "completion", "language": "ro"}
             for a in poor_waiting],
        )  # fmt: skip
    assert (short.value.needed, short.value.available) == (2, 0)
    key = "plugin-test-" + world.organisation
    issued = owner.issue(world.course("started"), items, idempotency_key=key)
    assert len(issued.certificate_ids) == 2 and issued.balance == world.balance - 2
    again = owner.issue(world.course("started"), items, idempotency_key=key)
    assert again.certificate_ids == issued.certificate_ids and again.replayed
