"""The reviews' e-mails (issue 11): every kind in every language, sent to the right people
once, in the recipient's language, and never naming a reviewer to an applicant.

The clock is moved by patching the domain's ``now`` (``applications.domain.now``, which
``reviews.domain`` reuses); ``manage.py sweep_reviews`` does what cron does in production.
"""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
from applications.texts import LANGUAGES
from django.conf import settings as django_settings
from django.core import signing
from django.core.management import call_command
from django.template.loader import get_template
from django.test import override_settings
from django_tasks import task_backends
from reviews import domain, tasks
from reviews.models import Assignment, Routing

from tests.server import factories_reviews as fr

TEMPLATES = Path(tasks.__file__).parent / "templates" / tasks.TEMPLATE_DIR
KINDS = (
    "routed",
    "reminder",
    "escalated",
    "divergence",
    "decision",
    "appeal_received",
    "invitation",
)

#: A word each language's e-mails always carry (the programme's name in that language).
SIGNATURE = {
    "en": "QGIS Certification Programme",
    "ro": "Programul de certificare QGIS",
    "sv": "QGIS certifieringsprogram",
    "zh-hant": "QGIS 認證計畫",
}

CONTEXT = {
    "name": "Geo <Trainers> & Co",
    "country": "RO",
    "round": 2,
    "site": "https://certification.example",
    "target": "group",
    "groups": "QGIS Romania",
    "routed_at": "2026-11-01",
    "due_at": "2026-12-01",
    "reason_label": "a reason",
    "reason": "Too few reviewers.",
    "which": "second",
    "declared": False,
    "percent": 30,
    "outcome": "approve",
    "outcome_label": "approved",
    "rationale": "Line one.\nLine <two>.",
    "on_appeal": False,
    "psc_only": True,
    "user_groups_url": "https://qgis.org/community/groups/",
    "decided_at": "2026-12-02",
    "criteria": "quality, standing",
    "evidence": "New evidence.",
    "links": ["https://example.org/a"],
    "submitted_at": "2026-12-02",
    "group": "QGIS Romania",
    "inviter": "Maja Manager",
    "link": "https://certification.example/reviews/join/TOKEN/",
    "expires_at": "2026-12-16",
}


def test_every_kind_exists_in_every_language():
    found = {p.name for p in TEMPLATES.glob("*.txt")}
    expected = {f"{kind}.{language}.txt" for kind in KINDS for language in LANGUAGES}
    assert expected <= found, expected - found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_email_renders_in_its_language(kind, language):
    subject, body = tasks.render(kind, language, dict(CONTEXT))
    assert subject and "\n" not in subject
    assert "{{" not in subject + body and "{%" not in subject + body
    assert SIGNATURE[language] in body
    for other, signature in SIGNATURE.items():
        if other != language:
            assert signature not in body, (kind, language, other)
    # Plain text: nothing is HTML-escaped (names with & and < arrive as written).
    assert "&amp;" not in subject + body and "&lt;" not in subject + body
    if kind in {"routed", "reminder", "escalated", "divergence", "decision", "appeal_received"}:
        assert "Geo <Trainers> & Co" in subject + body
    if language != "en":
        english = tasks.render(kind, "en", dict(CONTEXT))[1]
        assert body != english


def test_templates_are_plain_text_blocks():
    for path in TEMPLATES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("{% autoescape off %}Subject: "), path.name
        get_template(f"{tasks.TEMPLATE_DIR}/{path.name}")  # compiles


@pytest.mark.parametrize("language", LANGUAGES)
def test_decision_links_the_user_groups_page_only_when_the_psc_decided_alone(language):
    with_link = tasks.render("decision", language, {**CONTEXT, "psc_only": True})[1]
    without = tasks.render("decision", language, {**CONTEXT, "psc_only": False})[1]
    assert CONTEXT["user_groups_url"] in with_link
    assert CONTEXT["user_groups_url"] not in without
    assert "Line <two>." in with_link


