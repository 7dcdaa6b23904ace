"""Small pieces the training panels and dialogs share: reading records whichever shape the
client gives (dicts of the API, or objects with attributes), the certificate types and
languages, read-only plain-text table cells, the wording of a refusal, and a form dialog.

Every value from the network goes into plain-text items and labels: never markup.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CancelledError, ConflictError, PermissionDeniedError, ValidationFailed
from ...core.fields import text_or_empty
from ...core.forms import FormSpec
from ...qgis_io.messages import error_message
from ..applications.check_results import _counted as counted
from ..base import FormBinder
from ..reviews.page_helpers import plain_label

CERTIFICATE_TYPES = ("attendance", "completion")
LANGUAGES: Tuple[Tuple[str, str], ...] = (
    ("en", "English"),
    ("ro", "Română"),
    ("sv", "Svenska"),
    ("zh_TW", "中文（繁體）"),  # noqa: RUF001 - the full-width brackets are right in Chinese
)
"""The certificates' languages, each named in itself (an endonym is never translated)."""
ERROR_COLOUR = QColor("#b3261e")
VALID_COLOUR = QColor("#1b7f3b")

__all__ = ["counted", "plain_label"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanels", text)


def value(record: Any, key: str, default: Any = None) -> Any:
    """``record[key]`` of a mapping, ``record.key`` of an object; ``default`` otherwise."""
    if record is None:
        return default
    if isinstance(record, Mapping):
        found = record.get(key, default)
    else:
        found = getattr(record, key, default)
    return default if found is None else found


def text(record: Any, key: str) -> str:
    return text_or_empty(value(record, key))


def record_id(record: Any) -> Optional[int]:
    """The record's numeric ``id`` (a course, an attendee); ``None`` without one."""
    ident = value(record, "id")
    try:
        return int(ident) if ident is not None and not isinstance(ident, bool) else None
    except (TypeError, ValueError):
        return None


def certificate_status(attendee: Any) -> str:
    """``valid``/``revoked`` of an attendee's certificate on the course, "" without one
    (``core.training.Attendee`` or the API's dict with its ``certificate``)."""
    flat = value(attendee, "certificate_status")
    if isinstance(flat, str):
        return flat
    return text(value(attendee, "certificate"), "status")


def certificate_of(attendee: Any) -> str:
    flat = value(attendee, "certificate_id")
    if isinstance(flat, str):
        return flat
    return text(value(attendee, "certificate"), "certificate_id")


def type_labels() -> Dict[str, str]:
    return {"attendance": _tr("Attendance"), "completion": _tr("Completion")}


def status_labels() -> Dict[str, str]:
    return {
        "valid": _tr("Valid"),
        "revoked": _tr("Revoked"),
        "not_found": _tr("Not found"),
    }


def language_label(code: str) -> str:
    return dict(LANGUAGES).get(code, code)


def read_only_table(
    parent: QWidget, name: str, titles: Sequence[str], multi: bool = False
) -> QTableWidget:
    """A table of plain-text rows, selected by whole rows, nothing editable."""
    table = QTableWidget(0, len(titles), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(titles))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if multi else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def cell(shown: str, colour: Optional[QColor] = None, tooltip: str = "") -> QTableWidgetItem:
    """A read-only item; QTableWidgetItem text is plain text, never markup. The tooltip
    (which Qt may read as rich text) is given only text made here or escaped by the caller."""
    item = QTableWidgetItem(shown)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if colour is not None:
        item.setForeground(QBrush(colour))
    if tooltip:
        item.setToolTip(tooltip)
    return item


def fill_table(table: QTableWidget, rows: List[List[QTableWidgetItem]]) -> None:
    """The rows, each column as wide as its contents (the last one takes what is left)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, items in enumerate(rows):
        for column, item in enumerate(items):
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def selected_rows(table: QTableWidget) -> List[int]:
    model = table.selectionModel()
    return sorted({index.row() for index in model.selectedRows()}) if model else []


def refusal(error: BaseException) -> str:
    """What the user reads for a failed request: the server's own reason for a refusal
    (409 in use, not enough credits, not started; 403 window) after the translated kind."""
    if isinstance(error, CancelledError):
        return ""
    if isinstance(error, (ConflictError, PermissionDeniedError)) and error.detail:
        return error.detail
    if isinstance(error, ValidationFailed):
        lines = list(error.general)
        lines += [f"{name}: {m}" for name, messages in error.errors.items() for m in messages]
        if lines:
            return "\n".join(lines)
    return error_message(error)


class FormDialog(QDialog):
    """A small dialog around a ``FormBinder``: OK checks the fields locally first."""

    def __init__(
        self,
        spec: FormSpec,
        title: str,
        translate: Callable[[str], str],
        parent: Optional[QWidget] = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.binder = FormBinder(spec, self, translate)
        layout = QVBoxLayout(self)
        if intro:
            label = plain_label(self, "formIntro")
            label.setText(intro)
            layout.addWidget(label)
        layout.addWidget(self.binder.widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> Dict[str, Any]:
        return self.binder.values()

    def accept(self) -> None:
        if self.binder.validate():
            return
        super().accept()
