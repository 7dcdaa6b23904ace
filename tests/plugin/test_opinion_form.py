"""The Opinion tab against the reference server: the proposal, confirm or override with a
reason, and inviting a reviewer to the group."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from qgis.PyQt.QtWidgets import QComboBox

from certification_plugin.gui.reviews.opinion_form import OpinionForm
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.reviewers import ReviewWorld, seed_review_world
from tests.plugin.review_forms_helpers import PageSetup, page_context, server_json, write_review

TIMEOUT = 30000


@pytest.fixture
def world(reference_server: ReferenceServer) -> ReviewWorld:
    return seed_review_world(reference_server)


@pytest.fixture
def coordinator(
    reference_server: ReferenceServer, world: ReviewWorld, runner: TaskRunner, tmp_path: Path
) -> Iterator[PageSetup]:
    setup = page_context(reference_server, world, "coordinator", runner, tmp_path / "drafts")
    yield setup
    setup.remove()


def new_form(qtbot, setup: PageSetup, application: int) -> OpinionForm:
    form = OpinionForm(setup.context)
    qtbot.addWidget(form)
    form.load({"application": application})
    qtbot.waitUntil(lambda: bool(form.groups), timeout=TIMEOUT)
    return form


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_proposal_is_confirmed_or_overridden_with_a_reason(
    qtbot, coordinator: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    application = world.applications["due_soon"]
    write_review(reference_server, application, world.username("first"), value=4)
    form = new_form(qtbot, coordinator, application)
    assert form.record_button.isEnabled()
    proposal = form.proposal_label.text()
    assert "Proposed: Approve" in proposal
    assert "Median total 20; 15 needed." in proposal
    assert "Every minimum is met." in proposal
    assert "Reviews submitted: 2 of 2 needed." in proposal
    assert form.binder.values()["recommendation"] == "approve"  # the proposal preselected

    choose(form.binder.editor("recommendation"), "reject")
    form.record()  # differs from the proposal: a reason is required, nothing is sent
    assert "Say why" in form.binder.field_errors("reason")
    assert "opinion.post" not in coordinator.runner.slots

    form.binder.editor("reason").setPlainText("The links are <b>dead</b>.")
    with qtbot.waitSignal(form.changed, timeout=TIMEOUT):
        form.record()
    text = form.opinion_label.text()
    assert "Recorded: Reject" in text and "The links are <b>dead</b>." in text
    assert not form.record_button.isEnabled()  # recorded once
    answer = server_json(
        reference_server, world.token("coordinator"), f"applications/{application}/opinion/"
    )
    opinion = answer["groups"][0]["opinion"]
    assert opinion["recommendation"] == "reject" and opinion["overridden"] is True
    assert opinion["reason"] == "The links are <b>dead</b>."


def test_the_opinion_waits_for_enough_reviews(
    qtbot, coordinator: PageSetup, world: ReviewWorld
) -> None:
    form = new_form(qtbot, coordinator, world.applications["due_soon"])  # one review of two
    assert not form.record_button.isEnabled()
    assert "Reviews submitted: 1 of 2 needed." in form.proposal_label.text()
    assert "once enough reviews are submitted" in form.status()


def test_a_reviewer_is_invited_by_e_mail(
    qtbot, coordinator: PageSetup, world: ReviewWorld, reference_server: ReferenceServer
) -> None:
    form = new_form(qtbot, coordinator, world.applications["due_soon"])
    assert form.invite_box.isVisibleTo(form)
    email = form.invite_binder.editor("email")
    email.setText("not an address")
    form.invite()
    assert form.invite_binder.field_errors("email")
    assert "opinion.invite" not in coordinator.runner.slots
    address = f"new-{world.username('first')}@example.org"
    email.setText(address)
    form.invite()
    qtbot.waitUntil(lambda: "invitation was sent" in form.status(), timeout=TIMEOUT)
    assert address in form.status()
    count = reference_server.manage(
        "shell",
        "-c",
        "from reviews.models import Invitation; "
        f"print(Invitation.objects.filter(email={address!r}, user_group_id={world.group}).count())",
    )
    assert count.strip().splitlines()[-1] == "1"
