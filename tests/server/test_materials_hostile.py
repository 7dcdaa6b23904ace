"""Hostile multipart bodies against the upload endpoint: always a JSON 4xx, never a 500.

Raw bodies, as a broken or malicious client sends them: no boundary, a truncated body, huge
part headers, thousands of fields, too many files, bad encodings, lying lengths, names that
try to climb out of folders. The suite runs on SQLite and (scripts/with-postgres.sh) on
PostgreSQL, where NUL characters and unpaired surrogates used to reach the driver.
(tests/server/test_hostile_input.py covers hostile query strings on every endpoint.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from applications.models import Material
from django.test import Client

from tests.server.materials_helpers import build_world, pdf, stored_files, upload

pytestmark = pytest.mark.django_db

B = "hostile-boundary-1234"
MULTIPART = f"multipart/form-data; boundary={B}"


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.APPLICATION_MAX_FILE_BYTES = 100_000
    return settings.MEDIA_ROOT


@pytest.fixture
def world(catalogue_factory, media):
    return build_world(catalogue_factory)


def part(
    name: str, value: bytes, filename: str | bytes | None = None, headers: bytes = b""
) -> bytes:
    disposition = f'form-data; name="{name}"'.encode()
    if filename is not None:
        raw = filename.encode() if isinstance(filename, str) else filename
        disposition += b'; filename="' + raw + b'"'
    return (
        f"--{B}\r\n".encode()
        + b"Content-Disposition: "
        + disposition
        + b"\r\n"
        + headers
        + b"\r\n"
        + value
        + b"\r\n"
    )


def body(*parts: bytes, end: bool = True) -> bytes:
    return b"".join(parts) + (f"--{B}--\r\n".encode() if end else b"")


FIELDS = part("part", b"lectures") + part("course", b"c1")
GOOD_FILE = part("file", pdf(), "a.pdf", b"Content-Type: application/pdf\r\n")

CASES = {
    "no-boundary": ("multipart/form-data", body(FIELDS, GOOD_FILE)),
    "empty-boundary": ("multipart/form-data; boundary=", body(FIELDS, GOOD_FILE)),
    "boundary-too-long": ("multipart/form-data; boundary=" + "x" * 300, body(FIELDS)),
    "boundary-non-ascii": ("multipart/form-data; boundary=\u00e9\u00e9", body(FIELDS)),
    "other-boundary": ("multipart/form-data; boundary=not-the-one", body(FIELDS, GOOD_FILE)),
    "empty-body": (MULTIPART, b""),
    "garbage": (MULTIPART, b"\x00\xff" * 5000),
    "only-preamble": (MULTIPART, b"hello, this is not multipart\r\n"),
    "truncated-in-file": (MULTIPART, body(FIELDS, GOOD_FILE, end=False)[:-30]),
    "truncated-in-headers": (MULTIPART, f"--{B}\r\nContent-Disposition: form-da".encode()),
    "no-end-boundary": (MULTIPART, body(FIELDS, GOOD_FILE, end=False)),
    "no-disposition": (MULTIPART, f"--{B}\r\nX-Nothing: 1\r\n\r\nvalue\r\n--{B}--\r\n".encode()),
    "huge-part-header": (
        MULTIPART,
        body(part("file", pdf(), "a.pdf", b"X-Long: " + b"a" * 200_000 + b"\r\n"), FIELDS),
    ),
    "many-headers": (
        MULTIPART,
        body(part("file", pdf(), "a.pdf", b"".join(b"X-%d: 1\r\n" % i for i in range(5000)))),
    ),
    "bad-base64": (
        MULTIPART,
        body(
            FIELDS,
            part("file", b"!!!not base64!!!", "a.pdf", b"Content-Transfer-Encoding: base64\r\n"),
        ),
    ),
    "too-many-fields": (MULTIPART, body(*(part(f"f{i}", b"x") for i in range(1200)), FIELDS)),
    "huge-field": (MULTIPART, body(FIELDS, part("checks", b"{" + b" " * 3_000_000 + b"}"))),
    "too-many-files": (
        MULTIPART,
        body(FIELDS, *(part("file", pdf(marker=b"%d" % i), f"{i}.pdf") for i in range(150))),
    ),
    "file-in-another-field": (MULTIPART, body(FIELDS, part("other", pdf(), "a.pdf"))),
    "file-as-plain-field": (MULTIPART, body(FIELDS, part("file", pdf()))),
    "nul-in-course": (
        MULTIPART,
        body(part("part", b"lectures"), part("course", b"c\x001"), GOOD_FILE),
    ),
    "nul-in-part": (
        MULTIPART,
        body(part("part", b"lect\x00ures"), part("course", b"c1"), GOOD_FILE),
    ),
    "surrogate-in-checks": (
        MULTIPART,
        body(FIELDS, GOOD_FILE, part("checks", b'{"a": "\\udfff"}')),
    ),
    "nul-in-checks": (MULTIPART, body(FIELDS, GOOD_FILE, part("checks", b'{"\\u0000": 1}'))),
    "no-extension-after-cleaning": (MULTIPART, body(FIELDS, part("file", pdf(), "../../.."))),
    "invalid-utf8-filename": (MULTIPART, body(FIELDS, part("file", b"x,y\n", b"\xff\xfe.exe"))),
    "over-the-limit": (MULTIPART, body(FIELDS, part("file", pdf(300_000), "a.pdf"))),
    "json-body": ("application/json", b'{"file": "a.pdf", "part": "lectures"}'),
    "urlencoded": ("application/x-www-form-urlencoded", b"part=lectures&course=c1&file=a.pdf"),
    "no-content-type": ("", body(FIELDS, GOOD_FILE)),
}


#: Odd but harmless: accepted, with what is stored made safe.
ACCEPTED = {
    "unknown-charset": (MULTIPART + "; charset=utf-99", body(FIELDS, GOOD_FILE)),
    "nameless-part": (MULTIPART, body(part("", b"x"), FIELDS, GOOD_FILE)),
    "nul-in-filename": (MULTIPART, body(FIELDS, part("file", pdf(), "a\x00.pdf"))),
    "invalid-utf8-checks": (
        MULTIPART,
        body(FIELDS, GOOD_FILE, part("checks", b'{"a": "\xff\xfe"}')),
    ),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_odd_but_harmless_multipart_is_stored_safely(world, media, case):
    content_type, raw = ACCEPTED[case]
    response = world.clients["owner"].generic("POST", world.base, raw, content_type=content_type)
    assert response.status_code == 201, (case, response.content[:300])
    material = Material.objects.get()
    assert material.filename == "a.pdf"
    assert material.checks in (None, {"a": "\ufffd\ufffd"})
    assert len(stored_files(media)) == 1


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_multipart_is_a_json_4xx(world, media, case):
    content_type, raw = CASES[case]
    response = world.clients["owner"].generic("POST", world.base, raw, content_type=content_type)
    assert 400 <= response.status_code < 500, (case, response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json"), case
    assert set(response.json()) >= {"detail", "code"}
    assert stored_files(media) == [] and not Material.objects.exists()


@pytest.mark.parametrize(
    ("length", "expected"),
    [("-1", 400), ("abc", 400), ("99999999999999999999", 413), ("0", 400)],
)
def test_lying_content_length(world, media, length, expected):
    raw = body(FIELDS, GOOD_FILE)
    response = world.clients["owner"].generic(
        "POST", world.base, raw, content_type=MULTIPART, CONTENT_LENGTH=length
    )
    assert response.status_code == expected, response.content[:300]
    assert stored_files(media) == []


def test_names_that_climb_out_are_stored_safely(world, media):
    raw = body(FIELDS, part("file", pdf(), "..\\..\\..\\etc/../../passwd.pdf"))
    response = world.clients["owner"].generic("POST", world.base, raw, content_type=MULTIPART)
    assert response.status_code == 201, response.content
    assert response.json()["filename"] == "passwd.pdf"
    [stored] = stored_files(media)
    assert media in stored.parents


def test_a_session_upload_without_csrf_token_is_refused(world, media):
    """Sessions need the CSRF token; the CSRF check reads the body through our handler."""
    browser = Client(enforce_csrf_checks=True, HTTP_ACCEPT="application/json")
    browser.force_login(world.owner)
    for size in (1_000, 300_000):
        raw = body(FIELDS, part("file", pdf(size), "a.pdf"))
        response = browser.generic("POST", world.base, raw, content_type=MULTIPART)
        assert response.status_code in (403, 413), response.content[:300]
    assert stored_files(media) == []


def test_hostile_query_strings_on_the_material_reads(world, media):
    """The owner's list and download with every hostile value of test_hostile_input: no 5xx,
    and a 400 names ``format``."""
    from tests.server.test_hostile_input import HOSTILE

    material = world.post(file=upload("a.pdf", pdf())).json()
    owner = world.clients["owner"]
    for path in (world.base, f"{world.base}{material['id']}/download/"):
        for name, value in HOSTILE.items():
            for query in (f"format={value}", f"page={value}", f"{value}=1"):
                response = owner.get(f"{path}?{query}")
                assert response.status_code < 500, (path, name, query)
                if response.status_code == 400:
                    assert list(response.json()["errors"]) == ["format"], (path, query)
