"""The only code that changes reviews (ARCHITECTURE §7), on top of ``applications.domain``.

Keyword-only functions, one transaction each, the application row locked
(``select_for_update``) so two requests cannot both act on it, an audit event per change and
e-mails enqueued on commit (``reviews.tasks``). Errors are the applications domain's
(:class:`NotAllowed` 409, :class:`Forbidden` 403, :class:`Invalid` 400, :class:`Stale` 412),
so the API maps them unchanged. Audit events name the review objects (a routing, an
assignment, a review...) and carry the application's id: the application's own history,
which its owners read, never shows a reviewer.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from accounts.roles import CERTIFICATION_MANAGERS_GROUP, is_signed_in
from applications import domain as app_domain
from applications import texts
from applications.domain import DomainError, Forbidden, Invalid, NotAllowed, Stale
from applications.models import Application, State
from audit.domain import record
from catalogue.models import UserGroup
from catalogue.rules import is_manager, owner_of
from certificates import domain as certificates_domain
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.db.models import Q

from . import tasks
from .models import (
    MAX_SCORE,
    Appeal,
    AppealOutcome,
    Assignment,
    ConflictKind,
    Decision,
    Declaration,
    Invitation,
    Outcome,
    ReasonCode,
    Recommendation,
    Review,
    ReviewState,
    RoutedGroup,
    Routing,
    RubricVersion,
    Stage,
    Target,
)
from .rules import applicant_of, coordinator_of

__all__ = [
    "DomainError",
    "Forbidden",
    "Invalid",
    "NotAllowed",
    "Stale",
    "accept_invitation",
    "appeal",
    "assign_member",
    "current_routing",
    "decide",
    "decision_outcomes",
    "declare",
    "escalate",
    "invite",
    "now",
    "proposal",
    "record_opinion",
    "route",
    "save_review",
    "screen",
    "screening_actions",
    "submit_review",
    "summary",
    "sweep",
]

SCREEN_ACTIONS = ("accept", "request_changes", "reject")
SCREENABLE = (State.SUBMITTED, State.RESUBMITTED, State.SCREENING)
OUTCOMES_BY_STATE = {
    State.UNDER_REVIEW: (Outcome.APPROVE, Outcome.REJECT, Outcome.REQUEST_CHANGES),
    State.APPEALED: (Outcome.APPROVE, Outcome.REJECT),
}
_APPLY_OUTCOME = {
    Outcome.APPROVE: "approve",
    Outcome.REJECT: "reject",
    Outcome.REQUEST_CHANGES: "request_changes",
}
MAX_APPEAL_LINKS = 20
_url = URLValidator(schemes=["http", "https"])


# --- small helpers ------------------------------------------------------------------------------


def now() -> datetime:
    """The clock: ``applications.domain.now``, so a test that moves one moves both."""
    return app_domain.now()


def min_reviewers() -> int:
    return int(getattr(settings, "MIN_REVIEWERS", 2))


def _refused(action: str, application: Application, message: str) -> NotAllowed:
    """A 409 whose message says why (not only the state)."""
    error = NotAllowed(action, application.state, [])
    error.args = (message,)
    return error


def _after_commit(function: Any, **kwargs: Any) -> None:
    transaction.on_commit(lambda: function.enqueue(**kwargs))


def _locked(application_id: int) -> Application:
    try:
        return app_domain._locked(application_id)
    except Application.DoesNotExist:
        raise Invalid({"application": ["No such application."]}) from None


def current_routing(application: Application) -> Routing | None:
    return (
        Routing.objects.select_related("rubric_version")
        .filter(application_id=application.pk, current=True)
        .first()
    )


def _excluded_ids(application: Application) -> set[int]:
    """Who may never review this application: its owners and conveners (by construction),
    and whoever declared a conflict on it before (an earlier round)."""
    organisation = application.organisation
    excluded = set(organisation.owners.values_list("pk", flat=True))
    excluded |= set(organisation.course_conveners.values_list("user_id", flat=True))
    excluded |= set(
        Assignment.objects.filter(
            routing__application_id=application.pk, declaration=Declaration.CONFLICT
        ).values_list("reviewer_id", flat=True)
    )
    return excluded


def psc_members() -> list[Any]:
    """The PSC: active certification managers (and superusers)."""
    users = get_user_model().objects.filter(is_active=True)
    return list(
        users.filter(Q(is_superuser=True) | Q(groups__name=CERTIFICATION_MANAGERS_GROUP))
        .distinct()
        .order_by("pk")
    )


def _state(routing: Routing) -> dict[str, Any]:
    return {
        "application": routing.application_id,
        "round": routing.round,
        "target": routing.target,
        "reason_code": routing.reason_code,
        "stage": routing.stage,
        "groups": sorted(routing.groups.values_list("user_group_id", flat=True)),
    }


# --- screening and routing ----------------------------------------------------------------------


def screening_actions(*, application: Application, user: Any) -> list[str]:
    """What a manager may do at screening now (empty for others and other states)."""
    if not is_manager(user) or application.state not in SCREENABLE:
        return []
    return list(SCREEN_ACTIONS)


def screen(*, application_id: int, user: Any, action: str, remarks: str = "") -> Application:
    """A manager's screening: ``accept`` (screening, then routing), ``request_changes`` or
    ``reject`` (as ineligible), both with remarks for the applicant. An ``accept`` repeated
    once routed answers the same application."""
    if action not in SCREEN_ACTIONS:
        raise Invalid({"action": [f"One of: {', '.join(SCREEN_ACTIONS)}."]})
    remarks = (remarks or "").strip()
    with transaction.atomic():
        application = _locked(application_id)
        if not is_manager(user):
            raise Forbidden("Only a certification manager screens applications.")
        if action == "accept" and application.state == State.UNDER_REVIEW:
            routing = current_routing(application)
            if routing is not None and routing.round == application.round:
                return application  # a retry
        if application.state not in SCREENABLE:
            raise NotAllowed(action, application.state, [])
        if action != "accept" and not remarks:
            raise Invalid({"remarks": ["Give the applicant your reasons."]})
        if application.state in (State.SUBMITTED, State.RESUBMITTED):
            app_domain.start_screening(application_id=application.pk, user=user)
        if action == "accept":
            app_domain.route(application_id=application.pk, user=user)
            _create_routing(_locked(application_id), user, now())
        elif action == "request_changes":
            app_domain.request_changes(application_id=application.pk, user=user, remarks=remarks)
        else:
            app_domain.reject(application_id=application.pk, user=user, remarks=remarks)
        application.refresh_from_db()
    return application


def route(*, application_id: int, user: Any = None) -> Routing:
    """Routes a screened application (``user`` None: the system) and returns its routing; a
    retry answers the routing already made for the round."""
    with transaction.atomic():
        application = _locked(application_id)
        if user is not None and not is_manager(user):
            raise Forbidden("Only a certification manager routes applications.")
        routing = current_routing(application)
        if application.state == State.UNDER_REVIEW:
            if routing is not None and routing.round == application.round:
                return routing
        elif application.state == State.SCREENING:
            app_domain.route(application_id=application.pk, user=user)
            application = _locked(application_id)
        else:
            raise NotAllowed("route", application.state, [])
        return _create_routing(application, user, now())


def _plan(application: Application) -> tuple[str, str, str, list[tuple[UserGroup, list[int]]]]:
    """(target, reason_code, reason, [(group, eligible member ids)]) for a new routing."""
    country = str(application.organisation.country)
    excluded = _excluded_ids(application)
    groups = list(UserGroup.objects.filter(country=country).order_by("name"))
    needed = min_reviewers()
    if not groups:
        return Target.PSC, ReasonCode.NO_GROUP, f"No user group in {country}.", []
    qualifying: list[tuple[UserGroup, list[int]]] = []
    big_enough = False
    for group in groups:
        members = list(
            group.members.filter(is_active=True).order_by("pk").values_list("pk", flat=True)
        )
        eligible = [pk for pk in members if pk not in excluded]
        big_enough = big_enough or len(members) >= needed
        if len(eligible) >= needed:
            qualifying.append((group, eligible))
    if qualifying:
        names = ", ".join(g.name for g, _ids in qualifying)
        return Target.GROUP, ReasonCode.LOCAL_GROUP, f"Reviewed by {names}.", qualifying
    if big_enough:
        return (
            Target.PSC,
            ReasonCode.CONFLICTS,
            f"Fewer than {needed} members of the user groups in {country} are free of a "
            "conflict of interest.",
            [],
        )
    return (
        Target.PSC,
        ReasonCode.TOO_FEW_REVIEWERS,
        f"The user groups in {country} have fewer than {needed} members.",
        [],
    )


def _add_psc(routing: Routing, application: Application, moment: datetime) -> int:
    excluded = _excluded_ids(application)
    taken = set(routing.assignments.values_list("reviewer_id", flat=True))
    added = [
        Assignment(routing=routing, reviewer=member, user_group=None, created_at=moment)
        for member in psc_members()
        if member.pk not in excluded and member.pk not in taken
    ]
    Assignment.objects.bulk_create(added)
    return len(added)


def _create_routing(application: Application, user: Any, moment: datetime) -> Routing:
    version = RubricVersion.current()
    if version is None:
        raise Invalid({"rubric": ["No rubric exists: add one in the admin."]})
    target, reason_code, reason, groups = _plan(application)
    if target == Target.GROUP:
        days = max(group.review_period_days for group, _ids in groups)
    else:
        days = int(getattr(settings, "REVIEW_PERIOD_DAYS", 30))
    Routing.objects.filter(application_id=application.pk, current=True).update(current=False)
    routing = Routing.objects.create(
        application=application,
        round=application.round,
        target=target,
        reason_code=reason_code,
        reason=reason,
        routed_at=moment,
        due_at=moment + timedelta(days=days),
        rubric_version=version,
        current=True,
    )
    taken: set[int] = set()
    assignments = []
    for group, member_ids in groups:
        RoutedGroup.objects.create(routing=routing, user_group=group)
        for member_id in member_ids:
            if member_id not in taken:
                taken.add(member_id)
                assignments.append(
                    Assignment(
                        routing=routing,
                        reviewer_id=member_id,
                        user_group=group,
                        created_at=moment,
                    )
                )
    Assignment.objects.bulk_create(assignments)
    if target == Target.PSC:
        _add_psc(routing, application, moment)
    record(
        actor=user,
        action="review.route",
        obj=routing,
        after={**_state(routing), "reason": reason, "due_at": routing.due_at},
    )
    _after_commit(tasks.notify_routed, routing_id=routing.pk)
    _after_commit(tasks.schedule_deadlines, routing_id=routing.pk)
    return routing


def escalate(*, application_id: int, reason_code: str, user: Any = None) -> Routing:
    """Sends the current routing to the PSC (``user`` None: the system). Its group reviews
    stay; the managers are assigned; a routing already with the PSC is answered as it is."""
    if reason_code not in ReasonCode.values or reason_code == ReasonCode.LOCAL_GROUP:
        raise Invalid({"reason_code": ["Not a reason to escalate."]})
    with transaction.atomic():
        application = _locked(application_id)
        if user is not None and not is_manager(user):
            raise Forbidden("Only a certification manager escalates a review.")
        routing = current_routing(application)
        if routing is None or application.state != State.UNDER_REVIEW:
            raise NotAllowed("escalate", application.state, [])
        if routing.target == Target.PSC:
            return routing
        return _escalate(application, routing, reason_code, user, now())


_ESCALATION_REASONS = {
    ReasonCode.OVERDUE: "The review period ended without the user group's opinion.",
    ReasonCode.CONFLICTS: "Too few reviewers remain without a conflict of interest.",
    ReasonCode.TOO_FEW_REVIEWERS: "The user group has too few reviewers.",
    ReasonCode.NO_GROUP: "No user group can review it.",
}


def _escalate(
    application: Application, routing: Routing, reason_code: str, user: Any, moment: datetime
) -> Routing:
    before = _state(routing)
    routing.target = Target.PSC
    routing.reason_code = reason_code
    routing.reason = _ESCALATION_REASONS[ReasonCode(reason_code)]
    routing.escalated_at = moment  # due_at stays: the queue shows it overdue and escalated
    routing.save()
    _add_psc(routing, application, moment)
    record(actor=user, action="review.escalate", obj=routing, before=before, after=_state(routing))
    _after_commit(tasks.notify_escalated, routing_id=routing.pk)
    return routing


# --- joining a group --------------------------------------------------------------------------


def on_members_changed(
    sender: Any, instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any
) -> None:
    """``m2m_changed`` on ``UserGroup.members``: a member who joins gets the open routings;
    one who leaves is taken off those not yet reviewed."""
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    pairs = (
        [(group_id, instance.pk) for group_id in pk_set]
        if reverse
        else [(instance.pk, user_id) for user_id in pk_set]
    )
    change = assign_member if action == "post_add" else unassign_member
    for group_id, user_id in sorted(pairs):
        change(group_id=group_id, user_id=user_id)


def assign_member(*, group_id: int, user_id: int) -> list[Assignment]:
    """Assigns a member of ``group_id`` to the group's routings still under review (not to an
    applicant, nor to someone who declared a conflict on it). Safe to call again."""
    open_routings = list(
        RoutedGroup.objects.filter(
            user_group_id=group_id,
            routing__current=True,
            routing__stage=Stage.REVIEWING,
            routing__application__state=State.UNDER_REVIEW,
        )
        .order_by("routing_id")
        .values_list("routing_id", "routing__application_id")
    )
    created = []
    for routing_id, application_id in open_routings:
        with transaction.atomic():
            application = _locked(application_id)
            routing = Routing.objects.get(pk=routing_id)
            if not routing.current or routing.stage != Stage.REVIEWING:
                continue
            if application.state != State.UNDER_REVIEW or user_id in _excluded_ids(application):
                continue
            earlier = Assignment.objects.filter(routing=routing, reviewer_id=user_id).first()
            if earlier is not None:
                # Back after leaving the group: active again, unless they declared a conflict.
                if not earlier.active and earlier.declaration != Declaration.CONFLICT:
                    earlier.active = True
                    earlier.save(update_fields=["active"])
                    record(
                        actor=None,
                        action="review.assign",
                        obj=earlier,
                        before={"active": False},
                        after={"application": application.pk, "group": group_id, "active": True},
                    )
                continue
            assignment = Assignment.objects.create(
                routing=routing, reviewer_id=user_id, user_group_id=group_id, created_at=now()
            )
            record(
                actor=None,
                action="review.assign",
                obj=assignment,
                after={"application": application.pk, "routing": routing.pk, "group": group_id},
            )
            _notify_assigned(routing.pk, assignment.pk)
            created.append(assignment)
    return created


def _notify_assigned(routing_id: int, assignment_id: int) -> None:
    """The routed e-mail, to the new assignee only."""
    _after_commit(tasks.notify_routed, routing_id=routing_id, assignment_ids=[assignment_id])


def unassign_member(*, group_id: int, user_id: int) -> list[Assignment]:
    """Someone who left ``group_id`` no longer reviews its open routings: their assignments
    without a submitted review become inactive (a submitted review stays part of the record).
    Safe to call again."""
    pending = (
        Assignment.objects.filter(
            user_group_id=group_id,
            reviewer_id=user_id,
            active=True,
            routing__current=True,
            routing__stage=Stage.REVIEWING,
        )
        .exclude(review__state=ReviewState.SUBMITTED)
        .values_list("pk", "routing__application_id")
    )
    removed = []
    for assignment_id, application_id in list(pending):
        with transaction.atomic():
            _locked(application_id)
            assignment = Assignment.objects.select_for_update().get(pk=assignment_id)
            if not assignment.active:
                continue
            assignment.active = False
            assignment.save(update_fields=["active"])
            record(
                actor=None,
                action="review.unassign",
                obj=assignment,
                before={"active": True},
                after={"application": application_id, "group": group_id, "active": False},
            )
            removed.append(assignment)
    return removed


# --- declarations and reviews ------------------------------------------------------------------


def _assignment(application: Application, user: Any, *, active_only: bool = True) -> Assignment:
    if not is_signed_in(user):
        raise Forbidden("Sign in to review.")
    found = Assignment.objects.select_related("routing__rubric_version", "user_group").filter(
        routing__application_id=application.pk, routing__current=True, reviewer_id=user.pk
    )
    assignment = found.first()
    if assignment is None or (active_only and not assignment.active):
        raise Forbidden("You are not a reviewer of this application.")
    return assignment


def declare(
    *, application_id: int, user: Any, conflict: bool, kind: str = "", reason: str = ""
) -> Assignment:
    """A reviewer's conflict-of-interest declaration, before they see the material. A
    conflict makes the assignment inactive; a group left with too few reviewers escalates to
    the PSC. The same declaration again changes nothing."""
    kind, reason = (kind or "").strip(), (reason or "").strip()
    if conflict:
        errors = {}
        if kind not in ConflictKind.values:
            errors["kind"] = [f"One of: {', '.join(ConflictKind.values)}."]
        if not reason:
            errors["reason"] = ["Say what the conflict is."]
        if errors:
            raise Invalid(errors)
    else:
        kind, reason = "", ""
    wanted = Declaration.CONFLICT if conflict else Declaration.NONE
    with transaction.atomic():
        application = _locked(application_id)
        assignment = _assignment(application, user, active_only=False)
        if (
            assignment.declaration == wanted
            and assignment.conflict_kind == kind
            and assignment.conflict_reason == reason
        ):
            return assignment
        if not assignment.active or assignment.declaration == Declaration.CONFLICT:
            raise _refused("declare", application, "A declared conflict cannot be withdrawn.")
        if application.state != State.UNDER_REVIEW:
            raise NotAllowed("declare", application.state, [])
        routing = assignment.routing
        before = {"declaration": assignment.declaration}
        assignment.declaration = wanted
        assignment.conflict_kind = kind
        assignment.conflict_reason = reason
        assignment.declared_at = now()
        assignment.active = not conflict
        assignment.save()
        record(
            actor=user,
            action="review.declare",
            obj=assignment,
            before=before,
            after={
                "application": application.pk,
                "routing": routing.pk,
                "declaration": wanted,
                "kind": kind,
            },
        )
        group = assignment.user_group
        if conflict and group is not None and routing.target == Target.GROUP:
            remaining = (
                Assignment.objects.filter(routing=routing, user_group=group, active=True)
                .exclude(declaration=Declaration.CONFLICT)
                .count()
            )
            if remaining < min_reviewers():
                _escalate(application, routing, ReasonCode.CONFLICTS, None, now())
    return assignment


def _criteria(routing: Routing) -> list[Any]:
    return list(routing.rubric_version.criteria.all())


def _score_errors(scores: Any, keys: list[str]) -> dict[str, list[str]]:
    if not isinstance(scores, Mapping):
        return {"scores": ["An object of criterion: score."]}
    errors: dict[str, list[str]] = {}
    for key, value in scores.items():
        if key not in keys:
            errors[f"scores.{key}"] = ["No such criterion in this rubric."]
        elif value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SCORE
        ):
            errors[f"scores.{key}"] = [f"A whole number from 0 to {MAX_SCORE}."]
    return errors


def save_review(
    *,
    application_id: int,
    user: Any,
    changes: Mapping[str, Any],
    if_match: int | None = None,
) -> Review:
    """Saves (partially) the reviewer's draft: scores merge by criterion (``None`` clears
    one), justification and recommendation replace. Drafts are not audit events (the
    plugin autosaves); ``revision`` counts them and ``if_match`` guards them."""
    with transaction.atomic():
        application = _locked(application_id)
        assignment = _assignment(application, user)
        if assignment.declaration != Declaration.NONE:
            raise _refused("review", application, "Declare your conflicts of interest first.")
        routing = assignment.routing
        if application.state != State.UNDER_REVIEW or routing.stage == Stage.DECIDED:
            raise NotAllowed("review", application.state, [])
        review = Review.objects.filter(assignment=assignment).first()
        if review is not None and review.state == ReviewState.SUBMITTED:
            raise _refused("review", application, "Your review is submitted already.")
        if if_match is not None and if_match != (review.revision if review else 0):
            raise Stale(review.revision if review else 0)
        keys = [c.key for c in _criteria(routing)]
        errors: dict[str, list[str]] = {}
        if "scores" in changes:
            errors.update(_score_errors(changes["scores"], keys))
        recommendation = changes.get("recommendation")
        if recommendation not in (None, "", *Recommendation.values):
            errors["recommendation"] = [f"One of: {', '.join(Recommendation.values)}."]
        justification = changes.get("justification")
        if justification is not None and not isinstance(justification, str):
            errors["justification"] = ["Text."]
        if errors:
            raise Invalid(errors)
        moment = now()
        if review is None:
            review = Review(
                assignment=assignment,
                rubric_version=routing.rubric_version,
                revision=0,
                updated_at=moment,
            )
        if "scores" in changes:
            scores = dict(review.scores or {})
            for key, value in changes["scores"].items():
                if value is None:
                    scores.pop(key, None)
                else:
                    scores[key] = value
            review.scores = {k: scores[k] for k in keys if k in scores}
        if justification is not None:
            review.justification = justification
        if recommendation is not None:
            review.recommendation = recommendation
        review.revision += 1
        review.updated_at = moment
        review.save()
    return review


def submit_review(*, application_id: int, user: Any) -> tuple[Review, bool]:
    """Submits the reviewer's review: every criterion scored, a justification and a
    recommendation. Returns ``(review, replayed)``; once submitted the others' reviews
    become visible to them, and diverging totals are reported (once per routing)."""
    with transaction.atomic():
        application = _locked(application_id)
        assignment = _assignment(application, user)
        if assignment.declaration != Declaration.NONE:
            raise _refused("review", application, "Declare your conflicts of interest first.")
        review = Review.objects.filter(assignment=assignment).first()
        if review is not None and review.state == ReviewState.SUBMITTED:
            return review, True
        routing = assignment.routing
        if application.state != State.UNDER_REVIEW or routing.stage == Stage.DECIDED:
            raise NotAllowed("review", application.state, [])
        scores = review.scores if review is not None else {}
        errors: dict[str, list[str]] = {}
        for criterion in _criteria(routing):
            if not isinstance((scores or {}).get(criterion.key), int):
                errors[f"scores.{criterion.key}"] = [f"Give a score from 0 to {MAX_SCORE}."]
        if review is None or not review.justification.strip():
            errors["justification"] = ["Explain your scores."]
        if review is None or not review.recommendation:
            errors["recommendation"] = ["Give your recommendation."]
        if errors or review is None:
            raise Invalid(errors)
        moment = now()
        review.state = ReviewState.SUBMITTED
        review.submitted_at = moment
        review.updated_at = moment
        review.revision += 1
        review.save()
        record(
            actor=user,
            action="review.submit",
            obj=review,
            after={
                "application": application.pk,
                "routing": routing.pk,
                "total": review.total,
                "recommendation": review.recommendation,
            },
        )
        if assignment.user_group_id is not None:
            routed = RoutedGroup.objects.filter(
                routing=routing, user_group_id=assignment.user_group_id
            ).first()
            if routed is not None and not routed.recommendation:
                routed.proposed = proposal(routed)["recommendation"] or ""
                routed.save(update_fields=["proposed"])
        _check_divergence(routing, moment)
    return review, False


def _submitted(
    routing: Routing, group_id: int | None = None, *, by_group: bool = False
) -> list[Review]:
    reviews = Review.objects.filter(
        assignment__routing_id=routing.pk,
        assignment__active=True,
        state=ReviewState.SUBMITTED,
    )
    if by_group:
        reviews = reviews.filter(assignment__user_group_id=group_id)
    return list(reviews.order_by("submitted_at", "pk"))


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)


def _totals(reviews: Iterable[Review], keys: list[str]) -> list[int]:
    return [sum(int((r.scores or {}).get(k, 0)) for k in keys) for r in reviews]


def is_divergent(totals: list[int], max_total: int) -> bool:
    """Two totals further apart than ``REVIEW_DIVERGENCE_RATIO`` of the maximum."""
    ratio = float(getattr(settings, "REVIEW_DIVERGENCE_RATIO", 0.3))
    return len(totals) >= 2 and (max(totals) - min(totals)) > ratio * max_total


def summary(reviews: Iterable[Review], version: RubricVersion) -> dict[str, Any]:
    """Medians of the submitted ``reviews`` (pure): the numbers a proposal and the PSC's
    side-by-side view show."""
    criteria = list(version.criteria.all())
    keys = [c.key for c in criteria]
    submitted = [r for r in reviews if r.state == ReviewState.SUBMITTED]
    max_total = MAX_SCORE * len(criteria)
    totals = _totals(submitted, keys)
    if not submitted:
        return {
            "reviews_submitted": 0,
            "median_total": None,
            "medians": {},
            "failed_minimums": [],
            "divergent": False,
            "max_total": max_total,
        }
    medians = {
        c.key: _number(statistics.median(int((r.scores or {}).get(c.key, 0)) for r in submitted))
        for c in criteria
    }
    failed = [c.key for c in criteria if c.minimum is not None and medians[c.key] < c.minimum]
    return {
        "reviews_submitted": len(submitted),
        "median_total": _number(statistics.median(totals)),
        "medians": medians,
        "failed_minimums": failed,
        "divergent": is_divergent(totals, max_total),
        "max_total": max_total,
    }


def proposal(routed_group: RoutedGroup) -> dict[str, Any]:
    """The opinion the group's submitted reviews propose (pure): approve when every minimum
    is met by the medians and the median total reaches the threshold; changes requested when
    the total does but a minimum fails (a knock-out); reject otherwise."""
    routing = routed_group.routing
    version = routing.rubric_version
    numbers = summary(_submitted(routing, routed_group.user_group_id, by_group=True), version)
    needed = min_reviewers()
    recommendation: str | None = None
    if numbers["reviews_submitted"]:
        passes = numbers["median_total"] >= version.pass_total
        if passes and not numbers["failed_minimums"]:
            recommendation = Recommendation.APPROVE.value
        elif passes:
            recommendation = Recommendation.CHANGES_REQUESTED.value
        else:
            recommendation = Recommendation.REJECT.value
    return {
        "recommendation": recommendation,
        "median_total": numbers["median_total"],
        "threshold": version.pass_total,
        "failed_minimums": numbers["failed_minimums"],
        "reviews_submitted": numbers["reviews_submitted"],
        "reviewers_needed": needed,
        "ready": numbers["reviews_submitted"] >= needed,
    }


def _check_divergence(routing: Routing, moment: datetime) -> None:
    if routing.divergence_at is not None:
        return
    keys = [c.key for c in _criteria(routing)]
    totals = _totals(_submitted(routing), keys)
    max_total = MAX_SCORE * len(keys)
    if not is_divergent(totals, max_total):
        return
    routing.divergence_at = moment
    routing.save(update_fields=["divergence_at"])
    record(
        actor=None,
        action="review.divergence",
        obj=routing,
        after={
            "application": routing.application_id,
            "spread": max(totals) - min(totals),
            "max_total": max_total,
        },
    )
    _after_commit(tasks.notify_divergence, routing_id=routing.pk)


# --- the group's opinion and the PSC's decision ---------------------------------------------------


def record_opinion(
    *,
    application_id: int,
    user: Any,
    group_id: int | None,
    recommendation: str,
    reason: str = "",
) -> RoutedGroup:
    """The group's opinion, by its coordinator or a manager: the proposal confirmed, or
    overridden with a reason. Once every routed group has one, the PSC decides."""
    reason = (reason or "").strip()
    if recommendation not in Recommendation.values:
        raise Invalid({"recommendation": [f"One of: {', '.join(Recommendation.values)}."]})
    with transaction.atomic():
        application = _locked(application_id)
        routing = current_routing(application)
        if (
            routing is None
            or application.state != State.UNDER_REVIEW
            or routing.stage == Stage.DECIDED
        ):
            raise NotAllowed("opinion", application.state, [])
        groups = list(routing.groups.select_related("user_group"))
        if group_id is None:
            if len(groups) != 1:
                raise Invalid({"group": ["Say which user group this opinion is for."]})
            routed = groups[0]
        else:
            found = [g for g in groups if g.user_group_id == group_id]
            if not found:
                raise Invalid({"group": ["The application is not routed to this group."]})
            routed = found[0]
        allowed = is_manager(user) or coordinator_of(user, routed.user_group)
        if not allowed or applicant_of(user, application):
            raise Forbidden("Only the group's coordinator or a manager records its opinion.")
        proposed = proposal(routed)
        if not proposed["ready"]:
            raise _refused(
                "opinion",
                application,
                f"The opinion needs {proposed['reviewers_needed']} submitted reviews.",
            )
        if recommendation != proposed["recommendation"] and not reason:
            raise Invalid({"reason": ["Say why the opinion differs from the proposal."]})
        if routed.recommendation == recommendation and routed.override_reason == reason:
            return routed
        routed.proposed = proposed["recommendation"] or ""
        routed.recommendation = recommendation
        routed.override_reason = reason
        routed.confirmed_by = user
        routed.confirmed_at = now()
        routed.save()
        record(
            actor=user,
            action="review.opinion",
            obj=routed,
            after={
                "application": application.pk,
                "routing": routing.pk,
                "group": routed.user_group_id,
                "recommendation": recommendation,
                "proposed": routed.proposed,
                "overridden": recommendation != routed.proposed,
            },
        )
        if routing.stage == Stage.REVIEWING and all(g.recommendation for g in routing.groups.all()):
            routing.stage = Stage.AWAITING_DECISION
            routing.save(update_fields=["stage"])
    return routed


def decision_outcomes(*, application: Application, user: Any) -> list[str]:
    """The outcomes ``user`` may decide now (managers; never on their own organisation)."""
    if not is_manager(user) or applicant_of(user, application):
        return []
    return [o.value for o in OUTCOMES_BY_STATE.get(State(application.state), ())]


def decide(
    *,
    application_id: int,
    user: Any,
    outcome: str,
    rationale: str,
    idempotency_key: str | None = None,
) -> Decision:
    """The PSC's decision with its rationale (the owners read it): approve, reject or
    request changes under review; approve or reject on appeal. A retry with the same
    ``idempotency_key`` answers the same decision."""
    rationale = (rationale or "").strip()
    with transaction.atomic():
        application = _locked(application_id)
        if idempotency_key:
            done = Decision.objects.filter(
                application_id=application.pk, idempotency_key=idempotency_key
            ).first()
            if done is not None:
                return done
        if not is_manager(user):
            raise Forbidden("Only the PSC (a certification manager) decides.")
        if applicant_of(user, application):
            raise Forbidden("You may not decide on your own organisation's application.")
        if outcome not in Outcome.values:
            raise Invalid({"outcome": [f"One of: {', '.join(Outcome.values)}."]})
        allowed = decision_outcomes(application=application, user=user)
        if outcome not in allowed:
            error = NotAllowed(outcome, application.state, [])
            error.allowed_actions = allowed
            raise error
        if not rationale:
            raise Invalid({"rationale": ["Give the reasons for the decision."]})
        on_appeal = application.state == State.APPEALED
        change = getattr(app_domain, _APPLY_OUTCOME[Outcome(outcome)])
        change(application_id=application.pk, user=user, remarks=rationale, notify=False)
        moment = now()
        routing = current_routing(application)
        if routing is not None and routing.stage != Stage.DECIDED:
            routing.stage = Stage.DECIDED
            routing.save(update_fields=["stage"])
        decision = Decision.objects.create(
            application=application,
            round=application.round,
            outcome=outcome,
            rationale=rationale,
            decided_by=user,
            decided_at=moment,
            on_appeal=on_appeal,
            psc_only=not UserGroup.objects.filter(
                country=str(application.organisation.country)
            ).exists(),
            idempotency_key=idempotency_key or "",
        )
        if on_appeal:
            Appeal.objects.filter(application_id=application.pk).update(
                outcome=AppealOutcome.GRANTED
                if outcome == Outcome.APPROVE
                else AppealOutcome.UPHELD,
                decided_at=moment,
            )
        record(
            actor=user,
            action="review.decide",
            obj=decision,
            after={
                "application": application.pk,
                "round": decision.round,
                "outcome": outcome,
                "on_appeal": on_appeal,
                "psc_only": decision.psc_only,
            },
        )
        if outcome == Outcome.APPROVE:
            certificates_domain.issue_organisation_certificate(
                organisation=application.organisation
            )
        _after_commit(tasks.notify_decision, decision_id=decision.pk)
    return decision


def appeal(
    *,
    application_id: int,
    user: Any,
    criteria: list[str],
    evidence: str,
    links: list[str],
) -> Appeal:
    """The owners' one appeal after a rejection: the criteria to re-examine and the new
    evidence; the PSC decides it (``decide``). A second appeal is refused (409)."""
    evidence = (evidence or "").strip()
    with transaction.atomic():
        application = _locked(application_id)
        if not owner_of(user, application.organisation):
            raise Forbidden("Only an owner of the organisation appeals.")
        if Appeal.objects.filter(application_id=application.pk).exists():
            raise _refused("appeal", application, "An application may appeal once.")
        if application.state != State.REJECTED:
            raise NotAllowed(
                "appeal",
                application.state,
                app_domain.allowed_actions(application=application, user=user),
            )
        routing = (
            Routing.objects.filter(application_id=application.pk).order_by("-routed_at").first()
        )
        version = routing.rubric_version if routing else RubricVersion.current()
        keys = [c.key for c in version.criteria.all()] if version else []
        errors: dict[str, list[str]] = {}
        chosen = list(criteria or [])
        if not chosen or any(key not in keys for key in chosen):
            errors["criteria"] = [f"Name one or more of: {', '.join(keys)}."]
        if not evidence:
            errors["evidence"] = ["Give the new evidence."]
        links = list(links or [])
        if len(links) > MAX_APPEAL_LINKS:
            errors["links"] = [f"At most {MAX_APPEAL_LINKS} links."]
        for i, link in enumerate(links):
            try:
                _url(link)
            except (ValidationError, TypeError):
                errors[f"links.{i}"] = ["An http(s) address."]
        if errors:
            raise Invalid(errors)
        app_domain.appeal(application_id=application.pk, user=user)
        lodged = Appeal.objects.create(
            application=application,
            round=application.round,
            criteria=list(dict.fromkeys(chosen)),
            evidence=evidence,
            links=links,
            submitted_by=user,
            submitted_at=now(),
        )
        record(
            actor=user,
            action="review.appeal",
            obj=lodged,
            after={"application": application.pk, "criteria": lodged.criteria},
        )
        _after_commit(tasks.notify_appeal, appeal_id=lodged.pk)
    return lodged


# --- deadlines ---------------------------------------------------------------------------------


def _reminder_days() -> tuple[int, int]:
    days = [int(d) for d in getattr(settings, "REVIEW_REMINDER_DAYS", (14, 25))]
    first = days[0] if days else 14
    return first, days[1] if len(days) > 1 else first


def sweep(*, moment: datetime | None = None, routing_id: int | None = None) -> dict[str, int]:
    """Reminders to reviewers who have not submitted (at REVIEW_REMINDER_DAYS after their
    assignment, once each) and escalation to the PSC of group routings past their due date
    without an opinion. Re-reads the state under the lock: safe to run as often as one likes
    (cron, ``make serve``, deferred deadline tasks)."""
    moment = moment or now()
    open_routings = Routing.objects.filter(
        current=True, stage=Stage.REVIEWING, application__state=State.UNDER_REVIEW
    )
    if routing_id is not None:
        open_routings = open_routings.filter(pk=routing_id)
    escalated = 0
    overdue = open_routings.filter(target=Target.GROUP, due_at__lte=moment)
    for pk, application_id in list(overdue.values_list("pk", "application_id")):
        escalated += _escalate_overdue(pk, application_id, moment)
    first_day, second_day = _reminder_days()
    waiting = (
        Assignment.objects.filter(active=True, routing__in=open_routings)
        .exclude(review__state=ReviewState.SUBMITTED)
        .filter(
            Q(reminded_first_at__isnull=True, created_at__lte=moment - timedelta(days=first_day))
            | Q(
                reminded_second_at__isnull=True,
                created_at__lte=moment - timedelta(days=second_day),
            )
        )
    )
    sent = {"first": 0, "second": 0}
    for pk, application_id in list(waiting.values_list("pk", "routing__application_id")):
        which = _remind(pk, application_id, moment, first_day, second_day)
        if which:
            sent[which] += 1
    return {
        "reminded_first": sent["first"],
        "reminded_second": sent["second"],
        "escalated": escalated,
    }


def _escalate_overdue(routing_id: int, application_id: int, moment: datetime) -> int:
    with transaction.atomic():
        application = _locked(application_id)
        routing = Routing.objects.get(pk=routing_id)
        if (
            not routing.current
            or routing.stage != Stage.REVIEWING
            or routing.target != Target.GROUP
            or routing.due_at > moment
            or application.state != State.UNDER_REVIEW
            or all(g.recommendation for g in routing.groups.all())
        ):
            return 0
        _escalate(application, routing, ReasonCode.OVERDUE, None, moment)
    return 1


def _remind(
    assignment_id: int, application_id: int, moment: datetime, first_day: int, second_day: int
) -> str:
    with transaction.atomic():
        _locked(application_id)
        assignment = Assignment.objects.select_related("routing").get(pk=assignment_id)
        routing = assignment.routing
        if not assignment.active or not routing.current or routing.stage != Stage.REVIEWING:
            return ""
        if Review.objects.filter(assignment=assignment, state=ReviewState.SUBMITTED).exists():
            return ""
        age = moment - assignment.created_at
        which = ""
        if assignment.reminded_second_at is None and age >= timedelta(days=second_day):
            which = "second"
            assignment.reminded_second_at = moment
            assignment.reminded_first_at = assignment.reminded_first_at or moment
        elif assignment.reminded_first_at is None and age >= timedelta(days=first_day):
            which = "first"
            assignment.reminded_first_at = moment
        if not which:
            return ""
        assignment.save(update_fields=["reminded_first_at", "reminded_second_at"])
        record(
            actor=None,
            action="review.remind",
            obj=assignment,
            after={"application": application_id, "routing": routing.pk, "which": which},
        )
        _after_commit(tasks.notify_reminder, assignment_id=assignment.pk, which=which)
    return which


# --- invitations -------------------------------------------------------------------------------


def invite(*, group_id: int, user: Any, email: str, language: str = "en") -> Invitation:
    """An e-mailed invitation to join a group, by its coordinator or a manager. A pending
    invitation to the same address is answered as it is (no second e-mail)."""
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise Invalid({"email": ["An e-mail address."]}) from None
    local, _at, domain_part = email.rpartition("@")
    email = f"{local}@{domain_part.lower()}"
    with transaction.atomic():
        group = UserGroup.objects.select_for_update().filter(pk=group_id).first()
        if group is None:
            raise Invalid({"group": ["No such user group."]})
        if not (is_manager(user) or coordinator_of(user, group)):
            raise Forbidden("Only the group's coordinator or a manager invites reviewers.")
        moment = now()
        pending = Invitation.objects.filter(
            user_group=group, email__iexact=email, accepted_at__isnull=True, expires_at__gt=moment
        ).first()
        if pending is not None:
            return pending
        days = int(getattr(settings, "REVIEW_INVITATION_DAYS", 14))
        invitation = Invitation.objects.create(
            user_group=group,
            email=email,
            invited_by=user,
            language=texts.supported(language) or texts.DEFAULT_LANGUAGE,
            created_at=moment,
            expires_at=moment + timedelta(days=days),
        )
        record(
            actor=user,
            action="review.invite",
            obj=invitation,
            after={"group": group.pk, "expires_at": invitation.expires_at},
        )
        _after_commit(tasks.send_invitation, invitation_id=invitation.pk)
    return invitation


def invitation_id(token: str) -> int:
    """The invitation a link's token names (``Invalid`` when forged or mangled)."""
    try:
        value = signing.loads(token, salt=tasks.INVITATION_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        raise Invalid({"token": ["This invitation link is not valid."]}) from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid({"token": ["This invitation link is not valid."]})
    return value


def accept_invitation(*, token: str, user: Any) -> UserGroup:
    """Joins the group an invitation names: signed, not expired, not used by someone else.
    The new member gets the group's open routings (``assign_member``)."""
    pk = invitation_id(token)
    if not is_signed_in(user):
        raise Forbidden("Sign in to accept the invitation.")
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .select_related("user_group")
            .filter(pk=pk)
            .first()
        )
        if invitation is None:
            raise Invalid({"token": ["This invitation no longer exists."]})
        group = invitation.user_group
        if invitation.accepted_at is not None:
            if invitation.accepted_by_id == user.pk:
                return group
            raise NotAllowed("accept", "accepted", [])
        moment = now()
        if invitation.expires_at <= moment:
            raise NotAllowed("accept", "expired", [])
        invitation.accepted_at = moment
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        record(
            actor=user,
            action="review.invitation.accept",
            obj=invitation,
            after={"group": group.pk},
        )
        group.members.add(user)  # the m2m signal assigns the open routings
    return group
