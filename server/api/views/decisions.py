"""The steps after the reviews: the group's opinion, the PSC's screening and decision, the
applicant's appeal, and inviting reviewers to a user group.

Each POST goes through ``reviews.domain`` and answers the same document its GET does, so a
client shows the result without a second request.
"""

from __future__ import annotations

from typing import Any

from catalogue.models import UserGroup
from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response
from reviews import domain, rules
from reviews.models import Appeal, Decision, RoutedGroup

from ..serializers_reviews import (
    AppealInSerializer,
    DecisionInSerializer,
    InvitationInSerializer,
    OpinionInSerializer,
    ScreeningInSerializer,
)
from . import schema_docs_reviews as docs
from .applications import ApplicationsView, domain_call, idempotency_key, request_language
from .reviews import validated_flat
from .reviews_common import (
    ReviewsBaseView,
    Standing,
    appeal_json,
    iso,
    refuse,
    routing_json,
)

# --- the group's opinion ---------------------------------------------------------------------


@docs.opinion
class OpinionView(ReviewsBaseView):
    """The opinion of each group the application went to: proposed from the reviews, then
    confirmed or overridden (with a reason) by the group's coordinator."""

    def get(self, request: Request, pk: str) -> Response:
        standing = self.standing(request, pk)
        if not (standing.manager or standing.coordinator or standing.submitted):
            raise refuse("Coordinators, managers and reviewers who submitted see the opinion.")
        return Response({"groups": [opinion_item(standing, g) for g in groups_of(standing)]})

    def post(self, request: Request, pk: str) -> Response:
        standing = self.standing(request, pk)
        if not (standing.manager or standing.coordinator):
            raise refuse("The group's coordinator or a manager records the opinion.")
        data = validated_flat(OpinionInSerializer(data=request.data))
        routed = standing.act(
            domain.record_opinion,
            group_id=data.get("group"),
            recommendation=data["recommendation"],
            reason=data.get("reason", ""),
        )
        standing = self.standing(request, pk)
        found = next(
            (g for g in groups_of(standing) if g.pk == routed.pk),
            RoutedGroup.objects.select_related("user_group__coordinator", "confirmed_by").get(
                pk=routed.pk
            ),
        )
        return Response(opinion_item(standing, found))


def groups_of(standing: Standing) -> list[RoutedGroup]:
    return list(standing.routing.groups.all()) if standing.routing is not None else []


def opinion_item(standing: Standing, routed: RoutedGroup) -> dict[str, Any]:
    group = routed.user_group
    proposal = domain.proposal(routed)
    opinion = None
    if routed.recommendation:
        opinion = {
            "recommendation": routed.recommendation,
            "overridden": bool(routed.proposed) and routed.recommendation != routed.proposed,
            "reason": routed.override_reason,
            "by": routed.confirmed_by.get_username() if routed.confirmed_by else None,
            "at": iso(routed.confirmed_at),
        }
    may = standing.manager or group.coordinator_id == standing.user.pk
    routing = standing.routing
    open_stage = routing is not None and routing.stage == "reviewing"
    return {
        "group": {"id": group.pk, "name": group.name, "country": str(group.country)},
        "coordinator": group.coordinator.get_username() if group.coordinator else None,
        "proposal": proposal,
        "opinion": opinion,
        "can_record": bool(may and open_stage and proposal.get("ready") and not opinion),
    }


# --- screening and the decision (managers) ---------------------------------------------------


class ManagersView(ReviewsBaseView):
    def manager(self, request: Request, pk: str) -> Standing:
        standing = self.standing(request, pk)
        if not standing.manager:
            raise refuse("Certification managers (the PSC) screen and decide.")
        return standing


@docs.screening
class ScreeningView(ManagersView):
    """Screening a submitted application: accept it for review (it is routed), send it back
    (changes requested) or reject it as ineligible, with remarks."""

    def get(self, request: Request, pk: str) -> Response:
        return Response(screening_json(self.manager(request, pk)))

    def post(self, request: Request, pk: str) -> Response:
        standing = self.manager(request, pk)
        data = validated_flat(ScreeningInSerializer(data=request.data))
        standing.act(
            domain.screen,
            action=data["action"],
            remarks=data.get("remarks", ""),
        )
        return Response(screening_json(self.manager(request, pk)))


