"""The Review tab's rubric form against the reference server: built from the server's rubric,
autosaved like the application form, saved and submitted, errors at the fields."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QGroupBox

from certification_plugin.core.rubric import score_field
from certification_plugin.gui.reviews.review_dock import reviews_client
from certification_plugin.gui.reviews.rubric_form import DRAFT_KIND, RubricForm
from certification_plugin.gui.reviews.side_by_side import FAILED_ROLE
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer, free_port
from tests.fixtures.reviewers import ReviewWorld, seed_review_world
from tests.plugin.review_forms_helpers import PageSetup, page_context, server_json, write_review

KEYS = ("contributions", "material_current", "representation", "quality", "standing")
LOAD_TIMEOUT = 30000


@pytest.fixture
def world(reference_server: ReferenceServer) -> ReviewWorld:
    """The "first" reviewer has declared no conflict on ``due_soon``; "second" submitted."""
    found = seed_review_world(reference_server)
    application = found.applications["due_soon"]
    write_review(reference_server, application, found.username("first"), write=False, submit=False)
    return found


@pytest.fixture
def reviewer(
    reference_server: ReferenceServer, world: ReviewWorld, runner: TaskRunner, tmp_path: Path
) -> Iterator[PageSetup]:
    setup = page_context(reference_server, world, "first", runner, tmp_path / "drafts")
    yield setup
    setup.remove()


def mine(server: ReferenceServer, world: ReviewWorld) -> dict:
    """The first reviewer's review as the server has it."""
    path = f"applications/{world.applications['due_soon']}/reviews/mine/"
    return server_json(server, world.token("first"), path)


def new_form(qtbot, setup: PageSetup, world: ReviewWorld, **kwargs) -> RubricForm:
    kwargs.setdefault("autosave_ms", 50)
    kwargs.setdefault("sync_delay_ms", 600000)  # no server save unless a test asks
    form = RubricForm(setup.context, **kwargs)
    qtbot.addWidget(form)
    form.load({"application": world.applications["due_soon"]})
    qtbot.waitUntil(lambda: form.submit_button.isEnabled() or form.submitted, timeout=LOAD_TIMEOUT)
    return form


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)  # what a user's pick emits: currentIndexChanged


def type_text(form: RubricForm, text: str) -> None:
    editor = form.binder.editor("justification")
    editor.selectAll()
    editor.insertPlainText(text)


def fill(form: RubricForm, score: str = "4", text: str = "Clear <i>material</i>.") -> None:
    for key in KEYS:
        choose(form.score_combo(key), score)
    type_text(form, text)
    choose(form.binder.editor("recommendation"), "approve")


def draft_file(setup: PageSetup, form: RubricForm) -> Path:
    return Path(setup.context.drafts.path(DRAFT_KIND, form.draft_key))


