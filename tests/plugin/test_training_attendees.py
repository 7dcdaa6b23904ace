"""The attendees panel against the reference server: the table, add (the e-mail checked
locally), remove (refused while a certificate refers to it), a CSV file through the server's
preview (per-row errors, "skip the invalid rows") and rows from a layer's features."""

from __future__ import annotations

from pathlib import Path
from typing import Any, List

import pytest
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from certification_plugin.gui.training.attendees_panel import AttendeesPanel
from certification_plugin.gui.training.csv_import_dialog import CsvImportDialog
from certification_plugin.gui.training.field_mapping_dialog import FieldMappingDialog
from certification_plugin.gui.training.panel_helpers import ERROR_COLOUR
from tests.fixtures.trainers import TrainingWorld
from tests.plugin.training_helpers import TIMEOUT, TrainingSetup

CSV = (
    "\ufeffFirst name;Surname;E-mail\r\n"
    "Ioana;Știrbu;ioana@example.org\r\n"
    "Lars;Öberg;not-an-email\r\n"
    "Mei;陳;mei@example.org\r\n"
).encode()


def new_panel(qtbot, setup: TrainingSetup, course: int) -> AttendeesPanel:
    panel = AttendeesPanel(setup.context)
    qtbot.addWidget(panel)
    panel.set_course({"id": course})
    qtbot.waitUntil(lambda: setup.idle() and bool(panel.attendees), timeout=TIMEOUT)
    return panel


def emails(panel: AttendeesPanel) -> List[str]:
    return [panel.table.item(row, 2).text() for row in range(panel.table.rowCount())]


def test_the_table_lists_the_attendees_with_their_certificate(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world.course("started"))
    assert sorted(emails(panel)) == sorted(a["email"] for a in training_world.attendees)
    shown = [panel.table.item(row, 3).text() for row in range(panel.table.rowCount())]
    assert f"{training_world.certificate_id} (Valid)" in shown
    assert panel.add_button.isEnabled() and not panel.remove_button.isEnabled()


def test_add_checks_the_e_mail_locally_then_adds(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world.course("started"))
    dialog = panel.attendee_dialog()
    qtbot.addWidget(dialog)
    dialog.binder.set_values({"first_name": "Ana", "surname": "Pop", "email": "ana@"})
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.binder.field_errors("email")
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.add({"first_name": "Ana", "surname": "Pop-Știrbu", "email": "ana.new@example.org"})
    qtbot.waitUntil(lambda: "ana.new@example.org" in emails(panel), timeout=TIMEOUT)
    row = emails(panel).index("ana.new@example.org")
    assert panel.table.item(row, 1).text() == "Pop-Știrbu"


def test_remove_asks_and_shows_the_in_use_refusal(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world.course("started"))
    certified = next(
        row for row in range(panel.table.rowCount()) if panel.table.item(row, 3).text()
    )
    panel.table.selectRow(certified)
    asked: List[str] = []
    panel.confirm = lambda title, question: asked.append(question) or False  # type: ignore
    assert panel.remove_selected() is None and asked  # "No": nothing sent
    panel.confirm = lambda title, question: True  # type: ignore[method-assign]
    panel.remove_selected()
    qtbot.waitUntil(lambda: "was not removed" in panel.status(), timeout=TIMEOUT)
    assert "certificate" in panel.status().lower()
    assert len(panel.attendees) == len(training_world.attendees)

    free = next(row for row in range(panel.table.rowCount()) if not panel.table.item(row, 3).text())
    email = panel.table.item(free, 2).text()
    panel.table.selectRow(free)
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.remove_selected()
    qtbot.waitUntil(lambda: email not in emails(panel) and training_owner.idle(), timeout=TIMEOUT)


