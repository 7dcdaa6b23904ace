"""Widgets built from a ``core.forms.FormSpec``, their values, field errors and autosave.

The spec is data; the binder turns each field into a widget (line edit, plain text edit,
spin box, combo box, check box, date edit, a table of rows), reads and writes the values in
``core.forms``' shape, emits ``changed`` on every edit and feeds a ``DraftAutosaver``. Errors
(local or the server's ``ValidationFailed.errors``, dotted names into table cells) show at
their field: a red border through a dynamic property and a plain-text message under it.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional

from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import forms
from ...core.forms import FieldSpec, FormSpec
from ...qgis_io.drafts import DraftAutosaver
from ...qgis_io.lifetime import is_alive
from .form_messages import translated_messages
from .rows_table import (
    ERROR_PROPERTY,
    RowsTable,
    choice_combo,
    plain_tooltip,
    set_error_property,
)

Translate = Callable[[str], str]
INT_LIMIT = 2**31 - 1
STYLE_SHEET = (
    f'*[{ERROR_PROPERTY}="true"] {{ border: 1px solid #c62828; border-radius: 2px; }}\n'
    "QLabel#fieldError { color: #c62828; }\n"
    "QLabel#fieldHelp { color: palette(mid); }"
)

__all__ = ["ERROR_PROPERTY", "FormBinder"]


def _identity(text: str) -> str:
    return text


class FormBinder(QObject):
    """Spec <-> widgets. ``widget`` is the built form; put it in a dock or a dialog.

    ``translate`` turns the spec's English labels, help and choice labels into the interface
    language (the dock passes its ``tr``-based helper). ``set_values`` emits no ``changed``:
    restoring a draft is not an edit, so it does not save the draft again.
    """

    changed = pyqtSignal()

    def __init__(
        self,
        spec: FormSpec,
        parent: Optional[QWidget] = None,
        translate: Optional[Translate] = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._translate = translate or _identity
        self._editors: Dict[str, QWidget] = {}
        self._error_labels: Dict[str, QLabel] = {}
        self._loading = False
        self._autosaver: Optional[DraftAutosaver] = None
        self.widget = QWidget(parent)
        self.widget.setObjectName(f"form_{spec.name}")
        self.widget.setStyleSheet(STYLE_SHEET)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, fields in spec.grouped():
            if title:
                group: QWidget = QGroupBox(self._translate(title), self.widget)
            else:
                group = QWidget(self.widget)
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if not title:
                form.setContentsMargins(0, 0, 0, 0)
            for field_spec in fields:
                self._add_field(form, group, field_spec)
            layout.addWidget(group)
        layout.addStretch(1)

    # ------------------------------------------------------------------ building
    def _add_field(self, form: QFormLayout, group: QWidget, spec: FieldSpec) -> None:
        editor = self._build_editor(spec, group)
        editor.setObjectName(f"field_{spec.name}")
        self._editors[spec.name] = editor
        box = QWidget(group)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(editor)
        if spec.help:
            help_label = self._plain_label(self._translate(spec.help), box, "fieldHelp")
            box_layout.addWidget(help_label)
        error = self._plain_label("", box, "fieldError")
        error.hide()
        box_layout.addWidget(error)
        self._error_labels[spec.name] = error
        label = self._translate(spec.label)
        if spec.help:
            editor.setToolTip(plain_tooltip([self._translate(spec.help)]))
        if spec.kind == forms.BOOLEAN:
            form.addRow("", box)
        elif spec.kind == forms.ROWS:
            title = self._plain_label(label, group, "")
            title.setBuddy(editor)
            form.addRow(title)
            form.addRow(box)
        else:
            form.addRow(label, box)
            buddy = form.labelForField(box)
            if isinstance(buddy, QLabel):
                buddy.setTextFormat(Qt.TextFormat.PlainText)
                buddy.setBuddy(editor)

    @staticmethod
    def _plain_label(text: str, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)  # network text is never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        label.setText(text)
        return label

    def _build_editor(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        kind = spec.kind
        if kind in (forms.TEXT, forms.EMAIL, forms.URL):
            line = QLineEdit(parent)
            if kind == forms.EMAIL:
                line.setPlaceholderText("name@example.org")
            elif kind == forms.URL:
                line.setPlaceholderText("https://")
            line.textEdited.connect(self._edited)
            return line
        if kind == forms.MULTILINE:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.textChanged.connect(self._edited)
            return text
        if kind == forms.INTEGER:
            spin = QSpinBox(parent)
            low = spec.minimum if spec.minimum is not None else 0
            high = spec.maximum if spec.maximum is not None else INT_LIMIT
            spin.setRange(max(int(low) - 1, -INT_LIMIT), min(int(high), INT_LIMIT))
            spin.setSpecialValueText(" ")  # the value below the range: no number entered
            spin.setValue(spin.minimum())
            spin.valueChanged.connect(self._edited)
            return spin
        if kind == forms.CHOICE:
            combo = choice_combo(spec, self._translate, parent)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._edited)
            return combo
        if kind == forms.BOOLEAN:
            check = QCheckBox(self._translate(spec.label), parent)
            check.toggled.connect(self._edited)
            return check
        if kind == forms.DATE:
            day = QgsDateEdit(parent)
            day.setAllowNull(True)
            day.setCalendarPopup(True)
            day.clear()
            day.dateValueChanged.connect(self._edited)
            return day
        table = RowsTable(spec, self._translate, parent)
        table.changed.connect(self._edited)
        return table

    # ------------------------------------------------------------------ values
    def editor(self, name: str) -> QWidget:
        """The widget of field ``name`` (a ``RowsTable`` for rows)."""
        return self._editors[name]

    def error_label(self, name: str) -> QLabel:
        return self._error_labels[name]

    def values(self) -> Dict[str, Any]:
        """The form's data in ``core.forms``' shape (what ``validate`` and drafts take)."""
        return {spec.name: self._value(spec) for spec in self.spec.fields}

    def _value(self, spec: FieldSpec) -> Any:
        editor = self._editors[spec.name]
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QSpinBox):
            return None if editor.value() == editor.minimum() else editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QgsDateEdit):
            day = editor.date()
            if editor.isNull() or not day.isValid():
                return ""
            return day.toString(Qt.DateFormat.ISODate)
        assert isinstance(editor, RowsTable)
        return editor.rows()

    def set_values(self, data: Mapping[str, Any]) -> None:
        """Show ``data`` (missing fields empty); emits no ``changed``."""
        self._loading = True
        try:
            for spec in self.spec.fields:
                self._set_value(spec, data.get(spec.name, forms.default_value(spec)))
        finally:
            self._loading = False

    def _set_value(self, spec: FieldSpec, value: Any) -> None:
        editor = self._editors[spec.name]
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, QSpinBox):
            number = value if isinstance(value, int) and not isinstance(value, bool) else None
            editor.setValue(editor.minimum() if number is None else number)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value if value else ""), 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(value is True)
        elif isinstance(editor, QgsDateEdit):
            day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
            if day.isValid():
                editor.setDate(day)
            else:
                editor.clear()
        else:
            assert isinstance(editor, RowsTable)
            editor.set_rows([row for row in (value or []) if isinstance(row, dict)])

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.changed.emit()
        if self._autosaver is not None and is_alive(self._autosaver):
            self._autosaver.touch(self.draft_data)

    # ------------------------------------------------------------------ drafts
    def draft_data(self) -> Dict[str, Any]:
        """What the draft of the current values holds (``core.forms.to_draft``)."""
        return forms.to_draft(self.spec, self.values())

    def load_draft(self, draft_data: Any) -> None:
        """Show a saved draft's values, for the spec as it is now (tolerant of changes)."""
        self.set_values(forms.from_draft(self.spec, draft_data))

    def attach_autosaver(self, autosaver: DraftAutosaver) -> None:
        """Every edit touches ``autosaver``; ``flush()`` (the dock's close) saves at once."""
        self._autosaver = autosaver

    @property
    def autosaver(self) -> Optional[DraftAutosaver]:
        return self._autosaver

    def flush(self) -> bool:
        """Save a pending edit now; True if one was saved."""
        if self._autosaver is None or not is_alive(self._autosaver):
            return False
        return self._autosaver.flush()

    # ------------------------------------------------------------------ errors
    def validate(self) -> Dict[str, List[str]]:
        """Check the values locally, show the problems at their fields and return them."""
        errors = forms.validate(self.spec, self.values(), translated_messages())
        self.clear_errors()
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: Mapping[str, List[str]]) -> Dict[str, List[str]]:
        """Show each field's messages at it; returns the ones no field of this form takes.

        ``"contributions.1.url"`` marks row 1's cell and lists the message under the table
        with the row number and column. Messages are shown as plain text, never markup.
        """
        unplaced: Dict[str, List[str]] = {}
        for name, messages in errors.items():
            messages = [str(message) for message in messages]
            if not messages:
                continue
            head, _dot, rest = name.partition(".")
            editor = self._editors.get(head)
            if editor is None:
                unplaced[name] = messages
            elif not rest:
                self._show_at(head, messages)
            elif isinstance(editor, RowsTable) and self._show_in_row(editor, head, rest, messages):
                pass
            else:
                unplaced[name] = messages
        return unplaced

    def _show_in_row(self, table: RowsTable, head: str, rest: str, messages: List[str]) -> bool:
        row_text, _dot, column = rest.partition(".")
        if not row_text.isdigit():
            return False
        row = int(row_text)
        if not column:  # a message about a whole row
            if not 0 <= row < table.table.rowCount():
                return False
            column_label = ""
        else:
            if not table.mark_cell(row, column, messages):
                return False
            column_label = self._translate(table.spec.fields[table.column(column)].label)
        prefix = self.tr("Row {row}").format(row=row + 1)
        if column_label:
            prefix = self.tr("Row {row}, {column}").format(row=row + 1, column=column_label)
        self._show_at(head, [f"{prefix}: {message}" for message in messages])
        return True

    def _show_at(self, name: str, messages: List[str]) -> None:
        label = self._error_labels[name]
        shown = label.text()
        label.setText("\n".join(([shown] if shown else []) + messages))
        label.show()
        set_error_property(self._mark_target(name), True)

    def field_errors(self, name: str) -> str:
        """The message text shown under field ``name`` ("" when none)."""
        label = self._error_labels[name]
        return label.text() if label.isVisibleTo(self.widget) else ""

    def _mark_target(self, name: str) -> QWidget:
        """The widget that wears field ``name``'s red border (a rows field's table)."""
        editor = self._editors[name]
        return editor.table if isinstance(editor, RowsTable) else editor

    def has_error_mark(self, name: str) -> bool:
        return bool(self._mark_target(name).property(ERROR_PROPERTY))

    def clear_errors(self) -> None:
        for name, label in self._error_labels.items():
            label.clear()
            label.hide()
            editor = self._editors[name]
            if isinstance(editor, RowsTable):
                editor.clear_marks()
            set_error_property(self._mark_target(name), False)
