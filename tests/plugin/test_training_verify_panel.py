"""The Verify panel: the id typed loosely and normalised, a certificate found (valid, in
green), revoked (in red), not found, against the reference server's API; a page in the live
site's shape read through the panel's verifier hook; HTML in a name shown as text."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any, List

import pytest
from qgis.PyQt.QtCore import Qt

from certification_plugin.core.certificates import Verification, from_live_page
from certification_plugin.gui.training.panel_helpers import ERROR_COLOUR, VALID_COLOUR
from certification_plugin.gui.training.verify_panel import FIELDS, VerifyPanel
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.trainers import TrainingWorld
from tests.plugin.training_helpers import TIMEOUT, TrainingSetup, training_context

LIVE_PAGE = """<html><body><div class="card"><h3>Certificate Details</h3><table>
<tr><td><b>ID</b></td><td>QGIS-77</td></tr>
<tr><td><b>Attendee Name</b></td><td>&lt;b&gt;Eve&lt;/b&gt; &amp; Co</td></tr>
<tr><td><b>Project</b></td><td>QGIS</td></tr>
<tr><td><b>Certifying Organisation</b></td><td>Live Org</td></tr>
<tr><td><b>Training Center</b></td><td>Centre &lt;i&gt;x&lt;/i&gt;</td></tr>
<tr><td><b>Course Language</b></td><td>English</td></tr>
<tr><td><b>Trained Competence(s)</b></td><td>Digitising</td></tr>
<tr><td><b>Course Type</b></td><td>QGIS Basics</td></tr>
<tr><td><b>Course Date</b></td><td>June 2, 2025 to June 4, 2025</td></tr>
<tr><td><b>Instruction Hours</b></td><td>16</td></tr>
<tr><td><b>Course Convener</b></td><td>
   Prof. Ana Pop, PhD
</td></tr>
</table></div></body></html>"""


@pytest.fixture
def anyone(training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path) -> TrainingSetup:
    return training_context(training_world, "convener", runner, tmp_path / "cache")


def new_panel(qtbot, setup: TrainingSetup) -> VerifyPanel:
    panel = VerifyPanel(setup.context)
    qtbot.addWidget(panel)
    return panel


def shown(panel: VerifyPanel) -> List[str]:
    return [panel.values[key].text() for key in FIELDS]


def verified(qtbot, panel: VerifyPanel, typed: str) -> Verification:
    with qtbot.waitSignal(panel.verified, timeout=TIMEOUT) as signal:
        panel.verify(typed)
    return signal.args[0]


def test_typing_is_normalised(qtbot, anyone: TrainingSetup) -> None:
    panel = new_panel(qtbot, anyone)
    panel.id_edit.setText("qgis-12 ")
    panel.id_edit.editingFinished.emit()
    assert panel.id_edit.text() == "QGIS-12"
    panel.id_edit.setText("no id here")
    panel.id_edit.editingFinished.emit()
    assert panel.id_edit.text() == "no id here"  # left as typed
    assert panel.verify() is None
    assert panel.status() == "Type a certificate id such as QGIS-123."
    assert not panel.result.isVisibleTo(panel)


def test_a_valid_certificate_from_the_api(
    qtbot, anyone: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, anyone)
    found = verified(qtbot, panel, f" {training_world.certificate_id.lower()} ")
    assert found.found and found.status == "valid"
    assert panel.id_edit.text() == training_world.certificate_id
    values = dict(zip(FIELDS, shown(panel)))
    assert values["certificate_id"] == training_world.certificate_id
    assert values["attendee_name"] == "Ana Pop"
    assert values["organisation_name"] == training_world.organisation_name
    assert values["language"] == "Română"
    assert values["status"] == "Valid"
    assert values["organisation_certified"] == "Yes"
    assert values["instruction_hours"]
    assert panel.values["status"].styleSheet().find(VALID_COLOUR.name()) >= 0
    assert panel.result.isVisibleTo(panel)
    titles = [panel.result.layout().itemAt(i * 2).widget().text() for i in range(len(FIELDS))]
    assert titles[:10] == [
        "ID",
        "Attendee Name",
        "Certifying Organisation",
        "Training Center",
        "Course Language",
        "Trained Competence(s)",
        "Course Type",
        "Course Date",
        "Instruction Hours",
        "Course Convener",
    ]


def revoke(training_world: TrainingWorld) -> None:
    request = urllib.request.Request(
        f"{training_world.server_url}api/v1/certificates/{training_world.certificate_id}/revoke/",
        data=json.dumps({"reason": "Issued by mistake"}).encode(),
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Authorization": f"Token {training_world.token('owner')}",
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200


def test_revoked_and_not_found(qtbot, anyone: TrainingSetup, training_world: TrainingWorld) -> None:
    revoke(training_world)
    panel = new_panel(qtbot, anyone)
    found = verified(qtbot, panel, training_world.certificate_id)
    assert found.status == "revoked"
    assert panel.values["status"].text() == "Revoked"
    assert ERROR_COLOUR.name() in panel.values["status"].styleSheet()
    assert panel.status() == "This certificate was revoked."

    missing = verified(qtbot, panel, "qgis-999999")
    assert not missing.found and missing.status == "not_found"
    assert not panel.result.isVisibleTo(panel)
    assert panel.status() == "No certificate QGIS-999999 has been issued."


def test_the_live_sites_page_with_html_in_a_name_is_shown_as_text(
    qtbot, anyone: TrainingSetup
) -> None:
    asked: List[str] = []

    def live(certificate_id: str, task: Any) -> Verification:
        asked.append(certificate_id)
        return from_live_page(LIVE_PAGE, certificate_id)

    anyone.context.verify = live
    panel = new_panel(qtbot, anyone)
    found = verified(qtbot, panel, "qgis 77")
    assert asked == ["QGIS-77"]
    assert found.source == "live"
    values = dict(zip(FIELDS, shown(panel)))
    assert values["attendee_name"] == "<b>Eve</b> & Co"
    assert values["training_centre"] == "Centre <i>x</i>"
    assert values["course_date"] == "June 2, 2025 to June 4, 2025"
    assert values["convener"] == "Prof. Ana Pop, PhD"
    assert values["organisation_certified"] == "Not said by this server"
    for label in panel.values.values():
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_show_verification_from_elsewhere(qtbot, anyone: TrainingSetup) -> None:
    panel = new_panel(qtbot, anyone)
    panel.show_verification(
        Verification(
            found=True,
            status="valid",
            certificate_id="QGIS-5",
            attendee_name="<script>alert(1)</script>",
            start_date="2025-06-02",
            end_date="2025-06-04",
            language="zh_TW",
            organisation_certified=False,
        )
    )
    assert panel.id_edit.text() == "QGIS-5"
    values = dict(zip(FIELDS, shown(panel)))
    assert values["attendee_name"] == "<script>alert(1)</script>"
    assert values["course_date"] == "2025-06-02 to 2025-06-04"
    assert values["language"] == "中文（繁體）"  # noqa: RUF001
    assert values["organisation_certified"] == "No"
