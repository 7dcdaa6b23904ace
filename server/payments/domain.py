"""The only code that sells credits: orders, payments, invoices, refunds, credit limits.

Keyword-only functions, one transaction each, the organisation's row locked first (the
ledger's lock, so what is checked is what is posted), one audit event per change (ids,
amounts and states only: no names, no addresses), e-mails enqueued on commit.

A payment is confirmed once: a confirmation of a confirmed payment, a second delivery of a
provider's event, a late "failed" after "confirmed" change nothing. The top-up a payment
brings is one ledger entry tied to the payment (a unique constraint backs the check).

Card payments start at the configured provider (``payments.providers``) inside the order's
transaction: a provider that fails leaves no order behind. A bank transfer needs no provider
call: its invoice (open, due in ``payment_days``, with an RF creditor reference) is issued
at once and is what the buyer pays.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import secrets
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from applications.domain import DomainError, Forbidden, Invalid, NotAllowed
from audit.domain import record
from catalogue.models import CertifyingOrganisation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from . import invoices, ledger, pricing, rules
from .ledger import NotEnoughCredits
from .models import BillingSettings, CreditAccount, CreditEntry, Invoice, Order, Payment, Refund

__all__ = [
    "DomainError",
    "Forbidden",
    "Invalid",
    "NotAllowed",
    "NotEnoughCredits",
    "ProviderUnavailable",
    "Refused",
    "confirm_payment",
    "create_order",
    "fail_payment",
    "issue_usage_invoices",
    "mark_invoice_paid",
    "now",
    "refund_credits",
    "set_credit_limit",
    "today",
    "update_billing",
    "update_billing_settings",
]

logger = logging.getLogger(__name__)

BANK_TRANSFER = "bank_transfer"
MAX_CREDIT_LIMIT = 1_000_000
BILLING_FIELDS = ("name", "address", "email", "vat_number")
FORBIDDEN_BUY = "Only the owners of a certified organisation buy its credits."
FORBIDDEN_MANAGE = "Only certification managers do this."
_OPEN_PAYMENT = (Payment.State.CREATED, Payment.State.PENDING)


class Refused(NotAllowed):
    """A request refused by the state of an order or invoice (409 with ``code``):
    ``order_not_payable``, ``order_not_refundable``, ``invoice_not_open``."""

    def __init__(self, detail: str, code: str) -> None:
        Exception.__init__(self, detail)
        self.detail, self.code = detail, code
        self.action, self.state, self.allowed_actions = code, code, []


class ProviderUnavailable(Refused):
    """The payment provider refused or could not be reached: nothing was recorded."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, "provider_unavailable")


# --- clock, tasks, small helpers ------------------------------------------------------------


def now() -> datetime:
    """The domain's clock (tests move it with ``monkeypatch.setattr(domain, "now", ...)``)."""
    return timezone.now()


def today() -> date:
    return timezone.localdate(now())


def _task(name: str) -> Any:
    """The background task ``payments.tasks.<name>``, or ``None`` while there is none."""
    module = f"{__package__}.tasks"
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


def _after_commit(name: str, **kwargs: Any) -> None:
    def run() -> None:
        task = _task(name)
        if task is not None:
            task.enqueue(**kwargs)

    transaction.on_commit(run)


def _send_invoice(invoice: Invoice) -> None:
    _after_commit("send_invoice", invoice_id=invoice.pk)


def _provider(name: str) -> Any:
    # Loaded only when a card payment starts or is refunded (providers import this module).
    return importlib.import_module(f"{__package__}.providers").get(name)


def _user(actor: Any) -> Any:
    return actor if getattr(actor, "is_authenticated", False) else None


def _require_manager(actor: Any) -> None:
    if not rules.can_manage_billing(actor):
        raise Forbidden(FORBIDDEN_MANAGE)


