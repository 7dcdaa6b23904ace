"""The hosted sandbox TEST page: the banner, Pay grants the credits, Decline fails the
payment, unknown tokens 404, finished payments show their state."""

from __future__ import annotations

import pytest
from payments import domain
from payments.models import CreditEntry, Order, Payment, WebhookEvent

from tests.server.factories_certificates import certified_org

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


def card_order(org, credits: int = 3) -> Payment:
    order = domain.create_order(
        actor=org.owner, organisation=org.organisation, credits=credits, method="card"
    )
    payment = order.payments.get()
    assert payment.provider == "sandbox" and payment.state == "pending"
    assert payment.provider_reference.startswith("sbx_")
    assert payment.checkout_url.endswith(f"/payments/sandbox/{payment.token}/")
    return payment


def page(payment: Payment) -> str:
    return f"/payments/sandbox/{payment.token}/"


def test_the_page_is_a_clearly_marked_test(client, org):
    payment = card_order(org, 3)
    answer = client.get(page(payment))
    assert answer.status_code == 200
    text = answer.content.decode()
    assert "TEST PAYMENT \u2013 no money moves" in text
    assert "60.00" in text and org.organisation.name in text
    assert 'value="pay"' in text and 'value="decline"' in text
    assert "<script" not in text


def test_pay_grants_the_credits_once(client, org):
    payment = card_order(org, 3)
    answer = client.post(page(payment), {"action": "pay"})
    assert answer.status_code == 200
    assert "TEST PAYMENT" in answer.content.decode()
    payment.refresh_from_db()
    assert payment.state == "confirmed"
    assert payment.order.state == Order.State.PAID
    assert org.refresh().credit_balance == 3
    assert WebhookEvent.objects.filter(provider="sandbox", payment=payment).count() == 1
    # Pressing Pay again (a reload) changes nothing; the page shows the state.
    again = client.post(page(payment), {"action": "pay"})
    assert again.status_code == 200
    assert org.refresh().credit_balance == 3
    assert CreditEntry.objects.filter(payment=payment).count() == 1
    shown = client.get(page(payment)).content.decode()
    assert "finished" in shown and 'value="pay"' not in shown


def test_decline_fails_the_payment(client, org):
    payment = card_order(org, 2)
    answer = client.post(page(payment), {"action": "decline"})
    assert answer.status_code == 200
    assert "declined" in answer.content.decode()
    payment.refresh_from_db()
    assert payment.state == "failed"
    assert payment.order.state == Order.State.FAILED
    assert org.refresh().credit_balance == 0
    # A later Pay on a failed payment changes nothing.
    client.post(page(payment), {"action": "pay"})
    payment.refresh_from_db()
    assert payment.state == "failed" and org.refresh().credit_balance == 0


def test_unknown_tokens_and_bad_actions(client, org):
    payment = card_order(org, 1)
    assert client.get("/payments/sandbox/nope/").status_code == 404
    assert client.post("/payments/sandbox/nope/", {"action": "pay"}).status_code == 404
    assert client.post(page(payment), {"action": "steal"}).status_code == 400
    payment.refresh_from_db()
    assert payment.state == "pending"
