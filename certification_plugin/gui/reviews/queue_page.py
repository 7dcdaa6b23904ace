"""The review queue: what waits for the user, soonest due first, with filters.

A table model over the queue's records (no widget per row: 200 rows fill in a few
milliseconds); each cell's text is made once when the queue is set, ``data()`` only looks it
up. Filters (task, country, overdue only) run locally on the records read, so changing one
asks the server nothing. Double-click or "Open" emits ``opened(item)`` with the queue record.
Every value shown is plain text from the network: the view never renders markup.
"""

from __future__ import annotations

from typing import Any, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.review_queue import countries, filter_items
from ...core.reviews import TASKS, QueueItem
from ...qgis_io.names import country_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``QueueItem``."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("organisation", "country", "round", "routed_to", "due", "state", "task")
COLUMN_WIDTHS = (180, 130, 64, 140, 160, 120, 120)
"""Starting widths (the user may drag them); fixed, so filling never measures every cell."""
OVERDUE_COLOUR = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewQueuePage", text)


def column_titles() -> Tuple[str, ...]:
    return (
        _tr("Organisation"),
        _tr("Country"),
        _tr("Round"),
        _tr("Routed to"),
        _tr("Due"),
        _tr("State"),
        _tr("Task"),
    )


def task_labels() -> dict:
    return {
        "screen": _tr("Screen"),
        "declare": _tr("Declare conflicts"),
        "review": _tr("Review"),
        "opinion": _tr("Group opinion"),
        "decide": _tr("Decide"),
        "appeal": _tr("Decide the appeal"),
        "none": _tr("Nothing to do"),
    }


def state_labels() -> dict:
    return {
        "submitted": _tr("Submitted"),
        "resubmitted": _tr("Resubmitted"),
        "screening": _tr("Screening"),
        "under_review": _tr("Under review"),
        "appealed": _tr("Appealed"),
        "changes_requested": _tr("Changes requested"),
        "approved": _tr("Approved"),
        "rejected": _tr("Rejected"),
        "withdrawn": _tr("Withdrawn"),
    }


def due_text(item: QueueItem) -> str:
    """ "due in 3 days", "due today", "overdue by 2 days", "" (no due date).

    English has two forms; each literal carries ``%n`` so that a catalogue gives every
    language its own plural forms (Qt's numerus translations)."""
    days = item.due_in_days
    if days is None:
        return _tr("overdue") if item.overdue else ""
    if item.overdue or days < 0:
        late = abs(days)
        if late == 0:
            return _tr("overdue")
        if late == 1:
            return QCoreApplication.translate("ReviewQueuePage", "overdue by %n day", "", late)
        return QCoreApplication.translate("ReviewQueuePage", "overdue by %n days", "", late)
    if days == 0:
        return _tr("due today")
    if days == 1:
        return QCoreApplication.translate("ReviewQueuePage", "due in %n day", "", days)
    return QCoreApplication.translate("ReviewQueuePage", "due in %n days", "", days)


def routed_text(item: QueueItem) -> str:
    if item.routed_kind == "psc":
        return _tr("PSC (escalated)") if item.escalated else _tr("PSC")
    if item.routed_kind == "group":
        return ", ".join(item.routed_groups) or _tr("User group")
    return ""


