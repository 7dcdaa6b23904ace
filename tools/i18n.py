"""Translation pipeline: extract the plugin's strings into .ts files and compile them to .qm.

    python -m tools.i18n update    # pylupdate5 over the plugin's .py and .ui files
    python -m tools.i18n release   # lrelease: .ts -> .qm (committed; the zip ships them)

pylupdate5 (Debian package pyqt5-dev-tools) understands PyQt's ``self.tr("...")`` and
``QCoreApplication.translate("Context", "...")``; it merges into the existing .ts files, so
finished translations are kept, new strings arrive as "unfinished" and strings no longer in
the code are dropped (``-noobsolete``). lrelease comes from qttools5-dev-tools.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

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


def extract(ts_files: Sequence[Path], plugin_dir: Path = PLUGIN_DIR) -> None:
    """Run pylupdate5 over the plugin sources into `ts_files` (created when missing)."""
    for ts in ts_files:
        if not ts.exists():
            language = ts.stem[len(TS_PREFIX) :]
            ts.parent.mkdir(parents=True, exist_ok=True)
            ts.write_text(_empty_ts(language), encoding="utf-8")
    sources = [str(path) for path in source_files(plugin_dir)]
    if not sources:
        raise RuntimeError(f"no .py or .ui files under {plugin_dir}")
    command = [pylupdate5(), "-noobsolete", *sources, "-ts", *map(str, ts_files)]
    subprocess.run(command, cwd=plugin_dir, check=True, env=_quiet_env(), capture_output=True)


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
