"""The public verification page /en/certificate/<ID>/ (the live site's card and labels, plus
status and "Organisation certified today"), the organisation certificate page, loose ids,
escaping, and the rate limit shared with the JSON."""

from __future__ import annotations

import re
from html import unescape

import pytest
from catalogue.models import CertifyingOrganisation
from certificates import domain, ratelimit
from certificates.verification import verification_document
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from tests.server.certificates_helpers import PUBLIC, certificate, isolate
from tests.server.conftest import BROWSER_ACCEPT
from tests.server.factories_certificates import certified_org

pytestmark = pytest.mark.django_db

LIVE_LABELS = [
    "ID",
    "Attendee Name",
    "Project",
    "Certifying Organisation",
    "Training Center",
    "Course Language",
    "Trained Competence(s)",
    "Course Type",
    "Course Date",
    "Instruction Hours",
    "Course Convener",
]
NOT_FOUND = "Sorry, no certificate matching this number has been issued."
ROW = re.compile(r"<tr><td><b>(.*?)</b></td><td[^>]*>(.*?)</td></tr>", re.S)


@pytest.fixture(autouse=True)
def _setup(settings, tmp_path):
    isolate(settings, tmp_path)
    cache.clear()
    yield
    cache.clear()


def _rows(html: str) -> list[tuple[str, str]]:
    return [(unescape(label), unescape(value).strip()) for label, value in ROW.findall(html)]


def _page(client, certificate_id: str, **extra):
    return client.get(f"/en/certificate/{certificate_id}/", HTTP_ACCEPT=BROWSER_ACCEPT, **extra)


def test_found_shows_the_live_labels_in_order_then_status(client):
    cert = certificate("Ștefan", "Țurcanu", language="ro")
    course = cert.course
    convener = course.course_convener
    convener.title, convener.degree = "Prof.", "PhD"
    convener.save()
    response = _page(client, cert.certificate_id)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Certificate Details" in html and 'class="card"' in html
    rows = _rows(html)
    assert [label for label, _value in rows] == [
        *LIVE_LABELS,
        "Status",
        "Organisation certified today",
    ]
    values = dict(rows)
    assert values["ID"] == cert.certificate_id
    assert values["Attendee Name"] == "Ștefan Țurcanu"
    assert values["Project"] == "QGIS"
    assert values["Certifying Organisation"] == course.certifying_organisation.name
    assert values["Course Type"] == course.course_type.name
    assert values["Course Convener"] == "Prof. Carl Convener, PhD"
    assert " to " in values["Course Date"]
    assert values["Status"] == "Valid"
    assert values["Organisation certified today"] == "Yes"
    assert response["Cache-Control"] == "no-cache"


def test_unknown_and_malformed_ids_answer_200_not_found(client):
    for text in ("QGIS-999999", "nonsense", "<script>"):
        response = client.get(reverse("catalogue:certificate", args=[text]))
        assert response.status_code == 200
        html = response.content.decode()
        assert NOT_FOUND in html and "<script>" not in html.split("<main>")[1]
        assert not _rows(html)


@pytest.mark.parametrize("typed", ["qgis-{n}", " QGIS-{n} ", "qgis{n}", "QGIS-000{n}", "qgis_{n}"])
def test_loose_ids(client, typed):
    cert = certificate("Ada", "Lovelace")
    n = cert.number
    response = _page(client, typed.format(n=n))
    assert dict(_rows(response.content.decode()))["ID"] == f"QGIS-{n}"


def test_revoked_verifies_as_revoked_never_unknown(client):
    cert = certificate("Ada", "Lovelace")
    owner = cert.course.certifying_organisation.owners.first()
    domain.revoke_certificate(actor=owner, certificate=cert, reason="Issued by mistake")
    response = _page(client, cert.certificate_id)
    html = response.content.decode()
    values = dict(_rows(html))
    assert values["Status"].startswith("Revoked (revoked on ")
    assert 'class="status-revoked"' in html
    assert NOT_FOUND not in html


def test_html_in_names_is_escaped(client):
    cert = certificate("<b>Eve</b>", "<script>alert(1)</script>")
    html = _page(client, cert.certificate_id).content.decode()
    assert "<b>Eve</b>" not in html and "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;Eve&lt;/b&gt;" in html
    assert dict(_rows(html))["Attendee Name"] == "<b>Eve</b> <script>alert(1)</script>"


