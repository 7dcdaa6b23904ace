"""Accounts on the web (django-allauth): sign-up, e-mail verification, sign-in by username or
address, password reset, where sign-in sends you next, the lockout, the pages and e-mails.

E-mails go to Django's locmem outbox (``mailoutbox``); links are followed as a person would.
"""

from __future__ import annotations

import re
from io import StringIO

import pytest
from accounts import personal_data
from accounts.emails import account_with_address, mark_verified
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client

pytestmark = pytest.mark.django_db

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PASSWORD = "Plain-tern-gazes-41"
NEW_PASSWORD = "Dusky-heron-waits-73"
LINK = re.compile(r"http://testserver(/accounts/[^\s]+/)")
SIGNED_IN = "_auth_user_id"


def browser() -> Client:
    return Client(HTTP_ACCEPT=BROWSER)


def sign_up(
    client: Client,
    username: str = "dana",
    email: str = "dana@example.org",
    next_url: str | None = None,
):
    form = {"username": username, "email": email, "password1": PASSWORD, "password2": PASSWORD}
    if next_url is not None:
        form["next"] = next_url  # the sign-up form's hidden field
    return client.post("/accounts/signup/", form)


def sign_in(client: Client, login: str, password: str = PASSWORD, next_url: str | None = None):
    form = {"login": login, "password": password}
    if next_url is not None:
        form["next"] = next_url
    return client.post("/accounts/login/", form)


def link_in(message) -> str:
    (path,) = LINK.findall(message.body)
    return path


def confirm(client: Client, message):
    """Follow the verification link: the page asks to confirm, the POST confirms."""
    path = link_in(message)
    page = client.get(path)
    assert page.status_code == 200 and b"<form" in page.content
    return client.post(path)


# --- sign-up and verification ---------------------------------------------------------------


def test_sign_up_verify_then_sign_in_by_username_or_address(mailoutbox):
    client = browser()
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert SIGNED_IN not in client.session  # not before the address is verified
    user = get_user_model().objects.get(username="dana")
    assert not EmailAddress.objects.get(user=user).verified
    (message,) = mailoutbox
    assert message.to == ["dana@example.org"]
    assert message.subject.startswith("[QGIS Certification] ")
    assert "Hello from QGIS Certification!" in message.body

    other_browser = browser()  # the link opened elsewhere (a phone, another browser)
    confirmed = confirm(other_browser, message)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert SIGNED_IN not in other_browser.session  # confirming elsewhere signs nobody in

    for login in ("dana", "DANA@example.org"):
        client = browser()
        response = sign_in(client, login)
        assert response.status_code == 302 and response["Location"] == "/accounts/tokens/", login
        assert client.session[SIGNED_IN] == str(user.pk)


def test_confirming_in_the_same_browser_signs_in_and_goes_on_to_next(mailoutbox):
    """From QGIS: sign-in page -> sign-up -> the e-mail's link -> back to the code page."""
    client = browser()
    connect = "/accounts/connect/?code=ABCD-EFGH"
    page = client.get("/accounts/signup/", {"next": connect})
    assert page.status_code == 200
    assert 'name="next" value="/accounts/connect/?code=ABCD-EFGH"' in page.content.decode()
    assert sign_up(client, next_url=connect).status_code == 302
    response = confirm(client, mailoutbox[0])
    assert response.status_code == 302 and response["Location"] == connect
    assert SIGNED_IN in client.session


def test_an_unverified_account_cannot_sign_in(mailoutbox):
    sign_up(browser())
    client = browser()
    response = sign_in(client, "dana")
    assert response.status_code == 302 and response["Location"] == "/accounts/confirm-email/"
    assert SIGNED_IN not in client.session
    page = client.get(response["Location"])
    assert b"verify" in page.content.lower()
    # ...and the API token page stays closed to it.
    assert client.get("/accounts/tokens/").status_code == 302


def test_a_wrong_confirmation_key_confirms_nothing(mailoutbox):
    sign_up(browser())
    path = link_in(mailoutbox[0])
    forged = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    client = browser()
    assert client.post(forged).status_code == 404
    assert not EmailAddress.objects.get(email="dana@example.org").verified


def test_a_duplicate_address_gets_no_second_account(mailoutbox):
    """Unique addresses, without telling a stranger whether one is registered: the page is
    the same as for a new address; the address's owner is told by e-mail."""
    sign_up(browser())
    mailoutbox.clear()
    response = sign_up(browser(), username="impostor", email="Dana@Example.org")
    assert response.status_code == 302 and response["Location"] == "/accounts/confirm-email/"
    assert not get_user_model().objects.filter(username="impostor").exists()
    (message,) = mailoutbox
    assert [a.lower() for a in message.to] == ["dana@example.org"]
    assert "already" in message.body.lower()


