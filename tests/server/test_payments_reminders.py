"""E-mails of invoices: the invoice e-mailed once issued (PDF attached, owners + organisation
e-mail + billing e-mail, in the invoice's language); overdue reminders once per 7 days with a
moved clock, none once paid; stale card payments expired by the sweep."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from payments import domain, tasks
from payments.models import CreditAccount, Invoice, Order, Payment

from tests.server.factories_certificates import certified_org


@pytest.fixture
def org(catalogue_factory):
    org = certified_org(credits=0, f=catalogue_factory)
    org.organisation.organisation_email = "office@trainers.example"
    org.organisation.save(update_fields=["organisation_email"])
    org.owner.email = "olga@example.org"
    org.owner.save(update_fields=["email"])
    CreditAccount.objects.create(
        organisation=org.organisation, billing_email="billing@trainers.example", language="ro"
    )
    return org


def issue(org, django_capture_on_commit_callbacks, credits: int = 2) -> Invoice:
    with django_capture_on_commit_callbacks(execute=True):
        order = domain.create_order(
            actor=org.owner, organisation=org.organisation, credits=credits, method="bank_transfer"
        )
    return Invoice.objects.get(order=order)


def at(monkeypatch, day) -> None:
    moment = timezone.make_aware(datetime(day.year, day.month, day.day, 9))
    monkeypatch.setattr(domain, "now", lambda: moment)


def test_invoice_e_mailed_in_its_language(org, django_capture_on_commit_callbacks):
    invoice = issue(org, django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.subject == f"Factura {invoice.number} de la QGIS.ORG"
    assert sorted(message.to) == [
        "billing@trainers.example",
        "office@trainers.example",
        "olga@example.org",
    ]
    assert "Referință:" in message.body and invoice.creditor_reference[:4] in message.body
    [(name, data, kind)] = message.attachments
    assert name == f"{invoice.number}.pdf" and kind == "application/pdf"
    assert data.startswith(b"%PDF")
    invoice.refresh_from_db()
    assert invoice.pdf.name  # stored once, attached from the storage


def test_overdue_reminder_once_per_week(org, monkeypatch, django_capture_on_commit_callbacks):
    invoice = issue(org, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    at(monkeypatch, invoice.due_on)
    assert tasks.send_reminders.call() == 0  # due today: not overdue yet
    at(monkeypatch, invoice.due_on + timedelta(days=1))
    assert tasks.send_reminders.call() == 1
    [message] = mail.outbox
    assert message.subject == f"Reamintire: factura {invoice.number} este restantă"
    assert message.attachments[0][0] == f"{invoice.number}.pdf"
    assert tasks.send_reminders.call() == 0  # once
    at(monkeypatch, invoice.due_on + timedelta(days=7))
    assert tasks.send_reminders.call() == 0  # not a week yet
    at(monkeypatch, invoice.due_on + timedelta(days=8))
    assert tasks.send_reminders.call() == 1
    invoice.refresh_from_db()
    assert invoice.last_reminded_on == invoice.due_on + timedelta(days=8)
    payment = invoice.order.payments.get()
    domain.confirm_payment(payment=payment, amount_cents=payment.amount_cents, currency="EUR")
    at(monkeypatch, invoice.due_on + timedelta(days=30))
    assert tasks.send_reminders.call() == 0  # paid: no more reminders
    assert len(mail.outbox) == 2


def test_sweep_command_expires_stale_card_payments(org, monkeypatch, catalogue_factory):
    order = Order.objects.create(
        organisation=org.organisation, credits=1, amount_cents=2000, method="card"
    )
    stale = Payment.objects.create(
        order=order, provider="sandbox", state="pending", amount_cents=2000, token="t-stale"
    )
    fresh = Payment.objects.create(
        order=order, provider="sandbox", state="pending", amount_cents=2000, token="t-fresh"
    )
    Payment.objects.filter(pk=stale.pk).update(created_at=timezone.now() - timedelta(hours=25))
    out = io.StringIO()
    call_command("billing_sweep", stdout=out)
    assert "payments settled 1" in out.getvalue()
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.state in ("expired", "failed")
    assert fresh.state == "pending"
