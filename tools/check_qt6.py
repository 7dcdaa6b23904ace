"""Qt6 / QGIS 4 readiness gate for the plugin (AST based, no Qt needed to run it).

QGIS 4 is built on Qt6 and PyQt6. Code that follows these rules runs on both QGIS 3.22+ (Qt5)
and QGIS 4:

* Q601  import Qt only through ``qgis.PyQt`` (no ``PyQt5``/``PyQt6``/``PySide*``/bare ``sip``);
* Q602  ``exec()`` / ``print()`` instead of the Qt5-only ``exec_()`` / ``print_()``;
* Q603  fully scoped enums: ``Qt.AlignmentFlag.AlignLeft``, not ``Qt.AlignLeft``;
        ``QMessageBox.StandardButton.Yes``, not ``QMessageBox.Yes``;
* Q604  no compiled resources (``resources_rc``, ``qInitResources``, ``:/plugins/...`` paths):
        icons and .ui files are loaded by file path;
* Q605  (warning) ``QVariant.String`` and the other ``QVariant`` type values are gone in Qt6;
        QGIS < 3.38 still needs them for ``QgsField``, so this only warns.

Q603 works from a table of the enum (and nested class) names each Qt class has, read off
PyQt5 (tools/qt5_enum_types.json, regenerated with ``--regenerate-table``): an attribute of a Qt
class that starts with a capital letter, is not followed by a further attribute and is not one
of those type names is an enum member used without its enum type.

Silence a deliberate exception with ``# noqa: Q603`` (the code must be named).
Usage: python -m tools.check_qt6 PATH [PATH...] [--strict]; exit 1 on errors (and warnings
with --strict).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from tools._common import Finding, python_files, suppressed

TABLE = Path(__file__).with_name("qt5_enum_types.json")
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtXml", "QtSql", "QtPrintSupport")
DIRECT_BINDINGS = frozenset({"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"})
QT5_ONLY_METHODS = {"exec_": "exec", "print_": "print"}
RESOURCE_FUNCTIONS = frozenset({"qInitResources", "qCleanupResources"})
RESOURCE_IMPORTS = RESOURCE_FUNCTIONS | {"*"}
_QT_CLASS = re.compile(r"^(Qt|Q[A-Z][A-Za-z0-9]*)$")


@lru_cache(maxsize=1)
def enum_types() -> dict[str, frozenset[str]]:
    """Per Qt class, the names of its enums and nested classes (not their members)."""
    raw = json.loads(TABLE.read_text(encoding="utf-8"))
    return {cls: frozenset(names) for cls, names in raw["classes"].items()}


@lru_cache(maxsize=1)
def _all_type_names() -> frozenset[str]:
    names: set[str] = set()
    for values in enum_types().values():
        names.update(values)
    return frozenset(names)


def _is_type_name(qt_class: str, attr: str) -> bool:
    """Known classes use their own list; classes outside the table use the union of all."""
    table = enum_types()
    if qt_class in table:
        return attr in table[qt_class]
    return attr in _all_type_names()


def _receiver_name(node: ast.expr) -> str | None:
    """`Qt` for `Qt.X` and `QtCore.Qt.X`; None when the receiver is not a plain name chain."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self._inner_attributes: set[int] = set()

    def _add(self, node: ast.AST, code: str, message: str, warning: bool = False) -> None:
        line = getattr(node, "lineno", 1)
        col = getattr(node, "col_offset", 0)
        self.findings.append(Finding(self.path, line, col, code, message, warning))

    # -- imports -------------------------------------------------------------------------------

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_binding(node, alias.name)
            last = alias.name.rsplit(".", 1)[-1]
            if last.endswith("_rc") or alias.name == "resources":
                self._resource(node, alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        names = {alias.name for alias in node.names}
        if node.level == 0:
            self._check_binding(node, module)
        last = module.rsplit(".", 1)[-1]
        from_resources = last == "resources" and (
            (module == "resources" and node.level == 0) or bool(names & RESOURCE_IMPORTS)
        )
        if last.endswith("_rc") or from_resources:
            self._resource(node, module)
        for name in sorted(names):
            if name.endswith("_rc") or (name == "resources" and not module):
                self._resource(node, name)

    def _check_binding(self, node: ast.AST, module: str) -> None:
        if module.split(".")[0] in DIRECT_BINDINGS:
            self._add(
                node,
                "Q601",
                f"import '{module}' directly: use 'qgis.PyQt' (from qgis.PyQt.QtCore import ...; "
                "from qgis.PyQt import sip)",
            )

    def _resource(self, node: ast.AST, what: str) -> None:
        self._add(
            node,
            "Q604",
            f"compiled Qt resources ('{what}') are gone in Qt6: load icons and .ui by file path",
        )

    # -- calls, strings ------------------------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in RESOURCE_FUNCTIONS:
            self._resource(node, name)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and node.value.startswith(":/plugins/"):
            self._resource(node, node.value)

    # -- attributes ----------------------------------------------------------------------------

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Attribute):
            # `Qt.AlignmentFlag` in `Qt.AlignmentFlag.AlignLeft` is scoped: not terminal.
            self._inner_attributes.add(id(node.value))
        if node.attr in QT5_ONLY_METHODS:
            self._add(
                node,
                "Q602",
                f"'{node.attr}()' does not exist in PyQt6: use '{QT5_ONLY_METHODS[node.attr]}()'",
            )
        receiver = _receiver_name(node.value)
        if (
            receiver is not None
            and _QT_CLASS.match(receiver)
            and node.attr[:1].isupper()
            and id(node) not in self._inner_attributes
        ):
            self._check_qt_attribute(node, receiver)
        self.generic_visit(node)

    def _check_qt_attribute(self, node: ast.Attribute, qt_class: str) -> None:
        if qt_class == "QVariant":
            self._add(
                node,
                "Q605",
                f"'QVariant.{node.attr}' is removed in Qt6 (QMetaType.Type.* from QGIS 3.38)",
                warning=True,
            )
            return
        if _is_type_name(qt_class, node.attr):
            return
        hint = _scoped_hint(qt_class, node.attr)
        self._add(
            node,
            "Q603",
            f"unscoped enum '{qt_class}.{node.attr}': use {hint}",
        )


