"""The payments client against the contract's JSON shapes, served by a recording loopback
server over the urllib transport: paths, headers (Idempotency-Key), parsing of every
document, refusals of malformed documents, and the helpers (totals, IBAN, polling delays)."""

from __future__ import annotations

from typing import Iterator

import pytest

from certification_plugin.core.certificates import Credits
from certification_plugin.core.errors import InvalidResponseError, ValidationFailed
from certification_plugin.core.models import ServerInfo
from certification_plugin.core.payments import (
    CreditsSummary,
    Invoice,
    Order,
    PaymentsClient,
    format_iban,
    missing_to_buy,
    next_poll_delay,
    offered,
    order_total,
)
from certification_plugin.core.urllib_transport import UrllibTransport
from tests.core.test_api_session import RecordingServer, Reply, api_for, json_reply

CREDITS = {
    "organisation": "trainers-org",
    "balance": 3,
    "credit_limit": 5,
    "available": 8,
    "price_per_credit_cents": 2000,
    "currency": "EUR",
    "credits_per_certificate": 1,
    "tax_rate_percent": "7.70",
    "methods": ["card", "bank_transfer"],
    "ledger": [
        {
            "id": 9,
            "kind": "issue",
            "credits": -2,
            "balance_after": 3,
            "reason": "",
            "certificate": "QGIS-12",
            "order": None,
            "created_at": "2026-12-02T10:00:00Z",
        },
        {
            "id": 8,
            "kind": "top_up",
            "credits": 5,
            "balance_after": 5,
            "reason": "Order 4",
            "certificate": None,
            "order": 4,
            "created_at": "2026-12-01T10:00:00Z",
        },
    ],
    "ledger_count": 2,
}

TRANSFER = {
    "iban": "CH9300762011623852957",
    "bic": "POFICHBEXXX",
    "beneficiary": "QGIS.ORG",
    "creditor_reference": "RF18260042",
    "amount_cents": 10000,
    "currency": "EUR",
    "epc_qr_payload": "BCD\n002\n1\nSCT\nPOFICHBEXXX",
}

INVOICE = {
    "number": "QGIS-Cert-26-0042",
    "organisation": "trainers-org",
    "kind": "transfer",
    "state": "open",
    "issued_on": "2026-12-02",
    "due_on": "2027-01-01",
    "paid_on": None,
    "currency": "EUR",
    "subtotal_cents": 10000,
    "tax_cents": 0,
    "total_cents": 10000,
    "tax_rate_percent": "0.00",
    "reverse_charge": False,
    "lines": [
        {
            "description": "5 certificate credits",
            "quantity": 5,
            "unit_cents": 2000,
            "total_cents": 10000,
        }
    ],
    "billing": {"name": "Trainers Org"},
    "issuer": {"name": "QGIS.ORG"},
    "transfer": TRANSFER,
    "pdf_url": "http://x/api/v1/invoices/QGIS-Cert-26-0042/pdf/",
    "qr_url": "http://x/api/v1/invoices/QGIS-Cert-26-0042/qr.png",
    "order": 7,
}

CARD_ORDER = {
    "id": 7,
    "organisation": "trainers-org",
    "credits": 5,
    "amount_cents": 10000,
    "currency": "EUR",
    "method": "card",
    "state": "open",
    "created_at": "2026-12-02T10:00:00Z",
    "payment": {
        "provider": "sandbox",
        "state": "pending",
        "checkout_url": "http://x/payments/sandbox/abc/",
        "failure_reason": "",
    },
    "invoice": None,
    "url": "http://x/api/v1/orders/7/",
}


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    found = RecordingServer().start()
    yield found
    found.stop()


@pytest.fixture
def client(server: RecordingServer) -> PaymentsClient:
    api = api_for(server, UrllibTransport(use_environment_proxies=False))
    return PaymentsClient(api, "ro", {"Authorization": "Token t"})


def test_the_capability() -> None:
    assert offered(ServerInfo(base_url="http://x/", has_api=True, capabilities=("payments",)))
    assert not offered(
        ServerInfo(base_url="http://x/", has_api=True, capabilities=("certificates",))
    )
    assert not offered(None)


