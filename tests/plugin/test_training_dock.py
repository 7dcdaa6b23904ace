"""The Courses and certificates dock against the real reference server: organisations and the
balance, centres from a map click and from a selected feature, course types, conveners and
courses, refusals kept at the fields, drafts, deletes refused in use, and the live site's gate."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtWidgets import QLineEdit, QMessageBox

from certification_plugin.core import training_spec
from certification_plugin.gui.training import texts
from certification_plugin.gui.training.entity_tab import FORM_PAGE, GATE_PAGE, LIST_PAGE
from certification_plugin.gui.training.kinds import CENTRE, CONVENER, COURSE, COURSE_TYPE
from certification_plugin.gui.training.training_dock import (
    OBJECT_NAME,
    VERIFY_TAB,
    TrainingDock,
    credits_text,
)
from certification_plugin.qgis_io.drafts import DraftStore
from tests.fixtures.livesite import LiveSite
from tests.fixtures.trainers import TrainingWorld
from tests.plugin.apply_helpers import make_plugin

TIMEOUT = 60000
WIDTH = 420


def png(width: int = 4, height: int = 2) -> bytes:
    """A tiny valid PNG (Pillow on the server checks it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Iface:
    """The part of QGIS's interface the dock uses: the canvas and the active layer."""

    def __init__(self) -> None:
        self.canvas = QgsMapCanvas()
        self.canvas.resize(400, 300)
        self.layer: Any = None

    def mapCanvas(self) -> QgsMapCanvas:
        return self.canvas

    def activeLayer(self) -> Any:
        return self.layer


def new_dock(qtbot, plugin: SimpleNamespace, tmp_path: Path) -> TrainingDock:
    dock = TrainingDock(plugin, store=DraftStore(str(tmp_path / "drafts")), autosave_ms=50)
    qtbot.addWidget(dock)
    dock.resize(WIDTH, 900)
    return dock


def open_dock(qtbot, tmp_path: Path, training_world: TrainingWorld, role: str = "owner"):
    plugin = make_plugin(tmp_path, training_world.server_url, training_world.authcfg(role))
    plugin.iface = Iface()
    dock = new_dock(qtbot, plugin, tmp_path)
    dock.show()
    qtbot.waitUntil(lambda: dock.data is not None, timeout=TIMEOUT)
    return dock


def names(dock: TrainingDock, kind: str) -> list:
    tab = dock.tab(kind)
    return [tab.list.item(row).text() for row in range(tab.list.count())]


def wait_idle(qtbot, dock: TrainingDock) -> None:
    qtbot.waitUntil(lambda: not dock.busy, timeout=TIMEOUT)


def choose(dock: TrainingDock, kind: str, predicate) -> None:
    assert dock.tab(kind).select_where(predicate)


def type_into(form, name: str, value: str) -> None:
    editor = form.binder.editor(name)
    if isinstance(editor, QLineEdit):
        editor.setText(value)
        editor.textEdited.emit(value)
    else:
        editor.setPlainText(value)


# --- without a server -------------------------------------------------------------------------


def test_credits_line() -> None:
    organisation = {"credits": {"balance": 20, "price_per_credit_cents": 2000, "currency": "EUR"}}
    assert credits_text(organisation) == "Credits: 20 (€20.00 each)"
    assert credits_text({"credits": {"balance": 3, "price_per_credit_cents": 1250}}) == (
        "Credits: 3 (€12.50 each)"
    )


def test_every_english_word_of_the_specs_is_translatable() -> None:
    labels = texts.spec_labels()
    specs = [
        training_spec.centre_spec(),
        training_spec.course_type_spec(),
        training_spec.convener_spec(),
        training_spec.course_spec(),
        training_spec.attendee_spec(),
    ]
    for spec in specs:
        for title, fields in spec.grouped():
            assert not title or title in labels
            for field in fields:
                assert field.label in labels
                assert not field.help or field.help in labels
                for _value, label in field.choices:
                    assert label in labels
    assert set(texts.spec_messages()) == set(training_spec.MESSAGES)


def test_the_dock_builds_at_420_px_without_a_server(qtbot, tmp_path) -> None:
    plugin = make_plugin(tmp_path, "http://127.0.0.1:9/")
    dock = new_dock(qtbot, plugin, tmp_path)
    assert dock.objectName() == OBJECT_NAME
    assert dock.windowTitle() == "Courses and certificates"
    assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == [
        "Courses",
        "Training centres",
        "Course types",
        "Conveners",
        "Verify",
        "Credits",
    ]
    dock.show()
    qtbot.waitUntil(lambda: bool(dock.status()), timeout=TIMEOUT)  # unreachable: said so
    assert dock.scroll.widget().minimumSizeHint().width() <= WIDTH
    for kind in (CENTRE, COURSE, COURSE_TYPE, CONVENER):
        assert dock.form(kind).minimumSizeHint().width() <= WIDTH


# --- against the reference server -------------------------------------------------------------


def test_organisations_and_balance_are_shown(qtbot, tmp_path, training_world) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    combo = dock.organisation_combo
    assert training_world.organisation_name in [combo.itemText(i) for i in range(combo.count())]
    assert dock.organisation_slug() == training_world.organisation or combo.count() > 1
    combo.setCurrentIndex(combo.findData(training_world.organisation))
    qtbot.waitUntil(
        lambda: dock.data is not None and dock.data.slug == training_world.organisation,
        timeout=TIMEOUT,
    )
    assert dock.credits_label.text() == f"Credits: {training_world.balance} (€20.00 each)"
    assert not dock.gated and dock.organisation_combo.isVisibleTo(dock)
    assert len(names(dock, CENTRE)) == 2 and any("(online)" in n for n in names(dock, CENTRE))
    assert len(names(dock, COURSE)) == 2 and len(names(dock, COURSE_TYPE)) == 1
    # Selecting a course shows its attendees and certificates.
    choose(dock, COURSE, lambda r: r.id == training_world.course("started"))
    assert dock.course_details.isVisibleTo(dock)
    assert getattr(dock.attendees_panel, "course_id", None) == training_world.course("started")
    assert dock.scroll.widget().minimumSizeHint().width() <= WIDTH


def test_a_centre_added_by_a_map_click(qtbot, tmp_path, training_world) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    canvas = dock.plugin.iface.canvas
    assert dock.add_on_map()
    tool = dock.picker.tool
    assert canvas.mapTool() is tool
    # A click on the canvas (its CRS is EPSG:4326 here): the form opens with the point.
    canvas.setDestinationCrs(training_crs())
    canvas.setExtent(rectangle(23.0, 46.0, 24.0, 47.0))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    form = dock.form(CENTRE)
    qtbot.waitUntil(lambda: dock.tab(CENTRE).page == FORM_PAGE, timeout=TIMEOUT)
    values = form.values()
    assert 23.0 < float(values["longitude"]) < 24.0 and 46.0 < float(values["latitude"]) < 47.0
    assert canvas.mapTool() is not tool
    type_into(form, "name", "Centre by click")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any("Centre by click" in n for n in names(dock, CENTRE)), timeout=TIMEOUT
    )
    assert dock.tab(CENTRE).page == LIST_PAGE and "Saved" in dock.status()
    # "Move" the new centre: the picked signal puts the point into its edit form.
    choose(dock, CENTRE, lambda r: r.name == "Centre by click")
    assert dock.move_on_map()
    dock.picker.picked.emit(10.5, 45.25)
    assert dock.tab(CENTRE).page == FORM_PAGE
    assert (form.values()["longitude"], form.values()["latitude"]) == ("10.5", "45.25")
    assert form.values()["name"] == "Centre by click"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("(10.5, 45.25)" in n for n in names(dock, CENTRE)), timeout=TIMEOUT)


