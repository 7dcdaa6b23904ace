"""The certificate algorithms through ``processing.run``, headless, over the QGIS network stack:
verification against a server in the live site's shape (HTML pages) and against API v1 JSON;
issuing from a table against the contract's stand-in (tests/fixtures/training_api.py) and,
when it offers ``certificates``, the real reference server with a seeded training world."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsProcessingException, QgsVectorLayer

from certification_plugin.processing.provider import CertificationProvider
from tests.fixtures.livesite import LiveSite
from tests.fixtures.reference_server import SERVER_DIR, ReferenceServer, free_port
from tests.fixtures.training_api import FakeTrainingApi, pdf_for
from tests.plugin.auth_helpers import store_basic_config

VERIFY = "certification:verifycertificate"
ISSUE = "certification:issuecertificates"


@pytest.fixture
def api() -> Iterator[FakeTrainingApi]:
    with FakeTrainingApi() as server:
        yield server


@pytest.fixture
def authcfg(api: FakeTrainingApi) -> Iterator[str]:
    config = store_basic_config("fake training api", "owner", api.token)
    yield config.id()
    QgsApplication.authManager().removeAuthenticationConfig(config.id())


def run(algorithm: str, params: Dict[str, Any]) -> Dict[str, Any]:
    import processing

    return processing.run(algorithm, params)


def table(rows: List[Tuple[str, str, str]], names=("Prenume", "Nume", "e_mail")) -> QgsVectorLayer:
    """A table without geometry, in the trainer's own column names."""
    spec = "&".join(f"field={name}:string" for name in (*names, "note"))
    layer = QgsVectorLayer(f"None?{spec}", "attendees", "memory")
    assert layer.isValid()
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([*values, "x"])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


PEOPLE = [
    ("Ana", "Pop", "ana@example.org"),
    ("Ștefania", "Țăranu", "Stefania@Example.org"),
    ("美玲", "陳", "meiling@example.org"),
]


# --------------------------------------------------------------------------- provider


def test_the_algorithms_and_their_parameters(provider: CertificationProvider) -> None:
    registry = QgsApplication.processingRegistry()
    verify = registry.algorithmById(VERIFY)
    issue = registry.algorithmById(ISSUE)
    assert verify is not None and issue is not None
    assert [p.name() for p in verify.parameterDefinitions()] == ["SERVER_URL", "CERTIFICATE_ID"]
    assert [o.name() for o in verify.outputDefinitions()] == [
        "FOUND",
        "STATUS",
        "ATTENDEE_NAME",
        "ORGANISATION_NAME",
        "COURSE_TYPE",
        "START_DATE",
        "END_DATE",
        "LANGUAGE",
    ]
    assert [p.name() for p in issue.parameterDefinitions()] == [
        "SERVER_URL",
        "AUTHCFG",
        "COURSE",
        "INPUT",
        "FIRST_NAME_FIELD",
        "SURNAME_FIELD",
        "EMAIL_FIELD",
        "CERTIFICATE_TYPE",
        "LANGUAGE",
        "OUTPUT_FOLDER",
    ]
    outputs = {o.name() for o in issue.outputDefinitions()}
    assert {"CERTIFICATE_IDS", "PDF_FILES", "ISSUED_COUNT", "OUTPUT_FOLDER"} <= outputs
    assert verify.shortHelpString().strip() and issue.shortHelpString().strip()


# --------------------------------------------------------------------------- verify


def test_verify_on_a_server_in_the_live_sites_shape(provider, livesite: LiveSite) -> None:
    found = run(VERIFY, {"SERVER_URL": livesite.base_url, "CERTIFICATE_ID": " qgis-12 "})
    assert found["FOUND"] is True and found["STATUS"] == "valid"
    assert found["ATTENDEE_NAME"] == "Ana Pop" and found["ORGANISATION_NAME"] == "Kartoza"
    assert found["COURSE_TYPE"] == "QGIS Desktop Essentials"
    assert (found["START_DATE"], found["END_DATE"]) == ("2025-06-02", "2025-06-04")
    assert found["LANGUAGE"] == "English"
    markup = run(VERIFY, {"SERVER_URL": livesite.base_url, "CERTIFICATE_ID": "QGIS 13"})
    assert markup["ATTENDEE_NAME"] == "<b>Eve</b>"
    missing = run(VERIFY, {"SERVER_URL": livesite.base_url, "CERTIFICATE_ID": "QGIS-404"})
    assert missing["FOUND"] is False and missing["STATUS"] == "not_found"
    assert missing["ATTENDEE_NAME"] == ""
    pages = livesite.requests_to("/en/certificate/")
    assert len(pages) == 3
    agent = pages[0].headers["user-agent"]
    assert "certification-plugin" in agent or "QGIS" in agent  # a real User-Agent


def test_verify_on_an_api_server_says_revoked(provider, api: FakeTrainingApi) -> None:
    api.add_certificate("Ana Pop", status="revoked")
    result = run(VERIFY, {"SERVER_URL": api.base_url, "CERTIFICATE_ID": "qgis-12"})
    assert result["FOUND"] is True and result["STATUS"] == "revoked"
    assert result["LANGUAGE"] == "ro" and result["START_DATE"] == "2026-01-05"
    assert api.made("GET", "/api/v1/certificates/QGIS-12/")


