"""Reviews for the server tests: a user group with members, a routed application, a reviewer
who declared, a submitted review. Built through ``reviews.domain`` (so the audit events and
the invariants are the real ones); ``f`` is the ``catalogue_factory`` fixture."""

from __future__ import annotations

import itertools
from typing import Any

from applications.models import Application
from catalogue.models import UserGroup
from reviews import domain
from reviews.models import Assignment, Review, RoutedGroup, Routing, RubricVersion

from tests.server.factories_applications import make_manager, submitted

_NUMBERS = itertools.count(1)


def criteria_keys() -> list[str]:
    version = RubricVersion.current()
    assert version is not None
    return [c.key for c in version.criteria.all()]


def scores(value: int = 4, **overrides: int) -> dict[str, int]:
    """A score for every criterion of the current rubric (``value``), some overridden."""
    return {key: overrides.get(key, value) for key in criteria_keys()}


def reviewers(f: Any, count: int, prefix: str = "reviewer") -> list[Any]:
    names = [f"{prefix}{next(_NUMBERS)}" for _ in range(count)]
    return [f.user(name, email=f"{name}@example.org") for name in names]


def user_group(
    f: Any,
    name: str = "QGIS Romania",
    country: str = "RO",
    members: int | list[Any] = 3,
    coordinator: Any = None,
    **fields: Any,
) -> UserGroup:
    """A user group of ``country`` with ``members`` (a number of new users, or the users);
    ``coordinator=True`` makes the first member its coordinator."""
    group = UserGroup.objects.create(name=name, country=country, **fields)
    people = reviewers(f, members, prefix="member") if isinstance(members, int) else members
    group.members.add(*people)
    if coordinator is True:
        coordinator = people[0]
    if coordinator is not None:
        group.coordinator = coordinator
        group.save()
    return group


def manager(f: Any) -> Any:
    """The certification manager (one per test database: username "manager")."""
    from django.contrib.auth import get_user_model

    existing = get_user_model().objects.filter(username="manager").first()
    return existing or make_manager(f, email="manager@example.org")


def routed_application(
    f: Any, by: Any = None, name: str = "Geo Trainers SRL", **kwargs: Any
) -> tuple[Application, Routing]:
    """A submitted application (country RO unless ``details`` say otherwise) accepted at
    screening by a manager: routed to the groups of its country, or to the PSC."""
    by = by or manager(f)
    application = submitted(f, name=name, **kwargs)
    domain.screen(application_id=application.pk, user=by, action="accept")
    application.refresh_from_db()
    routing = Routing.objects.get(application=application, current=True)
    return application, routing


def assignees(routing: Routing, group: UserGroup | None = None) -> list[Any]:
    """The active reviewers of a routing (of one group if given), in assignment order."""
    found = Assignment.objects.filter(routing=routing, active=True).select_related("reviewer")
    if group is not None:
        found = found.filter(user_group=group)
    return [a.reviewer for a in found.order_by("created_at", "pk")]


def declared(application: Application, reviewer: Any) -> Assignment:
    """``reviewer`` declared no conflict of interest."""
    return domain.declare(application_id=application.pk, user=reviewer, conflict=False)


def submitted_review(
    application: Application,
    reviewer: Any,
    value: int = 4,
    recommendation: str = "approve",
    justification: str = "Solid material and a known contributor.",
    **overrides: int,
) -> Review:
    """Declares (if not yet), saves and submits ``reviewer``'s review."""
    assignment = Assignment.objects.get(
        routing__application=application, routing__current=True, reviewer=reviewer
    )
    if assignment.declaration == "pending":
        declared(application, reviewer)
    domain.save_review(
        application_id=application.pk,
        user=reviewer,
        changes={
            "scores": scores(value, **overrides),
            "justification": justification,
            "recommendation": recommendation,
        },
    )
    review, _replayed = domain.submit_review(application_id=application.pk, user=reviewer)
    return review


def routed_group(routing: Routing, group: UserGroup | None = None) -> RoutedGroup:
    found = RoutedGroup.objects.filter(routing=routing)
    if group is not None:
        found = found.filter(user_group=group)
    return found.get()
