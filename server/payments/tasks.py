"""Background work of payments: invoice e-mails, reminders and the billing sweep.

``payments.domain`` enqueues :func:`send_invoice` once its transaction commits. Each task
re-reads the rows, so running one twice is harmless: a reminder is sent at most once per
:data:`REMINDER_DAYS` per invoice (``last_reminded_on``), a payment already settled is left
alone. A failure is logged, never raised into the worker loop.
"""

from __future__ import annotations

import importlib
import logging
from datetime import timedelta
from typing import Any

from django.db import transaction
from django_tasks import task

from . import emails
from .invoice_pdf import ensure_pdf
from .models import Invoice, Payment

logger = logging.getLogger(__name__)

REMINDER_DAYS = 7
PENDING_HOURS = 24


def _domain() -> Any:
    from . import domain  # domain finds this module lazily: no import cycle

    return domain


def _invoice(invoice_id: int) -> Invoice | None:
    return (
        Invoice.objects.select_related("organisation", "order")
        .prefetch_related("lines", "organisation__owners")
        .filter(pk=invoice_id)
        .first()
    )


def _pdf(invoice: Invoice) -> bytes:
    field = ensure_pdf(invoice)
    with field.open("rb") as handle:
        return bytes(handle.read())


def deliver(kind: str, invoice: Invoice) -> bool:
    """E-mail ``invoice`` (kind ``invoice`` or ``reminder``) with its PDF; ``True`` when sent."""
    try:
        mail = emails.message(kind, invoice, _pdf(invoice))
        if not mail.to:
            logger.warning("Invoice %s has nobody to e-mail", invoice.number)
            return False
        mail.send()
    except Exception:
        logger.exception("E-mail (%s) of invoice %s not sent", kind, invoice.number)
        return False
    return True


@task()
def send_invoice(invoice_id: int) -> bool:
    """E-mail the invoice (or receipt) with its PDF, in the invoice's language."""
    invoice = _invoice(invoice_id)
    if invoice is None:
        return False
    return deliver("invoice", invoice)


@task()
def send_reminders() -> int:
    """Remind open invoices past their due date, once per :data:`REMINDER_DAYS`."""
    today = _domain().today()
    since = today - timedelta(days=REMINDER_DAYS)
    overdue = (
        Invoice.objects.filter(
            state=Invoice.State.OPEN,
            kind__in=[Invoice.Kind.TRANSFER, Invoice.Kind.USAGE],
            due_on__lt=today,
        )
        .exclude(last_reminded_on__gt=since)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    sent = 0
    for invoice_id in list(overdue):
        with transaction.atomic():
            # Claim the reminder first: a parallel sweep finds it taken and skips it.
            claimed = (
                Invoice.objects.filter(pk=invoice_id, state=Invoice.State.OPEN)
                .exclude(last_reminded_on__gt=since)
                .update(last_reminded_on=today)
            )
        if not claimed:
            continue
        invoice = _invoice(invoice_id)
        if invoice is not None and deliver("reminder", invoice):
            sent += 1
    return sent


def _provider(name: str) -> Any:
    try:
        return importlib.import_module(f"{__package__}.providers").get(name)
    except Exception:
        return None


def expire_pending_payments() -> int:
    """Card payments pending longer than :data:`PENDING_HOURS`: asked of their provider
    first (confirmed → confirmed, failed → failed), else expired. Bank transfers are left
    to reminders. Answers how many changed."""
    domain = _domain()
    cutoff = domain.now() - timedelta(hours=PENDING_HOURS)
    stale = (
        Payment.objects.filter(
            state__in=[Payment.State.CREATED, Payment.State.PENDING], created_at__lt=cutoff
        )
        .exclude(provider="bank_transfer")
        .order_by("pk")
    )
    changed = 0
    for payment in list(stale):
        try:
            provider = _provider(payment.provider)
            event = provider.fetch_status(payment) if provider is not None else None
            kind = getattr(event, "kind", "")
            if kind == "confirmed" and event is not None:
                domain.confirm_payment(
                    payment=payment,
                    amount_cents=event.amount_cents,
                    currency=event.currency,
                    provider_payment_reference=getattr(event, "payment_reference", ""),
                )
            elif kind == "failed":
                domain.fail_payment(payment=payment, state="failed", reason="Declined")
            else:
                domain.fail_payment(
                    payment=payment, state="expired", reason="Not paid within 24 hours"
                )
            changed += 1
        except Exception:
            logger.exception("Pending payment %s not settled", payment.pk)
    return changed


@task()
def billing_sweep() -> dict[str, int]:
    """Month-end usage invoices, overdue reminders and stale card payments."""
    issued = _domain().issue_usage_invoices()
    reminded = send_reminders.call()
    expired = expire_pending_payments()
    return {"usage_invoices": len(issued), "reminders": reminded, "payments": expired}