def test_a_duplicate_username_is_refused_with_the_reason(mailoutbox):
    sign_up(browser())
    response = sign_up(browser(), username="dana", email="other@example.org")
    assert response.status_code == 200
    assert b"already" in response.content.lower()
    assert get_user_model().objects.filter(username="dana").count() == 1


def test_sign_up_checks_the_password_rules():
    response = browser().post(
        "/accounts/signup/",
        {"username": "eve", "email": "eve@example.org", "password1": "eve", "password2": "eve"},
    )
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="eve").exists()


# --- password reset -------------------------------------------------------------------------


def test_password_reset_by_e_mail(catalogue_factory, mailoutbox):
    catalogue_factory.user("fran", password=PASSWORD)
    client = browser()
    response = client.post("/accounts/password/reset/", {"email": "FRAN@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    (message,) = mailoutbox
    assert message.to == ["fran@example.org"]
    path = link_in(message)
    assert path.startswith("/accounts/password/reset/key/")

    opened = client.get(path)  # the key moves into the session, out of the address bar
    assert opened.status_code == 302
    form_url = opened["Location"]
    assert form_url.endswith("-set-password/")
    assert client.get(form_url).status_code == 200
    done = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert done["Location"] == "/accounts/password/reset/key/done/"

    assert SIGNED_IN not in sign_in(browser(), "fran").client.session
    fresh = browser()
    assert sign_in(fresh, "fran", NEW_PASSWORD)["Location"] == "/accounts/tokens/"
    # The link works once.
    again = browser()
    again.get(path)
    reused = again.post(form_url, {"password1": PASSWORD, "password2": PASSWORD})
    assert reused.status_code == 200 and b"invalid" in reused.content.lower()


def test_password_reset_for_an_unknown_address_tells_nobody_on_the_page(mailoutbox):
    response = browser().post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert all("/accounts/password/reset/key/" not in m.body for m in mailoutbox)


# --- where sign-in sends you ----------------------------------------------------------------


def test_next_goes_back_to_a_local_page(catalogue_factory):
    catalogue_factory.user("gail", password=PASSWORD)
    target = "/accounts/connect/?code=ABCD-EFGH"
    page = browser().get("/accounts/login/", {"next": target})
    assert 'value="/accounts/connect/?code=ABCD-EFGH"' in page.content.decode()
    response = sign_in(browser(), "gail", next_url=target)
    assert response.status_code == 302 and response["Location"] == target


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/accounts/connect/",
        "http://testserver.evil.example/",
        "javascript:alert(1)",
        "/\\evil.example",
    ],
)
def test_next_never_leaves_the_site(catalogue_factory, target):
    catalogue_factory.user("gail", password=PASSWORD)
    response = sign_in(browser(), "gail", next_url=target)
    assert response.status_code == 302 and response["Location"] == "/accounts/tokens/"


def test_signing_out_shows_the_message_on_the_sign_in_page(catalogue_factory):
    catalogue_factory.user("hana", password=PASSWORD)
    client = browser()
    sign_in(client, "hana")
    asked = client.get("/accounts/logout/")
    assert asked.status_code == 200 and b"<form" in asked.content  # GET only asks
    assert SIGNED_IN in client.session
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    page = client.get("/accounts/login/")
    assert b'class="messages"' in page.content and b"signed out" in page.content.lower()


# --- the lockout (django-axes) through allauth's form -------------------------------------


def test_failures_by_address_and_by_username_count_for_one_account(catalogue_factory, settings):
    catalogue_factory.user("ivan", password=PASSWORD, email="ivan@example.org")
    limit = settings.AXES_FAILURE_LIMIT
    for n in range(limit - 1):
        login = "IVAN@example.org" if n % 2 else "ivan"
        client = Client(HTTP_ACCEPT=BROWSER, REMOTE_ADDR=f"198.51.100.{n + 1}")
        assert sign_in(client, login, "wrong-Password-1").status_code == 200
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"ivan"}
    last = Client(HTTP_ACCEPT=BROWSER, REMOTE_ADDR="198.51.100.99")
    assert sign_in(last, "ivan@example.org", "wrong-Password-1").status_code == 429
    # Locked for the account, whichever name and address: even the right password.
    for login in ("ivan", "ivan@example.org"):
        client = Client(HTTP_ACCEPT=BROWSER, REMOTE_ADDR="203.0.113.50")
        locked = sign_in(client, login)
        assert locked.status_code == 429 and "Retry-After" in locked
        assert SIGNED_IN not in client.session


def test_an_unknown_address_counts_as_itself(settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(HTTP_ACCEPT=BROWSER), "Ghost@Example.org", "wrong-Password-1")
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"ghost@example.org"}


def test_an_overlong_login_is_counted_cut_to_what_axes_stores():
    """allauth's login field has no length limit; axes' column has (PostgreSQL enforces it)."""
    for login in ("x" * 10_000, "y" * 10_000 + "@example.org"):
        assert sign_in(browser(), login, "wrong-Password-1").status_code == 200
    names = sorted(AccessAttempt.objects.values_list("username", flat=True))
    assert names == ["x" * 255, "y" * 255]


