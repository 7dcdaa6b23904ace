"""The credit ledger: data only (every change goes through ``payments.ledger``).

An organisation's balance is the sum of its entries; ``CertifyingOrganisation.credit_balance``
is a copy kept in the same transaction, under the organisation's row lock, so lists can show
it without summing. Entries are never edited or deleted: a mistake is corrected by another
entry.
"""

from __future__ import annotations

from catalogue.models import CertifyingOrganisation
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CreditEntry(models.Model):
    class Kind(models.TextChoices):
        TOP_UP = "top_up", _("Top-up")
        CHARGE = "charge", _("Certificate charge")
        REFUND = "refund", _("Refund")
        ADJUSTMENT = "adjustment", _("Manual adjustment")

    organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.PROTECT, related_name="credit_entries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    credits = models.IntegerField(help_text=_("Positive adds credits, negative spends them."))
    balance_after = models.IntegerField()
    reason = models.CharField(max_length=500, blank=True)
    certificate = models.ForeignKey(
        "certificates.Certificate",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credit_entries",
    )
    payment = models.ForeignKey(
        "Payment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credit_entries",
        help_text=_("The payment a top-up comes from (one top-up per payment)."),
    )
    refund = models.ForeignKey(
        "Refund", on_delete=models.PROTECT, null=True, blank=True, related_name="credit_entries"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["organisation", "id"]
        verbose_name_plural = "credit entries"
        constraints = [
            models.UniqueConstraint(
                fields=["payment"],
                condition=models.Q(kind="top_up", payment__isnull=False),
                name="one_top_up_per_payment",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.credits:+d} ({self.kind})"


class BillingSettings(models.Model):
    """The programme's prices and its details as the issuer of invoices: one row (pk 1).

    Made from the settings (``PRICE_PER_CREDIT_CENTS``, ``INVOICE_ISSUER_*``…) on first use
    by ``payments.pricing.current()``; certification managers change it in the admin. Invoices
    copy what they print, so a later change never alters an issued invoice.
    """

    price_per_credit_cents = models.PositiveIntegerField(default=2000)
    currency = models.CharField(max_length=3, default="EUR")
    credits_per_certificate = models.PositiveSmallIntegerField(default=1)
    tax_rate_percent = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        default=0,
        help_text=_("0 prints no tax line."),
    )
    issuer_name = models.CharField(max_length=200)
    issuer_address = models.TextField(blank=True)
    issuer_country = models.CharField(max_length=2, blank=True)
    issuer_vat_number = models.CharField(max_length=32, blank=True)
    issuer_email = models.EmailField(blank=True)
    iban = models.CharField(max_length=34, blank=True)
    bic = models.CharField(max_length=11, blank=True)
    payment_days = models.PositiveSmallIntegerField(default=30)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "billing settings"

    def __str__(self) -> str:
        return f"{self.issuer_name} ({self.price_per_credit_cents / 100:.2f} {self.currency})"


class CreditAccount(models.Model):
    """How an organisation pays: its credit limit (postpaid) and billing details.

    Absent means the defaults: no limit, the organisation's own name, address, country,
    VAT number and e-mail, invoices in English.
    """

    organisation = models.OneToOneField(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="credit_account"
    )
    credit_limit = models.PositiveIntegerField(
        default=0, help_text=_("Credits the balance may go below zero (paid afterwards).")
    )
    billing_name = models.CharField(max_length=200, blank=True)
    billing_address = models.TextField(blank=True)
    billing_email = models.EmailField(blank=True)
    language = models.CharField(max_length=16, default="en")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.organisation} (limit {self.credit_limit})"


class Order(models.Model):
    """Credits an organisation buys: paid by card, by bank transfer, or afterwards (usage)."""

    class Method(models.TextChoices):
        CARD = "card", _("Card")
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")
        USAGE = "usage", _("Monthly usage")

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        PAID = "paid", _("Paid")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")
        REFUNDED = "refunded", _("Refunded")

    organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.PROTECT, related_name="orders"
    )
    credits = models.PositiveIntegerField()
    amount_cents = models.PositiveIntegerField(help_text=_("Total including tax."))
    currency = models.CharField(max_length=3, default="EUR")
    method = models.CharField(max_length=16, choices=Method.choices)
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.OPEN, db_index=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    idempotency_key = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["created_by", "idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="order_idempotency_per_user",
            )
        ]

    def __str__(self) -> str:
        return f"Order {self.pk}: {self.credits} credits ({self.method}, {self.state})"


class Payment(models.Model):
    """One attempt to pay an order through one provider, with the provider's references."""

    class State(models.TextChoices):
        CREATED = "created", _("Created")
        PENDING = "pending", _("Pending")
        CONFIRMED = "confirmed", _("Confirmed")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")
        REFUNDED = "refunded", _("Refunded")

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="payments")
    provider = models.CharField(max_length=32)
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.CREATED, db_index=True
    )
    amount_cents = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="EUR")
    provider_reference = models.CharField(
        max_length=255, blank=True, help_text=_("The provider's id (checkout session, transfer).")
    )
    provider_payment_reference = models.CharField(
        max_length=255, blank=True, help_text=_("The provider's id of the money (refunds use it).")
    )
    checkout_url = models.URLField(max_length=2000, blank=True)
    token = models.CharField(max_length=64, unique=True, help_text=_("Secret of the sandbox page."))
    refunded_cents = models.PositiveIntegerField(default=0)
    failure_reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_reference"],
                condition=~models.Q(provider_reference=""),
                name="payment_provider_reference_unique",
            )
        ]

    def __str__(self) -> str:
        return f"Payment {self.pk} ({self.provider}, {self.state})"