@cache
def _scoped_hint(qt_class: str, member: str) -> str:
    """The scoped spelling when PyQt5 is importable (it is in the project venv)."""
    fallback = f"'{qt_class}.<EnumType>.{member}'"
    try:
        import importlib

        for module_name in QT_MODULES:
            module = importlib.import_module(f"qgis.PyQt.{module_name}")
            cls = getattr(module, qt_class, None)
            if cls is None:
                continue
            value = getattr(cls, member, None)
            if value is None or isinstance(value, type):
                return fallback
            return f"'{qt_class}.{type(value).__name__}.{member}'"
    except Exception:  # Qt missing or broken: the hint is a nicety, the finding stands.
        return fallback
    return fallback


def check_source(source: str, path: str = "<string>") -> list[Finding]:
    """All Qt6 readiness findings of one module, sorted by position."""
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        return [Finding(path, error.lineno or 1, 0, "Q600", f"cannot parse: {error.msg}")]
    visitor = _Visitor(path)
    visitor.visit(tree)
    lines = source.splitlines()
    found = [f for f in visitor.findings if not suppressed(lines, f)]
    return sorted(found, key=lambda f: (f.line, f.col, f.code))


def regenerate_table() -> int:
    """Rebuild tools/qt5_enum_types.json from the installed PyQt5 (run in the project venv)."""
    import importlib

    classes: dict[str, list[str]] = {}
    for module_name in QT_MODULES:
        module = importlib.import_module(f"PyQt5.{module_name}")
        for class_name, cls in sorted(vars(module).items()):
            if not (_QT_CLASS.match(class_name) and isinstance(cls, type)):
                continue
            names = sorted(
                name
                for name, value in vars(cls).items()
                if name[:1].isupper() and isinstance(value, type)
            )
            if names:
                classes[class_name] = names
    qt_version = importlib.import_module("PyQt5.QtCore").QT_VERSION_STR
    document = {
        "about": "Enum and nested class names per Qt class, read off PyQt5 by "
        "`python -m tools.check_qt6 --regenerate-table`; used to tell enum types "
        "from unscoped enum members.",
        "qt_version": qt_version,
        "classes": classes,
    }
    TABLE.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {TABLE} ({len(classes)} classes, Qt {qt_version})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="files or folders to check")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("--regenerate-table", action="store_true", help=regenerate_table.__doc__)
    args = parser.parse_args(argv)
    if args.regenerate_table:
        return regenerate_table()
    if not args.paths:
        parser.error("give at least one file or folder")
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    findings: list[Finding] = []
    count = 0
    for file in python_files(args.paths):
        count += 1
        findings.extend(check_source(file.read_text(encoding="utf-8"), str(file)))
    for finding in findings:
        print(finding.render())
    errors = [f for f in findings if not f.warning or args.strict]
    warnings = len(findings) - len(errors)
    print(f"check_qt6: {count} file(s) checked: {len(errors)} error(s), {warnings} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
