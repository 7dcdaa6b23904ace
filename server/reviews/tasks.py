"""Background work of reviews: the workflow's e-mails and its deadline checks.

``reviews.domain`` enqueues these once a change is committed. Every e-mail is written in its
recipient's language (:func:`applications.tasks.user_language`; owners read the language they
applied in). What applicants receive never names a reviewer nor quotes a review: the decision
e-mail carries the PSC's rationale only.

Deadlines: :func:`schedule_deadlines` defers one check per reminder day and one at the due
date (``run_after``) when the task backend can defer (the database backend can; the immediate
backend of the tests cannot, then nothing is deferred and ``manage.py sweep_reviews`` does the
work). Each check re-reads the state through the domain's sweep, so a check that runs twice,
late, or after the cron sweep changes nothing.
"""

from __future__ import annotations

import inspect
from datetime import datetime, timedelta
from typing import Any

from applications import tasks as application_tasks
from applications import texts
from applications.tasks import managers, user_language
from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.urls import NoReverseMatch, reverse
from django_tasks import default_task_backend, task

from . import email_texts

TEMPLATE_DIR = "reviews/email"
INVITATION_SALT = "reviews.invitation"


# --- helpers --------------------------------------------------------------------------------


def invitation_token(invitation_id: int) -> str:
    """The signed token of an invitation's link; made when the e-mail is rendered, stored
    nowhere (``reviews.domain.accept_invitation`` unsigns it)."""
    return signing.dumps(invitation_id, salt=INVITATION_SALT)


def site_url() -> str:
    return str(getattr(settings, "SITE_URL", "") or "").rstrip("/")


def render(kind: str, language: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) from ``reviews/email/<kind>.<language>.txt``."""
    return application_tasks.render_email(kind, language, context, directory=TEMPLATE_DIR)


def _send_each(kind: str, users: list[Any], context_for: Any) -> int:
    """One message per distinct address, in each recipient's language."""
    sent = 0
    seen: set[str] = set()
    for user in sorted(users, key=lambda u: (u.email.lower(), u.pk)):
        email = (user.email or "").strip()
        if not email or email.lower() in seen or not user.is_active:
            continue
        seen.add(email.lower())
        language = user_language(user)
        subject, body = render(kind, language, context_for(language, user))
        sent += send_mail(subject, body, None, [email])
    return sent


def _send_to_addresses(kind: str, language: str, context: dict[str, Any], emails: list[str]) -> int:
    emails = sorted({e.strip() for e in emails if e and e.strip()})
    if not emails:
        return 0
    subject, body = render(kind, language, context)
    return send_mail(subject, body, None, emails)


def _application_context(application: Any, language: str) -> dict[str, Any]:
    details = application.details or {}
    organisation = application.organisation
    return {
        "name": details.get("name") or organisation.name,
        "country": str(getattr(organisation, "country", "") or ""),
        "round": application.round,
        "site": site_url(),
        "language": language,
    }


