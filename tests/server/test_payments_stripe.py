"""Stripe through the official SDK against tests/server/fake_stripe.py: the Checkout Session
(one line item, euros, references, URLs), webhooks signed with Stripe's scheme (valid,
tampered, expired timestamp, replayed, wrong amount or currency, out of order), the status
asked of a session and a refund."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from typing import Any

import pytest
from payments import domain, webhooks
from payments.models import CreditEntry, Payment, WebhookEvent
from payments.providers import get

from tests.server.factories_certificates import certified_org, manager
from tests.server.fake_stripe import FakeStripe

pytestmark = pytest.mark.django_db

SECRET = "whsec_test_secret"
URL = "/api/v1/payments/webhooks/stripe/"


@pytest.fixture
def fake(settings):
    with FakeStripe() as running:
        settings.PAYMENT_CARD_PROVIDER = "stripe"
        settings.STRIPE_SECRET_KEY = "sk_test_fake"
        settings.STRIPE_WEBHOOK_SECRET = SECRET
        settings.STRIPE_API_BASE = running.url
        yield running


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


def card_payment(org, credits: int = 3) -> Payment:
    order = domain.create_order(
        actor=org.owner,
        organisation=org.organisation,
        credits=credits,
        method="card",
        return_url="https://example.org/back",
    )
    return order.payments.get()


def signed(event: dict[str, Any], t: int | None = None, secret: str = SECRET):
    body = json.dumps(event).encode()
    moment = int(time.time()) if t is None else t
    mac = hmac.new(secret.encode(), f"{moment}.".encode() + body, hashlib.sha256).hexdigest()
    return body, {"Stripe-Signature": f"t={moment},v1={mac}"}


def event(kind: str, obj: dict[str, Any], event_id: str = "") -> dict[str, Any]:
    return {
        "id": event_id or f"evt_{secrets.token_hex(8)}",
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }


def deliver(client, body: bytes, headers: dict[str, str]):
    extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    return client.post(URL, data=body, content_type="application/json", **extra)


def test_the_checkout_session_through_the_sdk(fake, org):
    payment = card_payment(org, 3)
    assert payment.provider == "stripe" and payment.state == "pending"
    assert payment.provider_reference.startswith("cs_test_")
    assert payment.checkout_url == fake.sessions[payment.provider_reference]["url"]
    (request,) = [r for r in fake.requests if r["path"] == "/v1/checkout/sessions"]
    form = request["form"]
    assert request["headers"]["Authorization"] == "Bearer sk_test_fake"
    assert request["headers"].get("Idempotency-Key")
    assert form["mode"] == "payment"
    assert form["line_items[0][quantity]"] == "3"
    assert form["line_items[0][price_data][unit_amount]"] == "2000"
    assert form["line_items[0][price_data][currency]"] == "eur"
    assert form["client_reference_id"] == str(payment.pk)
    assert form["metadata[order]"] == str(payment.order_id)
    assert form["metadata[payment]"] == str(payment.pk)
    assert form["success_url"].startswith("https://example.org/back?")
    assert form["cancel_url"].startswith("https://example.org/back?")
    assert fake.sessions[payment.provider_reference]["amount_total"] == payment.amount_cents


def test_a_failing_stripe_leaves_no_order(fake, org):
    fake.fail_next = 5
    with pytest.raises(domain.ProviderUnavailable):
        card_payment(org)
    assert not Payment.objects.exists()


def completed(fake, payment: Payment, event_id: str = "", **changes: Any):
    session = dict(fake.complete(payment.provider_reference), **changes)
    return event("checkout.session.completed", session, event_id)


def test_valid_completion_credits_and_replays_change_nothing(client, fake, org):
    payment = card_payment(org, 3)
    body, headers = signed(completed(fake, payment, "evt_done"))
    statuses = [deliver(client, body, headers).json()["status"] for _ in range(10)]
    assert statuses == ["confirmed"] + ["duplicate"] * 9
    payment.refresh_from_db()
    assert payment.state == "confirmed"
    assert payment.provider_payment_reference.startswith("pi_")
    assert org.refresh().credit_balance == 3
    assert CreditEntry.objects.filter(payment=payment).count() == 1
    assert WebhookEvent.objects.get().event_type == "checkout.session.completed"


def test_an_unpaid_completion_then_async_success(client, fake, org):
    payment = card_payment(org, 2)
    session = dict(fake.sessions[payment.provider_reference], status="complete")
    body, headers = signed(event("checkout.session.completed", session))
    assert deliver(client, body, headers).json()["status"] == "ignored"
    assert org.refresh().credit_balance == 0
    body, headers = signed(
        event("checkout.session.async_payment_succeeded", fake.complete(session["id"]))
    )
    assert deliver(client, body, headers).json()["status"] == "confirmed"
    assert org.refresh().credit_balance == 2


@pytest.mark.parametrize(
    "case", ["tampered", "expired", "wrong_secret", "no_header", "amount", "currency", "unknown"]
)
def test_refusals_are_400_logged_and_change_nothing(client, fake, org, case, caplog):
    payment = card_payment(org, 3)
    document = completed(fake, payment)
    body, headers = signed(document)
    if case == "tampered":
        body = body.replace(b'"amount_total": 6000', b'"amount_total": 6001')
        assert b"6001" in body
    elif case == "expired":
        body, headers = signed(document, int(time.time()) - 301)
    elif case == "wrong_secret":
        body, headers = signed(document, secret="whsec_other")
    elif case == "no_header":
        headers = {}
    elif case == "amount":
        body, headers = signed(completed(fake, payment, amount_total=100))
    elif case == "currency":
        body, headers = signed(completed(fake, payment, currency="usd"))
    elif case == "unknown":
        body, headers = signed(completed(fake, payment, id="cs_test_unknown"))
    with caplog.at_level(logging.WARNING, logger="certification.security"):
        answer = deliver(client, body, headers)
    assert answer.status_code == 400, answer.content
    lines = [r.getMessage() for r in caplog.records if r.name == "certification.security"]
    assert any("webhook_refused:stripe" in line for line in lines), lines
    payment.refresh_from_db()
    assert payment.state == "pending" and org.refresh().credit_balance == 0
    assert not WebhookEvent.objects.exists()


def test_out_of_order_expired_after_completed_changes_nothing(client, fake, org):
    payment = card_payment(org, 3)
    body, headers = signed(completed(fake, payment))
    assert deliver(client, body, headers).json()["status"] == "confirmed"
    session = dict(fake.sessions[payment.provider_reference], status="expired")
    for kind in ("checkout.session.expired", "checkout.session.async_payment_failed"):
        body, headers = signed(event(kind, session))
        answer = deliver(client, body, headers)
        assert answer.status_code == 200 and answer.json()["status"] == "ignored"
    payment.refresh_from_db()
    assert payment.state == "confirmed" and org.refresh().credit_balance == 3
    assert WebhookEvent.objects.count() == 3


def test_expired_and_failed_sessions(client, fake, org):
    payment = card_payment(org, 1)
    body, headers = signed(
        event("checkout.session.expired", fake.expire(payment.provider_reference))
    )
    assert deliver(client, body, headers).json()["status"] == "expired"
    payment.refresh_from_db()
    assert payment.state == "expired"
    other = card_payment(org, 1)
    session = fake.sessions[other.provider_reference]
    body, headers = signed(event("checkout.session.async_payment_failed", session))
    assert deliver(client, body, headers).json()["status"] == "failed"
    other.refresh_from_db()
    assert other.state == "failed" and org.refresh().credit_balance == 0


def test_fetch_status_asks_the_session(fake, org):
    payment = card_payment(org, 1)
    stripe = get("stripe")
    assert stripe.fetch_status(payment) is None
    fake.complete(payment.provider_reference)
    status = stripe.fetch_status(payment)
    assert status is not None and status.kind == "confirmed"
    assert status.amount_cents == payment.amount_cents and status.currency == "EUR"


def test_a_refund_through_the_sdk_and_its_notice(client, fake, org):
    payment = card_payment(org, 3)
    body, headers = signed(completed(fake, payment))
    assert deliver(client, body, headers).json()["status"] == "confirmed"
    payment.refresh_from_db()
    refund = domain.refund_credits(actor=manager(), order=payment.order, credits=2, reason="unused")
    (request,) = [r for r in fake.requests if r["path"] == "/v1/refunds"]
    assert request["form"] == {
        "amount": "4000",
        "payment_intent": payment.provider_payment_reference,
    }
    assert refund.provider_reference in fake.refunds
    assert org.refresh().credit_balance == 1
    charge = {
        "id": "ch_1",
        "object": "charge",
        "amount_refunded": 4000,
        "currency": "eur",
        "payment_intent": payment.provider_payment_reference,
    }
    body, headers = signed(event("charge.refunded", charge))
    answer = deliver(client, body, headers)
    assert answer.status_code == 200 and answer.json()["status"] == "recorded"
    assert org.refresh().credit_balance == 1


def test_receive_without_a_webhook_secret_refuses(settings, fake, org):
    payment = card_payment(org, 1)
    settings.STRIPE_WEBHOOK_SECRET = ""
    body, headers = signed(completed(fake, payment))
    status, _document = webhooks.receive("stripe", body, headers)
    assert status == 400
