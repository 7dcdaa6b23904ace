"""The Credits tab of the "Courses and certificates" dock: the organisation's balance, its
credit limit and what is available, the ledger, the invoices, and buying credits.

``CreditsPanel(context, parent)``; the dock calls ``set_organisation(org_record)``. Owners
(and managers) read ``GET organisations/<slug>/credits/`` and the invoices in one task and see
everything; conveners who are not owners see only the balance line (the server shows them no
more). "Buy credits…" opens ``BuyDialog``; a card payment is followed (``Purchase``) and, once
paid, ``balanceChanged`` tells the dock to read the balance again. Every value from the server
is in a plain-text label or table item.
"""

from __future__ import annotations

from typing import Any, List, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.certificates import format_money
from ...core.errors import CancelledError
from ...qgis_io.lifetime import is_alive
from ..training.context import TrainingContext
from ..training.panel_helpers import (
    ERROR_COLOUR,
    VALID_COLOUR,
    cell,
    counted,
    fill_table,
    plain_label,
    read_only_table,
    refusal,
    selected_rows,
    text,
    value,
)
from .buy_dialog import BuyDialog, Purchase
from .invoice_dialog import InvoiceDialog, choose_pdf_path, save_invoice_pdf
from .texts import label, ledger_kinds, states

BUYER_ROLES = ("owner", "manager")


def _tr(text_: str) -> str:
    return QCoreApplication.translate("CreditsPanel", text_)


def can_buy(organisation: Any) -> bool:
    """Owners and managers see the billing and buy; conveners only the balance."""
    roles = value(organisation, "roles", ()) or ()
    return any(role in roles for role in BUYER_ROLES)


def signed(credits: int) -> str:
    return f"+{credits}" if credits > 0 else str(credits)


