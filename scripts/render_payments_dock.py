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

from qgis.core import QgsApplication
from render_session import dock_screens, settle, wait
from render_training_dock import open_dock

MASTER = "render-payments-dock"
DOCK_SIZE = (900, 760)


def main() -> int:
    return dock_screens(__doc__, "payments-screens-", render)


def script_client(base_url: str, token: str, language: str) -> Any:
    """A PaymentsClient over the standard library (the script's own purchases)."""
    from certification_plugin.core.api.session import ApiSession
    from certification_plugin.core.http import HttpSession
    from certification_plugin.core.payments import PaymentsClient
    from certification_plugin.core.urllib_transport import UrllibTransport
    from certification_plugin.core.urls import api_url

    api = ApiSession(api_url(base_url), HttpSession(UrllibTransport()))
    return PaymentsClient(api, language, {"Authorization": f"Token {token}"})


class Shots:
    """Grabs widgets into ``<out>/payments-<name>-<suffix>.png``."""

    def __init__(self, out: Path, suffix: str) -> None:
        self.out = out
        self.suffix = suffix

    def __call__(self, widget: Any, name: str) -> None:
        settle()
        path = self.out / f"payments-{name}-{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"Could not write {path}")
        print(path)


def render(args: argparse.Namespace, suffix: str, work: Path) -> None:
    from qgis.core import QgsSettings

    from tests.fixtures.reference_server import ReferenceServer
    from tests.fixtures.trainers import seed_training_world
    from tests.plugin.payments_helpers import pay_on_sandbox

    QgsSettings().setValue("locale/userLocale", args.language if suffix != "en" else "en_US")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    QgsApplication.authManager().setMasterPassword(MASTER, True)
    server = ReferenceServer(work / "server", seed=False)
    server.start()
    shot = Shots(out, suffix)
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
