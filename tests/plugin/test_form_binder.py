"""FormBinder: widgets built from a spec, values, field errors, autosave and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from certification_plugin.core import forms
from certification_plugin.core.forms import FieldSpec, FormSpec, Section
from certification_plugin.gui.base import ERROR_PROPERTY, FormBinder, RowsTable
from certification_plugin.gui.base.form_messages import translated_messages
from certification_plugin.qgis_io.drafts import DraftAutosaver, DraftStore

HOSTILE = '<b>bold</b><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">click</a>'
SAMPLE = FormSpec(
    "sample",
    (
        FieldSpec("name", "Organisation name", forms.TEXT, required=True, max_length=40),
        FieldSpec("email", "E-mail", forms.EMAIL, required=True),
        FieldSpec("website", "Website", forms.URL, help="The organisation's home page."),
        FieldSpec(
            "country",
            "Country",
            forms.CHOICE,
            required=True,
            choices=(("RO", "Romania"), ("SE", "Sweden"), ("TW", "Taiwan")),
        ),
        FieldSpec(
            "contributions",
            "Contributions",
            forms.ROWS,
            fields=(
                FieldSpec("title", "Title", forms.TEXT, required=True),
                FieldSpec("url", "Web address", forms.URL, required=True),
                FieldSpec(
                    "kind", "Kind", forms.CHOICE, choices=(("code", "Code"), ("docs", "Docs"))
                ),
            ),
        ),
    ),
    sections=(Section("Organisation", ("name", "email", "website", "country")),),
)
EVERY_KIND = FormSpec(
    "kinds",
    (
        FieldSpec("text", "Text", forms.TEXT),
        FieldSpec("long", "Long", forms.MULTILINE),
        FieldSpec("email", "E-mail", forms.EMAIL),
        FieldSpec("url", "URL", forms.URL),
        FieldSpec("count", "Count", forms.INTEGER, minimum=1, maximum=99),
        FieldSpec("pick", "Pick", forms.CHOICE, choices=(("a", "A"), ("b", "B"))),
        FieldSpec("yes", "Yes", forms.BOOLEAN),
        FieldSpec("day", "Day", forms.DATE),
        FieldSpec(
            "rows",
            "Rows",
            forms.ROWS,
            fields=(
                FieldSpec("label", "Label", forms.TEXT),
                FieldSpec("n", "N", forms.INTEGER),
                FieldSpec("ok", "OK", forms.BOOLEAN),
                FieldSpec("pick", "Pick", forms.CHOICE, choices=(("x", "X"),)),
            ),
        ),
    ),
)
KIND_VALUES = {
    "text": "Ünïcode text",
    "long": "two\nlines",
    "email": "a@example.org",
    "url": "https://example.org",
    "count": 42,
    "pick": "b",
    "yes": True,
    "day": "2026-12-24",
    "rows": [
        {"label": "first", "n": 3, "ok": True, "pick": "x"},
        {"label": HOSTILE, "n": None, "ok": False, "pick": ""},
    ],
}


@pytest.fixture
def binder(qtbot) -> FormBinder:
    binder = FormBinder(SAMPLE)
    qtbot.addWidget(binder.widget)
    return binder


def test_one_widget_per_kind(qtbot) -> None:
    binder = FormBinder(EVERY_KIND)
    qtbot.addWidget(binder.widget)
    expected = {
        "text": QLineEdit,
        "long": QPlainTextEdit,
        "email": QLineEdit,
        "url": QLineEdit,
        "count": QSpinBox,
        "pick": QComboBox,
        "yes": QCheckBox,
        "day": QgsDateEdit,
        "rows": RowsTable,
    }
    for name, widget_type in expected.items():
        assert isinstance(binder.editor(name), widget_type), name
    assert binder.editor("rows").table.columnCount() == 4
    assert binder.values() == forms.default_values(EVERY_KIND)


def test_values_round_trip_every_kind(qtbot) -> None:
    binder = FormBinder(EVERY_KIND)
    qtbot.addWidget(binder.widget)
    binder.set_values(KIND_VALUES)
    assert binder.values() == KIND_VALUES
    binder.set_values({})
    assert binder.values() == forms.default_values(EVERY_KIND)


def test_labels_go_through_translate(qtbot) -> None:
    binder = FormBinder(SAMPLE, translate=lambda text: f"[{text}]")
    qtbot.addWidget(binder.widget)
    texts = {label.text() for label in binder.widget.findChildren(QLabel)}
    assert {"[Organisation name]", "[E-mail]", "[The organisation's home page.]"} <= texts
    combo = binder.editor("country")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "",
        "[Romania]",
        "[Sweden]",
        "[Taiwan]",
    ]
    header = binder.editor("contributions").table.horizontalHeaderItem(1)
    assert header.text() == "[Web address]"


def test_every_edit_emits_changed(qtbot) -> None:
    binder = FormBinder(EVERY_KIND)
    qtbot.addWidget(binder.widget)
    edits = [
        lambda: qtbot.keyClicks(binder.editor("text"), "x"),
        lambda: binder.editor("long").setPlainText("y"),
        lambda: binder.editor("count").setValue(5),
        lambda: binder.editor("pick").setCurrentIndex(2),
        lambda: binder.editor("yes").setChecked(True),
        lambda: binder.editor("day").setDate(QDate(2027, 1, 2)),
        lambda: binder.editor("rows").add_row(),
        lambda: binder.editor("rows").table.item(0, 0).setText("cell"),
        lambda: binder.editor("rows").table.cellWidget(0, 3).setCurrentIndex(1),
    ]
    for edit in edits:
        with qtbot.waitSignal(binder.changed, timeout=1000):
            edit()
    assert binder.values()["rows"] == [{"label": "cell", "n": None, "ok": False, "pick": "x"}]


def test_set_values_is_not_an_edit(qtbot, binder: FormBinder) -> None:
    seen = []
    binder.changed.connect(lambda: seen.append(1))
    binder.set_values({"name": "A", "contributions": [{"title": "t"}]})
    assert seen == []


def test_remove_row_button(qtbot, binder: FormBinder) -> None:
    table = binder.editor("contributions")
    table.set_rows([{"title": "a"}, {"title": "b"}, {"title": "c"}])
    assert not table.remove_button.isEnabled()
    table.table.selectRow(1)
    assert table.remove_button.isEnabled()
    with qtbot.waitSignal(binder.changed, timeout=1000):
        qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [row["title"] for row in table.rows()] == ["a", "c"]
    with qtbot.waitSignal(binder.changed, timeout=1000):
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert len(table.rows()) == 3


def test_editing_autosaves_within_the_delay(qtbot, tmp_path: Path, binder: FormBinder) -> None:
    store = DraftStore(str(tmp_path))
    autosaver = DraftAutosaver(store, "sample", "new", delay_ms=100)
    binder.attach_autosaver(autosaver)
    with qtbot.waitSignal(autosaver.saved, timeout=3000) as saved:
        qtbot.keyClicks(binder.editor("name"), "Acme")
    assert saved.args[0] == store.path("sample", "new")
    draft = store.load("sample", "new")
    assert draft is not None and draft.data["values"]["name"] == "Acme"


def test_flush_saves_at_once(qtbot, tmp_path: Path, binder: FormBinder) -> None:
    store = DraftStore(str(tmp_path))
    binder.attach_autosaver(DraftAutosaver(store, "sample", "k", delay_ms=60000))
    qtbot.keyClicks(binder.editor("email"), "me@example.org")
    assert store.load("sample", "k") is None
    assert binder.flush() is True
    assert store.load("sample", "k").data["values"]["email"] == "me@example.org"


def test_killed_and_restored_gives_back_what_was_typed(qtbot, tmp_path: Path) -> None:
    store = DraftStore(str(tmp_path))
    first = FormBinder(SAMPLE)
    qtbot.addWidget(first.widget)
    autosaver = DraftAutosaver(store, "sample", "draft1", delay_ms=50)
    first.attach_autosaver(autosaver)
    qtbot.keyClicks(first.editor("name"), "Skog & Karta AB")
    qtbot.keyClicks(first.editor("email"), "info@skog.example.se")
    qtbot.keyClicks(first.editor("website"), "https://skog.example.se")
    first.editor("country").setCurrentIndex(first.editor("country").findData("SE"))
    table = first.editor("contributions")
    with qtbot.waitSignal(autosaver.saved, timeout=3000):
        table.add_row()
        table.table.item(0, 0).setText("Swedish translation")
        table.table.item(0, 1).setText("https://example.org/sv")
        table.table.cellWidget(0, 2).setCurrentIndex(2)
        table.add_row()
        table.table.item(1, 0).setText(HOSTILE)
    typed = first.values()
    first.widget.deleteLater()  # "killed": nothing of the first form is used below

    second = FormBinder(SAMPLE)
    qtbot.addWidget(second.widget)
    draft = DraftStore(str(tmp_path)).load("sample", "draft1")
    assert draft is not None
    second.load_draft(draft.data)
    assert second.values() == typed
    assert second.values()["contributions"] == [
        {"title": "Swedish translation", "url": "https://example.org/sv", "kind": "docs"},
        {"title": HOSTILE, "url": "", "kind": ""},
    ]


def test_server_errors_at_fields_and_table_cells(binder: FormBinder) -> None:
    binder.set_values({"contributions": [{"title": "a"}, {"title": "b"}]})
    unplaced = binder.show_errors(
        {
            "email": ["Enter a valid email address."],
            "contributions.1.url": ["Enter a valid URL."],
            "contributions.0.title": ["Too short."],
            "contributions.5.url": ["No such row."],
            "contributions.0.colour": ["No such column."],
            "unknown": ["Not a field here."],
        }
    )
    assert binder.field_errors("email") == "Enter a valid email address."
    assert binder.has_error_mark("email")
    assert not binder.has_error_mark("name")
    assert binder.field_errors("name") == ""
    table = binder.editor("contributions")
    assert table.cell_errors(1, "url") == ["Enter a valid URL."]
    assert table.cell_errors(0, "title") == ["Too short."]
    assert table.cell_errors(0, "url") == []
    assert table.table.item(1, 1).toolTip() == "<p>Enter a valid URL.</p>"
    assert binder.field_errors("contributions") == (
        "Row 2, Web address: Enter a valid URL.\nRow 1, Title: Too short."
    )
    assert binder.has_error_mark("contributions")
    assert unplaced == {
        "contributions.5.url": ["No such row."],
        "contributions.0.colour": ["No such column."],
        "unknown": ["Not a field here."],
    }
    binder.clear_errors()
    assert binder.field_errors("email") == ""
    assert not binder.has_error_mark("email")
    assert table.cell_errors(1, "url") == []
    assert table.table.item(1, 1).toolTip() == ""


def test_choice_cell_error_marks_the_combo(binder: FormBinder) -> None:
    binder.set_values({"contributions": [{"title": "a"}]})
    binder.show_errors({"contributions.0.kind": ["<i>bad</i>"]})
    combo = binder.editor("contributions").table.cellWidget(0, 2)
    assert combo.property(ERROR_PROPERTY) is True
    assert combo.toolTip() == "<p>&lt;i&gt;bad&lt;/i&gt;</p>"


def test_hostile_error_text_is_shown_as_text(binder: FormBinder) -> None:
    binder.show_errors({"name": [HOSTILE]})
    label = binder.error_label("name")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HOSTILE
    assert label.openExternalLinks() is False


def test_local_validation_uses_translated_messages(binder: FormBinder) -> None:
    binder.set_values(
        {
            "name": "Acme",
            "email": "not an address",
            "website": "javascript:alert(1)",
            "country": "RO",
            "contributions": [{"title": "", "url": "ftp://example.org"}],
        }
    )
    errors = binder.validate()
    assert set(errors) == {"email", "website", "contributions.0.title", "contributions.0.url"}
    assert binder.field_errors("website") == forms.MESSAGES["url"]
    assert binder.editor("contributions").cell_errors(0, "url") == [forms.MESSAGES["url"]]


def test_translated_messages_match_core() -> None:
    assert translated_messages() == forms.MESSAGES  # English interface: the same templates
