"""core/certificates.py: certificate ids typed loosely, the live site's verification page read
as text, the API's document, and the cost of a batch."""

from __future__ import annotations

import pytest

from certification_plugin.core.certificates import (
    NOT_FOUND_TEXT,
    Credits,
    UnreadableCertificatePage,
    cost,
    cost_line,
    format_money,
    from_api,
    from_live_page,
    missing_credits,
    normalise_certificate_id,
    parse_course_dates,
)
from certification_plugin.core.errors import InvalidResponseError

# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    "text, expected",
    [
        ("QGIS-123", "QGIS-123"),
        ("qgis-12 ", "QGIS-12"),
        (" QGIS 12", "QGIS-12"),
        ("\tQgis_7\n", "QGIS-7"),
        ("qgis12", "QGIS-12"),
        ("QGIS\u201312", "QGIS-12"),  # an en dash from a word processor
        ("\uff31\uff27\uff29\uff33\uff0d\uff11\uff12", "QGIS-12"),  # full-width
        ("QGIS-0012", "QGIS-12"),  # leading zeros dropped: the servers never pad
        ("https://certification.qgis.org/en/certificate/QGIS-77/", "QGIS-77"),
        ("http://127.0.0.1:8000/en/certificate/qgis-5/?x=1", "QGIS-5"),
    ],
)
def test_ids_are_normalised(text: str, expected: str) -> None:
    assert normalise_certificate_id(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "QGIS",
        "QGIS-",
        "QGIS-0",
        "QGIS-000",
        "QGIS-12x",
        "QGIS-1-2",
        "QGIS-ORG-3",
        "QGIS-1234567890",
        "12",
        "GIS-12",
        "hello world",
        "QGIS-١٢",  # Arabic-Indic digits are not the servers' numbers
        None,
        12,
    ],
)
def test_garbage_is_not_an_id(text: object) -> None:
    assert normalise_certificate_id(text) is None


# --------------------------------------------------------------------------- the live page

FOUND_PAGE = """<!DOCTYPE html>
<html><head><title>Certificate QGIS-12</title>
<script>var rows = "<tr><td>ID</td><td>fake</td></tr>";</script></head>
<body><nav><a href="/en/">Home</a></nav>
<div class="container"><div class="card">
  <div class="card-header"><h3>Certificate Details</h3></div>
  <div class="card-body">
  <table class="table table-striped">
    <tr><td><b>ID</b></td><td>QGIS-12</td></tr>
    <tr><td><b>Attendee Name</b></td><td>&lt;b&gt;Eve&lt;/b&gt; O&#39;Brien &amp; Co</td></tr>
    <tr><td><b>Project</b></td><td>QGIS</td></tr>
    <tr><td><b>Certifying Organisation</b></td><td>Kartoza &quot;GIS&quot;</td></tr>
    <tr><td><b>Training Center</b></td><td>Cape Town
       Office</td></tr>
    <tr><td><b>Course Language</b></td><td>English</td></tr>
    <tr><td><b>Trained Competence(s)</b></td><td>Map making</td></tr>
    <tr><td><b>Course Type</b></td><td>QGIS Desktop Essentials</td></tr>
    <tr><td><b>Course Date</b></td><td>June 2, 2025 to June 4, 2025</td></tr>
    <tr><td><b>Instruction Hours</b></td><td>16</td></tr>
    <tr><td><b>Course Convener</b></td><td>
          Prof. Ana Pop, PhD
      </td></tr>
    <tr><td><b>Issued</b></td><td>yesterday</td></tr>
  </table></div></div></div>
</body></html>"""

NOT_FOUND_PAGE = """<!DOCTYPE html><html><body><div class="container">
<div class="alert"><h3>
   Sorry, no certificate matching this number has been issued.
</h3></div></div></body></html>"""


def test_a_found_page_is_read_as_text_once_unescaped() -> None:
    found = from_live_page(FOUND_PAGE, "QGIS-12", "https://x/en/certificate/QGIS-12/")
    assert found.found and found.status == "valid" and found.source == "live"
    assert found.certificate_id == "QGIS-12"
    assert found.attendee_name == "<b>Eve</b> O'Brien & Co"  # shown as text, not markup
    assert found.organisation_name == 'Kartoza "GIS"'
    assert found.training_centre == "Cape Town Office"
    assert found.convener == "Prof. Ana Pop, PhD"  # surrounding whitespace trimmed
    assert found.course_type == "QGIS Desktop Essentials"
    assert (found.start_date, found.end_date) == ("2025-06-02", "2025-06-04")
    assert found.course_date == "June 2, 2025 to June 4, 2025"
    assert found.language == "English" and found.instruction_hours == "16"
    assert found.trained_competence == "Map making"
    assert found.organisation_certified is None  # the live page does not say
    assert found.data["Issued"] == "yesterday"  # an extra row is kept, not in the way
    assert found.web_url.endswith("/QGIS-12/")


def test_double_escaped_text_stays_escaped_once() -> None:
    page = FOUND_PAGE.replace("&lt;b&gt;Eve&lt;/b&gt;", "&amp;lt;i&amp;gt;")
    assert from_live_page(page).attendee_name.startswith("&lt;i&gt;")


def test_a_page_with_other_markup_and_our_status_rows() -> None:
    page = (
        "<table><thead><tr><th>Field</th><th>Value</th></tr></thead><tbody>"
        "<tr><th scope='row'><strong>ID:</strong></th><td><span>QGIS-7</span></td></tr>"
        "<tr><td><b> attendee  name </b></td><td>Ana<br>Pop</td></tr>"
        "<tr><td><b>Status</b></td><td><span class='revoked'>Revoked</span></td></tr>"
        "<tr><td><b>Organisation certified today</b></td><td>No</td></tr>"
        "<tr><td><b>Course Date</b></td><td>Sept. 29, 2025 to Oct. 1, 2025</td></tr>"
        "</tbody></table>"
    )
    found = from_live_page(page)
    assert found.certificate_id == "QGIS-7" and found.attendee_name == "Ana Pop"
    assert found.status == "revoked" and found.organisation_certified is False
    assert (found.start_date, found.end_date) == ("2025-09-29", "2025-10-01")


