"""Dependencies inside the plugin point one way: gui/processing -> layers -> qgis_io -> core.

Read from the source (every ``import``, also those inside functions), so nothing needs QGIS:

* ``core`` imports the standard library and ``core`` only (no Qt, no QGIS, no other package);
* ``qgis_io`` imports ``core`` (and QGIS/GDAL), never ``layers``, ``gui`` or ``processing``;
* ``layers`` imports ``core`` and ``qgis_io``, never ``gui`` or ``processing``;
* ``gui``, ``processing``, ``plugin.py`` may import all of the plugin.

Every part imports nothing beyond the standard library, QGIS (``qgis``, with ``qgis.PyQt``)
and GDAL (``osgeo``), which is what QGIS's own Python has.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "certification_plugin"
PLUGIN_DIR = ROOT / PLUGIN

ALL_PARTS = frozenset({"core", "qgis_io", "layers", "gui", "processing", "i18n", "plugin"})
ALLOWED_PARTS: Dict[str, FrozenSet[str]] = {
    "core": frozenset({"core"}),
    "qgis_io": frozenset({"core", "qgis_io"}),
    "layers": frozenset({"core", "qgis_io", "layers"}),
    "gui": ALL_PARTS,
    "processing": ALL_PARTS,
    "plugin": ALL_PARTS,
}
QGIS_PACKAGES = frozenset({"qgis", "osgeo"})
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


def part_of(module: str) -> str:
    """``certification_plugin.qgis_io.tasks`` -> ``qgis_io``; the package files -> ``plugin``."""
    pieces = module.split(".")
    if len(pieces) > 2 and pieces[1] in ALL_PARTS:
        return pieces[1]
    if len(pieces) == 2 and pieces[1] in ALL_PARTS and pieces[1] != "plugin":
        return pieces[1]  # "from certification_plugin import core"
    return "plugin"


def module_name(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> List[Tuple[int, str]]:
    """(line, absolute module name) of every import in ``source``."""
    package = module if is_package else module.rpartition(".")[0]
    found: List[Tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module or ""
            else:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            if node.module is None:  # "from . import x": each name may be a module
                found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
            else:
                found.append((node.lineno, base))
    return found


def violations(source: str, module: str, is_package: bool = False) -> List[str]:
    """What ``module`` imports against the rules above, as readable lines."""
    own = part_of(module)
    allowed = ALLOWED_PARTS[own]
    problems: List[str] = []
    for line, target in imported_modules(source, module, is_package):
        top = target.split(".")[0]
        problem: Optional[str] = None
        if top == PLUGIN:
            other = part_of(target)
            if other not in allowed:
                problem = f"{own} must not import {other} ({target})"
        elif top in STDLIB:
            pass
        elif top in QGIS_PACKAGES:
            if own == "core":
                problem = f"core must not import Qt or QGIS ({target})"
        else:
            problem = f"{target} is not shipped with QGIS"
        if problem:
            problems.append(f"{module}:{line}: {problem}")
    return problems


def plugin_modules() -> List[Path]:
    return sorted(PLUGIN_DIR.rglob("*.py"))


def test_the_plugin_has_the_parts_the_rules_name() -> None:
    parts = {part_of(module_name(path)) for path in plugin_modules()}
    assert {"core", "qgis_io", "layers", "gui", "processing", "plugin"} <= parts


@pytest.mark.parametrize("path", plugin_modules(), ids=lambda p: str(p.relative_to(PLUGIN_DIR)))
def test_imports_point_one_way(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert violations(source, module_name(path), path.name == "__init__.py") == []


# -- the checker itself ---------------------------------------------------------------------


def test_qgis_io_importing_layers_is_reported() -> None:
    source = "from ..layers.cache import default_cache_dir\n"
    assert violations(source, "certification_plugin.qgis_io.paths") == [
        "certification_plugin.qgis_io.paths:1: qgis_io must not import layers "
        "(certification_plugin.layers.cache)"
    ]


def test_imports_inside_functions_and_absolute_ones_count() -> None:
    source = (
        "def f():\n"
        "    from certification_plugin.gui import links\n"
        "    import certification_plugin.processing.provider\n"
    )
    assert len(violations(source, "certification_plugin.layers.builder")) == 2


def test_core_importing_qt_or_qgis_or_another_package_is_reported() -> None:
    for statement in ("from qgis.PyQt.QtCore import QUrl", "import osgeo", "import requests"):
        assert violations(statement + "\n", "certification_plugin.core.http"), statement
    assert violations("import json\nfrom . import models\n", "certification_plugin.core.http") == []


def test_layers_may_use_qgis_io_and_core_and_gui_may_use_everything() -> None:
    source = "from ..qgis_io.logging import log\nfrom ..core.urls import slugify\n"
    assert violations(source, "certification_plugin.layers.refresh") == []
    source = "from ..layers.cache import UPCOMING_COURSES\nfrom ..processing import provider\n"
    assert violations(source, "certification_plugin.gui.locator_filter") == []


def test_a_package_outside_qgis_is_reported_everywhere() -> None:
    assert violations("import requests\n", "certification_plugin.gui.links") == [
        "certification_plugin.gui.links:1: requests is not shipped with QGIS"
    ]