def training_crs():
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem("EPSG:4326")


def rectangle(*extent: float):
    from qgis.core import QgsRectangle

    return QgsRectangle(*extent)


def test_a_centre_from_a_selected_feature_of_a_memory_layer(
    qtbot, tmp_path, training_world
) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    iface = dock.plugin.iface
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=name:string", "areas", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Square"])
    # A square around lon 10, lat 0 in Web Mercator (1 km across).
    feature.setGeometry(
        QgsGeometry.fromPolygonXY(
            [
                [
                    QgsPointXY(1112698.0, -500.0),
                    QgsPointXY(1113698.0, -500.0),
                    QgsPointXY(1113698.0, 500.0),
                    QgsPointXY(1112698.0, 500.0),
                ]
            ]
        )
    )
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    try:
        iface.layer = layer
        assert dock.from_selected_feature() is None
        assert "Select a feature" in dock.status()
        layer.selectAll()
        lon, lat = dock.from_selected_feature()
        assert abs(lon - 10.0) < 0.01 and abs(lat) < 0.001
        form = dock.form(CENTRE)
        assert dock.tab(CENTRE).page == FORM_PAGE
        assert float(form.values()["longitude"]) == pytest.approx(lon, abs=1e-6)
        type_into(form, "name", "Centre from a feature")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any("Centre from a feature" in n for n in names(dock, CENTRE)), timeout=TIMEOUT
        )
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_course_type_convener_and_course_are_created(qtbot, tmp_path, training_world) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    # Course type.
    form = dock.add(COURSE_TYPE)
    type_into(form, "name", "QGIS Server")
    type_into(form, "instruction_hours", "7.5")
    type_into(form, "description", "Publishing maps.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any("QGIS Server" in n for n in names(dock, COURSE_TYPE)), timeout=TIMEOUT
    )
    assert any("7.5 h" in n for n in names(dock, COURSE_TYPE))
    # Convener: the owner's own account, with a signature image.
    signature = tmp_path / "signature.png"
    signature.write_bytes(png())
    form = dock.add(CONVENER)
    type_into(form, "user", training_world.username("owner"))
    type_into(form, "title", "Dr.")
    form.signature.setFilePath(str(signature))
    assert form.values()["signature"] == str(signature)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(names(dock, CONVENER)) == 2, timeout=TIMEOUT)
    assert dock.tab(CONVENER).page == LIST_PAGE
    wait_idle(qtbot, dock)
    choose(dock, CONVENER, lambda r: r.data.get("username") == training_world.username("owner"))
    edited = dock.edit(CONVENER)
    assert edited.values()["user"] == training_world.username("owner")
    assert edited.values()["title"] == "Dr."
    assert edited.signature_note.isVisibleTo(dock), "the signature is on file"
    qtbot.mouseClick(edited.cancel_button, Qt.MouseButton.LeftButton)
    # Course: the new type and convener, the online centre.
    wait_idle(qtbot, dock)
    form = dock.add(COURSE)
    spec = form.spec
    new_type = next(v for v, label in spec.field("course_type").choices if label == "QGIS Server")
    convener = next(
        v
        for v, label in spec.field("course_convener").choices
        if training_world.username("owner") in label
    )
    form.set_values(
        {
            "course_type": new_type,
            "course_convener": convener,
            "training_centre": str(training_world.centres["online"]),
            "language": "sv",
            "trained_competence": "Publishing maps",
            "start_date": "2027-03-01",
            "end_date": "2027-03-02",
            "certificate_type": "attendance",
        }
    )
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(names(dock, COURSE)) == 3, timeout=TIMEOUT)
    assert any("2027-03-01" in n for n in names(dock, COURSE))


