"""The Review applications dock: the queue (filled, sorted, filtered), the message bar line, the
gates, the application view's tabs and the PSC's map; against the real reference server."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, List, Optional

from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt

from certification_plugin.core.review_queue import digest
from certification_plugin.core.reviews import QueueItem
from certification_plugin.gui.reviews.queue_page import ITEM_ROLE, QueuePage, due_text
from certification_plugin.gui.reviews.review_dock import (
    ReviewDock,
    summary_text,
)
from certification_plugin.qgis_io.drafts import DraftStore
from tests.fixtures.livesite import LiveSite
from tests.plugin.apply_helpers import make_plugin

TIMEOUT = 60000
TODAY = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)


def record(ident: int, days: Optional[int], **extra: Any) -> Dict[str, Any]:
    overdue = days is not None and days < 0
    return {
        "application": ident,
        "url": f"http://x/api/v1/applications/{ident}/",
        "organisation": {"name": f"Org <b>{ident}</b>", "country": extra.pop("country", "RO")},
        "round": 1,
        "state": "under_review",
        "stage": "reviewing",
        "routed_to": {"kind": "group", "groups": ["QGIS România"]},
        "routed_at": "2026-11-01T10:00:00Z",
        "due_at": None if days is None else (TODAY + timedelta(days=days)).isoformat(),
        "due_in_days": days,
        "overdue": overdue,
        "escalated": False,
        "task": extra.pop("task", "review"),
        "my_declaration": "none",
        "my_review": None,
        "reviews_submitted": 0,
        "divergent": False,
        **extra,
    }


def items(count: int) -> List[QueueItem]:
    tasks = ("review", "declare", "opinion", "decide")
    return [
        QueueItem.parse(
            record(
                n,
                None if n % 17 == 0 else (n % 40) - 5,
                task=tasks[n % len(tasks)],
                country=("RO", "SE", "TW")[n % 3],
            ),
            "u",
        )
        for n in range(1, count + 1)
    ]


def with_bar(plugin: SimpleNamespace) -> QgsMessageBar:
    bar = QgsMessageBar()
    plugin.message_bar = lambda: bar
    return bar


def bar_texts(bar: QgsMessageBar) -> List[str]:
    return [item.text() for item in bar.items()]


def new_dock(qtbot, plugin: SimpleNamespace, tmp_path: Path, **kwargs: Any) -> ReviewDock:
    dock = ReviewDock(plugin, store=DraftStore(str(tmp_path / "drafts")), **kwargs)
    qtbot.addWidget(dock)
    dock.resize(720, 900)
    return dock


# --- the queue, without a server -------------------------------------------------------------


def test_two_hundred_rows_fill_in_well_under_100_ms_sorted_by_due_date(qtbot) -> None:
    page = QueuePage()
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    queue = items(200)
    started = time.perf_counter()
    page.set_items(queue)
    page.table.viewport().repaint()
    elapsed = time.perf_counter() - started
    model = page.model
    assert model.rowCount() == 200
    shown = [model.index(row, 0).data(ITEM_ROLE) for row in range(200)]
    dated = [item for item in shown if item.due_at]
    assert [i.due_at for i in dated] == sorted(i.due_at for i in dated)
    assert all(not item.due_at for item in shown[len(dated) :]), "undated last"
    print(f"queue of 200 rows filled and painted in {elapsed * 1000:.1f} ms")
    assert elapsed < 0.1


def test_cells_are_plain_text_and_overdue_is_marked(qtbot) -> None:
    page = QueuePage()
    qtbot.addWidget(page)
    page.set_items(
        [QueueItem.parse(record(1, -2), "u"), QueueItem.parse(record(2, 3, task="declare"), "u")]
    )
    model = page.model
    assert model.index(0, 0).data() == "Org <b>1</b>"  # as sent: the view shows no markup
    assert model.index(0, 1).data() == "Romania (RO)"
    assert model.index(0, 3).data() == "QGIS România"
    assert model.index(0, 4).data() == "overdue by 2 days"
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 4).data() == "due in 3 days"
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 6).data() == "Declare conflicts"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Due"


def test_due_texts_say_today_one_day_and_psc() -> None:
    assert due_text(QueueItem.parse(record(1, 0), "u")) == "due today"
    assert due_text(QueueItem.parse(record(1, 1), "u")) == "due in 1 day"
    assert due_text(QueueItem.parse(record(1, -1), "u")) == "overdue by 1 day"
    assert due_text(QueueItem.parse(record(1, None), "u")) == ""


def test_filters_choose_task_country_and_overdue_locally(qtbot) -> None:
    page = QueuePage()
    qtbot.addWidget(page)
    queue = items(60)
    page.set_items(queue)
    assert [page.country_filter.itemData(i) for i in range(page.country_filter.count())] == [
        "",
        "RO",
        "SE",
        "TW",
    ]
    page.set_filters(task="declare")
    rows = [page.model.item(r) for r in range(page.model.rowCount())]
    assert rows and all(item.task == "declare" for item in rows)
    page.set_filters(country="TW", overdue_only=True)
    rows = [page.model.item(r) for r in range(page.model.rowCount())]
    expected = [i for i in queue if i.country == "TW" and i.overdue]
    assert len(rows) == len(expected) > 0 and all(i.overdue and i.country == "TW" for i in rows)
    page.overdue_filter.setChecked(False)  # a click on the box filters too
    assert page.model.rowCount() == len([i for i in queue if i.country == "TW"])
    page.set_filters(task="appeal")
    assert page.model.rowCount() == 0 and page.empty_label.text()


def test_open_and_double_click_emit_the_item(qtbot) -> None:
    page = QueuePage()
    qtbot.addWidget(page)
    page.set_items(items(5))
    assert not page.open_button.isEnabled()
    opened: List[QueueItem] = []
    page.opened.connect(opened.append)
    assert page.select(3)
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    page.table.doubleClicked.emit(page.model.index(0, 2))
    assert [i.application for i in opened] == [3, page.model.item(0).application]


def test_the_summary_line_is_plural_aware() -> None:
    queue = [
        QueueItem.parse(record(1, 3), "u"),
        QueueItem.parse(record(2, 12), "u"),
    ]
    assert summary_text(digest(queue)) == "2 applications to review, 1 due in 3 days"
    one = [QueueItem.parse(record(1, 1), "u"), QueueItem.parse(record(2, -3), "u")]
    assert summary_text(digest(one)) == "2 applications to review, 1 due in 1 day, 1 overdue"
    assert summary_text(digest(queue[:1])) == "1 application to review, 1 due in 3 days"
    today = [QueueItem.parse(record(1, 0), "u"), QueueItem.parse(record(2, 0), "u")]
    assert summary_text(digest(today)) == "2 applications to review, 2 due today"
    assert summary_text(digest([])) == "Nothing is waiting for you to review."


# --- gates ------------------------------------------------------------------------------------


def test_the_live_site_gate_sends_to_the_website(qtbot, tmp_path, livesite: LiveSite, browser):
    plugin = make_plugin(tmp_path, livesite.base_url)
    dock = new_dock(qtbot, plugin, tmp_path)
    dock.show()
    qtbot.waitUntil(lambda: dock.gated, timeout=TIMEOUT)
    assert "reviews" in dock.gate_label.text()
    qtbot.mouseClick(dock.website_button, Qt.MouseButton.LeftButton)
    assert browser.urls and browser.urls[-1].startswith(livesite.base_url.rstrip("/") + "/en/")
