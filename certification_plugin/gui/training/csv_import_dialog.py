"""The server's preview of an attendee import, and the user's go-ahead.

Shown for a CSV file (detected encoding, separator, header mode) and for rows taken from a
layer (``FieldMappingDialog``): every row with its status, the invalid ones in red with their
errors, the counts, and "Skip the N invalid rows". An import is all or nothing on the server,
so Import stays disabled while invalid rows exist and skipping them is not accepted. The dialog
only reads the preview; the panel sends the import (``skip_invalid``) after it is accepted.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any, Dict, List, Mapping, Optional

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.fields import text_or_empty
from ..base.rows_table import plain_tooltip
from .panel_helpers import ERROR_COLOUR, cell, counted, fill_table, plain_label, read_only_table

COLUMNS = ("line", "first_name", "surname", "email", "status", "errors")


def preview_document(preview: Any) -> Dict[str, Any]:
    """The preview as the API's JSON shape, from ``core.training.ImportResult`` or a dict."""
    if is_dataclass(preview) and not isinstance(preview, type):
        document = asdict(preview)
        document.pop("data", None)
        return document
    return dict(preview) if isinstance(preview, Mapping) else {}


def _count(preview: Mapping[str, Any], key: str) -> int:
    found = preview.get(key)
    return found if isinstance(found, int) and not isinstance(found, bool) else 0


def line_text(line: Any) -> str:
    """The file's line number ("" for rows from a layer, which have none)."""
    return str(line) if isinstance(line, int) and not isinstance(line, bool) and line > 0 else ""


def row_errors(row: Mapping[str, Any]) -> List[str]:
    """A row's errors as ``field: message`` lines (the server's English messages)."""
    errors = row.get("errors")
    if not isinstance(errors, dict):
        return []
    lines = []
    for name, messages in errors.items():
        for message in messages if isinstance(messages, list) else [messages]:
            lines.append(f"{name}: {text_or_empty(message)}")
    return lines


class CsvImportDialog(QDialog):
    """``CsvImportDialog(preview, parent, source="csv"|"layer")`` (``preview``: the client's
    ``ImportResult`` or the API's JSON); ``skip_invalid`` after ``exec()`` accepted it."""

    def __init__(self, preview: Any, parent: Optional[QWidget] = None, source: str = "csv") -> None:
        super().__init__(parent)
        self.setObjectName("CsvImportDialog")
        self.setWindowTitle(self.tr("Import attendees"))
        self.preview: Dict[str, Any] = preview_document(preview)
        self.rows: List[Dict[str, Any]] = [
            dict(row) for row in self.preview.get("rows") or () if isinstance(row, dict)
        ]
        self.valid = _count(self.preview, "valid")
        self.invalid = _count(self.preview, "invalid")
        layout = QVBoxLayout(self)

        self.detected_label = plain_label(self, "csvDetected")
        self.detected_label.setText(self.detected_text() if source == "csv" else "")
        self.detected_label.setVisible(source == "csv")
        layout.addWidget(self.detected_label)

        titles = (
            self.tr("Line"),
            self.tr("First name"),
            self.tr("Surname"),
            self.tr("E-mail"),
            self.tr("Status"),
            self.tr("Errors"),
        )
        self.table = read_only_table(self, "csvRows", titles)
        self.table.setMinimumSize(640, 260)
        layout.addWidget(self.table, 1)
        self._fill()

        self.counts_label = plain_label(self, "csvCounts")
        self.counts_label.setText(self.counts_text())
        layout.addWidget(self.counts_label)

        self.skip_check = QCheckBox(
            counted(
                QCoreApplication.translate(
                    "CsvImportDialog", "Skip the %n invalid row(s)", None, self.invalid
                ),
                self.invalid,
            ),
            self,
        )
        self.skip_check.setObjectName("csvSkipInvalid")
        self.skip_check.setVisible(self.invalid > 0)
        self.skip_check.toggled.connect(self._update)
        layout.addWidget(self.skip_check)

        self.hint_label = plain_label(self, "csvHint")
        layout.addWidget(self.hint_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("csvImport")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    # ------------------------------------------------------------------ texts
    def detected_text(self) -> str:
        encoding = text_or_empty(self.preview.get("encoding")) or "-"
        separator = text_or_empty(self.preview.get("separator"))
        separators = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        mode = text_or_empty(self.preview.get("header_mode"))
        modes = {
            "named": self.tr("named columns"),
            "positional": self.tr("no header: First Name, Surname, Email"),
        }
        return self.tr("Encoding: {encoding} · Separator: {separator} · Header: {mode}").format(
            encoding=encoding,
            separator=separators.get(separator, separator or "-"),
            mode=modes.get(mode, mode or "-"),
        )

    def counts_text(self) -> str:
        valid = counted(
            QCoreApplication.translate("CsvImportDialog", "%n valid row(s)", None, self.valid),
            self.valid,
        )
        invalid = counted(
            QCoreApplication.translate("CsvImportDialog", "%n invalid row(s)", None, self.invalid),
            self.invalid,
        )
        return f"{valid} · {invalid}"

    def status_labels(self) -> Dict[str, str]:
        return {
            "new": self.tr("New"),
            "existing": self.tr("Known attendee"),
            "already_on_course": self.tr("Already on the course"),
            "invalid": self.tr("Invalid"),
        }

    def _fill(self) -> None:
        statuses = self.status_labels()
        rows = []
        for row in self.rows:
            errors = row_errors(row)
            bad = bool(errors) or row.get("status") == "invalid"
            colour = ERROR_COLOUR if bad else None
            status = text_or_empty(row.get("status"))
            rows.append(
                [
                    cell(line_text(row.get("line")), colour),
                    cell(text_or_empty(row.get("first_name")), colour),
                    cell(text_or_empty(row.get("surname")), colour),
                    cell(text_or_empty(row.get("email")), colour),
                    cell(statuses.get(status, status), colour),
                    cell("; ".join(errors), colour, plain_tooltip(errors) if errors else ""),
                ]
            )
        fill_table(self.table, rows)

    # ------------------------------------------------------------------ state
    @property
    def skip_invalid(self) -> bool:
        return self.invalid > 0 and self.skip_check.isChecked()

    def can_import(self) -> bool:
        if self.valid <= 0:
            return False
        return self.invalid == 0 or self.skip_check.isChecked()

    def _update(self, *_args: object) -> None:
        allowed = self.can_import()
        self.import_button.setEnabled(allowed)
        if self.valid <= 0:
            hint = self.tr("There is no valid row to import.")
        elif not allowed:
            hint = self.tr("Correct the file, or tick the box to skip the invalid rows.")
        else:
            hint = ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def accept(self) -> None:
        if self.can_import():
            super().accept()
