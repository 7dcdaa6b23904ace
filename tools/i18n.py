"""Translation pipeline: extract the plugin's strings into .ts files and compile them to .qm.

    python -m tools.i18n update    # pylupdate5 over the plugin's .py and .ui files
    python -m tools.i18n release   # lrelease: .ts -> .qm (committed; the zip ships them)

pylupdate5 (Debian package pyqt5-dev-tools) understands PyQt's ``self.tr("...")`` and
``QCoreApplication.translate("Context", "...")``; it merges into the existing .ts files, so
finished translations are kept, new strings arrive as "unfinished" and strings no longer in
the code are dropped (``-noobsolete``). lrelease comes from qttools5-dev-tools.

pylupdate5 misses three things the code does on purpose, so it reads a normalised copy of the
sources (same names, same line numbers):

* module helpers ``def _tr(text: str) -> str: return QCoreApplication.translate("Ctx", text)``
  (one context per module, short call sites; any parameter name): their calls become the full
  ``translate`` call;
* a trailing comma after the last argument of a ``translate`` call (the formatter adds one
  when it splits a long call over lines): pylupdate5 drops such a call silently;
* an attribute as the count of a plural (``translate("Ctx", "%n row(s)", None, self.rows)``):
  pylupdate5 drops that call too, so the copy reads ``self_rows``.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "certification_plugin"
I18N_DIR = PLUGIN_DIR / "i18n"
TS_PREFIX = "certification_plugin_"

# File suffix -> the locale written into the .ts header (lrelease derives plural rules from it).
LANGUAGES = {"ro": "ro_RO", "sv": "sv_SE", "zh_TW": "zh_TW"}
_SKIP_PARTS = frozenset({"__pycache__", "i18n", "tests"})


class ToolMissing(RuntimeError):
    """pylupdate5 or lrelease is not installed."""


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"{TS_PREFIX}{language}.ts"


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"{TS_PREFIX}{language}.qm"


def source_files(plugin_dir: Path = PLUGIN_DIR) -> list[Path]:
    """The .py and .ui files whose strings are translated, relative to the plugin folder."""
    found = []
    for pattern in ("*.py", "*.ui"):
        for path in plugin_dir.rglob(pattern):
            relative = path.relative_to(plugin_dir)
            if not _SKIP_PARTS.intersection(relative.parts[:-1]):
                found.append(relative)
    return sorted(found)


def find_tool(names: Sequence[str], extra_paths: Sequence[str] = ()) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    for candidate in extra_paths:
        if os.access(candidate, os.X_OK):
            return candidate
    raise ToolMissing(f"none of {', '.join(names)} found (apt-get install the Qt tools)")


def pylupdate5() -> str:
    return find_tool(["pylupdate5"], ["/usr/bin/pylupdate5"])


def lrelease() -> str:
    # Debian puts the Qt 5 tools in /usr/lib/qt5/bin; /usr/bin/lrelease goes through qtchooser.
    return find_tool(["lrelease-qt5"], ["/usr/lib/qt5/bin/lrelease", "/usr/bin/lrelease"])


def _quiet_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONWARNINGS"] = "ignore"  # pylupdate5 prints a DeprecationWarning on Python 3.11
    return env


def _empty_ts(language: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en">\n</TS>\n'
    )


_HELPER_RE = re.compile(
    r"^def (\w+)\((\w+): str\) -> str:\s*\n\s+return QCoreApplication\.translate\("
    r"\"([^\"]+)\", \2\)",
    re.MULTILINE,
)


def translation_helpers(source: str) -> dict[str, str]:
    """Module helpers that wrap ``QCoreApplication.translate``: name -> context."""
    return {name: context for name, _parameter, context in _HELPER_RE.findall(source)}


def _translate_calls(tokens: list[tokenize.TokenInfo]) -> list[list[tuple[int, Any]]]:
    """Each ``translate(...)`` call's tokens (comments and line breaks left out), with their
    bracket depth inside the call (1 = an argument of the call itself)."""
    calls = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string != "translate":
            continue
        if index + 1 >= len(tokens) or tokens[index + 1].string != "(":
            continue
        depth, call = 0, []
        for inner in tokens[index + 1 :]:
            if inner.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                continue
            if inner.string in "([{" and inner.type == tokenize.OP:
                depth += 1
            elif inner.string in ")]}" and inner.type == tokenize.OP:
                depth -= 1
            call.append((depth, inner))
            if depth == 0:
                break
        calls.append(call)
    return calls


def _readable_calls(source: str) -> str:
    """Blank a comma that closes a ``translate(...)`` argument list, and read a dotted name
    among its arguments as one name (``self.rows`` -> ``self_rows``): same columns."""
    lines = source.splitlines(keepends=True)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    edits: list[tuple[tuple[int, int], str]] = []
    for call in _translate_calls(tokens):
        closing = call[-1][1]
        before = call[-2][1] if len(call) > 1 else None
        if before is not None and before.string == "," and closing.string == ")":
            edits.append((before.start, " "))
        for depth, token in call:
            if depth == 1 and token.type == tokenize.OP and token.string == ".":
                edits.append((token.start, "_"))
    for (row, column), replacement in edits:
        line = lines[row - 1]
        lines[row - 1] = line[:column] + replacement + line[column + 1 :]
    return "".join(lines)


def normalise_for_pylupdate(source: str) -> str:
    """The source as pylupdate5 can read it; same lines, so locations stay right."""
    for name, context in translation_helpers(source).items():
        source = re.sub(
            rf"(?<![\w.]){re.escape(name)}\(", f'QCoreApplication.translate("{context}", ', source
        )
    # The helper's own body now reads translate("Ctx", "Ctx", text): harmless, not a literal.
    return _readable_calls(source)


def extract(ts_files: Sequence[Path], plugin_dir: Path = PLUGIN_DIR) -> None:
    """Run pylupdate5 over the plugin sources into `ts_files` (created when missing)."""
    for ts in ts_files:
        if not ts.exists():
            language = ts.stem[len(TS_PREFIX) :]
            ts.parent.mkdir(parents=True, exist_ok=True)
            ts.write_text(_empty_ts(language), encoding="utf-8")
    sources = source_files(plugin_dir)
    if not sources:
        raise RuntimeError(f"no .py or .ui files under {plugin_dir}")
    with tempfile.TemporaryDirectory(prefix="i18n-") as tmp:
        # A mirror of the plugin folder: .ts locations ("../layers/rows.py") stay the same.
        mirror = Path(tmp) / plugin_dir.name
        for relative in sources:
            target = mirror / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            text = (plugin_dir / relative).read_text(encoding="utf-8")
            if relative.suffix == ".py":
                text = normalise_for_pylupdate(text)
            target.write_text(text, encoding="utf-8")
        mirrored_ts = []
        for ts in ts_files:
            copy = mirror / "i18n" / ts.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ts, copy)
            mirrored_ts.append(copy)
        command = [
            pylupdate5(),
            "-noobsolete",
            *map(str, sources),
            "-ts",
            *map(str, mirrored_ts),
        ]
        subprocess.run(command, cwd=mirror, check=True, env=_quiet_env(), capture_output=True)
        for ts, copy in zip(ts_files, mirrored_ts):
            shutil.copyfile(copy, ts)


def compile_ts(ts: Path, qm: Path) -> None:
    """lrelease one .ts into one .qm (unfinished strings are left out, i.e. stay English)."""
    subprocess.run(
        [lrelease(), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        env=_quiet_env(),
    )


def update() -> int:
    files = [ts_path(language) for language in LANGUAGES]
    extract([path.resolve() for path in files])
    for path in files:
        print(f"i18n: updated {path.relative_to(ROOT)}")
    return 0


def release() -> int:
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            print(f"i18n: {ts.relative_to(ROOT)} missing: run `make translations`", file=sys.stderr)
            return 1
        compile_ts(ts, qm_path(language))
        print(f"i18n: compiled {qm_path(language).relative_to(ROOT)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release"])
    args = parser.parse_args(argv)
    try:
        return update() if args.command == "update" else release()
    except ToolMissing as error:
        print(f"i18n: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(f"i18n: {' '.join(error.cmd)} failed:\n{error.stderr}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
