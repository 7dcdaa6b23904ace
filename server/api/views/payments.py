"""The payments API (issue 13): credits, orders, invoices, statements, credit limits.

Every write goes through :mod:`payments.domain` (or :mod:`payments.reconciliation`); the views
only read the body, find the rows the viewer may see and answer the documents."""

from __future__ import annotations

from typing import Any

from catalogue.models import CertifyingOrganisation
from catalogue.rules import visible_organisations
from django.http import FileResponse, HttpResponse
from payments import domain, epc_qr, invoice_pdf, ledger, pricing, reconciliation, rules
from payments.models import CreditEntry, Invoice, Order
from rest_framework import exceptions, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import serializers_payments as p
from ..negotiation import ApiContentNegotiation
from . import schema_docs_payments as docs
from .applications import (
    SafeJSONParser,
    SafeMultiPartParser,
    domain_call,
    idempotency_key,
    validated,
)
from .certificates import download, no_store
from .materials import AnyAccept

PAYABLE = ("transfer", "usage")


def api_base(request: Request) -> str:
    return request.build_absolute_uri("/api/v1/")


def _limit(request: Request) -> int:
    text = request.query_params.get("limit") or "100"  # empty (allowEmptyValue): the default
    try:
        value = int(text)
    except (TypeError, ValueError):
        raise exceptions.ValidationError({"limit": ["A whole number from 1 to 500."]}) from None
    if not 1 <= value <= 500:
        raise exceptions.ValidationError({"limit": ["A whole number from 1 to 500."]})
    return value


