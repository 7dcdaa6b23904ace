"""The base of the two panels of one course (attendees, certificates): its state, its buttons
row, its status line and its requests, so both behave the same when the course changes.

A request runs in the context's task slots; its answer (or refusal) reaches the panel only
while the panel lives and still shows the course the request was made for. The base has no
user-visible strings: every one stays in the subclass's own translation context.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional

from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from ...core.errors import CancelledError
from ...qgis_io.lifetime import is_alive
from .context import TrainingContext
from .panel_helpers import refusal, selected_rows


class CoursePanel(QWidget):
    """A course's panel: ``course``/``course_id``, ``status()``, ``_button``, ``_run``.

    The subclass makes ``table`` (its records' rows) and ``status_label``."""

    table: QTableWidget
    status_label: QLabel

    def __init__(
        self, context: TrainingContext, name: str, parent: Optional[QWidget] = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.course: Any = None
        self.course_id: Optional[int] = None

    def _button(
        self, name: str, label: str, slot: Callable[[], Any], row: QHBoxLayout
    ) -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    # ------------------------------------------------------------------ state
    def status(self) -> str:
        return self.status_label.text()

    def set_status(self, shown: str) -> None:
        self.status_label.setText(shown)

    def _selected_of(self, records: List[Any]) -> Any:
        """The record of ``records`` on the table's first selected row (``None``: none)."""
        rows = selected_rows(self.table)
        return records[rows[0]] if rows and rows[0] < len(records) else None

    def ask(self, title: str, question: str, default_yes: bool = True) -> bool:
        """A yes/no question (tests replace it)."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, question, buttons, default)
        return answer == QMessageBox.StandardButton.Yes

    def _run(
        self,
        description: str,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        purpose: str,
        failed: Optional[Callable[[Exception], None]] = None,
    ) -> Any:
        """Run ``work`` in a task; ``done``/``failed`` only while this course is still shown
        (a refusal without ``failed`` goes to the status line, a cancellation nowhere)."""
        course_id = self.course_id

        def delivered(result: Any) -> None:
            if is_alive(self) and self.course_id == course_id:
                done(result)

        def refused(error: Exception) -> None:
            if not is_alive(self) or self.course_id != course_id:
                return
            if failed is not None:
                failed(error)
            elif not isinstance(error, CancelledError):
                self.set_status(refusal(error))

        return self.context.run(description, work, delivered, refused, purpose=purpose)