def test_csv_preview_shows_row_errors_and_imports_after_skipping(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld, tmp_path: Path
) -> None:
    panel = new_panel(qtbot, training_owner, training_world.course("started"))
    path = tmp_path / "attendees.csv"
    path.write_bytes(CSV)
    shown: List[CsvImportDialog] = []

    def first_look(dialog: CsvImportDialog) -> bool:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return False  # Cancel: nothing imported

    panel.exec_preview = first_look  # type: ignore[method-assign]
    panel.import_csv(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    dialog = shown[0]
    assert "utf-8" in dialog.detected_label.text().lower()
    assert "semicolon" in dialog.detected_label.text()
    assert "named columns" in dialog.detected_label.text()
    assert (dialog.valid, dialog.invalid) == (2, 1)
    assert dialog.table.rowCount() == 3
    bad = next(r for r in range(3) if dialog.table.item(r, 3).text() == "not-an-email")
    assert dialog.table.item(bad, 0).text() == "3"  # the file's line
    assert dialog.table.item(bad, 5).text().startswith("email:")
    assert dialog.table.item(bad, 5).toolTip().startswith("<p>email:")
    assert dialog.table.item(bad, 1).foreground().color() == ERROR_COLOUR
    assert dialog.table.item(bad, 1).text() == "Öberg" or dialog.table.item(bad, 2).text()
    assert dialog.skip_check.isVisibleTo(dialog)
    assert dialog.skip_check.text() == "Skip the 1 invalid row"
    assert not dialog.import_button.isEnabled()  # all or nothing until skipping is accepted
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.skip_invalid
    assert len(panel.attendees) == len(training_world.attendees)

    def skip_and_import(dialog: CsvImportDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.skip_check.setChecked(True)
        return True

    panel.exec_preview = skip_and_import  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.import_csv(str(path))
    qtbot.waitUntil(lambda: "mei@example.org" in emails(panel), timeout=TIMEOUT)
    assert "ioana@example.org" in emails(panel)
    assert "not-an-email" not in emails(panel)
    assert "2 attendees imported." in panel.status()
    assert "1 invalid row skipped." in panel.status()


def test_a_file_that_is_not_utf8_is_refused_with_the_reason(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld, tmp_path: Path
) -> None:
    panel = new_panel(qtbot, training_owner, training_world.course("started"))
    path = tmp_path / "latin1.csv"
    path.write_bytes("First name,Surname,Email\nJosé,Müller,jose@example.org\n".encode("cp1252"))
    panel.exec_preview = lambda dialog: pytest.fail("no preview")  # type: ignore
    panel.import_csv(str(path))
    qtbot.waitUntil(lambda: "UTF-8" in panel.status(), timeout=TIMEOUT)


def memory_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=Prenume:string&field=Nume:string&field=E-mail:string"
        "&field=oras:string",
        "participants",
        "memory",
    )
    people = [
        ("Radu", "Ionescu", "radu@example.org", "Iași"),
        ("Elin", "Sjöberg", "ELIN@example.org", "Umeå"),
        ("Wei", "林", "wei@example.org", "臺北"),
    ]
    features = []
    for values in people:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_attendees_from_a_memory_layer_through_the_mapping_dialog(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    layer = memory_layer()
    QgsProject.instance().addMapLayer(layer)
    try:
        ids = [f.id() for f in layer.getFeatures()]
        layer.selectByIds(ids[:2])
        dialog = FieldMappingDialog(None, layer)
        qtbot.addWidget(dialog)
        assert dialog.mapping() == {"first_name": "Prenume", "surname": "Nume", "email": "E-mail"}
        assert dialog.selected_check.isChecked()  # the layer has a selection
        assert dialog.preview.rowCount() == 2
        assert dialog.ok_button.isEnabled()
        rows = dialog.rows()
        assert sorted(rows, key=lambda row: row["email"]) == [  # a selection has no order
            {"first_name": "Elin", "surname": "Sjöberg", "email": "elin@example.org"},
            {"first_name": "Radu", "surname": "Ionescu", "email": "radu@example.org"},
        ]
        dialog.selected_check.setChecked(False)
        assert len(dialog.rows()) == 3
        dialog.field_combos["email"].setField("")
        assert not dialog.ok_button.isEnabled()

        panel = new_panel(qtbot, training_owner, training_world.course("started"))
        previews: List[Any] = []

        def accept(preview: CsvImportDialog) -> bool:
            qtbot.addWidget(preview)
            previews.append(preview)
            assert not preview.detected_label.isVisibleTo(preview)  # no file: no encoding
            return preview.import_button.isEnabled()

        panel.exec_preview = accept  # type: ignore[method-assign]
        with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
            panel.from_layer(rows)
        qtbot.waitUntil(lambda: "elin@example.org" in emails(panel), timeout=TIMEOUT)
        assert previews and previews[0].valid == 2
        assert "wei@example.org" not in emails(panel)
        row = emails(panel).index("elin@example.org")
        assert panel.table.item(row, 1).text() == "Sjöberg"
        assert not panel.table.item(row, 0).flags() & Qt.ItemFlag.ItemIsEditable
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
