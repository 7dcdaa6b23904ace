"""Python 3.9 compatibility gate for the plugin.

QGIS ships its own Python, and older Windows builds still carry 3.9, so plugin code must run
there even though we develop on 3.11. ruff's `target-version` only changes which fixes it
suggests; it does not reject newer syntax. This checker does:

* every file must parse with the 3.9 grammar (`ast.parse(..., feature_version=(3, 9))`), which
  rejects `match`, `except*` and other newer syntax;
* PEP 604 unions (`X | None`) and builtin generics (`list[int]`) in annotations QGIS evaluates
  at import time (function signatures, module and class attributes) need
  `from __future__ import annotations`; unions fail on 3.9 without it, and the project rule asks
  for the import wherever such annotations appear;
* a union of types in a runtime expression (`isinstance(x, int | str)`, a type alias, `cast`)
  fails on 3.9 whatever is imported;
* standard-library names and keyword arguments added after 3.9 (`typing.Self`, `tomllib`,
  `datetime.UTC`, `dataclass(slots=True)`, `zip(strict=True)`, ...) outside `if TYPE_CHECKING:`.

Usage: python -m tools.check_py39 PATH [PATH...]; exit status 1 when a problem is found.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Sequence
from pathlib import Path

from tools._common import Finding, python_files, suppressed

TARGET = (3, 9)

BUILTIN_GENERICS = frozenset({"list", "dict", "set", "frozenset", "tuple", "type"})
BUILTIN_TYPES = BUILTIN_GENERICS | {"int", "str", "float", "bool", "bytes", "complex", "object"}
TYPING_GENERICS = frozenset(
    {"Optional", "Union", "List", "Dict", "Set", "Tuple", "Type", "Callable", "Any", "Literal"}
)

# Names that modules gained after Python 3.9, with the version that added them.
NEW_NAMES: dict[str, dict[str, str]] = {
    "typing": {
        "TypeAlias": "3.10",
        "ParamSpec": "3.10",
        "ParamSpecArgs": "3.10",
        "ParamSpecKwargs": "3.10",
        "Concatenate": "3.10",
        "TypeGuard": "3.10",
        "is_typeddict": "3.10",
        "Self": "3.11",
        "LiteralString": "3.11",
        "Never": "3.11",
        "assert_never": "3.11",
        "assert_type": "3.11",
        "reveal_type": "3.11",
        "TypeVarTuple": "3.11",
        "Unpack": "3.11",
        "Required": "3.11",
        "NotRequired": "3.11",
        "dataclass_transform": "3.11",
        "get_overloads": "3.11",
        "override": "3.12",
        "TypeAliasType": "3.12",
        "TypeIs": "3.13",
        "ReadOnly": "3.13",
    },
    "datetime": {"UTC": "3.11"},
    "enum": {"StrEnum": "3.11", "ReprEnum": "3.11", "verify": "3.11", "EnumCheck": "3.11"},
    "itertools": {"pairwise": "3.10", "batched": "3.12"},
    "contextlib": {"aclosing": "3.10", "chdir": "3.11"},
    "types": {"UnionType": "3.10", "NoneType": "3.10", "EllipsisType": "3.10"},
    "dataclasses": {"KW_ONLY": "3.10"},
}
NEW_MODULES = {"tomllib": "3.11"}
# Keyword arguments added after 3.9, by called name.
NEW_KEYWORDS: dict[str, dict[str, str]] = {
    "dataclass": {"slots": "3.10", "kw_only": "3.10", "match_args": "3.10", "weakref_slot": "3.11"},
    "field": {"kw_only": "3.10"},
    "zip": {"strict": "3.10"},
}


def _has_future_annotations(tree: ast.Module) -> bool:
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "__future__"
            and any(alias.name == "annotations" for alias in node.names)
        ):
            return True
    return False


def _is_type_checking_test(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _looks_like_type(node: ast.expr) -> bool:
    """Heuristic: the operand of `|` is a type, so the `|` builds a union, not a bitwise or."""
    if isinstance(node, ast.Constant):
        return node.value is None
    if isinstance(node, ast.Name):
        return node.id in BUILTIN_TYPES
    if isinstance(node, ast.Subscript):
        base = node.value
        name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
        return name in BUILTIN_TYPES or name in TYPING_GENERICS
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _looks_like_type(node.left) or _looks_like_type(node.right)
    return False


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


class _Visitor(ast.NodeVisitor):
    """Walks one module, tracking whether code runs at import time or only for type checkers."""

    def __init__(self, path: str, future_annotations: bool) -> None:
        self.path = path
        self.future = future_annotations
        self.findings: list[Finding] = []
        self._function_depth = 0
        self._type_checking_only = 0

    def _add(self, node: ast.AST, code: str, message: str) -> None:
        line = getattr(node, "lineno", 1)
        col = getattr(node, "col_offset", 0)
        self.findings.append(Finding(self.path, line, col, code, message))

    # -- annotations ---------------------------------------------------------------------------

    def _check_annotation(self, annotation: ast.expr | None, evaluated: bool) -> None:
        """Annotations are evaluated at run time unless the future import is present."""
        if annotation is None or self.future or not evaluated or self._type_checking_only:
            return
        for node in ast.walk(annotation):
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
                self._add(
                    node,
                    "P392",
                    "'X | Y' in an annotation fails on Python 3.9: "
                    "add 'from __future__ import annotations'",
                )
                return
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Name)
                and node.value.id in BUILTIN_GENERICS
            ):
                self._add(
                    node,
                    "P393",
                    f"builtin generic '{node.value.id}[...]' in an annotation: "
                    "add 'from __future__ import annotations' (project rule for plugin code)",
                )
                return

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        arguments = node.args
        all_args = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        all_args += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
        for arg in all_args:
            self._check_annotation(arg.annotation, evaluated=True)
        for default in [*arguments.defaults, *arguments.kw_defaults]:
            if default is not None:
                self.visit(default)
        self._check_annotation(node.returns, evaluated=True)
        self._function_depth += 1
        for statement in node.body:
            self.visit(statement)
        self._function_depth -= 1

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._visit_function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._visit_function(node)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function_depth += 1
        self.generic_visit(node)
        self._function_depth -= 1

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        # Local variable annotations are never evaluated (PEP 526); module and class ones are.
        self._check_annotation(node.annotation, evaluated=self._function_depth == 0)
        self.visit(node.target)
        if node.value is not None:
            self.visit(node.value)

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking_test(node.test):
            self._type_checking_only += 1
            for statement in node.body:
                self.visit(statement)
            self._type_checking_only -= 1
            for statement in node.orelse:
                self.visit(statement)
            return
        self.generic_visit(node)

    # -- runtime expressions -------------------------------------------------------------------

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if (
            not self._type_checking_only
            and isinstance(node.op, ast.BitOr)
            and _looks_like_type(node)
        ):
            self._add(
                node,
                "P394",
                "a union of types ('X | Y') evaluated at run time fails on Python 3.9: "
                "use typing.Union / Optional or a tuple of types",
            )
            return  # one report for a chain such as `int | str | None`
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            root = alias.name.split(".")[0]
            if root in NEW_MODULES and not self._type_checking_only:
                self._add(node, "P395", f"module '{root}' needs Python {NEW_MODULES[root]}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if self._type_checking_only or node.level or node.module is None:
            return
        if node.module in NEW_MODULES:
            version = NEW_MODULES[node.module]
            self._add(node, "P395", f"module '{node.module}' needs Python {version}")
            return
        added = NEW_NAMES.get(node.module, {})
        for alias in node.names:
            if alias.name in added:
                self._add(
                    node,
                    "P395",
                    f"'{node.module}.{alias.name}' needs Python {added[alias.name]}",
                )

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if not self._type_checking_only and isinstance(node.value, ast.Name):
            added = NEW_NAMES.get(node.value.id, {})
            if node.attr in added:
                self._add(
                    node,
                    "P395",
                    f"'{node.value.id}.{node.attr}' needs Python {added[node.attr]}",
                )
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        added = NEW_KEYWORDS.get(_called_name(node), {})
        for keyword in node.keywords:
            if keyword.arg in added and not self._type_checking_only:
                self._add(
                    keyword.value,
                    "P396",
                    f"{_called_name(node)}({keyword.arg}=...) needs Python {added[keyword.arg]}",
                )
        self.generic_visit(node)


def check_source(source: str, path: str = "<string>") -> list[Finding]:
    """All Python 3.9 problems of one module's source, sorted by position."""
    try:
        tree = ast.parse(source, filename=path, feature_version=TARGET)
    except SyntaxError as error:
        return [_syntax_finding(source, path, error)]
    visitor = _Visitor(path, _has_future_annotations(tree))
    visitor.visit(tree)
    lines = source.splitlines()
    found = [f for f in visitor.findings if not suppressed(lines, f)]
    return sorted(found, key=lambda f: (f.line, f.col, f.code))


