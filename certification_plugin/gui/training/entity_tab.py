"""One management tab of the training dock: a list of records with its buttons, the record's
form, or a gate (the website does it; sign in first).

The tab only shows; the dock reads, saves and deletes (``gui/training/training_dock``).
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .form_page import TrainingForm

LIST_PAGE, FORM_PAGE, GATE_PAGE = range(3)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
QWIDGETSIZE_MAX = 16777215
BUTTONS_PER_ROW = 3
"""Three buttons a row (two for the centres' longer ones): the dock stays usable at 420 px."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntityTab", text)


class EntityTab(QWidget):
    """List / form / gate of one kind of record (centres, course types, conveners, courses)."""

    websiteRequested = pyqtSignal()
    signInRequested = pyqtSignal()
    selectionChanged = pyqtSignal(object)
    """The selected record (None when nothing is selected)."""

    def __init__(
        self,
        name: str,
        form: TrainingForm,
        parent: Optional[QWidget] = None,
        columns: int = BUTTONS_PER_ROW,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.setObjectName(f"{name}Tab")
        self.name = name
        self.form = form
        self.records: List[Any] = []
        self._enabled = True
        """False while the dock's requests run: every button off."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        self.list_page = QWidget(self.stack)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 4, 0, 0)
        self.list = QListWidget(self.list_page)
        self.list.setObjectName(f"{name}List")
        self.list.setMinimumHeight(110)
        self.list.setWordWrap(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.empty_label = self._plain(self.list_page, f"{name}Empty")
        self.empty_label.hide()
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._buttons: List[QPushButton] = []
        self._needs_selection: List[QPushButton] = []
        list_layout.addWidget(self.list)
        list_layout.addWidget(self.empty_label)
        list_layout.addLayout(self.grid)
        self.below = QVBoxLayout()
        self.below.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(self.below, 1)
        self.stack.addWidget(self.list_page)
        self.add_button = self.button(_tr("Add…"), "Add")
        self.edit_button = self.button(_tr("Edit…"), "Edit", needs_selection=True)
        self.delete_button = self.button(_tr("Delete…"), "Delete", needs_selection=True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_button.click())

        form.setParent(self.stack)
        self.stack.addWidget(form)

        gate = QWidget(self.stack)
        gate_layout = QVBoxLayout(gate)
        self.gate_label = self._plain(gate, f"{name}Gate")
        self.website_button = QPushButton(_tr("Open the website"), gate)
        self.website_button.setObjectName(f"{name}Website")
        self.website_button.clicked.connect(self.websiteRequested.emit)
        self.sign_in_button = QPushButton(_tr("Sign in…"), gate)
        self.sign_in_button.setObjectName(f"{name}SignIn")
        self.sign_in_button.clicked.connect(self.signInRequested.emit)
        gate_layout.addWidget(self.gate_label)
        gate_layout.addWidget(self.website_button, 0, Qt.AlignmentFlag.AlignLeft)
        gate_layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        gate_layout.addStretch(1)
        self.stack.addWidget(gate)
        self._update_buttons()

    @staticmethod
    def _plain(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # ------------------------------------------------------------------ buttons
    def button(self, text: str, name: str, needs_selection: bool = False) -> QPushButton:
        """A button under the list (three a row); ``needs_selection``: off without one."""
        button = QPushButton(text, self.list_page)
        button.setObjectName(f"{self.name}{name}")
        count = len(self._buttons)
        self.grid.addWidget(button, count // self.columns, count % self.columns)
        self._buttons.append(button)
        if needs_selection:
            self._needs_selection.append(button)
            button.setEnabled(False)
        return button

    def set_enabled(self, enabled: bool) -> None:
        """Busy: every button off; idle: those that need a selection follow it."""
        self._enabled = enabled
        self._update_buttons()

    def _update_buttons(self) -> None:
        enabled = self._enabled
        selected = self.selected() is not None
        for button in self._buttons:
            needs = button in self._needs_selection
            button.setEnabled(enabled and (selected or not needs))
        self.form.save_button.setEnabled(enabled)

    # ------------------------------------------------------------------ records
    def set_records(
        self, records: Sequence[Any], label: Callable[[Any], str], key: Callable[[Any], Any]
    ) -> None:
        """Show ``records`` (plain text), keeping the selection by ``key`` when still there."""
        current = self.selected()
        keep = key(current) if current is not None else None
        self.records = list(records)
        self.list.blockSignals(True)
        self.list.clear()
        chosen = -1
        for index, record in enumerate(self.records):
            item = QListWidgetItem(label(record))
            item.setData(RECORD_ROLE, record)
            self.list.addItem(item)
            if keep is not None and key(record) == keep:
                chosen = index
        if chosen >= 0:
            self.list.setCurrentRow(chosen)
        self.list.blockSignals(False)
        self.empty_label.setVisible(not self.records)
        self._selection_changed()

    def set_list_height(self, maximum: Optional[int]) -> None:
        """Cap the list's height (details shown under it), or let it fill the page (None)."""
        self.list.setMaximumHeight(maximum if maximum is not None else QWIDGETSIZE_MAX)

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)

    def selected(self) -> Any:
        items = self.list.selectedItems()
        return items[0].data(RECORD_ROLE) if items else None

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for row in range(self.list.count()):
            if predicate(self.list.item(row).data(RECORD_ROLE)):
                self.list.setCurrentRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.selectionChanged.emit(self.selected())

    # ------------------------------------------------------------------ pages
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST_PAGE)

    def show_form(self) -> None:
        self.stack.setCurrentIndex(FORM_PAGE)

    def show_gate(self, text: str, website: bool, sign_in: bool) -> None:
        self.gate_label.setText(text)
        self.website_button.setVisible(website)
        self.sign_in_button.setVisible(sign_in)
        self.stack.setCurrentIndex(GATE_PAGE)
