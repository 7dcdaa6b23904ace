"""The only code that writes the credit ledger.

An organisation's balance is the sum of its :class:`~payments.models.CreditEntry` rows;
``CertifyingOrganisation.credit_balance`` is a copy written in the same transaction. Both
stay equal because every write goes through :func:`post`, which must run with the
organisation's row locked (:func:`lock`): two batches of the same organisation queue there
instead of both spending the last credit. The balance may go below zero down to the
organisation's credit limit (``CreditAccount.credit_limit``, 0 without an account: prepaid);
what it owes then is invoiced monthly (``payments.domain.issue_usage_invoices``). Each entry
is one audit event ``credits.<kind>`` (ids and amounts only: no names, no e-mail addresses).
"""

from __future__ import annotations

from typing import Any

from applications.domain import Forbidden, Invalid, NotAllowed
from audit.domain import record
from catalogue.models import CertifyingOrganisation
from catalogue.rules import is_manager
from django.db import transaction
from django.db.models import Sum

from .models import CreditAccount, CreditEntry

PRICE_PER_CREDIT_CENTS = 2000
"""The default price of one credit (euro cents); the current one is
``payments.pricing.current().price_per_credit_cents`` (settings, then the admin)."""
CURRENCY = "EUR"


class NotEnoughCredits(NotAllowed):
    """A charge beyond the balance and the credit limit (409 ``not_enough_credits``): nothing
    is spent. ``available`` is the balance plus the limit."""

    code = "not_enough_credits"

    def __init__(self, needed: int, available: int) -> None:
        unit = "credit" if needed == 1 else "credits"
        Exception.__init__(self, f"{needed} {unit} needed, {available} available.")
        self.needed, self.available = needed, available
        self.action, self.state, self.allowed_actions = "issue", self.code, []


def balance(organisation: CertifyingOrganisation) -> int:
    """The sum of the organisation's entries (the truth ``credit_balance`` copies)."""
    total = CreditEntry.objects.filter(organisation_id=organisation.pk).aggregate(
        total=Sum("credits")
    )["total"]
    return int(total or 0)


def limit_of(organisation: CertifyingOrganisation | int) -> int:
    """How far below zero the organisation's balance may go (its credit limit, 0 if none)."""
    pk = organisation if isinstance(organisation, int) else organisation.pk
    limit = (
        CreditAccount.objects.filter(organisation_id=pk)
        .values_list("credit_limit", flat=True)
        .first()
    )
    return int(limit or 0)


def available(organisation: CertifyingOrganisation) -> int:
    """What the organisation may still spend: its balance plus its credit limit."""
    return organisation.credit_balance + limit_of(organisation)


