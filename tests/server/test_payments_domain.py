"""payments.domain: orders by bank transfer (an open invoice at once, idempotency keys),
confirmation once, wrong amounts refused, late failures ignored, invoices marked paid,
refunds of unused credits only, credit limits (the balance goes to -limit and no further,
certificates included) and monthly usage invoices with a moved clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from audit.models import Event
from certificates import domain as certificates
from django.db import transaction
from django.utils import timezone
from payments import domain, ledger, pricing
from payments.models import CreditAccount, CreditEntry, Invoice, Order, Payment, Refund
from stdnum import iso11649

from tests.server.factories_certificates import attendees_for, certified_org, course_for, manager


class Enqueued:
    """Stands in for a task: remembers what was enqueued (after the commit)."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def enqueue(self, **kwargs: Any) -> None:
        self.calls.append(kwargs)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Enqueued:
    fake = Enqueued()
    monkeypatch.setattr(domain, "_task", lambda name: fake if name == "send_invoice" else None)
    return fake


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


def transfer_order(org, credits: int = 5, **kwargs: Any) -> Order:
    return domain.create_order(
        actor=kwargs.pop("actor", org.owner),
        organisation=org.organisation,
        credits=credits,
        method="bank_transfer",
        **kwargs,
    )


def paid(org, credits: int = 5) -> Order:
    order = transfer_order(org, credits)
    payment = order.payments.get()
    domain.confirm_payment(payment=payment, amount_cents=payment.amount_cents, currency="EUR")
    order.refresh_from_db()
    return order


def charge(org, credits: int) -> CreditEntry:
    with transaction.atomic():
        return ledger.post(
            organisation=ledger.lock(org.pk), kind="charge", credits=-credits, actor=None
        )


def move_clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    monkeypatch.setattr(domain, "now", lambda: moment)


def first_of_next_month(hour: int = 6) -> datetime:
    day = timezone.localdate().replace(day=1) + timedelta(days=32)
    return timezone.make_aware(datetime(day.year, day.month, 1, hour))


# --- orders by bank transfer ----------------------------------------------------------------


