"""Sign-in from QGIS (RFC 8628 device flow): start, the connect page, poll, revoke.

The whole flow runs through Django's test client as QGIS and a browser would drive it: the
anonymous start and polls, the signed-in person's approval with CSRF, the token delivered
once, the errors of RFC 8628 §3.5, the audit events, and hostile bodies answered with 4xx.
"""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from typing import Any

import pytest
from accounts import device_flow
from accounts.models import USER_CODE_ALPHABET, ApiToken, DeviceAuthorization
from audit.domain import verify_chain
from audit.models import Event
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

START = "/api/v1/auth/device/"
TOKEN = "/api/v1/auth/device/token/"
REVOKE = "/api/v1/auth/token/revoke/"
CONNECT = "/accounts/connect/"


@pytest.fixture(autouse=True)
def fresh_throttles() -> Any:
    cache.clear()  # the throttles count in the default cache, shared by the tests
    yield
    cache.clear()


@pytest.fixture
def api() -> Client:
    return Client(HTTP_ACCEPT="application/json", raise_request_exception=False)


@pytest.fixture
def person(catalogue_factory: Any) -> Any:
    return catalogue_factory.user("ada")


@pytest.fixture
def browser(person: Any) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    return client


def start(api: Client, name: str = "QGIS on ada-laptop") -> dict[str, Any]:
    response = api.post(START, {"client_name": name}, content_type="application/json")
    assert response.status_code == 200, response.content
    assert response["Cache-Control"] == "no-store"
    return dict(response.json())


def poll(api: Client, device_code: str) -> Any:
    return api.post(TOKEN, {"device_code": device_code}, content_type="application/json")


def error_of(response: Any) -> str:
    assert response.status_code == 400, response.content
    return str(response.json()["error"])


def rewind_poll(device_code: str, seconds: float = 60) -> None:
    """As if the last poll was ``seconds`` ago (the client waited its interval)."""
    row = DeviceAuthorization.objects.get(device_code_hash=_hash(device_code))
    if row.last_polled_at is not None:
        row.last_polled_at -= timedelta(seconds=seconds)
        row.save(update_fields=["last_polled_at"])


def _hash(device_code: str) -> str:
    from accounts.models import hash_key

    return hash_key(device_code)


def decide(browser: Client, user_code: str, action: str) -> Any:
    page = browser.get(CONNECT, {"code": user_code})
    assert page.status_code == 200
    csrf = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else None
    csrf = csrf or browser.cookies["csrftoken"].value
    return browser.post(CONNECT, {"code": user_code, "action": action, "csrfmiddlewaretoken": csrf})


