"""Issue certificates to a course's attendees: who, which type and language each, the cost.

The attendees without a valid certificate, each with a check box, a type (attendance,
completion) and a language (the four the certificates are printed in); "Defaults for all"
sets every row at once. The cost line says what the batch takes from the organisation's
credits ("3 certificates = 3 credits = €60.00 · balance after: 17"); confirming is disabled,
with the reason, when the credits do not suffice. The batch runs in a task (QGIS's task
manager shows it) with one ``Idempotency-Key`` per batch: confirming again after a network
error sends the same key, so the server answers with the certificates it already issued and
charges once. Another choice of rows, types or languages is another batch with a new key.

Short of credits, an owner gets "Buy N credits…": the buy dialog (``gui/payments``) with
exactly the credits missing; once a card order is paid the balance is read again and the
numbers here follow (a bank transfer's credits arrive later, with its booking).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Dict, List, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.api.session import new_idempotency_key
from ...core.certificates import Credits, cost, format_money
from ...core.errors import CancelledError, ConflictError, NetworkError
from ...core.training import NotEnoughCredits
from ...qgis_io.lifetime import is_alive
from .context import TrainingContext
from .panel_helpers import (
    CERTIFICATE_TYPES,
    ERROR_COLOUR,
    LANGUAGES,
    cell,
    certificate_status,
    counted,
    plain_label,
    read_only_table,
    record_id,
    refusal,
    text,
    type_labels,
    value,
)

CHECK_COLUMN, NAME_COLUMN, EMAIL_COLUMN, TYPE_COLUMN, LANGUAGE_COLUMN = range(5)
_LANGUAGE_ALIASES = {"zh-hant": "zh_TW", "zh_tw": "zh_TW", "zh-tw": "zh_TW", "zh_hant": "zh_TW"}


def _int(found: Any) -> int:
    return found if isinstance(found, int) and not isinstance(found, bool) else 0


def organisation_credits(organisation: Any) -> Credits:
    """The credits of an organisation record (``MyOrganisation`` or the API's dict)."""
    credits = value(organisation, "credits")
    return credits if isinstance(credits, Credits) else Credits.parse(credits)


def course_language(course: Any) -> str:
    """The course's language when certificates are printed in it, else English."""
    code = text(course, "language")
    code = _LANGUAGE_ALIASES.get(code.lower(), code)
    return code if code in dict(LANGUAGES) else "en"


def course_type(course: Any) -> str:
    found = text(course, "certificate_type")
    return found if found in CERTIFICATE_TYPES else "attendance"


def waiting(attendees: List[Any]) -> List[Any]:
    """The attendees without a valid certificate (none yet, or a revoked one)."""
    return [
        attendee
        for attendee in attendees
        if record_id(attendee) is not None and certificate_status(attendee) != "valid"
    ]


class IssueDialog(QDialog):
    """``IssueDialog(context, course, attendees, organisation, parent)``; after it was
    accepted ``answer`` holds the server's answer (``core.training.IssueResult``)."""

    def __init__(
        self,
        context: TrainingContext,
        course: Any,
        attendees: List[Any],
        organisation: Any = None,
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IssueDialog")
        self.setWindowTitle(self.tr("Issue certificates"))
        self.setMinimumWidth(620)
        self.context = context
        self.course = course
        self.course_id = record_id(course)
        self.credits = organisation_credits(organisation)
        self.organisation = organisation
        self.credit_limit = _int(value(value(organisation, "credits"), "credit_limit", 0))
        self.buy_dialog: Any = None
        self.purchase: Any = None
        self.attendees = waiting(attendees)
        self.answer: Any = None
        self.idempotency_key = ""
        self._key_items: Optional[List[Dict[str, Any]]] = None
        self.busy = False
        layout = QVBoxLayout(self)

        defaults = QHBoxLayout()
        defaults.addWidget(QLabel(self.tr("Defaults for all:"), self))
        self.default_type = self.type_combo(course_type(course))
        self.default_type.setObjectName("issueDefaultType")
        self.default_language = self.language_combo(course_language(course))
        self.default_language.setObjectName("issueDefaultLanguage")
        self.apply_button = QPushButton(self.tr("Apply to every row"), self)
        self.apply_button.setObjectName("issueApplyDefaults")
        self.apply_button.clicked.connect(self.apply_defaults)
        defaults.addWidget(self.default_type)
        defaults.addWidget(self.default_language)
        defaults.addWidget(self.apply_button)
        defaults.addStretch(1)
        layout.addLayout(defaults)

        titles = ("", self.tr("Attendee"), self.tr("E-mail"), self.tr("Type"), self.tr("Language"))
        self.table: QTableWidget = read_only_table(self, "issueRows", titles)
        self.table.setMinimumHeight(200)
        layout.addWidget(self.table, 1)
        self._fill()
        self.table.itemChanged.connect(self._edited)

        self.empty_label = plain_label(self, "issueEmpty")
        self.empty_label.setText(self.tr("Every attendee of this course holds a certificate."))
        self.empty_label.setVisible(not self.attendees)
        layout.addWidget(self.empty_label)
        self.cost_label = plain_label(self, "issueCost")
        layout.addWidget(self.cost_label)
        self.shortfall_label = plain_label(self, "issueShortfall")
        self.shortfall_label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        layout.addWidget(self.shortfall_label)
        self.status_label = plain_label(self, "issueStatus", selectable=True)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = QPushButton(self.tr("Issue"), self)
        self.confirm_button.setObjectName("issueConfirm")
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buy_button = QPushButton(self)
        self.buy_button.setObjectName("issueBuyCredits")
        self.buy_button.clicked.connect(lambda _c=False: self.buy_missing())
        self.buttons.addButton(self.buy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_cost()

    # ------------------------------------------------------------------ building
    def type_combo(self, chosen: str) -> QComboBox:
        combo = QComboBox(self)
        labels = type_labels()
        for slug in CERTIFICATE_TYPES:
            combo.addItem(labels[slug], slug)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        return combo

    def language_combo(self, chosen: str) -> QComboBox:
        combo = QComboBox(self)
        for code, name in LANGUAGES:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        return combo

    def _fill(self) -> None:
        self.table.setRowCount(len(self.attendees))
        for row, attendee in enumerate(self.attendees):
            check = QTableWidgetItem()
            check.setFlags(
                (check.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
            )
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, CHECK_COLUMN, check)
            name = f"{text(attendee, 'first_name')} {text(attendee, 'surname')}".strip()
            self.table.setItem(row, NAME_COLUMN, cell(name))
            self.table.setItem(row, EMAIL_COLUMN, cell(text(attendee, "email")))
            kind = self.type_combo(self.default_type.currentData())
            kind.currentIndexChanged.connect(self._edited)
            self.table.setCellWidget(row, TYPE_COLUMN, kind)
            language = self.language_combo(self.default_language.currentData())
            language.currentIndexChanged.connect(self._edited)
            self.table.setCellWidget(row, LANGUAGE_COLUMN, language)
        self.table.resizeColumnsToContents()

    # ------------------------------------------------------------------ rows
    def row_combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def set_checked(self, row: int, checked: bool) -> None:
        item = self.table.item(row, CHECK_COLUMN)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_checked(self, row: int) -> bool:
        item = self.table.item(row, CHECK_COLUMN)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def apply_defaults(self) -> None:
        """The default type and language on every row."""
        kind, language = self.default_type.currentData(), self.default_language.currentData()
        for row in range(self.table.rowCount()):
            for column, chosen in ((TYPE_COLUMN, kind), (LANGUAGE_COLUMN, language)):
                combo = self.row_combo(row, column)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.update_cost()

    def items(self) -> List[Dict[str, Any]]:
        """The batch as the API takes it: one item per ticked row."""
        chosen = []
        for row, attendee in enumerate(self.attendees):
            if not self.is_checked(row):
                continue
            chosen.append(
                {
                    "attendee": record_id(attendee),
                    "certificate_type": self.row_combo(row, TYPE_COLUMN).currentData(),
                    "language": self.row_combo(row, LANGUAGE_COLUMN).currentData(),
                }
            )
        return chosen

    # ------------------------------------------------------------------ cost
    def cost_text(self, count: int) -> str:
        found = cost(count, self.credits.balance, self.credits)
        certificates = counted(
            QCoreApplication.translate(
                "IssueDialog", "%n certificate(s)", None, found.certificates
            ),
            found.certificates,
        )
        credits = counted(
            QCoreApplication.translate("IssueDialog", "%n credit(s)", None, found.credits),
            found.credits,
        )
        return self.tr("{certificates} = {credits} = {price} · balance after: {after}").format(
            certificates=certificates,
            credits=credits,
            price=format_money(found.price_cents, found.currency),
            after=found.balance_after,
        )

    def shortfall(self) -> int:
        """Credits missing for the ticked rows (0 when the balance suffices)."""
        missing = cost(len(self.items()), self.credits.balance, self.credits).missing
        return max(0, missing - self.credit_limit)

    def update_cost(self) -> None:
        count = len(self.items())
        self.cost_label.setText(self.cost_text(count))
        missing = self.shortfall()
        if missing:
            self.shortfall_label.setText(
                counted(
                    QCoreApplication.translate(
                        "IssueDialog", "%n more credit(s) needed", None, missing
                    ),
                    missing,
                )
            )
        elif count == 0 and self.attendees:
            self.shortfall_label.setText(self.tr("Tick the attendees to certify."))
        else:
            self.shortfall_label.setText("")
        self.shortfall_label.setVisible(bool(self.shortfall_label.text()))
        self.confirm_button.setEnabled(
            not self.busy and count > 0 and missing == 0 and self.course_id is not None
        )
        self.buy_button.setText(
            counted(
                QCoreApplication.translate("IssueDialog", "Buy %n credit(s)…", None, missing),
                missing,
            )
        )
        self.buy_button.setVisible(bool(missing) and self.can_buy())
        self.buy_button.setEnabled(not self.busy)

    def _edited(self, *_args: object) -> None:
        self.update_cost()

    def set_balance(self, balance: int) -> None:
        self.credits = replace(self.credits, balance=balance)
        self.update_cost()

    # ------------------------------------------------------------------ buying credits
    def can_buy(self) -> bool:
        """Owners (and managers) buy; only when the dock gave a payments client."""
        from ..payments.credits_panel import can_buy

        return getattr(self.context, "payments", None) is not None and can_buy(self.organisation)

    def buy_missing(self) -> Any:
        """The buy dialog with exactly the credits missing for the ticked rows."""
        missing = self.shortfall()
        slug = text(self.organisation, "slug")
        if not missing or not slug or not self.can_buy():
            return None
        from ..payments.buy_dialog import BuyDialog, Purchase

        if self.purchase is None:
            self.purchase = Purchase(self.context, self)
            self.purchase.status.connect(self.status_label.setText)
            self.purchase.paid.connect(lambda _order: self.refresh_credits())
        dialog = BuyDialog(self.context, slug, missing, None, self)
        dialog.ordered.connect(lambda order: is_alive(self) and self.purchase.start(order))
        self.buy_dialog = dialog
        dialog.open()
        return dialog

    def refresh_credits(self) -> Any:
        """The balance again (after a paid order): the cost line and the shortfall follow."""
        client = self.context.payments_client()
        slug = text(self.organisation, "slug")
        if client is None or not slug:
            return None

        def work(_task: Any) -> Any:
            return client.credits(slug)

        def done(summary: Any) -> None:
            if is_alive(self):
                self.credit_limit = _int(value(summary, "credit_limit", 0))
                self.set_balance(_int(value(summary, "balance", 0)))

        def failed(error: Exception) -> None:
            if is_alive(self) and not isinstance(error, CancelledError):
                self.status_label.setText(refusal(error))

        return self.context.run(
            self.tr("Reading the credit balance"), work, done, failed, purpose="issue.credits"
        )

    # ------------------------------------------------------------------ issuing
    def key_for(self, items: List[Dict[str, Any]]) -> str:
        """The batch's ``Idempotency-Key``: kept while the same items are sent again."""
        if not self.idempotency_key or items != self._key_items:
            self.idempotency_key = new_idempotency_key()
            self._key_items = [dict(item) for item in items]
        return self.idempotency_key

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.table.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)
        self.update_cost()

    def confirm(self) -> Any:
        """Send the batch in a task; the dialog closes when the server issued it."""
        items = self.items()
        if self.busy or not items or self.shortfall() or self.course_id is None:
            return None
        key = self.key_for(items)
        course_id = self.course_id
        client = self.context.client()

        def work(task: Any) -> Any:
            return client.issue(course_id, items, key)

        def done(answer: Any) -> None:
            if is_alive(self):
                self._issued(answer)

        def failed(error: Exception) -> None:
            if is_alive(self):
                self._refused(error)

        self.set_busy(True)
        self.status_label.setText(self.tr("Issuing the certificates…"))
        description = counted(
            QCoreApplication.translate(
                "IssueDialog", "Issuing %n certificate(s)", None, len(items)
            ),
            len(items),
        )
        return self.context.run(description, work, done, failed, purpose="certificates.issue")

    def _issued(self, answer: Any) -> None:
        self.set_busy(False)
        self.answer = answer
        issued = value(answer, "certificates", [])
        count = len(issued) if isinstance(issued, (list, tuple)) else 0
        message = counted(
            QCoreApplication.translate("IssueDialog", "%n certificate(s) issued.", None, count),
            count,
        )
        balance = value(answer, "balance")
        if isinstance(balance, int):
            message += " " + self.tr("Credits left: {n}").format(n=balance)
            self.set_balance(balance)
        self.status_label.setText(message)
        self.context.push_message(message, Qgis.MessageLevel.Success)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.set_busy(False)
        if isinstance(error, CancelledError):
            self.status_label.setText(self.tr("Cancelled; nothing was issued."))
            return
        if isinstance(error, NotEnoughCredits) or (
            isinstance(error, ConflictError) and error.code == "not_enough_credits"
        ):
            available = error.body.get("credits_available")
            if isinstance(available, int) and not isinstance(available, bool):
                self.set_balance(available)
            self.status_label.setText(self.tr("Not issued: {reason}").format(reason=refusal(error)))
            return
        if isinstance(error, NetworkError):
            self.status_label.setText(
                self.tr(
                    "The answer did not arrive: {reason}\nIssue again to retry; the server "
                    "recognises the same batch and charges it once."
                ).format(reason=refusal(error))
            )
            return
        self.status_label.setText(self.tr("Not issued: {reason}").format(reason=refusal(error)))
