"""The issue dialog: the attendees waiting, per-row type and language with defaults for all,
the cost line and the credits' shortfall, the batch issued against the reference server with
one Idempotency-Key kept across a retry (charged once), and the server's not_enough_credits
refusal shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

from qgis.core import Qgis

from certification_plugin.core.errors import NetworkError
from certification_plugin.gui.training.issue_dialog import (
    LANGUAGE_COLUMN,
    TYPE_COLUMN,
    IssueDialog,
    course_language,
)
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.trainers import TrainingWorld, seed_training_world
from tests.plugin.training_helpers import TIMEOUT, TrainingSetup, server_json, training_context


def attendees_of(training_world: TrainingWorld) -> List[Dict[str, Any]]:
    """The course's attendees as the API lists them (the first holds the seeded certificate)."""
    rows = []
    for index, person in enumerate(training_world.attendees):
        certificate = (
            {"certificate_id": training_world.certificate_id, "status": "valid"}
            if index == 0
            else None
        )
        rows.append({**person, "certificate": certificate})
    return rows


def course_of(training_world: TrainingWorld) -> Dict[str, Any]:
    return {
        "id": training_world.course("started"),
        "language": "ro",
        "certificate_type": "completion",
    }


def organisation(balance: int) -> Dict[str, Any]:
    return {"credits": {"balance": balance, "price_per_credit_cents": 2000, "currency": "EUR"}}


def test_rows_defaults_and_the_cost_line(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    dialog = IssueDialog(
        training_owner.context,
        course_of(training_world),
        attendees_of(training_world),
        organisation(19),
    )
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2  # the certified attendee is not offered
    names = {dialog.table.item(row, 1).text() for row in range(2)}
    assert names == {"Ștefania Țăranu", "美玲 陳"}
    assert {dialog.row_combo(r, LANGUAGE_COLUMN).currentData() for r in range(2)} == {"ro"}
    assert {dialog.row_combo(r, TYPE_COLUMN).currentData() for r in range(2)} == {"completion"}
    assert dialog.cost_label.text() == "2 certificates = 2 credits = €40.00 · balance after: 17"
    assert dialog.confirm_button.isEnabled()

    dialog.default_type.setCurrentIndex(dialog.default_type.findData("attendance"))
    dialog.default_language.setCurrentIndex(dialog.default_language.findData("zh_TW"))
    dialog.apply_defaults()
    assert [item["certificate_type"] for item in dialog.items()] == ["attendance"] * 2
    assert [item["language"] for item in dialog.items()] == ["zh_TW"] * 2
    assert dialog.row_combo(0, LANGUAGE_COLUMN).currentText() == "中文（繁體）"  # noqa: RUF001
    dialog.row_combo(1, LANGUAGE_COLUMN).setCurrentIndex(2)  # one row differs: Svenska
    assert [item["language"] for item in dialog.items()] == ["zh_TW", "sv"]

    dialog.set_checked(1, False)
    assert dialog.cost_label.text() == "1 certificate = 1 credit = €20.00 · balance after: 18"
    dialog.set_checked(0, False)
    assert not dialog.confirm_button.isEnabled()
    assert dialog.shortfall_label.text() == "Tick the attendees to certify."


def test_insufficient_credits_disable_the_confirmation(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    dialog = IssueDialog(
        training_owner.context,
        course_of(training_world),
        attendees_of(training_world),
        organisation(0),
    )
    qtbot.addWidget(dialog)
    assert dialog.cost_label.text() == "2 certificates = 2 credits = €40.00 · balance after: -2"
    assert dialog.shortfall_label.text() == "2 more credits needed"
    assert not dialog.confirm_button.isEnabled()
    assert dialog.confirm() is None  # nothing sent
    dialog.set_balance(1)
    assert dialog.shortfall_label.text() == "1 more credit needed"
    dialog.set_checked(0, False)
    assert dialog.confirm_button.isEnabled() and not dialog.shortfall_label.text()


def test_course_language_defaults() -> None:
    assert course_language({"language": "zh-hant"}) == "zh_TW"
    assert course_language({"language": "sv"}) == "sv"
    assert course_language({"language": "de"}) == "en"
    assert course_language(None) == "en"


class LosesFirstAnswer:
    """The real client, but the first batch's answer is lost on the way back (the server
    issued and charged it): the dialog sees a network error and the user confirms again."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.keys: List[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def issue(self, course_id: int, items: Any, idempotency_key: str, **kwargs: Any) -> Any:
        self.keys.append(idempotency_key)
        answer = self.real.issue(course_id, items, idempotency_key, **kwargs)
        if len(self.keys) == 1:
            raise NetworkError("The connection was reset.", "http://127.0.0.1/")
        return answer


def test_a_retry_after_a_network_error_reuses_the_key_and_is_charged_once(
    qtbot, training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path
) -> None:
    setup = training_context(training_world, "owner", runner, tmp_path / "cache")
    flaky = LosesFirstAnswer(setup.client)
    setup.context.training = flaky
    dialog = IssueDialog(
        setup.context, course_of(training_world), attendees_of(training_world), organisation(19)
    )
    qtbot.addWidget(dialog)
    dialog.confirm()
    assert not dialog.confirm_button.isEnabled()  # busy
    qtbot.waitUntil(lambda: "did not arrive" in dialog.status_label.text(), timeout=TIMEOUT)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.confirm()
    assert len(flaky.keys) == 2 and flaky.keys[0] == flaky.keys[1]
    assert dialog.answer.replayed is True
    assert len(dialog.answer.certificates) == 2
    assert dialog.answer.balance == training_world.balance - 2  # charged once
    listed = server_json(
        training_world.server,
        training_world.token("owner"),
        f"courses/{training_world.course('started')}/certificates/",
    )
    assert len(listed["results"]) == 3
    assert any(level == Qgis.MessageLevel.Success for _text, level in setup.messages)

    other = IssueDialog(
        setup.context, course_of(training_world), attendees_of(training_world), organisation(19)
    )
    qtbot.addWidget(other)
    first = other.key_for(other.items())
    assert other.key_for(other.items()) == first
    other.set_checked(0, False)
    assert other.key_for(other.items()) != first  # another batch, another key


def test_the_servers_not_enough_credits_refusal_is_shown(
    qtbot, reference_server: ReferenceServer, runner: TaskRunner, tmp_path: Path
) -> None:
    poor = seed_training_world(reference_server, credits=2)  # 1 left after the seeded one
    try:
        setup = training_context(poor, "owner", runner, tmp_path / "cache")
        stale = organisation(5)  # the dock's copy is older than the server's balance
        dialog = IssueDialog(setup.context, course_of(poor), attendees_of(poor), stale)
        qtbot.addWidget(dialog)
        dialog.confirm()
        qtbot.waitUntil(lambda: "Not issued" in dialog.status_label.text(), timeout=TIMEOUT)
        assert "2 credits needed, 1 available" in dialog.status_label.text()
        assert dialog.credits.balance == 1
        assert dialog.shortfall_label.text() == "1 more credit needed"
        assert not dialog.confirm_button.isEnabled()
    finally:
        poor.remove()