def test_the_not_found_page() -> None:
    result = from_live_page(NOT_FOUND_PAGE, "QGIS-999")
    assert not result.found and result.status == "not_found"
    assert result.certificate_id == "QGIS-999" and result.source == "live"
    assert NOT_FOUND_TEXT.startswith("Sorry")


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><body><h1>Welcome to nginx!</h1></body></html>",
        "<html><body><dl><dt>ID</dt><dd>QGIS-12</dd></dl></body></html>",  # a new layout
        "<table><tr><td>Name</td><td>Ana</td></tr></table>",
        "<<<>>> not html at all &&&",
        '{"certificate_id": "QGIS-12"}',
    ],
)
def test_a_changed_layout_could_not_be_read_and_does_not_crash(page: str) -> None:
    with pytest.raises(UnreadableCertificatePage) as error:
        from_live_page(page, "QGIS-12", "https://x/")
    assert isinstance(error.value, InvalidResponseError)
    assert "could not be read" in str(error.value)


def test_course_dates() -> None:
    assert parse_course_dates("May 5, 2025 to May 5, 2025") == ("2025-05-05", "2025-05-05")
    assert parse_course_dates("2025-01-02 to 2025-01-03") == ("2025-01-02", "2025-01-03")
    assert parse_course_dates("someday") == ("", "")
    assert parse_course_dates("Feb. 30, 2025") == ("", "")


# --------------------------------------------------------------------------- API document


def test_the_api_document() -> None:
    doc = {
        "certificate_id": "QGIS-12",
        "status": "revoked",
        "attendee_name": "Ana Pop",
        "organisation_name": "Trainers Org",
        "organisation_certified": False,
        "course_type_name": "Essentials",
        "start_date": "2026-01-05",
        "end_date": "2026-01-07",
        "language": "zh_TW",
        "instruction_hours": 16,
        "links": {"web": "https://x/en/certificate/QGIS-12/"},
        "revoked_at": "2026-01-09T00:00:00Z",
    }
    found = from_api(doc)
    assert found.status == "revoked" and found.organisation_certified is False
    assert found.language == "zh_TW" and found.instruction_hours == "16"
    assert found.web_url.endswith("/QGIS-12/") and found.data is doc
    assert from_api({**doc, "status": "weird", "revoked_at": None}).status == "valid"
    with pytest.raises(InvalidResponseError):
        from_api(["not", "a", "dict"])


# --------------------------------------------------------------------------- costs


def test_cost_of_a_batch() -> None:
    three = cost(3, 20)
    assert (three.credits, three.price_cents, three.balance_after, three.missing) == (
        3,
        6000,
        17,
        0,
    )
    assert three.affordable
    short = cost(3, 2)
    assert short.balance_after == -1 and short.missing == 1 and not short.affordable
    assert missing_credits(5, 0) == 5 and missing_credits(0, 0) == 0
    assert cost_line(3, 20) == "3 certificates = 3 credits = €60.00 · balance after: 17"
    assert cost_line(1, 1) == "1 certificate = 1 credit = €20.00 · balance after: 0"
    assert cost_line(3, 2).endswith("(1 missing)")
    assert format_money(123456) == "€1,234.56" and format_money(-2000) == "-€20.00"
    dearer = Credits(balance=10, price_per_credit_cents=2500, credits_per_certificate=2)
    assert cost(2, 10, dearer).price_cents == 10000 and cost(2, 10, dearer).credits == 4
    assert Credits.parse({"balance": 7, "currency": "USD"}).price_per_credit_cents == 2000
    assert format_money(2000, "USD") == "20.00 USD"
    assert Credits.parse(None).balance == 0


# --------------------------------------------------------------------------- live-site shape


def test_verification_against_a_server_in_the_live_sites_shape(livesite, client_for) -> None:
    from certification_plugin.core.verification import (
        NotACertificateId,
        verify_certificate,
    )

    client = client_for(livesite.base_url)
    found = verify_certificate(client, " qgis-12 ")
    assert found.found and found.source == "live" and found.status == "valid"
    assert found.attendee_name == "Ana Pop" and found.convener == "Prof. Ana Pop, PhD"
    assert found.organisation_name == "Kartoza" and found.start_date == "2025-06-02"
    assert found.trained_competence == "Map making & analysis"
    markup = verify_certificate(client, "QGIS-13")
    assert markup.attendee_name == "<b>Eve</b>"
    missing = verify_certificate(client, "QGIS-0099")
    assert not missing.found and missing.status == "not_found"
    assert missing.certificate_id == "QGIS-99"
    pages = livesite.requests_to("/en/certificate/")
    assert [r.path for r in pages] == [
        "/en/certificate/QGIS-12/",
        "/en/certificate/QGIS-13/",
        "/en/certificate/QGIS-99/",
    ]
    assert all("text/html" in r.headers["accept"] for r in pages)
    assert all("python-urllib" not in r.headers["user-agent"].lower() for r in pages)
    with pytest.raises(NotACertificateId):
        verify_certificate(client, "hello")


def test_a_live_site_page_of_another_layout_is_an_error_not_a_result(livesite, client_for):
    from certification_plugin.core.verification import verify_certificate

    livesite.set_fault("html", "/en/certificate/")
    with pytest.raises(UnreadableCertificatePage):
        verify_certificate(client_for(livesite.base_url), "QGIS-12")
