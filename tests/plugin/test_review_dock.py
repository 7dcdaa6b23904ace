"""The Review applications dock: the queue (filled, sorted, filtered), the message bar line, the
gates, the application view's tabs and the PSC's map; against the real reference server."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, List, Optional

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QWidget

from certification_plugin.core.review_queue import digest
from certification_plugin.core.reviews import QueueItem
from certification_plugin.gui.reviews.application_view import (
    TAB_ORDER,
    ApplicationView,
    locked_until_declared,
    tabs_for,
)
from certification_plugin.gui.reviews.queue_page import ITEM_ROLE, QueuePage, due_text
from certification_plugin.gui.reviews.review_dock import (
    MESSAGE_PAGE,
    QUEUE_PAGE,
    VIEW_PAGE,
    ReviewDock,
    summary_text,
)
from certification_plugin.qgis_io.drafts import DraftStore
from certification_plugin.qgis_io.review_map import layer_name
from tests.fixtures.device_signin import WebPerson
from tests.fixtures.livesite import LiveSite
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.reviewers import ReviewWorld, seed_review_world
from tests.plugin.apply_helpers import make_plugin
from tests.plugin.auth_helpers import ensure_master_password, store_basic_config

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


def test_managers_filter_the_escalated(qtbot) -> None:
    page = QueuePage()
    qtbot.addWidget(page)
    late = record(7, -1, escalated=True, routed_to={"kind": "psc", "groups": []})
    page.set_items([QueueItem.parse(late, "u"), *items(4)])
    assert page.escalated_filter.isHidden()
    page.set_manager(True)
    assert not page.escalated_filter.isHidden() and not page.map_button.isHidden()
    page.escalated_filter.setChecked(True)
    assert [page.model.item(r).application for r in range(page.model.rowCount())] == [7]
    assert page.model.index(0, 3).data() == "PSC (escalated)"
    page.set_manager(False)
    assert page.model.rowCount() == 5


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


# --- against the reference server -------------------------------------------------------------


class Signed:
    """A world's account as a QGIS Basic authcfg (username + API token); ``remove()`` after."""

    def __init__(self, world: ReviewWorld, role: str) -> None:
        self.username = world.username(role)
        self.config = store_basic_config(
            f"review {self.username}", self.username, world.token(role)
        )
        self.authcfg = self.config.id()

    def remove(self) -> None:
        QgsApplication.authManager().removeAuthenticationConfig(self.authcfg)


@pytest.fixture
def world(reference_server: ReferenceServer) -> ReviewWorld:
    return seed_review_world(reference_server)


@pytest.fixture
def signed_in(world: ReviewWorld):
    made: List[Signed] = []

    def sign(role: str) -> Signed:
        person = Signed(world, role)
        made.append(person)
        return person

    yield sign
    for person in made:
        person.remove()


def open_dock(qtbot, tmp_path, server: ReferenceServer, authcfg: str = ""):
    plugin = make_plugin(tmp_path, server.base_url, authcfg)
    bar = with_bar(plugin)
    dock = new_dock(qtbot, plugin, tmp_path)
    dock.show()
    return dock, bar


def rows(dock: ReviewDock) -> List[QueueItem]:
    model = dock.queue_page.model
    return [model.item(row) for row in range(model.rowCount())]


def test_a_reviewer_sees_what_waits_soonest_first_and_the_bar_says_so(
    qtbot, tmp_path, reference_server, world, signed_in
) -> None:
    person = signed_in("first")
    dock, bar = open_dock(qtbot, tmp_path, reference_server, person.authcfg)
    qtbot.waitUntil(lambda: dock.page == QUEUE_PAGE and len(rows(dock)) == 2, timeout=TIMEOUT)
    assert [i.application for i in rows(dock)] == [
        world.applications["overdue"],
        world.applications["due_soon"],
    ]
    model = dock.queue_page.model
    assert model.index(0, 4).data().startswith("overdue")
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 4).data() == "due in 3 days"
    assert model.index(1, 3).data() == world.group_name
    assert model.index(1, 6).data() == "Declare conflicts"
    qtbot.waitUntil(lambda: bool(bar_texts(bar)), timeout=TIMEOUT)
    assert bar_texts(bar)[-1] == "2 applications to review, 1 due in 3 days, 1 overdue"
    assert dock.context is not None and dock.context.username == person.username
    assert not dock.context.is_manager and dock.queue_page.map_button.isHidden()
    # The filters work on what was read; "Refresh" reads again and says it again.
    dock.queue_page.overdue_filter.setChecked(True)
    assert [i.application for i in rows(dock)] == [world.applications["overdue"]]
    dock.queue_page.overdue_filter.setChecked(False)
    before = len(dock.messages)
    qtbot.mouseClick(dock.queue_page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dock.messages) > before, timeout=TIMEOUT)
    assert dock.messages[-1] == "2 applications to review, 1 due in 3 days, 1 overdue"
    assert len(rows(dock)) == 2


