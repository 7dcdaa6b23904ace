"""Personal API tokens: storage at rest, lifetimes, and both ways of sending them."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from datetime import timedelta

import pytest
from accounts.models import ApiToken, hash_key, split_key
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

pytestmark = pytest.mark.django_db

ME = "/api/v1/me/"


@pytest.fixture
def user(catalogue_factory):
    return catalogue_factory.user("alice")


@pytest.fixture
def issued(user):
    return ApiToken.issue(user, "QGIS")


def basic(username: str, password: str) -> dict[str, str]:
    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {raw}"}


def token(key: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Token {key}"}


# --- the model -----------------------------------------------------------------------------


def test_key_shape_and_prefix(issued):
    row, key = issued
    scheme, prefix, secret = key.split("_", 2)
    assert scheme == "qct" and prefix == row.prefix and len(prefix) == 8
    assert len(secret) >= 40
    assert split_key(key) == (prefix, secret)
    assert row.key_hash == hash_key(key) and len(row.key_hash) == 64


def test_database_never_holds_the_key(issued):
    _row, key = issued
    secret = key.split("_", 2)[2]
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM accounts_apitoken")
        stored = [str(value) for record in cursor.fetchall() for value in record]
    assert stored, "the token row is there"
    assert not any(key in value or secret in value for value in stored)
    assert hash_key(key) in stored


def test_lifetime_default_and_limits(user):
    row, _key = ApiToken.issue(user, "default")
    assert timedelta(days=89, hours=23) < row.expires_at - timezone.now() <= timedelta(days=90)
    row, _key = ApiToken.issue(user, "year", days=365)
    assert row.expires_at - timezone.now() > timedelta(days=364)
    for days in (0, -1, 366, 10000):
        with pytest.raises(ValidationError):
            ApiToken.issue(user, "bad", days=days)
    with pytest.raises(ValidationError):
        ApiToken.issue(user, "   ")


def test_find(issued):
    row, key = issued
    assert ApiToken.find(key) == row
    assert ApiToken.find(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    for bad in (
        "",
        "qct",
        "qct__x",
        f"xyz_{row.prefix}_abc",
        f"qct_{row.prefix}_",
        "qct_ZZZZZZZZ_a",
    ):
        assert ApiToken.find(bad) is None


def test_revoke_is_idempotent(issued):
    row, _key = issued
    assert row.revoke() is True
    first = row.revoked_at
    assert row.revoke() is False
    row.refresh_from_db()
    assert row.revoked_at == first and not row.is_active


# --- authentication ------------------------------------------------------------------------


def test_missing_credentials_on_public_reads_are_fine(client):
    assert client.get("/api/v1/courses/").status_code == 200
    assert client.get("/api/v1/").json()["authenticated"] is False


def test_token_header(client, issued):
    response = client.get(ME, **token(issued[1]))
    assert response.status_code == 200 and response.json()["username"] == "alice"


def test_token_keyword_is_case_insensitive(client, issued):
    assert client.get(ME, HTTP_AUTHORIZATION=f"token {issued[1]}").status_code == 200


def test_basic_with_username_and_token(client, issued):
    response = client.get(ME, **basic("alice", issued[1]))
    assert response.status_code == 200 and response.json()["username"] == "alice"


def assert_401(response, code: str = "authentication_failed", scheme: str = "Token") -> None:
    assert response.status_code == 401, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail", "code"} and body["code"] == code and body["detail"]
    assert response["WWW-Authenticate"] == f'{scheme} realm="api"'


@pytest.mark.parametrize("url", [ME, "/api/v1/", "/api/v1/courses/", "/api/v1/organisations/"])
def test_wrong_token_is_401_even_on_public_reads(client, issued, url):
    assert_401(client.get(url, **token("qct_00000000_" + "x" * 43)))


def test_wrong_secret_with_a_real_prefix(client, issued):
    row, _key = issued
    assert_401(client.get(ME, **token(f"qct_{row.prefix}_{'y' * 43}")))


def test_expired_token(client, issued):
    row, key = issued
    ApiToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert_401(client.get(ME, **token(key)), code="token_expired")
    assert_401(client.get(ME, **basic("alice", key)), code="token_expired", scheme="Basic")


def test_revoked_token(client, issued):
    row, key = issued
    row.revoke()
    assert_401(client.get("/api/v1/courses/", **token(key)), code="token_revoked")


def test_basic_with_another_users_token(client, issued, catalogue_factory):
    catalogue_factory.user("mallory")
    assert_401(client.get(ME, **basic("mallory", issued[1])), scheme="Basic")
    assert_401(client.get(ME, **basic("ALICE", issued[1])), scheme="Basic")


def test_basic_never_accepts_the_account_password(client, catalogue_factory):
    catalogue_factory.user("bob", password="a-Real-password-42")
    assert_401(client.get(ME, **basic("bob", "a-Real-password-42")), scheme="Basic")
    assert_401(client.get("/api/v1/courses/", **basic("bob", "a-Real-password-42")), scheme="Basic")


def test_inactive_user(client, issued, user):
    user.is_active = False
    user.save()
    assert_401(client.get(ME, **token(issued[1])))


@pytest.mark.parametrize(
    ("header", "scheme"),
    [
        ("Token", "Token"),
        ("Token a b", "Token"),
        ("Token \u00e9", "Token"),
        ("Basic", "Basic"),
        ("Basic !!!notbase64", "Basic"),
        ("Basic " + base64.b64encode(b"no-colon").decode(), "Basic"),
        ("Basic " + base64.b64encode(b":qct_00000000_x").decode(), "Basic"),
        ("Basic " + base64.b64encode(b"\xff\xfe:x").decode(), "Basic"),
    ],
)
def test_malformed_headers(client, header, scheme):
    assert_401(client.get(ME, HTTP_AUTHORIZATION=header), scheme=scheme)


def test_other_schemes_are_ignored(client):
    response = client.get("/api/v1/courses/", HTTP_AUTHORIZATION="Digest abc")
    assert response.status_code == 200


def test_last_used_is_written_at_most_once_a_minute(client, issued):
    row, key = issued
    assert row.last_used_at is None
    client.get(ME, **token(key))
    row.refresh_from_db()
    first = row.last_used_at
    assert first is not None
    with CaptureQueriesContext(connection) as queries:
        client.get(ME, **token(key))
    assert not any("UPDATE" in q["sql"].upper() for q in queries.captured_queries)
    row.refresh_from_db()
    assert row.last_used_at == first
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=first - timedelta(minutes=2))
    client.get(ME, **token(key))
    row.refresh_from_db()
    assert row.last_used_at > first - timedelta(minutes=1)


# --- over a real socket, as QGIS sends it ---------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_basic_over_http(live_server, catalogue_factory):
    user = catalogue_factory.user("qgis-user")
    _row, key = ApiToken.issue(user, "QGIS")

    def get(password: str) -> tuple[int, dict, dict]:
        request = urllib.request.Request(live_server.url + ME)
        raw = base64.b64encode(f"qgis-user:{password}".encode()).decode()
        request.add_header("Authorization", f"Basic {raw}")
        request.add_header("Accept", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), json.load(error)

    status, _headers, body = get(key)
    assert status == 200 and body == {"username": "qgis-user", "roles": []}
    status, headers, body = get("wrong")
    assert status == 401 and body["code"] == "authentication_failed"
    assert headers["WWW-Authenticate"] == 'Basic realm="api"'
