"""The invitation page ``/reviews/join/<token>/`` (issue 11, item 3).

The link of the invitation e-mail: sign-in required, allauth's sign-in and sign-up come back
to it (sign-up through the address confirmation), a Join button (POST, CSRF) joins the group
and assigns the group's open routings; an expired or used link answers 410, a damaged one 400,
each with a page that says what to do, never a 500.
"""

from __future__ import annotations

import re
from datetime import timedelta
from unittest import mock
from urllib.parse import quote

import pytest
from django.conf import settings
from django.test import Client
from reviews import domain
from reviews.models import Assignment, Invitation
from reviews.tasks import invitation_token

from tests.server import factories_reviews as fr
from tests.server.test_signup import PASSWORD, confirm, sign_in, sign_up

pytestmark = pytest.mark.django_db

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
SIGNED_IN = "_auth_user_id"


def browser(**kwargs) -> Client:
    return Client(HTTP_ACCEPT=BROWSER, **kwargs)


@pytest.fixture
def invitation(catalogue_factory):
    f = catalogue_factory
    manager = fr.manager(f)
    group = fr.user_group(f, name="QGIS <România> & friends", members=1)
    invitation = domain.invite(group_id=group.pk, user=manager, email="dana@example.org")
    return invitation


def join_path(invitation: Invitation) -> str:
    return f"/reviews/join/{invitation_token(invitation.pk)}/"


def test_the_link_asks_to_sign_in_and_comes_back(invitation, catalogue_factory):
    path = join_path(invitation)
    client = browser()
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    login_page = client.get(response["Location"])
    assert login_page.status_code == 200
    text = login_page.content.decode()
    assert f'name="next" value="{path}"' in text
    # The sign-in page's sign-up link keeps the way back.
    assert f'href="/accounts/signup/?next={quote(path, safe="")}"' in text

    catalogue_factory.user("dana", email="dana@example.org", password=PASSWORD)
    signed_in = sign_in(client, "dana", next_url=path)
    assert signed_in.status_code == 302 and signed_in["Location"] == path
    page = client.get(path)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Join QGIS &lt;România&gt; &amp; friends" in body
    assert "<România>" not in body  # escaped
    assert 'method="post"' in body and "csrfmiddlewaretoken" in body
    assert page["Cache-Control"] == "private, no-store"
    assert page["Referrer-Policy"] == "no-referrer"


def test_sign_up_confirms_the_address_then_comes_back_and_joins(invitation, mailoutbox):
    path = join_path(invitation)
    client = browser()
    assert sign_up(client, next_url=path).status_code == 302
    assert SIGNED_IN not in client.session
    confirmation = next(m for m in mailoutbox if m.to == ["dana@example.org"])
    response = confirm(client, confirmation)
    assert response.status_code == 302 and response["Location"] == path
    assert client.get(path).status_code == 200
    joined = client.post(path)
    assert joined.status_code == 200
    assert "Welcome to QGIS &lt;România&gt; &amp; friends" in joined.content.decode()
    group = invitation.user_group
    assert group.members.filter(username="dana").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_by.username == "dana"


def test_joining_assigns_the_groups_open_routings(invitation, catalogue_factory):
    f = catalogue_factory
    group = invitation.user_group
    group.members.add(*fr.reviewers(f, 1))  # two members: enough to review
    _application, routing = fr.routed_application(f)
    assert routing.target == "group"
    user = f.user("dana", email="dana@example.org")
    client = browser()
    client.force_login(user)
    assert client.post(join_path(invitation)).status_code == 200
    assert Assignment.objects.filter(routing=routing, reviewer=user, active=True).exists()


def test_the_join_button_needs_the_csrf_token(invitation, catalogue_factory):
    user = catalogue_factory.user("dana", email="dana@example.org")
    client = browser(enforce_csrf_checks=True)
    client.force_login(user)
    path = join_path(invitation)
    assert client.post(path).status_code == 403
    assert not invitation.user_group.members.filter(pk=user.pk).exists()
    page = client.get(path)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert client.post(path, {"csrfmiddlewaretoken": token.group(1)}).status_code == 200
    assert invitation.user_group.members.filter(pk=user.pk).exists()


def test_a_used_link_is_410_for_anyone_else_and_fine_for_who_used_it(invitation, catalogue_factory):
    path = join_path(invitation)
    first = browser()
    first.force_login(catalogue_factory.user("dana", email="dana@example.org"))
    assert first.post(path).status_code == 200
    again = first.get(path)
    assert again.status_code == 200 and b"Welcome to" in again.content  # a reload

    other = browser()
    other.force_login(catalogue_factory.user("eve", email="eve@example.org"))
    for response in (other.get(path), other.post(path)):
        assert response.status_code == 410
        assert b"already been used" in response.content
    assert not invitation.user_group.members.filter(username="eve").exists()


def test_an_expired_link_is_410(invitation, catalogue_factory):
    client = browser()
    client.force_login(catalogue_factory.user("dana", email="dana@example.org"))
    later = invitation.expires_at + timedelta(seconds=1)
    with mock.patch("applications.domain.now", return_value=later):
        page = client.get(join_path(invitation))
        posted = client.post(join_path(invitation))
    for response in (page, posted):
        assert response.status_code == 410
        assert b"This invitation has expired" in response.content
    assert invitation.expires_at.date().isoformat().encode() in page.content
    assert not invitation.user_group.members.filter(username="dana").exists()
    assert settings.REVIEW_INVITATION_DAYS == 14


@pytest.mark.parametrize(
    "token",
    ["nonsense", "MQ:1vQ2aB:forged-signature", "x" * 300, "%00", "eyJhIjoxfQ:1vQ2aB:abc"],
)
def test_a_damaged_link_is_400(invitation, catalogue_factory, token):
    client = browser()
    client.force_login(catalogue_factory.user("dana", email="dana@example.org"))
    for response in (client.get(f"/reviews/join/{token}/"), client.post(f"/reviews/join/{token}/")):
        assert response.status_code == 400
        assert b"This invitation link is not valid" in response.content


def test_a_deleted_invitation_is_400(invitation, catalogue_factory):
    path = join_path(invitation)
    invitation.delete()
    client = browser()
    client.force_login(catalogue_factory.user("dana", email="dana@example.org"))
    assert client.get(path).status_code == 400
