"""The rubric (public) and the review queue: what waits for the signed-in user.

The queue is read in a fixed number of queries whatever it holds: the user's assignments and
coordinated groups on current routings, and for managers the applications in the states they
act on, then those applications' current routings with groups, assignments and reviews
prefetched. Each row's task is computed in Python from those rows.
"""

from __future__ import annotations

from typing import Any

from applications.models import Application, State, in_language
from django.conf import settings
from django.db.models import Q
from django.utils.cache import patch_vary_headers
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from reviews import domain, rules
from reviews.models import RoutedGroup, Routing, RubricVersion

from ..exceptions import InvalidQuery
from ..filters import parse_bool, parse_country
from ..serializers_reviews import TASKS
from . import schema_docs_reviews as docs
from .applications import application_url, request_language
from .reviews_common import (
    MAX_SCORE,
    PublicView,
    ReviewsBaseView,
    criteria_of,
    divergent,
    due_in_days,
    iso,
    max_total,
    my_review,
    routings_with_relations,
    submitted_reviews,
    total_of,
)

DUE_SOON_DAYS = 7
#: States a manager acts on, and the manager's task in each (under review: see _manager_task).
SCREENING_STATES = (State.SUBMITTED, State.RESUBMITTED, State.SCREENING)
MANAGER_STATES = (*SCREENING_STATES, State.UNDER_REVIEW, State.APPEALED)
#: Which task wins when the user holds several roles on one application.
TASK_ORDER = ("declare", "review", "opinion", "screen", "decide", "appeal", "none")


@docs.rubric
class RubricView(PublicView):
    """The current rubric, in the request's language (Accept-Language)."""

    permission_classes = (AllowAny,)

    def get(self, request: Request) -> Response:
        language = request_language(request)
        version = RubricVersion.current()
        if version is None:
            raise exceptions.NotFound("No rubric yet.")
        response = Response(rubric_json(version, language))
        response["Content-Language"] = language
        patch_vary_headers(response, ("Accept-Language",))
        return response


def rubric_json(version: RubricVersion, language: str) -> dict[str, Any]:
    criteria = list(version.criteria.order_by("position", "id"))

    def text(table: Any) -> str:
        return str(in_language(table, language, "")) if isinstance(table, dict) else ""

    def levels(table: Any) -> list[dict[str, Any]]:
        found = in_language(table, language, []) if isinstance(table, dict) else []
        return [
            {"score": score, "descriptor": found[score] if score < len(found) else ""}
            for score in range(MAX_SCORE + 1)
        ]

    return {
        "version": version.number,
        "max_score": MAX_SCORE,
        "max_total": max_total(criteria),
        "pass_total": version.pass_total,
        "divergence_ratio": settings.REVIEW_DIVERGENCE_RATIO,
        "criteria": [
            {
                "key": c.key,
                "title": text(c.title),
                "help": text(c.help),
                "minimum": c.minimum,
                "levels": levels(c.descriptors),
            }
            for c in criteria
        ],
    }


def parse_filters(request: Request) -> dict[str, Any]:
    """``task``, ``country`` and ``overdue``; every problem listed at once (400)."""
    parsers = {
        "task": parse_task,
        "country": parse_country,
        "overdue": parse_bool,
    }
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for name, parse in parsers.items():
        raws = [r for r in request.query_params.getlist(name) if r.strip()]
        if not raws:
            continue
        if len(raws) > 1 and name != "country":
            errors[name] = ["Give this parameter once."]
            continue
        try:
            values[name] = parse(",".join(raws))
        except ValueError as error:
            errors[name] = [str(error)]
    if errors:
        raise InvalidQuery(errors)
    return values


def parse_task(raw: str) -> str:
    word = raw.strip().lower()
    if word not in TASKS:
        raise ValueError(f"One of: {', '.join(TASKS)}.")
    return word


@docs.review_queue
class ReviewQueueView(ReviewsBaseView):
    """What waits for you: assignments, your groups' opinions and (managers) decisions."""

    def get(self, request: Request) -> Response:
        filters = parse_filters(request)
        items = queue_items(request, request.user)
        if "task" in filters:
            items = [i for i in items if i["task"] == filters["task"]]
        if "country" in filters:
            items = [i for i in items if i["organisation"]["country"] in filters["country"]]
        if "overdue" in filters:
            items = [i for i in items if i["overdue"] is filters["overdue"]]
        items.sort(key=lambda i: (i["due_at"] is None, i["due_at"] or "", i["application"]))
        return Response(
            {
                "count": len(items),
                "summary": {
                    "total": len(items),
                    "due_soon": sum(
                        1
                        for i in items
                        if not i["overdue"]
                        and i["due_in_days"] is not None
                        and i["due_in_days"] <= DUE_SOON_DAYS
                    ),
                    "overdue": sum(1 for i in items if i["overdue"]),
                },
                "results": items,
            }
        )


