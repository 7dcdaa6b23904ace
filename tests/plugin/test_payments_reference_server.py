"""The payments client against the real reference server on loopback: the capability, an
owner's credits, buying by bank transfer (an invoice with IBAN and RF reference, its PDF and
EPC QR code), buying by card (a checkout URL; the sandbox page paid as a person does; the
order paid and the balance raised), the same Idempotency-Key answering the same order, a
refused order naming its field, and the QGIS network stack giving the same credits."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum import iso11649

from certification_plugin.core.api import ApiSession
from certification_plugin.core.client import CertificationClient
from certification_plugin.core.errors import ValidationFailed
from certification_plugin.core.http import HttpSession
from certification_plugin.core.payments import PaymentsClient, format_iban, offered
from certification_plugin.core.urllib_transport import UrllibTransport
from certification_plugin.core.urls import api_url
from certification_plugin.gui.training.training_dock import payments_client
from certification_plugin.qgis_io.client_factory import client_for
from tests.fixtures.trainers import TrainingWorld
from tests.plugin.payments_helpers import pay_on_sandbox


def _session() -> HttpSession:
    return HttpSession(UrllibTransport(use_environment_proxies=False), rate_limit_per_s=0)


def owner_client(world: TrainingWorld) -> PaymentsClient:
    headers = {"Authorization": f"Token {world.token('owner')}"}
    return PaymentsClient(ApiSession(api_url(world.server_url), _session()), "en", headers)


def test_the_server_offers_payments(training_world: TrainingWorld) -> None:
    info = CertificationClient(training_world.server_url, _session()).detect()
    assert offered(info)


def test_an_owners_credits(training_world: TrainingWorld) -> None:
    summary = owner_client(training_world).credits(training_world.organisation)
    assert summary.organisation == training_world.organisation
    assert summary.balance == training_world.balance and summary.credit_limit == 0
    assert summary.available == summary.balance
    assert summary.price_per_credit_cents > 0 and summary.currency == "EUR"
    assert set(summary.methods) <= {"card", "bank_transfer"} and summary.methods
    assert summary.ledger and summary.ledger[0].balance_after == summary.balance


def test_buy_by_bank_transfer_gives_an_invoice_with_the_transfer(
    training_world: TrainingWorld,
) -> None:
    client = owner_client(training_world)
    order = client.buy(training_world.organisation, 3, "bank_transfer", "transfer-key-1")
    assert order.method == "bank_transfer" and order.credits == 3 and not order.finished
    invoice = order.invoice
    assert invoice is not None and invoice.state == "open" and invoice.kind == "transfer"
    transfer = invoice.transfer
    assert transfer is not None
    assert iso11649.is_valid(transfer.creditor_reference)
    assert transfer.creditor_reference.startswith("RF")
    assert transfer.iban and format_iban(transfer.iban).count(" ") >= 4
    assert transfer.amount_cents == invoice.total_cents == order.amount_cents
    again = client.buy(training_world.organisation, 3, "bank_transfer", "transfer-key-1")
    assert again.id == order.id
    read = client.invoice(invoice.number)
    assert read.number == invoice.number and read.transfer == transfer
    assert invoice.number in [i.number for i in client.invoices(training_world.organisation)]
    assert order.id in [o.id for o in client.orders(training_world.organisation)]
    assert client.invoice_pdf(invoice.number).startswith(b"%PDF")
    assert client.invoice_qr_png(invoice.number).startswith(b"\x89PNG")


def test_buy_by_card_paid_on_the_sandbox_page_raises_the_balance(
    training_world: TrainingWorld,
) -> None:
    client = owner_client(training_world)
    before = client.credits(training_world.organisation).balance
    order = client.buy(training_world.organisation, 2, "card", "card-key-1")
    assert order.method == "card" and order.state == "open"
    assert "/payments/sandbox/" in order.checkout_url
    assert order.checkout_url.startswith(training_world.server_url)
    pay_on_sandbox(order.checkout_url)
    paid = client.order(order.id)
    assert paid.finished and paid.paid
    assert client.credits(training_world.organisation).balance == before + 2
    if paid.invoice is not None:
        assert paid.invoice.transfer is None
        assert client.invoice_pdf(paid.invoice.number).startswith(b"%PDF")
    again = client.buy(training_world.organisation, 2, "card", "card-key-1")
    assert again.id == order.id and again.paid
    assert client.credits(training_world.organisation).balance == before + 2


def test_a_refused_order_names_the_field(training_world: TrainingWorld) -> None:
    with pytest.raises(ValidationFailed) as refused:
        owner_client(training_world).buy(training_world.organisation, 0, "card")
    assert "credits" in refused.value.errors


def test_the_dock_helper_on_the_qgis_network_stack(
    training_world: TrainingWorld, tmp_path: Path
) -> None:
    client = client_for(
        training_world.server_url, training_world.authcfg("owner"), 30.0, str(tmp_path)
    )
    summary = payments_client(client, "en").credits(training_world.organisation)
    assert summary.balance == training_world.balance
