"""The only code that changes an application (ARCHITECTURE §7).

Keyword-only functions, one transaction each, the application row locked
(``select_for_update``) so two requests cannot both act on it, one audit event per change and
e-mails enqueued on commit. What may happen is the table :data:`TRANSITIONS` of
(state, action, role) -> new state; anything else raises :class:`NotAllowed` (HTTP 409 with
the state and the allowed actions) or :class:`Forbidden` (403: the role never may).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from audit.domain import record
from catalogue.models import CertifyingOrganisation
from catalogue.rules import is_manager, owner_of
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import tasks
from .documents import sha256_of, snapshot_of, with_relations
from .models import (
    CLOSED_STATES,
    EDITABLE_STATES,
    Application,
    Contribution,
    CourseMaterial,
    Remark,
    Round,
    SelfCheckVersion,
    State,
)
from .names import name_key


class Action(StrEnum):
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    START_SCREENING = "start_screening"
    ROUTE = "route"
    REQUEST_CHANGES = "request_changes"
    APPROVE = "approve"
    REJECT = "reject"
    REAPPLY = "reapply"
    APPEAL = "appeal"


#: Who acts: an owner of the organisation, a certification manager, or the system (a task).
OWNER, MANAGER, SYSTEM = "owner", "manager", "system"

_WITHDRAWABLE = (
    State.DRAFT,
    State.SUBMITTED,
    State.SCREENING,
    State.UNDER_REVIEW,
    State.CHANGES_REQUESTED,
    State.RESUBMITTED,
    State.APPEALED,
)
# Screening can send an application back or reject it as ineligible; only the PSC approves,
# after the review (``reviews.domain.decide``), or on appeal.
_SENDABLE_BACK = (State.SCREENING, State.UNDER_REVIEW)
_REJECTABLE = (State.SCREENING, State.UNDER_REVIEW, State.APPEALED)
_APPROVABLE = (State.UNDER_REVIEW, State.APPEALED)

TRANSITIONS: dict[tuple[str, str, str], str] = {
    (State.DRAFT, Action.SUBMIT, OWNER): State.SUBMITTED,
    (State.CHANGES_REQUESTED, Action.SUBMIT, OWNER): State.RESUBMITTED,
    (State.SUBMITTED, Action.START_SCREENING, MANAGER): State.SCREENING,
    (State.RESUBMITTED, Action.START_SCREENING, MANAGER): State.SCREENING,
    (State.SCREENING, Action.ROUTE, MANAGER): State.UNDER_REVIEW,
    (State.SCREENING, Action.ROUTE, SYSTEM): State.UNDER_REVIEW,
    **{(s, Action.REQUEST_CHANGES, MANAGER): State.CHANGES_REQUESTED for s in _SENDABLE_BACK},
    **{(s, Action.APPROVE, MANAGER): State.APPROVED for s in _APPROVABLE},
    **{(s, Action.REJECT, MANAGER): State.REJECTED for s in _REJECTABLE},
    # One appeal after a rejection (``reviews.domain.appeal`` keeps it to one), decided by
    # the PSC with approve or reject.
    (State.REJECTED, Action.APPEAL, OWNER): State.APPEALED,
    **{(s, Action.WITHDRAW, OWNER): State.WITHDRAWN for s in _WITHDRAWABLE},
    # Applying again after a withdrawal or a rejection: this application stays as it is, a
    # new draft of the same organisation starts from its content (``reapply``).
    (State.WITHDRAWN, Action.REAPPLY, OWNER): State.WITHDRAWN,
    (State.REJECTED, Action.REAPPLY, OWNER): State.REJECTED,
}

#: Actions whose reasons the applicant must read.
REMARKS_REQUIRED = frozenset({Action.REQUEST_CHANGES, Action.APPROVE, Action.REJECT})

#: The organisation's catalogue status for each application state.
ORGANISATION_STATUS = {
    State.DRAFT: CertifyingOrganisation.Status.DRAFT,
    State.SUBMITTED: CertifyingOrganisation.Status.SUBMITTED,
    State.RESUBMITTED: CertifyingOrganisation.Status.SUBMITTED,
    State.SCREENING: CertifyingOrganisation.Status.UNDER_REVIEW,
    State.UNDER_REVIEW: CertifyingOrganisation.Status.UNDER_REVIEW,
    State.CHANGES_REQUESTED: CertifyingOrganisation.Status.CHANGES_REQUESTED,
    State.APPROVED: CertifyingOrganisation.Status.APPROVED,
    State.REJECTED: CertifyingOrganisation.Status.REJECTED,
    State.APPEALED: CertifyingOrganisation.Status.UNDER_REVIEW,
    # Nothing was decided: the organisation is private again, as a draft is.
    State.WITHDRAWN: CertifyingOrganisation.Status.DRAFT,
}

#: Maps the organisation's fields to the application's details keys.
ORGANISATION_FIELDS = {
    "name": "name",
    "email": "organisation_email",
    "website": "url",
    "address": "address",
    "country": "country",
    "phone": "organisation_phone",
    "vat_number": "vat_number",
}

IDEMPOTENCY_KEYS_KEPT = 20


# --- errors ---------------------------------------------------------------------------------


class DomainError(Exception):
    """A request the domain refuses; the API maps each kind to its status."""


class NotAllowed(DomainError):
    """The action does not apply in the application's current state (409)."""

    def __init__(self, action: str, state: str, allowed: list[str]) -> None:
        super().__init__(f"'{action}' is not possible while the application is {state}.")
        self.action, self.state, self.allowed_actions = action, state, allowed


