"""OpenAPI descriptions of the reviews endpoints (issue 11)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema

from .. import serializers as s
from .. import serializers_reviews as r
from ..serializers_reviews import TASKS
from .schema_docs import COUNTRY, ERRORS, FORMAT_JSON, _param
from .schema_docs_applications import (
    ACCEPT_LANGUAGE,
    CONFLICT,
    ETAG,
    ID,
    IF_MATCH,
    INVALID,
    NOT_FOUND,
    ONE,
    STALE,
    _view,
    idempotency_key,
)

TASK = _param(
    "task",
    {"type": "string", "enum": list(TASKS)},
    "Only the rows whose task for you is this one.",
)
OVERDUE = _param(
    "overdue",
    OpenApiTypes.BOOL,
    "true: only rows past their due date (still reviewing); false: only the others.",
)
GROUP_ID = OpenApiParameter("id", {"type": "integer", "minimum": 1, "maximum": 10**18 - 1}, "path")
FORBIDDEN = OpenApiResponse(
    s.ErrorSerializer,
    description="Not for your role on this application (applicants never see reviews).",
)
NO_GROUP = OpenApiResponse(s.ErrorSerializer, description="No such user group.")
REVIEW = {**ONE, 403: FORBIDDEN}
REVIEW_CHANGE = {**REVIEW, 409: CONFLICT}
DECISION_KEY = idempotency_key(
    "A retried decision with the same key answers the same decision, once."
)

rubric = _view(
    get=extend_schema(
        parameters=[ACCEPT_LANGUAGE, FORMAT_JSON],
        responses={200: r.RubricOut, **ERRORS, 404: NOT_FOUND},
        operation_id="rubric",
        description="The current rubric: criteria scored 0 to 5 with a descriptor per level, "
        "their minimums (a knock-out) and the pass total. Public.",
    )
)

review_queue = _view(
    get=extend_schema(
        parameters=[TASK, COUNTRY, OVERDUE, FORMAT_JSON],
        responses={200: r.QueueOut, **ERRORS},
        operation_id="review_queue",
        description="What waits for you: applications you review, your groups' opinions and, "
        "for managers, screening, decisions and appeals; sorted by due date (none last). Other "
        "users get an empty list.",
    )
)


def _on_application(
    operation_id: str,
    responses: dict[int, Any],
    *params: OpenApiParameter,
    etag: bool = False,
    **more: Any,
) -> Any:
    """One operation on ``/applications/{id}/…``: the id, any ``params``, the format (and the
    ETag the answer carries), the ``responses`` and what else ``extend_schema`` takes."""
    return extend_schema(
        parameters=[ID, *params, FORMAT_JSON, *([ETAG] if etag else [])],
        responses=responses,
        operation_id=operation_id,
        **more,
    )


def _read(out: Any) -> dict[int, Any]:
    return {200: out, **REVIEW}


def _change(out: Any, status: int = 200) -> dict[int, Any]:
    return {status: out, **REVIEW_CHANGE}


conflict_declaration = _view(
    get=_on_application("conflict_declaration", _read(r.DeclarationOut), ACCEPT_LANGUAGE),
    put=_on_application(
        "conflict_declaration_update",
        _change(r.DeclarationOut),
        ACCEPT_LANGUAGE,
        request=r.DeclarationInSerializer,
        description='Declare no conflict ({"conflict": false}) before you see the material, '
        "or a conflict with its kind and reason: you are then excluded and see nothing more. "
        "The same declaration again changes nothing.",
    ),
)

reviews = _view(
    get=_on_application(
        "reviews",
        _read(r.ReviewsOut),
        description="Your review and, once yours is submitted, the others' with the medians "
        "(managers see every review).",
    )
)

my_review = _view(
    get=_on_application("my_review", _change(r.ReviewOut), etag=True),
    put=_on_application(
        "my_review_update",
        {**_change(r.ReviewOut), 412: STALE},
        IF_MATCH,
        etag=True,
        request=r.ReviewInSerializer,
        description="Saves your draft (partial: scores are merged). 409 before you declared no "
        "conflict or after you submitted.",
    ),
)

my_review_submit = _view(
    post=_on_application(
        "my_review_submit",
        _change(r.ReviewOut),
        etag=True,
        request=None,
        description="Submits your review: every score, a justification and a recommendation "
        "(400 lists what is missing as scores.<key>, justification, recommendation). A repeat "
        "answers the submitted review.",
    )
)

opinion = _view(
    get=_on_application("opinion", _read(r.OpinionOut)),
    post=_on_application(
        "opinion_record",
        _change(r.OpinionItemOut),
        request=r.OpinionInSerializer,
        description="Confirms the proposed recommendation, or overrides it with a reason "
        "(required when it differs from the proposal).",
    ),
)

screening = _view(
    get=_on_application("screening", _read(r.ScreeningOut)),
    post=_on_application(
        "screening_act",
        _change(r.ScreeningOut),
        request=r.ScreeningInSerializer,
        description="accept: the application is routed (a user group of its country, else the "
        "PSC); request_changes or reject (ineligible) with remarks for the applicant.",
    ),
)

decision = _view(
    get=_on_application("decision", _read(r.DecisionOut)),
    post=_on_application(
        "decision_take",
        _change(r.DecisionOut),
        DECISION_KEY,
        request=r.DecisionInSerializer,
        description="The PSC's decision with its rationale (sent to the applicant). On an "
        "appeal only approve or reject.",
    ),
)

appeal = _view(
    get=_on_application(
        "appeal",
        {200: r.AppealOut, 204: OpenApiResponse(None, description="No appeal (yet)."), **REVIEW},
        description="The appeal; 204 (no body) while there is none.",
    ),
    post=_on_application(
        "appeal_create",
        _change(r.AppealOut, 201),
        request=r.AppealInSerializer,
        description="One appeal after a rejection (a second one: 409).",
    ),
)

invitations = _view(
    post=extend_schema(
        parameters=[GROUP_ID, ACCEPT_LANGUAGE, FORMAT_JSON],
        request=r.InvitationInSerializer,
        responses={201: r.InvitationOut, **ERRORS, 400: INVALID, 403: FORBIDDEN, 404: NO_GROUP},
        operation_id="user_group_invite",
        description="E-mails an invitation to join the group (its link signs in or up and "
        "joins); the group's coordinator or a manager.",
    )
)
