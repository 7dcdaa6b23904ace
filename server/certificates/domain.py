"""The only code that issues, corrects, revokes and sends certificates (ARCHITECTURE §7).

Keyword-only functions, one transaction each, one audit event per certificate changed (ids,
numbers and states only, never names or addresses), background work enqueued on commit.

Numbering is gap-free: a batch locks its organisation's row (the ledger's lock, so the
balance it checks is the balance it spends), then the single :class:`CertificateCounter` row,
and takes the next numbers; a refused batch rolls back before anything is written. On SQLite
every transaction begins ``IMMEDIATE`` (settings), so batches queue on the database lock.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from applications.domain import DomainError, Forbidden, Invalid, NotAllowed
from audit.domain import record
from catalogue.models import CertificateType, CertifyingOrganisation, Course
from catalogue.signals import touch_course
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from payments import ledger, pricing
from payments.ledger import NotEnoughCredits
from payments.models import CreditEntry

from . import tasks
from .models import (
    CERTIFICATE_LANGUAGES,
    Attendee,
    Certificate,
    CertificateCorrection,
    CertificateCounter,
    CertificateDelivery,
    CourseAttendee,
    IssueBatch,
    OrganisationCertificate,
)
from .rules import may_act_after_window, may_manage_certificates

__all__ = [
    "DomainError",
    "Forbidden",
    "Invalid",
    "IssueResult",
    "NotAllowed",
    "NotEnoughCredits",
    "Refused",
    "correct_certificate",
    "default_items",
    "issue_certificates",
    "issue_organisation_certificate",
    "normalise_certificate_id",
    "now",
    "request_sending",
    "revoke_certificate",
    "today",
]

COUNTER_PK = 1
DEFAULT_CERTIFICATE_TYPE = "attendance"
NAME_MAX = 150
FORBIDDEN = "Only the owners and conveners of a certified organisation may manage its certificates."

_ID = re.compile(r"^QGIS[-_ ]?0*(\d{1,9})$")
_ORG_ID = re.compile(r"^QGIS[-_ ]?ORG[-_ ]?0*(\d{1,9})$")
_CHINESE_TRADITIONAL = {"zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk"}


class Refused(NotAllowed):
    """A request refused for a reason other than the state table (409 with ``code``):
    ``in_use``, ``not_started``, ``revoked``."""

    def __init__(self, detail: str, code: str) -> None:
        Exception.__init__(self, detail)
        self.detail, self.code = detail, code
        self.action, self.state, self.allowed_actions = code, code, []


@dataclass(frozen=True)
class IssueResult:
    certificates: list[Certificate]
    replayed: bool
    batch: IssueBatch
    balance: int = 0
    """The organisation's balance after the batch (for the API's ``credits``)."""


# --- clock and small helpers ----------------------------------------------------------------


def now() -> datetime:
    """The domain's clock (tests move it with ``monkeypatch.setattr(domain, "now", ...)``)."""
    return timezone.now()


def today() -> date:
    """The server's local date on the domain's clock."""
    return timezone.localdate(now())


def _after_commit(function: Any, **kwargs: Any) -> None:
    transaction.on_commit(lambda: function.enqueue(**kwargs))


def _nfc(text: Any) -> str:
    return unicodedata.normalize("NFC", str(text or "")).strip()


def _per_certificate() -> int:
    """Credits a certificate costs (billing settings; ``CREDITS_PER_CERTIFICATE`` seeds it)."""
    return int(pricing.current().credits_per_certificate)


def _lock_counter() -> CertificateCounter:
    counter, _created = CertificateCounter.objects.select_for_update().get_or_create(pk=COUNTER_PK)
    return counter


def _require_manager_of(actor: Any, organisation: CertifyingOrganisation) -> None:
    if not may_manage_certificates(actor, organisation):
        raise Forbidden(FORBIDDEN)


def certificate_language(code: str | None) -> str | None:
    """A language code as a certificate's (``zh-Hant``/``zh_TW`` → ``zh_TW``), or ``None``."""
    text = str(code or "").strip().replace("_", "-").lower()
    if text in _CHINESE_TRADITIONAL:
        return "zh_TW"
    base = text.split("-")[0]
    if base in CERTIFICATE_LANGUAGES and base != "zh":
        return base
    return None


