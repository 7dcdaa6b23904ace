"""Certificate PDFs, read back with Debian's poppler tools and zbar: every language's words and
glyphs (ș ț comma-below, å ä ö, Traditional Chinese), metadata, size, the QR code's address,
the signature, the organisation's logo and the background template."""

from __future__ import annotations

import time
import unicodedata

import pytest
from certificates import pdf
from certificates.models import Certificate, OrganisationCertificate
from certificates.verification import organisation_verification_url, verification_url
from django.utils import timezone

from tests.server.certificates_helpers import (
    PUBLIC,
    attach,
    certificate,
    isolate,
    pdf_image_count,
    pdf_info,
    pdf_text,
    png,
    qr_codes,
)
from tests.server.factories_certificates import certified_org, course_for

pytestmark = pytest.mark.django_db

MAX_BYTES = 100 * 1024

CASES = {
    "en": (
        ("Ada", "Lovelace"),
        "Ada Lovelace",
        [
            "Certificate of Completion",
            "This is to certify that",
            "has successfully completed the course",
            "Course convener",
            "Certificate ID",
            "Instruction hours",
        ],
    ),
    "ro": (
        ("Ștefan", "Țurcanu-Brâncoveanu"),
        "Ștefan Țurcanu-Brâncoveanu",
        [
            "Certificat de absolvire",
            "Prin prezenta se certifică faptul că",
            "Coordonatorul cursului",
            "Numărul certificatului",
            "Competențe dobândite",
            "iunie 2025",
        ],
    ),
    "sv": (
        ("Åsa", "Ängström Öberg"),
        "Åsa Ängström Öberg",
        [
            "Intyg om genomförd utbildning",
            "Härmed intygas att",
            "Kursansvarig",
            "Undervisningstimmar",
            "juni 2025",
        ],
    ),
    "zh_TW": (
        ("小明", "王"),
        "王小明",
        ["結業證書", "茲證明", "已順利完成以下課程", "課程召集人", "證書編號", "2025年6月2日"],
    ),
}


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    isolate(settings, tmp_path)


def _issue(language: str, names: tuple[str, str], **fields) -> Certificate:
    from datetime import date

    org = certified_org(credits=5, name=f"Carpathian GIS Academy {language}")
    course = course_for(
        org,
        start=date(2025, 6, 2),
        end=date(2025, 6, 4),
        trained_competence="Digitising, geoprocessing and map layouts",
        **fields,
    )
    course.course_type.instruction_hours = 16
    course.course_type.save()
    convener = course.course_convener
    convener.title, convener.degree = "Prof.", "PhD"
    convener.save()
    return certificate(*names, language=language, course=course)


@pytest.mark.parametrize("language", list(CASES))
def test_every_language_reads_back(language, tmp_path):
    names, printed, words = CASES[language]
    cert = _issue(language, names)
    data = pdf.render_certificate_pdf(cert)
    text = unicodedata.normalize("NFC", pdf_text(data))
    assert printed in text
    for word in words:
        assert word in text, (word, text)
    assert cert.certificate_id in text
    assert "Prof. Carl Convener, PhD" in text
    assert verification_url(cert.certificate_id) in text
    assert len(data) <= MAX_BYTES
    info = pdf_info(data, tmp_path)
    assert info["Pages"] == "1"
    assert printed in info["Title"] and cert.certificate_id in info["Title"]
    assert info["Author"] == cert.course.certifying_organisation.name
    width, _x, height = info["Page size"].split()[:3]
    assert (round(float(width)), round(float(height))) == (842, 595)  # A4 landscape


def test_romanian_comma_below_not_cedilla():
    cert = _issue("ro", ("S\u0326tefan", "T\u0326urcanu"))  # decomposed input: stored NFC
    text = pdf_text(pdf.render_certificate_pdf(cert))
    assert "\u0218tefan \u021aurcanu" in text
    assert "\u015e" not in text and "\u0162" not in text and "\u015f" not in text


def test_qr_code_holds_exactly_the_verification_url(tmp_path):
    cert = _issue("sv", ("Åsa", "Öberg"))
    assert qr_codes(pdf.render_certificate_pdf(cert), tmp_path) == [
        f"{PUBLIC}/en/certificate/{cert.certificate_id}/"
    ]


def test_a_chinese_name_on_an_english_certificate_keeps_its_glyphs():
    cert = _issue("en", ("小明", "王"))
    text = pdf_text(pdf.render_certificate_pdf(cert))
    assert "小明 王" in text and "Certificate of Completion" in text


def test_signature_logo_and_background_are_drawn(tmp_path):
    cert = _issue("en", ("Ada", "Lovelace"))
    plain = pdf.render_certificate_pdf(cert)
    assert pdf_image_count(plain, tmp_path) == 0
    course = cert.course
    attach(course.course_convener.signature, "signature.png", png(300, 90))
    attach(course.certifying_organisation.logo, "logo.png", png(200, 200, (88, 150, 50)))
    attach(course.template, "template.png", png(842, 595, (230, 230, 200)))
    cert = Certificate.objects.get(pk=cert.pk)
    data = pdf.render_certificate_pdf(cert)
    assert pdf_image_count(data, tmp_path) == 3
    assert len(data) <= MAX_BYTES
    assert "Ada Lovelace" in pdf_text(data)
    assert qr_codes(data, tmp_path) == [verification_url(cert.certificate_id)]