class Forbidden(DomainError):
    """The actor's role may never do this to this application (403)."""


class Invalid(DomainError):
    """Input or completeness errors, every one of them: ``{field: [messages]}`` (400)."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        super().__init__("Invalid input.")
        self.errors = dict(errors)


class Stale(DomainError):
    """An edit based on an older revision (If-Match) (412)."""

    def __init__(self, revision: int) -> None:
        super().__init__("The application changed since you read it.")
        self.revision = revision


# --- roles and the table ---------------------------------------------------------------------


def roles_of(user: Any, application: Application) -> set[str]:
    """The roles ``user`` holds on ``application`` (``None`` is the system)."""
    if user is None:
        return {SYSTEM}
    roles = set()
    if owner_of(user, application.organisation):
        roles.add(OWNER)
    if is_manager(user):
        roles.add(MANAGER)
    return roles


def actions_for_roles(state: str, roles: set[str]) -> list[str]:
    """The actions any of ``roles`` may take in ``state``, in the order of :class:`Action`."""
    return [
        action.value
        for action in Action
        if any((state, action, role) in TRANSITIONS for role in roles)
    ]


def allowed_actions(*, application: Application, user: Any) -> list[str]:
    """The actions ``user`` may take now (an application appeals once)."""
    actions = actions_for_roles(application.state, roles_of(user, application))
    if Action.APPEAL in actions and _appealed_before(application):
        actions.remove(Action.APPEAL)
    return actions


def _appealed_before(application: Application) -> bool:
    from reviews.models import Appeal

    return Appeal.objects.filter(application_id=application.pk).exists()


def _new_state(application: Application, action: str, user: Any) -> str:
    roles = roles_of(user, application)
    for role in sorted(roles):
        new = TRANSITIONS.get((application.state, action, role))
        if new is not None:
            return new
    if not any(key[1] == action and key[2] in roles for key in TRANSITIONS):
        raise Forbidden(f"Your role may not '{action}' this application.")
    raise NotAllowed(action, application.state, allowed_actions(application=application, user=user))


def now() -> datetime:
    """The domain's clock (tests move it with ``unittest.mock.patch``)."""
    return timezone.now()


def _locked(application_id: int) -> Application:
    return (
        Application.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=application_id)
    )


def _state_record(application: Application) -> dict[str, Any]:
    return {
        "state": application.state,
        "round": application.round,
        "revision": application.revision,
    }


def _sync_organisation_status(application: Application) -> None:
    organisation = application.organisation
    organisation.status = ORGANISATION_STATUS[State(application.state)]
    organisation.save(update_fields=["status", "updated_at"])


def _after_commit(function: Any, **kwargs: Any) -> None:
    transaction.on_commit(lambda: function.enqueue(**kwargs))


# --- creating and editing ----------------------------------------------------------------------


def _name_taken(name: str, exclude_pk: int | None) -> bool:
    return (
        CertifyingOrganisation.objects.filter(name__iexact=name.strip())
        .exclude(pk=exclude_pk)
        .exists()
    )


