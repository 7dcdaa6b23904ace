"""Which feed URLs may become links and layer actions: only web pages, never scripts or files."""

from __future__ import annotations

import pytest

from certification_plugin.layers.safety import safe_web_url


@pytest.mark.parametrize(
    "url",
    [
        "https://certification.qgis.org/en/certifyingorganisation/kartoza/",
        "http://127.0.0.1:8000/en/certifyingorganisation/a/course/b/",
        "HTTPS://Example.ORG",
        "https://example.org/path?query=1&b=%20#frag",
        "https://example.org?only=query",
        "https://example.org/a@b/c",  # '@' in the path is not a user part
        "https://xn--bcher-kva.example/",
        "https://例え.jp/パス",  # non-ASCII: the full check decides
    ],
)
def test_web_pages_are_kept_as_given(url: str) -> None:
    assert safe_web_url(url) == url
    assert safe_web_url(f"  {url}\n") == url


def test_a_bare_host_name_gets_https() -> None:
    assert safe_web_url("www.example.org/courses") == "https://www.example.org/courses"


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "   ",
        "javascript:alert(1)",
        "JavaScript://example.org/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "mailto:someone@example.org",
        "ftp://example.org/",
        "https://user:secret@example.org/",
        "https://user@example.org/",
        "https://example.org/a b",
        "https://example.org/a\tb",
        "https://exa\nmple.org/",
        "https:///no-host",
        "https://",
        "//example.org/relative",
        "/en/relative/",
        "https://example.org/" + "a" * 2000,
    ],
)
def test_everything_else_is_dropped(url: object) -> None:
    assert safe_web_url(url) == ""  # type: ignore[arg-type]
