"""Reviews side by side: a table model (criterion by reviewer) and the view that shows it.

One model, not a widget per cell: filling it with many reviews is a reset and a few lists.
Rows are the rubric's criteria, then the total and each reviewer's recommendation; columns
are the reviewers, then the median. A score (or median) below the criterion's minimum is
tinted and says so in its tooltip; the criterion's row header marks its minimum. Every value
comes from the network and is shown as plain text (the model's display role, never markup).
The justifications go under the table in a read-only plain-text box.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.review_queue import parse_time
from ...core.rubric import Rubric, score_of, summarise
from ..base.rows_table import plain_tooltip

FAILED_BACKGROUND = QBrush(QColor(198, 40, 40, 60))
FAILED_ROLE = Qt.ItemDataRole.UserRole + 1
"""True on a cell whose score (or median) is below the criterion's minimum."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SideBySide", text)


def recommendation_label(value: str) -> str:
    """A recommendation (or a decision's outcome) in the interface language."""
    labels = {
        "approve": _tr("Approve"),
        "changes_requested": _tr("Changes requested"),
        "request_changes": _tr("Request changes"),
        "reject": _tr("Reject"),
    }
    return labels.get(value, value)


def when_text(value: Any) -> str:
    """A server time (ISO 8601) as local "2026-12-02 14:05"; "-" when there is none."""
    moment = parse_time(value) if isinstance(value, str) else None
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else "-"


def reviewer_name(review: Mapping[str, Any]) -> str:
    reviewer = review.get("reviewer")
    reviewer = reviewer if isinstance(reviewer, dict) else {}
    name = reviewer.get("name") or reviewer.get("username")
    return name if isinstance(name, str) and name else _tr("Reviewer")