def test_credits_with_the_ledger(server, client) -> None:
    server.reply(json_reply(200, CREDITS))
    summary = client.credits("trainers-org", limit=50)
    assert server.last.path == "/api/v1/organisations/trainers-org/credits/?limit=50"
    assert server.last.headers["accept-language"] == "ro"
    assert server.last.headers["authorization"] == "Token t"
    assert (summary.balance, summary.credit_limit, summary.available) == (3, 5, 8)
    assert summary.methods == ("card", "bank_transfer") and summary.currency == "EUR"
    assert summary.tax_rate_percent == "7.70" and summary.ledger_count == 2
    first, second = summary.ledger
    assert (first.kind, first.credits, first.certificate, first.order) == (
        "issue",
        -2,
        "QGIS-12",
        None,
    )
    assert (second.kind, second.certificate, second.order) == ("top_up", "", 4)
    assert summary.data["ledger_count"] == 2
    assert summary.total_cents(5) == 10770


def test_buy_by_card_sends_the_key_and_a_retry_reuses_it(server, client) -> None:
    server.reply(json_reply(201, CARD_ORDER), json_reply(200, CARD_ORDER))
    order = client.buy("trainers-org", 5, "card", "key-123")
    sent = server.last
    assert (sent.method, sent.path) == ("POST", "/api/v1/orders/")
    assert sent.json() == {"organisation": "trainers-org", "credits": 5, "method": "card"}
    assert sent.headers["idempotency-key"] == "key-123"
    again = client.buy("trainers-org", 5, "card", "key-123")
    assert server.last.headers["idempotency-key"] == "key-123"
    assert again == order
    assert order.checkout_url == "http://x/payments/sandbox/abc/"
    assert (order.payment_state, order.state, order.finished, order.paid) == (
        "pending",
        "open",
        False,
        False,
    )
    assert order.invoice is None


def test_buy_without_a_key_gets_a_fresh_one_and_billing_goes_along(server, client) -> None:
    server.reply(json_reply(201, CARD_ORDER), json_reply(201, CARD_ORDER))
    client.buy("trainers-org", 5, "card", billing={"name": "Org"}, return_url="http://r/")
    first = server.last.headers["idempotency-key"]
    assert server.last.json()["billing"] == {"name": "Org"}
    assert server.last.json()["return_url"] == "http://r/"
    client.buy("trainers-org", 5, "card")
    assert first and server.last.headers["idempotency-key"] != first


def test_buy_by_transfer_gives_the_invoice_with_the_transfer(server, client) -> None:
    doc = dict(
        CARD_ORDER,
        method="bank_transfer",
        payment={
            "provider": "bank_transfer",
            "state": "pending",
            "checkout_url": "",
            "failure_reason": "",
        },
        invoice=INVOICE,
    )
    server.reply(json_reply(201, doc))
    order = client.buy("trainers-org", 5, "bank_transfer", "k")
    invoice = order.invoice
    assert invoice is not None and invoice.number == "QGIS-Cert-26-0042"
    assert (invoice.kind, invoice.state, invoice.due_on, invoice.paid_on) == (
        "transfer",
        "open",
        "2027-01-01",
        "",
    )
    assert invoice.lines[0].quantity == 5 and invoice.lines[0].unit_cents == 2000
    transfer = invoice.transfer
    assert transfer is not None and transfer.creditor_reference == "RF18260042"
    assert transfer.iban_grouped == "CH93 0076 2011 6238 5295 7"
    assert transfer.amount_cents == 10000 and transfer.epc_qr_payload.startswith("BCD")


def test_a_refused_order_names_the_field(server, client) -> None:
    server.reply(json_reply(400, {"credits": ["Ensure this value is at least 1."]}))
    with pytest.raises(ValidationFailed) as refused:
        client.buy("trainers-org", 0, "card", "k")
    assert "credits" in refused.value.errors


def test_paid_order_and_receipt_without_a_transfer(server, client) -> None:
    receipt = dict(
        INVOICE, kind="receipt", state="paid", paid_on="2026-12-02", transfer=None, qr_url=""
    )
    server.reply(json_reply(200, dict(CARD_ORDER, state="paid", invoice=receipt)))
    order = client.order(7)
    assert server.last.path == "/api/v1/orders/7/"
    assert order.finished and order.paid
    assert order.invoice is not None and order.invoice.transfer is None and order.invoice.paid


