"""Stripe Checkout through the official SDK (``stripe``).

``STRIPE_SECRET_KEY`` is the API key, ``STRIPE_WEBHOOK_SECRET`` verifies webhooks
(``stripe.Webhook.construct_event``), ``STRIPE_API_BASE`` is the API's address (tests point
it at tests/server/fake_stripe.py). A payment is one Checkout Session (mode ``payment``, one
line item: the order's credits at the unit price, in euros); its id is the payment's
``provider_reference``, its PaymentIntent the ``provider_payment_reference`` refunds use."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import stripe as stripe_sdk
from django.conf import settings

from ..models import Payment
from .base import InvalidWebhook, ProviderEvent, StartResult, header

#: Checkout and charge event types and the kinds they mean.
SESSION_EVENTS = {
    "checkout.session.async_payment_succeeded": "confirmed",
    "checkout.session.async_payment_failed": "failed",
    "checkout.session.expired": "expired",
}


def client() -> stripe_sdk.StripeClient:
    base = str(getattr(settings, "STRIPE_API_BASE", "") or "").rstrip("/")
    addresses: Any = {"api": base} if base else None
    return stripe_sdk.StripeClient(
        str(getattr(settings, "STRIPE_SECRET_KEY", "") or ""),
        base_addresses=addresses,
        max_network_retries=0,
    )


def _get(obj: Any, key: str, default: Any = None) -> Any:
    try:
        value = obj[key]
    except (KeyError, TypeError, IndexError):
        return default
    return default if value is None else value


def _event(
    obj: Any, *, event_id: str, event_type: str, kind: str, created: Any, amount_key: str
) -> ProviderEvent:
    amount = _get(obj, amount_key)
    occurred = (
        datetime.fromtimestamp(created, timezone.utc)
        if isinstance(created, int) and not isinstance(created, bool)
        else None
    )
    return ProviderEvent(
        event_id=event_id,
        kind=kind,
        reference=str(_get(obj, "id", "")) if event_type.startswith("checkout.") else "",
        amount_cents=amount if isinstance(amount, int) and not isinstance(amount, bool) else None,
        currency=str(_get(obj, "currency", "")).upper()[:3],
        occurred_at=occurred,
        payment_reference=str(_get(obj, "payment_intent", ""))[:255],
        event_type=event_type[:64],
    )


class StripeProvider:
    name = "stripe"

    def start(self, payment: Payment, *, return_url: str) -> StartResult:
        order = payment.order
        unit = payment.amount_cents // order.credits if order.credits else payment.amount_cents
        back = return_url or f"{settings.SITE_URL}/"
        separator = "&" if "?" in back else "?"
        metadata = {"order": str(order.pk), "payment": str(payment.pk)}
        session = client().v1.checkout.sessions.create(
            params={
                "mode": "payment",
                "client_reference_id": str(payment.pk),
                "line_items": [
                    {
                        "quantity": order.credits,
                        "price_data": {
                            "currency": payment.currency.lower(),
                            "unit_amount": unit,
                            "product_data": {"name": "QGIS Certification credits"},
                        },
                    }
                ],
                "metadata": metadata,
                "payment_intent_data": {"metadata": metadata},
                "success_url": f"{back}{separator}payment=success",
                "cancel_url": f"{back}{separator}payment=cancelled",
            },
            options={"idempotency_key": f"payment-{payment.pk}-{payment.token[:16]}"},
        )
        return StartResult(checkout_url=str(session.url or ""), reference=str(session.id))

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        secret = str(getattr(settings, "STRIPE_WEBHOOK_SECRET", "") or "")
        if not secret:
            raise InvalidWebhook("no STRIPE_WEBHOOK_SECRET configured")
        try:
            event = stripe_sdk.Webhook.construct_event(
                body, header(headers, "Stripe-Signature"), secret
            )
        except stripe_sdk.SignatureVerificationError as error:
            raise InvalidWebhook(f"signature: {error.user_message or error}") from None
        except (ValueError, TypeError, KeyError, UnicodeDecodeError):
            raise InvalidWebhook("body is not a Stripe event") from None
        event_id = str(_get(event, "id", ""))
        event_type = str(_get(event, "type", ""))
        if not event_id or len(event_id) > 255:
            raise InvalidWebhook("event without an id")
        obj = _get(_get(event, "data", {}), "object", {})
        created = _get(event, "created")
        kind = "ignored"
        amount_key = "amount_total"
        if event_type == "checkout.session.completed":
            kind = "confirmed" if _get(obj, "payment_status") == "paid" else "ignored"
        elif event_type in SESSION_EVENTS:
            kind = SESSION_EVENTS[event_type]
        elif event_type == "charge.refunded":
            kind, amount_key = "refunded", "amount_refunded"
        return _event(
            obj,
            event_id=event_id,
            event_type=event_type,
            kind=kind,
            created=created,
            amount_key=amount_key,
        )

    def fetch_status(self, payment: Payment) -> ProviderEvent | None:
        if not payment.provider_reference:
            return None
        session = client().v1.checkout.sessions.retrieve(payment.provider_reference)
        status = _get(session, "status")
        if status == "complete" and _get(session, "payment_status") == "paid":
            kind = "confirmed"
        elif status == "expired":
            kind = "expired"
        else:
            return None
        return _event(
            session,
            event_id=f"status_{session.id}_{kind}",
            event_type=f"status.{kind}",
            kind=kind,
            created=None,
            amount_key="amount_total",
        )

    def refund(self, payment: Payment, amount_cents: int) -> str:
        params: dict[str, Any] = {"amount": int(amount_cents)}
        if payment.provider_payment_reference:
            params["payment_intent"] = payment.provider_payment_reference
        else:
            session = client().v1.checkout.sessions.retrieve(payment.provider_reference)
            params["payment_intent"] = str(_get(session, "payment_intent", ""))
        refund = client().v1.refunds.create(params=params)  # type: ignore[arg-type]
        return str(refund.id)


provider = StripeProvider()
