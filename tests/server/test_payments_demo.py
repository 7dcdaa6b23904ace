"""seed_demo's payments (issue 13): the owner's organisation with a card order paid through
the sandbox webhook (its top-up and receipt) and an open bank-transfer invoice; a postpaid
organisation (limit 50) with last month's certificates on credit and that month's usage
invoice; balances equal to their ledgers; a second seed changes nothing."""

from __future__ import annotations

import pytest
from catalogue.demo import seed_demo
from catalogue.models import CertifyingOrganisation
from payments import ledger
from payments.demo import (
    CARD_KEY,
    POSTPAID_LIMIT,
    POSTPAID_SLUG,
    TRANSFER_KEY,
    ledger_sum,
    seed_demo_payments,
)
from payments.models import CreditEntry, Invoice, Order, Payment

from tests.server.certificates_helpers import rolled_back_demo

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two seeds for the module (the whole demo catalogue), rolled back after."""
    with rolled_back_demo(django_db_blocker, tmp_path_factory):
        seed_demo()
        first = _counts()
        seed_demo()
        yield first


def _counts() -> tuple[int, ...]:
    return (
        Order.objects.count(),
        Payment.objects.count(),
        Invoice.objects.count(),
        CreditEntry.objects.count(),
        CertifyingOrganisation.objects.count(),
    )


def _owners_organisation() -> CertifyingOrganisation:
    return (
        CertifyingOrganisation.objects.certified()
        .filter(owners__username="owner")
        .order_by("pk")
        .first()
    )


def _postpaid() -> CertifyingOrganisation:
    return CertifyingOrganisation.objects.get(courses__slug=POSTPAID_SLUG)


def test_a_second_seed_changes_nothing(seeded):
    assert _counts() == seeded
    report = seed_demo_payments()
    assert report is not None and _counts() == seeded


def test_a_card_order_paid_through_the_sandbox(seeded):
    organisation = _owners_organisation()
    order = Order.objects.get(idempotency_key=CARD_KEY)
    assert order.organisation == organisation and order.method == "card"
    assert order.state == "paid"
    payment = order.payments.get()
    assert payment.provider == "sandbox" and payment.state == "confirmed"
    top_up = CreditEntry.objects.get(payment=payment)
    assert top_up.kind == "top_up" and top_up.credits == order.credits
    assert order.invoice.kind == "receipt" and order.invoice.state == "paid"
    assert payment.events.count() == 1


def test_an_open_bank_transfer_invoice(seeded):
    order = Order.objects.get(idempotency_key=TRANSFER_KEY)
    assert order.organisation == _owners_organisation()
    assert order.method == "bank_transfer" and order.state == "open"
    invoice = order.invoice
    assert invoice.kind == "transfer" and invoice.state == "open"
    assert invoice.creditor_reference.startswith("RF") and invoice.due_on
    assert order.payments.get().state == "pending"
    assert not CreditEntry.objects.filter(payment__order=order).exists()


def test_a_postpaid_organisation_with_a_month_of_use(seeded):
    organisation = _postpaid()
    assert organisation.is_certified and organisation.country == "SE"
    assert list(organisation.owners.values_list("username", flat=True)) == ["postpaid"]
    assert organisation != _owners_organisation()
    assert ledger.limit_of(organisation) == POSTPAID_LIMIT
    assert organisation.credit_balance == -8
    charges = CreditEntry.objects.filter(organisation=organisation, kind="charge")
    assert charges.count() == 8
    invoice = Invoice.objects.get(organisation=organisation, kind="usage")
    assert invoice.state == "open" and invoice.order.credits == 8
    assert invoice.total_cents == 8 * 2000
    for charge in charges:
        assert charge.created_at.date() < invoice.period_start.replace(day=28)
        assert charge.created_at.date() >= invoice.period_start


def test_the_demo_invoices_have_their_pdfs(seeded):
    invoices = Invoice.objects.filter(order__idempotency_key__startswith="seed-demo")
    usage = Invoice.objects.filter(kind="usage", organisation=_postpaid())
    for invoice in [*invoices, *usage]:
        assert invoice.pdf and invoice.pdf.read(5) == b"%PDF-", invoice.number


def test_balances_equal_the_ledgers(seeded):
    for organisation in CertifyingOrganisation.objects.all():
        assert (
            organisation.credit_balance == ledger_sum(organisation) == ledger.balance(organisation)
        ), organisation.name


def test_the_postpaid_account_signs_in(seeded, client):
    from catalogue.demo import DEMO_PASSWORD

    assert client.login(username="postpaid", password=DEMO_PASSWORD)