def queue_items(request: Request, user: Any) -> list[dict[str, Any]]:
    manager = rules.is_manager(user)
    mine = Q(assignments__reviewer=user) & ~Q(assignments__declaration="conflict")
    coordinated = Q(groups__user_group__coordinator=user)
    routed_ids = set(
        Routing.objects.filter(current=True)
        .filter(mine | coordinated)
        .values_list("application_id", flat=True)
    )
    managed: set[int] = set()
    if manager:
        managed = set(
            Application.objects.filter(state__in=MANAGER_STATES).values_list("pk", flat=True)
        )
    ids = routed_ids | managed
    if not ids:
        return []
    applications = {
        a.pk: a for a in Application.objects.filter(pk__in=ids).select_related("organisation")
    }
    # Applicants (owners, conveners) never review their own organisation's application.
    owned = set(user.owned_organisations.values_list("pk", flat=True))
    owned |= set(user.course_conveners.values_list("certifying_organisation_id", flat=True))
    routings = {
        r.application_id: r
        for r in routings_with_relations(
            Routing.objects.filter(application_id__in=ids, current=True)
        )
    }
    moment = domain.now()
    items = []
    for pk in sorted(ids):
        application = applications.get(pk)
        if application is None or application.organisation_id in owned:
            continue
        item = queue_item(request, user, application, routings.get(pk), manager, moment)
        if item is not None:
            items.append(item)
    return items


def queue_item(
    request: Request,
    user: Any,
    application: Application,
    routing: Routing | None,
    manager: bool,
    moment: Any,
) -> dict[str, Any] | None:
    assignment = None
    groups: list[RoutedGroup] = []
    criteria = criteria_of(routing)
    if routing is not None:
        assignment = next((a for a in routing.assignments.all() if a.reviewer_id == user.pk), None)
        groups = list(routing.groups.all())
    if assignment is not None and assignment.declaration == "conflict":
        assignment = None  # a conflicted reviewer sees nothing more
    review = my_review(assignment)
    coordinated = [g for g in groups if g.user_group.coordinator_id == user.pk]
    tasks = []
    if assignment is not None and assignment.active and routing is not None:
        if assignment.declaration == "pending":
            tasks.append("declare")
        elif routing.stage == "reviewing" and (review is None or review.state != "submitted"):
            tasks.append("review")
    open_stage = routing is not None and routing.stage == "reviewing"
    if open_stage and any(not g.recommendation for g in coordinated):
        tasks.append("opinion")
    if manager:
        tasks.append(_manager_task(application, routing))
    if assignment is None and not coordinated and not manager:
        return None
    task = min(tasks or ["none"], key=TASK_ORDER.index)
    reviews = submitted_reviews(routing) if routing is not None else []
    totals = [t for r in reviews if (t := total_of(dict(r.scores), criteria)) is not None]
    due_at = routing.due_at if routing is not None else None
    reviewing = routing is not None and routing.stage == "reviewing"
    overdue = bool(reviewing and due_at is not None and due_at <= moment)
    organisation = application.organisation
    return {
        "application": application.pk,
        "url": application_url(request, application.pk),
        "organisation": {"name": organisation.name, "country": str(organisation.country)},
        "round": routing.round if routing is not None else application.round or None,
        "state": application.state,
        "stage": routing.stage if routing is not None else None,
        "routed_to": (
            {
                "kind": routing.target,
                "groups": [g.user_group.name for g in groups if g.user_group is not None],
            }
            if routing is not None
            else None
        ),
        "routed_at": iso(routing.routed_at) if routing is not None else None,
        "due_at": iso(due_at),
        "due_in_days": due_in_days(due_at, moment) if reviewing else None,
        "overdue": overdue,
        "escalated": bool(routing is not None and _escalated(routing)),
        "task": task,
        "my_declaration": assignment.declaration if assignment is not None else None,
        "my_review": review.state if review is not None else None,
        "reviews_submitted": len(reviews),
        "divergent": divergent(totals, max_total(criteria)),
    }


def _manager_task(application: Application, routing: Routing | None) -> str:
    if application.state in SCREENING_STATES:
        return "screen"
    if application.state == State.APPEALED:
        return "appeal"
    if (
        application.state == State.UNDER_REVIEW
        and routing is not None
        and (routing.stage == "awaiting_decision" or routing.target == "psc")
    ):
        return "decide"
    return "none"


def _escalated(routing: Routing) -> bool:
    """Sent to the PSC because the group could not (conflicts, overdue), or marked so."""
    return routing.escalated_at is not None or (
        routing.target == "psc" and routing.reason_code in ("conflicts", "overdue")
    )