def basic(username: str, key: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{key}".encode()).decode()


def actions() -> list[str]:
    return list(Event.objects.order_by("sequence").values_list("action", flat=True))


# --- the whole flow ------------------------------------------------------------------------


def test_the_whole_flow_delivers_a_token_once(api: Client, browser: Client, person: Any) -> None:
    started = start(api)
    code = started["user_code"]
    assert len(started["device_code"]) >= 40
    assert len(code) == 9 and code[4] == "-"
    assert set(code.replace("-", "")) <= set(USER_CODE_ALPHABET)
    assert started["verification_uri"] == "http://testserver/accounts/connect/"
    assert (
        started["verification_uri_complete"] == f"http://testserver/accounts/connect/?code={code}"
    )
    assert (started["expires_in"], started["interval"]) == (600, 5)
    # Nothing about the device code is stored but its hash.
    row = DeviceAuthorization.objects.get()
    assert started["device_code"] not in json.dumps(
        list(DeviceAuthorization.objects.values()), default=str
    )
    assert row.state == "pending" and row.client_name == "QGIS on ada-laptop"

    assert error_of(poll(api, started["device_code"])) == "authorization_pending"

    # The person types the code in lower case without the dash: the same request.
    typed = browser.get(CONNECT, {"code": code.replace("-", "").lower()})
    assert typed.status_code == 200
    assert b"QGIS on ada-laptop" in typed.content and code.encode() in typed.content
    approved = decide(browser, code, "approve")
    assert approved.status_code == 200 and b"connect-approved" in approved.content
    assert not ApiToken.objects.exists()  # issued at the next poll, never stored as a key

    granted = poll(api, started["device_code"])
    assert granted.status_code == 200, granted.content
    assert granted["Cache-Control"] == "no-store"
    body = granted.json()
    assert body["username"] == "ada" and body["token_name"] == "QGIS on ada-laptop"
    assert body["token"].startswith("qct_")
    token = ApiToken.objects.get()
    assert token.user == person and token.is_active
    assert 89 <= (token.expires_at - timezone.now()).days <= 90
    assert body["expires_at"].startswith(token.expires_at.strftime("%Y-%m-%dT%H:%M"))
    assert DeviceAuthorization.objects.get().state == "consumed"
    assert body["token"] not in json.dumps(list(DeviceAuthorization.objects.values()), default=str)

    me = api.get("/api/v1/me/", HTTP_AUTHORIZATION=basic("ada", body["token"]))
    assert me.status_code == 200 and me.json()["username"] == "ada"

    # Delivered once: every later poll is expired_token, and no second token exists.
    rewind_poll(started["device_code"])
    assert error_of(poll(api, started["device_code"])) == "expired_token"
    assert ApiToken.objects.count() == 1
    assert actions() == ["accounts.device.approve", "accounts.token.issue"]
    assert verify_chain().intact


def test_deny_answers_access_denied_and_issues_nothing(api: Client, browser: Client) -> None:
    started = start(api)
    denied = decide(browser, started["user_code"], "deny")
    assert denied.status_code == 200 and b"connect-denied" in denied.content
    assert error_of(poll(api, started["device_code"])) == "access_denied"
    rewind_poll(started["device_code"])
    assert error_of(poll(api, started["device_code"])) == "access_denied"
    assert not ApiToken.objects.exists()
    assert actions() == ["accounts.device.deny"]
    # A decided code cannot be approved afterwards.
    page = browser.get(CONNECT, {"code": started["user_code"]})
    assert page.status_code == 404


def test_expired_requests_answer_expired_token(api: Client, browser: Client) -> None:
    started = start(api)
    DeviceAuthorization.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert error_of(poll(api, started["device_code"])) == "expired_token"
    assert DeviceAuthorization.objects.get().state == "expired"
    page = browser.get(CONNECT, {"code": started["user_code"]})
    assert page.status_code == 404 and b"connect-problem" in page.content
    token = browser.cookies["csrftoken"].value
    late = browser.post(
        CONNECT,
        {"code": started["user_code"], "action": "approve", "csrfmiddlewaretoken": token},
    )
    assert late.status_code == 404
    assert not Event.objects.exists()


def test_an_approval_after_expiry_delivers_nothing(api: Client, browser: Client) -> None:
    started = start(api)
    assert decide(browser, started["user_code"], "approve").status_code == 200
    DeviceAuthorization.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert error_of(poll(api, started["device_code"])) == "expired_token"
    assert not ApiToken.objects.exists()


def test_unknown_device_codes_are_expired_token(api: Client) -> None:
    assert error_of(poll(api, "x" * 43)) == "expired_token"


def test_polling_faster_than_the_interval_is_slow_down(api: Client) -> None:
    started = start(api)
    device_code = started["device_code"]
    assert error_of(poll(api, device_code)) == "authorization_pending"
    too_fast = poll(api, device_code)
    assert error_of(too_fast) == "slow_down"
    assert "10 seconds" in too_fast.json()["detail"]
    assert DeviceAuthorization.objects.get().interval == 10  # 5 s more, as the client adds
    rewind_poll(device_code, seconds=6)  # waited the old interval only: still too fast
    assert error_of(poll(api, device_code)) == "slow_down"
    assert DeviceAuthorization.objects.get().interval == 15
    rewind_poll(device_code, seconds=15)
    assert error_of(poll(api, device_code)) == "authorization_pending"


def test_the_interval_stops_growing_at_a_minute(api: Client) -> None:
    started = start(api)
    for _ in range(20):
        poll(api, started["device_code"])
    assert DeviceAuthorization.objects.get().interval == device_flow.MAX_INTERVAL_S


def test_a_slow_down_still_delivers_after_approval(api: Client, browser: Client) -> None:
    started = start(api)
    poll(api, started["device_code"])
    decide(browser, started["user_code"], "approve")
    assert poll(api, started["device_code"]).status_code == 200  # no waiting once approved


def test_user_codes_are_unique_among_pending_requests(
    api: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = iter(["BCDFGHJK", "BCDFGHJK", "LMNPQRST", "BCDFGHJK"])
    monkeypatch.setattr(device_flow, "_new_user_code", lambda: next(drawn))
    first = start(api)
    second = start(api)  # the clash with the pending one draws again
    assert (first["user_code"], second["user_code"]) == ("BCDF-GHJK", "LMNP-QRST")
    DeviceAuthorization.objects.filter(user_code="BCDFGHJK").update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    third = start(api)  # an expired request frees its code
    assert third["user_code"] == "BCDF-GHJK"
    assert DeviceAuthorization.objects.filter(state="pending").count() == 2


def test_old_requests_are_purged_when_a_new_one_starts(api: Client) -> None:
    start(api)
    DeviceAuthorization.objects.update(expires_at=timezone.now() - timedelta(days=2))
    start(api)
    assert DeviceAuthorization.objects.count() == 1


def test_the_client_name_is_tidied_and_defaults_to_qgis(api: Client) -> None:
    assert start(api, "  QGIS   on  host ")["user_code"]
    assert DeviceAuthorization.objects.get().client_name == "QGIS on host"
    response = api.post(START, {}, content_type="application/json")
    assert response.status_code == 200
    assert DeviceAuthorization.objects.order_by("-id").first().client_name == "QGIS"


@pytest.mark.parametrize("name", [0, True, ["QGIS"], "a\tb", "a\nb", "a\x00b", "\ufffd", "x" * 101])
def test_client_names_that_are_not_printable_text_are_refused(api: Client, name: Any) -> None:
    response = api.post(START, {"client_name": name}, content_type="application/json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["client_name"]


# --- the connect page ----------------------------------------------------------------------


def test_the_connect_page_needs_a_sign_in_and_comes_back(api: Client) -> None:
    started = start(api)
    response = Client().get(CONNECT, {"code": started["user_code"]})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/accounts/connect/")
    assert "code%3D" in response["Location"] or "code=" in response["Location"]


def test_the_connect_page_shows_a_form_and_refuses_posts_without_csrf(
    api: Client, browser: Client, person: Any
) -> None:
    page = browser.get(CONNECT)
    assert page.status_code == 200 and b'name="code"' in page.content
    assert page["Cache-Control"].startswith("no-store") or "no-cache" in page["Cache-Control"]
    started = start(api)
    forged = browser.post(CONNECT, {"code": started["user_code"], "action": "approve"})
    assert forged.status_code == 403
    assert DeviceAuthorization.objects.get().state == "pending"
    token = browser.cookies["csrftoken"].value
    no_action = browser.post(CONNECT, {"code": started["user_code"], "csrfmiddlewaretoken": token})
    assert no_action.status_code == 400


def test_the_client_name_is_escaped_on_the_page(api: Client, browser: Client) -> None:
    started = start(api, '<script>alert("x")</script>')
    page = browser.get(CONNECT, {"code": started["user_code"]})
    assert b"<script>alert" not in page.content
    assert b"&lt;script&gt;" in page.content


@pytest.mark.parametrize(
    "code", ["", "%00", "A" * 5000, "ABCD-EFG", "ÄBCD-EFGH", "1234-5678", "<b>x</b>", "%ED%A0%80"]
)
def test_hostile_codes_on_the_page_are_4xx_or_the_form(browser: Client, code: str) -> None:
    response = browser.get(f"{CONNECT}?code={code}")
    assert response.status_code in (200, 404)
    assert b"<b>x</b>" not in response.content
    token = browser.cookies.get("csrftoken")
    if token is None:
        browser.get(CONNECT)
        token = browser.cookies["csrftoken"]
    posted = browser.post(
        CONNECT, {"code": code, "action": "approve", "csrfmiddlewaretoken": token.value}
    )
    assert posted.status_code == 404


# --- signing out ---------------------------------------------------------------------------


def signed_in_key(api: Client, browser: Client) -> str:
    started = start(api)
    decide(browser, started["user_code"], "approve")
    return str(poll(api, started["device_code"]).json()["token"])


def test_revoke_revokes_the_token_of_the_request(api: Client, browser: Client) -> None:
    key = signed_in_key(api, browser)
    other, other_key = ApiToken.issue(ApiToken.objects.get().user, "another")
    response = api.post(REVOKE, HTTP_AUTHORIZATION=basic("ada", key))
    assert response.status_code == 204 and response.content == b""
    assert api.get("/api/v1/me/", HTTP_AUTHORIZATION=basic("ada", key)).status_code == 401
    assert api.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {other_key}").status_code == 200
    assert ApiToken.objects.get(pk=other.pk).is_active
    again = api.post(REVOKE, HTTP_AUTHORIZATION=f"Token {key}")
    assert again.status_code == 401 and again.json()["code"] == "token_revoked"
    assert actions()[-1] == "accounts.token.revoke"
    assert actions().count("accounts.token.revoke") == 1
    assert verify_chain().intact


def test_revoke_without_a_token_is_401(api: Client, browser: Client) -> None:
    assert api.post(REVOKE).status_code == 401
    # A browser session is not a token: nothing to revoke.
    session = Client(HTTP_ACCEPT="application/json")
    session.force_login(ApiToken.issue(_any_user(), "x")[0].user)
    assert session.post(REVOKE).status_code == 401


def _any_user() -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.first()


def test_stale_credentials_do_not_stop_a_new_sign_in(api: Client) -> None:
    revoked, key = ApiToken.issue(_any_user() or _make_user(), "old")
    revoked.revoke()
    response = api.post(
        START, {"client_name": "QGIS"}, content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {key}",
    )  # fmt: skip
    assert response.status_code == 200


def _make_user() -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("someone")


# --- throttles, hostile bodies, the schema -------------------------------------------------


def test_the_anonymous_endpoints_are_throttled(api: Client, settings: Any) -> None:
    settings.DEVICE_FLOW_THROTTLE_RATES = {"device_start": "2/min", "device_poll": "3/min"}
    start(api)
    start(api)
    third = api.post(START, {}, content_type="application/json")
    assert third.status_code == 429 and third.json()["code"] == "throttled"
    assert "Retry-After" in third
    statuses = [poll(api, "x" * 43).status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 429]


HOSTILE_BODIES = [
    ("application/json", b"{"),
    ("application/json", b"[]"),
    ("application/json", b'"text"'),
    ("application/json", b"null"),
    ("application/json", b'{"device_code": null, "client_name": null}'),
    ("application/json", b'{"device_code": 12, "client_name": 12}'),
    ("application/json", b'{"device_code": ["a"], "client_name": {"a": 1}}'),
    ("application/json", b'{"device_code": "a\\u0000b", "client_name": "a\\u0000b"}'),
    ("application/json", b'{"device_code": "\\ud800", "client_name": "\\ud800"}'),
    (
        "application/json",
        json.dumps({"device_code": "x" * 10_000, "client_name": "y" * 10_000}).encode(),
    ),
    ("application/json", b"\xff\xfe"),
    ("application/x-www-form-urlencoded", b"device_code=%00&client_name=%00"),
    ("application/x-www-form-urlencoded", b"device_code=%FF&client_name=%FF"),
    ("text/plain", b"device_code=abc"),
    ("multipart/form-data", b"--x\r\n"),
]


@pytest.mark.parametrize("path", [START, TOKEN, REVOKE])
@pytest.mark.parametrize(("content_type", "body"), HOSTILE_BODIES)
def test_hostile_bodies_are_4xx_never_5xx(
    api: Client, path: str, content_type: str, body: bytes
) -> None:
    response = api.generic("POST", path, body, content_type=content_type)
    if path == START and response.status_code == 200:  # bad client names are tidied or defaulted
        return
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:200])
    assert response["Content-Type"].startswith("application/json")


def test_the_schema_and_the_root_describe_sign_in(api: Client) -> None:
    root = api.get("/api/v1/").json()
    assert "sign-in" in root["capabilities"]
    assert root["links"]["device_authorization"] == "http://testserver/api/v1/auth/device/"
    document = api.get("/api/v1/schema/?format=json").json()
    paths = document["paths"]
    for path in (START, TOKEN, REVOKE):
        assert "post" in paths[path], path
    token_responses = paths[TOKEN]["post"]["responses"]
    assert {"200", "400", "429"} <= set(token_responses)
    assert {"204", "401"} <= set(paths[REVOKE]["post"]["responses"])


def test_every_poll_refusal_names_an_rfc_error(api: Client) -> None:
    broken = api.generic("POST", TOKEN, b"{", content_type="application/json")
    assert broken.status_code == 400 and broken.json()["error"] == "invalid_request"
    missing = api.post(TOKEN, {}, content_type="application/json")
    assert missing.json()["error"] == "invalid_request"
    assert list(missing.json()["errors"]) == ["device_code"]
    form = api.post(TOKEN, {"device_code": "abc"})  # multipart: JSON only
    assert form.status_code == 415


def test_device_sign_ins_are_in_the_personal_data_export_and_erased(
    api: Client, browser: Client, person: Any
) -> None:
    from accounts import personal_data

    started = start(api, "QGIS on ada-laptop")
    decide(browser, started["user_code"], "approve")
    someone_elses = start(api, "QGIS on bob-laptop")
    found = personal_data.find_person("ada")
    rows = personal_data.export(found)["data"]["accounts.device_sign_ins"]
    assert [(r["client_name"], r["state"]) for r in rows] == [("QGIS on ada-laptop", "approved")]
    touched = personal_data.erase(found)
    assert touched["accounts.device_sign_ins"] == 1
    assert list(DeviceAuthorization.objects.values_list("client_name", flat=True)) == [
        "QGIS on bob-laptop"
    ]
    assert someone_elses["user_code"]


def test_guessing_codes_on_the_page_is_stopped(api: Client, browser: Client) -> None:
    """RFC 8628 §5.1: codes that match nothing count per person; then a pause, any code."""
    from accounts import connect

    started = start(api)
    for _ in range(connect.MISSES_ALLOWED):
        assert browser.get(CONNECT, {"code": "BCDF-BCDF"}).status_code == 404
    stopped = browser.get(CONNECT, {"code": started["user_code"]})
    assert stopped.status_code == 429 and b"connect-problem" in stopped.content
    other = Client()
    other.force_login(_make_user())
    assert other.get(CONNECT, {"code": started["user_code"]}).status_code == 200