def test_organisation_certified_today_follows_archiving(client):
    cert = certificate("Ada", "Lovelace")
    CertifyingOrganisation.objects.filter(pk=cert.course.certifying_organisation_id).update(
        archived=True
    )
    values = dict(_rows(_page(client, cert.certificate_id).content.decode()))
    assert values["Organisation certified today"] == "No"
    assert values["Status"] == "Valid"  # the certificate itself stays valid


def test_labels_in_another_certificate_language(client):
    cert = certificate("Ana", "Pop")
    html = _page(client, cert.certificate_id, QUERY_STRING="lang=zh_TW").content.decode()
    labels = [label for label, _value in _rows(html)]
    assert labels[1] == "學員姓名" and "證書詳細資料" in html
    ro = client.get(f"/en/certificate/{cert.certificate_id}/?lang=ro").content.decode()
    assert "Detaliile certificatului" in ro and "Organizație certificată astăzi" in ro


def test_the_unprefixed_path_redirects(client):
    response = client.get("/certificate/QGIS-1/")
    assert response.status_code == 302 and response["Location"] == "/en/certificate/QGIS-1/"
    response = client.get("/organisationcertificate/QGIS-ORG-1/")
    assert response["Location"] == "/en/organisationcertificate/QGIS-ORG-1/"


def test_only_safe_methods(client):
    assert client.post("/en/certificate/QGIS-1/").status_code == 405
    assert client.head("/en/certificate/QGIS-1/").status_code == 200


def test_rate_limit_answers_429_with_retry_after(client, settings):
    settings.CERTIFICATE_VERIFY_RATE = 3
    for _ in range(3):
        assert _page(client, "QGIS-1").status_code == 200
    response = _page(client, "QGIS-1")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    # another address has its own counter
    assert _page(client, "QGIS-1", REMOTE_ADDR="10.0.0.9").status_code == 200
    # the organisation page counts on the same counter
    assert client.get("/en/organisationcertificate/QGIS-ORG-1/").status_code == 429


def test_the_json_shares_the_counter(client, settings):
    settings.CERTIFICATE_VERIFY_RATE = 2
    request = RequestFactory().get("/api/v1/certificates/QGIS-1/")
    assert ratelimit.check(request, json=True) is None
    assert _page(client, "QGIS-1").status_code == 200
    limited = ratelimit.check(request, json=True)
    assert limited is not None and limited.status_code == 429
    assert limited["Content-Type"] == "application/json"
    assert (
        b'"code": "rate_limited"' in limited.content or b'"code":"rate_limited"' in limited.content
    )


def test_a_zero_rate_turns_the_limit_off(client, settings):
    settings.CERTIFICATE_VERIFY_RATE = 0
    for _ in range(5):
        assert _page(client, "QGIS-1").status_code == 200


def test_organisation_certificate_page(client):
    org = certified_org(credits=0)
    oc = domain.issue_organisation_certificate(organisation=org.organisation)
    response = client.get(f"/en/organisationcertificate/{oc.certificate_id.lower()}/")
    assert response.status_code == 200
    values = dict(_rows(response.content.decode()))
    assert values["ID"] == oc.certificate_id
    assert values["Certifying Organisation"] == org.organisation.name
    assert values["Organisation certified today"] == "Yes"
    unknown = client.get("/en/organisationcertificate/QGIS-ORG-999/").content.decode()
    assert "Sorry, no organisation certificate matching this number has been issued." in unknown


def test_verification_document_shape():
    cert = certificate("Ana", "Pop", language="ro")
    document = verification_document(cert)
    assert document["certificate_id"] == cert.certificate_id
    assert document["status"] == "valid" and document["revoked_at"] is None
    assert document["attendee_name"] == "Ana Pop"
    assert document["organisation_certified"] is True
    assert document["language"] == "ro" and document["revision"] == 1
    assert document["links"]["web"] == f"{PUBLIC}/en/certificate/{cert.certificate_id}/"
    assert document["links"]["badge"].endswith(f"/api/v1/certificates/{cert.certificate_id}/badge/")
    assert "attendee_email" not in document and "pdf" not in document["links"]
    managed = verification_document(cert, for_manager=True, api_base="http://testserver/api/v1/")
    assert managed["attendee_email"] == cert.attendee.email
    assert managed["pdf_ready"] is False and managed["corrections"] == []
    assert (
        managed["links"]["pdf"]
        == f"http://testserver/api/v1/certificates/{cert.certificate_id}/pdf/"
    )


def test_page_queries_stay_few(client, django_assert_max_num_queries):
    cert = certificate("Ana", "Pop")
    with django_assert_max_num_queries(3):
        _page(client, cert.certificate_id)