def _date(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else ""


def _routing(routing_id: int) -> Any:
    from .models import Routing

    return (
        Routing.objects.select_related("application__organisation")
        .prefetch_related("groups__user_group__coordinator")
        .filter(pk=routing_id)
        .first()
    )


def _group_names(routing: Any) -> list[str]:
    return sorted(g.user_group.name for g in routing.groups.all())


def _coordinators(routings: list[Any]) -> list[Any]:
    found: dict[int, Any] = {}
    for routing in routings:
        for routed in routing.groups.all():
            coordinator = routed.user_group.coordinator
            if coordinator is not None:
                found[coordinator.pk] = coordinator
    return list(found.values())


def _routing_context(routing: Any, language: str) -> dict[str, Any]:
    context = _application_context(routing.application, language)
    context.update(
        target=routing.target,
        groups=", ".join(_group_names(routing)),
        routed_at=_date(routing.routed_at),
        due_at=_date(routing.due_at),
        reason_label=email_texts.label(email_texts.REASONS, routing.reason_code, language),
        reason=routing.reason,
    )
    return context


# --- e-mails --------------------------------------------------------------------------------


@task()
def notify_routed(routing_id: int, assignment_ids: list[int] | None = None) -> int:
    """A routing: each active assignee learns what to review and by when (only the given
    assignments' reviewers when someone joins a group with open routings)."""
    routing = _routing(routing_id)
    if routing is None or not routing.current:
        return 0
    assignments = routing.assignments.select_related("reviewer").filter(active=True)
    if assignment_ids is not None:
        assignments = assignments.filter(pk__in=assignment_ids)
    reviewers = [a.reviewer for a in assignments]
    return _send_each(
        "routed", reviewers, lambda language, _user: _routing_context(routing, language)
    )


def _which(which: Any) -> str:
    return "second" if str(which).lower() in {"second", "2", "25"} else "first"


@task()
def notify_reminder(assignment_id: int, which: str) -> int:
    """Day 14 (``first``) or day 25 (``second``): a reviewer who has not submitted yet."""
    from .models import Assignment, Review

    assignment = (
        Assignment.objects.select_related("reviewer", "routing__application__organisation")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is None or not assignment.active or not assignment.routing.current:
        return 0
    if Review.objects.filter(assignment=assignment, state="submitted").exists():
        return 0  # submitted since the sweep decided to remind
    routing = assignment.routing
    kind = _which(which)

    def context(language: str, _user: Any) -> dict[str, Any]:
        return {
            **_routing_context(routing, language),
            "which": kind,
            "declared": assignment.declaration == "none",
        }

    return _send_each("reminder", [assignment.reviewer], context)


@task()
def notify_escalated(routing_id: int) -> int:
    """An escalation to the PSC: the managers and the coordinators of the groups it left.
    The escalated routing has a new due date and new assignees: their deadlines are
    scheduled again (a check already past runs at once and finds nothing to do)."""
    from .models import Routing

    routing = _routing(routing_id)
    if routing is None:
        return 0
    if supports_defer():
        schedule_deadlines.enqueue(routing_id=routing_id)
    same_round = list(
        Routing.objects.filter(application_id=routing.application_id, round=routing.round)
        .prefetch_related("groups__user_group__coordinator")
        .order_by("pk")
    )
    recipients = managers() + _coordinators(same_round)
    return _send_each(
        "escalated", recipients, lambda language, _user: _routing_context(routing, language)
    )


@task()
def notify_divergence(routing_id: int) -> int:
    """Two reviewers' totals differ by more than the ratio: coordinators and managers."""
    routing = _routing(routing_id)
    if routing is None:
        return 0
    ratio = float(getattr(settings, "REVIEW_DIVERGENCE_RATIO", 0.3))
    recipients = managers() + _coordinators([routing])

    def context(language: str, _user: Any) -> dict[str, Any]:
        return {**_routing_context(routing, language), "percent": round(ratio * 100)}

    return _send_each("divergence", recipients, context)


@task()
def notify_decision(decision_id: int) -> int:
    """The PSC's decision to the owners, with its rationale (never the reviews or names)."""
    from .models import Decision

    decision = (
        Decision.objects.select_related("application__organisation").filter(pk=decision_id).first()
    )
    if decision is None:
        return 0
    application = decision.application
    language = texts.supported(application.language) or texts.DEFAULT_LANGUAGE
    context = {
        **_application_context(application, language),
        "outcome": decision.outcome,
        "outcome_label": email_texts.label(email_texts.OUTCOMES, decision.outcome, language),
        "rationale": decision.rationale,
        "on_appeal": decision.on_appeal,
        "psc_only": decision.psc_only,
        "user_groups_url": getattr(settings, "USER_GROUPS_PAGE_URL", ""),
        "decided_at": _date(decision.decided_at),
    }
    owners = application.organisation.owners.filter(is_active=True)
    return _send_to_addresses("decision", language, context, [u.email for u in owners])


@task()
def notify_appeal(appeal_id: int) -> int:
    """An appeal was lodged: every certification manager (the PSC)."""
    from .models import Appeal

    appeal = Appeal.objects.select_related("application__organisation").filter(pk=appeal_id).first()
    if appeal is None:
        return 0

    def context(language: str, _user: Any) -> dict[str, Any]:
        return {
            **_application_context(appeal.application, language),
            "criteria": ", ".join(appeal.criteria or []),
            "evidence": appeal.evidence,
            "links": list(appeal.links or []),
            "submitted_at": _date(appeal.submitted_at),
        }

    return _send_each("appeal_received", managers(), context)


def join_url(token: str) -> str:
    try:
        path = reverse("reviews:join", kwargs={"token": token})
    except NoReverseMatch:
        path = f"/reviews/join/{token}/"
    return site_url() + path


@task()
def send_invitation(invitation_id: int, language: str = "") -> int:
    """The invitation with its signed link (the token exists only in this message)."""
    from .models import Invitation

    invitation = (
        Invitation.objects.select_related("user_group", "invited_by")
        .filter(pk=invitation_id, accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        return 0
    chosen = (
        texts.supported(language)
        or texts.supported(getattr(invitation, "language", ""))
        or texts.DEFAULT_LANGUAGE
    )
    inviter = invitation.invited_by
    context = {
        "group": invitation.user_group.name,
        "inviter": (inviter.get_full_name() or inviter.get_username()) if inviter else "",
        "link": join_url(invitation_token(invitation.pk)),
        "expires_at": _date(invitation.expires_at),
        "site": site_url(),
        "language": chosen,
    }
    return _send_to_addresses("invitation", chosen, context, [invitation.email])


# --- deadlines ------------------------------------------------------------------------------


def supports_defer() -> bool:
    return bool(getattr(default_task_backend, "supports_defer", False))


def deadline_moments(routing: Any) -> list[datetime]:
    """When the routing's state may change: each reminder day counted from each active
    assignment (as the sweep counts), and the due date."""
    days = [int(d) for d in getattr(settings, "REVIEW_REMINDER_DAYS", (14, 25))]
    starts = set(routing.assignments.filter(active=True).values_list("created_at", flat=True))
    moments = {start + timedelta(days=d) for start in starts or {routing.routed_at} for d in days}
    if routing.due_at is not None:
        moments.add(routing.due_at)
    return sorted(moments)


@task()
def schedule_deadlines(routing_id: int) -> int:
    """Defer a state check at each deadline of a routing; 0 when the backend cannot defer."""
    if not supports_defer():
        return 0
    routing = _routing(routing_id)
    if routing is None:
        return 0
    deferred = 0
    for moment in deadline_moments(routing):
        check_deadlines.using(run_after=moment).enqueue(routing_id=routing_id)
        deferred += 1
    return deferred


@task()
def check_deadlines(routing_id: int) -> Any:
    """A deferred deadline: the domain's sweep re-checks the state (idempotent)."""
    from . import domain

    sweep = domain.sweep
    if "routing_id" in inspect.signature(sweep).parameters:
        result = sweep(routing_id=routing_id)
    else:
        result = sweep()
    return _jsonable(result)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (int, float, str, bool)) or value is None:
        return value
    return str(value)
