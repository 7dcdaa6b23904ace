"""Request bodies of the payments API (issue 13): orders, refunds, credit limits, mark-paid."""

from __future__ import annotations

from payments import pricing
from rest_framework import serializers

from .serializers_applications import Email, Integer, Text


class BillingSerializer(serializers.Serializer):
    name = Text(max_length=200, required=False, allow_blank=True)
    address = Text(max_length=2000, required=False, allow_blank=True)
    email = Email(required=False, allow_blank=True)
    vat_number = Text(max_length=32, required=False, allow_blank=True)


class OrderCreateSerializer(serializers.Serializer):
    organisation = serializers.SlugField(max_length=100)
    credits = Integer(min_value=pricing.MIN_CREDITS, max_value=pricing.MAX_CREDITS)
    method = serializers.ChoiceField(choices=["card", "bank_transfer"])
    billing = BillingSerializer(required=False)
    return_url = serializers.URLField(max_length=2000, required=False, allow_blank=True)


class RefundSerializer(serializers.Serializer):
    credits = Integer(min_value=1, max_value=pricing.MAX_CREDITS)
    reason = Text(max_length=500)


class CreditLimitSerializer(serializers.Serializer):
    credit_limit = Integer(min_value=0, max_value=1_000_000)
    reason = Text(max_length=500)


class MarkPaidSerializer(serializers.Serializer):
    paid_on = serializers.DateField(required=False)


class StatementSerializer(serializers.Serializer):
    file = serializers.FileField()


# --- answers (documentation) -------------------------------------------------------------------


class LedgerEntryOut(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    credits = serializers.IntegerField()
    balance_after = serializers.IntegerField()
    reason = serializers.CharField()
    certificate = serializers.CharField(allow_null=True, help_text='"QGIS-12" or null.')
    order = serializers.IntegerField(allow_null=True)
    created_at = serializers.DateTimeField()


class CreditsDocumentOut(serializers.Serializer):
    organisation = serializers.CharField()
    balance = serializers.IntegerField()
    credit_limit = serializers.IntegerField()
    available = serializers.IntegerField(help_text="balance + credit_limit")
    price_per_credit_cents = serializers.IntegerField()
    currency = serializers.CharField()
    credits_per_certificate = serializers.IntegerField()
    tax_rate_percent = serializers.CharField()
    methods = serializers.ListField(child=serializers.CharField())
    ledger = LedgerEntryOut(many=True, help_text="Newest first, ?limit= (default 100, max 500).")
    ledger_count = serializers.IntegerField()


class InvoiceLineOut(serializers.Serializer):
    description = serializers.CharField()
    quantity = serializers.IntegerField()
    unit_cents = serializers.IntegerField()
    total_cents = serializers.IntegerField()


class PartyOut(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    country = serializers.CharField()
    vat_number = serializers.CharField()
    email = serializers.CharField()


class TransferOut(serializers.Serializer):
    iban = serializers.CharField()
    bic = serializers.CharField()
    beneficiary = serializers.CharField()
    creditor_reference = serializers.CharField(help_text="ISO 11649 RF reference.")
    amount_cents = serializers.IntegerField()
    currency = serializers.CharField()
    epc_qr_payload = serializers.CharField(help_text="EPC069-12 version 002.")


class InvoiceOut(serializers.Serializer):
    number = serializers.CharField(help_text="QGIS-Cert-YY-NNNN")
    organisation = serializers.CharField()
    kind = serializers.ChoiceField(choices=["receipt", "transfer", "usage"])
    state = serializers.CharField()
    issued_on = serializers.DateField()
    due_on = serializers.DateField(allow_null=True)
    paid_on = serializers.DateField(allow_null=True)
    currency = serializers.CharField()
    subtotal_cents = serializers.IntegerField()
    tax_cents = serializers.IntegerField()
    total_cents = serializers.IntegerField()
    tax_rate_percent = serializers.CharField()
    reverse_charge = serializers.BooleanField()
    lines = InvoiceLineOut(many=True)
    billing = PartyOut()
    issuer = PartyOut()
    transfer = TransferOut(allow_null=True, help_text="Open transfer and usage invoices only.")
    pdf_url = serializers.URLField()
    qr_url = serializers.URLField(allow_null=True)
    order = serializers.IntegerField()


class PaymentOut(serializers.Serializer):
    provider = serializers.CharField()
    state = serializers.CharField()
    checkout_url = serializers.URLField(allow_null=True)
    failure_reason = serializers.CharField()


class OrderOut(serializers.Serializer):
    id = serializers.IntegerField()
    organisation = serializers.CharField()
    credits = serializers.IntegerField()
    amount_cents = serializers.IntegerField()
    currency = serializers.CharField()
    method = serializers.CharField()
    state = serializers.ChoiceField(choices=["open", "paid", "failed", "cancelled", "refunded"])
    created_at = serializers.DateTimeField()
    payment = PaymentOut(allow_null=True)
    invoice = InvoiceOut(allow_null=True)
    url = serializers.URLField()


class StatementLineOut(serializers.Serializer):
    booked_on = serializers.DateField()
    amount_cents = serializers.IntegerField()
    reference = serializers.CharField()
    invoice = serializers.CharField(allow_null=True)


class StatementOut(serializers.Serializer):
    statement = serializers.IntegerField()
    format = serializers.CharField()
    duplicate_file = serializers.BooleanField()
    lines = serializers.IntegerField()

    def get_fields(self) -> dict[str, serializers.Field]:
        # "partial" is also a Serializer attribute, so the outcome lists are added here.
        fields = super().get_fields()
        for outcome in ("matched", "partial", "unknown", "duplicate", "already_paid"):
            fields[outcome] = StatementLineOut(many=True)
        return fields