def test_orders_and_invoices_lists_paginated_or_bare(server, client) -> None:
    server.reply(
        json_reply(
            200, {"count": 2, "next": server.base_url + "invoices/?page=2", "results": [INVOICE]}
        ),
        json_reply(200, {"count": 2, "next": None, "results": [dict(INVOICE, number="N-2")]}),
        json_reply(200, [CARD_ORDER]),
    )
    invoices = client.invoices("trainers-org")
    assert [i.number for i in invoices] == ["QGIS-Cert-26-0042", "N-2"]
    assert "organisation=trainers-org" in server.requests[0].path
    [order] = client.orders("trainers-org")
    assert order.id == 7 and server.last.path.startswith("/api/v1/orders/?")


def test_invoice_document_pdf_and_qr(server, client) -> None:
    server.reply(
        json_reply(200, INVOICE),
        Reply(200, b"%PDF-1.7 rest", "application/pdf"),
        Reply(200, b"\x89PNG\r\n\x1a\nrest", "image/png"),
    )
    assert client.invoice("QGIS-Cert-26-0042").qr_url.endswith("qr.png")
    assert client.invoice_pdf("QGIS-Cert-26-0042").startswith(b"%PDF")
    assert server.last.path == "/api/v1/invoices/QGIS-Cert-26-0042/pdf/"
    assert "application/pdf" in server.last.headers["accept"]
    assert client.invoice_qr_png("QGIS-Cert-26-0042").startswith(b"\x89PNG")
    assert server.last.path == "/api/v1/invoices/QGIS-Cert-26-0042/qr.png"


@pytest.mark.parametrize(
    "parse, doc",
    [
        (CreditsSummary.parse, []),
        (CreditsSummary.parse, dict(CREDITS, balance="many")),
        (CreditsSummary.parse, dict(CREDITS, methods="card")),
        (CreditsSummary.parse, dict(CREDITS, ledger={"id": 1})),
        (CreditsSummary.parse, dict(CREDITS, ledger=[{"kind": "issue"}])),
        (Order.parse, dict(CARD_ORDER, id=None)),
        (Order.parse, dict(CARD_ORDER, state="")),
        (Order.parse, dict(CARD_ORDER, payment="pending")),
        (Order.parse, dict(CARD_ORDER, invoice={"number": ""})),
        (Invoice.parse, dict(INVOICE, total_cents="100")),
        (Invoice.parse, dict(INVOICE, transfer={"iban": "", "creditor_reference": "RF"})),
        (Invoice.parse, dict(INVOICE, transfer="CH93")),
        (Invoice.parse, dict(INVOICE, lines=[1])),
    ],
)
def test_malformed_documents_are_refused_clearly(parse, doc) -> None:
    with pytest.raises(InvalidResponseError) as refused:
        parse(doc, "http://x/api/v1/")
    assert "the payments API promises" in str(refused.value)


def test_a_malformed_answer_over_the_wire(server, client) -> None:
    server.reply(json_reply(200, {"balance": None}))
    with pytest.raises(InvalidResponseError):
        client.credits("trainers-org")


def test_order_total_with_tax() -> None:
    assert order_total(5, 2000) == 10000
    assert order_total(5, 2000, "0.00") == 10000
    assert order_total(3, 2000, "7.70") == 6462
    assert order_total(1, 1999, "8.1") == 2161  # 161.919 → 162
    assert order_total(0, 2000, "20") == 0
    assert order_total(2, 2000, "garbage") == 4000


def test_format_iban() -> None:
    assert format_iban("CH9300762011623852957") == "CH93 0076 2011 6238 5295 7"
    assert format_iban(" de89 3704 0044 0532 0130 00 ") == "DE89 3704 0044 0532 0130 00"
    assert format_iban("") == ""


def test_polling_delays_back_off_and_cap() -> None:
    assert [next_poll_delay(n) for n in range(8)] == [1, 2, 3, 5, 8, 10, 10, 10]
    assert next_poll_delay(-1) == 1 and next_poll_delay(1000) == 10


def test_missing_to_buy() -> None:
    summary = CreditsSummary.parse(CREDITS, "")
    assert missing_to_buy(10, summary) == 2  # 10 needed, 8 available with the limit
    assert missing_to_buy(3, summary) == 0
    assert missing_to_buy(4, Credits(balance=1, credits_per_certificate=2)) == 7
    assert missing_to_buy(0, Credits(balance=-3)) == 3  # a debt is covered first
