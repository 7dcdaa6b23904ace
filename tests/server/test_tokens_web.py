"""The token web page (login, create shown once, list, revoke), the admin and the commands."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from accounts.models import ApiToken, hash_key
from django.core.management import CommandError, call_command
from django.test import Client

pytestmark = pytest.mark.django_db

TOKENS = "/accounts/tokens/"
KEY_RE = re.compile(r"qct_[0-9a-f]{8}_[A-Za-z0-9_-]{20,}")


@pytest.fixture
def alice(catalogue_factory):
    return catalogue_factory.user("alice")


@pytest.fixture
def alice_client(alice) -> Client:
    client = Client()
    client.force_login(alice)
    return client


def test_login_required(client):
    response = client.get(TOKENS)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/tokens/"


def test_login_page_with_csrf_then_tokens(catalogue_factory):
    catalogue_factory.user("carol", password="Correct-horse-9")
    client = Client(enforce_csrf_checks=True)
    page = client.get("/accounts/login/?next=/accounts/tokens/")
    assert page.status_code == 200
    assert b'name="csrfmiddlewaretoken"' in page.content
    # without the CSRF token the form is refused
    refused = client.post("/accounts/login/", {"login": "carol", "password": "Correct-horse-9"})
    assert refused.status_code == 403
    csrf = client.cookies["csrftoken"].value
    wrong = client.post(
        "/accounts/login/",
        {"login": "carol", "password": "nope", "csrfmiddlewaretoken": csrf},
    )
    assert wrong.status_code == 200 and b"are not correct" in wrong.content
    ok = client.post(
        "/accounts/login/",
        {
            "login": "carol",
            "password": "Correct-horse-9",
            "csrfmiddlewaretoken": csrf,
            "next": "/accounts/tokens/",
        },
    )
    assert ok.status_code == 302 and ok["Location"] == "/accounts/tokens/"
    assert client.get(TOKENS).status_code == 200


def test_create_shows_the_key_exactly_once(alice_client, alice):
    response = alice_client.post(TOKENS, {"name": "QGIS laptop", "days": "30"})
    assert response.status_code == 201
    assert "no-store" in response["Cache-Control"]
    keys = KEY_RE.findall(response.content.decode())
    assert len(set(keys)) == 1
    key = keys[0]
    token = ApiToken.objects.get(user=alice)
    assert token.name == "QGIS laptop" and token.key_hash == hash_key(key)
    assert 29 <= (token.expires_at - token.created_at).days <= 30
    # the key works on the API
    assert alice_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 200
    # and is never shown again: the list shows the prefix only
    again = alice_client.get(TOKENS)
    html = again.content.decode()
    assert key not in html and key.split("_", 2)[2] not in html
    assert token.prefix in html and "QGIS laptop" in html


def test_list_shows_only_own_tokens_with_their_state(alice_client, alice, catalogue_factory):
    other = catalogue_factory.user("bob")
    ApiToken.issue(other, "bob's secret tool")
    revoked, _key = ApiToken.issue(alice, "old one")
    revoked.revoke()
    ApiToken.issue(alice, "current")
    html = alice_client.get(TOKENS).content.decode()
    assert "bob&#x27;s secret tool" not in html and "bob's secret tool" not in html
    assert "old one" in html and "current" in html
    assert "revoked" in html and "active" in html


def test_token_name_is_escaped(alice_client, alice):
    ApiToken.issue(alice, '<script>alert("x")</script>')
    html = alice_client.get(TOKENS).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "data",
    [
        {"name": "x", "days": "400"},
        {"name": "x", "days": "0"},
        {"name": " ", "days": "9"},
        {"name": "x", "days": "soon"},
        {},
    ],
)
def test_invalid_form_creates_nothing(alice_client, data):
    response = alice_client.post(TOKENS, data)
    assert response.status_code == 400
    assert ApiToken.objects.count() == 0
    assert not KEY_RE.search(response.content.decode())


def test_revoke_own_token(alice_client, alice):
    token, key = ApiToken.issue(alice, "to revoke")
    response = alice_client.post(f"{TOKENS}{token.pk}/revoke/")
    assert response.status_code == 302 and response["Location"] == TOKENS
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert alice_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401
    # revoking again keeps the first time
    first = token.revoked_at
    alice_client.post(f"{TOKENS}{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at == first


def test_cannot_revoke_another_users_token(alice_client, catalogue_factory):
    bob_token, _key = ApiToken.issue(catalogue_factory.user("bob"), "bob's")
    response = alice_client.post(f"{TOKENS}{bob_token.pk}/revoke/")
    assert response.status_code == 404
    bob_token.refresh_from_db()
    assert bob_token.revoked_at is None


def test_revoke_needs_post_and_csrf(alice, catalogue_factory):
    token, _key = ApiToken.issue(alice, "x")
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.get(f"{TOKENS}{token.pk}/revoke/").status_code == 405
    assert client.post(f"{TOKENS}{token.pk}/revoke/").status_code == 403
    token.refresh_from_db()
    assert token.revoked_at is None


def test_logout(alice_client):
    response = alice_client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert alice_client.get(TOKENS).status_code == 302


# --- admin ---------------------------------------------------------------------------------


def test_admin_lists_and_revokes_without_showing_keys(catalogue_factory, alice):
    admin = catalogue_factory.user("root", is_staff=True, is_superuser=True)
    token, key = ApiToken.issue(alice, "laptop")
    client = Client()
    client.force_login(admin)
    listing = client.get("/admin/accounts/apitoken/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert token.prefix in html and key not in html and token.key_hash not in html
    change = client.get(f"/admin/accounts/apitoken/{token.pk}/change/").content.decode()
    assert key not in change and token.key_hash not in change
    assert client.get("/admin/accounts/apitoken/add/").status_code == 403
    response = client.post(
        "/admin/accounts/apitoken/",
        {"action": "revoke_tokens", "_selected_action": [str(token.pk)]},
    )
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None


# --- manage.py -----------------------------------------------------------------------------


def test_create_api_token_command_prints_the_key_once(alice, client):
    out = StringIO()
    call_command("create_api_token", "alice", "--name", "CI", "--days", "7", stdout=out)
    key = out.getvalue().strip()
    assert KEY_RE.fullmatch(key)
    token = ApiToken.objects.get(user=alice)
    assert token.name == "CI" and token.key_hash == hash_key(key)
    assert 6 <= (token.expires_at - token.created_at).days <= 7
    assert (
        client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").json()["username"] == "alice"
    )


def test_create_api_token_command_errors(alice):
    with pytest.raises(CommandError, match="No user"):
        call_command("create_api_token", "nobody", stdout=StringIO())
    with pytest.raises(CommandError, match="365"):
        call_command("create_api_token", "alice", "--days", "366", stdout=StringIO())
    assert ApiToken.objects.count() == 0


def test_revoke_api_token_command(alice, client):
    token, key = ApiToken.issue(alice, "x")
    out = StringIO()
    call_command("revoke_api_token", token.prefix, stdout=out)
    assert "Revoked" in out.getvalue()
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401
    out = StringIO()
    call_command("revoke_api_token", key, stdout=out)  # the whole key works as well
    assert "already" in out.getvalue()
    with pytest.raises(CommandError, match="No token"):
        call_command("revoke_api_token", "deadbeef", stdout=StringIO())
