"""``certification_plugin/resources.qrc`` lists the icons and forms, and is never compiled.

The plugin loads icons and ``.ui`` files by path (Qt6/QGIS 4: no compiled resources), so the
``.qrc`` file is a manifest for Qt Designer only. It must list every file in ``resources/`` and
every ``.ui`` file, every listed file must exist, no ``resources_rc.py`` may appear, and the
package ships the listed files but not the manifest.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from tools.package import plugin_files

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_DIR = ROOT / "certification_plugin"
MANIFEST = PLUGIN_DIR / "resources.qrc"


def listed(manifest: Path = MANIFEST) -> list[str]:
    """The ``<file>`` entries of a .qrc file, relative to its folder."""
    root = ElementTree.parse(manifest).getroot()  # noqa: S314 - the repository's own file
    assert root.tag == "RCC"
    return [(node.text or "").strip() for node in root.iter("file")]


def expected() -> set[str]:
    resources = {
        path.relative_to(PLUGIN_DIR).as_posix()
        for path in (PLUGIN_DIR / "resources").rglob("*")
        if path.is_file()
    }
    forms = {path.relative_to(PLUGIN_DIR).as_posix() for path in PLUGIN_DIR.rglob("*.ui")}
    return resources | forms


def test_every_icon_and_form_is_listed() -> None:
    missing = expected() - set(listed())
    assert missing == set(), f"add to resources.qrc: {sorted(missing)}"


def test_every_listed_file_exists_once() -> None:
    entries = listed()
    assert len(entries) == len(set(entries))
    assert [entry for entry in entries if not (PLUGIN_DIR / entry).is_file()] == []
    # Nothing but icons and forms: styles, code and translations are loaded differently.
    assert set(entries) == expected()


def test_the_manifest_lists_the_icons_the_plugin_uses() -> None:
    entries = set(listed())
    for name in ("icon.svg", "load_layers.svg", "find_course.svg", "settings.svg"):
        assert f"resources/{name}" in entries


def test_resources_are_never_compiled() -> None:
    compiled = [path for path in ROOT.rglob("resources_rc.py") if ".venv" not in path.parts]
    assert compiled == []
    for source in PLUGIN_DIR.rglob("*.py"):
        assert "resources_rc" not in source.read_text(encoding="utf-8"), source


def test_the_package_ships_the_listed_files_but_not_the_manifest() -> None:
    packaged = {path.as_posix() for path in plugin_files(PLUGIN_DIR)}
    assert set(listed()) <= packaged
    assert "resources.qrc" not in packaged


def test_a_missing_or_unlisted_file_is_noticed(tmp_path: Path) -> None:
    manifest = tmp_path / "resources.qrc"
    manifest.write_text(
        '<RCC version="1.0"><qresource><file>resources/gone.svg</file></qresource></RCC>',
        encoding="utf-8",
    )
    assert listed(manifest) == ["resources/gone.svg"]
    assert "resources/gone.svg" not in expected()