def test_a_transfer_order_issues_its_open_invoice_at_once(
    org, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        order = transfer_order(org, 5)
    assert order.state == "open" and order.credits == 5
    assert order.amount_cents == 10000 and order.currency == "EUR"
    payment = order.payments.get()
    assert payment.provider == "bank_transfer" and payment.state == "pending"
    assert payment.amount_cents == 10000 and payment.checkout_url == ""
    invoice = order.invoice
    year = timezone.localdate().year
    assert invoice.number == f"QGIS-Cert-{year % 100:02d}-0001" and invoice.sequence == 1
    assert payment.provider_reference == invoice.number
    assert invoice.kind == "transfer" and invoice.state == "open"
    assert invoice.due_on == invoice.issued_on + timedelta(days=30)
    assert iso11649.validate(invoice.creditor_reference) == invoice.creditor_reference
    assert invoice.total_cents == 10000 and invoice.tax_cents == 0 and not invoice.reverse_charge
    assert invoice.billing["name"] == org.organisation.name
    assert invoice.issuer["iban"] == pricing.current().iban and invoice.issuer["bic"]
    line = invoice.lines.get()
    assert (line.quantity, line.unit_cents, line.total_cents) == (5, 2000, 10000)
    assert sent.calls == [{"invoice_id": invoice.pk}]
    event = Event.objects.get(action="order.create")
    assert event.after["credits"] == 5 and event.after["invoice"] == invoice.number
    assert org.refresh().credit_balance == 0  # nothing until the money arrives


def test_the_same_idempotency_key_answers_the_same_order(org, sent, catalogue_factory):
    first = transfer_order(org, 3, idempotency_key="k-1")
    again = transfer_order(org, 3, idempotency_key="k-1")
    assert again.pk == first.pk
    assert Order.objects.count() == 1 and Invoice.objects.count() == 1
    with pytest.raises(domain.Invalid) as caught:
        transfer_order(org, 4, idempotency_key="k-1")
    assert "Idempotency-Key" in caught.value.errors
    other = catalogue_factory.user("co-owner")
    org.organisation.owners.add(other)
    assert transfer_order(org, 3, actor=other, idempotency_key="k-1").pk != first.pk


@pytest.mark.parametrize(
    ("credits", "method", "fields"),
    [
        (0, "bank_transfer", {"credits"}),
        (10001, "bank_transfer", {"credits"}),
        ("many", "bank_transfer", {"credits"}),
        (True, "bank_transfer", {"credits"}),
        (5, "cash", {"method"}),
        (-1, "usage", {"credits", "method"}),
    ],
)
def test_bad_orders_are_refused_field_by_field(org, credits, method, fields):
    with pytest.raises(domain.Invalid) as caught:
        domain.create_order(
            actor=org.owner, organisation=org.organisation, credits=credits, method=method
        )
    assert set(caught.value.errors) == fields
    assert not Order.objects.exists() and not Invoice.objects.exists()


def test_bad_billing_details_are_refused(org):
    with pytest.raises(domain.Invalid) as caught:
        transfer_order(org, billing={"email": "nope", "vat_number": "RO123", "colour": "red"})
    assert set(caught.value.errors) == {"email", "vat_number", "billing"}
    assert not Order.objects.exists()


@pytest.mark.parametrize(
    ("billing", "field"),
    [
        ({"name": "Bad\ud800name"}, "name"),
        ({"address": "Line\x00one"}, "address"),
        ({"vat_number": "12\u200b34"}, "vat_number"),
        ({"email": 5}, "email"),
    ],
)
def test_hostile_billing_text_is_refused(org, billing, field):
    with pytest.raises(domain.Invalid) as caught:
        transfer_order(org, billing=billing)
    assert list(caught.value.errors) == [field]


def test_an_idempotency_key_is_printable_ascii(org):
    with pytest.raises(domain.Invalid) as caught:
        transfer_order(org, idempotency_key="k\ud800")
    assert list(caught.value.errors) == ["Idempotency-Key"]


def test_billing_details_are_stored_and_printed(org):
    order = transfer_order(
        org,
        billing={
            "name": " Trainers SRL ",
            "address": "Str. 1\nBucharest",
            "vat_number": "RO18547290",
        },
    )
    account = CreditAccount.objects.get(organisation=org.organisation)
    assert account.billing_name == "Trainers SRL"
    assert org.refresh().vat_number == "RO18547290"
    assert order.invoice.billing["name"] == "Trainers SRL"
    assert order.invoice.billing["vat_number"] == "RO18547290"


def test_reverse_charge_for_a_buyer_in_another_eu_country(org):
    row = pricing.current()
    row.tax_rate_percent, row.issuer_country = 19, "DE"
    row.save()
    normal = transfer_order(org, 1)
    assert (normal.invoice.tax_cents, normal.amount_cents) == (380, 2380)
    reverse = transfer_order(org, 1, billing={"vat_number": "RO18547290"})
    assert reverse.invoice.reverse_charge and reverse.invoice.tax_cents == 0
    assert reverse.amount_cents == 2000 == reverse.invoice.total_cents


def test_only_owners_of_a_certified_organisation_and_managers_buy(org, catalogue_factory):
    for actor in (org.convener, catalogue_factory.user("stranger"), None):
        with pytest.raises(domain.Forbidden):
            transfer_order(org, actor=actor)
    pending = certified_org(credits=0, status="submitted", f=catalogue_factory)
    with pytest.raises(domain.Forbidden):
        transfer_order(pending)
    assert transfer_order(org, actor=manager()).created_by == manager()


# --- confirmation and failure ---------------------------------------------------------------


def test_a_payment_is_confirmed_once(org, sent, django_capture_on_commit_callbacks):
    order = transfer_order(org, 5)
    payment = order.payments.get()
    with django_capture_on_commit_callbacks(execute=True):
        domain.confirm_payment(payment=payment, amount_cents=10000, currency="eur")
    with django_capture_on_commit_callbacks(execute=True):
        again = domain.confirm_payment(payment=payment, amount_cents=10000, currency="EUR")
    assert again.state == "confirmed"
    assert org.refresh().credit_balance == 5 == ledger.balance(org.organisation)
    top_up = CreditEntry.objects.get(kind="top_up")
    assert top_up.payment_id == payment.pk and top_up.credits == 5
    order.refresh_from_db()
    assert order.state == "paid"
    invoice = Invoice.objects.get()
    assert invoice.state == "paid" and invoice.paid_on == timezone.localdate()
    assert invoice.paid_cents == 10000
    assert sent.calls == [{"invoice_id": invoice.pk}]  # the paid invoice, once
    assert Event.objects.filter(action="payment.confirm").count() == 1


@pytest.mark.parametrize(
    ("amount", "currency", "field"),
    [
        (9999, "EUR", "amount_cents"),
        (10001, "EUR", "amount_cents"),
        ("10000", "EUR", "amount_cents"),
        (10000, "CHF", "currency"),
    ],
)
def test_a_wrong_amount_or_currency_is_refused(org, amount, currency, field):
    payment = transfer_order(org, 5).payments.get()
    with pytest.raises(domain.Invalid) as caught:
        domain.confirm_payment(payment=payment, amount_cents=amount, currency=currency)
    assert list(caught.value.errors) == [field]
    payment.refresh_from_db()
    assert payment.state == "pending" and org.refresh().credit_balance == 0
    assert not CreditEntry.objects.exists()


def test_a_late_failure_after_the_confirmation_changes_nothing(org):
    order = paid(org, 2)
    payment = order.payments.get()
    late = domain.fail_payment(payment=payment, state="failed", reason="declined")
    assert late.state == "confirmed" and late.failure_reason == ""
    order.refresh_from_db()
    assert order.state == "paid" and org.refresh().credit_balance == 2
    assert not Event.objects.filter(action="payment.fail").exists()


def test_a_failed_transfer_cancels_its_invoice_and_expiry_does_not(org):
    order = transfer_order(org, 2)
    payment = order.payments.get()
    assert domain.fail_payment(payment=payment, state="expired").state == "pending"
    failed = domain.fail_payment(payment=payment, state="failed", reason="Wrong account")
    assert failed.state == "failed" and failed.failure_reason == "Wrong account"
    order.refresh_from_db()
    assert order.state == "failed" and order.invoice.state == "cancelled"
    with pytest.raises(domain.Invalid):
        domain.fail_payment(payment=payment, state="confirmed")


def test_mark_invoice_paid_is_for_managers_and_open_invoices(org):
    order = transfer_order(org, 3)
    with pytest.raises(domain.Forbidden):
        domain.mark_invoice_paid(actor=org.owner, invoice=order.invoice)
    day = timezone.localdate() - timedelta(days=2)
    invoice = domain.mark_invoice_paid(actor=manager(), invoice=order.invoice, paid_on=day)
    assert invoice.state == "paid" and invoice.paid_on == day
    assert org.refresh().credit_balance == 3
    with pytest.raises(domain.Refused) as caught:
        domain.mark_invoice_paid(actor=manager(), invoice=order.invoice)
    assert caught.value.code == "invoice_not_open"
    with pytest.raises(domain.Invalid):
        domain.mark_invoice_paid(
            actor=manager(), invoice=transfer_order(org, 1).invoice, amount_cents=1
        )


# --- refunds --------------------------------------------------------------------------------


def test_refunds_give_back_unused_credits_only(org):
    order = paid(org, 5)
    charge(org, 3)  # two credits left unused
    with pytest.raises(domain.NotEnoughCredits):
        domain.refund_credits(actor=manager(), order=order, credits=3, reason="unused")
    with pytest.raises(domain.Forbidden):
        domain.refund_credits(actor=org.owner, order=order, credits=1, reason="unused")
    with pytest.raises(domain.Invalid) as caught:
        domain.refund_credits(actor=manager(), order=order, credits=1, reason=" ")
    assert list(caught.value.errors) == ["reason"]
    refund = domain.refund_credits(actor=manager(), order=order, credits=2, reason="unused")
    assert refund.amount_cents == 4000 and refund.credits == 2
    entry = CreditEntry.objects.get(kind="refund")
    assert entry.credits == -2 and entry.refund_id == refund.pk
    assert org.refresh().credit_balance == 0 == ledger.balance(org.organisation)
    payment = order.payments.get()
    assert payment.refunded_cents == 4000 and payment.state == "confirmed"
    assert Event.objects.filter(action="order.refund").count() == 1


def test_a_refund_never_exceeds_the_order_and_a_full_one_closes_it(org):
    order = paid(org, 2)
    paid(org, 10)
    with pytest.raises(domain.Invalid) as caught:
        domain.refund_credits(actor=manager(), order=order, credits=3, reason="too many")
    assert list(caught.value.errors) == ["credits"]
    domain.refund_credits(actor=manager(), order=order, credits=1, reason="one")
    domain.refund_credits(actor=manager(), order=order, credits=1, reason="the other")
    order.refresh_from_db()
    assert order.state == "refunded" and order.invoice.state == "refunded"
    assert order.payments.get().refunded_cents == order.amount_cents
    assert Refund.objects.filter(order=order).count() == 2
    with pytest.raises(domain.Refused) as refused:
        domain.refund_credits(actor=manager(), order=order, credits=1, reason="again")
    assert refused.value.code == "order_not_refundable"
    unpaid = transfer_order(org, 1)
    with pytest.raises(domain.Refused):
        domain.refund_credits(actor=manager(), order=unpaid, credits=1, reason="unpaid")


# --- credit limits --------------------------------------------------------------------------


def test_the_credit_limit_lets_the_balance_go_to_minus_the_limit_and_no_further(org):
    with pytest.raises(domain.Forbidden):
        domain.set_credit_limit(
            actor=org.owner, organisation=org.organisation, credit_limit=3, reason="x"
        )
    with pytest.raises(ledger.NotEnoughCredits):
        charge(org, 1)
    account = domain.set_credit_limit(
        actor=manager(), organisation=org.organisation, credit_limit=3, reason="Trusted centre"
    )
    assert account.credit_limit == 3 == ledger.limit_of(org.organisation)
    charge(org, 2)
    charge(org, 1)
    assert org.refresh().credit_balance == -3
    with pytest.raises(ledger.NotEnoughCredits) as caught:
        charge(org, 1)
    assert caught.value.available == 0 and caught.value.needed == 1
    assert ledger.balance(org.organisation) == -3
    with pytest.raises(domain.Invalid) as below:
        domain.set_credit_limit(
            actor=manager(), organisation=org.organisation, credit_limit=2, reason="less"
        )
    assert list(below.value.errors) == ["credit_limit"]
    event = Event.objects.get(action="credit_account.limit")
    assert event.before["credit_limit"] == 0 and event.after["credit_limit"] == 3


def test_certificates_are_issued_on_credit_up_to_the_limit(org):
    course = course_for(org)
    people = attendees_for(course, 3)
    domain.set_credit_limit(
        actor=manager(), organisation=org.organisation, credit_limit=2, reason="r"
    )
    items = [{"attendee": p.pk, "certificate_type": "attendance"} for p in people]
    with pytest.raises(certificates.NotEnoughCredits) as caught:
        certificates.issue_certificates(actor=org.owner, course=course, items=items)
    assert caught.value.available == 2 and caught.value.needed == 3
    result = certificates.issue_certificates(actor=org.owner, course=course, items=items[:2])
    assert result.balance == -2 and org.refresh().credit_balance == -2


# --- monthly usage invoices -----------------------------------------------------------------


def test_a_month_of_use_is_invoiced_once_on_the_first_of_the_next_month(
    org, monkeypatch, sent, django_capture_on_commit_callbacks
):
    domain.set_credit_limit(
        actor=manager(), organisation=org.organisation, credit_limit=10, reason="r"
    )
    charge(org, 3)
    charge(org, 1)
    assert domain.issue_usage_invoices() == []  # this month is not over
    moment = first_of_next_month()
    move_clock(monkeypatch, moment)
    with django_capture_on_commit_callbacks(execute=True):
        [invoice] = domain.issue_usage_invoices()
    assert domain.issue_usage_invoices() == []  # run twice: nothing new
    assert invoice.kind == "usage" and invoice.state == "open"
    assert invoice.issued_on == moment.date()
    assert invoice.period_start == timezone.localdate().replace(day=1)
    assert invoice.due_on == moment.date() + timedelta(days=30)
    assert iso11649.is_valid(invoice.creditor_reference)
    assert invoice.order.method == "usage" and invoice.order.credits == 4
    assert invoice.total_cents == 8000 and invoice.lines.get().quantity == 4
    assert sent.calls == [{"invoice_id": invoice.pk}]
    # Paying it tops the balance up by what was used.
    domain.mark_invoice_paid(actor=manager(), invoice=invoice)
    assert org.refresh().credit_balance == 0 == ledger.balance(org.organisation)
    assert domain.issue_usage_invoices() == []


def test_usage_already_on_an_open_invoice_is_not_invoiced_again(org, monkeypatch):
    domain.set_credit_limit(
        actor=manager(), organisation=org.organisation, credit_limit=10, reason="r"
    )
    charge(org, 2)
    move_clock(monkeypatch, first_of_next_month())
    [first] = domain.issue_usage_invoices()
    charge(org, 3)  # next month's use, the first invoice still open
    move_clock(monkeypatch, first_of_next_month() + timedelta(days=31))
    [second] = domain.issue_usage_invoices()
    assert (first.order.credits, second.order.credits) == (2, 3)
    assert second.number != first.number and second.sequence == first.sequence + 1


def test_an_organisation_in_credit_gets_no_usage_invoice(org, monkeypatch):
    domain.set_credit_limit(
        actor=manager(), organisation=org.organisation, credit_limit=10, reason="r"
    )
    charge(org, 2)
    paid(org, 5)
    move_clock(monkeypatch, first_of_next_month())
    assert domain.issue_usage_invoices() == []
    assert not Invoice.objects.filter(kind="usage").exists()
    assert Payment.objects.count() == 1


# --- card payments (through the configured provider: the sandbox by default) ----------------


def test_a_card_order_starts_at_the_provider_and_gets_a_receipt_when_paid(org, settings):
    pytest.importorskip("payments.providers")
    settings.PAYMENT_CARD_PROVIDER = "sandbox"
    order = domain.create_order(
        actor=org.owner,
        organisation=org.organisation,
        credits=2,
        method="card",
        return_url="https://example.org/back",
    )
    payment = order.payments.get()
    assert payment.provider == "sandbox" and payment.state == "pending"
    assert payment.checkout_url and payment.provider_reference
    assert not Invoice.objects.exists()  # the receipt comes with the money
    domain.confirm_payment(payment=payment, amount_cents=4000, currency="EUR")
    receipt = Invoice.objects.get()
    assert receipt.kind == "receipt" and receipt.state == "paid" and receipt.due_on is None
    assert receipt.creditor_reference == "" and receipt.paid_cents == 4000
    assert org.refresh().credit_balance == 2
    refund = domain.refund_credits(actor=manager(), order=order, credits=1, reason="unused")
    assert refund.amount_cents == 2000 and org.refresh().credit_balance == 1


def test_a_provider_that_fails_leaves_no_order(org, settings):
    pytest.importorskip("payments.providers")
    settings.PAYMENT_CARD_PROVIDER = "stripe"
    settings.STRIPE_SECRET_KEY = ""
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there
    with pytest.raises(domain.ProviderUnavailable) as caught:
        domain.create_order(
            actor=org.owner, organisation=org.organisation, credits=1, method="card"
        )
    assert caught.value.code == "provider_unavailable"
    assert not Order.objects.exists() and not Payment.objects.exists()