def create_application(*, user: Any, data: Mapping[str, Any], language: str = "en") -> Application:
    """A draft application and its organisation (status draft, ``user`` an owner).

    ``data`` is validated input (the API's serializer): ``details.name`` is required, since
    the organisation needs its (unique) name; everything else may come later.
    """
    details = dict(data.get("details") or {})
    name = str(details.get("name") or "").strip()
    if not name:
        raise Invalid({"details.name": ["An organisation name is required."]})
    with transaction.atomic():
        if _name_taken(name, None):
            raise Invalid({"details.name": ["An organisation with this name exists already."]})
        details["name"] = name
        organisation = CertifyingOrganisation(status=CertifyingOrganisation.Status.DRAFT)
        _copy_details(organisation, details)
        organisation.save()
        organisation.owners.add(user)
        moment = now()
        application = Application.objects.create(
            organisation=organisation,
            details=details,
            self_check_version=SelfCheckVersion.current(),
            created_by=user,
            language=language,
            last_activity_at=moment,
        )
        rest = {k: v for k, v in data.items() if k != "details"}
        if rest:
            _apply_changes(application, rest)
            application.save()
        record(
            actor=user,
            action="application.create",
            obj=application,
            after={**_state_record(application), "organisation": organisation.pk},
        )
    return application


def _copy_details(organisation: CertifyingOrganisation, details: Mapping[str, Any]) -> None:
    for key, field in ORGANISATION_FIELDS.items():
        if key in details:
            setattr(organisation, field, details[key] or "")


def _apply_changes(application: Application, changes: Mapping[str, Any]) -> None:
    """Writes validated, partial changes; lists (contributions, courses) replace whole lists."""
    if "details" in changes:
        details = {**(application.details or {}), **changes["details"]}
        name = str(details.get("name") or "").strip()
        if not name:
            raise Invalid({"details.name": ["An organisation name is required."]})
        if name != application.organisation.name and _name_taken(name, application.organisation_id):
            raise Invalid({"details.name": ["An organisation with this name exists already."]})
        details["name"] = name
        application.details = details
        _copy_details(application.organisation, details)
        application.organisation.save()
    if "message" in changes:
        application.message = changes["message"]
    if "self_check" in changes:
        self_check = changes["self_check"]
        if "version" in self_check:
            version = SelfCheckVersion.objects.filter(number=self_check["version"]).first()
            if version is None:
                raise Invalid({"self_check.version": ["No such self-check version."]})
            application.self_check_version = version
        if "answers" in self_check:
            application.self_check_answers = dict(self_check["answers"])
    if "contributions" in changes:
        application.contributions.all().delete()
        Contribution.objects.bulk_create(
            Contribution(application=application, position=i, **item)
            for i, item in enumerate(changes["contributions"])
        )
    if "courses" in changes:
        application.courses.all().delete()
        CourseMaterial.objects.bulk_create(
            CourseMaterial(application=application, position=i, **item)
            for i, item in enumerate(changes["courses"])
        )


def update_draft(
    *,
    application_id: int,
    user: Any,
    changes: Mapping[str, Any],
    if_match: int | None = None,
) -> Application:
    """Partial edit by an owner in draft or changes_requested; no completeness checks.

    Edits are not audit events (the plugin saves every few seconds while someone types;
    ``revision`` counts them): the audit log records what the programme decides on.
    """
    with transaction.atomic():
        application = _locked(application_id)
        if OWNER not in roles_of(user, application):
            raise Forbidden("Only an owner of the organisation may edit its application.")
        if application.state not in EDITABLE_STATES:
            raise NotAllowed(
                "edit", application.state, allowed_actions(application=application, user=user)
            )
        if if_match is not None and if_match != application.revision:
            raise Stale(application.revision)
        _apply_changes(application, changes)
        application.revision += 1
        application.last_activity_at = now()
        application.idle_warning_sent_at = None
        application.save()
    return application


# --- submitting ----------------------------------------------------------------------------------


