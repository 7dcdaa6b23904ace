"""The reviews side by side show every row at once: the total and the recommendation are
what the committee compares, so they must not hide behind the table's scroll bar."""

from __future__ import annotations

from certification_plugin.core.rubric import Rubric
from certification_plugin.gui.reviews.side_by_side import SideBySideView


def test_every_row_is_in_view_without_scrolling(qtbot) -> None:
    rubric = Rubric.parse(
        {
            "version": 1,
            "pass_total": 15,
            "criteria": [
                {"key": key, "title": f"Criterion {key}", "minimum": 3 if key == "b" else None}
                for key in "abcde"
            ],
        }
    )
    reviews = [
        {
            "reviewer": {"username": f"r{n}", "name": f"Reviewer {n}"},
            "state": "submitted",
            "scores": {key: 4 for key in "abcde"},
            "justification": "Fine.",
            "recommendation": "approve",
        }
        for n in range(2)
    ]
    view = SideBySideView()
    qtbot.addWidget(view)
    view.set_reviews(rubric, reviews)
    view.resize(700, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    last = view.model.rowCount() - 1
    assert last == 6  # five criteria, the total, the recommendation
    bottom = table.rowViewportPosition(last) + table.rowHeight(last)
    assert table.verticalScrollBar().maximum() == 0
    assert bottom <= table.viewport().height()
