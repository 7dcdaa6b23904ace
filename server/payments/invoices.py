"""Issuing invoices: gap-free numbers, snapshots of who bills whom, totals and tax.

Numbers are ``QGIS-Cert-YY-NNNN``, a sequence per year taken from the year's
:class:`~payments.models.InvoiceCounter` row under ``select_for_update`` in the same
transaction as the invoice row: a rolled back invoice gives its number back, so the sequence
has no gap. On SQLite every transaction begins ``IMMEDIATE`` (settings), so issuers queue on
the database lock as the certificate counter's do.

An invoice copies everything it prints (the issuer's details and bank account, the buyer's
billing details, prices, the tax rate): later changes never alter an issued invoice.

Reverse charge: when the issuer charges tax (rate > 0) and the buyer has a valid VAT number
of another EU country than the issuer's, the invoice charges no tax and says so
(``reverse_charge``; the note's text is in ``invoice_labels``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from catalogue.models import CertifyingOrganisation
from django.db import transaction
from django.utils import timezone

from . import pricing
from .models import BillingSettings, CreditAccount, Invoice, InvoiceCounter, InvoiceLine, Order
from .references import creditor_reference

NUMBER_PREFIX = "QGIS-Cert"
PAYABLE_KINDS = (Invoice.Kind.TRANSFER, Invoice.Kind.USAGE)
"""Invoices paid by bank transfer afterwards: due dates, RF references, EPC QR codes."""


def format_number(year: int, sequence: int) -> str:
    """``QGIS-Cert-26-0042`` (two-digit year, at least four digits of sequence)."""
    return f"{NUMBER_PREFIX}-{year % 100:02d}-{sequence:04d}"


def _take_sequence(year: int) -> int:
    """The year's next sequence number, its counter row locked until the transaction ends."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Invoice numbers are taken inside transaction.atomic().")
    counter, _created = InvoiceCounter.objects.select_for_update().get_or_create(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def next_number(year: int) -> str:
    """Take the next number of ``year`` (inside the transaction that stores the invoice)."""
    return format_number(year, _take_sequence(year))


# --- snapshots ------------------------------------------------------------------------------


def account_of(organisation: CertifyingOrganisation) -> CreditAccount | None:
    return CreditAccount.objects.filter(organisation_id=organisation.pk).first()


def snapshot_billing(organisation: CertifyingOrganisation) -> dict[str, str]:
    """Whom the invoice is addressed to: the credit account's billing details, else the
    organisation's own name, address, e-mail; its country and VAT number."""
    account = account_of(organisation)
    return {
        "name": (account.billing_name if account else "") or organisation.name,
        "address": (account.billing_address if account else "") or organisation.address or "",
        "country": str(organisation.country or ""),
        "vat_number": organisation.vat_number or "",
        "email": (account.billing_email if account else "") or organisation.organisation_email,
    }


def snapshot_issuer(row: BillingSettings) -> dict[str, str]:
    """Who issues the invoice and where to pay it, as the billing settings say today."""
    return {
        "name": row.issuer_name,
        "address": row.issuer_address,
        "country": row.issuer_country,
        "vat_number": row.issuer_vat_number,
        "email": row.issuer_email,
        "iban": row.iban,
        "bic": row.bic,
    }


# --- totals ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    credits: int
    unit_cents: int
    subtotal_cents: int
    tax_rate_percent: Decimal
    tax_cents: int
    total_cents: int
    reverse_charge: bool


def reverse_charge_applies(row: BillingSettings, billing: dict[str, Any]) -> bool:
    """Tax charged by the issuer, and a valid buyer VAT number of another EU country."""
    if Decimal(row.tax_rate_percent) <= 0:
        return False
    country = pricing.vat_country(billing.get("vat_number", ""))
    return bool(country) and country != (row.issuer_country or "").upper()


def totals_for(credits: int, *, row: BillingSettings, billing: dict[str, Any]) -> Totals:
    """What ``credits`` cost this buyer now: price, tax (or reverse charge), total."""
    reverse = reverse_charge_applies(row, billing)
    rate = Decimal("0.00") if reverse else Decimal(row.tax_rate_percent).quantize(Decimal("0.01"))
    subtotal = int(credits) * row.price_per_credit_cents
    tax = pricing.tax_of(subtotal, rate)
    return Totals(
        credits=int(credits),
        unit_cents=row.price_per_credit_cents,
        subtotal_cents=subtotal,
        tax_rate_percent=rate,
        tax_cents=tax,
        total_cents=subtotal + tax,
        reverse_charge=reverse,
    )


def _totals_of_order(order: Order, row: BillingSettings, billing: dict[str, Any]) -> Totals:
    """The order's totals: today's price when it gives the order's amount, else (the price
    changed since the order) the amount the buyer was asked for, split at today's rate."""
    totals = totals_for(order.credits, row=row, billing=billing)
    if totals.total_cents == order.amount_cents:
        return totals
    rate = totals.tax_rate_percent
    subtotal = int((Decimal(order.amount_cents) * 100 / (100 + rate)).quantize(Decimal("1")))
    return Totals(
        credits=order.credits,
        unit_cents=subtotal // max(order.credits, 1),
        subtotal_cents=subtotal,
        tax_rate_percent=rate,
        tax_cents=order.amount_cents - subtotal,
        total_cents=order.amount_cents,
        reverse_charge=totals.reverse_charge,
    )


def line_description(order: Order, period_start: date | None = None) -> str:
    if order.method == Order.Method.USAGE and period_start is not None:
        return f"QGIS certification credits used in {period_start:%Y-%m}"
    return "QGIS certification credits"


# --- issuing --------------------------------------------------------------------------------


def issue_invoice(
    *,
    order: Order,
    kind: str,
    today: date | None = None,
    period_start: date | None = None,
) -> Invoice:
    """Issue the order's invoice (numbered, snapshotted, one line) in the caller's
    transaction. Receipts are issued paid; transfer and usage invoices open, due in the
    billing settings' ``payment_days``, with an RF creditor reference."""
    if kind not in Invoice.Kind.values:
        raise ValueError(f"Unknown invoice kind {kind!r}.")
    day = today or timezone.localdate()
    row = pricing.current()
    organisation = order.organisation
    billing = snapshot_billing(organisation)
    totals = _totals_of_order(order, row, billing)
    account = account_of(organisation)
    sequence = _take_sequence(day.year)
    number = format_number(day.year, sequence)
    payable = kind in PAYABLE_KINDS
    invoice = Invoice.objects.create(
        number=number,
        year=day.year,
        sequence=sequence,
        organisation=organisation,
        order=order,
        kind=kind,
        state=Invoice.State.OPEN if payable else Invoice.State.PAID,
        issued_on=day,
        due_on=day + timedelta(days=row.payment_days) if payable else None,
        paid_on=None if payable else day,
        period_start=period_start,
        currency=order.currency,
        subtotal_cents=totals.subtotal_cents,
        tax_rate_percent=totals.tax_rate_percent,
        tax_cents=totals.tax_cents,
        total_cents=totals.total_cents,
        paid_cents=0 if payable else totals.total_cents,
        reverse_charge=totals.reverse_charge,
        creditor_reference=creditor_reference(number) if payable else "",
        language=(account.language if account else "") or "en",
        billing=billing,
        issuer=snapshot_issuer(row),
    )
    InvoiceLine.objects.create(
        invoice=invoice,
        position=1,
        description=line_description(order, period_start),
        quantity=totals.credits,
        unit_cents=totals.unit_cents,
        total_cents=totals.subtotal_cents,
    )
    return invoice