class WebhookEvent(models.Model):
    """A provider event handled once: a redelivery of the same event id changes nothing."""

    provider = models.CharField(max_length=32)
    event_id = models.CharField(max_length=255)
    event_type = models.CharField(max_length=64)
    payment = models.ForeignKey(
        Payment, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    outcome = models.CharField(max_length=200)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="webhook_event_once")
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_id} ({self.event_type})"


class InvoiceCounter(models.Model):
    """The last invoice number of a year: taken under ``select_for_update`` (gap-free)."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class Invoice(models.Model):
    """An issued invoice, ``QGIS-Cert-YY-NNNN``: everything it prints is a snapshot."""

    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("Paid by card")
        TRANSFER = "transfer", _("Bank transfer")
        USAGE = "usage", _("Monthly usage")

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        PAID = "paid", _("Paid")
        CANCELLED = "cancelled", _("Cancelled")
        REFUNDED = "refunded", _("Refunded")

    number = models.CharField(max_length=32, unique=True)
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField()
    organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.PROTECT, related_name="invoices"
    )
    order = models.OneToOneField(Order, on_delete=models.PROTECT, related_name="invoice")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.OPEN, db_index=True
    )
    issued_on = models.DateField()
    due_on = models.DateField(null=True, blank=True)
    paid_on = models.DateField(null=True, blank=True)
    period_start = models.DateField(null=True, blank=True, help_text=_("Usage invoices: month."))
    currency = models.CharField(max_length=3, default="EUR")
    subtotal_cents = models.PositiveIntegerField()
    tax_rate_percent = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    tax_cents = models.PositiveIntegerField(default=0)
    total_cents = models.PositiveIntegerField()
    paid_cents = models.PositiveIntegerField(default=0)
    reverse_charge = models.BooleanField(default=False)
    creditor_reference = models.CharField(max_length=25, blank=True, db_index=True)
    language = models.CharField(max_length=16, default="en")
    billing = models.JSONField(help_text=_("name, address, country, vat_number, email"))
    issuer = models.JSONField(help_text=_("name, address, country, vat_number, email, iban, bic"))
    pdf = models.FileField(upload_to="invoices/", blank=True)
    last_reminded_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "-sequence"]
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="invoice_sequence_unique"),
            models.UniqueConstraint(
                fields=["organisation", "period_start"],
                condition=models.Q(kind="usage"),
                name="usage_invoice_once_a_month",
            ),
        ]

    def __str__(self) -> str:
        return self.number


class InvoiceLine(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="lines")
    position = models.PositiveSmallIntegerField(default=1)
    description = models.CharField(max_length=300)
    quantity = models.PositiveIntegerField()
    unit_cents = models.PositiveIntegerField()
    total_cents = models.PositiveIntegerField()

    class Meta:
        ordering = ["invoice", "position"]

    def __str__(self) -> str:
        return f"{self.invoice} #{self.position}: {self.description}"


class Refund(models.Model):
    """Money given back for unused credits (through the card provider, or recorded)."""

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="refunds")
    payment = models.ForeignKey(
        Payment, on_delete=models.PROTECT, null=True, blank=True, related_name="refunds"
    )
    credits = models.PositiveIntegerField()
    amount_cents = models.PositiveIntegerField()
    provider_reference = models.CharField(max_length=255, blank=True)
    reason = models.CharField(max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Refund {self.pk}: {self.credits} credits of order {self.order_id}"


class StatementImport(models.Model):
    """A bank statement imported once (the same file again is recognised by its digest)."""

    sha256 = models.CharField(max_length=64, unique=True)
    filename = models.CharField(max_length=255)
    file_format = models.CharField(max_length=16)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    summary = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.filename} ({self.created_at:%Y-%m-%d})"


class StatementLine(models.Model):
    """One credit line of a statement and what it did (a fingerprint makes it count once)."""

    class Outcome(models.TextChoices):
        MATCHED = "matched", _("Matched")
        PARTIAL = "partial", _("Partial")
        UNKNOWN = "unknown", _("Unknown")
        DUPLICATE = "duplicate", _("Duplicate")
        ALREADY_PAID = "already_paid", _("Already paid")

    statement = models.ForeignKey(StatementImport, on_delete=models.CASCADE, related_name="lines")
    fingerprint = models.CharField(max_length=64, db_index=True)
    booked_on = models.DateField()
    amount_cents = models.BigIntegerField()
    currency = models.CharField(max_length=3, default="EUR")
    reference = models.CharField(max_length=500, blank=True)
    invoice = models.ForeignKey(
        Invoice, on_delete=models.PROTECT, null=True, blank=True, related_name="statement_lines"
    )
    outcome = models.CharField(max_length=16, choices=Outcome.choices)

    def __str__(self) -> str:
        return f"{self.booked_on} {self.amount_cents} {self.reference} ({self.outcome})"