def normalise_certificate_id(text: Any) -> str | None:
    """``" qgis-12 "`` → ``"QGIS-12"``; ``None`` when the text is not a certificate id."""
    found = _ID.match(str(text or "").strip().upper()[:40])
    return f"QGIS-{int(found.group(1))}" if found and int(found.group(1)) > 0 else None


def normalise_organisation_certificate_id(text: Any) -> str | None:
    """``"qgis-org-3"`` → ``"QGIS-ORG-3"``; ``None`` when the text is not such an id."""
    found = _ORG_ID.match(str(text or "").strip().upper()[:40])
    return f"QGIS-ORG-{int(found.group(1))}" if found and int(found.group(1)) > 0 else None


# --- issuing --------------------------------------------------------------------------------


def _course_defaults(course: Course) -> tuple[str, str]:
    chosen = course.certificate_type
    certificate_type = chosen.slug if chosen is not None else DEFAULT_CERTIFICATE_TYPE
    return certificate_type, certificate_language(course.language) or "en"


def default_items(
    course: Course, certificate_type: str | None = None, language: str | None = None
) -> list[dict[str, Any]]:
    """One item per attendee of the course without a valid certificate, in list order."""
    default_type, default_language = _course_defaults(course)
    certified = Certificate.objects.filter(
        course=course, status=Certificate.Status.VALID
    ).values_list("attendee_id", flat=True)
    waiting = (
        CourseAttendee.objects.filter(course=course)
        .exclude(attendee_id__in=certified)
        .values_list("attendee_id", flat=True)
    )
    return [
        {
            "attendee": attendee_id,
            "certificate_type": certificate_type or default_type,
            "language": language or default_language,
        }
        for attendee_id in waiting
    ]


def _normalised_items(course: Course, items: Any) -> list[dict[str, Any]]:
    """The items with the course's defaults filled in (what the fingerprint covers)."""
    if not isinstance(items, Sequence) or isinstance(items, (str, bytes)):
        raise Invalid({"items": ["A list of {attendee, certificate_type, language}."]})
    if not items:
        raise Invalid({"items": ["Choose at least one attendee."]})
    default_type, default_language = _course_defaults(course)
    normalised = []
    for item in items:
        item = item if isinstance(item, Mapping) else {}
        normalised.append(
            {
                "attendee": item.get("attendee"),
                "certificate_type": item.get("certificate_type") or default_type,
                "language": item.get("language") or default_language,
            }
        )
    return normalised