# --- allauth's own request limits (off in the test settings, on in production) -------------


@pytest.fixture
def production_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": False}
    cache.clear()
    yield
    cache.clear()


def test_sign_ups_are_limited_per_address(production_limits):
    client = browser()
    answers = [client.post("/accounts/signup/", {}).status_code for _ in range(21)]
    assert answers[:20] == [200] * 20
    assert answers[20] == 429
    page = client.post("/accounts/signup/", {})
    assert page.status_code == 429
    assert b"<header>" in page.content and b"Too many requests" in page.content


def test_behind_a_proxy_the_limits_count_each_client(production_limits, settings):
    """With TRUSTED_PROXIES=1 every request comes from the proxy: the client is the address
    the proxy appended to X-Forwarded-For, as for django-axes and the security log."""
    settings.TRUSTED_PROXIES = 1

    def from_client(address: str) -> int:
        proxy = Client(HTTP_ACCEPT=BROWSER, REMOTE_ADDR="127.0.0.1")
        forwarded = f"192.0.2.250, {address}"  # the first part is the client's own claim
        return proxy.post("/accounts/signup/", {}, HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert [from_client("203.0.113.1") for _ in range(21)][-2:] == [200, 429]
    assert from_client("203.0.113.2") == 200


def test_reset_e_mails_are_limited_per_address(production_limits, catalogue_factory, mailoutbox):
    catalogue_factory.user("jo", password=PASSWORD)
    answers = [
        browser().post("/accounts/password/reset/", {"email": "jo@example.org"}).status_code
        for _ in range(6)
    ]
    assert answers == [302] * 5 + [429]
    assert len(mailoutbox) == 5


# --- accounts made elsewhere ----------------------------------------------------------------


def test_seeded_demo_accounts_can_sign_in():
    from catalogue.demo import DEMO_PASSWORD, DEMO_USERS

    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    for username in [demo.username for demo in DEMO_USERS] + ["applicant"]:
        client = browser()
        response = sign_in(client, username, DEMO_PASSWORD)
        assert response.status_code == 302, username
        assert response["Location"] == "/accounts/tokens/", username
        assert SIGNED_IN in client.session


def test_an_account_without_a_verified_address_cannot_sign_in_until_marked(catalogue_factory):
    user = catalogue_factory.user("kim", password=PASSWORD, verified=False)
    assert sign_in(browser(), "kim")["Location"] == "/accounts/confirm-email/"
    mark_verified(user)
    assert sign_in(browser(), "kim")["Location"] == "/accounts/tokens/"


def test_mark_verified_is_idempotent_and_moves_the_primary_address(catalogue_factory):
    user = catalogue_factory.user("lee", verified=False)
    mark_verified(user)
    mark_verified(user)
    assert EmailAddress.objects.filter(user=user).count() == 1
    mark_verified(user, "lee@elsewhere.example")
    user.refresh_from_db()
    assert user.email == "lee@elsewhere.example"
    rows = {e.email: (e.verified, e.primary) for e in EmailAddress.objects.filter(user=user)}
    assert rows == {"lee@example.org": (True, False), "lee@elsewhere.example": (True, True)}
    assert account_with_address("LEE@ELSEWHERE.example") == user
    with pytest.raises(ValueError):
        mark_verified(catalogue_factory.user("nomail", email="", verified=False))


def test_e_mail_addresses_are_exported_and_erased_with_the_account(catalogue_factory):
    user = catalogue_factory.user("mia")
    EmailAddress.objects.create(user=user, email="mia@second.example", verified=False)
    other = catalogue_factory.user("noor")
    person = personal_data.find_person("mia@second.example")  # an extra address finds her
    assert person.user_pk == user.pk
    rows = personal_data.export(person)["data"]["accounts.email_addresses"]
    assert rows == [
        {"email": "mia@example.org", "verified": True, "primary": True},
        {"email": "mia@second.example", "verified": False, "primary": False},
    ]
    assert personal_data.erase(person)["accounts.email_addresses"] == 2
    assert not EmailAddress.objects.filter(user=user).exists()
    assert EmailAddress.objects.filter(user=other).count() == 1


def test_verify_email_command_lets_a_createsuperuser_account_sign_in(catalogue_factory):
    get_user_model().objects.create_superuser("root", "", PASSWORD)
    assert sign_in(browser(), "root")["Location"] == "/accounts/confirm-email/"
    with pytest.raises(CommandError, match="--email"):
        call_command("verify_email", "root", stdout=StringIO())
    with pytest.raises(CommandError, match="No account"):
        call_command("verify_email", "nobody", stdout=StringIO())
    out = StringIO()
    call_command("verify_email", "root", "--email", "root@example.org", stdout=out)
    assert "root@example.org of root is verified" in out.getvalue()
    assert sign_in(browser(), "root@example.org")["Location"] == "/accounts/tokens/"
