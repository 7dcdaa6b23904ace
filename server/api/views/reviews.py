"""A reviewer's endpoints: the conflict declaration, the reviews, mine (draft and submit).

Every change goes through ``reviews.domain`` (its refusals mapped by ``domain_call``); the
reads follow ``reviews.rules``: a reviewer sees the material and the rubric form only after
declaring no conflict, the others' reviews only once their own is submitted; managers see
every review; applicants none.
"""

from __future__ import annotations

from typing import Any

from applications.texts import pick
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response
from reviews import domain, rules
from reviews.models import ConflictKind

from ..serializers_reviews import DeclarationInSerializer, ReviewInSerializer, flat_errors
from . import schema_docs_reviews as docs
from .applications import parse_if_match, request_language
from .reviews_common import (
    ReviewsBaseView,
    Standing,
    criteria_of,
    current_routing,
    iso,
    my_review,
    not_now,
    refuse,
    review_json,
    summary_json,
)

#: The kinds of conflict, labelled in the programme's languages.
KIND_LABELS: dict[str, dict[str, str]] = {
    "competitor": {
        "en": "A commercial competitor",
        "ro": "Un concurent comercial",
        "sv": "En kommersiell konkurrent",
        "zh-hant": "商業競爭者",
    },
    "colleague": {
        "en": "A colleague (now or recently)",
        "ro": "Un coleg (acum sau recent)",
        "sv": "En kollega (nu eller nyligen)",
        "zh-hant": "同事（現在或最近）",  # noqa: RUF001
    },
    "family": {
        "en": "Family or a close friend",
        "ro": "Familie sau un prieten apropiat",
        "sv": "Familj eller en nära vän",
        "zh-hant": "家人或密友",
    },
    "other": {
        "en": "Another reason",
        "ro": "Alt motiv",
        "sv": "Annat skäl",
        "zh-hant": "其他原因",
    },
}


def validated_flat(serializer: Any) -> Any:
    """Like ``applications.validated`` but with nested errors as dotted keys (scores.<key>)."""
    if not serializer.is_valid():
        raise exceptions.ValidationError(flat_errors(serializer.errors))
    return serializer.validated_data


@docs.conflict_declaration
class ConflictDeclarationView(ReviewsBaseView):
    """Your conflict-of-interest declaration on an application you are asked to review."""

    def get(self, request: Request, pk: str) -> Response:
        standing = self.assignee(request, pk)
        return Response(declaration_json(standing, request_language(request)))

    def put(self, request: Request, pk: str) -> Response:
        standing = self.assignee(request, pk)
        data = validated_flat(DeclarationInSerializer(data=request.data))
        standing.act(
            domain.declare,
            conflict=data["conflict"],
            kind=data.get("kind", "") if data["conflict"] else "",
            reason=data.get("reason", "") if data["conflict"] else "",
        )
        standing = self.standing(request, pk)
        return Response(declaration_json(standing, request_language(request)))

    def assignee(self, request: Request, pk: str) -> Standing:
        standing = self.standing(request, pk)
        if not standing.assignee:
            raise refuse("Only the reviewers asked to review this application declare.")
        return standing


def declaration_json(standing: Standing, language: str) -> dict[str, Any]:
    assignment = standing.assignment
    assert assignment is not None
    return {
        "declaration": assignment.declaration,
        "kind": assignment.conflict_kind,
        "reason": assignment.conflict_reason,
        "declared_at": iso(assignment.declared_at),
        "kinds": [
            {"key": key, "label": pick(KIND_LABELS.get(key, {"en": str(label)}), language)}
            for key, label in ConflictKind.choices
        ],
    }


@docs.reviews
class ReviewListView(ReviewsBaseView):
    """The reviews of the current round: yours, and the others' once yours is submitted."""

    def get(self, request: Request, pk: str) -> Response:
        standing = self.standing(request, pk)
        if not rules.may_see_reviews(request.user, standing.application):
            raise refuse("Reviewers who declared no conflict, coordinators and managers only.")
        hidden = not rules.may_see_others_reviews(request.user, standing.application)
        return Response(reviews_json(standing, hidden))


def reviews_json(standing: Standing, hidden: bool) -> dict[str, Any]:
    """Mine (as an assignee who declared none), and the others' submitted reviews unless
    ``hidden``; drafts are their writer's alone (``reviews.rules.visible_reviews``)."""
    routing = standing.routing
    criteria = criteria_of(routing)
    mine = None
    if standing.cleared and standing.assignment is not None:
        mine = review_json(standing.assignment, my_review(standing.assignment), criteria)
    others: list[dict[str, Any]] = []
    summary = None
    if routing is not None and not hidden:
        for assignment in routing.assignments.all():
            review = my_review(assignment)
            if assignment is standing.assignment or review is None or review.state != "submitted":
                continue
            if assignment.active:  # a reviewer who later declared a conflict is out
                others.append(review_json(assignment, review, criteria))
        summary = summary_json(routing)
    return {
        "rubric_version": routing.rubric_version.number if routing is not None else None,
        "mine": mine,
        "others": others,
        "others_hidden": hidden,
        "summary": summary,
    }


class MineBase(ReviewsBaseView):
    def reviewer(self, request: Request, pk: str) -> Standing:
        standing = self.standing(request, pk)
        if not standing.assignee:
            raise refuse("Only the reviewers asked to review this application have a review.")
        assignment = standing.assignment
        assert assignment is not None
        if not assignment.active or assignment.declaration != "none":
            raise not_now("review", standing.application)
        return standing

    def answer(self, standing: Standing) -> Response:
        assignment = standing.assignment
        assert assignment is not None
        review = my_review(assignment)
        response = Response(review_json(assignment, review, criteria_of(standing.routing)))
        response["ETag"] = f'"{review.revision if review is not None else 0}"'
        response["Cache-Control"] = "no-store"
        return response

    def reread(self, request: Request, standing: Standing) -> Standing:
        return Standing(request.user, standing.application, current_routing(standing.application))


@docs.my_review
class MyReviewView(MineBase):
    """Your review: a draft you save as often as you like (partial PUT), then submit."""

    def get(self, request: Request, pk: str) -> Response:
        return self.answer(self.reviewer(request, pk))

    def put(self, request: Request, pk: str) -> Response:
        standing = self.reviewer(request, pk)
        changes = validated_flat(ReviewInSerializer(data=request.data))
        standing.act(
            domain.save_review,
            changes=changes,
            if_match=parse_if_match(request),
        )
        return self.answer(self.reread(request, standing))


@docs.my_review_submit
class MyReviewSubmitView(MineBase):
    """Submits your review (every score, a justification, a recommendation); once."""

    def post(self, request: Request, pk: str) -> Response:
        standing = self.reviewer(request, pk)
        standing.act(domain.submit_review)
        return self.answer(self.reread(request, standing))
