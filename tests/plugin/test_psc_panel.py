"""The Decision tab (PSC) against the reference server: screening, the reviews side by side,
the opinions, and the decision with its autosaved rationale."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox

from certification_plugin.core.rubric import Rubric
from certification_plugin.gui.reviews.psc_panel import DRAFT_KIND, PscPanel, routing_text
from certification_plugin.gui.reviews.side_by_side import FAILED_ROLE, ReviewsTableModel
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.reviewers import ReviewWorld, seed_review_world
from tests.plugin.review_forms_helpers import PageSetup, page_context, server_json, write_review

TIMEOUT = 30000


@pytest.fixture
def world(reference_server: ReferenceServer) -> ReviewWorld:
    return seed_review_world(reference_server)


@pytest.fixture
def manager(
    reference_server: ReferenceServer, world: ReviewWorld, runner: TaskRunner, tmp_path: Path
) -> Iterator[PageSetup]:
    setup = page_context(
        reference_server, world, "manager", runner, tmp_path / "drafts", is_manager=True
    )
    yield setup
    setup.remove()


def new_panel(qtbot, setup: PageSetup, application: int) -> PscPanel:
    panel = PscPanel(setup.context, autosave_ms=50)
    qtbot.addWidget(panel)
    panel.load({"application": application})
    qtbot.waitUntil(lambda: bool(panel.screening) and not setup.runner.busy, timeout=TIMEOUT)
    return panel


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_screening_accepts_and_shows_the_routing(
    qtbot, manager: PageSetup, world: ReviewWorld
) -> None:
    panel = new_panel(qtbot, manager, world.applications["screening"])
    assert panel.screening_box.isVisibleTo(panel)
    for action in ("accept", "request_changes", "reject"):
        assert panel.screen_buttons[action].isVisibleTo(panel), action
    panel.screen("request_changes")  # sending back needs remarks for the applicant
    assert panel.screening_binder.field_errors("remarks")
    assert "psc.screen" not in manager.runner.slots
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.screen("accept")
    qtbot.waitUntil(lambda: "Routed to" in panel.screening_label.text(), timeout=TIMEOUT)
    assert world.group_name in panel.screening_label.text()
    assert not panel.screen_buttons["accept"].isVisibleTo(panel)


def test_reviews_side_by_side_with_failed_minimums_and_opinions(
    qtbot, manager: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    application = world.applications["due_soon"]
    write_review(
        reference_server,
        application,
        world.username("first"),
        value=3,
        material_current=1,
        justification="Old <b>material</b>",
        recommendation="changes_requested",
    )
    panel = new_panel(qtbot, manager, application)
    assert panel.reviews_box.isVisibleTo(panel)
    model = panel.side_by_side.model
    rubric = panel.rubric
    assert model.rowCount() == len(rubric.criteria) + 2
    assert model.columnCount() == 3  # two reviewers and the median
    headers = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)}
    assert headers == {"Ana Reviewer", "Bo Reviewer"}
    row = [c.key for c in rubric.criteria].index("material_current")
    failed = [model.index(row, c).data(FAILED_ROLE) for c in range(3)]
    assert sorted(failed[:2]) == [False, True] and failed[2] is True  # median 2.5 < 3
    quality = [c.key for c in rubric.criteria].index("quality")
    assert not any(model.index(quality, c).data(FAILED_ROLE) for c in range(3))
    totals = {model.index(model.total_row(), c).data() for c in range(2)}
    assert totals == {"13", "20"}
    recommendations = {model.index(model.recommendation_row(), c).data() for c in range(2)}
    assert recommendations == {"Approve", "Changes requested"}
    assert "Old <b>material</b>" in panel.side_by_side.justifications.toPlainText()
    assert panel.opinions_box.isVisibleTo(panel)
    assert world.group_name in panel.opinions_label.text()
    assert panel.opinions_label.textFormat() == Qt.TextFormat.PlainText


def test_the_decision_needs_a_rationale_survives_a_restart_and_is_recorded(
    qtbot, manager: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    application = world.applications["due_soon"]
    panel = new_panel(qtbot, manager, application)
    assert panel.decision_box.isVisibleTo(panel)
    binder = panel.decision_binder
    choose(binder.editor("outcome"), "approve")
    panel.decide()
    assert binder.field_errors("rationale")  # required
    assert "psc.decide" not in manager.runner.slots
    binder.editor("rationale").insertPlainText("Strong <i>material</i>, active community.")
    path = Path(manager.context.drafts.path(DRAFT_KIND, panel.draft_key))
    qtbot.waitUntil(lambda: path.exists() and "Strong" in path.read_text("utf-8"), timeout=5000)
    sip.delete(panel)  # QGIS killed

    again = new_panel(qtbot, manager, application)
    binder = again.decision_binder
    assert binder.values() == {
        "outcome": "approve",
        "rationale": "Strong <i>material</i>, active community.",
    }
    with qtbot.waitSignal(again.changed, timeout=TIMEOUT):
        again.decide()
    assert "Decided: Approve" in again.decision_label.text()
    assert "Strong <i>material</i>" in again.decision_label.text()
    assert not path.exists()
    assert any(level == Qgis.MessageLevel.Success for _text, level in manager.messages)
    decision = server_json(
        reference_server, world.token("manager"), f"applications/{application}/decision/"
    )
    assert decision["decision"]["outcome"] == "approve"
    assert decision["state"] == "approved"


def test_the_side_by_side_fills_fast(qtbot) -> None:
    """A model, not a widget per cell: 200 reviewers fill in a few milliseconds."""
    rubric = Rubric.parse(
        {
            "version": 1,
            "pass_total": 15,
            "criteria": [
                {"key": key, "title": key, "minimum": 3 if key == "b" else None} for key in "abcde"
            ],
        }
    )
    reviews = [
        {
            "reviewer": {"username": f"r{n}", "name": f"Reviewer {n}"},
            "state": "submitted",
            "scores": {key: (n + i) % 6 for i, key in enumerate("abcde")},
            "recommendation": "approve",
        }
        for n in range(200)
    ]
    model = ReviewsTableModel()
    started = time.perf_counter()
    model.set_reviews(rubric, reviews)
    texts = [
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    elapsed = time.perf_counter() - started
    assert len(texts) == 7 * 201
    assert elapsed < 0.5, elapsed
    print(f"side by side: 200 reviewers filled and read in {elapsed * 1000:.1f} ms")


APPEAL = """
from django.contrib.auth import get_user_model
from applications.models import Application
from reviews import domain
application = Application.objects.get(pk={application})
manager = get_user_model().objects.get(username={manager!r})
owner = application.organisation.owners.get()
domain.decide(application_id=application.pk, user=manager, outcome="reject", rationale="Thin.")
domain.appeal(
    application_id=application.pk, user=owner, criteria=["material_current"],
    evidence="New <b>slides</b> for 3.40", links=["https://example.org/new-slides"],
)
print("ok")
"""


def test_the_appeal_shows_and_is_decided(
    qtbot, manager: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    application = world.applications["due_soon"]
    script = APPEAL.format(application=application, manager=world.username("manager"))
    reference_server.manage("shell", "-c", script)
    panel = new_panel(qtbot, manager, application)
    assert panel.appeal_box.isVisibleTo(panel)
    text = panel.appeal_label.text()
    material = panel.rubric.criterion("material_current")
    assert material is not None and material.title in text
    assert "New <b>slides</b> for 3.40" in text and "https://example.org/new-slides" in text
    assert panel.appeal_label.textFormat() == Qt.TextFormat.PlainText
    assert "Decided: Reject" in panel.decision_label.text()  # the decision appealed against
    outcome = panel.decision_binder.editor("outcome")
    offered = {outcome.itemData(i) for i in range(1, outcome.count())}
    assert offered == {"approve", "reject"}  # no changes requested on appeal
    choose(outcome, "approve")
    panel.decision_binder.editor("rationale").setPlainText("The new slides cover 3.40.")
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.decide()
    assert "Decided: Approve" in panel.decision_label.text()
    assert "(on appeal)" in panel.decision_label.text()


def test_network_text_in_the_side_by_side_stays_text(qtbot) -> None:
    rubric = Rubric.parse({"version": 1, "criteria": [{"key": "a", "title": "<b>A</b>"}]})
    review = {
        "reviewer": {"username": "x", "name": "<img src=x>"},
        "group": {"id": 1, "name": "<a href='x'>G</a>"},
        "state": "submitted",
        "scores": {"a": 2},
        "recommendation": "<i>approve</i>",
    }
    model = ReviewsTableModel()
    model.set_reviews(rubric, [review])
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert model.headerData(0, horizontal) == "<img src=x>"  # header text is painted plain
    tooltip = model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;a href=" in tooltip and "<a href" not in tooltip
    assert model.headerData(0, vertical) == "<b>A</b>"
    assert model.index(model.recommendation_row(), 0).data() == "<i>approve</i>"


def test_the_routing_reason_is_told_by_its_code_not_the_servers_english() -> None:
    routing = {
        "target": "psc",
        "groups": [],
        "reason_code": "conflicts",
        "reason": "Fewer than 2 members of the user groups in RO are free of a conflict.",
        "routed_at": "2026-11-20T10:00:00+00:00",
        "due_at": "2026-12-20T10:00:00+00:00",
    }
    text = routing_text(routing)
    assert "Too few reviewers are free of a conflict of interest." in text
    assert "Fewer than 2 members" not in text
    local = {
        **routing,
        "target": "group",
        "groups": [{"id": 1, "name": "QGIS România"}],
        "reason_code": "local_group",
        "reason": "Reviewed by QGIS România.",
    }
    assert routing_text(local).splitlines()[0] == "Routed to QGIS România"
    assert "Reviewed by" not in routing_text(local)
    # A reason this plugin does not know yet: the server's sentence, as text.
    newer = {**routing, "reason_code": "something_new", "reason": "<b>A new reason.</b>"}
    assert "<b>A new reason.</b>" in routing_text(newer)
