"""Builds the plugin zip that QGIS installs with "Install from ZIP" or from a plugin repository.

    python -m tools.package [--output-dir dist]   ->  dist/certification_plugin-<version>.zip

CHANGELOG.md (Keep a Changelog) is the single source of the release version and notes: the
newest released section (``## [x.y.z] - YYYY-MM-DD``) gives ``version=`` and ``changelog=`` of
the metadata.txt written into the zip; with no released section, ``[Unreleased]`` is packaged
as ``<metadata version>-dev``. The working tree's metadata.txt is not modified.

The zip has one top folder, ``certification_plugin/``, and leaves out what users do not need:
tests, caches, translation sources (.ts; the compiled .qm are kept) and developer files.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "certification_plugin"

EXCLUDED_DIRS = frozenset(
    {"__pycache__", "tests", "test", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".git"}
)
EXCLUDED_SUFFIXES = frozenset(
    {".pyc", ".pyo", ".ts", ".pro", ".qrc", ".orig", ".rej", ".swp", ".bak", ".tmp"}
)
EXCLUDED_NAMES = frozenset({".gitignore", ".gitattributes", ".DS_Store", "Makefile"})
# Files inside the plugin folder that document the development workflow only.
EXCLUDED_PATHS = frozenset({"i18n/README.md"})

_RELEASE = re.compile(
    r"^##\s+\[(?P<version>[^\]]+)\](?:\s*-\s*(?P<date>\d{4}-\d{2}-\d{2}))?\s*$", re.MULTILINE
)
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+")


class PackagingError(RuntimeError):
    """The changelog, metadata or plugin folder cannot make a valid package."""


@dataclass(frozen=True)
class Release:
    """What the changelog says about the version being packaged."""

    version: str
    date: str | None
    notes: list[str]


def read_release(changelog: str, fallback_version: str) -> Release:
    """Newest released section, or [Unreleased] as `<fallback>-dev` when nothing is released."""
    sections = list(_RELEASE.finditer(changelog))
    if not sections:
        raise PackagingError("CHANGELOG.md has no '## [x.y.z] - date' or '## [Unreleased]' section")
    chosen = None
    for index, match in enumerate(sections):
        if match.group("version").strip().lower() != "unreleased":
            chosen = index
            break
    if chosen is None:
        chosen = 0
        base = fallback_version.split("-")[0]
        version = f"{base}-dev"
        date = None
    else:
        version = sections[chosen].group("version").strip()
        date = sections[chosen].group("date")
        if not re.fullmatch(r"\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?", version):
            raise PackagingError(f"CHANGELOG.md version '{version}' is not x.y.z")
    start = sections[chosen].end()
    end = sections[chosen + 1].start() if chosen + 1 < len(sections) else len(changelog)
    return Release(version, date, _plain_notes(changelog[start:end]))


def _plain_notes(markdown: str) -> list[str]:
    """Markdown section body -> short plain-text lines (one per bullet) for metadata.txt."""
    lines: list[str] = []
    for raw in markdown.splitlines():
        text = raw.strip()
        if not text or _LINK_DEFINITION.match(text):
            continue
        if text.startswith("#"):
            lines.append(text.lstrip("#").strip() + ":")
        elif text.startswith(("- ", "* ")):
            lines.append("- " + text[2:].strip())
        elif lines and lines[-1].startswith("- "):
            lines[-1] += " " + text  # continuation of a wrapped bullet
        else:
            lines.append(text)
    return [line.replace("`", "") for line in lines]


def render_metadata(metadata: str, release: Release) -> str:
    """metadata.txt with version= and changelog= replaced (other keys and comments kept)."""
    heading = release.version + (f" ({release.date})" if release.date else "")
    # metadata.txt is read with configparser's interpolation, where '%' must be doubled.
    entries = [heading, *release.notes]
    changelog = ["changelog=" + entries[0].replace("%", "%%")]
    changelog += ["    " + entry.replace("%", "%%") for entry in entries[1:]]

    out: list[str] = []
    skipping = False
    section = None
    inserted = False
    for line in metadata.splitlines():
        if skipping and line[:1] in (" ", "\t") and line.strip():
            continue  # continuation line of a replaced multi-line value
        skipping = False
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            if section == "general" and not inserted:
                out.extend(changelog)
                inserted = True
            section = stripped[1:-1].strip()
        key = stripped.split("=", 1)[0].strip().lower() if "=" in stripped else None
        if section == "general" and key == "version":
            out.append(f"version={release.version}")
            continue
        if section == "general" and key == "changelog":
            skipping = True
            continue
        out.append(line)
    if section is None:
        raise PackagingError("metadata.txt has no [general] section")
    if not inserted:
        while out and not out[-1].strip():
            out.pop()
        out.extend(changelog)
    if not any(line.startswith("version=") for line in out):
        raise PackagingError("metadata.txt has no version= key")
    return "\n".join(out) + "\n"


def metadata_version(metadata: str) -> str:
    match = re.search(r"^version\s*=\s*(\S+)", metadata, re.MULTILINE)
    if match is None:
        raise PackagingError("metadata.txt has no version= key")
    return match.group(1)


def plugin_files(plugin_dir: Path) -> Iterator[Path]:
    """Files that go into the zip, relative to the plugin folder, in a stable order."""
    for path in sorted(plugin_dir.rglob("*")):
        relative = path.relative_to(plugin_dir)
        if not path.is_file() or EXCLUDED_DIRS.intersection(relative.parts[:-1]):
            continue
        if (
            path.suffix in EXCLUDED_SUFFIXES
            or path.name in EXCLUDED_NAMES
            or path.name.endswith("~")
            or relative.as_posix() in EXCLUDED_PATHS
            or path.name.startswith("test_")
        ):
            continue
        yield relative


def _check_translations(plugin_dir: Path) -> None:
    missing = [
        ts.name for ts in sorted(plugin_dir.glob("i18n/*.ts")) if not ts.with_suffix(".qm").exists()
    ]
    if missing:
        raise PackagingError(
            f"compiled translations missing for {', '.join(missing)}: run `make translations`"
        )


def build(plugin_dir: Path, changelog_path: Path, output_dir: Path) -> Path:
    """Write the zip and return its path."""
    metadata_path = plugin_dir / "metadata.txt"
    if not (plugin_dir / "__init__.py").is_file() or not metadata_path.is_file():
        raise PackagingError(f"{plugin_dir} is not a QGIS plugin (no __init__.py/metadata.txt)")
    _check_translations(plugin_dir)
    metadata = metadata_path.read_text(encoding="utf-8")
    release = read_release(changelog_path.read_text(encoding="utf-8"), metadata_version(metadata))
    rendered = render_metadata(metadata, release)

    # Reproducible archive: fixed order, timestamps and permissions.
    if release.date:
        year, month, day = (int(part) for part in release.date.split("-"))
        stamp = (year, month, day, 0, 0, 0)
    else:
        stamp = (1980, 1, 1, 0, 0, 0)
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / f"{PLUGIN_NAME}-{release.version}.zip"
    partial = target.with_suffix(".zip.part")

    def add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(f"{PLUGIN_NAME}/{name}", date_time=stamp)
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)

    with zipfile.ZipFile(partial, "w") as archive:
        names = []
        for relative in plugin_files(plugin_dir):
            name = relative.as_posix()
            names.append(name)
            if name == "metadata.txt":
                add(archive, name, rendered.encode("utf-8"))
            else:
                add(archive, name, (plugin_dir / relative).read_bytes())
        license_file = ROOT / "LICENSE"
        if "LICENSE" not in names and license_file.is_file() and plugin_dir == ROOT / PLUGIN_NAME:
            add(archive, "LICENSE", license_file.read_bytes())
    partial.replace(target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--plugin-dir", type=Path, default=ROOT / PLUGIN_NAME)
    parser.add_argument("--changelog", type=Path, default=ROOT / "CHANGELOG.md")
    args = parser.parse_args(argv)
    try:
        target = build(args.plugin_dir, args.changelog, args.output_dir)
    except (PackagingError, OSError) as error:
        print(f"package: {error}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(target) as archive:
        count = len(archive.namelist())
    print(f"package: wrote {target} ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
