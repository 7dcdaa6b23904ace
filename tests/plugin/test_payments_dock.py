"""The Credits tab, the buy dialog and the invoice dialog against the real reference server:
the balance and the ledger, a convener's balance line only, buying by invoice (IBAN, RF
reference, the EPC QR code, the PDF saved), buying by card (the checkout page opened, paid on
the sandbox page, the order followed until paid and the balance read again), and the issue
dialog's "Buy N credits…" with exactly the credits missing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, List

import pytest

from certification_plugin.core.api.session import ApiSession
from certification_plugin.core.urls import api_url
from certification_plugin.gui.payments.buy_dialog import BuyDialog
from certification_plugin.gui.payments.credits_panel import CreditsPanel
from certification_plugin.gui.training.issue_dialog import IssueDialog
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.trainers import TrainingWorld, seed_training_world
from tests.plugin.browser import UrlRecorder
from tests.plugin.payments_helpers import pay_on_sandbox
from tests.plugin.test_training_issue import attendees_of, course_of
from tests.plugin.training_helpers import TIMEOUT, TrainingSetup, server_json, training_context


def payments_setup(world: TrainingWorld, role: str, runner: TaskRunner, tmp_path: Path) -> Any:
    """The training context of ``role`` with the payments client the dock would give."""
    from certification_plugin.core.payments import PaymentsClient

    setup = training_context(world, role, runner, tmp_path / "cache")
    client = client_for(world.server_url, world.authcfg(role), 30.0, str(tmp_path / "cache"))
    setup.context.payments = PaymentsClient(
        ApiSession(api_url(client.base_url), client.session), "en"
    )
    return setup


def organisation(world: TrainingWorld, roles: List[str], balance: int) -> Dict[str, Any]:
    return {
        "slug": world.organisation,
        "name": world.organisation_name,
        "roles": roles,
        "credits": {"balance": balance, "price_per_credit_cents": 2000, "currency": "EUR"},
    }


def panel_for(qtbot, setup: TrainingSetup, world: TrainingWorld) -> CreditsPanel:
    panel = CreditsPanel(setup.context)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.set_organisation(organisation(world, ["owner"], world.balance))
    qtbot.waitUntil(lambda: panel.summary is not None and setup.idle(), timeout=TIMEOUT)
    return panel


def column(table: Any, index: int) -> List[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_the_credits_tab_shows_the_balance_and_the_ledger(
    qtbot, training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path
) -> None:
    setup = payments_setup(training_world, "owner", runner, tmp_path)
    panel = panel_for(qtbot, setup, training_world)
    assert panel.details.isVisibleTo(panel)
    assert panel.balance_label.text() == (
        f"Balance: {training_world.balance} credits · limit: 0 · "
        f"available: {training_world.balance}"
    )
    assert panel.terms_label.text() == "€20.00 per credit; a certificate takes 1 credit."
    assert panel.ledger_table.rowCount() == 2  # the grant, then the seeded certificate
    assert column(panel.ledger_table, 2) == ["-1", "+20"]  # newest first
    assert column(panel.ledger_table, 3) == [str(training_world.balance), "20"]
    assert column(panel.ledger_table, 4)[0] == training_world.certificate_id
    assert column(panel.ledger_table, 1)[0] == "Certificate"
    assert panel.buy_button.isEnabled()
    assert panel.invoices_table.rowCount() == 0


def test_a_convener_sees_the_balance_only(
    qtbot, training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path
) -> None:
    setup = payments_setup(training_world, "convener", runner, tmp_path)
    panel = CreditsPanel(setup.context)
    qtbot.addWidget(panel)
    assert panel.set_organisation(organisation(training_world, ["convener"], 19)) is None
    assert panel.balance_label.text() == "Balance: 19 credits"
    assert not panel.details.isVisibleTo(panel)
    assert panel.refresh() is None  # nothing is asked of the server
    assert not setup.runner.slots


def test_buying_by_invoice_shows_the_transfer_and_saves_the_pdf(
    qtbot, training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path
) -> None:
    setup = payments_setup(training_world, "owner", runner, tmp_path)
    panel = panel_for(qtbot, setup, training_world)
    dialog = panel.buy(3)
    assert dialog is not None
    assert dialog.quantity.value() == 3
    assert dialog.total_label.text() == "3 credits = €60.00"
    assert {b.property("method") for b in dialog.method_buttons} == {"card", "bank_transfer"}
    assert dialog.set_method("bank_transfer")
    with qtbot.waitSignal(dialog.ordered, timeout=TIMEOUT):
        dialog.buy()
    qtbot.waitUntil(
        lambda: panel.invoice_dialog is not None and panel.invoice_dialog.qr_loaded,
        timeout=TIMEOUT,
    )
    invoice = panel.invoice_dialog
    assert re.fullmatch(r"QGIS-Cert-\d\d-\d{4}", invoice.number)
    assert invoice.shown("total") == "€60.00"
    assert invoice.shown("due")
    iban = invoice.shown("iban")
    assert re.fullmatch(r"[A-Z]{2}\d\d( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?", iban), iban
    assert invoice.shown("reference").startswith("RF")
    assert invoice.shown("bic")
    pixmap = invoice.qr_label.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 50
    invoice.copy_buttons["iban"].click()
    from qgis.PyQt.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == iban.replace(" ", "")

    target = tmp_path / "invoice.pdf"
    invoice.save_pdf(str(target))
    qtbot.waitUntil(lambda: invoice.saved_path == str(target), timeout=TIMEOUT)
    assert target.read_bytes().startswith(b"%PDF")

    # the panel lists the open invoice; its PDF is saved from there too
    qtbot.waitUntil(lambda: panel.invoices_table.rowCount() == 1 and setup.idle(), timeout=TIMEOUT)
    assert column(panel.invoices_table, 0) == [invoice.number]
    assert column(panel.invoices_table, 3) == ["Open"]
    panel.invoices_table.selectRow(0)
    other = tmp_path / "from-panel.pdf"
    panel.save_selected_pdf(str(other))
    qtbot.waitUntil(lambda: other.exists() and "Saved" in panel.status(), timeout=TIMEOUT)
    assert other.read_bytes().startswith(b"%PDF")
    # an invoice does not move the balance
    assert panel.summary.balance == training_world.balance


def test_buying_by_card_follows_the_order_until_paid(
    qtbot,
    training_world: TrainingWorld,
    runner: TaskRunner,
    tmp_path: Path,
    browser: UrlRecorder,
) -> None:
    setup = payments_setup(training_world, "owner", runner, tmp_path)
    panel = panel_for(qtbot, setup, training_world)
    dialog = panel.buy(2)
    assert dialog is not None and dialog.set_method("card")
    changed: List[bool] = []
    panel.balanceChanged.connect(lambda: changed.append(True))
    with qtbot.waitSignal(dialog.ordered, timeout=TIMEOUT):
        dialog.buy()
    assert len(browser.urls) == 1
    checkout = browser.urls[0]
    assert checkout == dialog.order.checkout_url and "/payments/sandbox/" in checkout
    assert panel.status() == "Waiting for the payment…"
    assert panel.purchase.follower.following
    pay_on_sandbox(checkout)
    qtbot.waitUntil(lambda: bool(changed), timeout=TIMEOUT)
    assert panel.status() == "Paid: 2 credits added."
    qtbot.waitUntil(
        lambda: panel.summary.balance == training_world.balance + 2 and setup.idle(),
        timeout=TIMEOUT,
    )
    assert panel.balance_label.text().startswith(f"Balance: {training_world.balance + 2} ")
    assert column(panel.ledger_table, 2)[0] == "+2"
    assert not panel.purchase.follower.following
    witness = server_json(
        training_world.server,
        training_world.token("owner"),
        f"organisations/{training_world.organisation}/credits/",
    )
    assert witness["balance"] == training_world.balance + 2
    # the receipt is listed as paid
    assert "Paid" in column(panel.invoices_table, 3)


def test_the_issue_dialog_buys_exactly_the_missing_credits(
    qtbot,
    reference_server: ReferenceServer,
    runner: TaskRunner,
    tmp_path: Path,
    browser: UrlRecorder,
) -> None:
    poor = seed_training_world(reference_server, credits=1)  # 0 left after the seeded one
    try:
        setup = payments_setup(poor, "owner", runner, tmp_path)
        dialog = IssueDialog(
            setup.context, course_of(poor), attendees_of(poor), organisation(poor, ["owner"], 0)
        )
        qtbot.addWidget(dialog)
        assert dialog.shortfall() == 2
        assert not dialog.confirm_button.isEnabled()
        assert dialog.buy_button.isVisibleTo(dialog)
        assert dialog.buy_button.text() == "Buy 2 credits…"
        dialog.set_checked(0, False)
        assert dialog.buy_button.text() == "Buy 1 credit…"
        dialog.set_checked(0, True)
        buy = dialog.buy_missing()
        assert isinstance(buy, BuyDialog)
        assert buy.quantity.value() == 2
        qtbot.waitUntil(lambda: bool(buy.method_buttons), timeout=TIMEOUT)  # the terms read
        assert buy.total_label.text() == "2 credits = €40.00"
        buy.set_method("card")
        with qtbot.waitSignal(buy.ordered, timeout=TIMEOUT):
            buy.buy()
        pay_on_sandbox(browser.urls[-1])
        qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=TIMEOUT)
        assert dialog.credits.balance == 2
        assert not dialog.shortfall_label.text()
        assert not dialog.buy_button.isVisibleTo(dialog)
        assert dialog.cost_label.text().endswith("balance after: 0")
    finally:
        poor.remove()


def test_a_convener_gets_no_buy_button(
    qtbot, training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path
) -> None:
    setup = payments_setup(training_world, "convener", runner, tmp_path)
    dialog = IssueDialog(
        setup.context,
        course_of(training_world),
        attendees_of(training_world),
        organisation(training_world, ["convener"], 0),
    )
    qtbot.addWidget(dialog)
    assert dialog.shortfall() == 2
    assert not dialog.buy_button.isVisibleTo(dialog)
    assert dialog.buy_missing() is None


@pytest.mark.parametrize("hostile", ["<b>bold</b>", "<img src=x onerror=alert(1)>"])
def test_server_text_is_shown_as_plain_text(qtbot, hostile: str) -> None:
    from certification_plugin.gui.payments.invoice_dialog import InvoiceDialog
    from certification_plugin.gui.training.context import TrainingContext

    context = TrainingContext(training=None, run=lambda *a, **k: None, push_message=print)
    invoice = {
        "number": hostile,
        "kind": hostile,
        "state": "open",
        "total_cents": 100,
        "currency": "EUR",
        "due_on": hostile,
        "transfer": None,
    }
    dialog = InvoiceDialog(context, invoice)
    qtbot.addWidget(dialog)
    from qgis.PyQt.QtCore import Qt

    for key in ("number", "kind", "due"):
        assert dialog.values[key].textFormat() == Qt.TextFormat.PlainText
        assert dialog.shown(key) == hostile
