"""Paints one course result as two lines that fit the width of a docked panel.

A dock on the side of the QGIS window is about 300-380 px wide: a table with a column per
field needs horizontal scrolling there. Each row is read instead as

    **Course type**  course name                    language
    2026-03-02 - 03-04 · Centre, Country              123 km

Text that does not fit is elided (the tooltip has every detail); the language and the distance,
short and at the right, always show. The text is drawn with ``QPainter.drawText`` as plain
text, so markup in a name from the network shows as typed. The size hint asks for little
width: the list view stretches items to its viewport, so a row never scrolls sideways.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from qgis.PyQt.QtCore import QModelIndex, QObject, QRect, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .course_finder_model import (
    DETAIL_ROLE,
    DISTANCE_ROLE,
    LANGUAGE_ROLE,
    SHORT_DETAIL_ROLE,
    SUBTITLE_ROLE,
    TITLE_ROLE,
)

H_MARGIN = 6
V_MARGIN = 4
LINE_SPACING = 2
GAP = 8
"""Space between the title and the course name, and before the language and the distance."""
MIN_SUBTITLE_CHARS = 4
"""A course name squeezed to fewer characters than this is left out rather than elided."""
MIN_WIDTH_CHARS = 16


@dataclass(frozen=True)
class ItemLines:
    """The texts of one row as they are painted (elided to fit) and where they go."""

    title: str
    subtitle: str
    language: str
    detail: str
    distance: str
    title_rect: QRect
    subtitle_rect: QRect
    language_rect: QRect
    detail_rect: QRect
    distance_rect: QRect


def _right_aligned(area: QRect, top: int, width: int, height: int) -> QRect:
    width = min(width, area.width())
    return QRect(area.right() - width + 1, top, width, height)


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _text(index: QModelIndex, role: int) -> str:
    value = index.data(role)
    return str(value) if value else ""


def _width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) if text else 0


class CourseItemDelegate(QStyledItemDelegate):
    """Two-line rows for ``CourseResultsModel`` (its TITLE/SUBTITLE/DISTANCE/DETAIL roles)."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)

    # -- layout ------------------------------------------------------------------------------
    def lines(self, option: QStyleOptionViewItem, index: QModelIndex) -> ItemLines:
        """The elided texts and their rectangles inside ``option.rect``."""
        font = option.font
        metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold_font(font))
        area = option.rect.adjusted(H_MARGIN, V_MARGIN, -H_MARGIN, -V_MARGIN)
        first_height = max(bold_metrics.height(), metrics.height())
        elide = Qt.TextElideMode.ElideRight

        # First line: title and name at the left, the language at the right.
        top = area.top()
        language = _text(index, LANGUAGE_ROLE)
        language_rect = _right_aligned(area, top, _width(metrics, language), first_height)
        available = area.width() - (language_rect.width() + GAP if language else 0)
        title = bold_metrics.elidedText(_text(index, TITLE_ROLE), elide, max(available, 0))
        title_rect = QRect(area.left(), top, _width(bold_metrics, title), first_height)
        subtitle = ""
        room = available - title_rect.width() - GAP
        full_subtitle = _text(index, SUBTITLE_ROLE)
        if full_subtitle and room >= metrics.averageCharWidth() * MIN_SUBTITLE_CHARS:
            subtitle = metrics.elidedText(full_subtitle, elide, room)
            if subtitle == "\u2026":
                subtitle = ""
        subtitle_rect = QRect(
            title_rect.right() + 1 + GAP, top, _width(metrics, subtitle), first_height
        )

        # Second line: dates and place at the left, the distance at the right.
        top += first_height + LINE_SPACING
        distance = _text(index, DISTANCE_ROLE)
        distance_rect = _right_aligned(area, top, _width(metrics, distance), metrics.height())
        available = area.width() - (distance_rect.width() + GAP if distance else 0)
        # The centre's name says more than its country: the country goes first.
        detail = _text(index, DETAIL_ROLE)
        if _width(metrics, detail) > available:
            detail = _text(index, SHORT_DETAIL_ROLE) or detail
        detail = metrics.elidedText(detail, elide, max(available, 0))
        detail_rect = QRect(area.left(), top, _width(metrics, detail), metrics.height())
        return ItemLines(
            title,
            subtitle,
            language,
            detail,
            distance,
            title_rect,
            subtitle_rect,
            language_rect,
            detail_rect,
            distance_rect,
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Two lines high; narrow, so the view's own width decides (no sideways scrolling)."""
        metrics = QFontMetrics(option.font)
        bold_metrics = QFontMetrics(bold_font(option.font))
        height = (
            2 * V_MARGIN
            + max(bold_metrics.height(), metrics.height())
            + LINE_SPACING
            + metrics.height()
        )
        width = 2 * H_MARGIN + metrics.averageCharWidth() * MIN_WIDTH_CHARS
        return QSize(width, height)

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style paints the background, selection and focus only
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        lines = self.lines(opt, index)
        main, muted = self._colours(opt)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        try:
            painter.setPen(main)
            painter.setFont(bold_font(opt.font))
            painter.drawText(lines.title_rect, flags, lines.title)
            painter.setFont(opt.font)
            if lines.subtitle:
                painter.drawText(lines.subtitle_rect, flags, lines.subtitle)
            if lines.distance:
                painter.drawText(lines.distance_rect, right, lines.distance)
            painter.setPen(muted)
            if lines.language:
                painter.drawText(lines.language_rect, right, lines.language)
            painter.drawText(lines.detail_rect, flags, lines.detail)
        finally:
            painter.restore()

    @staticmethod
    def _colours(option: QStyleOptionViewItem) -> Tuple[QColor, QColor]:
        """Text colour of the first line, and a softer one for the second line."""
        palette = option.palette
        if not option.state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif option.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        if option.state & QStyle.StateFlag.State_Selected:
            text = palette.color(group, QPalette.ColorRole.HighlightedText)
            back = palette.color(group, QPalette.ColorRole.Highlight)
        else:
            text = palette.color(group, QPalette.ColorRole.Text)
            back = palette.color(group, QPalette.ColorRole.Base)
        muted = QColor(
            (text.red() * 7 + back.red() * 3) // 10,
            (text.green() * 7 + back.green() * 3) // 10,
            (text.blue() * 7 + back.blue() * 3) // 10,
        )
        return text, muted