def credits_document(request: Request, organisation: CertifyingOrganisation) -> dict[str, Any]:
    row = pricing.current()
    balance = ledger.balance(organisation)
    limit = ledger.limit_of(organisation)
    entries = CreditEntry.objects.filter(organisation=organisation)
    count = entries.count()
    rows = entries.select_related("certificate", "payment").order_by("-created_at", "-id")
    return {
        "organisation": organisation.slug,
        "balance": balance,
        "credit_limit": limit,
        "available": balance + limit,
        "price_per_credit_cents": row.price_per_credit_cents,
        "currency": row.currency,
        "credits_per_certificate": row.credits_per_certificate,
        "tax_rate_percent": f"{row.tax_rate_percent:.2f}",
        "methods": pricing.enabled_methods(),
        "ledger": [
            {
                "id": e.pk,
                "kind": e.kind,
                "credits": e.credits,
                "balance_after": e.balance_after,
                "reason": e.reason,
                "certificate": str(e.certificate.certificate_id) if e.certificate else None,
                "order": e.payment.order_id if e.payment else None,
                "created_at": e.created_at.isoformat(),
            }
            for e in rows[: _limit(request)]
        ],
        "ledger_count": count,
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def invoice_document(request: Request, invoice: Invoice) -> dict[str, Any]:
    base = f"{api_base(request)}invoices/{invoice.number}/"
    transfer = None
    if invoice.kind in PAYABLE and invoice.state == Invoice.State.OPEN:
        issuer = invoice.issuer or {}
        transfer = {
            "iban": issuer.get("iban", ""),
            "bic": issuer.get("bic", ""),
            "beneficiary": issuer.get("name", ""),
            "creditor_reference": invoice.creditor_reference,
            "amount_cents": invoice.total_cents - invoice.paid_cents,
            "currency": invoice.currency,
            "epc_qr_payload": epc_qr.epc_payload(invoice),
        }
    issuer = invoice.issuer or {}
    return {
        "number": invoice.number,
        "organisation": invoice.organisation.slug,
        "kind": invoice.kind,
        "state": invoice.state,
        "issued_on": _iso(invoice.issued_on),
        "due_on": _iso(invoice.due_on),
        "paid_on": _iso(invoice.paid_on),
        "currency": invoice.currency,
        "subtotal_cents": invoice.subtotal_cents,
        "tax_cents": invoice.tax_cents,
        "total_cents": invoice.total_cents,
        "tax_rate_percent": f"{invoice.tax_rate_percent:.2f}",
        "reverse_charge": invoice.reverse_charge,
        "lines": [
            {
                "description": line.description,
                "quantity": line.quantity,
                "unit_cents": line.unit_cents,
                "total_cents": line.total_cents,
            }
            for line in invoice.lines.order_by("position", "id")
        ],
        "billing": invoice.billing,
        "issuer": {
            key: issuer.get(source, "")
            for key, source in (
                ("name", "name"),
                ("address", "address"),
                ("country", "country"),
                ("vat_number", "vat_number"),
                ("email", "email"),
            )
        },
        "transfer": transfer,
        "pdf_url": f"{base}pdf/",
        "qr_url": f"{base}qr.png" if transfer else None,
        "order": invoice.order_id,
    }


def order_document(request: Request, order: Order) -> dict[str, Any]:
    payment = order.payments.order_by("-id").first()
    invoice = Invoice.objects.filter(order=order).first()
    return {
        "id": order.pk,
        "organisation": order.organisation.slug,
        "credits": order.credits,
        "amount_cents": order.amount_cents,
        "currency": order.currency,
        "method": order.method,
        "state": order.state,
        "created_at": order.created_at.isoformat(),
        "payment": (
            {
                "provider": payment.provider,
                "state": payment.state,
                "checkout_url": payment.checkout_url or None,
                "failure_reason": payment.failure_reason,
            }
            if payment is not None
            else None
        ),
        "invoice": invoice_document(request, invoice) if invoice is not None else None,
        "url": f"{api_base(request)}orders/{order.pk}/",
    }


class PaymentsApi(APIView):
    permission_classes = (IsAuthenticated,)
    content_negotiation_class = ApiContentNegotiation
    parser_classes: tuple[type, ...] = (SafeJSONParser,)

    def billing_organisation(self, request: Request, slug: str) -> CertifyingOrganisation:
        """The organisation whose billing the viewer sees: 404 when they may not even see
        it, 403 when they see it but not its billing."""
        found = visible_organisations(request.user).filter(slug=slug).first()
        if found is None:
            raise exceptions.NotFound()
        if not rules.can_view_billing(request.user, found):
            raise exceptions.PermissionDenied("Only its owners and managers see its billing.")
        return found

    def require_manager(self, request: Request) -> None:
        if not rules.can_manage_billing(request.user):
            raise exceptions.PermissionDenied("Certification managers only.")

    def visible_orders(self, request: Request) -> Any:
        rows = Order.objects.select_related("organisation")
        if rules.can_manage_billing(request.user):
            return rows
        return rows.filter(organisation__owners=request.user.pk)

    def visible_invoices(self, request: Request) -> Any:
        rows = Invoice.objects.select_related("organisation")
        if rules.can_manage_billing(request.user):
            return rows
        return rows.filter(organisation__owners=request.user.pk)

    def order(self, request: Request, pk: str) -> Order:
        found = self.visible_orders(request).filter(pk=pk).first() if pk.isdigit() else None
        if found is None:
            raise exceptions.NotFound()
        return found

    def invoice(self, request: Request, number: str) -> Invoice:
        found = self.visible_invoices(request).filter(number=number).first()
        if found is None:
            raise exceptions.NotFound()
        return found

    def filtered(self, request: Request, rows: Any) -> Any:
        slug = request.query_params.get("organisation")
        if slug:
            organisation = self.billing_organisation(request, slug)
            rows = rows.filter(organisation=organisation)
        return rows


@docs.credits
class CreditsView(PaymentsApi):
    def get(self, request: Request, slug: str) -> Response:
        organisation = self.billing_organisation(request, slug)
        return no_store(Response(credits_document(request, organisation)))


@docs.credit_limit
class CreditLimitView(PaymentsApi):
    def post(self, request: Request, slug: str) -> Response:
        organisation = self.billing_organisation(request, slug)
        self.require_manager(request)
        data = validated(p.CreditLimitSerializer(data=request.data))
        domain_call(
            domain.set_credit_limit,
            actor=request.user,
            organisation=organisation,
            credit_limit=data["credit_limit"],
            reason=data["reason"],
        )
        return no_store(Response(credits_document(request, organisation)))


@docs.orders
class OrderListView(PaymentsApi):
    def get(self, request: Request) -> Response:
        rows = self.filtered(request, self.visible_orders(request)).order_by("-created_at", "-id")
        return no_store(Response([order_document(request, o) for o in rows[: _limit(request)]]))

    def post(self, request: Request) -> Response:
        key = idempotency_key(request) or ""
        data = validated(p.OrderCreateSerializer(data=request.data))
        organisation = visible_organisations(request.user).filter(slug=data["organisation"]).first()
        if organisation is None:
            raise exceptions.ValidationError({"organisation": ["No such organisation."]})
        if not rules.can_buy(request.user, organisation):
            raise exceptions.PermissionDenied(
                "Only the owners of a certified organisation buy its credits."
            )
        if data["method"] not in pricing.enabled_methods():
            raise exceptions.ValidationError({"method": ["Not offered here."]})
        earlier = (
            Order.objects.filter(created_by=request.user.pk, idempotency_key=key[:128]).exists()
            if key
            else False
        )
        order = domain_call(
            domain.create_order,
            actor=request.user,
            organisation=organisation,
            credits=data["credits"],
            method=data["method"],
            idempotency_key=key,
            billing=dict(data["billing"]) if "billing" in data else None,
            return_url=data.get("return_url", ""),
        )
        code = status.HTTP_200_OK if earlier else status.HTTP_201_CREATED
        return no_store(Response(order_document(request, order), status=code))


@docs.order
class OrderDetailView(PaymentsApi):
    def get(self, request: Request, pk: str) -> Response:
        return no_store(Response(order_document(request, self.order(request, pk))))


@docs.order_refund
class OrderRefundView(PaymentsApi):
    def post(self, request: Request, pk: str) -> Response:
        order = self.order(request, pk)
        self.require_manager(request)
        data = validated(p.RefundSerializer(data=request.data))
        domain_call(
            domain.refund_credits,
            actor=request.user,
            order=order,
            credits=data["credits"],
            reason=data["reason"],
        )
        order.refresh_from_db()
        return no_store(Response(order_document(request, order)))


@docs.invoices
class InvoiceListView(PaymentsApi):
    def get(self, request: Request) -> Response:
        rows = self.filtered(request, self.visible_invoices(request)).order_by("-issued_on", "-id")
        return no_store(Response([invoice_document(request, i) for i in rows[: _limit(request)]]))


@docs.invoice
class InvoiceDetailView(PaymentsApi):
    def get(self, request: Request, number: str) -> Response:
        return no_store(Response(invoice_document(request, self.invoice(request, number))))


@docs.invoice_pdf
class InvoicePdfView(PaymentsApi):
    content_negotiation_class = AnyAccept

    def get(self, request: Request, number: str) -> FileResponse:
        invoice = self.invoice(request, number)
        pdf = invoice_pdf.ensure_pdf(invoice)
        pdf.open("rb")
        response = FileResponse(
            pdf, content_type="application/pdf", filename=f"{invoice.number}.pdf"
        )
        return download(response)


@docs.invoice_qr
class InvoiceQrView(PaymentsApi):
    content_negotiation_class = AnyAccept

    def get(self, request: Request, number: str) -> HttpResponse:
        invoice = self.invoice(request, number)
        if not (invoice.kind in PAYABLE and invoice.state == Invoice.State.OPEN):
            raise exceptions.NotFound("Only open transfer invoices have a payment QR code.")
        return no_store(HttpResponse(epc_qr.epc_qr_png(invoice), content_type="image/png"))


@docs.invoice_mark_paid
class InvoiceMarkPaidView(PaymentsApi):
    def post(self, request: Request, number: str) -> Response:
        invoice = self.invoice(request, number)
        self.require_manager(request)
        data = validated(p.MarkPaidSerializer(data=request.data))
        domain_call(
            domain.mark_invoice_paid,
            actor=request.user,
            invoice=invoice,
            paid_on=data.get("paid_on"),
        )
        invoice.refresh_from_db()
        return no_store(Response(invoice_document(request, invoice)))


@docs.statements
class StatementView(PaymentsApi):
    parser_classes = (SafeMultiPartParser,)

    def post(self, request: Request) -> Response:
        self.require_manager(request)
        upload = request.FILES.get("file")
        if upload is None:
            raise exceptions.ValidationError({"file": ["A CSV or camt.053 XML file."]})
        if upload.size > 20 * 1024 * 1024:
            raise exceptions.ValidationError({"file": ["At most 20 MB."]})
        statement = domain_call(
            reconciliation.import_statement,
            actor=request.user,
            filename=upload.name or "",
            data=upload.read(),
        )
        return no_store(Response(statement.summary, status=status.HTTP_200_OK))
