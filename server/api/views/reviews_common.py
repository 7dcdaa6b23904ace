"""What the reviews endpoints share: who the viewer is on an application, and the JSON shapes.

Who may see what is ``reviews.rules``'s; this module reads the rows those rules are about once
per request (the viewer's assignment, the current routing with its groups, assignments and
reviews prefetched), so an endpoint costs a fixed number of queries whatever the routing
holds. Applicants (owners) never get a review, a score or a reviewer's name from here: every
reviews endpoint but the appeal refuses them first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from applications import domain as applications_domain
from applications.models import Application
from django.db.models import Prefetch, QuerySet
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.views import APIView
from reviews import domain, rules
from reviews.models import Assignment, Criterion, Review, RoutedGroup, Routing

from ..negotiation import ApiContentNegotiation
from .applications import ApplicationsView, Conflict, SafeJSONParser, domain_call

MAX_SCORE = 5


def iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None


def routings_with_relations(queryset: QuerySet[Routing]) -> QuerySet[Routing]:
    """Routings with what their JSON needs, in a fixed number of queries."""
    return queryset.select_related("rubric_version").prefetch_related(
        Prefetch("rubric_version__criteria", queryset=Criterion.objects.order_by("position", "id")),
        Prefetch(
            "groups",
            queryset=RoutedGroup.objects.select_related(
                "user_group__coordinator", "confirmed_by"
            ).order_by("user_group__name", "id"),
        ),
        Prefetch(
            "assignments",
            queryset=Assignment.objects.select_related("reviewer", "user_group", "review").order_by(
                "created_at", "id"
            ),
        ),
    )


def current_routing(application: Application) -> Routing | None:
    return (
        routings_with_relations(Routing.objects.filter(application=application, current=True))
        .order_by("-round", "-id")
        .first()
    )


def criteria_of(routing: Routing | None) -> list[Criterion]:
    if routing is None or routing.rubric_version_id is None:
        return []
    return list(routing.rubric_version.criteria.all())


# --- the viewer ------------------------------------------------------------------------------


class Standing:
    """What the request's user is on one application: read once, asked by every endpoint."""

    def __init__(self, user: Any, application: Application, routing: Routing | None) -> None:
        self.user = user
        self.application = application
        self.routing = routing
        self.manager = rules.is_manager(user)
        #: An owner or convener of the applying organisation: never sees a review.
        self.applicant = rules.applicant_of(user, application)
        #: An owner: may appeal.
        self.owner = self.applicant and application.organisation.owners.filter(pk=user.pk).exists()
        assignments = list(routing.assignments.all()) if routing is not None else []
        self.assignment = next((a for a in assignments if a.reviewer_id == user.pk), None)
        groups = list(routing.groups.all()) if routing is not None else []
        self.coordinated = [
            g for g in groups if g.user_group is not None and g.user_group.coordinator_id == user.pk
        ]

    def act(self, function: Any, **kwargs: Any) -> Any:
        """Calls a ``reviews.domain`` function on this application as this user; its refusals
        become the API's errors."""
        return domain_call(function, application_id=self.application.pk, user=self.user, **kwargs)

    @property
    def assignee(self) -> bool:
        return self.assignment is not None

    @property
    def cleared(self) -> bool:
        """Declared no conflict and still assigned: may see the material and the rubric form."""
        a = self.assignment
        return a is not None and a.active and a.declaration == "none"

    @property
    def submitted(self) -> bool:
        review = my_review(self.assignment)
        return review is not None and review.state == "submitted"

    @property
    def coordinator(self) -> bool:
        return bool(self.coordinated)

    def knows_of(self) -> bool:
        """Whether the application exists for this user at all (else 404, as elsewhere)."""
        return self.manager or self.applicant or self.assignee or self.coordinator


def my_review(assignment: Assignment | None) -> Review | None:
    if assignment is None:
        return None
    try:
        return assignment.review
    except Review.DoesNotExist:
        return None


