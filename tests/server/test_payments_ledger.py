"""payments.ledger with credit limits (limit_of, available, post and post_many down to
-limit and no further) and the payments admin: billing settings checked and audited, credit
limits with a reason, invoices marked paid and orders refunded through the domain."""

from __future__ import annotations

import pytest
from audit.models import Event
from django.db import transaction
from django.test import Client
from django.urls import reverse
from payments import domain, ledger, pricing
from payments.models import BillingSettings, CreditAccount, CreditEntry, Invoice

from tests.server.factories_certificates import certified_org, course_for, issued, manager

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _transfer(org, credits=2):
    return domain.create_order(
        actor=org.owner, organisation=org.organisation, credits=credits, method="bank_transfer"
    )


def test_limit_of_and_available(catalogue_factory):
    org = certified_org(credits=2, f=catalogue_factory)
    assert ledger.limit_of(org.organisation) == 0 == ledger.limit_of(org.pk)
    assert ledger.available(org.organisation) == 2
    CreditAccount.objects.create(organisation=org.organisation, credit_limit=5)
    assert ledger.limit_of(org.organisation) == 5 and ledger.available(org.organisation) == 7


def test_post_many_goes_to_minus_the_limit_and_no_further(catalogue_factory):
    org = certified_org(credits=1, f=catalogue_factory)
    CreditAccount.objects.create(organisation=org.organisation, credit_limit=2)
    certificates = issued(course_for(org), 3)  # 1 credit, then 2 on credit
    assert org.refresh().credit_balance == -2
    with transaction.atomic(), pytest.raises(ledger.NotEnoughCredits) as caught:
        ledger.post_many(
            organisation=ledger.lock(org.pk),
            kind="charge",
            credits=-1,
            actor=None,
            certificates=certificates[:1],
        )
    assert (caught.value.needed, caught.value.available) == (1, 0)
    # A top-up while below zero is always taken.
    ledger.grant(organisation=org.organisation, credits=1, actor=None, reason="payment")
    assert org.refresh().credit_balance == -1 == ledger.balance(org.organisation)


def test_managers_read_every_payments_page_and_owners_none(catalogue_factory):
    org = certified_org(credits=0, f=catalogue_factory)
    _transfer(org)
    client = _client(manager(catalogue_factory))
    for page in (
        "billingsettings",
        "creditaccount",
        "order",
        "payment",
        "invoice",
        "refund",
        "webhookevent",
        "statementimport",
        "creditentry",
    ):
        assert client.get(reverse(f"admin:payments_{page}_changelist")).status_code == 200, page
    invoice = Invoice.objects.get()
    assert (
        client.get(reverse("admin:payments_invoice_change", args=[invoice.pk])).status_code == 200
    )
    assert client.get(reverse("admin:payments_invoice_add")).status_code == 403
    row = pricing.current()
    assert client.get(reverse("admin:payments_billingsettings_add")).status_code == 403
    delete = reverse("admin:payments_billingsettings_delete", args=[row.pk])
    assert client.get(delete).status_code == 403
    owner = _client(org.owner)
    assert owner.get(reverse("admin:payments_order_changelist")).status_code == 302


def test_billing_settings_are_checked_and_audited(catalogue_factory):
    client = _client(manager(catalogue_factory))
    row = pricing.current()
    url = reverse("admin:payments_billingsettings_change", args=[row.pk])
    form = {
        "price_per_credit_cents": 2500,
        "currency": "EUR",
        "credits_per_certificate": 1,
        "tax_rate_percent": "0",
        "issuer_name": "QGIS.ORG",
        "issuer_address": "Somewhere",
        "issuer_country": "ch",
        "issuer_vat_number": "",
        "issuer_email": "billing@example.org",
        "iban": "CH93 0076 2011 6238 5295 8",
        "bic": "NOTABIC",
        "payment_days": 30,
    }
    refused = client.post(url, form)
    assert refused.status_code == 200
    errors = refused.context["adminform"].form.errors
    assert set(errors) == {"iban", "bic"}
    assert BillingSettings.objects.get().price_per_credit_cents == 2000
    done = client.post(url, {**form, "iban": "de89 3704 0044 0532 0130 00", "bic": "DEUTDEFF500"})
    assert done.status_code == 302
    saved = BillingSettings.objects.get()
    assert (saved.iban, saved.bic, saved.issuer_country) == (
        "DE89370400440532013000",
        "DEUTDEFF500",
        "CH",
    )
    assert saved.price_per_credit_cents == 2500 and pricing.amount_for(1) == (2500, 0, 2500)
    event = Event.objects.get(action="billing_settings.change")
    assert event.before["price_per_credit_cents"] == 2000
    assert event.after["iban"] == "DE89370400440532013000"


def test_a_credit_limit_needs_a_reason_and_goes_through_the_domain(catalogue_factory):
    org = certified_org(credits=0, f=catalogue_factory)
    client = _client(manager(catalogue_factory))
    add = reverse("admin:payments_creditaccount_add")
    form = {
        "organisation": org.pk,
        "credit_limit": 50,
        "reason": "",
        "billing_name": "Trainers SRL",
        "billing_address": "",
        "billing_email": "",
        "language": "ro",
    }
    assert client.post(add, form).status_code == 200
    assert not CreditAccount.objects.exists()
    assert client.post(add, {**form, "reason": "Long-standing centre"}).status_code == 302
    account = CreditAccount.objects.get()
    assert (account.credit_limit, account.billing_name, account.language) == (
        50,
        "Trainers SRL",
        "ro",
    )
    assert Event.objects.filter(action="credit_account.limit").count() == 1


def test_the_mark_paid_and_refund_actions(catalogue_factory):
    org = certified_org(credits=0, f=catalogue_factory)
    order = _transfer(org, 3)
    client = _client(manager(catalogue_factory))
    invoices = reverse("admin:payments_invoice_changelist")
    action = {"action": "mark_paid", "_selected_action": [order.invoice.pk]}
    client.post(invoices, {**action, "paid_on": "not a date"})
    assert Invoice.objects.get().state == "open"
    client.post(invoices, {**action, "paid_on": ""})
    assert Invoice.objects.get().state == "paid" and org.refresh().credit_balance == 3
    orders = reverse("admin:payments_order_changelist")
    refund = {"action": "refund", "_selected_action": [order.pk], "credits": "1"}
    client.post(orders, {**refund, "reason": ""})  # a reason is required
    assert org.refresh().credit_balance == 3
    client.post(orders, {**refund, "reason": "Unused"})
    assert org.refresh().credit_balance == 2
    assert CreditEntry.objects.filter(kind="refund").count() == 1
