"""Demo reviews for ``seed_demo``: something waiting for every review role.

- ``reviewer`` and ``reviewer2`` (its coordinator) in the user group of the demo's grouped
  country; waiting for ``reviewer``: "Carpathian GIS Academy", due in 3 days (``reviewer2``
  has submitted a review), and "Transylvania Spatial Lab", overdue and escalated to the PSC.
- ``manager`` (the PSC) decides: "Banat Geodata Institute" (both reviews in, the group's
  opinion confirmed), "Savanna Mapping Institute" in screening, and "Open Maps Collective",
  rejected by the PSC alone and appealed.

Everything goes through ``reviews.domain`` (audit events, assignments, the rules), then the
routings are moved back in time, whole, so the due dates read as the story says. Idempotent:
an application already past the step a plan wants is left as it is.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from accounts.emails import mark_verified
from applications import domain as app_domain
from applications.demo import (
    APPLICANT,
    COUNTRIES_WITHOUT_GROUPS,
    _details,
    submitted_application,
)
from applications.models import Application, State
from catalogue.models import UserGroup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from . import domain
from .models import Appeal, Assignment, Decision, Review, RoutedGroup, Routing, RubricVersion

REVIEWER, SECOND_REVIEWER, MANAGER = "reviewer", "reviewer2", "manager"
GROUPED_COUNTRY = "RO"
CITIES = {"KE": "Nairobi", "GH": "Accra", "NG": "Lagos", "IN": "Pune", "IE": "Galway"}
DAY = 86400.0


def _account(username: str, first_name: str, last_name: str) -> Any:
    from catalogue.demo import DEMO_PASSWORD

    user, _created = get_user_model().objects.update_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@demo.example",
            "is_active": True,
        },
    )
    user.set_password(DEMO_PASSWORD)
    user.save()
    mark_verified(user)
    return user


def _manager() -> Any:
    manager = get_user_model().objects.filter(username=MANAGER).first()
    if manager is None:  # seed_demo_users makes it; never a half-made demo
        raise RuntimeError("seed the demo users first (catalogue.demo.seed_demo_users)")
    return manager


def _scores(*values: int) -> dict[str, int]:
    version = RubricVersion.current()
    keys = [c.key for c in version.criteria.all()] if version else []
    return {key: values[i % len(values)] for i, key in enumerate(keys)}


def _review(
    application: Application, user: Any, scores: dict[str, int], text: str, recommendation: str
) -> None:
    assignment = Assignment.objects.get(
        routing__application=application, routing__current=True, reviewer=user
    )
    if assignment.declaration == "pending":
        domain.declare(application_id=application.pk, user=user, conflict=False)
    review = Review.objects.filter(assignment=assignment).first()
    if review is not None and review.state == "submitted":
        return
    domain.save_review(
        application_id=application.pk,
        user=user,
        changes={"scores": scores, "justification": text, "recommendation": recommendation},
    )
    domain.submit_review(application_id=application.pk, user=user)


def _back_in_time(routing: Routing, days: float) -> None:
    """Moves a routing and everything on it ``days`` into the past, and marks the reminders
    that would have gone out meanwhile as sent (the demo's start must not send a pile)."""
    delta = timedelta(days=days)
    Routing.objects.filter(pk=routing.pk).update(
        routed_at=F("routed_at") - delta,
        due_at=F("due_at") - delta,
        escalated_at=F("escalated_at") - delta,
        divergence_at=F("divergence_at") - delta,
    )
    assignments = Assignment.objects.filter(routing=routing)
    assignments.update(
        created_at=F("created_at") - delta,
        declared_at=F("declared_at") - delta,
        reminded_first_at=F("reminded_first_at") - delta,
        reminded_second_at=F("reminded_second_at") - delta,
    )
    Review.objects.filter(assignment__routing=routing).update(
        updated_at=F("updated_at") - delta, submitted_at=F("submitted_at") - delta
    )
    RoutedGroup.objects.filter(routing=routing).update(confirmed_at=F("confirmed_at") - delta)
    now = timezone.now()
    first, second = [*settings.REVIEW_REMINDER_DAYS, 14, 25][:2]
    for assignment in assignments:
        age = now - assignment.created_at
        if assignment.reminded_first_at is None and age >= timedelta(days=first):
            assignment.reminded_first_at = assignment.created_at + timedelta(days=first)
        if assignment.reminded_second_at is None and age >= timedelta(days=second):
            assignment.reminded_second_at = assignment.created_at + timedelta(days=second)
        assignment.save(update_fields=["reminded_first_at", "reminded_second_at"])


def _submitted_application(name: str, country: str, city: str, phone: str, owner: Any) -> Any:
    """A new demo organisation's submitted application, or ``None`` if it exists already."""
    return submitted_application(
        owner,
        _details(name, country, city, phone),
        contributions=[
            ("documentation", "Romanian chapters of the QGIS training manual."),
            ("user_group", "Hosting the yearly regional QGIS user meeting."),
        ],
        courses=[("intro", "Introduction to QGIS"), ("carto", "Cartography")],
        message="Thank you for reviewing our application.",
    )


def _open_application(name: str) -> Application | None:
    return (
        Application.objects.filter(organisation__name=name).order_by("-created_at", "-pk").first()
    )


def _accept(application: Application, manager: Any) -> Routing:
    domain.screen(application_id=application.pk, user=manager, action="accept")
    return Routing.objects.get(application=application, current=True)


def seed_demo_reviews() -> tuple[str, ...]:
    """Creates the review demo (see the module docstring); returns the new usernames."""
    manager = _manager()
    reviewer = _account(REVIEWER, "Radu", "Reviewer")
    second = _account(SECOND_REVIEWER, "Rebeca", "Recenzent")
    owner = get_user_model().objects.get(username=APPLICANT)
    group = UserGroup.objects.filter(country=GROUPED_COUNTRY).order_by("name").first()
    if group is None:
        group = UserGroup.objects.create(name="QGIS Romania", country=GROUPED_COUNTRY)
    group.members.add(reviewer, second)  # joining assigns the group's open routings
    if group.coordinator_id is None:
        group.coordinator = second
        group.save(update_fields=["coordinator", "updated_at"])

    # Due in 3 days: routed 27 days ago (a 30-day period); reviewer2 has submitted.
    carpathian = _open_application("Carpathian GIS Academy")
    if carpathian is not None and carpathian.state == State.SUBMITTED:
        routing = _accept(carpathian, manager)
        _review(
            carpathian,
            second,
            _scores(4, 3, 4, 4, 3),
            "Active translators and meeting organisers; exercises use QGIS 3.40.",
            "approve",
        )
        period = (routing.due_at - routing.routed_at).total_seconds() / DAY
        _back_in_time(routing, period - 3 + 1 / 24)  # due in 3 days (less an hour)

    # Overdue and escalated: the group missed its month, the PSC is five days late too.
    lab = _submitted_application(
        "Transylvania Spatial Lab", GROUPED_COUNTRY, "Sibiu", "269 555 021", owner
    )
    if lab is not None:
        routing = _accept(lab, manager)
        _back_in_time(routing, (routing.due_at - timezone.now()).total_seconds() / DAY + 1)
        domain.sweep(routing_id=routing.pk)  # the group's due date passed: to the PSC
        routing.refresh_from_db()
        _back_in_time(routing, (routing.due_at - timezone.now()).total_seconds() / DAY + 5)

    # Awaiting the PSC's decision: both reviews in, the group's opinion confirmed.
    banat = _submitted_application(
        "Banat Geodata Institute", GROUPED_COUNTRY, "Timișoara", "256 555 034", owner
    )
    if banat is not None:
        routing = _accept(banat, manager)
        _review(banat, reviewer, _scores(4, 4, 3, 4, 4), "Current material, clear.", "approve")
        _review(banat, second, _scores(4, 3, 4, 4, 4), "Long-standing contributors.", "approve")
        proposal = domain.proposal(RoutedGroup.objects.get(routing=routing, user_group=group))
        domain.record_opinion(
            application_id=banat.pk,
            user=second,
            group_id=group.pk,
            recommendation=proposal["recommendation"] or "approve",
        )
        _back_in_time(routing, 12)

    # In screening (the manager accepts it, sends it back or rejects it as ineligible).
    savanna = _open_application("Savanna Mapping Institute")
    if savanna is not None and savanna.state == State.SUBMITTED:
        app_domain.start_screening(application_id=savanna.pk, user=manager)

    # Appealed: no user group in its country, the PSC rejected it, the owners appealed.
    grouped = set(UserGroup.objects.values_list("country", flat=True))
    country = next((c for c in reversed(COUNTRIES_WITHOUT_GROUPS) if c not in grouped), "IE")
    sahel = _submitted_application(
        "Open Maps Collective", country, CITIES.get(country, "Capital"), "55 501 77", owner
    )
    if sahel is not None:
        routing = _accept(sahel, manager)
        _review(
            sahel,
            manager,
            _scores(3, 1, 3, 3, 2),
            "Contributions are real, but the material predates every supported release.",
            "reject",
        )
        domain.decide(
            application_id=sahel.pk,
            user=manager,
            outcome="reject",
            rationale="The training material targets QGIS 2.18, which is no longer supported.",
        )
        domain.appeal(
            application_id=sahel.pk,
            user=owner,
            criteria=["material_current"],
            evidence="Every course now uses QGIS 3.40 LTR; the exercises were rewritten.",
            links=["https://training.demo.example/intro/lectures/"],
        )
        _back_in_time(routing, 20)
        Decision.objects.filter(application=sahel).update(
            decided_at=F("decided_at") - timedelta(days=6)
        )
        Appeal.objects.filter(application=sahel).update(
            submitted_at=F("submitted_at") - timedelta(days=2)
        )
    return (SECOND_REVIEWER,)
