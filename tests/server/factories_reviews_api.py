"""Applications under review for the API tests: routed through ``reviews.domain`` as the
screening endpoint does, reviewers declared and reviews written by the domain's functions."""

from __future__ import annotations

from typing import Any

from applications.models import Application
from catalogue.models import UserGroup
from reviews import domain
from reviews.models import RubricVersion

from tests.server.factories_applications import submitted


def scores(value: int = 4) -> dict[str, int]:
    version = RubricVersion.current()
    assert version is not None
    return {c.key: value for c in version.criteria.all()}


def group_with(f: Any, members: int, country: str = "RO", coordinator: Any = None) -> UserGroup:
    """A user group of ``country`` with ``members`` new reviewers (and its coordinator)."""
    group = f.user_group(country=country, coordinator=coordinator)
    group.members.add(*[f.user() for _ in range(members)])
    if coordinator is not None:
        group.members.add(coordinator)
    return group


def routed(f: Any, manager: Any, owner: Any = None, **kwargs: Any) -> Application:
    """A submitted application accepted at screening: routed (to its country's group or the
    PSC)."""
    application = submitted(f, owner, **kwargs)
    return domain.screen(application_id=application.pk, user=manager, action="accept")


def declare_none(application: Application, *reviewers: Any) -> None:
    for reviewer in reviewers:
        domain.declare(application_id=application.pk, user=reviewer, conflict=False)


def review(application: Application, reviewer: Any, value: int = 4, submit: bool = True) -> None:
    """``reviewer`` declares no conflict, scores every criterion ``value`` and (by default)
    submits."""
    domain.declare(application_id=application.pk, user=reviewer, conflict=False)
    domain.save_review(
        application_id=application.pk,
        user=reviewer,
        changes={
            "scores": scores(value),
            "justification": "Seen the material and the links.",
            "recommendation": "approve" if value >= 3 else "reject",
        },
    )
    if submit:
        domain.submit_review(application_id=application.pk, user=reviewer)