def completeness_errors(application: Application, language: str = "en") -> dict[str, list[str]]:
    """Every missing or invalid field that stops a submission, keyed by dotted path."""
    errors: dict[str, list[str]] = {}
    required = "This field is required."
    details = application.details or {}
    for key in ("name", "email", "country", "address"):
        if not str(details.get(key) or "").strip():
            errors[f"details.{key}"] = [required]
    if not application.contributions.exists():
        errors["contributions"] = ["Add at least one contribution to QGIS."]
    courses = list(application.courses.all())
    if not courses:
        errors["courses"] = ["Add at least one course with its training material."]
    files = set(
        application.materials.exclude(part="logo").values_list("course_key", "part").distinct()
    )
    for i, course in enumerate(courses):
        for key in ("title", "course_type", "licence", "qgis_version"):
            if not str(getattr(course, key) or "").strip():
                errors[f"courses.{i}.{key}"] = [required]
        links = course.links or {}
        has_material = any(
            links.get(part) or (course.key, part) in files for part in ("lectures", "exercises")
        )
        if not has_material:
            errors[f"courses.{i}.links"] = [
                "Give at least one file or link for the lectures or the exercises."
            ]
    errors.update(_self_check_errors(application, language))
    name = str(details.get("name") or "")
    if name and _matches_certified(name, application.organisation_id):
        errors.setdefault("details.name", []).append(
            "A certified organisation has this name already."
        )
    return errors


def _self_check_errors(application: Application, language: str) -> dict[str, list[str]]:
    current = SelfCheckVersion.current()
    if current is None:
        return {}
    errors: dict[str, list[str]] = {}
    if application.self_check_version_id != current.pk:
        errors["self_check.version"] = [
            f"Answer the current self-check (version {current.number})."
        ]
    answers = application.self_check_answers or {}
    for question in current.questions.all():
        if answers.get(question.key) is not True:
            errors[f"self_check.answers.{question.key}"] = [
                f"Answer yes to submit: {question.text(language)}"
            ]
    return errors


def _matches_certified(name: str, organisation_id: int) -> bool:
    key = name_key(name)
    certified = CertifyingOrganisation.objects.certified().exclude(pk=organisation_id)
    return any(name_key(other) == key for other in certified.values_list("name", flat=True))


def quota_errors(application: Application, moment: datetime) -> list[str]:
    """Why the organisation may not submit now (one open application; so many a year)."""
    reasons = []
    others = Application.objects.filter(organisation_id=application.organisation_id).exclude(
        pk=application.pk
    )
    if others.exclude(state__in=CLOSED_STATES).exists():
        reasons.append("This organisation has another open application; one at a time.")
    if application.round == 0:  # a resubmission is the same application
        limit = settings.APPLICATIONS_PER_YEAR
        year = timezone.localtime(moment).year
        count = Round.objects.filter(
            application__organisation_id=application.organisation_id,
            number=1,
            submitted_at__year=year,
        ).count()
        if count >= limit:
            reasons.append(
                f"This organisation has submitted {count} applications in {year}; "
                f"at most {limit} a year."
            )
    return reasons


def _seen(application: Application, key: str | None) -> bool:
    return bool(key) and any(item.get("key") == key for item in application.idempotency_keys or [])


def _remember(application: Application, key: str | None) -> None:
    if key and not _seen(application, key):
        kept = list(application.idempotency_keys or [])[-(IDEMPOTENCY_KEYS_KEPT - 1) :]
        application.idempotency_keys = [*kept, {"key": key, "round": application.round}]


def submit(
    *,
    application_id: int,
    user: Any,
    idempotency_key: str | None = None,
    language: str | None = None,
) -> tuple[Application, bool]:
    """Submits (or resubmits) the application: a frozen round and its SHA-256.

    Returns ``(application, replayed)``: a retry with the same ``Idempotency-Key``, or a
    submit of a round already submitted, answers the same application and changes nothing.
    """
    with transaction.atomic():
        application = _locked(application_id)
        if OWNER not in roles_of(user, application):
            raise Forbidden("Only an owner of the organisation may submit its application.")
        if _seen(application, idempotency_key):
            return application, True
        if application.state in (State.SUBMITTED, State.RESUBMITTED):
            if idempotency_key:
                _remember(application, idempotency_key)
                application.save(update_fields=["idempotency_keys"])
            return application, True
        before = _state_record(application)
        new_state = _new_state(application, Action.SUBMIT, user)
        moment = now()
        language = language or application.language
        errors = completeness_errors(application, language)
        reasons = quota_errors(application, moment)
        if reasons:
            errors["non_field_errors"] = reasons
        if errors:
            raise Invalid(errors)
        application.round += 1
        application.revision += 1
        application.state = new_state
        application.submitted_at = moment
        application.last_activity_at = moment
        application.language = language
        application.remarks = ""
        _remember(application, idempotency_key)
        application.save()
        _sync_organisation_status(application)
        fresh = with_relations(Application.objects.filter(pk=application.pk)).get()
        snapshot = snapshot_of(fresh)
        Round.objects.create(
            application=application,
            number=application.round,
            snapshot=snapshot,
            sha256=sha256_of(snapshot),
            submitted_at=moment,
            submitted_by=user,
        )
        record(
            actor=user,
            action=f"application.{Action.SUBMIT}",
            obj=application,
            before=before,
            after=_state_record(application),
        )
        _after_commit(tasks.notify_submitted, application_id=application.pk)
    return application, False


