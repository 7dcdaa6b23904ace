"""After submitting: the application's state, the reviewers' remarks and its history.

For "changes requested" the remarks are shown with an "Edit and resubmit" button that
opens the form again; submitting it then starts the next round.
"""

from __future__ import annotations

from typing import Optional, Sequence

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.applications import Application, Event
from .texts import action_label, state_label


def _plain(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName(name)
    label.setText(text)
    return label


def _short_time(value: str) -> str:
    """``2026-12-01T23:40:12.123Z`` -> ``2026-12-01 23:40``."""
    return value.replace("T", " ")[:16] if value else ""


class StatusPage(QWidget):
    """State, remarks, history; the buttons are wired by the dock."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state_label = _plain("", self, "applicationState")
        font = self.state_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.state_label.setFont(font)
        layout.addWidget(self.state_label)
        self.explanation = _plain("", self, "stateExplanation")
        layout.addWidget(self.explanation)

        self.remarks_box = QGroupBox(self.tr("Remarks of the reviewers"), self)
        remarks_layout = QVBoxLayout(self.remarks_box)
        self.remarks = QPlainTextEdit(self.remarks_box)
        self.remarks.setObjectName("remarks")
        self.remarks.setReadOnly(True)
        self.remarks.setMaximumHeight(120)
        remarks_layout.addWidget(self.remarks)
        layout.addWidget(self.remarks_box)

        history_box = QGroupBox(self.tr("History"), self)
        history_layout = QVBoxLayout(history_box)
        self.history = QTableWidget(0, 2, history_box)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("What")])
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(160)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history_layout.addWidget(self.history)
        layout.addWidget(history_box, 1)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit and resubmit"), self)
        self.edit_button.setObjectName("editAndResubmit")
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), self)
        self.withdraw_button.setObjectName("withdraw")
        self.new_button = QPushButton(self.tr("New application"), self)
        self.new_button.setObjectName("newApplication")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshState")
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)

    def show_application(self, application: Application, next_steps: str = "") -> None:
        state = application.state
        self.state_label.setText(
            self.tr("Application {id}: {state}").format(id=application.id, state=state_label(state))
        )
        if state in ("submitted", "resubmitted"):
            text = next_steps or self.tr("The certification managers screen it next.")
        elif state == "changes_requested":
            text = self.tr(
                "The reviewers ask for changes. Read their remarks, edit the application and "
                "submit it again."
            )
        elif state == "approved":
            text = self.tr("Your organisation is certified.")
        elif state == "withdrawn":
            text = self.tr("The application was withdrawn. You may start a new one.")
        elif state == "rejected":
            text = self.tr("The application was not accepted. You may apply again later.")
        elif state in ("screening", "under_review"):
            text = self.tr("The application is being reviewed; nothing to do for now.")
        else:
            text = ""
        self.explanation.setText(text)
        self.remarks.setPlainText(application.remarks)
        self.remarks_box.setVisible(bool(application.remarks))
        self.edit_button.setVisible(state == "changes_requested")
        self.withdraw_button.setVisible("withdraw" in application.allowed_actions)
        self.new_button.setVisible(state in ("withdrawn", "rejected"))

    def show_events(self, events: Sequence[Event]) -> None:
        self.history.setRowCount(0)
        for event in events:
            row = self.history.rowCount()
            self.history.insertRow(row)
            what = action_label(event.action)
            moved = event.to_state and event.to_state != event.from_state
            if moved and state_label(event.to_state) != what:
                what = f"{what} → {state_label(event.to_state)}"
            if event.actor:
                what = f"{what} ({event.actor})"
            if event.remarks:
                what = f"{what}\n{event.remarks}"
            for column, text in enumerate((_short_time(event.at), what)):
                item = QTableWidgetItem(text)
                item.setToolTip("")
                self.history.setItem(row, column, item)