def test_a_large_background_is_scaled_down(tmp_path):
    import io

    from PIL import Image

    cert = _issue("en", ("Ada", "Lovelace"))
    gradient = Image.linear_gradient("L").resize((3508, 2480)).convert("RGB")
    buffer = io.BytesIO()
    gradient.save(buffer, "PNG")
    attach(cert.course.template, "a4-300dpi.png", buffer.getvalue())
    cert = Certificate.objects.get(pk=cert.pk)
    pdf.render_certificate_pdf(cert)
    started = time.perf_counter()
    data = pdf.render_certificate_pdf(cert)
    assert time.perf_counter() - started < 0.2
    assert pdf_image_count(data, tmp_path) == 1
    assert len(data) <= MAX_BYTES
    assert qr_codes(data, tmp_path) == [verification_url(cert.certificate_id)]


def test_an_unreadable_image_is_left_out(tmp_path):
    cert = _issue("en", ("Ada", "Lovelace"))
    attach(cert.course.course_convener.signature, "broken.png", b"not an image")
    cert = Certificate.objects.get(pk=cert.pk)
    assert pdf_image_count(pdf.render_certificate_pdf(cert), tmp_path) == 0


def test_very_long_names_and_competence_fit():
    cert = _issue("ro", ("Ana-" + "Maria" * 28, "Popescu" * 21))
    cert.course.trained_competence = "Analiză spațială " * 14
    text = pdf_text(pdf.render_certificate_pdf(cert)).replace("\n", " ")
    assert "Popescu" in text and "Ana-Maria" in text


def test_the_certificate_types_own_wording_on_english_certificates():
    cert = _issue("en", ("Ada", "Lovelace"))
    kind = cert.certificate_type
    kind.wording = "has shown outstanding skill in"
    kind.save()
    text = pdf_text(pdf.render_certificate_pdf(Certificate.objects.get(pk=cert.pk)))
    assert "has shown outstanding skill in" in text
    ro = _issue("ro", ("Ana", "Pop"))
    assert "a absolvit cu succes cursul" in pdf_text(pdf.render_certificate_pdf(ro))


def test_fast_enough_for_a_batch():
    cert = _issue("ro", ("Ștefan", "Țurcanu"))
    pdf.render_certificate_pdf(cert)
    started = time.perf_counter()
    for _ in range(20):
        pdf.render_certificate_pdf(cert)
    per_pdf = (time.perf_counter() - started) / 20
    assert per_pdf < 0.05, f"{per_pdf * 1000:.1f} ms per PDF"


@pytest.mark.parametrize("language", ["en", "ro", "zh_TW"])
def test_organisation_certificate(language, tmp_path):
    org = certified_org(credits=0, name=f"Open Maps Țara {language}")
    oc = OrganisationCertificate.objects.create(
        organisation=org.organisation,
        number=900 + len(language),
        certificate_id=f"QGIS-ORG-{900 + len(language)}",
        issued_at=timezone.now(),
        language=language,
    )
    data = pdf.render_organisation_certificate_pdf(oc)
    text = pdf_text(data)
    assert org.organisation.name in text and oc.certificate_id in text
    expected = {
        "en": "is authorised to provide QGIS training and certification",
        "ro": "este autorizată să ofere instruire și certificare QGIS",
        "zh_TW": "獲授權提供 QGIS 培訓與認證",
    }[language]
    assert expected in text
    assert len(data) <= MAX_BYTES
    assert qr_codes(data, tmp_path) == [organisation_verification_url(oc.certificate_id)]
    assert org.organisation.name in pdf_info(data, tmp_path)["Title"]


def test_noto_embedded_without_hinting_same_outlines_and_widths():
    import io

    from certificates import fonts, ttf_strip
    from reportlab.pdfbase.ttfonts import TTFontFile

    raw = (fonts.NOTO_DIR / "NotoSerif-Bold.ttf").read_bytes()
    stripped = ttf_strip.unhinted(raw)
    assert len(stripped) < len(raw) * 0.8
    tables = ttf_strip._tables(stripped)
    assert not ttf_strip.HINTING_TABLES & set(tables)
    before, after = TTFontFile(io.BytesIO(raw)), TTFontFile(io.BytesIO(stripped))
    text = "Ștefan Țurcanu Åsa Öberg QGIS-1234"
    assert [before.charWidths.get(ord(c)) for c in text] == [
        after.charWidths.get(ord(c)) for c in text
    ]
    ttlib = pytest.importorskip("fontTools.ttLib")
    old, new = ttlib.TTFont(io.BytesIO(raw)), ttlib.TTFont(io.BytesIO(stripped))
    for name in old.getGlyphOrder()[:400]:
        a, b = old["glyf"][name], new["glyf"][name]
        if a.numberOfContours > 0:
            assert list(a.coordinates) == list(b.coordinates), name
            assert list(a.endPtsOfContours) == list(b.endPtsOfContours), name


def test_every_label_in_the_four_languages_romanian_with_comma_below():
    from pathlib import Path

    from certificates import labels

    cedillas = set("\u015e\u015f\u0162\u0163")
    for key, texts in labels.LABELS.items():
        assert set(texts) == set(labels.LANGUAGES), key
        assert all(texts.values()), key
        assert not cedillas & set(texts["ro"]), key
    templates = Path(labels.__file__).parent / "templates" / "certificates" / "email"
    for language in ("en", "ro", "sv", "zh-hant"):
        for name in ("certificate_subject.txt", "certificate_body.txt"):
            text = (templates / language / name).read_text(encoding="utf-8")
            assert not cedillas & set(text), (language, name)
