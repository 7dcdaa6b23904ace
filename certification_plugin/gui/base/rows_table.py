"""A table of sub-forms (contributions, courses) with "Add row" / "Remove row" buttons.

Columns come from a ``ROWS`` field's sub-fields: a choice is a combo box in its cell, a
yes/no a check box item, everything else text. Cell text is shown as typed (items are plain
text); error tooltips are escaped and wrapped so Qt never reads them as markup.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import forms
from ...core.escape import html_escape
from ...core.forms import FieldSpec

ERROR_PROPERTY = "certificationError"
"""Dynamic property set to True on a widget with an error; the form's style sheet draws it."""
ERROR_BACKGROUND = QColor(253, 236, 234)
Translate = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RowsTable", text)


def plain_tooltip(messages: List[str]) -> str:
    """A tooltip that shows ``messages`` as text: escaped inside a paragraph (rich text)."""
    return "<p>" + "<br>".join(html_escape(message) for message in messages) + "</p>"


def set_error_property(widget: QWidget, on: bool) -> None:
    """Mark ``widget`` (red border through the form's style sheet) and restyle it now."""
    if bool(widget.property(ERROR_PROPERTY)) == on:
        return
    widget.setProperty(ERROR_PROPERTY, on)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def choice_combo(spec: FieldSpec, translate: Translate, parent: QWidget) -> QComboBox:
    """A combo box of a choice field: an empty entry (no choice yet), then its choices."""
    combo = QComboBox(parent)
    combo.addItem("", "")
    for value, label in spec.choices:
        combo.addItem(translate(label), value)
    return combo


class RowsTable(QWidget):
    """Edits a list of rows (dicts) of one ``ROWS`` field; ``changed`` on every edit."""

    changed = pyqtSignal()

    def __init__(
        self, spec: FieldSpec, translate: Translate, parent: Optional[QWidget] = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._columns: Tuple[FieldSpec, ...] = spec.fields
        self._translate = translate
        self._loading = False
        self._marks: Dict[Tuple[int, str], List[str]] = {}

        self.table = QTableWidget(0, len(self._columns), self)
        self.table.setHorizontalHeaderLabels([translate(column.label) for column in self._columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(True)
        self.table.itemChanged.connect(self._cell_changed)
        self.add_button = QPushButton(_tr("Add row"), self)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(_tr("Remove row"), self)
        self.remove_button.clicked.connect(self.remove_selected_row)
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ values
    def column(self, name: str) -> int:
        """Index of the column of sub-field ``name``; -1 when there is none."""
        for index, column in enumerate(self._columns):
            if column.name == name:
                return index
        return -1

    def rows(self) -> List[Dict[str, Any]]:
        return [self._row_values(row) for row in range(self.table.rowCount())]

    def set_rows(self, rows: List[Dict[str, Any]]) -> None:
        """Replace every row (a draft restored, the server's copy); emits no ``changed``."""
        self._loading = True
        try:
            self.clear_marks()
            self.table.setRowCount(0)
            for values in rows:
                self._append_row(values)
        finally:
            self._loading = False
        self._selection_changed()

    def add_row(self, values: Optional[Dict[str, Any]] = None) -> int:
        """Append a row (empty unless ``values``) and return its index."""
        self._loading = True
        try:
            row = self._append_row(values or {})
        finally:
            self._loading = False
        self.changed.emit()
        return row

    def remove_selected_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        for row in reversed(rows):
            self.table.removeRow(row)
        self.clear_marks()  # the rows after it moved: old marks would point at others
        self.changed.emit()

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def _append_row(self, values: Dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self._columns):
            value = values.get(column.name, forms.default_value(column))
            if column.kind == forms.CHOICE:
                combo = choice_combo(column, self._translate, self.table)
                position = combo.findData(value)
                combo.setCurrentIndex(max(position, 0))
                combo.currentIndexChanged.connect(self._cell_changed)
                self.table.setCellWidget(row, index, combo)
                continue
            item = QTableWidgetItem()
            if column.kind == forms.BOOLEAN:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                checked = Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
                item.setCheckState(checked)
            else:
                item.setText("" if value is None else str(value))
            self.table.setItem(row, index, item)
        return row

    def _row_values(self, row: int) -> Dict[str, Any]:
        values: Dict[str, Any] = {}
        for index, column in enumerate(self._columns):
            if column.kind == forms.CHOICE:
                combo = self.table.cellWidget(row, index)
                values[column.name] = (combo.currentData() or "") if combo is not None else ""
                continue
            item = self.table.item(row, index)
            if column.kind == forms.BOOLEAN:
                values[column.name] = (
                    item is not None and item.checkState() == Qt.CheckState.Checked
                )
                continue
            text = item.text() if item is not None else ""
            if column.kind == forms.INTEGER:
                number = text.strip()
                values[column.name] = (
                    int(number) if number.lstrip("+-").isdigit() else (number or None)
                )
            else:
                values[column.name] = text
        return values

    def _cell_changed(self, *_args: object) -> None:
        """An item edited or a cell's combo box changed (not while the table fills)."""
        if not self._loading:
            self.changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # ------------------------------------------------------------------ errors
    def mark_cell(self, row: int, name: str, messages: List[str]) -> bool:
        """Show ``messages`` at a cell; False when there is no such row or column."""
        index = self.column(name)
        if index < 0 or not 0 <= row < self.table.rowCount():
            return False
        self._marks.setdefault((row, name), []).extend(messages)
        tooltip = plain_tooltip(self._marks[(row, name)])
        widget = self.table.cellWidget(row, index)
        if widget is not None:
            set_error_property(widget, True)
            widget.setToolTip(tooltip)
        else:
            item = self.table.item(row, index)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, index, item)
            self._loading = True
            try:
                item.setBackground(ERROR_BACKGROUND)
                item.setToolTip(tooltip)
            finally:
                self._loading = False
        return True

    def cell_errors(self, row: int, name: str) -> List[str]:
        return list(self._marks.get((row, name), []))

    def clear_marks(self) -> None:
        marks, self._marks = self._marks, {}
        self._loading = True
        try:
            for row, name in marks:
                index = self.column(name)
                if row >= self.table.rowCount():
                    continue
                widget = self.table.cellWidget(row, index)
                if widget is not None:
                    set_error_property(widget, False)
                    widget.setToolTip("")
                item = self.table.item(row, index)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setToolTip("")
        finally:
            self._loading = False