def test_a_refusal_keeps_the_input_and_shows_the_field_error(
    qtbot, tmp_path, training_world
) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    form = dock.add(CONVENER)
    type_into(form, "user", "nobody-with-this-name")
    type_into(form, "degree", "PhD")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.binder.field_errors("user")), timeout=TIMEOUT)
    assert form.binder.has_error_mark("user")
    assert dock.tab(CONVENER).page == FORM_PAGE
    assert form.values()["user"] == "nobody-with-this-name" and form.values()["degree"] == "PhD"
    # A signature file that cannot be read (gone since chosen): said at the field.
    wait_idle(qtbot, dock)
    form.signature.setFilePath(str(tmp_path / "gone.png"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "could not be read" in form.binder.field_errors("signature"), timeout=TIMEOUT
    )
    wait_idle(qtbot, dock)
    # A centre's name is unique: the server's 400 lands at the name, the point stays.
    wait_idle(qtbot, dock)
    taken = dock.tab(CENTRE).records[0].name
    centre = dock.add(CENTRE)
    type_into(centre, "name", taken)
    centre.set_point(21.25, 45.75)
    qtbot.mouseClick(centre.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(centre.binder.field_errors("name")), timeout=TIMEOUT)
    assert (centre.values()["longitude"], centre.values()["latitude"]) == ("21.25", "45.75")
    assert dock.tab(CENTRE).page == FORM_PAGE
    qtbot.mouseClick(centre.cancel_button, Qt.MouseButton.LeftButton)
    # Local checks stop before any request: a longitude without a latitude.
    centre = dock.add(CENTRE)
    type_into(centre, "name", "Half a point")
    type_into(centre, "longitude", "23.5")
    qtbot.mouseClick(centre.save_button, Qt.MouseButton.LeftButton)
    assert centre.binder.field_errors("latitude") == training_spec.MESSAGES["both"]
    assert not dock.busy


def test_a_draft_survives_closing_the_dock(qtbot, tmp_path, training_world) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    form = dock.add(COURSE_TYPE)
    type_into(form, "name", "Half typed")
    type_into(form, "instruction_hours", "12")
    dock.close()  # flushes at once
    again = new_dock(qtbot, dock.plugin, tmp_path)
    again.show()
    qtbot.waitUntil(lambda: again.data is not None, timeout=TIMEOUT)
    restored = again.add(COURSE_TYPE)
    assert restored.restored
    assert restored.values()["name"] == "Half typed"
    assert restored.values()["instruction_hours"] == "12"
    assert "restored" in again.status()
    # Cancel discards it.
    qtbot.mouseClick(restored.cancel_button, Qt.MouseButton.LeftButton)
    assert not again.add(COURSE_TYPE).restored


def test_a_delete_refused_in_use_says_why(qtbot, tmp_path, training_world) -> None:
    dock = open_dock(qtbot, tmp_path, training_world)
    choose(dock, COURSE, lambda r: r.id == training_world.course("started"))
    box = dock.delete(COURSE)
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "not deleted" in dock.status(), timeout=TIMEOUT)
    assert "certificate" in dock.status().lower()
    assert len(names(dock, COURSE)) == 2
    # The course type is used by the courses: refused as well.
    wait_idle(qtbot, dock)
    dock.set_status("")
    choose(dock, COURSE_TYPE, lambda r: True)
    dock.delete(COURSE_TYPE).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "not deleted" in dock.status(), timeout=TIMEOUT)
    wait_idle(qtbot, dock)
    # "No" deletes nothing; a free course type is deleted.
    form = dock.add(COURSE_TYPE)
    type_into(form, "name", "Throw away")
    type_into(form, "instruction_hours", "1")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any("Throw away" in n for n in names(dock, COURSE_TYPE)), timeout=TIMEOUT
    )
    choose(dock, COURSE_TYPE, lambda r: r.name == "Throw away")
    dock.delete(COURSE_TYPE).button(QMessageBox.StandardButton.No).click()
    assert any("Throw away" in n for n in names(dock, COURSE_TYPE))
    dock.delete(COURSE_TYPE).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: not any("Throw away" in n for n in names(dock, COURSE_TYPE)), timeout=TIMEOUT
    )
    assert "Deleted" in dock.status()


