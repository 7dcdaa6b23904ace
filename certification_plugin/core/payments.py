"""The payments client: credits, orders, invoices over ``core.api.ApiSession`` (contract of
issue 13).

An organisation's credits (balance, credit limit, available, price, methods, ledger), buying
credits by card (a checkout URL the browser opens; the order is then followed with
``next_poll_delay``) or by bank transfer (an invoice at once, with IBAN, BIC and an RF
creditor reference), the orders and invoices, an invoice's PDF and EPC QR code. Records are
small frozen dataclasses that keep the server's whole document in ``data``. Errors are
``core.api``'s (``ValidationFailed`` with the fields for a 400). No Qt here.

The server offers all this when its API root lists the capability ``payments``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote

from .api.problems import raise_for_api_status
from .api.session import ApiResponse, new_idempotency_key
from .api.shapes import ShapeCheck
from .applications import WorkflowClient
from .fields import int_or_none as _int
from .fields import text_or_empty
from .models import ServerInfo, offers

CAPABILITY = "payments"
METHODS = ("card", "bank_transfer")
FINISHED_STATES = ("paid", "failed", "cancelled", "refunded")
POLL_DELAYS = (1, 2, 3, 5, 8)
MAX_POLL_DELAY = 10
PAGE_SIZE = 100
MAX_PAGES = 100

__all__ = [
    "CAPABILITY",
    "CreditsSummary",
    "Invoice",
    "InvoiceLine",
    "LedgerEntry",
    "Order",
    "PaymentsClient",
    "Transfer",
    "format_iban",
    "missing_to_buy",
    "next_poll_delay",
    "offered",
    "order_total",
]


def offered(info: Optional[ServerInfo]) -> bool:
    """True when the server has API v1 with the ``payments`` capability."""
    return offers(info, CAPABILITY)


_SHAPE = ShapeCheck("payments")
_fail = _SHAPE.fail
_dict = _SHAPE.dict
_list = _SHAPE.list


def _required_int(doc: Mapping[str, Any], key: str, what: str, url: str) -> int:
    value = doc.get(key)
    found = None if isinstance(value, bool) else _int(value)
    if found is None:
        raise _fail(what, url)
    return found


def _count(doc: Mapping[str, Any], key: str, default: int = 0) -> int:
    value = doc.get(key)
    found = None if isinstance(value, bool) else _int(value)
    return default if found is None else found


def _text(doc: Mapping[str, Any], key: str) -> str:
    return text_or_empty(doc.get(key))


def _organisation(doc: Mapping[str, Any]) -> str:
    value = doc.get("organisation")
    if isinstance(value, dict):
        value = value.get("slug")
    return value if isinstance(value, str) else ""


def _results(data: Any, what: str, url: str) -> List[Any]:
    """A list answer, bare or paginated (``{"results": [...]}``)."""
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        return list(data["results"])
    return _list(data, what, url)


# --------------------------------------------------------------------------- helpers


def _decimal(value: Any) -> Decimal:
    try:
        found = Decimal(str(value if value not in (None, "") else "0"))
    except (InvalidOperation, ValueError):
        return Decimal(0)
    return found if found.is_finite() else Decimal(0)


def order_total(
    credits: int, price_per_credit_cents: int, tax_rate_percent: Union[str, int, float] = 0
) -> int:
    """The total in cents: credits x price, plus the tax (rounded half up to the cent)."""
    subtotal = max(0, int(credits)) * int(price_per_credit_cents)
    tax = (Decimal(subtotal) * _decimal(tax_rate_percent) / 100).quantize(
        Decimal(1), rounding=ROUND_HALF_UP
    )
    return subtotal + int(tax)


def format_iban(iban: str) -> str:
    """``CH93 0076 2011 6238 5295 7``: compact, upper case, in groups of four."""
    compact = "".join(str(iban or "").split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def next_poll_delay(attempt: int) -> int:
    """Seconds before polling an order again: 1, 2, 3, 5, 8, then 10 (attempt 0 first)."""
    index = max(0, int(attempt))
    if index < len(POLL_DELAYS):
        return POLL_DELAYS[index]
    return MAX_POLL_DELAY


def missing_to_buy(count: int, credits: Any) -> int:
    """The credits to buy so that ``count`` certificates can be issued: needed - available,
    at least 0. ``credits`` is a ``CreditsSummary`` (its ``available`` counts the credit
    limit) or ``certificates.Credits`` (its ``balance``)."""
    per = max(1, int(getattr(credits, "credits_per_certificate", 1) or 1))
    available = getattr(credits, "available", None)
    if available is None:
        available = getattr(credits, "balance", 0)
    needed = max(0, int(count)) * per
    return max(0, needed - int(available or 0))


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    kind: str
    credits: int
    balance_after: int
    reason: str
    certificate: str
    created_at: str
    order: Optional[int] = None
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, data: Any, url: str) -> LedgerEntry:
        what = "A ledger entry"
        doc = _dict(data, what, url)
        return cls(
            _required_int(doc, "id", what, url),
            _text(doc, "kind"),
            _required_int(doc, "credits", what, url),
            _count(doc, "balance_after"),
            _text(doc, "reason"),
            _text(doc, "certificate"),
            _text(doc, "created_at"),
            _int(doc.get("order")),
            doc,
        )


@dataclass(frozen=True)
class CreditsSummary:
    organisation: str
    balance: int
    credit_limit: int
    available: int
    price_per_credit_cents: int
    currency: str
    credits_per_certificate: int
    methods: Tuple[str, ...]
    ledger: Tuple[LedgerEntry, ...] = ()
    tax_rate_percent: str = "0"
    ledger_count: int = 0
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def total_cents(self, credits: int) -> int:
        return order_total(credits, self.price_per_credit_cents, self.tax_rate_percent)

    @classmethod
    def parse(cls, data: Any, url: str) -> CreditsSummary:
        what = "An organisation's credits"
        doc = _dict(data, what, url)
        balance = _required_int(doc, "balance", what, url)
        limit = _count(doc, "credit_limit")
        methods = doc.get("methods", list(METHODS))
        if not isinstance(methods, list) or not all(isinstance(m, str) for m in methods):
            raise _fail(what, url)
        ledger = _list(doc.get("ledger", []), what, url)
        currency = _text(doc, "currency") or "EUR"
        return cls(
            _organisation(doc),
            balance,
            limit,
            _count(doc, "available", balance + limit),
            _count(doc, "price_per_credit_cents", 2000),
            currency,
            max(1, _count(doc, "credits_per_certificate", 1)),
            tuple(methods),
            tuple(LedgerEntry.parse(item, url) for item in ledger),
            text_or_empty(str(doc.get("tax_rate_percent", "0"))),
            _count(doc, "ledger_count", len(ledger)),
            doc,
        )


@dataclass(frozen=True)
class Transfer:
    iban: str
    bic: str
    beneficiary: str
    creditor_reference: str
    amount_cents: int
    currency: str
    epc_qr_payload: str = ""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def iban_grouped(self) -> str:
        return format_iban(self.iban)

    @classmethod
    def parse(cls, data: Any, url: str) -> Transfer:
        what = "An invoice's bank transfer"
        doc = _dict(data, what, url)
        iban = _text(doc, "iban")
        reference = _text(doc, "creditor_reference")
        if not iban or not reference:
            raise _fail(what, url)
        return cls(
            iban,
            _text(doc, "bic"),
            _text(doc, "beneficiary"),
            reference,
            _required_int(doc, "amount_cents", what, url),
            _text(doc, "currency") or "EUR",
            _text(doc, "epc_qr_payload"),
            doc,
        )


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    quantity: int
    unit_cents: int
    total_cents: int

    @classmethod
    def parse(cls, data: Any, url: str) -> InvoiceLine:
        doc = _dict(data, "An invoice line", url)
        return cls(
            _text(doc, "description"),
            _count(doc, "quantity"),
            _count(doc, "unit_cents"),
            _count(doc, "total_cents"),
        )


@dataclass(frozen=True)
class Invoice:
    number: str
    kind: str
    state: str
    issued_on: str
    due_on: str
    paid_on: str
    total_cents: int
    currency: str
    lines: Tuple[InvoiceLine, ...] = ()
    transfer: Optional[Transfer] = None
    pdf_url: str = ""
    qr_url: str = ""
    organisation: str = ""
    order: Optional[int] = None
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def paid(self) -> bool:
        return self.state == "paid"

    @classmethod
    def parse(cls, data: Any, url: str) -> Invoice:
        what = "An invoice"
        doc = _dict(data, what, url)
        number = _text(doc, "number")
        if not number:
            raise _fail(what, url)
        transfer = doc.get("transfer")
        lines = _list(doc.get("lines", []), what, url)
        return cls(
            number,
            _text(doc, "kind"),
            _text(doc, "state"),
            _text(doc, "issued_on"),
            _text(doc, "due_on"),
            _text(doc, "paid_on"),
            _required_int(doc, "total_cents", what, url),
            _text(doc, "currency") or "EUR",
            tuple(InvoiceLine.parse(line, url) for line in lines),
            None if transfer is None else Transfer.parse(transfer, url),
            _text(doc, "pdf_url"),
            _text(doc, "qr_url"),
            _organisation(doc),
            _int(doc.get("order")),
            doc,
        )


@dataclass(frozen=True)
class Order:
    id: int
    organisation: str
    credits: int
    amount_cents: int
    currency: str
    method: str
    state: str
    payment_state: str = ""
    checkout_url: str = ""
    failure_reason: str = ""
    invoice: Optional[Invoice] = None
    created_at: str = ""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES

    @property
    def paid(self) -> bool:
        return self.state == "paid"

    @classmethod
    def parse(cls, data: Any, url: str) -> Order:
        what = "An order"
        doc = _dict(data, what, url)
        state = _text(doc, "state")
        if not state:
            raise _fail(what, url)
        payment = doc.get("payment")
        pay = {} if payment is None else _dict(payment, what, url)
        invoice = doc.get("invoice")
        return cls(
            _required_int(doc, "id", what, url),
            _organisation(doc),
            _required_int(doc, "credits", what, url),
            _count(doc, "amount_cents"),
            _text(doc, "currency") or "EUR",
            _text(doc, "method"),
            state,
            _text(pay, "state"),
            _text(pay, "checkout_url"),
            _text(pay, "failure_reason"),
            None if invoice is None else Invoice.parse(invoice, url),
            _text(doc, "created_at"),
            doc,
        )


# --------------------------------------------------------------------------- client


def _slug(slug: str) -> str:
    return quote(str(slug), safe="")


class PaymentsClient(WorkflowClient):
    """The credits and payments API of one server, asked in one language."""

    page_size = PAGE_SIZE

    def _get(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.api.get(path, headers=self._headers(), **kwargs)

    def _all(self, path: str, params: Optional[Dict[str, Any]] = None, **kwargs: Any) -> List[Any]:
        query: Dict[str, Any] = {"page_size": self.page_size, **(params or {})}
        response = self._get(path, params=query, **kwargs)
        items = _results(response.data, "A list", response.url)
        pages = 1
        while isinstance(response.data, dict) and isinstance(response.data.get("next"), str):
            pages += 1
            if pages > MAX_PAGES:
                raise _fail("A list's pages", response.url)
            response = self._get(response.data["next"], **kwargs)
            items += _results(response.data, "A list", response.url)
        return items

    def _bytes(self, path: str, accept: str, **kwargs: Any) -> bytes:
        url = self.api.url(path)
        headers = {**self._headers(), "Accept": f"{accept}, application/json"}
        response = self.api.http.send_request("GET", url, None, headers, **kwargs)
        raise_for_api_status(response)
        return response.body

    # ------------------------------------------------------------------ credits
    def credits(self, slug: str, limit: Optional[int] = None, **kwargs: Any) -> CreditsSummary:
        """The organisation's balance, limit, price, methods and ledger (newest first)."""
        params = {"limit": int(limit)} if limit else None
        response = self._get(f"organisations/{_slug(slug)}/credits/", params=params, **kwargs)
        return CreditsSummary.parse(response.data, response.url)

    # ------------------------------------------------------------------ orders
    def buy(
        self,
        slug: str,
        credits: int,
        method: str,
        idempotency_key: Optional[str] = None,
        *,
        billing: Optional[Mapping[str, str]] = None,
        return_url: str = "",
        **kwargs: Any,
    ) -> Order:
        """Order ``credits`` by ``method`` (``card``: the order's ``checkout_url``;
        ``bank_transfer``: its invoice with the transfer details). Keep ``idempotency_key``
        across retries of one purchase: the server then answers with the same order."""
        body: Dict[str, Any] = {"organisation": slug, "credits": int(credits), "method": method}
        if billing:
            body["billing"] = dict(billing)
        if return_url:
            body["return_url"] = return_url
        response = self.api.request(
            "POST",
            "orders/",
            headers=self._headers(),
            json=body,
            idempotency_key=idempotency_key or new_idempotency_key(),
            **kwargs,
        )
        return Order.parse(response.data, response.url)

    def order(self, order_id: int, **kwargs: Any) -> Order:
        response = self._get(f"orders/{int(order_id)}/", **kwargs)
        return Order.parse(response.data, response.url)

    def orders(self, slug: str = "", **kwargs: Any) -> List[Order]:
        items = self._all("orders/", {"organisation": slug} if slug else None, **kwargs)
        return [Order.parse(item, "") for item in items]

    # ------------------------------------------------------------------ invoices
    def invoices(self, slug: str = "", **kwargs: Any) -> List[Invoice]:
        items = self._all("invoices/", {"organisation": slug} if slug else None, **kwargs)
        return [Invoice.parse(item, "") for item in items]

    def invoice(self, number: str, **kwargs: Any) -> Invoice:
        response = self._get(f"invoices/{_slug(number)}/", **kwargs)
        return Invoice.parse(response.data, response.url)

    def invoice_pdf(self, number: str, **kwargs: Any) -> bytes:
        """The invoice PDF in memory."""
        return self._bytes(f"invoices/{_slug(number)}/pdf/", "application/pdf", **kwargs)

    def invoice_qr_png(self, number: str, **kwargs: Any) -> bytes:
        """The EPC QR code (PNG) of an open transfer invoice."""
        return self._bytes(f"invoices/{_slug(number)}/qr.png", "image/png", **kwargs)