class CreditsPanel(QWidget):
    """See the module doc."""

    balanceChanged = pyqtSignal()

    def __init__(self, context: TrainingContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("CreditsPanel")
        self.context = context
        self.organisation: Any = None
        self.slug = ""
        self.summary: Any = None
        self.invoices: List[Any] = []
        self.buy_dialog: Optional[BuyDialog] = None
        self.invoice_dialog: Optional[InvoiceDialog] = None
        self.purchase = Purchase(context, self, self.show_invoice)
        self.purchase.status.connect(self.set_status)
        self.purchase.paid.connect(self._paid)
        layout = QVBoxLayout(self)
        self.balance_label = plain_label(self, "creditsBalance")
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        layout.addWidget(self.balance_label)
        self.terms_label = plain_label(self, "creditsTerms")
        layout.addWidget(self.terms_label)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        buy_row = QHBoxLayout()
        self.buy_button = QPushButton(_tr("Buy credits…"), self.details)
        self.buy_button.setObjectName("creditsBuy")
        self.buy_button.clicked.connect(lambda _c=False: self.buy())
        buy_row.addWidget(self.buy_button)
        buy_row.addStretch(1)
        details.addLayout(buy_row)
        ledger_title = plain_label(self.details, "creditsLedgerTitle")
        ledger_title.setText(_tr("Ledger"))
        ledger_title.setFont(font)
        details.addWidget(ledger_title)
        titles = (_tr("Date"), _tr("Kind"), _tr("Credits"), _tr("Balance after"), _tr("For"))
        self.ledger_table = read_only_table(self.details, "creditsLedger", titles)
        self.ledger_table.setMinimumHeight(140)
        details.addWidget(self.ledger_table, 2)
        invoices_title = plain_label(self.details, "creditsInvoicesTitle")
        invoices_title.setText(_tr("Invoices"))
        invoices_title.setFont(font)
        details.addWidget(invoices_title)
        titles = (_tr("Number"), _tr("Issued on"), _tr("Total"), _tr("State"))
        self.invoices_table = read_only_table(self.details, "creditsInvoices", titles)
        self.invoices_table.setMinimumHeight(90)
        self.invoices_table.itemSelectionChanged.connect(self._update_buttons)
        details.addWidget(self.invoices_table, 1)
        invoice_row = QHBoxLayout()
        self.open_button = QPushButton(_tr("Show…"), self.details)
        self.open_button.setObjectName("creditsInvoiceShow")
        self.open_button.clicked.connect(lambda _c=False: self.open_selected())
        self.pdf_button = QPushButton(_tr("Save PDF…"), self.details)
        self.pdf_button.setObjectName("creditsInvoicePdf")
        self.pdf_button.clicked.connect(lambda _c=False: self.save_selected_pdf())
        invoice_row.addWidget(self.open_button)
        invoice_row.addWidget(self.pdf_button)
        invoice_row.addStretch(1)
        details.addLayout(invoice_row)
        layout.addWidget(self.details, 1)
        self.status_label = plain_label(self, "creditsStatus", selectable=True)
        layout.addWidget(self.status_label)
        self.details.hide()
        self._update_buttons()

    # ------------------------------------------------------------------ state
    def status(self) -> str:
        return self.status_label.text()

    def set_status(self, shown: str) -> None:
        self.status_label.setText(shown)

    @property
    def buyer(self) -> bool:
        return can_buy(self.organisation)

    def selected_invoice(self) -> Any:
        rows = selected_rows(self.invoices_table)
        return self.invoices[rows[0]] if rows and rows[0] < len(self.invoices) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_invoice() is not None
        self.open_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen)
        self.buy_button.setEnabled(self.summary is not None and bool(self.slug))

    # ------------------------------------------------------------------ reading
    def set_organisation(self, organisation: Any) -> None:
        """The dock's organisation record (its roles and its credits)."""
        slug = text(organisation, "slug")
        changed = slug != self.slug
        self.organisation = organisation
        self.slug = slug
        if changed:
            self.summary = None
            self.purchase.follower.stop()
            self.show_summary(None)
            self.show_invoices([])
            self.set_status("")
        if organisation is None:
            self.details.hide()
            self.terms_label.hide()
            self.balance_label.setText("")
            return
        if not self.buyer:
            self.details.hide()
            self.terms_label.hide()
            credits = value(organisation, "credits")
            self.balance_label.setText(
                _tr("Balance: {balance} credits").format(balance=value(credits, "balance", 0))
            )
            return
        self.details.show()
        self.terms_label.show()
        self.refresh()

    def refresh(self) -> Any:
        """The credits and the invoices, in one task."""
        if not self.slug or not self.buyer:
            return None
        slug = self.slug
        client = self.context.payments_client()
        if client is None:
            return None

        def work(_task: Any) -> Tuple[Any, List[Any]]:
            return client.credits(slug), list(client.invoices(slug))

        def done(found: Tuple[Any, List[Any]]) -> None:
            if is_alive(self) and self.slug == slug:
                self.show_summary(found[0])
                self.show_invoices(found[1])

        def failed(error: Exception) -> None:
            if is_alive(self) and self.slug == slug and not isinstance(error, CancelledError):
                self.set_status(refusal(error))

        return self.context.run(_tr("Reading the credits"), work, done, failed, "payments.read")

    def show_summary(self, summary: Any) -> None:
        self.summary = summary
        if summary is None:
            self.balance_label.setText("")
            self.terms_label.setText("")
            fill_table(self.ledger_table, [])
            self._update_buttons()
            return
        balance = int(value(summary, "balance", 0))
        limit = int(value(summary, "credit_limit", 0))
        available = int(value(summary, "available", balance + limit))
        self.balance_label.setText(
            _tr("Balance: {balance} credits · limit: {limit} · available: {available}").format(
                balance=balance, limit=limit, available=available
            )
        )
        price = format_money(
            int(value(summary, "price_per_credit_cents", 2000)),
            text(summary, "currency") or "EUR",
        )
        each = int(value(summary, "credits_per_certificate", 1))
        self.terms_label.setText(
            counted(
                QCoreApplication.translate(
                    "CreditsPanel",
                    "{price} per credit; a certificate takes %n credit(s).",
                    None,
                    each,
                ),
                each,
            ).format(price=price)
        )
        kinds = ledger_kinds()
        rows = []
        for entry in value(summary, "ledger", ()) or ():
            credits = int(value(entry, "credits", 0))
            colour = VALID_COLOUR if credits > 0 else (ERROR_COLOUR if credits < 0 else None)
            why = text(entry, "certificate") or text(entry, "reason")
            rows.append(
                [
                    cell(text(entry, "created_at")[:10]),
                    cell(label(kinds, text(entry, "kind"))),
                    cell(signed(credits), colour),
                    cell(str(value(entry, "balance_after", ""))),
                    cell(why),
                ]
            )
        fill_table(self.ledger_table, rows)
        self._update_buttons()

    def show_invoices(self, invoices: List[Any]) -> None:
        self.invoices = list(invoices)
        names = states()
        rows = []
        for invoice in self.invoices:
            state = text(invoice, "state")
            colour = VALID_COLOUR if state == "paid" else None
            rows.append(
                [
                    cell(text(invoice, "number")),
                    cell(text(invoice, "issued_on")),
                    cell(
                        format_money(
                            int(value(invoice, "total_cents", 0)),
                            text(invoice, "currency") or "EUR",
                        )
                    ),
                    cell(label(names, state), colour),
                ]
            )
        fill_table(self.invoices_table, rows)
        self._update_buttons()

    # ------------------------------------------------------------------ buying
    def buy(self, credits: int = 1) -> Optional[BuyDialog]:
        if self.summary is None or not self.slug:
            return None
        dialog = BuyDialog(self.context, self.slug, credits, self.summary, self)
        dialog.ordered.connect(self._ordered)
        self.buy_dialog = dialog
        dialog.open()
        return dialog

    def _ordered(self, order: Any) -> None:
        if not is_alive(self):
            return
        self.purchase.start(order)
        self.refresh()

    def _paid(self, _order: Any) -> None:
        if is_alive(self):
            self.refresh()
            self.balanceChanged.emit()

    # ------------------------------------------------------------------ invoices
    def show_invoice(self, invoice: Any) -> InvoiceDialog:
        dialog = InvoiceDialog(self.context, invoice, self)
        self.invoice_dialog = dialog
        dialog.open()
        return dialog

    def open_selected(self) -> Any:
        chosen = self.selected_invoice()
        if chosen is None:
            return None
        return self.purchase.open_invoice(text(chosen, "number"))

    def save_selected_pdf(self, path: Optional[str] = None) -> Any:
        chosen = self.selected_invoice()
        if chosen is None:
            return None
        number = text(chosen, "number")
        path = path if path is not None else choose_pdf_path(self, number)
        if not path:
            return None

        def done(written: str) -> None:
            if is_alive(self):
                message = _tr("Saved: {path}").format(path=written)
                self.set_status(message)
                self.context.push_message(message, Qgis.MessageLevel.Success)

        def failed(error: Exception) -> None:
            if is_alive(self) and not isinstance(error, CancelledError):
                self.set_status(
                    _tr("The PDF was not saved: {reason}").format(reason=refusal(error))
                )

        self.set_status(_tr("Saving the PDF…"))
        return save_invoice_pdf(self.context, number, path, done, failed)