def _whole(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        else:
            raise Invalid({field: ["A whole number."]})
    if not low <= value <= high:
        raise Invalid({field: [f"From {low} to {high}."]})
    return int(value)


def _reason(reason: Any) -> str:
    text = " ".join(str(reason or "").split())
    if not text:
        raise Invalid({"reason": ["Say why."]})
    return text[:500]


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def _locked_payment(payment: Payment) -> tuple[CertifyingOrganisation, Payment]:
    """The payment's organisation (ledger lock) and the payment row, locked in that order."""
    organisation_id = (
        Order.objects.filter(payments=payment.pk).values_list("organisation_id", flat=True).get()
    )
    organisation = ledger.lock(organisation_id)
    locked = (
        Payment.objects.select_for_update(of=("self",))
        .select_related("order", "order__organisation")
        .get(pk=payment.pk)
    )
    return organisation, locked


def _invoice_of(order: Order) -> Invoice | None:
    return Invoice.objects.filter(order_id=order.pk).first()


# --- billing details ------------------------------------------------------------------------


def _billing_changes(
    organisation: CertifyingOrganisation, billing: Mapping[str, Any]
) -> dict[str, str]:
    """The checked billing details given (name, address, email, vat_number)."""
    if not isinstance(billing, Mapping):
        raise Invalid({"billing": ["An object with name, address, email, vat_number."]})
    errors: dict[str, list[str]] = {}
    unknown = sorted(str(k) for k in billing if k not in BILLING_FIELDS)
    if unknown:
        errors["billing"] = [f"Unknown fields: {', '.join(unknown)}."]
    changes: dict[str, str] = {}
    for field, limit in (("name", 200), ("address", 1000), ("email", 254)):
        if field not in billing:
            continue
        value = billing[field]
        if value is not None and not isinstance(value, str):
            errors[field] = ["Text."]
            continue
        text = (value or "").strip()
        if field != "address":
            text = " ".join(text.split())
        if len(text) > limit:
            errors[field] = [f"At most {limit} characters."]
        elif any(ord(ch) < 32 and ch not in "\r\n\t" for ch in text):
            errors[field] = ["No control characters."]
        elif not _encodable(text):
            errors[field] = ["Not valid text (a lone surrogate)."]
        elif field == "email" and text:
            try:
                validate_email(text)
            except ValidationError:
                errors[field] = ["Not an e-mail address."]
        changes[field] = text
    if "vat_number" in billing:
        value = billing["vat_number"]
        if value is not None and not isinstance(value, str):
            errors["vat_number"] = ["Text."]
        elif (value or "").strip():
            try:
                changes["vat_number"] = pricing.validate_vat(value, organisation.country)
            except Invalid as error:
                errors.update(error.errors)
        else:
            changes["vat_number"] = ""
    if errors:
        raise Invalid(errors)
    return changes


def _apply_billing(
    organisation: CertifyingOrganisation, changes: dict[str, str], actor: Any
) -> None:
    if not changes:
        return
    account, _created = CreditAccount.objects.get_or_create(organisation=organisation)
    changed = []
    for field in ("name", "address", "email"):
        if field in changes and getattr(account, f"billing_{field}") != changes[field]:
            setattr(account, f"billing_{field}", changes[field])
            changed.append(field)
    if changed:
        account.save()
    if "vat_number" in changes and organisation.vat_number != changes["vat_number"]:
        organisation.vat_number = changes["vat_number"]
        CertifyingOrganisation.objects.filter(pk=organisation.pk).update(
            vat_number=changes["vat_number"]
        )
        changed.append("vat_number")
    if changed:
        record(
            actor=actor,
            action="credit_account.billing",
            obj=account,
            after={"organisation": organisation.pk, "changed": changed},
        )


def update_billing(
    *, actor: Any, organisation: CertifyingOrganisation, billing: Mapping[str, Any]
) -> CreditAccount:
    """The organisation's billing details (name, address, email, vat_number), as an order's
    ``billing`` sets them: by its owners (certified) or a manager."""
    with transaction.atomic():
        locked = ledger.lock(organisation.pk)
        if not rules.can_buy(actor, locked):
            raise Forbidden(FORBIDDEN_BUY)
        _apply_billing(locked, _billing_changes(locked, billing), actor)
        account, _created = CreditAccount.objects.get_or_create(organisation=locked)
    organisation.vat_number = locked.vat_number
    return account


def update_billing_settings(*, actor: Any, changes: Mapping[str, Any]) -> Any:
    """A manager changes the programme's prices or its details as the issuer of invoices
    (the billing settings row). IBAN, BIC and VAT number are checked; issued invoices keep
    what they printed."""
    _require_manager(actor)
    allowed = {f.name for f in BillingSettings._meta.fields if f.name not in ("id", "updated_at")}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise Invalid({"settings": [f"Unknown fields: {', '.join(unknown)}."]})
    with transaction.atomic():
        row = BillingSettings.objects.select_for_update().get(pk=pricing.current().pk)
        values = dict(changes)
        errors: dict[str, list[str]] = {}
        for field, check in (("iban", pricing.validate_iban), ("bic", pricing.validate_bic)):
            if values.get(field):
                try:
                    values[field] = check(values[field])
                except Invalid as error:
                    errors.update(error.errors)
        if "issuer_country" in values:
            values["issuer_country"] = str(values["issuer_country"] or "").strip().upper()
        country = values.get("issuer_country", row.issuer_country)
        if values.get("issuer_vat_number"):
            try:
                values["issuer_vat_number"] = pricing.validate_vat(
                    values["issuer_vat_number"], country
                )
            except Invalid as error:
                errors["issuer_vat_number"] = error.errors["vat_number"]
        if errors:
            raise Invalid(errors)
        before = {f: getattr(row, f) for f in values}
        changed = [f for f in values if before[f] != values[f]]
        for field in changed:
            setattr(row, field, values[field])
        if changed:
            row.save()
            record(
                actor=actor,
                action="billing_settings.change",
                obj=row,
                before={f: before[f] for f in changed},
                after={f: values[f] for f in changed},
            )
    return row


# --- orders ---------------------------------------------------------------------------------


def _replayed(
    actor: Any, key: str, organisation: CertifyingOrganisation, credits: int, method: str
) -> Order | None:
    existing = Order.objects.filter(created_by=_user(actor), idempotency_key=key).first()
    if existing is None:
        return None
    if (existing.organisation_id, existing.credits, existing.method) != (
        organisation.pk,
        credits,
        method,
    ):
        raise Invalid({"Idempotency-Key": ["Used for another order."]})
    return existing


def create_order(
    *,
    actor: Any,
    organisation: CertifyingOrganisation,
    credits: int,
    method: str,
    idempotency_key: str = "",
    billing: dict[str, Any] | None = None,
    return_url: str = "",
) -> Order:
    """An order of ``credits`` (1..10000) paid by ``method`` (one of the enabled methods).

    Card: a payment at the card provider, started now (``checkout_url``). Bank transfer: a
    pending payment and the open transfer invoice, e-mailed after the commit. ``billing``
    (name, address, email, vat_number) updates the organisation's billing details first.
    The same actor and ``idempotency_key`` answer the first order again (a different order
    under the same key is :class:`Invalid`).
    """
    key = str(idempotency_key or "").strip()[:128]
    errors: dict[str, list[str]] = {}
    if key and not (key.isascii() and key.isprintable()):
        errors["Idempotency-Key"] = ["Printable ASCII only."]
    try:
        credits = _whole(credits, "credits", pricing.MIN_CREDITS, pricing.MAX_CREDITS)
    except Invalid as error:
        errors.update(error.errors)
    methods = pricing.enabled_methods()
    if not isinstance(method, str) or method not in methods:
        errors["method"] = [f"One of: {', '.join(methods)}."]
    return_url = str(return_url or "").strip()
    if len(return_url) > 2000:
        errors["return_url"] = ["At most 2000 characters."]
    elif return_url and not return_url.startswith(("http://", "https://")):
        errors["return_url"] = ["An http(s) address."]
    with transaction.atomic():
        locked = ledger.lock(organisation.pk)
        if not rules.can_buy(actor, locked):
            raise Forbidden(FORBIDDEN_BUY)
        if key and not errors:
            replay = _replayed(actor, key, locked, credits, method)
            if replay is not None:
                return replay
        changes: dict[str, str] = {}
        if billing is not None:
            try:
                changes = _billing_changes(locked, billing)
            except Invalid as error:
                errors.update(error.errors)
        if errors:
            raise Invalid(errors)
        if billing is not None:
            _apply_billing(locked, changes, actor)
        row = pricing.current()
        totals = invoices.totals_for(credits, row=row, billing=invoices.snapshot_billing(locked))
        order = Order.objects.create(
            organisation=locked,
            credits=credits,
            amount_cents=totals.total_cents,
            currency=row.currency,
            method=method,
            created_by=_user(actor),
            idempotency_key=key,
        )
        payment = Payment.objects.create(
            order=order,
            provider=pricing.card_provider_name() if method == Order.Method.CARD else BANK_TRANSFER,
            amount_cents=order.amount_cents,
            currency=order.currency,
            token=_new_token(),
        )
        invoice = None
        if method == Order.Method.CARD:
            _start_card(payment, return_url)
        else:
            invoice = invoices.issue_invoice(order=order, kind=Invoice.Kind.TRANSFER, today=today())
            payment.state = Payment.State.PENDING
            payment.provider_reference = invoice.number
            payment.save(update_fields=["state", "provider_reference", "updated_at"])
            _send_invoice(invoice)
        record(
            actor=actor,
            action="order.create",
            obj=order,
            after={
                "organisation": locked.pk,
                "credits": credits,
                "amount_cents": order.amount_cents,
                "currency": order.currency,
                "method": method,
                "payment": payment.pk,
                "provider": payment.provider,
                "invoice": invoice.number if invoice else None,
            },
        )
    return order


def _start_card(payment: Payment, return_url: str) -> None:
    name = payment.provider
    try:
        started = _provider(name).start(payment, return_url=return_url)
    except DomainError:
        raise
    except Exception as error:
        logger.exception("payment %s: %s start failed", payment.pk, name)
        raise ProviderUnavailable(f"The card payment could not be started ({name}).") from error
    payment.checkout_url = str(getattr(started, "checkout_url", "") or "")
    payment.provider_reference = str(getattr(started, "reference", "") or "")
    payment.state = Payment.State.PENDING
    payment.save(update_fields=["checkout_url", "provider_reference", "state", "updated_at"])


# --- payments -------------------------------------------------------------------------------


def confirm_payment(
    *,
    payment: Payment,
    amount_cents: int,
    currency: str,
    provider_payment_reference: str = "",
    actor: Any = None,
    paid_on: date | None = None,
) -> Payment:
    """The money arrived: one top-up of the order's credits, the order paid, its invoice
    paid (a receipt issued for a card payment) and e-mailed after the commit.

    The amount and currency must be the payment's (else :class:`Invalid`). A confirmed
    payment is returned unchanged (a redelivered event, a statement read twice)."""
    with transaction.atomic():
        organisation, locked = _locked_payment(payment)
        errors: dict[str, list[str]] = {}
        if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
            errors["amount_cents"] = ["A whole number of cents."]
        elif amount_cents != locked.amount_cents:
            errors["amount_cents"] = [f"The payment is of {locked.amount_cents} cents."]
        if str(currency or "").strip().upper() != locked.currency:
            errors["currency"] = [f"The payment is in {locked.currency}."]
        if errors:
            raise Invalid(errors)
        if locked.state in (Payment.State.CONFIRMED, Payment.State.REFUNDED):
            return locked
        before = locked.state
        moment = now()
        day = paid_on or timezone.localdate(moment)
        locked.state = Payment.State.CONFIRMED
        locked.confirmed_at = moment
        if provider_payment_reference:
            locked.provider_payment_reference = str(provider_payment_reference)[:255]
        locked.failure_reason = ""
        locked.save(
            update_fields=[
                "state",
                "confirmed_at",
                "provider_payment_reference",
                "failure_reason",
                "updated_at",
            ]
        )
        order = locked.order
        order.organisation = organisation
        ledger.post(
            organisation=organisation,
            kind=CreditEntry.Kind.TOP_UP,
            credits=order.credits,
            actor=actor,
            reason=f"Order {order.pk}",
            payment=locked,
        )
        order.state = Order.State.PAID
        order.save(update_fields=["state", "updated_at"])
        invoice = _invoice_of(order)
        if invoice is None:
            # Numbered and dated the day it is issued; paid the day the money arrived.
            invoice = invoices.issue_invoice(
                order=order, kind=Invoice.Kind.RECEIPT, today=timezone.localdate(moment)
            )
            if invoice.paid_on != day:
                invoice.paid_on = day
                invoice.save(update_fields=["paid_on"])
        elif invoice.state != Invoice.State.PAID:
            invoice.state = Invoice.State.PAID
            invoice.paid_on = day
            invoice.paid_cents = invoice.total_cents
            invoice.save(update_fields=["state", "paid_on", "paid_cents"])
        record(
            actor=actor,
            action="payment.confirm",
            obj=locked,
            before={"state": before},
            after={
                "state": locked.state,
                "order": order.pk,
                "amount_cents": locked.amount_cents,
                "credits": order.credits,
                "invoice": invoice.number,
                "balance": organisation.credit_balance,
            },
        )
        _send_invoice(invoice)
    return locked


def fail_payment(*, payment: Payment, state: str = "failed", reason: str = "") -> Payment:
    """A payment that will not arrive (declined, expired): only from created or pending;
    a confirmed payment is returned unchanged (a late event changes nothing). The order
    fails (expired: is cancelled), a transfer invoice is cancelled with it. Bank transfers
    do not expire (their invoices are reminded instead): ``expired`` leaves them pending."""
    if state not in (Payment.State.FAILED, Payment.State.EXPIRED):
        raise Invalid({"state": ["One of: failed, expired."]})
    with transaction.atomic():
        _organisation, locked = _locked_payment(payment)
        if locked.state not in _OPEN_PAYMENT:
            return locked
        if locked.provider == BANK_TRANSFER and state == Payment.State.EXPIRED:
            return locked
        before = locked.state
        locked.state = state
        locked.failure_reason = " ".join(str(reason or "").split())[:500]
        locked.save(update_fields=["state", "failure_reason", "updated_at"])
        order = locked.order
        if (
            order.state == Order.State.OPEN
            and not order.payments.filter(
                state__in=[*_OPEN_PAYMENT, Payment.State.CONFIRMED]
            ).exists()
        ):
            expired = state == Payment.State.EXPIRED
            order.state = Order.State.CANCELLED if expired else Order.State.FAILED
            order.save(update_fields=["state", "updated_at"])
            Invoice.objects.filter(order=order, state=Invoice.State.OPEN).update(
                state=Invoice.State.CANCELLED
            )
        record(
            actor=None,
            action="payment.fail",
            obj=locked,
            before={"state": before},
            after={"state": locked.state, "order": order.pk, "order_state": order.state},
        )
    return locked


def mark_invoice_paid(
    *,
    actor: Any,
    invoice: Invoice,
    paid_on: date | None = None,
    amount_cents: int | None = None,
) -> Invoice:
    """A manager records that an open transfer or usage invoice was paid (the bank said so):
    its pending payment is confirmed (``amount_cents`` defaults to the invoice's total)."""
    _require_manager(actor)
    with transaction.atomic():
        current = Invoice.objects.select_related("order").get(pk=invoice.pk)
        if current.state != Invoice.State.OPEN:
            raise Refused(f"{current.number} is {current.state}, not open.", "invoice_not_open")
        if paid_on is not None and paid_on > today():
            raise Invalid({"paid_on": ["Not in the future."]})
        payment = current.order.payments.filter(state__in=_OPEN_PAYMENT).order_by("-id").first()
        if payment is None:
            raise Refused(f"{current.number} has no payment waiting.", "order_not_payable")
        confirm_payment(
            payment=payment,
            amount_cents=payment.amount_cents if amount_cents is None else amount_cents,
            currency=payment.currency,
            actor=actor,
            paid_on=paid_on,
        )
        current.refresh_from_db()
        record(
            actor=actor,
            action="invoice.mark_paid",
            obj=current,
            after={"number": current.number, "paid_on": current.paid_on},
        )
    return current


# --- refunds and credit limits --------------------------------------------------------------


def refund_credits(*, actor: Any, order: Order, credits: int, reason: str) -> Refund:
    """A manager gives back unused credits of a paid order: at most what the organisation
    holds (its balance, not its limit) and what the order has left; a card payment is
    refunded at the provider (``credits`` times the order's unit price), a transfer recorded."""
    _require_manager(actor)
    credits = _whole(credits, "credits", 1, pricing.MAX_CREDITS)
    text = _reason(reason)
    with transaction.atomic():
        organisation = ledger.lock(order.organisation_id)
        locked = Order.objects.select_for_update(of=("self",)).get(pk=order.pk)
        if locked.state != Order.State.PAID:
            raise Refused(
                f"Order {locked.pk} is {locked.state}: only paid orders are refunded.",
                "order_not_refundable",
            )
        payment = locked.payments.filter(state=Payment.State.CONFIRMED).order_by("-id").first()
        if payment is None:
            raise Refused(f"Order {locked.pk} has no confirmed payment.", "order_not_refundable")
        refunded = int(locked.refunds.aggregate(total=Sum("credits"))["total"] or 0)
        left = locked.credits - refunded
        if credits > left:
            raise Invalid(
                {"credits": [f"At most {left} credits of this order are left to refund."]}
            )
        if organisation.credit_balance < credits:
            raise NotEnoughCredits(needed=credits, available=max(organisation.credit_balance, 0))
        if credits == left:
            amount = locked.amount_cents - payment.refunded_cents
        else:
            amount = credits * locked.amount_cents // locked.credits
        refund = Refund.objects.create(
            order=locked,
            payment=payment,
            credits=credits,
            amount_cents=amount,
            reason=text,
            created_by=_user(actor),
        )
        ledger.post(
            organisation=organisation,
            kind=CreditEntry.Kind.REFUND,
            credits=-credits,
            actor=actor,
            reason=f"Refund of order {locked.pk}: {text}"[:500],
            refund=refund,
        )
        if payment.provider != BANK_TRANSFER and amount > 0:
            try:
                reference = _provider(payment.provider).refund(payment, amount)
            except DomainError:
                raise
            except Exception as error:
                logger.exception("payment %s: %s refund failed", payment.pk, payment.provider)
                raise ProviderUnavailable(
                    f"The refund could not be made ({payment.provider})."
                ) from error
            refund.provider_reference = str(reference or "")[:255]
            refund.save(update_fields=["provider_reference"])
        payment.refunded_cents += amount
        fully = credits == left
        if fully:
            payment.state = Payment.State.REFUNDED
            locked.state = Order.State.REFUNDED
            locked.save(update_fields=["state", "updated_at"])
            Invoice.objects.filter(order=locked).update(state=Invoice.State.REFUNDED)
        payment.save(update_fields=["refunded_cents", "state", "updated_at"])
        record(
            actor=actor,
            action="order.refund",
            obj=refund,
            after={
                "order": locked.pk,
                "credits": credits,
                "amount_cents": amount,
                "provider": payment.provider,
                "order_state": locked.state,
                "balance": organisation.credit_balance,
            },
        )
    return refund


def set_credit_limit(
    *, actor: Any, organisation: CertifyingOrganisation, credit_limit: int, reason: str
) -> CreditAccount:
    """A manager sets how far below zero the balance may go (0: prepaid only). The limit
    never goes below what the organisation already owes."""
    _require_manager(actor)
    limit = _whole(credit_limit, "credit_limit", 0, MAX_CREDIT_LIMIT)
    text = _reason(reason)
    with transaction.atomic():
        locked = ledger.lock(organisation.pk)
        if locked.credit_balance < -limit:
            raise Invalid(
                {
                    "credit_limit": [
                        f"The balance is {locked.credit_balance}: the limit is at least "
                        f"{-locked.credit_balance}."
                    ]
                }
            )
        account, _created = CreditAccount.objects.select_for_update().get_or_create(
            organisation=locked
        )
        before = account.credit_limit
        if before != limit:
            account.credit_limit = limit
            account.save(update_fields=["credit_limit", "updated_at"])
            record(
                actor=actor,
                action="credit_account.limit",
                obj=account,
                before={"organisation": locked.pk, "credit_limit": before},
                after={"organisation": locked.pk, "credit_limit": limit, "reason": text},
            )
    return account


# --- monthly usage invoices -----------------------------------------------------------------


def _month_before(day: date) -> date:
    first = day.replace(day=1)
    if first.month == 1:
        return first.replace(year=first.year - 1, month=12)
    return first.replace(month=first.month - 1)


def _owed(organisation: CertifyingOrganisation, boundary: datetime) -> int:
    """Credits owed for the months before ``boundary`` that no usage invoice covers yet: the
    debt at the boundary less the usage orders whose top-up it does not hold (still open,
    or paid since), and never more than what is owed now beyond the open usage invoices."""
    entries = CreditEntry.objects.filter(organisation_id=organisation.pk)
    at_boundary = int(
        entries.filter(created_at__lt=boundary).aggregate(total=Sum("credits"))["total"] or 0
    )
    usage = Order.objects.filter(organisation_id=organisation.pk, method=Order.Method.USAGE)
    on_open = int(usage.filter(state=Order.State.OPEN).aggregate(t=Sum("credits"))["t"] or 0)
    paid_since = int(
        usage.filter(
            state=Order.State.PAID,
            payments__credit_entries__kind=CreditEntry.Kind.TOP_UP,
            payments__credit_entries__created_at__gte=boundary,
        ).aggregate(t=Sum("credits"))["t"]
        or 0
    )
    return min(-at_boundary - on_open - paid_since, -organisation.credit_balance - on_open)


def issue_usage_invoices(*, today: date | None = None) -> list[Invoice]:
    """Invoice what organisations on credit owe, once a month: for every organisation whose
    balance is below zero, the month before ``today`` gets one usage invoice (if not done
    yet) of the credits owed at the month's end that no usage invoice covers yet; paying it
    tops the balance up. Running it again issues nothing new."""
    day = today or timezone.localdate(now())
    period = _month_before(day)
    boundary = timezone.make_aware(datetime.combine(day.replace(day=1), datetime.min.time()))
    issued: list[Invoice] = []
    owing = CertifyingOrganisation.objects.filter(credit_balance__lt=0).values_list("pk", flat=True)
    for organisation_id in list(owing):
        with transaction.atomic():
            organisation = ledger.lock(organisation_id)
            done = Invoice.objects.filter(
                organisation_id=organisation_id, kind=Invoice.Kind.USAGE, period_start=period
            ).exists()
            if done or organisation.credit_balance >= 0:
                continue
            owed = _owed(organisation, boundary)
            if owed <= 0:
                continue
            row = pricing.current()
            totals = invoices.totals_for(
                owed, row=row, billing=invoices.snapshot_billing(organisation)
            )
            order = Order.objects.create(
                organisation=organisation,
                credits=owed,
                amount_cents=totals.total_cents,
                currency=row.currency,
                method=Order.Method.USAGE,
            )
            invoice = invoices.issue_invoice(
                order=order, kind=Invoice.Kind.USAGE, today=day, period_start=period
            )
            payment = Payment.objects.create(
                order=order,
                provider=BANK_TRANSFER,
                state=Payment.State.PENDING,
                amount_cents=order.amount_cents,
                currency=order.currency,
                provider_reference=invoice.number,
                token=_new_token(),
            )
            record(
                actor=None,
                action="invoice.usage",
                obj=invoice,
                after={
                    "number": invoice.number,
                    "organisation": organisation_id,
                    "period_start": period,
                    "credits": owed,
                    "order": order.pk,
                    "payment": payment.pk,
                    "total_cents": invoice.total_cents,
                },
            )
            _send_invoice(invoice)
            issued.append(invoice)
    return issued
