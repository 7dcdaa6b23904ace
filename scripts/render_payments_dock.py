"""Screenshots of the Credits tab of the "Courses and certificates" dock, the buy dialog and the
bank-transfer invoice dialog, against the reference server.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_payments_dock.py \
        --language zh_TW --out docs/screenshots

(``make payments-screenshots`` runs it for English and Chinese.) Starts the reference server on
loopback with a throw-away database, seeds the training world of the plugin tests (the
certified "Trainers Org" with 20 credits, one certificate issued), buys 5 credits by card (paid
on the sandbox page, as a person would) and 10 by bank transfer (an open invoice), signs the
``owner`` in and grabs:

* ``payments-credits-<en|zh>.png``: the dock's Credits tab: balance, ledger, invoices;
* ``payments-buy-<en|zh>.png``: the buy dialog (3 credits, the methods the server offers);
* ``payments-invoice-<en|zh>.png``: the open invoice with IBAN, reference and its QR code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from render_session import Shots, dock_screens, script_api, settle, start_reference_server, wait
from render_training_dock import open_dock

MASTER = "render-payments-dock"
DOCK_SIZE = (900, 760)


def main() -> int:
    return dock_screens(__doc__, "payments-screens-", render)


def script_client(base_url: str, token: str, language: str) -> Any:
    """A PaymentsClient over the standard library (the script's own purchases)."""
    from certification_plugin.core.payments import PaymentsClient

    api, headers = script_api(base_url, token)
    return PaymentsClient(api, language, headers)


def render(args: argparse.Namespace, suffix: str, work: Path) -> None:
    from tests.fixtures.trainers import seed_training_world
    from tests.plugin.payments_helpers import pay_on_sandbox

    server, shot = start_reference_server(args, suffix, work, MASTER, "payments")
    try:
        world = seed_training_world(server, prefix="", store_authcfg=True)
        client = script_client(server.base_url, world.token("owner"), args.language)
        card = client.buy(world.organisation, 5, "card", "render-card")
        pay_on_sandbox(card.checkout_url)
        transfer = client.buy(world.organisation, 10, "bank_transfer", "render-transfer")
        number = transfer.invoice.number
        dock = open_dock(world, work)
        dock.resize(*DOCK_SIZE)
        panel = credits_tab(dock, shot)
        buy_dialog(panel, shot)
        invoice_dialog(panel, number, shot)
    finally:
        server.stop()


def credits_tab(dock: Any, shot: Shots) -> Any:
    from certification_plugin.gui.training.training_dock import CREDITS_TAB

    dock.tabs.setCurrentIndex(CREDITS_TAB)
    panel = dock.credits_panel
    wait(
        lambda: panel.ledger_table.rowCount() >= 3 and panel.invoices_table.rowCount() >= 2,
        what="the credits, the ledger and the invoices",
    )
    settle(0.8)
    shot(dock, "credits")
    return panel


def buy_dialog(panel: Any, shot: Shots) -> None:
    dialog = panel.buy(3)
    dialog.resize(480, dialog.sizeHint().height())
    dialog.show()
    shot(dialog, "buy")
    dialog.close()


def invoice_dialog(panel: Any, number: str, shot: Shots) -> None:
    panel.purchase.open_invoice(number)
    wait(
        lambda: panel.invoice_dialog is not None and panel.invoice_dialog.qr_loaded,
        what="the invoice and its QR code",
    )
    dialog = panel.invoice_dialog
    dialog.resize(720, dialog.sizeHint().height())
    settle(0.6)
    shot(dialog, "invoice")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
