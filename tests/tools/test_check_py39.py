"""tools/check_py39.py must reject what Python 3.9 cannot run and accept what it can."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tools.check_py39 import check_source

ROOT = Path(__file__).resolve().parents[2]


def codes(source: str) -> list[str]:
    return [finding.code for finding in check_source(textwrap.dedent(source))]


def test_match_statement_is_rejected() -> None:
    found = check_source("match x:\n    case 1:\n        pass\n")
    assert [(f.code, f.line) for f in found] == [("P391", 1)]


def test_newer_grammar_is_rejected() -> None:
    assert codes("try:\n    pass\nexcept* ValueError:\n    pass\n") == ["P390"]


def test_union_in_signature_needs_future_import() -> None:
    assert codes("def f(x: int | None) -> None: ...\n") == ["P392"]
    assert codes("class C:\n    a: str | None = None\n") == ["P392"]


def test_builtin_generic_in_signature_needs_future_import() -> None:
    assert codes("def f() -> list[int]: ...\n") == ["P393"]


def test_future_import_makes_annotations_fine() -> None:
    source = """
        from __future__ import annotations

        def f(x: int | None, y: dict[str, list[int]]) -> tuple[int, ...] | None:
            z: set[int] | None = None
            return None

        class C:
            a: str | None = None
    """
    assert codes(source) == []


def test_local_variable_annotations_are_not_evaluated() -> None:
    assert codes("def f():\n    x: int | None = None\n    return x\n") == []


@pytest.mark.parametrize(
    "snippet",
    [
        "from __future__ import annotations\nok = isinstance(1, int | str)\n",
        "from __future__ import annotations\nMaybe = dict[str, int] | None\n",
        "from __future__ import annotations\nfrom typing import cast\ny = cast(str | None, 1)\n",
    ],
)
def test_runtime_union_of_types_fails_even_with_future_import(snippet: str) -> None:
    assert codes(snippet) == ["P394"]


def test_bitwise_or_of_flags_is_not_a_union() -> None:
    source = """
        from qgis.PyQt.QtCore import Qt
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        mask = 0x1 | 0x2
        both = {1} | {2}
    """
    assert codes(source) == []


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("import tomllib\n", "P395"),
        ("from typing import Self\n", "P395"),
        ("import typing\nX = typing.TypeAlias\n", "P395"),
        ("from datetime import UTC\n", "P395"),
        ("import datetime\nnow = datetime.datetime.now(datetime.UTC)\n", "P395"),
        ("from enum import StrEnum\n", "P395"),
        ("from dataclasses import dataclass\n@dataclass(slots=True)\nclass A:\n    pass\n", "P396"),
        ("pairs = list(zip([1], [2], strict=True))\n", "P396"),
    ],
)
def test_names_and_keywords_newer_than_39(snippet: str, expected: str) -> None:
    assert codes(snippet) == [expected]


def test_type_checking_block_is_exempt() -> None:
    source = """
        from __future__ import annotations
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from typing import Self
            Alias = int | None
    """
    assert codes(source) == []


def test_named_noqa_silences_and_bare_noqa_does_not() -> None:
    assert codes("import tomllib  # noqa: P395\n") == []
    assert codes("import tomllib  # noqa\n") == ["P395"]


def test_cli_exit_status_and_report(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text("from __future__ import annotations\n\ndef f(x: int | None) -> None: ...\n")
    bad = tmp_path / "pkg" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("def f(x: int | None) -> None: ...\n")

    def run(*paths: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tools.check_py39", *map(str, paths)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )

    ok = run(good)
    assert ok.returncode == 0, ok.stdout
    failed = run(tmp_path)
    assert failed.returncode == 1
    assert f"{bad}:1:10: P392" in failed.stdout
    assert "2 file(s) checked" in failed.stdout


def test_plugin_sources_pass() -> None:
    """The gate as `make check` runs it: the plugin as it is must be 3.9-clean."""
    from tools.check_py39 import check_paths

    count, findings = check_paths([str(ROOT / "certification_plugin")])
    assert count > 0
    assert [f.render() for f in findings] == []
