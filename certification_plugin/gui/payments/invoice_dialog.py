"""One invoice: what to pay and how (a bank transfer), the QR code for a banking app, the PDF.

``InvoiceDialog(context, invoice, parent)``: number, total, due date, state; for an open
transfer or usage invoice the beneficiary, the IBAN in groups of four, the BIC and the RF
creditor reference, each with a copy button (the IBAN and reference copied compact, as banks
take them), and the EPC QR code (the server's PNG, read in a task and shown with
``QPixmap.loadFromData``). "Save PDF…" downloads the PDF and writes it in a task.

Every value from the server is in a plain-text label.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QGuiApplication, QPixmap
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.certificates import format_money
from ...core.errors import CancelledError
from ...qgis_io.lifetime import is_alive
from ..training.context import TrainingContext
from ..training.panel_helpers import plain_label, refusal, text, value
from .texts import invoice_kinds, label, states

QR_SIZE = 220


def _tr(text_: str) -> str:
    return QCoreApplication.translate("InvoiceDialog", text_)


def pdf_name(number: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in number) or "invoice"
    return f"{safe}.pdf"


def save_invoice_pdf(
    context: TrainingContext,
    number: str,
    path: str,
    done: Callable[[str], None],
    failed: Callable[[Exception], None],
) -> Any:
    """Download invoice ``number``'s PDF and write it at ``path``, both in a task."""
    client = context.payments_client()

    def work(_task: Any) -> str:
        content = client.invoice_pdf(number)
        if not content.startswith(b"%PDF"):
            raise ValueError(_tr("The server did not send a PDF."))
        with open(path, "wb") as stream:
            stream.write(content)
        return path

    return context.run(_tr("Saving the invoice's PDF"), work, done, failed, "payments.pdf")