class QueueModel(QAbstractTableModel):
    """The queue's rows; texts computed once in ``set_items``."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self._items: List[QueueItem] = []
        self._rows: List[Tuple[str, ...]] = []
        self._titles = column_titles()
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue = QBrush(OVERDUE_COLOUR)

    def set_items(self, items: Sequence[QueueItem]) -> None:
        tasks, states = task_labels(), state_labels()
        self.beginResetModel()
        self._items = list(items)
        self._rows = [
            (
                item.organisation,
                country_label(item.country),
                str(item.round) if item.round else "",
                routed_text(item),
                due_text(item),
                states.get(item.state, item.state),
                tasks.get(item.task, item.task),
            )
            for item in self._items
        ]
        self.endResetModel()

    def item(self, row: int) -> Optional[QueueItem]:
        return self._items[row] if 0 <= row < len(self._items) else None

    @property
    def items(self) -> List[QueueItem]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][column]
        item = self._items[row]
        if role == ITEM_ROLE:
            return item
        if COLUMNS[column] == "due" and item.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._overdue
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None


class QueuePage(QWidget):
    """Filters, the table, "Open", "Refresh" and (managers) "Show on map"."""

    opened = pyqtSignal(object)
    """A ``QueueItem`` to show in the application view."""
    refreshRequested = pyqtSignal()
    mapRequested = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._all: List[QueueItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        filters = QHBoxLayout()
        self.task_filter = QComboBox(self)
        self.task_filter.setObjectName("queueTaskFilter")
        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("queueCountryFilter")
        self.overdue_filter = QCheckBox(_tr("Overdue only"), self)
        self.overdue_filter.setObjectName("queueOverdueFilter")
        filters.addWidget(self.task_filter, 1)
        filters.addWidget(self.country_filter, 1)
        filters.addWidget(self.overdue_filter)
        self.escalated_filter = QCheckBox(_tr("Escalated only"), self)
        self.escalated_filter.setObjectName("queueEscalatedFilter")
        self.escalated_filter.setToolTip(_tr("Applications sent on to the PSC"))
        self.escalated_filter.hide()
        filters.addWidget(self.escalated_filter)
        layout.addLayout(filters)
        self._fill_tasks()
        self._fill_countries([])

        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reviewQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setMinimumHeight(220)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("queueEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(_tr("Open"), self)
        self.open_button.setObjectName("queueOpen")
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(_tr("Refresh"), self)
        self.refresh_button.setObjectName("queueRefresh")
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.map_button = QPushButton(_tr("Show on map"), self)
        self.map_button.setObjectName("queueShowOnMap")
        self.map_button.setToolTip(_tr("A layer of the applications under review per country"))
        self.map_button.clicked.connect(self.mapRequested)
        self.map_button.hide()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.map_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.task_filter.currentIndexChanged.connect(self.apply_filters)
        self.country_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.escalated_filter.toggled.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # ------------------------------------------------------------------ filters
    def _fill_tasks(self) -> None:
        labels = task_labels()
        self.task_filter.addItem(_tr("All tasks"), "")
        for task in TASKS:
            self.task_filter.addItem(labels[task], task)

    def _fill_countries(self, codes: Sequence[str]) -> None:
        chosen = self.country_filter.currentData() or ""
        self.country_filter.blockSignals(True)
        try:
            self.country_filter.clear()
            self.country_filter.addItem(_tr("All countries"), "")
            for code in codes:
                self.country_filter.addItem(country_label(code), code)
            index = self.country_filter.findData(chosen)
            self.country_filter.setCurrentIndex(max(index, 0))
        finally:
            self.country_filter.blockSignals(False)

    def filters(self) -> Tuple[str, str, bool]:
        return (
            self.task_filter.currentData() or "",
            self.country_filter.currentData() or "",
            self.overdue_filter.isChecked(),
        )

    def set_filters(self, task: str = "", country: str = "", overdue_only: bool = False) -> None:
        for combo, value in ((self.task_filter, task), (self.country_filter, country)):
            index = combo.findData(value)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(overdue_only)
        self.overdue_filter.blockSignals(False)
        self.apply_filters()

    # ------------------------------------------------------------------ content
    def set_items(self, items: Sequence[QueueItem]) -> None:
        """The whole queue as read; the filters chosen stay (a country no longer there
        falls back to all)."""
        self._all = list(items)
        self._fill_countries(countries(self._all))
        self.apply_filters()

    @property
    def all_items(self) -> List[QueueItem]:
        return list(self._all)

    def apply_filters(self, *_args: object) -> None:
        selected = self.selected()
        task, country, overdue_only = self.filters()
        escalated_only = self.escalated_filter.isChecked()
        shown = filter_items(self._all, task, country, overdue_only, escalated_only)
        self.model.set_items(shown)
        if not self._all:
            self.empty_label.setText(_tr("Nothing is waiting for you."))
        elif not shown:
            self.empty_label.setText(_tr("No application matches the filters."))
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        if selected is not None:
            self.select(selected.application)
        self._selection_changed()

    def set_manager(self, manager: bool) -> None:
        """Managers (the PSC) also get the escalated filter and the map."""
        self.map_button.setVisible(manager)
        self.escalated_filter.setVisible(manager)
        if not manager:
            self.escalated_filter.setChecked(False)

    # ------------------------------------------------------------------ selection
    def selected(self) -> Optional[QueueItem]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    def select(self, application_id: int) -> bool:
        for row, item in enumerate(self.model.items):
            if item.application == application_id:
                self.table.selectRow(row)
                return True
        return False

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.opened.emit(item)

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.opened.emit(item)

    def _selection_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(self.selected() is not None)