# --- the other state changes ----------------------------------------------------------------------


def _transition(
    *,
    application_id: int,
    user: Any,
    action: Action,
    remarks: str = "",
    apply: Callable[[Application, datetime], None] | None = None,
    notify: bool = True,
) -> Application:
    remarks = (remarks or "").strip()
    with transaction.atomic():
        application = _locked(application_id)
        before = _state_record(application)
        new_state = _new_state(application, action, user)
        if action == Action.APPEAL and _appealed_before(application):
            raise NotAllowed(
                action, application.state, allowed_actions(application=application, user=user)
            )
        if action in REMARKS_REQUIRED and not remarks:
            raise Invalid({"remarks": ["Give the applicant your reasons."]})
        moment = now()
        application.state = new_state
        application.revision += 1
        application.last_activity_at = moment
        if action in REMARKS_REQUIRED:
            application.remarks = remarks
        if apply is not None:
            apply(application, moment)
        application.save()
        _sync_organisation_status(application)
        event = record(
            actor=user,
            action=f"application.{action}",
            obj=application,
            before=before,
            after={**_state_record(application), "remarks": bool(remarks)},
        )
        if remarks:
            Remark.objects.create(
                application=application, event_sequence=event.sequence, text=remarks
            )
        if notify:
            _after_commit(
                tasks.notify_state_changed,
                application_id=application.pk,
                event_sequence=event.sequence,
            )
    return application


def _decided(application: Application, moment: datetime) -> None:
    application.decided_at = moment


def withdraw(*, application_id: int, user: Any, reason: str = "") -> Application:
    return _transition(
        application_id=application_id, user=user, action=Action.WITHDRAW, remarks=reason
    )


def start_screening(*, application_id: int, user: Any) -> Application:
    return _transition(application_id=application_id, user=user, action=Action.START_SCREENING)


def route(*, application_id: int, user: Any = None) -> Application:
    """Screening done: on to review. ``reviews.domain.route`` calls this and says to whom."""
    return _transition(application_id=application_id, user=user, action=Action.ROUTE)


def request_changes(
    *, application_id: int, user: Any, remarks: str, notify: bool = True
) -> Application:
    return _transition(
        application_id=application_id,
        user=user,
        action=Action.REQUEST_CHANGES,
        remarks=remarks,
        notify=notify,
    )


def approve(*, application_id: int, user: Any, remarks: str, notify: bool = True) -> Application:
    """``notify=False``: the caller sends its own e-mail (``reviews.domain.decide``)."""
    return _transition(
        application_id=application_id,
        user=user,
        action=Action.APPROVE,
        remarks=remarks,
        apply=_decided,
        notify=notify,
    )


def reject(*, application_id: int, user: Any, remarks: str, notify: bool = True) -> Application:
    return _transition(
        application_id=application_id,
        user=user,
        action=Action.REJECT,
        remarks=remarks,
        apply=_decided,
        notify=notify,
    )


def appeal(*, application_id: int, user: Any, notify: bool = False) -> Application:
    """A rejected application appeals (once); ``reviews.domain.appeal`` records what is
    appealed and tells the PSC."""
    return _transition(
        application_id=application_id, user=user, action=Action.APPEAL, notify=notify
    )


