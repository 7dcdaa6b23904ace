"""Content-Security-Policy and Permissions-Policy on the pages, the admin and the API docs.

The CSP is strict (no 'unsafe-inline' or 'unsafe-eval' for scripts): every inline ``<script>``
and ``<style>`` a page carries must hold the response's nonce (or, for the admin's one fixed
style, a hash the policy lists), and every external script must come from this origin, or the
browser would refuse it. JSON answers keep their shape.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import django
import pytest
from catalogue.models import CertifyingOrganisation, Course
from django.urls import reverse

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

pytestmark = pytest.mark.django_db


class InlineParts(HTMLParser):
    """Collects inline scripts and styles (with their nonce) and external script sources."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inline: list[tuple[str, str | None, str]] = []  # (tag, nonce, content)
        self.external_scripts: list[str] = []
        self._open: tuple[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and attributes.get("src"):
            self.external_scripts.append(str(attributes["src"]))
        elif tag in ("script", "style"):
            self._open = (tag, attributes.get("nonce"))
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == self._open[0]:
            self.inline.append((self._open[0], self._open[1], "".join(self._text)))
            self._open = None


def policy_of(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def sha256_source(text: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def assert_page_obeys_its_policy(response) -> InlineParts:
    assert response.status_code == 200, response.status_code
    policy = policy_of(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    for directive in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[directive]
    assert "'unsafe-eval'" not in policy["script-src"]
    parts = InlineParts()
    parts.feed(response.content.decode())
    for tag, nonce, content in parts.inline:
        sources = policy[f"{tag}-src"]
        allowed = (nonce and f"'nonce-{nonce}'" in sources) or sha256_source(content) in sources
        assert allowed, f"inline <{tag}> not covered by the policy: {content[:80]!r}"
    for src in parts.external_scripts:
        assert src.startswith("/") and not src.startswith("//"), src
    return parts


@pytest.fixture
def browser(client):
    client.defaults["HTTP_ACCEPT"] = BROWSER_ACCEPT
    return client


def test_site_pages_carry_the_nonce_on_their_inline_style(browser, catalogue_factory):
    course = catalogue_factory.course()
    pages = [
        "/",
        reverse("accounts:login"),
        f"/en/certifyingorganisation/{course.certifying_organisation.slug}/",
        "/en/feed/upcoming-course/",  # a feed asked for by a browser: an HTML page
        "/en/certificate/QGIS-1/",
    ]
    for url in pages:
        parts = assert_page_obeys_its_policy(browser.get(url))
        assert any(tag == "style" for tag, _n, _c in parts.inline), url


def test_each_response_gets_its_own_nonce(browser):
    first = policy_of(browser.get("/"))["style-src"]
    second = policy_of(browser.get("/"))["style-src"]
    nonces = [s for s in first + second if s.startswith("'nonce-")]
    assert len(nonces) == 2 and nonces[0] != nonces[1]


def test_the_token_page_obeys_the_policy(browser, catalogue_factory):
    browser.force_login(catalogue_factory.user("ana"))
    assert_page_obeys_its_policy(browser.get(reverse("accounts:tokens")))


def test_admin_pages_work_under_the_policy(admin_client, catalogue_factory):
    course = catalogue_factory.course()
    organisation = course.certifying_organisation
    pages = [
        reverse("admin:index"),
        reverse("admin:catalogue_certifyingorganisation_changelist"),
        reverse("admin:catalogue_certifyingorganisation_change", args=[organisation.pk]),
        reverse("admin:catalogue_certifyingorganisation_add"),  # prepopulated slug script
        reverse("admin:catalogue_course_change", args=[Course.objects.get().pk]),
        reverse("admin:accounts_apitoken_changelist"),
    ]
    for url in pages:
        parts = assert_page_obeys_its_policy(admin_client.get(url))
        assert parts.external_scripts, url  # the admin's JavaScript is there, from /static/


def test_admin_login_page_obeys_the_policy(client):
    assert_page_obeys_its_policy(client.get("/admin/login/"))


def test_admin_changelist_inline_style_is_allowed_by_hash(settings):
    """The admin's only fixed inline style (change lists without actions) is in the policy."""
    template = Path(django.__file__).parent / "contrib/admin/templates/admin/change_list.html"
    style = re.search(r"<style>(.*?)</style>", template.read_text(), re.S)
    assert style is not None
    policy = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    assert sha256_source(style.group(1)) in policy


def test_api_docs_work_under_the_policy(browser):
    response = browser.get("/api/v1/docs/")
    parts = assert_page_obeys_its_policy(response)
    scripts = [content for tag, _n, content in parts.inline if tag == "script"]
    assert len(scripts) == 1 and "SwaggerUIBundle(" in scripts[0]
    assert any("swagger-ui-bundle.js" in src for src in parts.external_scripts)
    # The Swagger UI fetches the schema from this origin and draws data: icons.
    policy = policy_of(response)
    assert policy["connect-src"] == ["'self'"] and "data:" in policy["img-src"]


def test_json_answers_keep_their_shape_and_get_no_nonce(json_client, catalogue_factory):
    catalogue_factory.course()
    for url in ("/api/v1/courses/", "/en/feed/certifyingorganisations/"):
        response = json_client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        body = json.loads(response.content)
        assert set(body) >= {"count", "next", "previous", "results"}
        assert "nonce-" not in response["Content-Security-Policy"]
    feed = json_client.get("/en/feed/upcoming-course/")
    body = json.loads(feed.content)
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 1
    assert "nonce-" not in feed["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path, accept, status",
    [
        ("/", BROWSER_ACCEPT, 200),
        ("/api/v1/", "application/json", 200),
        ("/en/feed/training-center/", "application/json", 200),
        ("/healthz", "application/json", 200),
        ("/feed/upcoming-course/", "application/json", 302),
        ("/en/certifyingorganisation/no-such-org/", BROWSER_ACCEPT, 404),
        ("/admin/", BROWSER_ACCEPT, 302),
    ],
)
def test_permissions_policy_on_every_response(client, path, accept, status):
    response = client.get(path, HTTP_ACCEPT=accept)
    assert response.status_code == status
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in policy


def test_pages_without_a_nonce_in_the_layout_would_be_refused(browser):
    """The check above can fail: a style without the nonce is reported."""
    response = browser.get("/")
    response.content = response.content.replace(b"<style nonce=", b"<style data-x=")
    with pytest.raises(AssertionError, match="not covered by the policy"):
        assert_page_obeys_its_policy(response)


def test_organisations_are_there_for_the_pages(catalogue_factory):
    """The fixture data the page tests rely on (an approved organisation with a slug)."""
    org = catalogue_factory.organisation()
    assert CertifyingOrganisation.objects.get(pk=org.pk).slug


@pytest.mark.django_db
@pytest.mark.parametrize("accept", ["text/html", "application/json", "*/*"])
def test_options_on_the_api_docs_names_the_methods(client, accept):
    # It was a 500 (TemplateDoesNotExist) for a browser-like Accept.
    response = client.options("/api/v1/docs/", HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert response["Allow"] == "GET, HEAD, OPTIONS"
