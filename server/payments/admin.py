"""Credits and payments in the admin, for certification managers; every change goes through
``payments.domain`` or ``payments.ledger`` (locked, audited), never a plain save:

- the ledger: every entry read, an adjustment added (credits and a reason);
- the billing settings (one row: prices, tax, the issuer's details and bank account, IBAN,
  BIC and VAT number checked), never added twice nor deleted;
- credit accounts: the credit limit (with a reason) and the billing details;
- orders, payments, invoices, refunds, webhook events and statements read-only, with two
  actions: an order's unused credits refunded, an open invoice marked paid.
"""

from __future__ import annotations

from typing import Any

from accounts.roles import is_certification_manager
from applications.admin import ManagersOnly, ReadOnlyInline
from applications.domain import DomainError
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from reviews.admin import ReadOnlyAdmin

from . import domain, ledger, pricing
from .models import (
    BillingSettings,
    CreditAccount,
    CreditEntry,
    Invoice,
    InvoiceLine,
    Order,
    Payment,
    Refund,
    StatementImport,
    StatementLine,
    WebhookEvent,
)


def _detail(error: DomainError) -> str:
    errors = getattr(error, "errors", None)
    if errors:
        return "; ".join(f"{field}: {' '.join(map(str, texts))}" for field, texts in errors.items())
    return str(error)


# --- the ledger -----------------------------------------------------------------------------


class AdjustmentForm(forms.ModelForm):
    """What a manager types; the ledger computes the rest."""

    class Meta:
        model = CreditEntry
        fields = ("organisation", "credits", "reason")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why the balance changes.")
        if data.get("credits") == 0:
            self.add_error("credits", "An adjustment moves at least one credit.")
        organisation = data.get("organisation")
        credits = data.get("credits") or 0
        if organisation is not None and credits < 0:
            limit = ledger.limit_of(organisation)
            if organisation.credit_balance + credits < -limit:
                floor = f"-{limit}" if limit else "0"
                self.add_error(
                    "credits",
                    f"The balance is {organisation.credit_balance}: it cannot go below {floor}.",
                )
        return data


@admin.register(CreditEntry)
class CreditEntryAdmin(ManagersOnly, admin.ModelAdmin):
    list_display = (
        "created_at",
        "organisation",
        "kind",
        "credits",
        "balance_after",
        "certificate",
        "reason",
        "created_by",
    )
    list_filter = ("kind",)
    search_fields = ("organisation__name", "certificate__certificate_id", "reason")
    list_select_related = ("organisation", "certificate", "created_by")
    ordering = ("-id",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is None:
            kwargs["form"] = AdjustmentForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ("organisation", "credits", "reason")
        return [f.name for f in self.model._meta.fields]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return () if obj is None else [f.name for f in self.model._meta.fields]

    def save_model(self, request: HttpRequest, obj: CreditEntry, form: Any, change: bool) -> None:
        """The entry is posted by the ledger (locked, audited), never saved from the form."""
        try:
            entry = ledger.adjust(
                organisation=obj.organisation,
                credits=obj.credits,
                actor=request.user,
                reason=obj.reason,
            )
        except DomainError as error:
            raise forms.ValidationError(str(error)) from error
        obj.__dict__.update({k: v for k, v in entry.__dict__.items() if k != "_state"})
        obj._state = entry._state


# --- billing settings -----------------------------------------------------------------------

SETTINGS_FIELDS = (
    "price_per_credit_cents",
    "currency",
    "credits_per_certificate",
    "tax_rate_percent",
    "issuer_name",
    "issuer_address",
    "issuer_country",
    "issuer_vat_number",
    "issuer_email",
    "iban",
    "bic",
    "payment_days",
)


class BillingSettingsForm(forms.ModelForm):
    """The bank and tax numbers checked as invoices will print them (compact, upper case)."""

    class Meta:
        model = BillingSettings
        fields = SETTINGS_FIELDS

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        country = (data.get("issuer_country") or "").strip().upper()
        data["issuer_country"] = country
        data["currency"] = (data.get("currency") or "").strip().upper()
        if data["currency"] != "EUR":
            self.add_error("currency", "Invoices and bank transfers are in EUR.")
        checks = (
            ("iban", pricing.validate_iban),
            ("bic", pricing.validate_bic),
            ("issuer_vat_number", lambda text: pricing.validate_vat(text, country)),
        )
        for field, check in checks:
            if data.get(field):
                try:
                    data[field] = check(data[field])
                except DomainError as error:
                    for texts in getattr(error, "errors", {}).values():
                        for text in texts:
                            self.add_error(field, str(text))
        return data


@admin.register(BillingSettings)
class BillingSettingsAdmin(ManagersOnly, admin.ModelAdmin):
    form = BillingSettingsForm
    list_display = ("issuer_name", "price_per_credit_cents", "currency", "tax_rate_percent", "iban")
    fields = SETTINGS_FIELDS

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user) and not BillingSettings.objects.exists()

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> Any:
        pricing.current()  # the row exists from the first look on
        return super().changelist_view(request, extra_context)

    def save_model(
        self, request: HttpRequest, obj: BillingSettings, form: Any, change: bool
    ) -> None:
        changes = {field: form.cleaned_data[field] for field in SETTINGS_FIELDS}
        try:
            row = domain.update_billing_settings(actor=request.user, changes=changes)
        except DomainError as error:
            raise forms.ValidationError(_detail(error)) from error
        obj.pk = row.pk
        obj._state = row._state


