"""The conflict-of-interest declaration a reviewer makes before seeing any material.

Two choices: no conflict, or a conflict of a kind (competitor, colleague, family, other) with
a reason. The form only collects and shows; the page sends it (``submitted``) and, when the
server refuses or cannot be reached, hands the problems back with ``show_problems``: what
was typed stays, so nothing is lost and "Send" can simply be pressed again.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .page_helpers import plain_label

REASON_MAX_LENGTH = 2000
KIND_KEYS = ("competitor", "colleague", "family", "other")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictForm", text)


def default_kinds() -> List[Tuple[str, str]]:
    """The kinds until the server's labels (in the request's language) arrive."""
    return [
        ("competitor", _tr("A commercial competitor")),
        ("colleague", _tr("A colleague (now or recently)")),
        ("family", _tr("Family or a close friend")),
        ("other", _tr("Another reason")),
    ]


class ConflictForm(QGroupBox):
    """No conflict / a conflict (kind, reason) and a "Send" button."""

    submitted = pyqtSignal(bool, str, str)
    """(conflict, kind, reason) when "Send" is pressed with a complete answer."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(_tr("Conflict of interest"), parent)
        self.setObjectName("conflictForm")
        self._busy = False
        layout = QVBoxLayout(self)
        intro = plain_label(self, "conflictIntro")
        intro.setText(
            _tr(
                "Before you see the application, declare whether you have a conflict of "
                "interest with this organisation: a commercial competitor, a colleague, "
                "family. With a conflict you are excluded from this review."
            )
        )
        layout.addWidget(intro)
        self.none_button = QRadioButton(_tr("I have no conflict of interest"), self)
        self.none_button.setObjectName("declareNone")
        self.conflict_button = QRadioButton(_tr("I have a conflict of interest"), self)
        self.conflict_button.setObjectName("declareConflict")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.none_button)
        self.choice.addButton(self.conflict_button)
        layout.addWidget(self.none_button)
        layout.addWidget(self.conflict_button)

        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(18, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox(self.details)
        self.kind.setObjectName("conflictKind")
        self.reason = QPlainTextEdit(self.details)
        self.reason.setObjectName("conflictReason")
        self.reason.setPlaceholderText(_tr("Why, in a sentence or two"))
        self.reason.setMaximumHeight(90)
        self.reason.setTabChangesFocus(True)
        self.kind_error = plain_label(self.details, "conflictKindError")
        self.reason_error = plain_label(self.details, "conflictReasonError")
        for error in (self.kind_error, self.reason_error):
            error.setStyleSheet("color: #b00020;")
            error.hide()
        form.addRow(_tr("Kind"), self.kind)
        form.addRow("", self.kind_error)
        form.addRow(_tr("Reason"), self.reason)
        form.addRow("", self.reason_error)
        layout.addWidget(self.details)

        buttons = QHBoxLayout()
        self.send_button = QPushButton(_tr("Send the declaration"), self)
        self.send_button.setObjectName("sendDeclaration")
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = plain_label(self, "declarationStatus")
        layout.addWidget(self.status)

        self.set_kinds(default_kinds())
        self.choice.buttonToggled.connect(self._update)
        self.kind.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.send_button.clicked.connect(self._send)
        self._update()

    # ------------------------------------------------------------------ values
    def set_kinds(self, kinds: Sequence[Tuple[str, str]]) -> None:
        """The kinds as (key, label) pairs (labels from the server are plain text)."""
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(_tr("Choose…"), "")
        for key, label in kinds:
            self.kind.addItem(str(label), str(key))
        index = self.kind.findData(current) if current else 0
        self.kind.setCurrentIndex(max(0, index))
        self.kind.blockSignals(False)
        self._update()

    def values(self) -> Dict[str, object]:
        return {
            "conflict": self.conflict_button.isChecked(),
            "chosen": self.none_button.isChecked() or self.conflict_button.isChecked(),
            "kind": str(self.kind.currentData() or ""),
            "reason": self.reason.toPlainText(),
        }

    def set_values(self, conflict: Optional[bool], kind: str = "", reason: str = "") -> None:
        """``conflict`` None: nothing chosen yet."""
        self.choice.setExclusive(False)
        self.none_button.setChecked(conflict is False)
        self.conflict_button.setChecked(conflict is True)
        self.choice.setExclusive(True)
        index = self.kind.findData(kind) if kind else 0
        self.kind.setCurrentIndex(max(0, index))
        if self.reason.toPlainText() != reason:
            self.reason.setPlainText(reason)
        self.clear_problems()
        self._update()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.status.setText(_tr("Sending…"))
        self._update()

    # ------------------------------------------------------------------ problems
    def clear_problems(self) -> None:
        for label in (self.kind_error, self.reason_error):
            label.clear()
            label.hide()
        self.status.clear()

    def show_problems(self, fields: Dict[str, List[str]], general: Sequence[str] = ()) -> None:
        """Field problems under their fields (``kind``, ``reason``), the rest as the status."""
        self.clear_problems()
        rest = list(general)
        for name, messages in fields.items():
            target = {"kind": self.kind_error, "reason": self.reason_error}.get(name)
            text = " ".join(str(m) for m in messages)
            if target is None:
                rest.append(text)
            else:
                target.setText(text)
                target.show()
        self.status.setText(" ".join(rest))

    # ------------------------------------------------------------------ internals
    def _update(self, *_args: object) -> None:
        conflict = self.conflict_button.isChecked()
        self.details.setEnabled(conflict and not self._busy)
        self.none_button.setEnabled(not self._busy)
        self.conflict_button.setEnabled(not self._busy)
        values = self.values()
        complete = bool(values["chosen"]) and (
            not conflict or (bool(values["kind"]) and bool(str(values["reason"]).strip()))
        )
        self.send_button.setEnabled(complete and not self._busy)

    def _send(self) -> None:
        values = self.values()
        if not values["chosen"]:
            return
        conflict = bool(values["conflict"])
        reason = str(values["reason"]).strip()[:REASON_MAX_LENGTH] if conflict else ""
        kind = str(values["kind"]) if conflict else ""
        if conflict and (not kind or not reason):
            problems: Dict[str, List[str]] = {}
            if not kind:
                problems["kind"] = [_tr("Choose the kind of conflict.")]
            if not reason:
                problems["reason"] = [_tr("Say why, in a sentence or two.")]
            self.show_problems(problems)
            return
        self.clear_problems()
        self.submitted.emit(conflict, kind, reason)