def _fingerprint(items: list[dict[str, Any]]) -> str:
    text = json.dumps(items, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _item_errors(
    course: Course, items: list[dict[str, Any]]
) -> tuple[list[dict[str, list[str]]], dict[int, Attendee], dict[str, CertificateType]]:
    """Every item's errors (``{}`` when fine), the attendees and types they name."""
    ids = [item["attendee"] for item in items if _is_id(item["attendee"])]
    attendees = {
        ca.attendee_id: ca.attendee
        for ca in CourseAttendee.objects.filter(course=course, attendee_id__in=ids).select_related(
            "attendee"
        )
    }
    held = dict(
        Certificate.objects.filter(
            course=course, attendee_id__in=ids, status=Certificate.Status.VALID
        ).values_list("attendee_id", "certificate_id")
    )
    types = {t.slug: t for t in CertificateType.objects.all()}
    errors: list[dict[str, list[str]]] = []
    seen: set[int] = set()
    for item in items:
        error: dict[str, list[str]] = {}
        attendee = item["attendee"]
        if not _is_id(attendee) or int(attendee) not in attendees:
            error["attendee"] = ["Not an attendee of this course."]
        elif int(attendee) in seen:
            error["attendee"] = ["Listed twice."]
        elif int(attendee) in held:
            error["attendee"] = [f"Already certified: {held[int(attendee)]}."]
        if _is_id(attendee):
            seen.add(int(attendee))
        if not isinstance(item["certificate_type"], str) or item["certificate_type"] not in types:
            error["certificate_type"] = [f"One of: {', '.join(sorted(types)) or '(none)'}."]
        if not isinstance(item["language"], str) or item["language"] not in CERTIFICATE_LANGUAGES:
            error["language"] = [f"One of: {', '.join(CERTIFICATE_LANGUAGES)}."]
        errors.append(error)
    return errors, attendees, types


def _is_id(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value > 0
    return isinstance(value, str) and value.isdigit() and len(value) < 12 and int(value) > 0


def _replay(course: Course, key: str, fingerprint: str | None, balance: int) -> IssueResult | None:
    """The batch made under ``key`` (``fingerprint`` None: whatever its items were)."""
    batch = IssueBatch.objects.filter(course=course, idempotency_key=key).first()
    if batch is None:
        return None
    if fingerprint is not None and batch.fingerprint != fingerprint:
        raise Invalid({"Idempotency-Key": ["Used for another batch."]})
    certificates = list(batch.certificates.order_by("number"))
    return IssueResult(certificates=certificates, replayed=True, batch=batch, balance=balance)


def issue_certificates(
    *,
    actor: Any,
    course: Course,
    items: Any,
    idempotency_key: str | None = None,
) -> IssueResult:
    """Issue one certificate per item, all or nothing, each paid from the ledger.

    Refusals: :class:`Forbidden` (not a course manager), :class:`Refused` ``not_started``
    (before the course's first day), :class:`Invalid` with one error object per item,
    :class:`NotEnoughCredits`. The same ``idempotency_key`` with the same items answers the
    first batch's certificates and charges nothing (``replayed``); so do the same key and no
    items (a retried "every attendee" batch, whose attendees all hold their certificate now).
    """
    key = (idempotency_key or "").strip()[:200]
    with transaction.atomic():
        organisation = ledger.lock(course.certifying_organisation_id)
        _require_manager_of(actor, organisation)
        if key and isinstance(items, Sequence) and not items:
            # A retried "all attendees" batch: everyone is certified now, the items are none.
            replay = _replay(course, key, None, organisation.credit_balance)
            if replay is not None:
                return replay
        normalised = _normalised_items(course, items)
        fingerprint = _fingerprint(normalised)
        if key:
            replay = _replay(course, key, fingerprint, organisation.credit_balance)
            if replay is not None:
                return replay
        if today() < course.start_date:
            raise Refused(
                f"The course starts on {course.start_date.isoformat()}: certificates are "
                "issued from its first day.",
                "not_started",
            )
        errors, attendees, types = _item_errors(course, normalised)
        if any(errors):
            # One error object per item (the API's shape), not a list of messages.
            raise Invalid({"items": errors})  # type: ignore[dict-item]
        price = _per_certificate()
        needed = price * len(normalised)
        available = ledger.available(organisation)  # the balance plus the credit limit
        if available < needed:
            raise NotEnoughCredits(needed=needed, available=available)
        counter = _lock_counter()
        moment = now()
        batch = IssueBatch.objects.create(
            course=course,
            requested_by=actor if getattr(actor, "is_authenticated", False) else None,
            idempotency_key=key,
            fingerprint=fingerprint,
            credits=needed,
        )
        first = counter.last_number + 1
        issued = Certificate.objects.bulk_create(
            [
                Certificate(
                    number=number,
                    certificate_id=f"QGIS-{number}",
                    course=course,
                    attendee=attendees[int(item["attendee"])],
                    certificate_type=types[item["certificate_type"]],
                    language=item["language"],
                    first_name=_nfc(attendees[int(item["attendee"])].first_name),
                    surname=_nfc(attendees[int(item["attendee"])].surname),
                    batch=batch,
                    issued_by=batch.requested_by,
                    issued_at=moment,
                )
                for number, item in enumerate(normalised, start=first)
            ]
        )
        counter.last_number += len(issued)
        touch_course(course.pk)  # bulk_create sends no post_save: the course's ETags move here
        ledger.post_many(
            organisation=organisation,
            kind=CreditEntry.Kind.CHARGE,
            credits=-price,
            actor=actor,
            certificates=issued,
            reason=f"Batch {batch.pk}",
        )
        for certificate in issued:
            record(
                actor=actor,
                action="certificate.issue",
                obj=certificate,
                after={
                    "certificate_id": certificate.certificate_id,
                    "course": course.pk,
                    "attendee": certificate.attendee_id,
                    "certificate_type": certificate.certificate_type.slug,
                    "language": certificate.language,
                    "batch": batch.pk,
                    "credits": price,
                },
            )
        counter.save(update_fields=["last_number"])
        _after_commit(tasks.render_certificates, certificate_ids=[c.pk for c in issued])
    return IssueResult(
        certificates=issued, replayed=False, batch=batch, balance=organisation.credit_balance
    )


# --- corrections and revocation -------------------------------------------------------------


def _locked_certificate(certificate: Certificate) -> Certificate:
    return (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("course", "course__certifying_organisation", "attendee")
        .get(pk=certificate.pk)
    )


def _name_errors(first_name: str, surname: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for field, value in (("first_name", first_name), ("surname", surname)):
        if not value:
            errors[field] = ["Required."]
        elif len(value) > NAME_MAX:
            errors[field] = [f"At most {NAME_MAX} characters."]
    return errors


def correct_certificate(
    *, actor: Any, certificate: Certificate, first_name: str, surname: str, reason: str = ""
) -> Certificate:
    """Fix the printed names (free, same id, revision + 1, the history kept): within
    ``CORRECTION_DAYS`` of issue by the course's managers, afterwards by managers only.
    The attendee's stored names follow. Unchanged names change nothing."""
    first_name, surname = _nfc(first_name), _nfc(surname)
    with transaction.atomic():
        locked = _locked_certificate(certificate)
        _require_manager_of(actor, locked.course.certifying_organisation)
        days = int(getattr(settings, "CORRECTION_DAYS", 30))
        if now() - locked.issued_at > timedelta(days=days) and not may_act_after_window(actor):
            raise Forbidden(f"After {days} days only certification managers correct a certificate.")
        if locked.status == Certificate.Status.REVOKED:
            raise Refused("A revoked certificate cannot be corrected.", "revoked")
        errors = _name_errors(first_name, surname)
        if errors:
            raise Invalid(errors)
        if (first_name, surname) == (locked.first_name, locked.surname):
            return locked
        moment = now()
        CertificateCorrection.objects.create(
            certificate=locked,
            revision=locked.revision + 1,
            old_first_name=locked.first_name,
            old_surname=locked.surname,
            new_first_name=first_name,
            new_surname=surname,
            reason=(reason or "").strip(),
            corrected_by=actor if getattr(actor, "is_authenticated", False) else None,
            corrected_at=moment,
        )
        before = {"revision": locked.revision}
        locked.first_name, locked.surname = first_name, surname
        locked.revision += 1
        locked.save(update_fields=["first_name", "surname", "revision"])
        Attendee.objects.filter(pk=locked.attendee_id).update(
            first_name=first_name, surname=surname, updated_at=moment
        )
        record(
            actor=actor,
            action="certificate.correct",
            obj=locked,
            before=before,
            after={"revision": locked.revision, "certificate_id": locked.certificate_id},
        )
        _after_commit(tasks.render_certificates, certificate_ids=[locked.pk])
    return locked


def revoke_certificate(
    *, actor: Any, certificate: Certificate, reason: str, refund: bool | None = None
) -> Certificate:
    """Revoke (the certificate stays and verifies as revoked). Within ``REVOKE_DAYS`` of the
    course's end the credit it cost is refunded; afterwards only managers revoke, without a
    refund unless they pass ``refund=True``."""
    reason = (reason or "").strip()
    with transaction.atomic():
        organisation = ledger.lock(certificate.course.certifying_organisation_id)
        locked = _locked_certificate(certificate)
        _require_manager_of(actor, organisation)
        if not reason:
            raise Invalid({"reason": ["Say why the certificate is revoked."]})
        if locked.status == Certificate.Status.REVOKED:
            raise Refused(f"{locked.certificate_id} is already revoked.", "revoked")
        days = int(getattr(settings, "REVOKE_DAYS", 30))
        within = today() <= locked.course.end_date + timedelta(days=days)
        if not within and not may_act_after_window(actor):
            raise Forbidden(
                f"More than {days} days after the course only certification managers "
                "revoke a certificate."
            )
        if refund is None or not may_act_after_window(actor):
            refund = within
        refunded = _refund(organisation, locked, actor, reason) if refund else 0
        locked.status = Certificate.Status.REVOKED
        locked.revoked_at = now()
        locked.revoked_by = actor if getattr(actor, "is_authenticated", False) else None
        locked.revoke_reason = reason
        locked.save(update_fields=["status", "revoked_at", "revoked_by", "revoke_reason"])
        record(
            actor=actor,
            action="certificate.revoke",
            obj=locked,
            before={"status": Certificate.Status.VALID},
            after={
                "status": Certificate.Status.REVOKED,
                "certificate_id": locked.certificate_id,
                "refunded": refunded,
            },
        )
    return locked


def _refund(
    organisation: CertifyingOrganisation, certificate: Certificate, actor: Any, reason: str
) -> int:
    """Give back what the certificate cost (its charges less earlier refunds)."""
    paid = -sum(
        CreditEntry.objects.filter(
            certificate=certificate,
            kind__in=[CreditEntry.Kind.CHARGE, CreditEntry.Kind.REFUND],
        ).values_list("credits", flat=True)
    )
    if paid <= 0:
        return 0
    ledger.post(
        organisation=organisation,
        kind=CreditEntry.Kind.REFUND,
        credits=paid,
        actor=actor,
        reason=f"Revoked {certificate.certificate_id}: {reason}"[:500],
        certificate=certificate,
    )
    return paid


# --- sending --------------------------------------------------------------------------------


def request_sending(
    *, actor: Any, certificates: Iterable[Certificate], resend: bool = False
) -> list[CertificateDelivery]:
    """Queue one e-mail per valid certificate: without ``resend`` only to those never sent
    nor queued; with it, to every one given. The e-mails go out after the commit."""
    wanted = [c.pk for c in certificates]
    with transaction.atomic():
        locked = list(
            Certificate.objects.select_for_update(of=("self",))
            .filter(pk__in=wanted)
            .select_related("course__certifying_organisation", "attendee")
            .order_by("number")
        )
        for organisation in {c.course.certifying_organisation for c in locked}:
            _require_manager_of(actor, organisation)
        moment = now()
        deliveries = []
        for certificate in locked:
            if certificate.status != Certificate.Status.VALID:
                continue
            if not resend and (certificate.sent_at or certificate.send_requested_at):
                continue
            delivery = CertificateDelivery.objects.create(
                certificate=certificate,
                email=certificate.attendee.email,
                resend=resend,
                requested_by=actor if getattr(actor, "is_authenticated", False) else None,
                requested_at=moment,
            )
            certificate.send_requested_at = moment
            certificate.save(update_fields=["send_requested_at"])
            record(
                actor=actor,
                action="certificate.send",
                obj=certificate,
                after={"delivery": delivery.pk, "resend": resend},
            )
            deliveries.append(delivery)
        if deliveries:
            _after_commit(tasks.send_certificates, delivery_ids=[d.pk for d in deliveries])
    return deliveries


# --- the organisation's certificate ---------------------------------------------------------


def _applied_in(organisation: CertifyingOrganisation) -> str:
    """The language of the organisation's latest application, as a certificate's (else en)."""
    from applications.models import Application

    code = (
        Application.objects.filter(organisation_id=organisation.pk)
        .order_by("-pk")
        .values_list("language", flat=True)
        .first()
    )
    return certificate_language(code) or "en"


def issue_organisation_certificate(
    *, organisation: CertifyingOrganisation
) -> OrganisationCertificate:
    """The approved organisation's own certificate, once (a second call answers the first),
    numbered ``QGIS-ORG-<n>`` from the counter row, in the language the organisation applied
    in; its PDF is rendered after the commit."""
    with transaction.atomic():
        ledger.lock(organisation.pk)
        existing = OrganisationCertificate.objects.filter(organisation_id=organisation.pk).first()
        if existing is not None:
            return existing
        counter = _lock_counter()
        counter.last_organisation_number += 1
        counter.save(update_fields=["last_organisation_number"])
        number = counter.last_organisation_number
        issued = OrganisationCertificate.objects.create(
            organisation=organisation,
            number=number,
            certificate_id=f"QGIS-ORG-{number}",
            issued_at=now(),
            language=_applied_in(organisation),
        )
        record(
            actor=None,
            action="organisation_certificate.issue",
            obj=issued,
            after={"certificate_id": issued.certificate_id, "organisation": organisation.pk},
        )
        _after_commit(tasks.render_organisation_certificate, organisation_certificate_id=issued.pk)
    return issued
