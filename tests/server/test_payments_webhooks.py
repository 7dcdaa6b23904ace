"""Sandbox webhooks over HTTP: valid, tampered, expired, replayed, wrong amount or currency,
out of order; every refusal is a 400 with a security log line and changes nothing; 50
parallel deliveries of one confirmation credit once (SQLite in a service process, PostgreSQL
with threads)."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from django.db import connections
from payments import domain, webhooks
from payments.models import CreditEntry, Payment, WebhookEvent
from payments.providers import sandbox

from tests.server.concurrency_helpers import need_server_database, run_in_service, run_threads
from tests.server.factories_certificates import certified_org

URL = "/api/v1/payments/webhooks/sandbox/"


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


def card_payment(org, credits: int = 4) -> Payment:
    order = domain.create_order(
        actor=org.owner, organisation=org.organisation, credits=credits, method="card"
    )
    return order.payments.get()


def deliver(client, body: bytes, headers: dict[str, str]):
    extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    return client.post(URL, data=body, content_type="application/json", **extra)


def unchanged(org, payment: Payment) -> None:
    payment.refresh_from_db()
    assert payment.state == "pending"
    assert org.refresh().credit_balance == 0
    assert WebhookEvent.objects.count() == 0


@pytest.mark.django_db
def test_a_valid_confirmation_credits(client, org):
    payment = card_payment(org)
    body = sandbox.event_body(payment, "confirmed", event_id="evt_1")
    answer = deliver(client, body, sandbox.sign(body))
    assert answer.status_code == 200 and answer.json()["status"] == "confirmed"
    payment.refresh_from_db()
    assert payment.state == "confirmed" and org.refresh().credit_balance == 4
    assert WebhookEvent.objects.get().outcome == "confirmed"


@pytest.mark.django_db
def test_replayed_ten_times_credits_once(client, org):
    payment = card_payment(org)
    body = sandbox.event_body(payment, "confirmed", event_id="evt_r")
    statuses = [deliver(client, body, sandbox.sign(body)).json()["status"] for _ in range(10)]
    assert statuses == ["confirmed"] + ["duplicate"] * 9
    assert org.refresh().credit_balance == 4
    assert CreditEntry.objects.filter(payment=payment).count() == 1
    # Another event id confirming the same payment: recorded, nothing more credited.
    other = sandbox.event_body(payment, "confirmed", event_id="evt_r2")
    assert deliver(client, other, sandbox.sign(other)).json()["status"] == "ignored"
    assert org.refresh().credit_balance == 4


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case",
    [
        "tampered",
        "expired",
        "future",
        "no_header",
        "wrong_secret",
        "amount",
        "currency",
        "unknown_payment",
        "not_json",
    ],
)
def test_refusals_are_400_logged_and_change_nothing(client, org, case, caplog, settings):
    payment = card_payment(org)
    body = sandbox.event_body(payment, "confirmed", event_id="evt_x")
    headers = sandbox.sign(body)
    if case == "tampered":
        body = body.replace(b'"amount_cents": 8000', b'"amount_cents": 8001')
        assert b"8001" in body
    elif case == "expired":
        headers = sandbox.sign(body, int(time.time()) - 301)
    elif case == "future":
        headers = sandbox.sign(body, int(time.time()) + 301)
    elif case == "no_header":
        headers = {}
    elif case == "wrong_secret":
        settings.PAYMENT_SANDBOX_SECRET = "another"
        headers = sandbox.sign(body)
        settings.PAYMENT_SANDBOX_SECRET = ""
    elif case == "amount":
        body = sandbox.event_body(payment, "confirmed", amount_cents=100)
        headers = sandbox.sign(body)
    elif case == "currency":
        body = sandbox.event_body(payment, "confirmed", currency="USD")
        headers = sandbox.sign(body)
    elif case == "unknown_payment":
        body = sandbox.event_body(payment, "confirmed", reference="sbx_nothing")
        headers = sandbox.sign(body)
    elif case == "not_json":
        body = b"\xff not json"
        headers = sandbox.sign(body)
    with caplog.at_level(logging.WARNING, logger="certification.security"):
        answer = deliver(client, body, headers)
    assert answer.status_code == 400, answer.content
    assert "detail" in answer.json()
    lines = [r.getMessage() for r in caplog.records if r.name == "certification.security"]
    assert any("webhook_refused:sandbox" in line for line in lines), lines
    unchanged(org, payment)


@pytest.mark.django_db
def test_out_of_order_a_late_failure_changes_nothing(client, org):
    payment = card_payment(org)
    paid = sandbox.event_body(payment, "confirmed", event_id="evt_paid")
    assert deliver(client, paid, sandbox.sign(paid)).json()["status"] == "confirmed"
    for kind in ("failed", "expired"):
        late = sandbox.event_body(payment, kind, event_id=f"evt_{kind}")
        answer = deliver(client, late, sandbox.sign(late))
        assert answer.status_code == 200 and answer.json()["status"] == "ignored"
    payment.refresh_from_db()
    assert payment.state == "confirmed" and org.refresh().credit_balance == 4
    assert WebhookEvent.objects.count() == 3


@pytest.mark.django_db
def test_a_failure_then_expiry(client, org):
    payment = card_payment(org)
    failed = sandbox.event_body(payment, "failed", event_id="evt_f")
    assert deliver(client, failed, sandbox.sign(failed)).json()["status"] == "failed"
    expired = sandbox.event_body(payment, "expired", event_id="evt_e")
    assert deliver(client, expired, sandbox.sign(expired)).json()["status"] == "ignored"
    payment.refresh_from_db()
    assert payment.state == "failed" and payment.order.state == "failed"


@pytest.mark.django_db
def test_unknown_provider_and_get_refused(client, org):
    assert client.get(URL).status_code == 405
    status, document = webhooks.receive("paypal", b"{}", {})
    assert status == 400 and document["code"] == "unknown_provider"
    status, document = webhooks.receive("bank_transfer", b"{}", {})
    assert status == 400


THREADS = 50

SCRIPT = f"""
import json, threading
from django.contrib.auth import get_user_model
from django.db import connection
from catalogue.models import CertifyingOrganisation
from payments import domain, webhooks
from payments.models import CreditEntry, WebhookEvent
from payments.providers import sandbox

