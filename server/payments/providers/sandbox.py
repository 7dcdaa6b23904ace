"""The sandbox card provider: a hosted TEST page on this server (``/payments/sandbox/<token>/``)
where "Pay" or "Decline" sends a signed event through the same path as an HTTP webhook.

Signature: header ``Sandbox-Signature: t=<unix>,v1=<hex>`` with v1 the HMAC-SHA256 of
``f"{t}.{body}"`` keyed by ``PAYMENT_SANDBOX_SECRET``; older or newer than
:data:`TOLERANCE` seconds is refused."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from django.conf import settings

from ..models import Payment
from .base import InvalidWebhook, ProviderEvent, StartResult, header

HEADER = "Sandbox-Signature"
TOLERANCE = 300
#: Event types of the sandbox and the kinds they mean.
TYPES = {
    "payment.confirmed": "confirmed",
    "payment.failed": "failed",
    "payment.expired": "expired",
    "payment.refunded": "refunded",
}


def _secret() -> bytes:
    secret = str(getattr(settings, "PAYMENT_SANDBOX_SECRET", "") or "")
    if not secret:
        secret = hashlib.sha256(f"sandbox:{settings.SECRET_KEY}".encode()).hexdigest()
    return secret.encode()


def signature(body: bytes, t: int) -> str:
    return hmac.new(_secret(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()


def sign(body: bytes | str, t: int | None = None) -> dict[str, str]:
    """The headers of a signed delivery of ``body`` at ``t`` (now by default)."""
    data = body.encode() if isinstance(body, str) else bytes(body)
    moment = int(time.time()) if t is None else int(t)
    return {HEADER: f"t={moment},v1={signature(data, moment)}"}


def event_body(payment: Payment, kind: str, *, event_id: str = "", **extra: Any) -> bytes:
    """A sandbox event about ``payment`` (``kind`` one of confirmed, failed, expired, refunded)."""
    document = {
        "id": event_id or f"evt_sbx_{secrets.token_hex(12)}",
        "type": f"payment.{kind}",
        "reference": payment.provider_reference,
        "amount_cents": payment.amount_cents,
        "currency": payment.currency,
        "created": int(time.time()),
    }
    document.update(extra)
    return json.dumps(document, sort_keys=True).encode()


def verify(body: bytes, value: str, *, now: float | None = None) -> None:
    parts: dict[str, list[str]] = {}
    for item in str(value or "").split(","):
        key, _, text = item.strip().partition("=")
        parts.setdefault(key, []).append(text)
    try:
        t = int(parts.get("t", [""])[0])
    except ValueError:
        raise InvalidWebhook("signature header without a timestamp") from None
    if abs((time.time() if now is None else now) - t) > TOLERANCE:
        raise InvalidWebhook("signature timestamp outside the tolerance")
    expected = signature(body, t)
    if not any(hmac.compare_digest(expected, given) for given in parts.get("v1", [])):
        raise InvalidWebhook("signature mismatch")


class SandboxProvider:
    name = "sandbox"

    def start(self, payment: Payment, *, return_url: str) -> StartResult:
        return StartResult(
            checkout_url=f"{settings.SITE_URL}/payments/sandbox/{payment.token}/",
            reference=f"sbx_{secrets.token_hex(12)}",
        )

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        verify(body, header(headers, HEADER))
        try:
            document = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise InvalidWebhook("body is not JSON") from None
        if not isinstance(document, dict):
            raise InvalidWebhook("body is not a JSON object")
        event_id = document.get("id")
        kind = TYPES.get(str(document.get("type")), "ignored")
        amount = document.get("amount_cents")
        if not isinstance(event_id, str) or not event_id or len(event_id) > 255:
            raise InvalidWebhook("event without an id")
        if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)):
            raise InvalidWebhook("amount_cents is not a whole number")
        created = document.get("created")
        occurred = (
            datetime.fromtimestamp(created, timezone.utc)
            if isinstance(created, int) and not isinstance(created, bool) and 0 < created < 2**33
            else None
        )
        return ProviderEvent(
            event_id=event_id,
            kind=kind,
            reference=str(document.get("reference") or "")[:255],
            amount_cents=amount,
            currency=str(document.get("currency") or "")[:3].upper(),
            occurred_at=occurred,
            payment_reference=str(document.get("payment_reference") or "")[:255],
            event_type=str(document.get("type") or "")[:64],
        )

    def fetch_status(self, payment: Payment) -> ProviderEvent | None:
        # The sandbox page is the only place a sandbox payment happens: nothing to ask.
        return None

    def refund(self, payment: Payment, amount_cents: int) -> str:
        return f"sbx_re_{secrets.token_hex(12)}"


provider = SandboxProvider()