def _number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class ReviewsTableModel(QAbstractTableModel):
    """Criterion by reviewer scores with totals, recommendations and medians."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self.rubric: Optional[Rubric] = None
        self._reviews: List[Dict[str, Any]] = []
        self._medians: Dict[str, Any] = {}
        self._median_total: Any = None
        self._failed_medians: List[str] = []

    # ------------------------------------------------------------------ filling
    def set_reviews(
        self,
        rubric: Rubric,
        reviews: Sequence[Mapping[str, Any]],
        summary: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Show ``reviews`` (the API's Review records); the server's ``summary`` (medians,
        median total, failed minimums) when given, else the same computed here."""
        self.beginResetModel()
        self.rubric = rubric
        self._reviews = [dict(review) for review in reviews]
        submitted = [
            self._scores(review) for review in self._reviews if review.get("state") != "draft"
        ]
        local = summarise(rubric, submitted)
        medians = summary.get("medians") if summary else None
        self._medians = dict(medians) if isinstance(medians, dict) else dict(local.medians)
        total = summary.get("median_total") if summary else None
        self._median_total = total if summary and "median_total" in summary else local.median_total
        failed = summary.get("failed_minimums") if summary else None
        self._failed_medians = (
            [key for key in failed if isinstance(key, str)]
            if isinstance(failed, list)
            else list(local.failed_minimums)
        )
        self.endResetModel()

    @staticmethod
    def _scores(review: Mapping[str, Any]) -> Dict[str, Optional[int]]:
        raw = review.get("scores")
        return {str(k): score_of(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    @property
    def reviews(self) -> List[Dict[str, Any]]:
        return list(self._reviews)

    @property
    def failed_medians(self) -> List[str]:
        """Criteria whose median is below their minimum."""
        return list(self._failed_medians)

    @property
    def median_total(self) -> Any:
        return self._median_total

    # ------------------------------------------------------------------ shape
    def _criteria_count(self) -> int:
        return len(self.rubric.criteria) if self.rubric is not None else 0

    def total_row(self) -> int:
        return self._criteria_count()

    def recommendation_row(self) -> int:
        return self._criteria_count() + 1

    def median_column(self) -> int:
        return len(self._reviews)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.rubric is None:
            return 0
        return self._criteria_count() + 2

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.rubric is None:
            return 0
        return len(self._reviews) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.rubric is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                if section == self.median_column():
                    return _tr("Median")
                return reviewer_name(self._reviews[section])
            if role == Qt.ItemDataRole.ToolTipRole and section < len(self._reviews):
                group = self._reviews[section].get("group")
                name = group.get("name") if isinstance(group, dict) else None
                return plain_tooltip([name if isinstance(name, str) and name else _tr("PSC")])
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == self.total_row():
            return _tr("Total (of {max})").format(max=self.rubric.max_total)
        if section == self.recommendation_row():
            return _tr("Recommendation")
        criterion = self.rubric.criteria[section]
        if criterion.minimum is None:
            return criterion.title
        return _tr("{title} (minimum {minimum})").format(
            title=criterion.title, minimum=criterion.minimum
        )

    # ------------------------------------------------------------------ cells
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.rubric is None:
            return None
        row, column = index.row(), index.column()
        failed = self._failed(row, column)
        if role == FAILED_ROLE:
            return failed
        if role == Qt.ItemDataRole.BackgroundRole:
            return FAILED_BACKGROUND if failed else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if row == self.recommendation_row():
                return None
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not failed:
                return None
            criterion = self.rubric.criteria[row]
            return _tr("Below the minimum of {minimum}").format(minimum=criterion.minimum)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, column)

    def _text(self, row: int, column: int) -> str:
        assert self.rubric is not None
        median = column == self.median_column()
        if row == self.recommendation_row():
            if median:
                return ""
            value = self._reviews[column].get("recommendation")
            return recommendation_label(value) if isinstance(value, str) else ""
        if row == self.total_row():
            if median:
                return _number(self._median_total)
            review = self._reviews[column]
            total = review.get("total")
            if total is None:
                values = self._scores(review)
                known = [values.get(key) for key in self.rubric.keys]
                total = sum(v for v in known if v is not None) if None not in known else None
            return _number(total)
        key = self.rubric.criteria[row].key
        if median:
            return _number(self._medians.get(key))
        return _number(self._scores(self._reviews[column]).get(key))

    def _failed(self, row: int, column: int) -> bool:
        assert self.rubric is not None
        if row >= self._criteria_count():
            return False
        criterion = self.rubric.criteria[row]
        if column == self.median_column():
            return criterion.key in self._failed_medians
        return criterion.below_minimum(self._scores(self._reviews[column]).get(criterion.key))


class SideBySideView(QWidget):
    """The table, a line on the medians and the reviewers' justifications."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = ReviewsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reviewsSideBySide")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("reviewsSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.justifications = QPlainTextEdit(self)
        self.justifications.setObjectName("reviewsJustifications")
        self.justifications.setReadOnly(True)
        self.justifications.setMaximumHeight(160)
        layout.addWidget(self.table)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.justifications)

    def set_reviews(
        self,
        rubric: Rubric,
        reviews: Sequence[Mapping[str, Any]],
        summary: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self.model.set_reviews(rubric, reviews, summary)
        failed = [
            criterion.title
            for criterion in rubric.criteria
            if criterion.key in self.model.failed_medians
        ]
        lines = [
            _tr("{n} reviews; median total {total} of {max}, {pass_total} needed.").format(
                n=len(reviews),
                total=_number(self.model.median_total) or "-",
                max=rubric.max_total,
                pass_total=rubric.pass_total,
            )
        ]
        if failed:
            lines.append(_tr("Minimums not met: {criteria}").format(criteria=", ".join(failed)))
        if summary and summary.get("divergent") is True:
            lines.append(_tr("The reviewers' totals diverge."))
        self.summary_label.setText("\n".join(lines))
        texts = []
        for review in reviews:
            justification = review.get("justification")
            if isinstance(justification, str) and justification.strip():
                texts.append(f"{reviewer_name(review)}:\n{justification.strip()}")
        self.justifications.setPlainText("\n\n".join(texts))
        self.justifications.setVisible(bool(texts))
        self.table.resizeColumnsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        """Every row in sight (a handful of criteria): no scrolling inside the dock's scroll."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + self.table.verticalHeader().length()
        height += 2 * self.table.frameWidth()
        if self.table.horizontalScrollBar().isVisible() or (
            self.table.horizontalHeader().length() + self.table.verticalHeader().width()
            > self.table.viewport().width()
        ):
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)
        self._fit_height()

    def _fit_height(self) -> None:
        """Every row in view (criteria, total, recommendation): a side-by-side comparison
        with rows behind a scroll bar hides the total."""
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        chrome = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        chrome += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMinimumHeight(rows + chrome)