def test_verify_refuses_garbage_and_reports_network_errors(provider, livesite) -> None:
    with pytest.raises(QgsProcessingException) as garbage:
        run(VERIFY, {"SERVER_URL": livesite.base_url, "CERTIFICATE_ID": "hello"})
    assert "QGIS-1234" in str(garbage.value)
    assert livesite.requests == []
    closed = f"http://127.0.0.1:{free_port()}/"
    with pytest.raises(QgsProcessingException) as unreachable:
        run(VERIFY, {"SERVER_URL": closed, "CERTIFICATE_ID": "QGIS-12"})
    assert "Could not verify QGIS-12" in str(unreachable.value)
    livesite.set_fault("html", "/en/certificate/")
    with pytest.raises(QgsProcessingException) as layout:
        run(VERIFY, {"SERVER_URL": livesite.base_url, "CERTIFICATE_ID": "QGIS-12"})
    assert "could not be read" in str(layout.value)


# --------------------------------------------------------------------------- issue (stand-in)


def _issue_params(server_url: str, authcfg: str, course: int, layer, folder, **extra) -> dict:
    return {
        "SERVER_URL": server_url,
        "AUTHCFG": authcfg,
        "COURSE": course,
        "INPUT": layer,
        "OUTPUT_FOLDER": str(folder),
        **extra,
    }


def test_issue_from_a_table_adds_issues_and_downloads(
    provider, api: FakeTrainingApi, authcfg: str, tmp_path: Path
) -> None:
    layer = table(PEOPLE)
    result = run(ISSUE, _issue_params(api.base_url, authcfg, api.course_id, layer, tmp_path))
    ids = result["CERTIFICATE_IDS"].split(",")
    assert ids == ["QGIS-12", "QGIS-13", "QGIS-14"] and result["ISSUED_COUNT"] == 3
    assert sorted(os.path.basename(p) for p in result["PDF_FILES"]) == [f"{i}.pdf" for i in ids]
    assert (tmp_path / "QGIS-13.pdf").read_bytes() == pdf_for("QGIS-13")
    assert api.balance == 17
    people = api.courses_attendees[api.course_id]
    assert [p["email"] for p in people] == [
        "ana@example.org",
        "stefania@example.org",
        "meiling@example.org",
    ]
    assert people[1]["first_name"] == "Ștefania"
    batch = api.made("POST", f"/api/v1/courses/{api.course_id}/certificates/")
    assert len(batch) == 1 and batch[0].headers["idempotency-key"]
    assert batch[0].headers["authorization"].startswith("Basic ")
    imported = api.made("POST", f"/api/v1/courses/{api.course_id}/attendees/import/")
    assert imported and b'"rows"' in imported[0].body

    again = run(ISSUE, _issue_params(api.base_url, authcfg, api.course_id, layer, tmp_path))
    assert again["CERTIFICATE_IDS"] == result["CERTIFICATE_IDS"]
    assert again["ISSUED_COUNT"] == 0 and api.balance == 17  # nothing twice


def test_issue_with_chosen_fields_type_and_language(
    provider, api: FakeTrainingApi, authcfg: str, tmp_path: Path
) -> None:
    layer = table(PEOPLE[:1], names=("a", "b", "c"))
    params = _issue_params(
        api.base_url,
        authcfg,
        api.course_id,
        layer,
        tmp_path,
        FIRST_NAME_FIELD="a",
        SURNAME_FIELD="b",
        EMAIL_FIELD="c",
        CERTIFICATE_TYPE="Attendance",
        LANGUAGE="zh-hant",
    )
    result = run(ISSUE, params)
    cert = api.certificates[result["CERTIFICATE_IDS"]]
    assert cert["certificate_type"] == "attendance" and cert["language"] == "zh_TW"


def test_issue_without_enough_credits_changes_nothing(
    provider, api: FakeTrainingApi, authcfg: str, tmp_path: Path
) -> None:
    api.balance = 2
    with pytest.raises(QgsProcessingException) as refused:
        run(ISSUE, _issue_params(api.base_url, authcfg, api.course_id, table(PEOPLE), tmp_path))
    message = str(refused.value)
    assert "Not enough credits: 3 needed, 2 available (1 missing)" in message
    assert api.courses_attendees[api.course_id] == [] and api.certificates == {}
    assert not api.made("POST", "/api/v1/courses/")


def test_the_servers_own_credit_refusal_is_reported_the_same_way(
    provider, api: FakeTrainingApi, authcfg: str, tmp_path: Path, monkeypatch
) -> None:
    from certification_plugin.processing import certificates as module

    monkeypatch.setattr(module.IssueCertificates, "_balance", staticmethod(lambda *a: None))
    api.balance = 1
    with pytest.raises(QgsProcessingException) as refused:
        run(ISSUE, _issue_params(api.base_url, authcfg, api.course_id, table(PEOPLE), tmp_path))
    assert "Not enough credits: 3 needed, 1 available" in str(refused.value)
    assert api.certificates == {}