def test_reminder_says_last_on_the_second_only():
    first = tasks.render("reminder", "en", {**CONTEXT, "which": "first"})
    second = tasks.render("reminder", "en", {**CONTEXT, "which": "second"})
    assert "(last)" in second[0] and "(last)" not in first[0]
    assert re.search(r"last reminder", second[1]) and "last reminder" not in first[1]


# --- sent by the workflow -------------------------------------------------------------------

JUSTIFICATION = "Reviewer-only remark: the exercises lack data."


def clock(moment):
    """Moves the domain's clock (``reviews.domain.now`` reads ``applications.domain.now``)."""
    return mock.patch("applications.domain.now", return_value=moment)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """``with commit():`` runs what the domain enqueued on commit at the end of the block,
    as a real commit would (the test's own transaction never commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def sweep_at(commit):
    def sweep(moment) -> str:
        out = io.StringIO()
        with clock(moment), commit():
            call_command("sweep_reviews", stdout=out)
        return out.getvalue()

    return sweep


def _date(moment) -> str:
    return moment.date().isoformat()


@pytest.fixture
def grouped(catalogue_factory, mailoutbox, commit):
    """An application (applied in Swedish) routed to "QGIS Romania" (3 members, the first
    its coordinator)."""
    f = catalogue_factory
    manager = fr.manager(f)
    group = fr.user_group(f, members=3, coordinator=True)
    owner = f.user("owner-sv", email="owner@fjord.example", first_name="Olle")
    with commit():
        application, routing = fr.routed_application(f, by=manager, owner=owner, language="sv")
    return SimpleNamespace(
        manager=manager, group=group, owner=owner, application=application, routing=routing
    )


@pytest.mark.django_db
def test_routed_email_goes_to_each_assignee_in_their_language(
    catalogue_factory, mailoutbox, commit
):
    f = catalogue_factory
    fr.manager(f)
    group = fr.user_group(f, members=2)
    with mock.patch.object(django_settings, "LANGUAGE_CODE", "ro"), commit():
        _application, routing = fr.routed_application(f, language="sv")
    members = list(group.members.all())
    routed = [m for m in mailoutbox if "Cerere de evaluat" in m.subject]
    assert sorted(m.to[0] for m in routed) == sorted(u.email for u in members)
    for message in routed:
        assert "Geo Trainers SRL" in message.body
        assert "Programul de certificare QGIS" in message.body
        assert _date(routing.due_at) in message.body


@pytest.mark.django_db
def test_reminders_once_each_on_day_14_and_25_then_escalation_at_the_due_date(
    grouped, mailoutbox, commit, sweep_at
):
    manager, group, owner, application, routing = (
        grouped.manager,
        grouped.group,
        grouped.owner,
        grouped.application,
        grouped.routing,
    )
    members = fr.assignees(routing)
    assert len(members) == 3
    coordinator = group.coordinator
    with commit():
        fr.submitted_review(application, members[1])  # who submitted is never reminded
    start = routing.routed_at
    mailoutbox.clear()

    sweep_at(start + timedelta(days=13, hours=23))
    assert mailoutbox == []
    sweep_at(start + timedelta(days=14, minutes=1))
    first = [m for m in mailoutbox if m.subject.startswith("Reminder:")]
    assert sorted(m.to[0] for m in first) == sorted([members[0].email, members[2].email])
    count = len(mailoutbox)
    assert count == 2
    sweep_at(start + timedelta(days=14, hours=2))  # again the same day
    sweep_at(start + timedelta(days=20))
    assert len(mailoutbox) == count
    sweep_at(start + timedelta(days=25, minutes=1))
    second = [m for m in mailoutbox if m.subject.startswith("Reminder (last):")]
    assert sorted(m.to[0] for m in second) == sorted([members[0].email, members[2].email])
    assert "last reminder" in second[0].body
    count = len(mailoutbox)
    assert count == 4
    sweep_at(start + timedelta(days=26))
    assert len(mailoutbox) == count
    assert Assignment.objects.filter(reminded_second_at__isnull=False).count() == 2

    mailoutbox.clear()
    sweep_at(routing.due_at - timedelta(minutes=1))
    assert mailoutbox == []
    out = sweep_at(routing.due_at + timedelta(minutes=1))
    assert "escalated 1" in out
    escalated = [m for m in mailoutbox if m.subject.startswith("Escalated to the PSC")]
    assert sorted(m.to[0] for m in escalated) == sorted([manager.email, coordinator.email])
    assert "review period ended" in escalated[0].body
    routing.refresh_from_db()
    assert routing.target == "psc" and routing.reason_code == "overdue"
    count = len(mailoutbox)
    sweep_at(routing.due_at - timedelta(days=29))  # the PSC's new due date is far away
    assert not [m for m in mailoutbox[count:] if "Escalated" in m.subject]
    # Nothing of this reached the applicant.
    assert not [m for m in mailoutbox if owner.email in m.to]


@pytest.mark.django_db
def test_divergence_tells_the_coordinator_and_the_managers_once(grouped, mailoutbox, commit):
    manager, group, owner, application, routing = (
        grouped.manager,
        grouped.group,
        grouped.owner,
        grouped.application,
        grouped.routing,
    )
    members = fr.assignees(routing)
    mailoutbox.clear()
    with commit():
        fr.submitted_review(application, members[0], value=5)
    with commit():
        fr.submitted_review(application, members[1], value=1, recommendation="reject")
    diverging = [m for m in mailoutbox if "diverge" in m.subject]
    assert sorted(m.to[0] for m in diverging) == sorted([manager.email, group.coordinator.email])
    assert "30%" in diverging[0].body
    with commit():
        fr.submitted_review(application, members[2], value=3)
    assert len([m for m in mailoutbox if "diverge" in m.subject]) == 2
    assert not [m for m in mailoutbox if owner.email in m.to]


def _decide(application, manager, outcome="approve", rationale="Well documented material."):
    return domain.decide(
        application_id=application.pk, user=manager, outcome=outcome, rationale=rationale
    )


@pytest.mark.django_db
def test_decision_email_gives_the_rationale_in_the_applicants_language_without_reviewers(
    grouped, mailoutbox, commit
):
    manager, group, owner, application, routing = (
        grouped.manager,
        grouped.group,
        grouped.owner,
        grouped.application,
        grouped.routing,
    )
    members = fr.assignees(routing)
    with commit():
        for member in members[:2]:
            member.first_name, member.last_name = "Xenia", f"Quirk{member.pk}"
            member.save()
            fr.submitted_review(application, member, justification=JUSTIFICATION)
        domain.record_opinion(
            application_id=application.pk,
            user=group.coordinator,
            group_id=group.pk,
            recommendation="approve",
        )
    mailoutbox.clear()
    with commit():
        decision = _decide(application, manager, rationale="Strong contributions; current.")
    assert decision.psc_only is False
    (message,) = [m for m in mailoutbox if owner.email in m.to]
    assert message.subject.startswith("Beslut om ansökan från Geo Trainers SRL")
    assert "Strong contributions; current." in message.body
    assert "QGIS certifieringsprogram" in message.body
    assert django_settings.USER_GROUPS_PAGE_URL not in message.body
    for member in [*members, manager]:
        for word in (member.username, member.first_name, member.last_name, member.email):
            if word:
                assert word not in message.body and word not in message.subject, word
    assert JUSTIFICATION not in message.body


KENYA = {
    "name": "Savanna Mapping",
    "email": "office@savanna.example",
    "website": "https://savanna.example",
    "address": "1 Demo Road, Nairobi",
    "country": "KE",
    "phone": "+254 20 555 0142",
    "vat_number": "",
}


@pytest.mark.django_db
def test_psc_only_decision_encourages_founding_a_user_group_and_the_appeal_reaches_the_psc(
    catalogue_factory, mailoutbox, commit
):
    f = catalogue_factory
    manager = fr.manager(f)
    owner = f.user("owner-ke", email="owner@savanna.example")
    with commit():
        application, routing = fr.routed_application(
            f, by=manager, owner=owner, name="Savanna Mapping", details=KENYA
        )
    assert routing.target == "psc" and routing.reason_code == "no_group"
    mailoutbox.clear()
    with commit():
        decision = _decide(application, manager, outcome="reject", rationale="Material outdated.")
    assert decision.psc_only is True
    (message,) = [m for m in mailoutbox if owner.email in m.to]
    assert "rejected" in message.subject
    assert "Material outdated." in message.body
    assert django_settings.USER_GROUPS_PAGE_URL in message.body
    assert "founding one" in message.body
    assert "appeal this decision once" in message.body
    assert manager.username not in message.body

    mailoutbox.clear()
    with commit():
        domain.appeal(
            application_id=application.pk,
            user=owner,
            criteria=["material_current"],
            evidence="We updated every exercise to QGIS 3.40.",
            links=["https://savanna.example/material/"],
        )
    appeal = [m for m in mailoutbox if m.subject.startswith("Appeal lodged")]
    assert [m.to for m in appeal] == [[manager.email]]
    assert "QGIS 3.40" in appeal[0].body and "https://savanna.example/material/" in appeal[0].body
    assert "material_current" in appeal[0].body


@pytest.mark.django_db
def test_invitation_email_carries_a_signed_link_that_names_the_invitation(
    catalogue_factory, mailoutbox, commit
):
    f = catalogue_factory
    manager = fr.manager(f)
    group = fr.user_group(f, members=1)
    with commit():
        invitation = domain.invite(
            group_id=group.pk, user=manager, email="new.reviewer@example.org", language="zh-hant"
        )
    (message,) = mailoutbox
    assert message.to == ["new.reviewer@example.org"]
    assert message.subject == "邀請您擔任 QGIS Romania 的審查人"
    (token,) = re.findall(
        re.escape(django_settings.SITE_URL) + r"/reviews/join/([^/\s]+)/", message.body
    )
    assert signing.loads(token, salt=tasks.INVITATION_SALT) == invitation.pk
    assert domain.invitation_id(token) == invitation.pk
    assert _date(invitation.expires_at) in message.body


@pytest.mark.django_db
def test_deadline_tasks_defer_only_when_the_backend_can(grouped):
    routing = grouped.routing
    # The test settings' immediate backend cannot defer: nothing is scheduled, the sweep acts.
    assert tasks.supports_defer() is False
    assert tasks.schedule_deadlines.call(routing_id=routing.pk) == 0
    moments = tasks.deadline_moments(routing)
    start = routing.routed_at
    assert moments == sorted(
        {start + timedelta(days=14), start + timedelta(days=25), routing.due_at}
    )
    # A deferred check only re-reads the state: run early it changes nothing.
    result = tasks.check_deadlines.call(routing_id=routing.pk)
    assert result == {"reminded_first": 0, "reminded_second": 0, "escalated": 0}
    assert not Assignment.objects.filter(reminded_first_at__isnull=False).exists()
    assert Routing.objects.get(pk=routing.pk).target == "group"
    # Run at the first reminder day (as the worker would), it reminds once; again, nothing.
    with clock(moments[0] + timedelta(seconds=1)):
        first = tasks.check_deadlines.call(routing_id=routing.pk)
        again = tasks.check_deadlines.call(routing_id=routing.pk)
    assert first["reminded_first"] == 3 and again["reminded_first"] == 0


def test_deferred_checks_are_enqueued_with_run_after_when_the_backend_can_defer(grouped):
    routing = grouped.routing
    dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(TASKS=dummy):
        backend = task_backends["default"]
        assert tasks.supports_defer() is True
        assert tasks.schedule_deadlines.call(routing_id=routing.pk) == 3
        deferred = [(r.task.func.__name__, r.task.run_after, r.kwargs) for r in backend.results]
    assert deferred == [
        ("check_deadlines", moment, {"routing_id": routing.pk})
        for moment in tasks.deadline_moments(routing)
    ]
