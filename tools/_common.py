"""Helpers shared by the checker scripts in tools/: file discovery and finding reports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Folders never checked: caches, virtualenvs and build output hold code that is not ours.
SKIP_DIRS = frozenset({"__pycache__", ".venv", "venv", ".git", "build", "dist", ".mypy_cache"})

_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z0-9]+(?:[,\s]+[A-Z0-9]+)*))?", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One problem at one place; warnings are reported but do not fail the check."""

    path: str
    line: int
    col: int
    code: str
    message: str
    warning: bool = False

    def render(self) -> str:
        kind = "warning" if self.warning else "error"
        return f"{self.path}:{self.line}:{self.col + 1}: {self.code} {kind}: {self.message}"


def python_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the .py files named, or found below the folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*.py")):
                if not SKIP_DIRS.intersection(found.parts):
                    yield found
        elif path.suffix == ".py":
            yield path


def suppressed(source_lines: list[str], finding: Finding) -> bool:
    """True when the finding's line carries `# noqa: <its code>`.

    A bare `# noqa` (meant for ruff or flake8) does not silence these checks: the code must be
    named, so every exception is deliberate and greppable.
    """
    if not 1 <= finding.line <= len(source_lines):
        return False
    match = _NOQA.search(source_lines[finding.line - 1])
    if match is None:
        return False
    codes = match.group("codes")
    if not codes:
        return False
    return finding.code.upper() in {c.upper() for c in re.split(r"[,\s]+", codes) if c}