def test_issue_refuses_bad_rows_and_unknown_fields_before_sending(
    provider, api: FakeTrainingApi, authcfg: str, tmp_path: Path
) -> None:
    bad = table([("Ana", "Pop", "not-an-email"), ("", "Ion", "ion@example.org")])
    with pytest.raises(QgsProcessingException) as rows:
        run(ISSUE, _issue_params(api.base_url, authcfg, api.course_id, bad, tmp_path))
    assert "Row 1: email" in str(rows.value) and "Row 2: first_name" in str(rows.value)
    nameless = table(PEOPLE, names=("x", "y", "z"))
    with pytest.raises(QgsProcessingException) as fields:
        run(ISSUE, _issue_params(api.base_url, authcfg, api.course_id, nameless, tmp_path))
    assert "first name" in str(fields.value) and "x, y, z" in str(fields.value)
    with pytest.raises(QgsProcessingException):
        run(
            ISSUE,
            _issue_params(
                api.base_url, authcfg, api.course_id, table(PEOPLE), tmp_path, LANGUAGE="fr"
            ),
        )
    assert api.requests == []


def test_issue_waits_for_pdfs_being_rendered(
    provider, api: FakeTrainingApi, authcfg: str, tmp_path: Path
) -> None:
    api.pdf_pending = True
    timer = threading.Timer(1.5, lambda: setattr(api, "pdf_pending", False))
    timer.start()
    try:
        result = run(
            ISSUE, _issue_params(api.base_url, authcfg, api.course_id, table(PEOPLE[:1]), tmp_path)
        )
    finally:
        timer.cancel()
    assert [os.path.basename(p) for p in result["PDF_FILES"]] == ["QGIS-12.pdf"]
    assert len(api.made("GET", "/api/v1/certificates/QGIS-12/pdf/")) >= 2


def test_issue_on_a_server_without_the_api_says_where_it_happens(
    provider, livesite: LiveSite, tmp_path: Path
) -> None:
    with pytest.raises(QgsProcessingException) as refused:
        run(ISSUE, _issue_params(livesite.base_url, "", 1, table(PEOPLE), tmp_path))
    assert "issued on the website" in str(refused.value)


# --------------------------------------------------------------------------- real server


@pytest.fixture
def worker(reference_server: ReferenceServer) -> Iterator[None]:
    """The server's task worker in the background (the PDFs are rendered there)."""
    process = subprocess.Popen(
        [sys.executable, str(SERVER_DIR / "manage.py"), "db_worker", "--no-startup-delay",
         "--no-reload", "-v", "0"],
        env=reference_server.env,
        cwd=SERVER_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    yield
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def _offers_certificates(server: ReferenceServer) -> bool:
    from certification_plugin.core.client import CertificationClient
    from certification_plugin.core.http import HttpSession
    from certification_plugin.core.training import offered
    from certification_plugin.core.urllib_transport import UrllibTransport

    session = HttpSession(UrllibTransport(use_environment_proxies=False))
    return offered(CertificationClient(server.base_url, session).detect(refresh=True))


def test_against_the_reference_server(
    provider, reference_server: ReferenceServer, worker: None, tmp_path: Path
) -> None:
    if not _offers_certificates(reference_server):
        pytest.skip("The reference server does not offer the certificates API yet.")
    from tests.fixtures.trainers import seed_training_world

    world = seed_training_world(reference_server, credits=4)
    try:
        owner = world.authcfg("owner")
        started = world.course("started")
        verified = run(
            VERIFY,
            {"SERVER_URL": world.server_url, "CERTIFICATE_ID": world.certificate_id.lower()},
        )
        assert verified["FOUND"] is True and verified["STATUS"] == "valid"
        assert verified["ATTENDEE_NAME"] == "Ana Pop" and verified["LANGUAGE"] == "ro"
        assert verified["ORGANISATION_NAME"] == world.organisation_name

        newcomers = [("Ion", "Ilie", "ion.ilie@example.org"), ("Eva", "Berg", "eva@example.org")]
        seeded = [(a["first_name"], a["surname"], a["email"]) for a in world.attendees]
        layer = table(seeded + newcomers, names=("First Name", "Surname", "Email"))
        # 5 in the table, 1 certified already: 4 to issue, 3 credits left -> refused.
        with pytest.raises(QgsProcessingException) as refused:
            run(ISSUE, _issue_params(world.server_url, owner, started, layer, tmp_path))
        assert "4 needed, 3 available" in str(refused.value)

        layer = table(seeded[1:] + newcomers[:1], names=("First Name", "Surname", "Email"))
        result = run(ISSUE, _issue_params(world.server_url, owner, started, layer, tmp_path))
        ids = result["CERTIFICATE_IDS"].split(",")
        assert len(ids) == 3 and result["ISSUED_COUNT"] == 3
        assert world.certificate_id not in ids
        for path in result["PDF_FILES"]:
            assert Path(path).read_bytes().startswith(b"%PDF")
        assert len(result["PDF_FILES"]) == 3
    finally:
        world.remove()
