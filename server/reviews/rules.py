"""Who may see what of a review: predicates that combine (ARCHITECTURE §7).

A reviewer is someone with an active assignment on the application's current routing; they
see the material only after declaring no conflict of interest, and the others' reviews only
after submitting their own. Coordinators of the routed groups and certification managers see
every review. Applicants (owners and conveners of the organisation) never see a review or a
reviewer's name, whatever else they are.
"""

from __future__ import annotations

from typing import Any

from accounts.roles import is_signed_in
from applications.models import Application
from catalogue.models import UserGroup
from catalogue.rules import convener_of, is_manager, owner_of
from django.db.models import Q, QuerySet

from .models import Assignment, Declaration, Review, ReviewState

__all__ = [
    "applicant_of",
    "assigned_to",
    "assignment_of",
    "coordinator_of",
    "declared_none",
    "is_manager",
    "material_q",
    "may_see_material",
    "may_see_others_reviews",
    "may_see_reviews",
    "visible_reviews",
]


def applicant_of(user: Any, application: Application) -> bool:
    """An owner or a course convener of the applying organisation."""
    organisation = application.organisation
    return owner_of(user, organisation) or convener_of(user, organisation)


def assignment_of(user: Any, application: Application) -> Assignment | None:
    """``user``'s active assignment on the application's current routing, if any."""
    if not is_signed_in(user):
        return None
    return (
        Assignment.objects.select_related("routing", "user_group")
        .filter(
            routing__application_id=application.pk,
            routing__current=True,
            reviewer_id=user.pk,
            active=True,
        )
        .first()
    )


def assigned_to(user: Any, application: Application) -> bool:
    return assignment_of(user, application) is not None


def declared_none(user: Any, application: Application) -> bool:
    """Assigned, and declared no conflict of interest."""
    assignment = assignment_of(user, application)
    return assignment is not None and assignment.declaration == Declaration.NONE


def may_see_material(user: Any, application: Application) -> bool:
    """What ``applications.rules.reviewer_of_application`` asks: the snapshot and the files."""
    return declared_none(user, application)


def material_q(user: Any, prefix: str = "") -> Q:
    """Applications (``prefix`` is the path to one) whose material ``user`` may see as a
    reviewer, for list queries."""
    if not is_signed_in(user):
        return Q(pk__in=[])
    ids = Assignment.objects.filter(
        reviewer_id=user.pk, active=True, routing__current=True, declaration=Declaration.NONE
    ).values("routing__application_id")
    return Q(**{f"{prefix}pk__in": ids})


def coordinator_of(user: Any, group: UserGroup | None) -> bool:
    return bool(group is not None and is_signed_in(user) and group.coordinator_id == user.pk)


def _coordinates_routed_group(user: Any, application: Application) -> bool:
    if not is_signed_in(user):
        return False
    return UserGroup.objects.filter(
        coordinator_id=user.pk,
        routings__routing__application_id=application.pk,
        routings__routing__current=True,
    ).exists()


def may_see_reviews(user: Any, application: Application) -> bool:
    """Managers, assignees who declared no conflict (their own review at least) and the
    routed groups' coordinators; never the applicants."""
    if not is_signed_in(user) or applicant_of(user, application):
        return False
    return (
        is_manager(user)
        or declared_none(user, application)
        or _coordinates_routed_group(user, application)
    )


def may_see_others_reviews(user: Any, application: Application) -> bool:
    """Managers and coordinators see all; a reviewer once their own review is submitted."""
    if not is_signed_in(user) or applicant_of(user, application):
        return False
    if is_manager(user):
        return True
    assignment = assignment_of(user, application)
    if assignment is not None:
        if assignment.declaration != Declaration.NONE:
            return False
        review = Review.objects.filter(assignment=assignment).first()
        return review is not None and review.state == ReviewState.SUBMITTED
    return _coordinates_routed_group(user, application)


def visible_reviews(user: Any, application: Application) -> QuerySet[Review]:
    """The reviews of the current routing ``user`` may read (their own draft included)."""
    reviews = Review.objects.filter(
        assignment__routing__application_id=application.pk, assignment__routing__current=True
    ).select_related("assignment__reviewer", "assignment__user_group", "rubric_version")
    if not may_see_reviews(user, application):
        return reviews.none()
    if may_see_others_reviews(user, application):
        return reviews.filter(Q(state=ReviewState.SUBMITTED) | Q(assignment__reviewer_id=user.pk))
    return reviews.filter(assignment__reviewer_id=user.pk)