def screening_json(standing: Standing) -> dict[str, Any]:
    application = standing.application
    return {
        "state": application.state,
        "allowed_actions": domain.screening_actions(application=application, user=standing.user),
        "routing": routing_json(standing.routing),
    }


@docs.decision
class DecisionView(ManagersView):
    """The PSC's decision: approve, reject or request changes, with a rationale."""

    def get(self, request: Request, pk: str) -> Response:
        return Response(decision_json(self.manager(request, pk)))

    def post(self, request: Request, pk: str) -> Response:
        standing = self.manager(request, pk)
        key = idempotency_key(request)
        data = validated_flat(DecisionInSerializer(data=request.data))
        standing.act(
            domain.decide,
            outcome=data["outcome"],
            rationale=data["rationale"],
            idempotency_key=key,
        )
        return Response(decision_json(self.manager(request, pk)))


def decision_json(standing: Standing) -> dict[str, Any]:
    application = standing.application
    decision = (
        Decision.objects.filter(application=application)
        .select_related("decided_by")
        .order_by("-decided_at", "-id")
        .first()
    )
    return {
        "state": application.state,
        "allowed_outcomes": domain.decision_outcomes(application=application, user=standing.user),
        "decision": (
            {
                "outcome": decision.outcome,
                "rationale": decision.rationale,
                "by": decision.decided_by.get_username() if decision.decided_by else None,
                "at": iso(decision.decided_at),
                "on_appeal": decision.on_appeal,
            }
            if decision is not None
            else None
        ),
        "routing": routing_json(standing.routing),
        "appeal": appeal_json(Appeal.objects.filter(application=application).first()),
    }


# --- the appeal (owners) ---------------------------------------------------------------------


@docs.appeal
class AppealView(ReviewsBaseView):
    """The one appeal after a rejection: the criteria to re-examine and the new evidence."""

    owners_allowed = True

    def readable(self, request: Request, pk: str) -> Standing:
        standing = self.standing(request, pk)
        if not (standing.owner or standing.manager):
            raise refuse("The applicant and the managers see the appeal.")
        return standing

    def get(self, request: Request, pk: str) -> Response:
        standing = self.readable(request, pk)
        appeal = Appeal.objects.filter(application=standing.application).first()
        if appeal is None:
            return Response(status=status.HTTP_204_NO_CONTENT)  # none (yet)
        return Response(appeal_json(appeal))

    def post(self, request: Request, pk: str) -> Response:
        standing = self.readable(request, pk)
        if not standing.owner:
            raise refuse("Only the applicant appeals.")
        data = validated_flat(AppealInSerializer(data=request.data))
        appeal = standing.act(
            domain.appeal,
            criteria=data["criteria"],
            evidence=data["evidence"],
            links=data.get("links", []),
        )
        return Response(appeal_json(appeal), status=status.HTTP_201_CREATED)


# --- invitations -----------------------------------------------------------------------------


@docs.invitations
class InvitationsView(ApplicationsView):
    """Invites a reviewer to a user group by e-mail (the group's coordinator or a manager)."""

    def post(self, request: Request, pk: str) -> Response:
        group = UserGroup.objects.filter(pk=int(pk)).first() if len(pk) < 19 else None
        if group is None:
            raise exceptions.NotFound()
        if not (rules.is_manager(request.user) or group.coordinator_id == request.user.pk):
            raise refuse("The group's coordinator or a manager invites reviewers.")
        data = validated_flat(InvitationInSerializer(data=request.data))
        invitation = domain_call(
            domain.invite,
            group_id=group.pk,
            user=request.user,
            email=data["email"],
            language=request_language(request),
        )
        return Response(
            {"email": invitation.email, "expires_at": iso(invitation.expires_at)},
            status=status.HTTP_201_CREATED,
        )