def _syntax_finding(source: str, path: str, error: SyntaxError) -> Finding:
    """Name the `match` statement precisely; report any other grammar error as it is."""
    try:
        modern = ast.parse(source, filename=path)
    except SyntaxError:
        modern = None
    if modern is not None:
        for node in ast.walk(modern):
            if isinstance(node, ast.Match):
                return Finding(
                    path,
                    node.lineno,
                    node.col_offset,
                    "P391",
                    "'match' statements need Python 3.10; use if/elif",
                )
    return Finding(
        path,
        error.lineno or 1,
        max((error.offset or 1) - 1, 0),
        "P390",
        f"not valid Python 3.9 syntax: {error.msg}",
    )


def check_paths(paths: Sequence[str]) -> tuple[int, list[Finding]]:
    """Check every .py file below `paths`; returns (files checked, findings)."""
    count = 0
    findings: list[Finding] = []
    for file in python_files(paths):
        count += 1
        findings.extend(check_source(file.read_text(encoding="utf-8"), str(file)))
    return count, findings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files or folders to check")
    args = parser.parse_args(argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    count, findings = check_paths(args.paths)
    for finding in findings:
        print(finding.render())
    status = "OK" if not findings else f"{len(findings)} problem(s)"
    print(f"check_py39: {count} file(s) checked against Python 3.9: {status}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
