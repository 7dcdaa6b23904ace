"""Provider webhooks: ``receive(provider_name, body, headers) -> (status, document)``.

The HTTP view (:class:`payments.views.WebhookView`) and the hosted sandbox page both deliver
through here. Every check that fails (signature, unknown payment, amount or currency) answers
400, writes a security log line and changes nothing. An event is handled once: its
:class:`~payments.models.WebhookEvent` row (unique provider + event id) is written in the same
transaction as the domain call, so a redelivery (or fifty at once) answers 200 "duplicate"
and credits nothing more. Out of order: a "failed" or "expired" after "confirmed" is recorded
and changes nothing (``domain.fail_payment`` never fails a confirmed payment)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from applications.domain import Invalid
from django.db import IntegrityError, transaction

from certification_server.security_log import log_event

from . import domain
from .models import Payment, WebhookEvent
from .providers import InvalidWebhook, ProviderEvent, get

logger = logging.getLogger(__name__)

#: Largest webhook body read (Stripe's events are a few kB).
MAX_BODY = 256 * 1024


def _refuse(provider_name: str, reason: str, detail: str) -> tuple[int, dict[str, Any]]:
    log_event(f"webhook_refused:{provider_name}:{reason}"[:200], status=400)
    return 400, {"detail": detail, "code": reason}


def _payment_of(provider_name: str, event: ProviderEvent) -> Payment | None:
    found = None
    if event.reference:
        found = Payment.objects.filter(
            provider=provider_name, provider_reference=event.reference
        ).first()
    if found is None and event.payment_reference:
        found = Payment.objects.filter(
            provider=provider_name, provider_payment_reference=event.payment_reference
        ).first()
    return found


def receive(
    provider_name: str, body: bytes, headers: Mapping[str, str]
) -> tuple[int, dict[str, Any]]:
    """Verifies and applies one delivery; the HTTP status and the JSON answer."""
    name = str(provider_name or "")[:32]
    try:
        provider = get(name)
    except KeyError:
        return _refuse("unknown", "unknown_provider", "No such payment provider.")
    if len(body) > MAX_BODY:
        return _refuse(name, "too_large", "The event is too large.")
    try:
        event = provider.parse_webhook(bytes(body), headers)
    except InvalidWebhook as error:
        return _refuse(name, "invalid_signature", f"Invalid webhook: {error.reason}")
    payment = None
    if event.kind != "ignored":
        payment = _payment_of(name, event)
        if payment is None:
            return _refuse(name, "unknown_payment", "No payment matches this event.")
        if event.kind in ("confirmed", "failed", "expired"):
            if event.kind == "confirmed" and event.amount_cents is None:
                return _refuse(name, "amount_mismatch", "The event has no amount.")
            if event.amount_cents is not None and event.amount_cents != payment.amount_cents:
                return _refuse(name, "amount_mismatch", "The amount is not the payment's.")
            if (event.kind == "confirmed" or event.currency) and (
                event.currency.upper() != payment.currency.upper()
            ):
                return _refuse(name, "currency_mismatch", "The currency is not the payment's.")
    try:
        with transaction.atomic():
            try:
                with transaction.atomic():
                    record = WebhookEvent.objects.create(
                        provider=name,
                        event_id=event.event_id,
                        event_type=event.event_type or event.kind,
                        payment=payment,
                        outcome="received",
                    )
            except IntegrityError:
                return 200, {"status": "duplicate", "event": event.event_id}
            outcome = _apply(event, payment)
            record.outcome = outcome
            record.save(update_fields=["outcome"])
    except Invalid as error:
        logger.info("webhook %s %s refused: %s", name, event.event_id, error.errors)
        return _refuse(name, "refused", f"The event was refused: {error.errors}")
    return 200, {"status": outcome, "event": event.event_id}


def _apply(event: ProviderEvent, payment: Payment | None) -> str:
    if payment is None or event.kind == "ignored":
        return "ignored"
    if event.kind == "confirmed":
        before = Payment.objects.values_list("state", flat=True).get(pk=payment.pk)
        done = domain.confirm_payment(
            payment=payment,
            amount_cents=payment.amount_cents if event.amount_cents is None else event.amount_cents,
            currency=event.currency or payment.currency,
            provider_payment_reference=event.payment_reference,
        )
        if before in (Payment.State.CONFIRMED, Payment.State.REFUNDED):
            return "ignored"
        return "confirmed" if done.state == Payment.State.CONFIRMED else "ignored"
    if event.kind in ("failed", "expired"):
        before = Payment.objects.values_list("state", flat=True).get(pk=payment.pk)
        done = domain.fail_payment(payment=payment, state=event.kind, reason=event.event_type)
        return event.kind if done.state != before else "ignored"
    # Refunds are made here (domain.refund_credits); the provider's notice is recorded.
    return "recorded"
