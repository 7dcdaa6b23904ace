"""Sign-in throttling (django-axes), Bearer tokens and the security log.

After ``AXES_FAILURE_LIMIT`` failed sign-ins from one address, or for one username, the login
page, the admin and the API answer 429 with ``Retry-After`` for the cool-off, even to the
right password; a valid API token keeps working and costs no extra query or write.
"""

from __future__ import annotations

import base64
import logging

import pytest
from accounts.models import ApiToken
from axes.models import AccessAttempt
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-1"
WRONG = "wrong-password-zz9"
ME = "/api/v1/me/"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
def user(catalogue_factory):
    return catalogue_factory.user("ana", password=PASSWORD, is_staff=True)


@pytest.fixture
def issued(user):
    return ApiToken.issue(user, "QGIS")


def basic(username: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{secret}".encode()).decode()


def login(client: Client, url: str, password: str, username: str = "ana", **extra):
    # allauth's sign-in page calls the field "login" (a username or an e-mail address).
    field = "login" if url.startswith("/accounts/") else "username"
    return client.post(url, {field: username, "password": password}, HTTP_ACCEPT=BROWSER, **extra)


# --- Bearer ---------------------------------------------------------------------------------


def test_bearer_is_a_synonym_of_token(client, issued):
    _row, key = issued
    response = client.get(ME, HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    assert response.json()["username"] == "ana"


@pytest.mark.parametrize(
    "header",
    ["Bearer qct_00000000_wrong", "Bearer abc", "Bearer", "Bearer a b", "bearer qct_x"],
)
def test_a_wrong_bearer_is_never_silently_anonymous(client, header):
    response = client.get("/api/v1/courses/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert response.json()["code"] == "authentication_failed"


def test_revoked_bearer_token_is_refused(client, issued):
    row, key = issued
    row.revoke()
    response = client.get(ME, HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401 and response.json()["code"] == "token_revoked"


# --- the login page and the admin ---------------------------------------------------------


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_sign_in_locks_after_the_failure_limit_even_for_the_right_password(
    client, user, settings, url
):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, url, WRONG).status_code == 200  # the form again, with its error
    locked = login(client, url, WRONG)
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)
    assert locked["Content-Type"].startswith("text/html")
    page = locked.content.decode()
    assert "Too many failed sign-in attempts" in page and "15 minutes" in page
    assert "QGIS Certification" in page and "<header>" in page  # the site's layout
    assert "nonce-" in locked["Content-Security-Policy"]  # its style is allowed

    right = login(client, url, PASSWORD)
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_username_too(user, settings):
    """Failures for one username from many addresses lock that username."""
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(Client(), "/accounts/login/", WRONG, REMOTE_ADDR=f"198.51.100.{n + 1}")
    fresh_address = login(Client(), "/accounts/login/", PASSWORD, REMOTE_ADDR="203.0.113.9")
    assert fresh_address.status_code == 429
    other_user = login(Client(), "/accounts/login/", "x", username="bob", REMOTE_ADDR="203.0.113.9")
    assert other_user.status_code == 200  # the address itself is not locked


def test_sign_in_works_below_the_limit_and_resets_the_count(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "/accounts/login/", WRONG)
    assert login(client, "/accounts/login/", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="ana").exists()


def test_cool_off_ends_the_lockout(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "/accounts/login/", WRONG)
    assert login(client, "/accounts/login/", PASSWORD).status_code == 429
    settings.AXES_COOLOFF_TIME = 0.0000001  # hours: the cool-off is over
    assert login(client, "/accounts/login/", PASSWORD).status_code == 302


def test_axes_reset_unlocks(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "/accounts/login/", WRONG)
    assert login(client, "/accounts/login/", PASSWORD).status_code == 429
    call_command("axes_reset", verbosity=0)
    assert login(client, "/accounts/login/", PASSWORD).status_code == 302


def test_a_browser_asking_for_json_gets_json(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "/accounts/login/", WRONG)
    response = client.post(
        "/accounts/login/",
        {"login": "ana", "password": PASSWORD},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 429 and response["Retry-After"] == "900"
    assert response.json()["code"] == "locked_out"


# --- the API --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        lambda key: "Token qct_00000000_" + "x" * 43,
        lambda key: f"Bearer {key}x",
        lambda key: basic("ana", "not-a-token"),
        lambda key: basic("ana", PASSWORD),  # the account password is no API credential
    ],
    ids=["token", "bearer", "basic", "basic-password"],
)
def test_wrong_api_tokens_lock_out_with_json_429(client, issued, settings, header):
    _row, key = issued
    wrong = header(key)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.get(ME, HTTP_AUTHORIZATION=wrong).status_code == 401
    locked = client.get(ME, HTTP_AUTHORIZATION=wrong)
    assert locked.status_code == 429
    assert locked["Retry-After"] == "900"
    body = locked.json()
    assert body["code"] == "locked_out" and "Too many failed sign-in attempts" in body["detail"]
    assert client.get(ME, HTTP_AUTHORIZATION=wrong).status_code == 429


def test_a_valid_token_still_works_from_a_locked_out_address(client, issued, settings):
    """A token proves possession of a 256-bit secret: the lockout stops guessing, not use."""
    _row, key = issued
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.get(ME, HTTP_AUTHORIZATION="Token qct_00000000_" + "x" * 43)
    assert client.get(ME, HTTP_AUTHORIZATION="Token qct_00000000_" + "y" * 43).status_code == 429
    assert client.get(ME, HTTP_AUTHORIZATION=f"Token {key}").status_code == 200


def test_anonymous_token_failures_do_not_lock_other_addresses(client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.get(ME, HTTP_AUTHORIZATION="Token nonsense", REMOTE_ADDR="198.51.100.1")
    assert (
        client.get(ME, HTTP_AUTHORIZATION="Token nonsense", REMOTE_ADDR="198.51.100.2").status_code
        == 401
    )


def test_expired_tokens_are_not_counted_as_guesses(client, issued, settings):
    row, key = issued
    row.revoke()
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        response = client.get(ME, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 401 and response.json()["code"] == "token_revoked"
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize("scheme", ["Token", "Bearer", "Basic"])
def test_a_valid_token_costs_no_lockout_query_or_extra_write(client, issued, scheme):
    _row, key = issued
    header = basic("ana", key) if scheme == "Basic" else f"{scheme} {key}"
    client.get(ME, HTTP_AUTHORIZATION=header)  # first use writes last_used_at, once a minute
    with CaptureQueriesContext(connection) as queries:
        assert client.get(ME, HTTP_AUTHORIZATION=header).status_code == 200
    sql = [q["sql"].upper() for q in queries.captured_queries]
    assert not any("AXES_" in s for s in sql), sql
    assert not any(s.startswith(("INSERT", "UPDATE", "DELETE")) for s in sql), sql


# --- the security log -----------------------------------------------------------------------


def security_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "certification.security"]


def assert_nothing_secret_logged(caplog, *secrets: str) -> None:
    for record in caplog.records:
        text = record.getMessage() + repr(getattr(record, "security", ""))
        for secret in secrets:
            assert secret not in text, (record.name, text)


def test_failed_login_is_logged_without_the_password(client, user, caplog):
    caplog.set_level(logging.INFO)
    login(client, "/accounts/login/", WRONG, REMOTE_ADDR="203.0.113.5")
    lines = security_lines(caplog)
    assert len(lines) == 1
    line = lines[0]
    for field in (
        "event=login_failed",
        "status=200",
        "method=POST",
        "path=/accounts/login/",
        "remote=203.0.113.5",
        "username=ana",
    ):
        assert field in line, line
    assert line.startswith("time=20")
    assert_nothing_secret_logged(caplog, WRONG)


def test_bad_token_401_is_logged_without_the_token(client, issued, caplog):
    caplog.set_level(logging.INFO)
    _row, key = issued
    bad = key[:-4] + "AAAA"
    assert client.get(ME, HTTP_AUTHORIZATION=f"Bearer {bad}").status_code == 401
    assert client.get(ME, HTTP_AUTHORIZATION=basic("ana", bad)).status_code == 401
    lines = security_lines(caplog)
    assert len(lines) == 2
    assert all("status=401" in line and f"path={ME}" in line for line in lines)
    assert "username=ana" in lines[1]
    assert_nothing_secret_logged(caplog, bad, bad[12:], "Bearer ", "Basic ", key)


def test_lockout_and_403_are_logged(client, user, settings, caplog, catalogue_factory):
    caplog.set_level(logging.INFO)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "/admin/login/", WRONG)
    assert "event=locked_out status=429" in security_lines(caplog)[-1]
    staff = Client()
    staff.force_login(catalogue_factory.user("clerk", is_staff=True))
    caplog.clear()
    assert staff.get("/admin/catalogue/course/").status_code == 403
    assert any("event=forbidden status=403" in line for line in security_lines(caplog))
    assert_nothing_secret_logged(caplog, WRONG, PASSWORD)


def test_log_values_cannot_inject_lines(client, caplog):
    caplog.set_level(logging.INFO)
    login(client, "/accounts/login/", WRONG, username="eve\nevent=login_ok x=1")
    (line,) = security_lines(caplog)
    assert "\n" not in line and 'username="eve\\nevent=login_ok x=1"' in line