def reapply(*, application_id: int, user: Any, language: str = "en") -> Application:
    """A new draft for the organisation of a withdrawn or rejected application, starting from
    its details, contributions, courses and message (files are sent again; the self-check is
    answered again). A retry returns the draft the first call made, nothing twice."""
    with transaction.atomic():
        previous = _locked(application_id)
        _new_state(previous, Action.REAPPLY, user)  # 403 or 409 with the allowed actions
        organisation = CertifyingOrganisation.objects.select_for_update().get(
            pk=previous.organisation_id
        )
        already = previous.next_applications.exclude(state__in=CLOSED_STATES).first()
        if already is not None:
            return already
        others = Application.objects.filter(organisation=organisation).exclude(
            state__in=CLOSED_STATES
        )
        if organisation.is_certified or others.exists():
            raise Invalid(
                {"non_field_errors": ["The organisation is certified or has an open application."]}
            )
        moment = now()
        application = Application.objects.create(
            organisation=organisation,
            previous=previous,
            details=dict(previous.details or {}),
            message=previous.message,
            self_check_version=SelfCheckVersion.current(),
            created_by=user,
            language=language,
            last_activity_at=moment,
        )
        Contribution.objects.bulk_create(
            Contribution(
                application=application,
                position=c.position,
                kind=c.kind,
                description=c.description,
                links=list(c.links or []),
                start_date=c.start_date,
                end_date=c.end_date,
            )
            for c in previous.contributions.all()
        )
        CourseMaterial.objects.bulk_create(
            CourseMaterial(
                application=application,
                position=c.position,
                key=c.key,
                title=c.title,
                course_type=c.course_type,
                licence=c.licence,
                qgis_version=c.qgis_version,
                links=dict(c.links or {}),
            )
            for c in previous.courses.all()
        )
        _sync_organisation_status(application)
        record(
            actor=user,
            action=f"application.{Action.REAPPLY}",
            obj=application,
            after={**_state_record(application), "previous": previous.pk},
        )
    return application


ACTIONS: dict[str, Callable[..., Any]] = {
    Action.WITHDRAW: withdraw,
    Action.START_SCREENING: start_screening,
    Action.ROUTE: route,
    Action.REQUEST_CHANGES: request_changes,
    Action.APPROVE: approve,
    Action.REJECT: reject,
    Action.REAPPLY: reapply,
    Action.APPEAL: appeal,
}


# --- idle drafts ----------------------------------------------------------------------------------


def sweep_idle_drafts(*, moment: datetime | None = None) -> dict[str, int]:
    """Warns the owners of drafts idle ``APPLICATION_DRAFT_IDLE_DAYS - 30`` days (once) and
    deletes drafts idle ``APPLICATION_DRAFT_IDLE_DAYS`` days, with their draft organisation.

    Safe to run as often as one likes (cron, ``make serve``): it re-reads the state.
    """
    from datetime import timedelta

    moment = moment or now()
    idle_days = settings.APPLICATION_DRAFT_IDLE_DAYS
    deleted = warned = 0
    drafts = Application.objects.filter(state=State.DRAFT)
    expired_ids = list(
        drafts.filter(last_activity_at__lte=moment - timedelta(days=idle_days)).values_list(
            "pk", flat=True
        )
    )
    for application_id in expired_ids:
        deleted += _delete_idle(application_id, moment - timedelta(days=idle_days))
    warn_before = moment - timedelta(days=max(idle_days - 30, 0))
    to_warn = drafts.filter(last_activity_at__lte=warn_before, idle_warning_sent_at__isnull=True)
    for application_id in list(to_warn.values_list("pk", flat=True)):
        with transaction.atomic():
            application = _locked(application_id)
            if application.state != State.DRAFT or application.idle_warning_sent_at is not None:
                continue
            if application.last_activity_at > warn_before:
                continue
            application.idle_warning_sent_at = moment
            application.save(update_fields=["idle_warning_sent_at"])
            deletion = application.last_activity_at + timedelta(days=idle_days)
            record(actor=None, action="application.idle-warning", obj=application)
            _after_commit(
                tasks.notify_idle_draft,
                application_id=application.pk,
                deletion_date=deletion.date().isoformat(),
            )
            warned += 1
    return {"warned": warned, "deleted": deleted}


def _delete_idle(application_id: int, cutoff: datetime) -> int:
    with transaction.atomic():
        try:
            application = _locked(application_id)
        except Application.DoesNotExist:
            return 0
        if application.state != State.DRAFT or application.last_activity_at > cutoff:
            return 0
        organisation = application.organisation
        files = [m.file.name for m in application.materials.all() if m.file]
        record(
            actor=None,
            action="application.expire",
            obj=application,
            before=_state_record(application),
        )
        application.delete()
        if (
            organisation.status == CertifyingOrganisation.Status.DRAFT
            and not organisation.applications.exists()
            and not organisation.courses.exists()
        ):
            organisation.delete()
        transaction.on_commit(lambda: _delete_files(files))
    return 1


def _delete_files(names: Iterable[str]) -> None:
    from django.core.files.storage import default_storage

    for name in names:
        default_storage.delete(name)
