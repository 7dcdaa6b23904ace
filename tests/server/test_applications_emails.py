"""E-mails of the application workflow: who gets which, in which language, once committed."""

from __future__ import annotations

import pytest
from applications import domain, tasks
from django.db import transaction

from tests.server.factories_applications import make_manager, new_application, submitted

pytestmark = pytest.mark.django_db

#: A word each language's e-mails use, and one of its state names.
WORDS = {
    "en": ("received", "changes requested"),
    "ro": ("primită", "modificări solicitate"),
    "sv": ("tagits emot", "ändringar begärda"),
    "zh-hant": ("已收到", "需要修改"),
}


@pytest.mark.parametrize("language", list(WORDS))
def test_owner_emails_in_the_application_language(
    catalogue_factory, mailoutbox, django_capture_on_commit_callbacks, language
):
    manager = make_manager(catalogue_factory, email="boss@example.org")
    owner = catalogue_factory.user(email="owner@example.org")
    received, changes = WORDS[language]
    with django_capture_on_commit_callbacks(execute=True):
        application = submitted(catalogue_factory, owner, language=language)
    receipt = next(m for m in mailoutbox if m.to == ["owner@example.org"])
    assert received in receipt.subject and "Geo Trainers SRL" in receipt.subject
    notice = next(m for m in mailoutbox if m.to == ["boss@example.org"])
    assert "New application to screen" in notice.subject  # managers: the site's language (en)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        domain.start_screening(application_id=application.pk, user=manager)
        domain.request_changes(
            application_id=application.pk, user=manager, remarks="Please add exercises & data."
        )
    assert [m.to for m in mailoutbox] == [["owner@example.org"]] * 2
    last = mailoutbox[-1]
    assert changes in last.subject
    assert "Please add exercises & data." in last.body  # not HTML-escaped


def test_nothing_is_sent_when_the_change_rolls_back(
    catalogue_factory, mailoutbox, django_capture_on_commit_callbacks
):
    make_manager(catalogue_factory, email="boss@example.org")
    application = new_application(catalogue_factory)
    owner = application.organisation.owners.get()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        domain.submit(application_id=application.pk, user=owner)
        raise RuntimeError("rolled back")
    assert mailoutbox == []
    application.refresh_from_db()
    assert application.state == "draft"


def test_every_manager_gets_the_notice(
    catalogue_factory, mailoutbox, django_capture_on_commit_callbacks
):
    make_manager(catalogue_factory, "m1", email="m1@example.org")
    make_manager(catalogue_factory, "m2", email="m2@example.org")
    catalogue_factory.user("root", email="root@example.org", is_superuser=True)
    catalogue_factory.user("plain", email="plain@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        submitted(catalogue_factory)
    recipients = sorted(m.to[0] for m in mailoutbox if "screen" in m.subject)
    assert recipients == ["m1@example.org", "m2@example.org", "root@example.org"]


@pytest.mark.parametrize("language", list(WORDS))
def test_every_template_renders_in_every_language(catalogue_factory, language):
    application = new_application(catalogue_factory)
    context = {
        **tasks._context(application, language),
        "next_steps": "…",
        "remarks": "R",
        "deletion_date": "2027-01-01",
    }
    for kind in ("submitted_owner", "submitted_manager", "state_changed", "idle_warning"):
        subject, body = tasks.render_email(kind, language, context)
        assert subject and "\n" not in subject and "{" not in subject, (kind, language)
        assert "Geo Trainers SRL" in subject + body and "{{" not in body
    english = tasks.render_email("idle_warning", "en", context)[0]
    if language != "en":
        assert tasks.render_email("idle_warning", language, context)[0] != english
