"""tools/check_translations.py on a small plugin: each way translations go wrong fails it."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tools import i18n
from tools.check_translations import check

PLUGIN_SOURCE = textwrap.dedent(
    """\
    from qgis.PyQt.QtCore import QCoreApplication, QObject

    class Demo(QObject):
        def texts(self, count):
            return [
                self.tr("Find a course"),
                QCoreApplication.translate("Messages", "Loaded {count} courses").format(
                    count=count
                ),
                self.tr("Open <b>{0}</b>").format("x"),
            ]
    """
)
GOOD = {
    "ro": ["Găsește un curs", "Au fost încărcate {count} cursuri", "Deschide <b>{0}</b>"],
    "sv": ["Hitta en kurs", "{count} kurser har lästs in", "Öppna <b>{0}</b>"],
    "zh_TW": ["尋找課程", "已載入 {count} 個課程", "開啟 <b>{0}</b>"],
}
SOURCES = ["Find a course", "Loaded {count} courses", "Open &lt;b&gt;{0}&lt;/b&gt;"]


def _translate(ts: Path, translations: list[str]) -> None:
    """Fill the unfinished entries of a pylupdate5 .ts file, in source order."""
    text = ts.read_text(encoding="utf-8")
    for source, translated in zip(SOURCES, translations):
        escaped = translated.replace("<", "&lt;").replace(">", "&gt;")
        pattern = re.compile(
            rf"(<source>{re.escape(source)}</source>\s*)"
            r'<translation type="unfinished">\s*</translation>'
        )
        text, count = pattern.subn(rf"\g<1><translation>{escaped}</translation>", text)
        assert count == 1, source
    ts.write_text(text, encoding="utf-8")


@pytest.fixture
def plugin(tmp_path: Path) -> Path:
    """A plugin folder with three strings, extracted and fully translated and compiled."""
    root = tmp_path / "plugin"
    (root / "i18n").mkdir(parents=True)
    (root / "demo.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    files = [i18n.ts_path(language, root / "i18n") for language in i18n.LANGUAGES]
    i18n.extract(files, root)
    for language, ts in zip(i18n.LANGUAGES, files):
        _translate(ts, GOOD[language])
        i18n.compile_ts(ts, i18n.qm_path(language, root / "i18n"))
    return root


def problems(plugin: Path) -> list[str]:
    return check(plugin / "i18n", plugin).problems


def test_complete_translations_pass(plugin: Path) -> None:
    assert problems(plugin) == []
    header = i18n.ts_path("zh_TW", plugin / "i18n").read_text(encoding="utf-8")
    assert 'language="zh_TW"' in header


def test_unfinished_string_fails(plugin: Path) -> None:
    ts = i18n.ts_path("sv", plugin / "i18n")
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<translation>Hitta en kurs</translation>",
            '<translation type="unfinished"></translation>',
        ),
        encoding="utf-8",
    )
    found = problems(plugin)
    assert any(p.startswith("[sv] Demo: 'Find a course' is not translated") for p in found)


def test_new_string_in_code_makes_ts_stale(plugin: Path) -> None:
    source = plugin / "demo.py"
    source.write_text(
        source.read_text().replace(
            'self.tr("Find a course"),',
            'self.tr("Find a course"),\n                self.tr("Settings"),',
        ),
        encoding="utf-8",
    )
    found = problems(plugin)
    assert len([p for p in found if "'Settings' is in the code but not in the .ts" in p]) == 3


def test_removed_string_makes_ts_stale(plugin: Path) -> None:
    source = plugin / "demo.py"
    source.write_text(source.read_text().replace('self.tr("Find a course"),', ""), "utf-8")
    found = problems(plugin)
    assert any("'Find a course' is no longer in the code" in p for p in found)


def test_lost_placeholder_or_markup_fails(plugin: Path) -> None:
    ts = i18n.ts_path("ro", plugin / "i18n")
    text = ts.read_text(encoding="utf-8")
    text = text.replace("Au fost încărcate {count} cursuri", "Au fost încărcate {n} cursuri")
    text = text.replace("Deschide &lt;b&gt;{0}&lt;/b&gt;", "Deschide {0}")
    ts.write_text(text, encoding="utf-8")
    found = problems(plugin)
    assert any("placeholders ['{n}']" in p and "expected ['{count}']" in p for p in found)
    assert any("markup [] in 'Deschide {0}'" in p for p in found)


def test_outdated_qm_fails(plugin: Path) -> None:
    qm = i18n.qm_path("zh_TW", plugin / "i18n")
    ts = i18n.ts_path("zh_TW", plugin / "i18n")
    ts.write_text(ts.read_text(encoding="utf-8").replace("尋找課程", "搜尋課程"), "utf-8")
    assert any(str(qm) in p and "older than its .ts" in p for p in problems(plugin))


def test_missing_language_fails(plugin: Path) -> None:
    i18n.ts_path("ro", plugin / "i18n").unlink()
    assert any("certification_plugin_ro.ts is missing" in p for p in problems(plugin))


def test_update_keeps_existing_translations(plugin: Path) -> None:
    source = plugin / "demo.py"
    source.write_text(source.read_text().replace("Find a course", "Find a QGIS course"), "utf-8")
    files = [i18n.ts_path(language, plugin / "i18n") for language in i18n.LANGUAGES]
    i18n.extract(files, plugin)
    text = i18n.ts_path("sv", plugin / "i18n").read_text(encoding="utf-8")
    assert "<translation>{count} kurser har lästs in</translation>" in text
    assert "Find a QGIS course" in text
    assert "<source>Find a course</source>" not in text  # dropped, not kept as obsolete


def test_each_repeated_placeholder_counts() -> None:
    from tools.check_translations import Message, Report, check_messages

    report = Report()
    message = Message("Dock", "{} of {} courses", False, ("{} kurser",), True)
    check_messages("sv", [message], report)
    assert report.problems == [
        "[sv] Dock: '{} of {} courses': placeholders ['{}'] in '{} kurser', expected ['{}', '{}']"
    ]


def test_plural_forms_may_spell_out_one_but_need_n_somewhere() -> None:
    from tools.check_translations import Message, Report, check_messages

    good = Message("Dock", "%n course(s)", True, ("un curs", "%n cursuri", "%n de cursuri"), True)
    bad = Message("Dock", "%n course(s)", True, ("un curs", "cursuri", "de cursuri"), True)
    report = Report()
    check_messages("ro", [good], report)
    assert report.problems == []
    check_messages("ro", [bad], report)
    assert report.problems == ["[ro] Dock: '%n course(s)': no plural form uses %n"]


HELPER_SOURCE = textwrap.dedent(
    """\
    from qgis.PyQt.QtCore import QCoreApplication


    def _tr(text: str) -> str:
        return QCoreApplication.translate("MapTips", text)


    CAPTION = _tr("Next courses")
    LONG = QCoreApplication.translate(
        "Messages",
        "A message long enough that the formatter puts every argument on its own line and "
        "ends the call with a comma",
    )
    NOT_A_HELPER = obj._tr("not extracted")  # an attribute, not the module helper


    def _other(text_: str) -> str:
        return QCoreApplication.translate("Other", text_)


    OTHER = _other("Another parameter name")
    ROWS = QCoreApplication.translate("Plural", "%n row(s)", None, table.rows)
    """
)


def _sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            found.add((name, source))
    return found


def test_module_helpers_and_trailing_commas_are_extracted(tmp_path: Path) -> None:
    """pylupdate5 alone misses both; the extraction must not, or strings stay English."""
    root = tmp_path / "plugin"
    (root / "layers").mkdir(parents=True)
    (root / "layers" / "tips.py").write_text(HELPER_SOURCE, encoding="utf-8")
    ts = i18n.ts_path("ro", root / "i18n")
    i18n.extract([ts], root)
    found = _sources(ts)
    assert ("MapTips", "Next courses") in found
    assert ("Other", "Another parameter name") in found
    assert ("Plural", "%n row(s)") in found
    assert any(name == "Messages" and source.startswith("A message long") for name, source in found)
    assert not any("not extracted" in source for _, source in found)
    assert 'filename="../layers/tips.py"' in ts.read_text(encoding="utf-8")
    # The sources themselves are left untouched.
    assert (root / "layers" / "tips.py").read_text(encoding="utf-8") == HELPER_SOURCE