def test_the_live_site_gate_keeps_verify(qtbot, tmp_path, livesite: LiveSite, browser) -> None:
    plugin = make_plugin(tmp_path, livesite.base_url)
    dock = new_dock(qtbot, plugin, tmp_path)
    dock.show()
    qtbot.waitUntil(lambda: dock.gated, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dock.tabs.currentIndex() == VERIFY_TAB, timeout=TIMEOUT)
    tab = dock.tab(CENTRE)
    assert tab.page == GATE_PAGE and "website" in tab.gate_label.text()
    assert not dock.organisation_combo.isVisibleTo(dock)
    qtbot.mouseClick(tab.website_button, Qt.MouseButton.LeftButton)
    assert browser.urls and browser.urls[-1].startswith(livesite.base_url.rstrip("/") + "/en/")
    # Verify works against the live site's page.
    panel = dock.verify_panel
    panel.id_edit.setText(" qgis-12 ")
    panel.verify()
    qtbot.waitUntil(lambda: panel.result.isVisibleTo(dock), timeout=TIMEOUT)
    assert panel.values["attendee_name"].text() == "Ana Pop"


def test_the_plugin_opens_the_verify_tab_with_a_result(qtbot, tmp_path) -> None:
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QSettings

    from certification_plugin.core.certificates import Verification
    from certification_plugin.plugin import CertificationPlugin
    from certification_plugin.qgis_io.settings import PluginSettings
    from tests.plugin.recording_iface import RecordingIface

    iface = RecordingIface()
    settings = PluginSettings(QgsSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.server_url = "http://127.0.0.1:9/"
    plugin = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    plugin.initGui()
    try:
        iface.main_window.show()
        found = Verification(True, "revoked", "QGIS-5", attendee_name="Ana <b>Pop</b>")
        dock = plugin.show_certificate_verification(found)
        assert dock is not None and dock.objectName() == OBJECT_NAME and dock.isVisible()
        assert plugin.training_action.isChecked()
        assert dock.tabs.currentIndex() == VERIFY_TAB
        assert dock.verify_panel.values["attendee_name"].text() == "Ana <b>Pop</b>"
        assert dock.verify_panel.values["attendee_name"].textFormat() == Qt.TextFormat.PlainText
    finally:
        plugin.unload()
        iface.close()


def test_a_convener_runs_the_organisation_too(qtbot, tmp_path, training_world) -> None:
    dock = open_dock(qtbot, tmp_path, training_world, role="convener")
    combo = dock.organisation_combo
    assert combo.findData(training_world.organisation) >= 0
    organisation = next(o for o in dock.organisations if o.slug == training_world.organisation)
    assert "convener" in organisation.roles
    assert dock.credits_label.text().startswith("Credits: ")


def test_not_signed_in_asks_to_sign_in(qtbot, tmp_path, reference_server) -> None:
    plugin = make_plugin(tmp_path, reference_server.base_url)
    dock = new_dock(qtbot, plugin, tmp_path)
    dock.show()
    qtbot.waitUntil(lambda: dock.tab(COURSE).sign_in_button.isVisibleTo(dock), timeout=TIMEOUT)
    assert dock.gated and "Sign in" in dock.tab(COURSE).gate_label.text()