def lock(organisation_id: int) -> CertifyingOrganisation:
    """The organisation row, locked until the surrounding transaction ends."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("ledger.lock must run inside transaction.atomic().")
    return CertifyingOrganisation.objects.select_for_update(of=("self",)).get(pk=organisation_id)


def post(
    *,
    organisation: CertifyingOrganisation,
    kind: str,
    credits: int,
    actor: Any,
    reason: str = "",
    certificate: Any = None,
    payment: Any = None,
    refund: Any = None,
) -> CreditEntry:
    """Append one entry and move ``credit_balance``; refuses to go below ``-limit``.

    ``organisation`` is the row :func:`lock` returned in the current transaction (its
    ``credit_balance`` is then current). ``payment`` is the payment a top-up comes from
    (one top-up per payment), ``refund`` the refund a refund entry records.
    """
    if kind not in CreditEntry.Kind.values:
        raise Invalid({"kind": [f"One of: {', '.join(CreditEntry.Kind.values)}."]})
    if credits == 0:
        raise Invalid({"credits": ["A ledger entry moves at least one credit."]})
    current = organisation.credit_balance
    after = current + credits
    if credits < 0 and after < 0:
        limit = limit_of(organisation)
        if after < -limit:
            raise NotEnoughCredits(needed=-credits, available=current + limit)
    entry = CreditEntry.objects.create(
        organisation=organisation,
        kind=kind,
        credits=credits,
        balance_after=after,
        reason=reason[:500],
        certificate=certificate,
        payment=payment,
        refund=refund,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    organisation.credit_balance = after
    CertifyingOrganisation.objects.filter(pk=organisation.pk).update(credit_balance=after)
    state: dict[str, Any] = {
        "organisation": organisation.pk,
        "credits": credits,
        "balance": after,
        "certificate": getattr(certificate, "pk", None),
    }
    if payment is not None:
        state["payment"] = payment.pk
    if refund is not None:
        state["refund"] = refund.pk
    record(
        actor=actor,
        action=f"credits.{kind}",
        obj=entry,
        before={"organisation": organisation.pk, "balance": current},
        after=state,
    )
    return entry


def post_many(
    *,
    organisation: CertifyingOrganisation,
    kind: str,
    credits: int,
    actor: Any,
    certificates: list[Any],
    reason: str = "",
) -> list[CreditEntry]:
    """One entry of ``credits`` per certificate (a batch's charges), all or none, with one
    audit event for the batch: what :func:`post` does, at a batch's speed."""
    if kind not in CreditEntry.Kind.values:
        raise Invalid({"kind": [f"One of: {', '.join(CreditEntry.Kind.values)}."]})
    if credits == 0 or not certificates:
        return []
    current = organisation.credit_balance
    total = credits * len(certificates)
    if total < 0 and current + total < 0:
        limit = limit_of(organisation)
        if current + total < -limit:
            raise NotEnoughCredits(needed=-total, available=current + limit)
    user = actor if getattr(actor, "is_authenticated", False) else None
    entries = [
        CreditEntry(
            organisation=organisation,
            kind=kind,
            credits=credits,
            balance_after=current + credits * (n + 1),
            reason=reason[:500],
            certificate=certificate,
            created_by=user,
        )
        for n, certificate in enumerate(certificates)
    ]
    CreditEntry.objects.bulk_create(entries)
    organisation.credit_balance = current + total
    CertifyingOrganisation.objects.filter(pk=organisation.pk).update(
        credit_balance=organisation.credit_balance
    )
    record(
        actor=actor,
        action=f"credits.{kind}",
        object_type=CreditEntry._meta.label_lower,
        object_id=",".join(str(e.pk) for e in entries[:1] + entries[-1:]),
        before={"organisation": organisation.pk, "balance": current},
        after={
            "organisation": organisation.pk,
            "credits": total,
            "balance": organisation.credit_balance,
            "entries": len(entries),
            "certificates": [c.pk for c in certificates],
        },
    )
    return entries


def grant(
    *, organisation: CertifyingOrganisation, credits: int, actor: Any, reason: str
) -> CreditEntry:
    """Credits given to an organisation (a top-up; a negative amount is an adjustment):
    the demo's and the tests' way to fund an organisation, in one locked transaction."""
    reason = (reason or "").strip()
    if not reason:
        raise Invalid({"reason": ["Say why the balance changes."]})
    with transaction.atomic():
        locked = lock(organisation.pk)
        kind = CreditEntry.Kind.TOP_UP if credits > 0 else CreditEntry.Kind.ADJUSTMENT
        entry = post(organisation=locked, kind=kind, credits=credits, actor=actor, reason=reason)
    organisation.credit_balance = locked.credit_balance
    return entry


def adjust(
    *, organisation: CertifyingOrganisation, credits: int, actor: Any, reason: str
) -> CreditEntry:
    """A certification manager's manual adjustment (either sign), as the admin makes it."""
    if not is_manager(actor):
        raise Forbidden("Only certification managers adjust a credit balance.")
    reason = (reason or "").strip()
    if not reason:
        raise Invalid({"reason": ["Say why the balance changes."]})
    with transaction.atomic():
        locked = lock(organisation.pk)
        entry = post(
            organisation=locked,
            kind=CreditEntry.Kind.ADJUSTMENT,
            credits=credits,
            actor=actor,
            reason=reason,
        )
    organisation.credit_balance = locked.credit_balance
    return entry