# --- credit accounts ------------------------------------------------------------------------


class CreditAccountForm(forms.ModelForm):
    reason = forms.CharField(
        label=_("Reason for the credit limit"),
        required=False,
        max_length=500,
        help_text=_("Required when the credit limit changes (kept in the audit log)."),
    )

    class Meta:
        model = CreditAccount
        fields = (
            "organisation",
            "credit_limit",
            "reason",
            "billing_name",
            "billing_address",
            "billing_email",
            "language",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        before = self.instance.credit_limit if self.instance.pk else 0
        if data.get("credit_limit") != before and not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why the credit limit changes.")
        return data


@admin.register(CreditAccount)
class CreditAccountAdmin(ManagersOnly, admin.ModelAdmin):
    form = CreditAccountForm
    list_display = ("organisation", "credit_limit", "balance", "billing_name", "language")
    search_fields = ("organisation__name", "billing_name")
    list_select_related = ("organisation",)

    @admin.display(description=_("balance"))
    def balance(self, obj: CreditAccount) -> int:
        return int(obj.organisation.credit_balance)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ("organisation",) if obj is not None else ()

    def save_model(self, request: HttpRequest, obj: CreditAccount, form: Any, change: bool) -> None:
        """The limit through ``domain.set_credit_limit``, the details through
        ``domain.update_billing`` (each locked and audited); the language saved with them."""
        data = form.cleaned_data
        organisation = obj.organisation
        try:
            domain.update_billing(
                actor=request.user,
                organisation=organisation,
                billing={
                    "name": data.get("billing_name") or "",
                    "address": data.get("billing_address") or "",
                    "email": data.get("billing_email") or "",
                },
            )
            account = domain.set_credit_limit(
                actor=request.user,
                organisation=organisation,
                credit_limit=data["credit_limit"],
                reason=data.get("reason") or "unchanged",
            )
        except DomainError as error:
            raise forms.ValidationError(_detail(error)) from error
        if account.language != data.get("language"):
            account.language = data.get("language") or "en"
            account.save(update_fields=["language", "updated_at"])
        obj.pk = account.pk
        obj._state = account._state


# --- orders, payments, invoices -------------------------------------------------------------


class RefundActionForm(ActionForm):
    credits = forms.IntegerField(label=_("Credits"), required=False, min_value=1)
    reason = forms.CharField(
        label=_("Reason"), required=False, widget=forms.TextInput(attrs={"size": 40})
    )


class PaidOnActionForm(ActionForm):
    paid_on = forms.DateField(
        label=_("Paid on (YYYY-MM-DD, empty: today)"),
        required=False,
        widget=forms.DateInput(attrs={"size": 12}),
    )


def _action_field(form_class: type[ActionForm], name: str, request: HttpRequest) -> Any:
    """One field of an action form, cleaned (``forms.ValidationError`` when wrong)."""
    field = form_class.base_fields[name]
    return field.clean(request.POST.get(name) or None)


@admin.action(description=_("Refund unused credits (credits and reason required)"))
def refund(model_admin: OrderAdmin, request: HttpRequest, queryset: QuerySet) -> None:
    try:
        credits = _action_field(RefundActionForm, "credits", request)
    except forms.ValidationError as error:
        model_admin.message_user(request, f"Credits: {' '.join(error.messages)}", messages.ERROR)
        return
    if credits is None:
        model_admin.message_user(request, "Credits: say how many to refund.", messages.ERROR)
        return
    done = 0
    for order in queryset:
        try:
            domain.refund_credits(
                actor=request.user,
                order=order,
                credits=credits,
                reason=request.POST.get("reason", ""),
            )
        except DomainError as error:
            model_admin.message_user(request, f"Order {order.pk}: {_detail(error)}", messages.ERROR)
        else:
            done += 1
    if done:
        model_admin.message_user(request, f"Refunded {done} order(s).", messages.SUCCESS)


@admin.action(description=_("Mark paid (the bank received the transfer)"))
def mark_paid(model_admin: InvoiceAdmin, request: HttpRequest, queryset: QuerySet) -> None:
    try:
        paid_on = _action_field(PaidOnActionForm, "paid_on", request)
    except forms.ValidationError:
        model_admin.message_user(request, "Paid on: not a date (YYYY-MM-DD).", messages.ERROR)
        return
    done = 0
    for invoice in queryset:
        try:
            domain.mark_invoice_paid(actor=request.user, invoice=invoice, paid_on=paid_on)
        except DomainError as error:
            model_admin.message_user(request, f"{invoice.number}: {_detail(error)}", messages.ERROR)
        else:
            done += 1
    if done:
        model_admin.message_user(request, f"Marked {done} invoice(s) paid.", messages.SUCCESS)


class PaymentInline(ReadOnlyInline):
    model = Payment
    fields = ("provider", "state", "amount_cents", "provider_reference", "refunded_cents")
    readonly_fields = fields


class RefundInline(ReadOnlyInline):
    model = Refund
    fields = ("credits", "amount_cents", "provider_reference", "reason", "created_by")
    readonly_fields = fields


@admin.register(Order)
class OrderAdmin(ReadOnlyAdmin):
    list_display = (
        "id",
        "organisation",
        "credits",
        "amount_cents",
        "method",
        "state",
        "created_at",
    )
    list_filter = ("method", "state")
    search_fields = ("organisation__name", "invoice__number")
    list_select_related = ("organisation",)
    inlines = (PaymentInline, RefundInline)
    action_form = RefundActionForm
    actions = [refund]


@admin.register(Payment)
class PaymentAdmin(ReadOnlyAdmin):
    list_display = ("id", "order", "provider", "state", "amount_cents", "currency", "created_at")
    list_filter = ("provider", "state")
    search_fields = ("provider_reference", "provider_payment_reference")
    exclude = ("token",)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [f.name for f in self.model._meta.fields if f.name != "token"]


class InvoiceLineInline(ReadOnlyInline):
    model = InvoiceLine
    fields = ("position", "description", "quantity", "unit_cents", "total_cents")
    readonly_fields = fields


@admin.register(Invoice)
class InvoiceAdmin(ReadOnlyAdmin):
    list_display = (
        "number",
        "organisation",
        "kind",
        "state",
        "issued_on",
        "due_on",
        "paid_on",
        "total_cents",
        "creditor_reference",
    )
    list_filter = ("kind", "state")
    search_fields = ("number", "creditor_reference", "organisation__name")
    list_select_related = ("organisation",)
    inlines = (InvoiceLineInline,)
    action_form = PaidOnActionForm
    actions = [mark_paid]


@admin.register(Refund)
class RefundAdmin(ReadOnlyAdmin):
    list_display = ("id", "order", "credits", "amount_cents", "reason", "created_by", "created_at")
    list_select_related = ("order", "created_by")


@admin.register(WebhookEvent)
class WebhookEventAdmin(ReadOnlyAdmin):
    list_display = ("received_at", "provider", "event_type", "event_id", "payment", "outcome")
    list_filter = ("provider", "event_type")
    search_fields = ("event_id",)


class StatementLineInline(ReadOnlyInline):
    model = StatementLine
    fields = ("booked_on", "amount_cents", "currency", "reference", "invoice", "outcome")
    readonly_fields = fields


@admin.register(StatementImport)
class StatementImportAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "filename", "file_format", "imported_by")
    inlines = (StatementLineInline,)
