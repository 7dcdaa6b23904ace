"""The table model of the course finder's results: one row per course, in the finder's order.

Cells are plain text (item views do not interpret markup in display text). Tooltips are rich
text by Qt's own detection, so they are built from escaped values only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from ..core.escape import html_text
from ..core.models import Course

# Distance next to the course: it is what the results are sorted by.
COURSE, DISTANCE, DATES, CENTRE, ORGANISATION, LANGUAGE = range(6)
COLUMN_COUNT = 6


@dataclass(frozen=True)
class ResultRow:
    """One result: the cache feature id, the course and its distance (``None`` = online)."""

    fid: int
    course: Course
    distance_km: Optional[float]
    online: bool


def date_range_text(start: date, end: Optional[date]) -> str:
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} \u2013 {end.isoformat()}"


def distance_text(row: ResultRow, locale: Optional[QLocale] = None) -> str:
    """ "Online" (translated) for online courses, else kilometres in the user's number format."""
    if row.online:
        return QCoreApplication.translate("CourseFinder", "Online")
    if row.distance_km is None:
        return ""
    locale = locale or QLocale()
    decimals = 1 if row.distance_km < 10 else 0
    return locale.toString(float(row.distance_km), "f", decimals)


def _single_line(text: str) -> str:
    return " ".join((text or "").split())


def tooltip_html(course: Course) -> str:
    """Details of a course for a tooltip; every value escaped."""
    pairs = [
        (
            QCoreApplication.translate("CourseFinder", "Dates"),
            date_range_text(course.start_date, course.end_date),
        ),
        (QCoreApplication.translate("CourseFinder", "Course type"), course.course_type_name),
        (
            QCoreApplication.translate("CourseFinder", "Training centre"),
            course.training_centre_name,
        ),
        (QCoreApplication.translate("CourseFinder", "Organisation"), course.organisation_name),
        (QCoreApplication.translate("CourseFinder", "Trainer"), course.course_convener_name),
        (QCoreApplication.translate("CourseFinder", "Language"), course.language),
        (QCoreApplication.translate("CourseFinder", "Competence"), course.trained_competence),
    ]
    lines = [f"<b>{html_text(course.name)}</b>"]
    lines += [f"{html_text(label)}: {html_text(value)}" for label, value in pairs if value]
    return "<p>{}</p>".format("<br>".join(lines))


class CourseResultsModel(QAbstractTableModel):
    """Read-only rows of ``ResultRow``; order is the finder's (nearest first, online last)."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self._rows: List[ResultRow] = []

    def set_rows(self, rows: List[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result(self, row: int) -> Optional[ResultRow]:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def results(self) -> List[ResultRow]:
        return list(self._rows)

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COURSE: QCoreApplication.translate("CourseFinder", "Course"),
            DATES: QCoreApplication.translate("CourseFinder", "Dates"),
            CENTRE: QCoreApplication.translate("CourseFinder", "Training centre"),
            ORGANISATION: QCoreApplication.translate("CourseFinder", "Organisation"),
            LANGUAGE: QCoreApplication.translate("CourseFinder", "Language"),
            DISTANCE: QCoreApplication.translate("CourseFinder", "Distance (km)"),
        }
        return titles.get(section)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.result(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(row.course)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DISTANCE:
            # The flags themselves: Qt 5 stores them as an int, Qt 6 reads either form.
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display(self, row: ResultRow, column: int) -> str:
        course = row.course
        if column == COURSE:
            return _single_line(course.name) or QCoreApplication.translate(
                "CourseFinder", "(unnamed course)"
            )
        if column == DATES:
            return date_range_text(course.start_date, course.end_date)
        if column == CENTRE:
            return _single_line(course.training_centre_name)
        if column == ORGANISATION:
            return _single_line(course.organisation_name)
        if column == LANGUAGE:
            return _single_line(course.language)
        if column == DISTANCE:
            return distance_text(row)
        return ""