def test_signing_out_leaves_nothing_of_the_queue(
    qtbot, tmp_path, reference_server, world, signed_in
) -> None:
    person = signed_in("second")
    dock, _bar = open_dock(qtbot, tmp_path, reference_server, person.authcfg)
    qtbot.waitUntil(lambda: len(rows(dock)) == 2, timeout=TIMEOUT)
    dock.open_item(rows(dock)[0])
    assert dock.page == VIEW_PAGE
    dock.start_sign_out()
    qtbot.waitUntil(lambda: dock.sign_in_button.isVisible(), timeout=TIMEOUT)
    assert dock.page == MESSAGE_PAGE and dock.context is None and dock.view is None
    assert rows(dock) == [] and not dock.signed_in()


def test_opening_an_application_shows_its_tabs_and_back_returns(
    qtbot, tmp_path, reference_server, world, signed_in
) -> None:
    person = signed_in("first")
    dock, _bar = open_dock(qtbot, tmp_path, reference_server, person.authcfg)
    qtbot.waitUntil(lambda: len(rows(dock)) == 2, timeout=TIMEOUT)
    assert dock.queue_page.select(world.applications["due_soon"])
    qtbot.mouseClick(dock.queue_page.open_button, Qt.MouseButton.LeftButton)
    assert dock.page == VIEW_PAGE and dock.view is not None
    view = dock.view
    assert "Soon Maps" in view.title.text() and "round 1" in view.title.text()
    assert "review" in view.shown_tabs()
    assert "decision" not in view.shown_tabs() and "opinion" not in view.shown_tabs()
    assert not view.tab_enabled("review"), "nothing but the declaration before declaring"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert dock.page == QUEUE_PAGE
    assert dock.queue_page.selected().application == world.applications["due_soon"]


def test_declaring_no_conflict_in_the_dock_unlocks_the_review(
    qtbot, tmp_path, reference_server, world, signed_in
) -> None:
    person = signed_in("first")
    dock, _bar = open_dock(qtbot, tmp_path, reference_server, person.authcfg)
    qtbot.waitUntil(lambda: len(rows(dock)) == 2, timeout=TIMEOUT)
    soon = next(i for i in rows(dock) if i.application == world.applications["due_soon"])
    view = dock.open_item(soon)
    page = view.page("application")
    form = page.conflict_form
    qtbot.waitUntil(lambda: form.isVisible(), timeout=TIMEOUT)
    assert not view.tab_enabled("review")
    form.none_button.setChecked(True)
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tab_enabled("review"), timeout=TIMEOUT)
    rubric_form = view.page("review")
    qtbot.waitUntil(lambda: rubric_form.rubric is not None, timeout=TIMEOUT)
    assert len(rubric_form.rubric.criteria) == 5
    # The queue was read again behind the view: the task is now the review itself.
    qtbot.waitUntil(
        lambda: next(i.task for i in dock.queue_page.all_items if i.application == soon.application)
        == "review",
        timeout=TIMEOUT,
    )
    assert dock.page == VIEW_PAGE and view.item.my_declaration == "none"
    assert view.tab_enabled("review")


def test_a_manager_sees_screening_and_decisions_and_the_map(
    qtbot, tmp_path, reference_server, world, signed_in
) -> None:
    person = signed_in("manager")
    dock, bar = open_dock(qtbot, tmp_path, reference_server, person.authcfg)
    mine = set(world.applications.values())
    qtbot.waitUntil(
        lambda: dock.page == QUEUE_PAGE and mine <= {i.application for i in rows(dock)},
        timeout=TIMEOUT,
    )
    tasks = {i.application: i.task for i in rows(dock)}
    assert tasks[world.applications["screening"]] == "screen"
    assert tasks[world.applications["psc"]] == "declare"  # the PSC's members review too
    assert dock.context.is_manager and dock.queue_page.map_button.isVisibleTo(dock)
    qtbot.waitUntil(lambda: bool(bar_texts(bar)), timeout=TIMEOUT)
    assert "to review" in bar_texts(bar)[-1]
    # Routed to the PSC: the manager declares first, then reviews and decides.
    psc = next(i for i in rows(dock) if i.application == world.applications["psc"])
    view = dock.open_item(psc)
    assert view.shown_tabs() == ["application", "review", "decision"]
    assert not view.tab_enabled("decision")
    # Routed to a group: the manager follows the opinion and decides, no declaration.
    group = next(i for i in rows(dock) if i.application == world.applications["overdue"])
    dock.open_item(group)
    assert view.shown_tabs() == ["application", "opinion", "decision"]
    assert view.tab_enabled("opinion") and view.tab_enabled("decision")
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    # The map: one polygon per country with applications under review.
    project = QgsProject.instance()
    qtbot.mouseClick(dock.queue_page.map_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.map_layer is not None, timeout=TIMEOUT)
    layer = dock.map_layer
    try:
        assert project.mapLayer(layer.id()) is layer and layer.name() == layer_name()
        features = {f["country"]: f for f in layer.getFeatures()}
        assert (features[world.country]["count"], features[world.country]["overdue"]) == (2, 1)
        assert (features[world.psc_country]["count"], features[world.psc_country]["overdue"]) == (
            1,
            0,
        )
        # Again: the layer is replaced, not added twice.
        qtbot.mouseClick(dock.queue_page.map_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dock.map_layer is not layer, timeout=TIMEOUT)
        assert len(project.mapLayersByName(layer_name())) == 1
    finally:
        for found in project.mapLayersByName(layer_name()):
            project.removeMapLayer(found.id())