def choose_pdf_path(parent: QWidget, number: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the invoice as PDF"), pdf_name(number), _tr("PDF files (*.pdf)")
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def compact(text_: str) -> str:
    return "".join(text_.split()).upper()


class InvoiceDialog(QDialog):
    """See the module doc."""

    def __init__(
        self, context: TrainingContext, invoice: Any, parent: Optional[QWidget] = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InvoiceDialog")
        self.context = context
        self.invoice = invoice
        self.number = text(invoice, "number")
        self.setWindowTitle(_tr("Invoice {number}").format(number=self.number))
        self.qr_loaded = False
        self.saved_path = ""
        self.copy_buttons: dict = {}
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.grid = grid
        self.values: dict = {}
        currency = text(invoice, "currency") or "EUR"
        transfer = value(invoice, "transfer")
        kind = text(invoice, "kind")
        self._row("number", _tr("Invoice"), self.number, copy=False)
        self._row("kind", _tr("Kind"), label(invoice_kinds(), kind), copy=False)
        self._row(
            "total",
            _tr("Total"),
            format_money(int(value(invoice, "total_cents", 0)), currency),
            copy=False,
        )
        self._row("state", _tr("State"), label(states(), text(invoice, "state")), copy=False)
        self._row("issued", _tr("Issued on"), text(invoice, "issued_on"), copy=False)
        if text(invoice, "paid_on"):
            self._row("paid", _tr("Paid on"), text(invoice, "paid_on"), copy=False)
        else:
            self._row("due", _tr("Due on"), text(invoice, "due_on"), copy=False)
        if transfer is not None:
            from ...core.payments import format_iban

            iban = text(transfer, "iban")
            self._row("beneficiary", _tr("Beneficiary"), text(transfer, "beneficiary"))
            self._row("iban", _tr("IBAN"), format_iban(iban), copied=compact(iban))
            self._row("bic", _tr("BIC"), text(transfer, "bic"))
            reference = text(transfer, "creditor_reference")
            self._row("reference", _tr("Reference"), reference, copied=compact(reference))
            self._row(
                "amount",
                _tr("Amount"),
                format_money(
                    int(value(transfer, "amount_cents", 0)), text(transfer, "currency") or currency
                ),
                copied="{:.2f}".format(int(value(transfer, "amount_cents", 0)) / 100),
            )
        body.addLayout(grid, 1)
        self.qr_label = QLabel(self)
        self.qr_label.setObjectName("invoiceQr")
        self.qr_label.setTextFormat(Qt.TextFormat.PlainText)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(QR_SIZE, QR_SIZE)
        self.qr_label.setVisible(transfer is not None)
        body.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body)
        self.hint_label = plain_label(self, "invoiceHint")
        if transfer is not None:
            self.hint_label.setText(
                _tr(
                    "Pay by bank transfer with this reference, or scan the QR code with your "
                    "banking app. The credits arrive once the transfer is booked."
                )
            )
        layout.addWidget(self.hint_label)
        self.status_label = plain_label(self, "invoiceStatus", selectable=True)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(_tr("Save PDF…"), self)
        self.save_button.setObjectName("invoiceSavePdf")
        self.save_button.clicked.connect(lambda _c=False: self.save_pdf())
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if transfer is not None:
            self.load_qr()

    def _row(
        self, key: str, title: str, shown: str, copy: bool = True, copied: Optional[str] = None
    ) -> None:
        row = self.grid.rowCount()
        caption = QLabel(title, self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        shown_label = plain_label(self, f"invoice_{key}", selectable=True)
        shown_label.setText(shown)
        self.values[key] = shown_label
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(shown_label, row, 1)
        if copy:
            button = QPushButton(_tr("Copy"), self)
            button.setObjectName(f"invoiceCopy_{key}")
            wanted = copied if copied is not None else shown
            button.clicked.connect(lambda _c=False, t=wanted: self.copy(t))
            self.copy_buttons[key] = button
            self.grid.addWidget(button, row, 2)

    def shown(self, key: str) -> str:
        found = self.values.get(key)
        return found.text() if found is not None else ""

    def copy(self, text_: str) -> None:
        QGuiApplication.clipboard().setText(text_)
        self.status_label.setText(_tr("Copied: {text}").format(text=text_))

    # ------------------------------------------------------------------ the QR code
    def load_qr(self) -> Any:
        client = self.context.payments_client()
        number = self.number

        def work(_task: Any) -> bytes:
            return bytes(client.invoice_qr_png(number))

        def done(png: bytes) -> None:
            if is_alive(self):
                self.show_qr(png)

        def failed(error: Exception) -> None:
            if is_alive(self) and not isinstance(error, CancelledError):
                self.qr_label.setText(_tr("The QR code could not be read."))

        self.qr_label.setText(_tr("Reading the QR code…"))
        return self.context.run(_tr("Reading the QR code"), work, done, failed, "payments.qr")

    def show_qr(self, png: bytes) -> bool:
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            self.qr_label.setText(_tr("The QR code could not be read."))
            return False
        self.qr_label.setPixmap(
            pixmap.scaled(
                QR_SIZE,
                QR_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.qr_loaded = True
        return True

    # ------------------------------------------------------------------ the PDF
    def choose_path(self) -> str:
        return choose_pdf_path(self, self.number)

    def save_pdf(self, path: Optional[str] = None) -> Any:
        path = path if path is not None else self.choose_path()
        if not path:
            return None

        def done(written: str) -> None:
            if not is_alive(self):
                return
            self.saved_path = written
            message = _tr("Saved: {path}").format(path=written)
            self.status_label.setText(message)
            self.context.push_message(message, Qgis.MessageLevel.Success)

        def failed(error: Exception) -> None:
            if is_alive(self) and not isinstance(error, CancelledError):
                self.status_label.setText(
                    _tr("The PDF was not saved: {reason}").format(reason=refusal(error))
                )

        self.status_label.setText(_tr("Saving the PDF…"))
        return save_invoice_pdf(self.context, self.number, path, done, failed)
