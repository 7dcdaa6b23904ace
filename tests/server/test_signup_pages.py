"""django-allauth's pages as served here: on the site's layout, within the Content-Security-
Policy (no inline style attributes, every inline block with the response's nonce), and never a
5xx for hostile input in forms, query strings or the keys of e-mailed links (SQLite and,
through scripts/with-postgres.sh, PostgreSQL, which refuses NUL bytes and big integers)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client

from tests.server.test_hostile_input import HOSTILE

pytestmark = pytest.mark.django_db

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
INLINE_ATTRIBUTE = re.compile(r"""\s(style|on[a-z]+)\s*=\s*["']""", re.IGNORECASE)
INLINE_BLOCK = re.compile(r"<(script|style)\b([^>]*)>", re.IGNORECASE)
NONCE = re.compile(r"'nonce-([^']+)'")

ANONYMOUS_PAGES = (
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/key/done/",
    "/accounts/password/reset/key/1-not-a-key/",
    "/accounts/confirm-email/",
    "/accounts/confirm-email/not-a-key/",
    "/accounts/inactive/",
)
SIGNED_IN_PAGES = ("/accounts/logout/", "/accounts/email/", "/accounts/password/set/")

#: Each form and its fields: every field gets each hostile value in turn.
FORMS = {
    "/accounts/login/": ("login", "password", "next", "remember"),
    "/accounts/signup/": ("username", "email", "password1", "password2", "next"),
    "/accounts/password/reset/": ("email",),
    "/accounts/confirm-email/not-a-key/": ("key",),
}


def assert_on_the_site_and_within_the_policy(response, path: str) -> None:
    assert response.status_code == 200, path
    page = response.content.decode()
    assert "<header>" in page and 'href="/">QGIS Certification</a>' in page, path
    assert re.search(r"<title>\s*\S[^<]*· QGIS Certification</title>", page), path
    assert not INLINE_ATTRIBUTE.findall(page), (path, INLINE_ATTRIBUTE.findall(page))
    (nonce,) = set(NONCE.findall(response["Content-Security-Policy"]))  # script and style
    for match in INLINE_BLOCK.finditer(page):
        attributes = match.group(2)
        if "src=" in attributes or 'type="application/json"' in attributes:
            continue  # from 'self', or data the browser does not run
        assert f'nonce="{nonce}"' in attributes, (path, match.group(0))


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_anonymous_pages(path):
    assert_on_the_site_and_within_the_policy(Client(HTTP_ACCEPT=BROWSER).get(path), path)


@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_signed_in_pages(catalogue_factory, path):
    client = Client(HTTP_ACCEPT=BROWSER)
    client.force_login(catalogue_factory.user("olga"))  # no usable password: "set" applies
    response = client.get(path)
    assert_on_the_site_and_within_the_policy(response, path)
    assert "olga" in response.content.decode()  # the header names who is signed in


def test_the_sign_in_page_links_sign_up_and_password_reset():
    page = Client(HTTP_ACCEPT=BROWSER).get("/accounts/login/").content.decode()
    assert 'href="/accounts/signup/' in page and 'href="/accounts/password/reset/"' in page


def test_a_form_with_errors_stays_within_the_policy():
    response = Client(HTTP_ACCEPT=BROWSER).post(
        "/accounts/signup/", {"username": "x", "email": "not-an-address"}
    )
    assert b"errorlist" in response.content
    assert_on_the_site_and_within_the_policy(response, "signup with errors")


# --- hostile input --------------------------------------------------------------------------


def _post_raw(client: Client, path: str, body: str):
    return client.generic(
        "POST", path, body.encode("ascii"), content_type="application/x-www-form-urlencoded"
    )


def test_hostile_form_values_never_crash():
    client = Client(HTTP_ACCEPT=BROWSER)
    client.raise_request_exception = False
    crashed, sent = [], 0
    for path, fields in FORMS.items():
        for field in fields:
            for name, value in HOSTILE.items():
                others = "&".join(f"{f}=x" for f in fields if f != field)
                status = _post_raw(client, path, f"{field}={value}&{others}").status_code
                sent += 1
                if status >= 500:
                    crashed.append(f"POST {path} {field}={name}: {status}")
    print(f"{sent} hostile form posts on {connection.vendor}: {len(crashed)} answered >= 500")
    assert not crashed, "\n".join(crashed)


def test_hostile_query_strings_never_crash():
    client = Client(HTTP_ACCEPT=BROWSER)
    client.raise_request_exception = False
    crashed, sent = [], 0
    for path in ANONYMOUS_PAGES:
        for name, value in HOSTILE.items():
            status = client.get(f"{path}?next={value}").status_code
            sent += 1
            if status >= 500:
                crashed.append(f"GET {path}?next={name}: {status}")
    print(f"{sent} hostile query strings on {connection.vendor}: {len(crashed)} answered >= 500")
    assert not crashed, "\n".join(crashed)


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/confirm-email/" + "a" * 5000 + "/",
        "/accounts/confirm-email/:::/",
        "/accounts/confirm-email/-1/",
        "/accounts/confirm-email/MQ:1abcde:" + "x" * 43 + "/",
        "/accounts/password/reset/key/" + "z" * 40 + "-abc/",
        "/accounts/password/reset/key/zzzzzzzzzzzzz-abc/",
        "/accounts/password/reset/key/0-" + "k" * 5000 + "/",
        "/accounts/password/reset/key/1-set-password/",
        "/accounts/password/reset/key/1-%00/",
        "/accounts/password/reset/key/1-%C2%85/",
    ],
    ids=lambda p: p[:60],
)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_hostile_link_keys_answer_4xx_or_the_bad_link_page(catalogue_factory, path, method):
    catalogue_factory.user("pat")
    client = Client(HTTP_ACCEPT=BROWSER)
    client.raise_request_exception = False
    response = client.generic(method, path)
    assert response.status_code in {200, 302, 400, 404}, response.status_code
    if response.status_code == 200:
        assert b"<header>" in response.content