def test_signing_in_from_the_dock_shows_the_queue_and_says_what_waits(
    qtbot, tmp_path, reference_server, world
) -> None:
    ensure_master_password()
    dock, bar = open_dock(qtbot, tmp_path, reference_server)
    qtbot.waitUntil(lambda: dock.sign_in_button.isVisible(), timeout=TIMEOUT)
    assert dock.page == MESSAGE_PAGE and "Sign in" in dock.message_label.text()
    assert bar_texts(bar) == []
    qtbot.mouseClick(dock.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = dock.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=TIMEOUT)
    WebPerson(reference_server, world.username("first")).approve(dialog.user_code)
    try:
        qtbot.waitUntil(lambda: dock.page == QUEUE_PAGE and len(rows(dock)) == 2, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: bool(bar_texts(bar)), timeout=TIMEOUT)
        assert bar_texts(bar)[-1] == "2 applications to review, 1 due in 3 days, 1 overdue"
        assert dock.context.username == world.username("first")
        assert dock.sign_out_button.isVisible()
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(dock._plugin.settings.authcfg)


def test_a_revoked_token_asks_to_sign_in_again(qtbot, tmp_path, reference_server) -> None:
    config = store_basic_config("review revoked", "nobody", "qct_not_a_real_token")
    try:
        dock, _bar = open_dock(qtbot, tmp_path, reference_server, config.id())
        qtbot.waitUntil(lambda: dock.sign_in_button.isVisible(), timeout=TIMEOUT)
        assert dock.page == MESSAGE_PAGE and dock.context is None
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(config.id())


# --- the application view's tabs (the container; the pages have their own tests) ------------


class RecordingPage(QWidget):
    """A page that records what it was asked to load (to test the container alone)."""

    changed = pyqtSignal()
    declared = pyqtSignal(str)

    def __init__(self, context: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded: List[int] = []

    def load(self, item: Dict[str, Any]) -> None:
        self.loaded.append(item["application"])


def recording_view(qtbot, manager: bool) -> ApplicationView:
    context = SimpleNamespace(is_manager=manager)
    factories = {name: RecordingPage for name in TAB_ORDER}
    view = ApplicationView(context, None, factories)
    qtbot.addWidget(view)
    return view


def test_tabs_follow_the_task_and_the_role() -> None:
    def item(**extra: Any) -> QueueItem:
        return QueueItem.parse(record(1, 3, **extra), "u")

    reviewer = item(task="declare", my_declaration="pending")
    assert tabs_for(reviewer, False) == ["application", "review"]
    assert locked_until_declared(reviewer)
    assert not locked_until_declared(item(my_declaration="none"))
    coordinator = item(task="opinion", my_declaration=None)
    assert tabs_for(coordinator, False) == ["application", "opinion"]
    psc = item(task="decide", my_declaration=None, routed_to={"kind": "psc", "groups": []})
    assert tabs_for(psc, True) == ["application", "decision"]
    group = item(task="none", my_declaration=None)
    assert tabs_for(group, True) == ["application", "opinion", "decision"]
    assert tabs_for(item(my_declaration="conflict", task="none"), False) == ["application"]


def test_the_other_tabs_unlock_and_load_after_declaring_none(qtbot) -> None:
    view = recording_view(qtbot, manager=False)
    view.load(QueueItem.parse(record(4, 3, task="declare", my_declaration="pending"), "u"))
    assert view.shown_tabs() == ["application", "review"]
    assert view.tab_enabled("application") and not view.tab_enabled("review")
    assert view.page("application").loaded == [4] and view.page("review").loaded == []
    changes: List[str] = []
    view.changed.connect(lambda: changes.append("changed"))
    view.page("application").declared.emit("none")
    assert view.tab_enabled("review") and view.page("review").loaded == [4]
    assert changes == ["changed"]
    # A new read of the queue with the same tabs keeps the pages as they are.
    again = QueueItem.parse(record(4, 3, task="review", my_declaration="none"), "u")
    assert not view.update_item(again) and view.item is again
    assert view.page("review").loaded == [4]
    # The next item reuses the pages.
    first_page = view.page("review")
    view.load(QueueItem.parse(record(5, 3, task="review", my_declaration="none"), "u"))
    assert view.page("review") is first_page and first_page.loaded == [4, 5]


def test_a_conflict_leaves_only_the_application_tab(qtbot) -> None:
    view = recording_view(qtbot, manager=False)
    view.load(QueueItem.parse(record(4, 3, task="declare", my_declaration="pending"), "u"))
    view.page("application").declared.emit("conflict")
    assert view.shown_tabs() == ["application"]
    assert view.page("review").loaded == []
