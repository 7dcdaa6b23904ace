"""Buying credits: the dialog (quantity, total, method, Buy), and what follows an order.

``BuyDialog(context, slug, credits, summary, parent)``: a spin box (1 to 10,000, prefilled:
the issue dialog passes exactly the credits missing), the total ("5 credits = €100.00"), the
methods the server offers (card, invoice) and Buy. The order is sent in a task with one
``Idempotency-Key`` per dialog, kept while the quantity and method stay the same: buying again
after a network error gets the same order back. A refusal keeps the dialog open with the
server's reason. After the order: ``ordered(order)``; for a card payment its checkout page is
opened in the browser first (http(s) only).

``Purchase`` does what comes next, for the Credits tab and the issue dialog alike: a card
order is followed (``OrderFollower``: a ``QTimer`` with backoff, each read in a task, never on
the main thread) until it is paid or failed; a bank-transfer order shows its invoice
(``InvoiceDialog``: IBAN, reference, QR code).
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.api.session import new_idempotency_key
from ...core.certificates import format_money
from ...core.errors import CancelledError
from ...core.escape import safe_url
from ...qgis_io.lifetime import is_alive
from ..training.context import TrainingContext
from ..training.panel_helpers import counted, plain_label, refusal, text, value
from .texts import label, methods

MAX_CREDITS = 10000
MAX_POLLS = 120
"""About half an hour with the backoff; after it the order is left to the next refresh."""


def _tr(text_: str) -> str:
    return QCoreApplication.translate("BuyDialog", text_)


def open_checkout(url: str) -> bool:
    """The card checkout page in the browser (only an http(s) URL is opened)."""
    checked = safe_url(url)
    if not checked or not checked.lower().startswith(("http://", "https://")):
        return False
    return bool(QDesktopServices.openUrl(QUrl(checked)))


def total_cents(credits: int, summary: Any) -> int:
    from ...core.payments import order_total

    price = int(value(summary, "price_per_credit_cents", 2000))
    rate = value(summary, "tax_rate_percent", "0")
    return int(order_total(credits, price, rate))


class BuyDialog(QDialog):
    """See the module doc. ``order`` holds the server's order once bought."""

    ordered = pyqtSignal(object)

    def __init__(
        self,
        context: TrainingContext,
        slug: str,
        credits: int = 1,
        summary: Any = None,
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BuyDialog")
        self.setWindowTitle(_tr("Buy credits"))
        self.setMinimumWidth(420)
        self.context = context
        self.slug = slug
        self.summary = summary
        self.order: Any = None
        self.busy = False
        self.idempotency_key = ""
        self._key_for: Any = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("buyQuantity")
        self.quantity.setRange(1, MAX_CREDITS)
        self.quantity.setValue(max(1, min(MAX_CREDITS, int(credits or 1))))
        self.quantity.valueChanged.connect(self.update_total)
        form.addRow(_tr("Credits to buy:"), self.quantity)
        self.total_label = plain_label(self, "buyTotal")
        form.addRow(_tr("Total:"), self.total_label)
        self.methods_box = QWidget(self)
        self.methods_layout = QVBoxLayout(self.methods_box)
        self.methods_layout.setContentsMargins(0, 0, 0, 0)
        self.method_group = QButtonGroup(self)
        self.method_buttons: List[QRadioButton] = []
        form.addRow(_tr("Payment:"), self.methods_box)
        layout.addLayout(form)
        self.note_label = plain_label(self, "buyNote")
        layout.addWidget(self.note_label)
        self.status_label = plain_label(self, "buyStatus", selectable=True)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buy_button = QPushButton(_tr("Buy"), self)
        self.buy_button.setObjectName("buyConfirm")
        self.buy_button.setDefault(True)
        self.buttons.addButton(self.buy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buy_button.clicked.connect(self.buy)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if summary is not None:
            self.set_summary(summary)
        else:
            self.update_total()
            self.read_summary()

    # ------------------------------------------------------------------ terms
    def read_summary(self) -> Any:
        """The price and the methods (the issue dialog opens it without them)."""
        client = self.context.payments_client()
        slug = self.slug

        def work(_task: Any) -> Any:
            return client.credits(slug)

        def done(summary: Any) -> None:
            if is_alive(self):
                self.set_summary(summary)

        def failed(error: Exception) -> None:
            if is_alive(self) and not isinstance(error, CancelledError):
                self.status_label.setText(refusal(error))

        self.status_label.setText(_tr("Reading the price…"))
        return self.context.run(_tr("Reading the credits"), work, done, failed, "payments.terms")

    def set_summary(self, summary: Any) -> None:
        self.summary = summary
        self.status_label.setText("")
        for button in self.method_buttons:
            self.method_group.removeButton(button)
            button.deleteLater()
        self.method_buttons = []
        names = methods()
        offered = [str(m) for m in (value(summary, "methods", ()) or ())]
        for code in offered:
            button = QRadioButton(label(names, code), self.methods_box)
            button.setObjectName(f"buyMethod_{code}")
            button.setProperty("method", code)
            button.toggled.connect(self.update_total)
            self.method_group.addButton(button)
            self.methods_layout.addWidget(button)
            self.method_buttons.append(button)
        if self.method_buttons:
            self.method_buttons[0].setChecked(True)
        self.update_total()

    def method(self) -> str:
        for button in self.method_buttons:
            if button.isChecked():
                return str(button.property("method"))
        return ""

    def set_method(self, code: str) -> bool:
        for button in self.method_buttons:
            if button.property("method") == code:
                button.setChecked(True)
                return True
        return False

    def credits(self) -> int:
        return int(self.quantity.value())

    def total_text(self) -> str:
        if self.summary is None:
            return ""
        credits = self.credits()
        cents = total_cents(credits, self.summary)
        amount = format_money(cents, text(self.summary, "currency") or "EUR")
        return counted(
            QCoreApplication.translate("BuyDialog", "%n credit(s) = {total}", None, credits),
            credits,
        ).format(total=amount)

    def update_total(self, *_args: object) -> None:
        self.total_label.setText(self.total_text())
        method = self.method()
        if method == "card":
            self.note_label.setText(
                _tr("The payment page opens in your browser; the credits arrive once it is paid.")
            )
        elif method == "bank_transfer":
            self.note_label.setText(
                _tr("An invoice is issued now; the credits arrive once the transfer is booked.")
            )
        else:
            self.note_label.setText("")
        self.buy_button.setEnabled(not self.busy and self.summary is not None and bool(method))

    # ------------------------------------------------------------------ buying
    def key(self) -> str:
        """One key per dialog, kept while the same order is sent again."""
        now = (self.credits(), self.method())
        if not self.idempotency_key or now != self._key_for:
            self.idempotency_key = new_idempotency_key()
            self._key_for = now
        return self.idempotency_key

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.quantity.setEnabled(not busy)
        self.methods_box.setEnabled(not busy)
        self.update_total()

    def buy(self) -> Any:
        method = self.method()
        if self.busy or not method or self.summary is None:
            return None
        credits, key, slug = self.credits(), self.key(), self.slug
        client = self.context.payments_client()

        def work(_task: Any) -> Any:
            return client.buy(slug, credits, method, key)

        def done(order: Any) -> None:
            if is_alive(self):
                self._bought(order)

        def failed(error: Exception) -> None:
            if not is_alive(self):
                return
            self.set_busy(False)
            if isinstance(error, CancelledError):
                self.status_label.setText(_tr("Cancelled."))
                return
            self.status_label.setText(
                _tr("Not bought: {reason}\nBuy again to retry; the same order is sent.").format(
                    reason=refusal(error)
                )
            )

        self.set_busy(True)
        self.status_label.setText(_tr("Ordering…"))
        return self.context.run(_tr("Ordering credits"), work, done, failed, "payments.buy")

    def _bought(self, order: Any) -> None:
        self.set_busy(False)
        self.order = order
        if text(order, "method") == "card":
            open_checkout(text(order, "checkout_url"))
        self.ordered.emit(order)
        self.accept()


class OrderFollower(QObject):
    """Reads an order again and again (``next_poll_delay``: backoff) until it is finished;
    each read is a task. ``changed(order)`` after every read, ``finished(order)`` once."""

    changed = pyqtSignal(object)
    finished = pyqtSignal(object)
    gaveUp = pyqtSignal()

    def __init__(
        self, context: TrainingContext, parent: Optional[QObject] = None, purpose: str = ""
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.purpose = purpose or "payments.follow"
        self.order_id: Any = None
        self.attempt = 0
        self.order: Any = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)

    @property
    def following(self) -> bool:
        return self.order_id is not None

    def follow(self, order: Any) -> None:
        self.order_id = value(order, "id")
        self.order = order
        self.attempt = 0
        self._schedule()

    def stop(self) -> None:
        self.timer.stop()
        self.order_id = None

    def _schedule(self) -> None:
        from ...core.payments import next_poll_delay

        if self.attempt >= MAX_POLLS:
            self.stop()
            self.gaveUp.emit()
            return
        seconds = float(next_poll_delay(self.attempt))
        self.attempt += 1
        self.timer.start(max(50, int(seconds * 1000)))

    def poll(self) -> Any:
        order_id = self.order_id
        if order_id is None:
            return None
        client = self.context.payments_client()

        def work(_task: Any) -> Any:
            return client.order(order_id)

        def done(order: Any) -> None:
            if self.order_id != order_id:
                return
            self.order = order
            self.changed.emit(order)
            if value(order, "finished") is True:
                self.stop()
                self.finished.emit(order)
            else:
                self._schedule()

        def failed(error: Exception) -> None:
            if self.order_id == order_id and not isinstance(error, CancelledError):
                self._schedule()  # a lost answer: ask again later

        return self.context.run(_tr("Checking the payment"), work, done, failed, self.purpose)


class Purchase(QObject):
    """After an order: follow a card payment, show a transfer's invoice. ``status(text)``,
    ``paid(order)`` (the balance changed), ``ended(order)`` (failed, expired...)."""

    status = pyqtSignal(str)
    paid = pyqtSignal(object)
    ended = pyqtSignal(object)

    def __init__(
        self,
        context: TrainingContext,
        parent: QWidget,
        show_invoice: Optional[Callable[[Any], Any]] = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.follower = OrderFollower(context, self, "payments.follow")
        self.follower.finished.connect(self._finished)
        self.follower.gaveUp.connect(
            lambda: self.status.emit(
                _tr("The payment is not confirmed yet; Refresh shows the balance later.")
            )
        )
        self.show_invoice = show_invoice
        self.invoice_dialog: Any = None

    def start(self, order: Any) -> None:
        if text(order, "method") == "card":
            if value(order, "finished") is True:
                self._finished(order)
                return
            self.status.emit(_tr("Waiting for the payment…"))
            self.follower.follow(order)
            return
        invoice = value(order, "invoice")
        number = text(invoice, "number")
        self.status.emit(
            _tr("Invoice {number} issued; the credits arrive once the transfer is booked.").format(
                number=number
            )
        )
        if number:
            self.open_invoice(number)

    def open_invoice(self, number: str) -> Any:
        """The full invoice (with the transfer details) is read, then shown."""
        client = self.context.payments_client()

        def work(_task: Any) -> Any:
            return client.invoice(number)

        def done(invoice: Any) -> None:
            if is_alive(self.parent_widget):
                self._show(invoice)

        def failed(error: Exception) -> None:
            if not isinstance(error, CancelledError):
                self.status.emit(refusal(error))

        return self.context.run(_tr("Reading the invoice"), work, done, failed, "payments.invoice")

    def _show(self, invoice: Any) -> Any:
        if self.show_invoice is not None:
            return self.show_invoice(invoice)
        from .invoice_dialog import InvoiceDialog

        dialog = InvoiceDialog(self.context, invoice, self.parent_widget)
        self.invoice_dialog = dialog
        dialog.open()
        return dialog

    def _finished(self, order: Any) -> None:
        credits = int(value(order, "credits", 0) or 0)
        if value(order, "paid") is True:
            message = counted(
                QCoreApplication.translate("BuyDialog", "Paid: %n credit(s) added.", None, credits),
                credits,
            )
            self.status.emit(message)
            self.context.push_message(message, Qgis.MessageLevel.Success)
            self.paid.emit(order)
            return
        reason = text(order, "failure_reason")
        states = {"failed": _tr("failed"), "expired": _tr("expired"), "cancelled": _tr("cancelled")}
        state = text(order, "payment_state") or text(order, "state")
        message = (
            _tr("The payment {state}. {reason}")
            .format(state=states.get(state, state), reason=reason)
            .strip()
        )
        self.status.emit(message)
        self.context.push_message(message, Qgis.MessageLevel.Warning)
        self.ended.emit(order)
