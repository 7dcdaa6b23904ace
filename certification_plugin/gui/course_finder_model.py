"""The list model of the course finder's results: one row per course, in the finder's order.

A row is read as two lines (``course_item_delegate`` paints them): what the course is (type
and name) and its language, then when and where it is (dates, place) and how far, the sort
key. The model hands out those pieces as plain text in custom roles; item views and the
delegate never interpret markup in them. Tooltips are rich text by Qt's own detection, so they
are built from escaped values only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, List, Optional

from qgis.PyQt.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, Qt

from ..core.escape import html_text
from ..core.models import Course
from ..core.search import fold
from ..layers.rows import date_range
from ..qgis_io.names import country_label, country_names, language_label

_USER_ROLE = int(getattr(Qt.ItemDataRole.UserRole, "value", Qt.ItemDataRole.UserRole))
TITLE_ROLE = _USER_ROLE + 1
"""The course type (bold on the first line), or the name when the course has no type."""
SUBTITLE_ROLE = _USER_ROLE + 2
"""The course's own name after the type, when it says more than the type ("" otherwise)."""
DISTANCE_ROLE = _USER_ROLE + 3
"""The distance ("12 km"), "" for online courses (their place says "Online")."""
DETAIL_ROLE = _USER_ROLE + 4
"""The second line: dates · place."""
LANGUAGE_ROLE = _USER_ROLE + 5
"""The course's language in its own words ("svenska")."""
SHORT_DETAIL_ROLE = _USER_ROLE + 6
"""The second line without the country, for rows too narrow for all of it."""
RESULT_ROLE = _USER_ROLE + 7
"""The ``ResultRow`` itself."""

DETAIL_SEPARATOR = " \u00b7 "


def _tr(text: str) -> str:
    return QCoreApplication.translate("CourseFinder", text)


@dataclass(frozen=True)
class ResultRow:
    """One result: the cache feature id, the course and its distance (``None`` = online)."""

    fid: int
    course: Course
    distance_km: Optional[float]
    online: bool


def short_date_range_text(start: date, end: Optional[date]) -> str:
    """ISO 8601's shortened interval: the end leaves out what it shares with the start.

    From 2026-03-02 to 04 (same month), 2026-03-30 to 04-02 (same year), else both whole;
    an en dash between.
    """
    if end is None or end == start:
        return start.isoformat()
    if (end.year, end.month) == (start.year, start.month):
        return f"{start.isoformat()} \u2013 {end.day:02d}"
    if end.year == start.year:
        return f"{start.isoformat()} \u2013 {end.month:02d}-{end.day:02d}"
    return date_range(start, end)


def distance_text(row: ResultRow, locale: Optional[QLocale] = None) -> str:
    """ "Online" (translated) for online courses, else kilometres in the user's number format."""
    if row.online:
        return _tr("Online")
    if row.distance_km is None:
        return ""
    locale = locale or QLocale()
    decimals = 1 if row.distance_km < 10 else 0
    return _tr("{} km").format(locale.toString(float(row.distance_km), "f", decimals))


def _single_line(text: str) -> str:
    return " ".join((text or "").split())


def title_text(course: Course) -> str:
    """What the course is: its type, else its name, else "(unnamed course)"."""
    return (
        _single_line(course.course_type_name)
        or _single_line(course.name)
        or _tr("(unnamed course)")
    )


def subtitle_text(course: Course) -> str:
    """The course's name when it has a type too and says something the type does not."""
    kind, name = _single_line(course.course_type_name), _single_line(course.name)
    if not kind or not name or fold(name) == fold(kind):
        return ""
    return name


def country_name(code: str) -> str:
    """The country's name ("Romania"), the code when QGIS's world map does not know it."""
    code = (code or "").strip().upper()
    return country_names().get(code, code)


def place_text(course: Course, with_country: bool = True) -> str:
    """Where: "Centrul București, Romania", or "Online" for a course without a place."""
    if course.location is None:
        return _tr("Online")
    parts = [_single_line(course.training_centre_name)]
    if with_country:
        parts.append(country_name(course.country_code))
    return ", ".join(part for part in parts if part) or country_name(course.country_code)


def detail_text(course: Course, with_country: bool = True) -> str:
    """The second line of a row: dates · place."""
    parts = [
        short_date_range_text(course.start_date, course.end_date),
        place_text(course, with_country),
    ]
    return DETAIL_SEPARATOR.join(part for part in parts if part)


def language_text(course: Course) -> str:
    """The language in its own words ("română"), as the language filter lists it."""
    return _single_line(language_label(course.language))


def tooltip_html(row_or_course: Any) -> str:
    """Details of a course for a tooltip; every value escaped."""
    row = row_or_course if isinstance(row_or_course, ResultRow) else None
    course: Course = row.course if row is not None else row_or_course
    pairs = [
        (_tr("Course type"), course.course_type_name),
        (_tr("Dates"), date_range(course.start_date, course.end_date)),
        (_tr("Training centre"), course.training_centre_name),
        (_tr("Country"), country_label(course.country_code) if course.country_code else ""),
        (_tr("Organisation"), course.organisation_name),
        (_tr("Trainer"), course.course_convener_name),
        (_tr("Language"), language_label(course.language)),
        (_tr("Competence"), course.trained_competence),
    ]
    if row is not None:
        pairs.append((_tr("Distance"), distance_text(row)))
    title = _single_line(course.name) or title_text(course)
    lines = [f"<b>{html_text(title)}</b>"]
    lines += [f"{html_text(label)}: {html_text(value)}" for label, value in pairs if value]
    return "<p>{}</p>".format("<br>".join(lines))


class CourseResultsModel(QAbstractListModel):
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

    def row_of_fid(self, fid: int) -> int:
        """The row showing cache feature ``fid``, -1 when it is not among the results."""
        return next((number for number, row in enumerate(self._rows) if row.fid == fid), -1)

    # -- QAbstractListModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.result(index.row()) if index.isValid() else None
        if row is None:
            return None
        course = row.course
        if role == Qt.ItemDataRole.DisplayRole:
            # What keyboard search and copy see: the first line.
            subtitle = subtitle_text(course)
            title = title_text(course)
            return f"{title} \u2013 {subtitle}" if subtitle else title
        if role == TITLE_ROLE:
            return title_text(course)
        if role == SUBTITLE_ROLE:
            return subtitle_text(course)
        if role == DISTANCE_ROLE:
            return "" if row.online else distance_text(row)
        if role == DETAIL_ROLE:
            return detail_text(course)
        if role == SHORT_DETAIL_ROLE:
            return detail_text(course, with_country=False)
        if role == LANGUAGE_ROLE:
            return language_text(course)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            distance = "" if row.online else distance_text(row)
            parts = [title_text(course), subtitle_text(course), language_text(course)]
            parts += [detail_text(course), distance]
            return ", ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(row)
        if role == RESULT_ROLE:
            return row
        return None
