"""tools/check_qt6.py must flag Qt5-only idioms and leave Qt6-ready code alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tools.check_qt6 import check_source, enum_types

ROOT = Path(__file__).resolve().parents[2]


def found(source: str) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in check_source(textwrap.dedent(source))]


@pytest.mark.parametrize(
    "snippet",
    [
        "import PyQt5\n",
        "from PyQt5.QtCore import Qt\n",
        "from PyQt6 import QtWidgets\n",
        "import PyQt5.QtWidgets as w\n",
        "from PySide6.QtCore import Qt\n",
        "import sip\n",
    ],
)
def test_direct_binding_imports(snippet: str) -> None:
    assert found(snippet) == [("Q601", 1)]


def test_qgis_pyqt_imports_are_fine() -> None:
    source = """
        from qgis.PyQt import sip
        from qgis.PyQt.QtCore import Qt, pyqtSignal
        from qgis.PyQt.QtWidgets import QDialog
    """
    assert found(source) == []


def test_exec_underscore() -> None:
    assert found("dialog.exec_()\napp.exec()\nrun = menu.exec_\n") == [("Q602", 1), ("Q602", 3)]


@pytest.mark.parametrize(
    "expression",
    [
        "Qt.AlignLeft",
        "Qt.UserRole",
        "Qt.Checked",
        "QMessageBox.Yes",
        "QDialogButtonBox.Ok",
        "QSizePolicy.Expanding",
        "QAbstractItemView.SingleSelection",
        "QtCore.Qt.DisplayRole",
        "QNetworkRequest.ContentTypeHeader",
    ],
)
def test_unscoped_enum_members(expression: str) -> None:
    result = check_source(f"value = {expression}\n")
    assert [f.code for f in result] == ["Q603"]
    class_and_member = ".".join(expression.split(".")[-2:])
    assert result[0].message.startswith(f"unscoped enum '{class_and_member}'")


def test_unscoped_enum_hint_names_the_enum_type() -> None:
    (finding,) = check_source("x = Qt.AlignLeft\n")
    assert "'Qt.AlignmentFlag.AlignLeft'" in finding.message
    (finding,) = check_source("x = QMessageBox.Yes\n")
    assert "'QMessageBox.StandardButton.Yes'" in finding.message


@pytest.mark.parametrize(
    "expression",
    [
        "Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop",
        "QMessageBox.StandardButton.Yes",
        "QDialogButtonBox.StandardButton.Ok",
        "Qt.ItemFlags(0)",
        "Qt.AlignmentFlag",
        "QtCore.Qt.ItemDataRole.DisplayRole",
        "QTimer.singleShot",
        "QgsWkbTypes.PointGeometry",
        "self.Ok",
        "QDialog.DialogCode.Accepted",
    ],
)
def test_scoped_and_non_enum_uses_pass(expression: str) -> None:
    assert found(f"value = {expression}\n") == []


def test_qvariant_types_warn_but_do_not_fail(tmp_path: Path) -> None:
    (finding,) = check_source("field = QgsField('name', QVariant.String)\n")
    assert (finding.code, finding.warning) == ("Q605", True)
    module = tmp_path / "fields.py"
    module.write_text("field = QgsField('name', QVariant.String)\n")
    normal = _run(module)
    assert normal.returncode == 0
    assert "Q605 warning" in normal.stdout
    assert _run(module, "--strict").returncode == 1


@pytest.mark.parametrize(
    "snippet",
    [
        "import resources_rc\n",
        "from . import resources_rc\n",
        "from .resources import *\n",
        "from .resources import qInitResources\n",
        "qInitResources()\n",
        "icon = QIcon(':/plugins/certification/icon.svg')\n",
    ],
)
def test_compiled_resources(snippet: str) -> None:
    assert [code for code, _ in found(snippet)] == ["Q604"]


def test_qgis_builtin_theme_resources_are_allowed() -> None:
    assert found("icon = QIcon(':/images/themes/default/mActionAdd.svg')\n") == []


def test_named_noqa() -> None:
    assert found("x = Qt.AlignLeft  # noqa: Q603\n") == []
    assert found("x = Qt.AlignLeft  # noqa: E501\n") == [("Q603", 1)]


def test_table_matches_installed_pyqt() -> None:
    """Every type name in the table really is a type in the Qt the project runs on."""
    from qgis.PyQt import QtCore, QtGui, QtWidgets

    table = enum_types()
    for module in (QtCore, QtGui, QtWidgets):
        for class_name in ("Qt", "QMessageBox", "QDialogButtonBox", "QSizePolicy", "QAction"):
            cls = getattr(module, class_name, None)
            if cls is None:
                continue
            for name in table[class_name]:
                assert isinstance(getattr(cls, name), type), f"{class_name}.{name}"
    assert "AlignmentFlag" in table["Qt"]
    assert "AlignLeft" not in table["Qt"]


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.check_qt6", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_fails_on_errors(tmp_path: Path) -> None:
    bad = tmp_path / "dock.py"
    bad.write_text("from PyQt5.QtWidgets import QDockWidget\nd.exec_()\nx = Qt.AlignLeft\n")
    result = _run(tmp_path)
    assert result.returncode == 1
    assert f"{bad}:1:1: Q601" in result.stdout
    assert f"{bad}:2:1: Q602" in result.stdout
    assert f"{bad}:3:5: Q603" in result.stdout


def test_plugin_sources_pass() -> None:
    result = _run(ROOT / "certification_plugin")
    assert result.returncode == 0, result.stdout