class ReviewsBaseView(ApplicationsView):
    """An application's reviews endpoints: looked up by id among what the user may know of.

    An application the user has nothing to do with is a 404 (as for the applications); one
    they know of (they own it, review it or coordinate a group it went to) but may not use
    this endpoint on is a 403. Owners are refused every review endpoint.
    """

    parser_classes = (SafeJSONParser,)
    #: Whether an owner (the applicant) may use the endpoint at all: only the appeal.
    owners_allowed = False

    def standing(self, request: Request, pk: str) -> Standing:
        application = (
            Application.objects.select_related("organisation").filter(pk=int(pk)).first()
            if len(pk) < 19
            else None
        )
        if application is None:
            raise exceptions.NotFound()
        standing = Standing(request.user, application, current_routing(application))
        if not standing.knows_of():
            raise exceptions.NotFound()
        if standing.applicant and not self.owners_allowed:
            raise exceptions.PermissionDenied("Applicants do not see reviews.")
        return standing


def refuse(message: str) -> exceptions.PermissionDenied:
    return exceptions.PermissionDenied(message)


def not_now(action: str, application: Application) -> Conflict:
    """A 409 with the application's state (nothing else is possible from here)."""
    return Conflict(applications_domain.NotAllowed(action, application.state, []))


# --- shapes ----------------------------------------------------------------------------------


def person(user: Any) -> dict[str, str]:
    return {"username": user.get_username(), "name": user.get_full_name() or user.get_username()}


def total_of(scores: dict[str, int], criteria: list[Criterion]) -> int | None:
    if not criteria or any(c.key not in scores for c in criteria):
        return None
    return sum(int(scores[c.key]) for c in criteria)


def failed_minimums(scores: dict[str, Any], criteria: list[Criterion]) -> list[str]:
    return [
        c.key
        for c in criteria
        if c.minimum is not None and c.key in scores and scores[c.key] < c.minimum
    ]


def review_json(
    assignment: Assignment, review: Review | None, criteria: list[Criterion]
) -> dict[str, Any]:
    scores = dict(review.scores) if review is not None else {}
    group = assignment.user_group
    return {
        "id": review.pk if review is not None else None,
        "reviewer": person(assignment.reviewer),
        "group": {"id": group.pk, "name": group.name} if group is not None else None,
        "state": review.state if review is not None else "draft",
        "scores": scores,
        "total": total_of(scores, criteria),
        "failed_minimums": failed_minimums(scores, criteria),
        "justification": review.justification if review is not None else "",
        "recommendation": review.recommendation if review is not None else "",
        "revision": review.revision if review is not None else 0,
        "updated_at": iso(review.updated_at) if review is not None else None,
        "submitted_at": iso(review.submitted_at) if review is not None else None,
    }


def max_total(criteria: list[Criterion]) -> int:
    return MAX_SCORE * len(criteria)


def divergent(totals: Iterable[int], maximum: int) -> bool:
    """Two submitted totals further apart than the ratio of the maximum (the domain's rule)."""
    return bool(domain.is_divergent(list(totals), maximum))


def submitted_reviews(routing: Routing) -> list[Review]:
    """The routing's submitted reviews by active reviewers (those the domain counts), from the
    prefetched rows."""
    return [
        review
        for a in routing.assignments.all()
        if a.active and (review := my_review(a)) is not None and review.state == "submitted"
    ]


def summary_json(routing: Routing) -> dict[str, Any]:
    """``reviews.domain.summary`` over the prefetched rows (the version's criteria too)."""
    return dict(domain.summary(submitted_reviews(routing), routing.rubric_version))


def routing_json(routing: Routing | None) -> dict[str, Any] | None:
    if routing is None:
        return None
    return {
        "target": routing.target,
        "groups": [
            {"id": g.user_group.pk, "name": g.user_group.name}
            for g in routing.groups.all()
            if g.user_group is not None
        ],
        "reason_code": routing.reason_code,
        "reason": routing.reason,
        "routed_at": iso(routing.routed_at),
        "due_at": iso(routing.due_at),
        "escalated_at": iso(routing.escalated_at),
        "stage": routing.stage,
    }


def appeal_json(appeal: Any) -> dict[str, Any] | None:
    if appeal is None:
        return None
    return {
        "criteria": list(appeal.criteria),
        "evidence": appeal.evidence,
        "links": list(appeal.links),
        "submitted_at": iso(appeal.submitted_at),
        "outcome": appeal.outcome,
    }


def due_in_days(due_at: Any, moment: Any) -> int | None:
    """Whole days left, rounded up (due in 2.5 days: 3); 0 or less when due or past."""
    if due_at is None:
        return None
    return math.ceil((due_at - moment).total_seconds() / 86400)


class PublicView(APIView):
    """A public JSON document (the rubric)."""

    content_negotiation_class = ApiContentNegotiation
