"""Escaping of network text, safe links, ellipsoidal distances and the version source."""

from __future__ import annotations

import pytest

from certification_plugin.core import escape, geo, versioning

HOSTILE = "<b>Bold</b> & \"Quoted\" 'GIS' <script>alert('x')</script>"


def test_html_escape_neutralises_markup():
    out = escape.html_escape(HOSTILE)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out
    assert out.startswith("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Quoted&quot; &#x27;GIS&#x27;")
    assert escape.html_escape(None) == ""
    assert escape.html_escape("臺北 ăâîșț") == "臺北 ăâîșț"


def test_html_text_keeps_line_breaks_after_escaping():
    assert escape.html_text("A <1>\r\nB\rC\nD") == "A &lt;1&gt;<br>B<br>C<br>D"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/path?q=1&x=<2>",
        "http://127.0.0.1:8000/",
        "  https://example.org/  ",
        "mailto:info@example.org",
        "HTTPS://EXAMPLE.ORG",
    ],
)
def test_safe_urls(url):
    assert escape.safe_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert('x')",
        "JavaScript:alert(1)",
        "java\nscript:alert(1)",
        "java\tscript:alert(1)",
        " \x00javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//evil.example.org/",
        "https:///nohost",
        "https://exa mple.org/",
        "mailto:not-an-address",
        "example.org",
        "",
        None,
        42,
    ],
)
def test_unsafe_urls_are_refused(url):
    assert escape.safe_url(url) is None


def test_html_link_escapes_text_and_href_and_drops_unsafe_targets():
    link = escape.html_link('https://example.org/?a=1&b="2"', HOSTILE)
    assert link.startswith('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
    assert 'rel="noopener noreferrer"' in link and "<script>" not in link
    assert escape.html_link("javascript:alert('x')") == "javascript:alert(&#x27;x&#x27;)"
    assert "<a" not in escape.html_link("javascript:alert(1)", "click")


def test_mail_links():
    assert escape.html_mail_link("info@example.org") == (
        '<a href="mailto:info@example.org">info@example.org</a>'
    )
    assert escape.html_mail_link("<b>x</b>@evil") == "&lt;b&gt;x&lt;/b&gt;@evil"
    assert escape.mailto_url("a b@example.org") is None


def dms(degrees: int, minutes: int, seconds: float) -> float:
    return degrees + minutes / 60 + seconds / 3600


def test_vincenty_matches_the_published_flinders_peak_to_buninyong_example():
    flinders = (dms(144, 25, 29.52440), -dms(37, 57, 3.72030))
    buninyong = (dms(143, 55, 35.38390), -dms(37, 39, 10.15610))
    assert geo.vincenty_m(flinders, buninyong) == pytest.approx(54972.271, abs=0.001)


def test_bucharest_to_stockholm():
    bucharest, stockholm = (26.1025, 44.4268), (18.0686, 59.3293)
    km = geo.distance_km(bucharest, stockholm)
    # Geodesic on WGS84 (Karney's algorithm, PROJ's geod) gives 1744.963 km; a sphere is off
    # by several km.
    assert km == pytest.approx(1744.963, abs=0.001)
    assert abs(geo.haversine_m(bucharest, stockholm) / 1000 - km) > 1
    assert geo.distance_from(bucharest)(stockholm) == km


def test_equator_same_point_and_antipodes():
    assert geo.distance_km((10, 0), (20, 0)) == pytest.approx(1113.195, abs=0.001)
    assert geo.distance_km((5, 5), (5, 5)) == 0.0
    # Nearly antipodal: Vincenty does not converge; the spherical fallback stays within
    # 0.5 % of the geodesic (19985.791 km by Karney's algorithm, PROJ's geod).
    km = geo.distance_km((0, 0), (179.7, 0.1))
    assert geo.vincenty_m((0, 0), (179.7, 0.1)) is None
    assert km == pytest.approx(19985.791, rel=0.005)


def test_version_comes_from_metadata(tmp_path):
    metadata = tmp_path / "metadata.txt"
    metadata.write_text("[general]\nname=X\nversion= 1.2.3 \nabout=a % b\n", encoding="utf-8")
    assert versioning.read_version(metadata) == "1.2.3"
    metadata.write_text("[general]\nname=X\n", encoding="utf-8")
    assert versioning.read_version(metadata) == "0.0.0"
    assert versioning.read_version(tmp_path / "missing.txt") == "0.0.0"
    metadata.write_bytes(b"\xff\xfe garbage")
    assert versioning.read_version(metadata) == "0.0.0"


def test_installed_plugin_version_is_the_metadata_line():
    text = versioning.METADATA_FILE.read_text(encoding="utf-8")
    line = next(li for li in text.splitlines() if li.startswith("version="))
    assert versioning.plugin_version() == line.split("=", 1)[1].strip()