def test_built_from_the_server_rubric_with_descriptors_and_minimums(
    qtbot, reviewer: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    rubric = server_json(reference_server, world.token("first"), "rubric/")
    form = new_form(qtbot, reviewer, world)
    assert [c.key for c in form.rubric.criteria] == [c["key"] for c in rubric["criteria"]]
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    for criterion in rubric["criteria"]:
        combo = form.score_combo(criterion["key"])
        # every level's descriptor is offered, each after its score
        labels = [combo.itemText(i) for i in range(1, combo.count())]
        assert labels == [f"{lv['score']}: {lv['descriptor']}" for lv in criterion["levels"]]
        marked = [t for t in titles if t.startswith(criterion["title"])]
        assert marked, criterion["title"]
        if criterion["minimum"] is not None:
            assert f"minimum {criterion['minimum']}" in marked[0]
        else:
            assert "minimum" not in marked[0]
    assert "Rubric version" in form.intro_label.text()


def test_a_score_below_a_minimum_is_flagged_at_once(
    qtbot, reviewer: PageSetup, world: ReviewWorld
) -> None:
    form = new_form(qtbot, reviewer, world)
    material = form.rubric.criterion("material_current")
    assert material is not None and material.minimum == 3
    choose(form.score_combo("material_current"), "1")
    assert form.below_minimum("material_current")  # no wait: shown on the pick itself
    assert "3" in form.flag_label("material_current").text()
    assert form.descriptor_label("material_current").text() == material.descriptor(1)
    choose(form.score_combo("material_current"), "3")
    assert not form.below_minimum("material_current")
    choose(form.score_combo("quality"), "0")  # no minimum: never flagged
    assert not form.below_minimum("quality")
    assert "score every criterion" in form.total_label.text()
    fill(form, "3")
    assert "Total: 15 of 25" in form.total_label.text()


def test_the_draft_survives_a_killed_qgis(
    qtbot, reviewer: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    form = new_form(qtbot, reviewer, world)
    choose(form.score_combo("contributions"), "2")
    choose(form.score_combo("standing"), "5")
    type_text(form, "Half done <b>so far</b>")
    path = draft_file(reviewer, form)
    qtbot.waitUntil(lambda: path.exists() and "Half done" in path.read_text("utf-8"), timeout=5000)
    # QGIS killed: no close, no flush, the widget simply goes away
    sip.delete(form)
    assert mine(reference_server, world)["justification"] == ""  # only this computer had it

    again = new_form(qtbot, reviewer, world, sync_delay_ms=100)
    assert again.binder.editor("justification").toPlainText() == "Half done <b>so far</b>"
    assert again.score_combo("contributions").currentData() == "2"
    assert again.score_combo("standing").currentData() == "5"
    assert again.score_combo("quality").currentData() == ""
    # the newer local draft goes to the server in the background
    qtbot.waitUntil(
        lambda: mine(reference_server, world)["justification"] == "Half done <b>so far</b>",
        timeout=LOAD_TIMEOUT,
    )
    qtbot.waitUntil(lambda: "saved on the server" in again.status(), timeout=LOAD_TIMEOUT)


def test_edits_are_saved_on_the_server_with_if_match(
    qtbot, reviewer: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    form = new_form(qtbot, reviewer, world, sync_delay_ms=100)
    choose(form.score_combo("quality"), "4")
    qtbot.waitUntil(
        lambda: mine(reference_server, world)["scores"].get("quality") == 4,
        timeout=LOAD_TIMEOUT,
    )
    qtbot.waitUntil(lambda: not reviewer.runner.busy, timeout=LOAD_TIMEOUT)
    first = form.draft.base_revision
    assert first is not None
    type_text(form, "More")
    qtbot.waitUntil(
        lambda: form.draft.base_revision not in (None, first) and not reviewer.runner.busy,
        timeout=LOAD_TIMEOUT,
    )
    assert mine(reference_server, world)["justification"] == "More"
    # the local file knows which revision it was synced with (an offline restart pushes it)
    saved = json.loads(draft_file(reviewer, form).read_text("utf-8"))
    assert saved["data"]["server"]["revision"] == form.draft.base_revision


def test_a_server_400_keeps_the_input_and_shows_the_field_error(
    qtbot, reviewer: PageSetup, world: ReviewWorld, reference_server: ReferenceServer, monkeypatch
) -> None:
    form = new_form(qtbot, reviewer, world)
    choose(form.score_combo("contributions"), "3")
    type_text(form, "Not finished")
    choose(form.binder.editor("recommendation"), "approve")
    # The local check would stop this submit; without it the server's 400 answers.
    monkeypatch.setattr(form, "validate_locally", lambda: {})
    form.submit()
    qtbot.waitUntil(lambda: "did not accept" in form.status(), timeout=LOAD_TIMEOUT)
    assert form.binder.field_errors(score_field("standing"))
    assert form.binder.has_error_mark(score_field("standing"))
    assert not form.binder.field_errors(score_field("contributions"))
    assert form.binder.editor("justification").toPlainText() == "Not finished"
    assert form.score_combo("contributions").currentData() == "3"
    assert form.submit_button.isEnabled() and not form.submitted
    assert "Not finished" in draft_file(reviewer, form).read_text("utf-8")
    assert mine(reference_server, world)["state"] == "draft"


def test_local_check_marks_missing_scores_before_any_request(
    qtbot, reviewer: PageSetup, world: ReviewWorld
) -> None:
    form = new_form(qtbot, reviewer, world)
    choose(form.score_combo("contributions"), "3")
    form.submit()
    assert form.binder.field_errors(score_field("quality")) == "Choose a score."
    assert form.binder.field_errors("justification") == "Explain your scores."
    assert not reviewer.runner.slots.get("review.submit")


def test_a_network_error_loses_nothing(qtbot, reviewer: PageSetup, world: ReviewWorld) -> None:
    form = new_form(qtbot, reviewer, world)
    fill(form, "4", "Everything typed")
    dead = client_for(f"http://127.0.0.1:{free_port()}/", "", 5.0)
    form.context = dataclasses.replace(form.context, reviews=reviews_client(dead, "en"))
    form.submit()
    qtbot.waitUntil(lambda: "not submitted" in form.status(), timeout=LOAD_TIMEOUT)
    assert "kept on this computer" in form.status()
    assert form.submit_button.isEnabled() and not form.submitted
    saved = json.loads(draft_file(reviewer, form).read_text("utf-8"))
    assert saved["data"]["justification"] == "Everything typed"
    assert saved["data"]["scores"]["quality"] == 4


def test_submit_then_the_others_show_side_by_side(
    qtbot, reviewer: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    form = new_form(qtbot, reviewer, world)  # "second" has submitted 4 everywhere
    assert not form.others_box.isVisibleTo(form)  # mine first
    fill(form, "4", "Out of date <script>x</script> material")
    choose(form.score_combo("material_current"), "1")
    path = draft_file(reviewer, form)
    form.submit()
    qtbot.waitUntil(lambda: form.submitted, timeout=LOAD_TIMEOUT)
    assert form.others_box.isVisibleTo(form)
    model = form.others.model
    assert model.columnCount() == 3  # me, the other, the median
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == "Median"
    row = [c.key for c in form.rubric.criteria].index("material_current")
    assert headers[1] == "Bo Reviewer"
    assert [model.index(row, c).data() for c in range(3)] == ["1", "4", "2.5"]
    assert model.index(row, 0).data(FAILED_ROLE) is True  # below the minimum of 3
    assert model.index(row, 1).data(FAILED_ROLE) is False
    assert model.index(row, 2).data(FAILED_ROLE) is True  # the median fails it too
    shown = form.others.justifications.toPlainText()
    assert "Out of date <script>x</script> material" in shown
    assert "Seen the material and the links." in shown
    assert not path.exists()  # the server has it now
    assert not form.binder.widget.isEnabled()
    assert any(level == Qgis.MessageLevel.Success for _text, level in reviewer.messages)
    review = mine(reference_server, world)
    assert review["state"] == "submitted" and review["scores"]["material_current"] == 1

    sip.delete(form)  # opened again: read-only, the others still there
    again = new_form(qtbot, reviewer, world)
    qtbot.waitUntil(lambda: again.others_box.isVisibleTo(again), timeout=LOAD_TIMEOUT)
    assert again.submitted and not again.submit_button.isVisibleTo(again)


def test_a_stale_revision_is_read_again_and_the_typed_draft_wins(
    qtbot, reviewer: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    form = new_form(qtbot, reviewer, world, sync_delay_ms=100)
    choose(form.score_combo("quality"), "2")
    qtbot.waitUntil(
        lambda: mine(reference_server, world)["scores"].get("quality") == 2, timeout=LOAD_TIMEOUT
    )
    qtbot.waitUntil(lambda: not reviewer.runner.busy, timeout=LOAD_TIMEOUT)
    synced = form.draft.base_revision
    # saved elsewhere meanwhile (another computer): the server's revision moves on
    application = world.applications["due_soon"]
    write_review(reference_server, application, world.username("first"), value=1, submit=False)
    assert mine(reference_server, world)["revision"] != synced
    type_text(form, "Typed here last")
    qtbot.waitUntil(
        lambda: mine(reference_server, world)["justification"] == "Typed here last",
        timeout=LOAD_TIMEOUT,
    )
    qtbot.waitUntil(lambda: "saved on the server" in form.status(), timeout=LOAD_TIMEOUT)
    assert mine(reference_server, world)["scores"]["quality"] == 2