owner = get_user_model().objects.create_user("owner", email="owner@example.org")
org = CertifyingOrganisation.objects.create(
    name="Trainers", country="RO", status="approved", organisation_email="o@example.org")
org.owners.add(owner)
order = domain.create_order(actor=owner, organisation=org, credits=7, method="card")
payment = order.payments.get()
body = sandbox.event_body(payment, "confirmed", event_id="evt_parallel")
headers = sandbox.sign(body)
barrier = threading.Barrier({THREADS})
answers, errors = [], []

def work():
    try:
        barrier.wait()
        answers.append(webhooks.receive("sandbox", body, headers))
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        connection.close()

threads = [threading.Thread(target=work) for _ in range({THREADS})]
for t in threads:
    t.start()
for t in threads:
    t.join()
org.refresh_from_db()
print(json.dumps({{
    "errors": errors,
    "statuses": sorted(a[1]["status"] for a in answers),
    "codes": sorted(set(a[0] for a in answers)),
    "balance": org.credit_balance,
    "top_ups": CreditEntry.objects.filter(payment=payment).count(),
    "events": WebhookEvent.objects.count(),
    "vendor": connection.vendor,
}}))
"""


def check(result) -> None:
    assert result["errors"] == []
    assert result["codes"] == [200]
    assert result["statuses"] == ["confirmed"] + ["duplicate"] * (THREADS - 1)
    assert result["balance"] == 7 and result["top_ups"] == 1 and result["events"] == 1


def test_fifty_parallel_deliveries_in_the_service_credit_once(tmp_path):
    check(run_in_service(tmp_path, SCRIPT))


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_deliveries_on_postgresql_threads(org, monkeypatch):
    need_server_database()
    monkeypatch.setattr(domain, "_task", lambda name: None)
    payment = card_payment(org, 7)
    body = sandbox.event_body(payment, "confirmed", event_id="evt_parallel")
    headers = sandbox.sign(body)
    barrier = threading.Barrier(THREADS)
    answers: list = []
    errors: list[str] = []

    def work() -> None:
        try:
            barrier.wait()
            answers.append(webhooks.receive("sandbox", body, headers))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    run_threads(work, [()] * THREADS)
    check(
        {
            "errors": errors,
            "codes": sorted({a[0] for a in answers}),
            "statuses": sorted(a[1]["status"] for a in answers),
            "balance": org.refresh().credit_balance,
            "top_ups": CreditEntry.objects.filter(payment=payment).count(),
            "events": WebhookEvent.objects.count(),
        }
    )
