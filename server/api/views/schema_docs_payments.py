"""OpenAPI descriptions of issue 13's endpoints: credits, orders, invoices, statements."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema

from .. import serializers as s
from .. import serializers_payments as p
from .schema_docs import ERRORS, FORMAT_JSON, _param, _text
from .schema_docs_applications import INVALID, _view, idempotency_key

SLUG = OpenApiParameter(
    "slug",
    {"type": "string", "minLength": 1, "maxLength": 100, "pattern": r"^[-a-zA-Z0-9_]+$"},
    OpenApiParameter.PATH,
    description="The organisation's slug.",
)
ORDER_ID = OpenApiParameter(
    "id",  # the path's {pk}, which the schema calls {id} (SCHEMA_COERCE_PATH_PK)
    {"type": "integer", "minimum": 1, "maximum": 10**18 - 1},
    OpenApiParameter.PATH,
    description="The order's id.",
)
NUMBER = OpenApiParameter(
    "number",
    {"type": "string", "minLength": 1, "maxLength": 32, "pattern": r"^[-A-Za-z0-9]+$"},
    OpenApiParameter.PATH,
    description='The invoice number, "QGIS-Cert-26-0001".',
)
ORGANISATION = _param("organisation", _text(100), "Only this organisation's (its slug).")
LIMIT = _param("limit", {"type": "integer", "minimum": 1, "maximum": 500}, "At most (100).")
ORDER_KEY = idempotency_key(
    "A retried order with the same key answers the same order (200), created once."
)
FORBIDDEN = OpenApiResponse(
    s.ErrorSerializer,
    description="Not yours to see or do (owners of the organisation; managers).",
)
NOT_FOUND = OpenApiResponse(s.ErrorSerializer, description="No such item, or not yours to see.")
REFUSED = OpenApiResponse(
    s.ErrorSerializer,
    description="not_enough_credits (refund beyond the unused credits), order_not_payable, "
    "order_not_refundable, invoice_not_open, provider_unavailable.",
)
READ = {**ERRORS, 403: FORBIDDEN, 404: NOT_FOUND}
CHANGE = {**READ, 400: INVALID, 409: REFUSED}


def _binary(media: str, description: str) -> dict[Any, Any]:
    return {(200, media): OpenApiResponse(OpenApiTypes.BINARY, description=description), **READ}


credits = _view(
    get=extend_schema(
        parameters=[SLUG, LIMIT, FORMAT_JSON],
        responses={200: p.CreditsDocumentOut, **READ},
        operation_id="organisations_credits",
        description="The balance, credit limit, prices and the ledger (owners, managers).",
    )
)
credit_limit = _view(
    post=extend_schema(
        parameters=[SLUG, FORMAT_JSON],
        request=p.CreditLimitSerializer,
        responses={200: p.CreditsDocumentOut, **CHANGE},
        operation_id="organisations_credit_limit",
        description="Managers: how far below zero the balance may go (0: prepaid only).",
    )
)
orders = _view(
    get=extend_schema(
        parameters=[ORGANISATION, LIMIT, FORMAT_JSON],
        responses={200: p.OrderOut(many=True), **READ},
        operation_id="orders_list",
        description="Orders of the organisations you own (managers: all), newest first.",
    ),
    post=extend_schema(
        parameters=[ORDER_KEY, FORMAT_JSON],
        request=p.OrderCreateSerializer,
        responses={
            201: p.OrderOut,
            200: OpenApiResponse(p.OrderOut, description="A replay (same Idempotency-Key)."),
            **CHANGE,
        },
        operation_id="orders_create",
        description="Buys credits: card (payment.checkout_url to open) or bank_transfer "
        "(the open invoice with the transfer details).",
    ),
)
order = _view(
    get=extend_schema(
        parameters=[ORDER_ID, FORMAT_JSON],
        responses={200: p.OrderOut, **READ},
        operation_id="orders_retrieve",
    )
)
order_refund = _view(
    post=extend_schema(
        parameters=[ORDER_ID, FORMAT_JSON],
        request=p.RefundSerializer,
        responses={200: p.OrderOut, **CHANGE},
        operation_id="orders_refund",
        description="Managers: gives back unused credits of a paid order.",
    )
)
invoices = _view(
    get=extend_schema(
        parameters=[ORGANISATION, LIMIT, FORMAT_JSON],
        responses={200: p.InvoiceOut(many=True), **READ},
        operation_id="invoices_list",
    )
)
invoice = _view(
    get=extend_schema(
        parameters=[NUMBER, FORMAT_JSON],
        responses={200: p.InvoiceOut, **READ},
        operation_id="invoices_retrieve",
    )
)
invoice_pdf = _view(
    get=extend_schema(
        parameters=[NUMBER, FORMAT_JSON],
        responses=_binary("application/pdf", "The invoice PDF."),
        operation_id="invoices_pdf",
    )
)
invoice_qr = _view(
    get=extend_schema(
        parameters=[NUMBER, FORMAT_JSON],
        responses=_binary("image/png", "The EPC QR code (open transfer invoices)."),
        operation_id="invoices_qr",
    )
)
invoice_mark_paid = _view(
    post=extend_schema(
        parameters=[NUMBER, FORMAT_JSON],
        request=p.MarkPaidSerializer,
        responses={200: p.InvoiceOut, **CHANGE},
        operation_id="invoices_mark_paid",
        description="Managers: the transfer arrived (the credits are granted).",
    )
)
statements = _view(
    post=extend_schema(
        parameters=[FORMAT_JSON],
        request={"multipart/form-data": p.StatementSerializer},
        responses={200: p.StatementOut, **CHANGE},
        operation_id="statements_import",
        description="Managers: a bank statement (CSV or camt.053 XML); RF references of open "
        "invoices with the exact amount pay them. The same file again changes nothing.",
    )
)
