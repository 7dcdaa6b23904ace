"""Secrets gate: fails when a file under the given folders holds a secret not in the baseline.

The plugin is zipped and handed to users, so nothing secret may ever sit in it (credentials
belong in the QGIS authentication database). detect-secrets' own hook only scans files git
already tracks and rewrites the baseline while checking; this gate scans every file on disk
(new, untracked ones too), never writes unless asked with --update, and compares by secret
hash, so moving a known finding to another line does not fail the check.

Usage:
    python -m tools.check_secrets --baseline .secrets.baseline certification_plugin
    python -m tools.check_secrets --baseline .secrets.baseline --update certification_plugin
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from detect_secrets.core import baseline as ds_baseline
from detect_secrets.core.secrets_collection import SecretsCollection
from detect_secrets.settings import default_settings

from tools._common import SKIP_DIRS

# Compiled translations, images and data files: not text a secret could be typed into.
BINARY_SUFFIXES = frozenset(
    {".qm", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".pyc", ".gpkg", ".sqlite", ".zip", ".pdf"}
)


def files_to_scan(paths: Sequence[str]) -> Iterator[str]:
    """Every text file below `paths` in a stable order, as paths relative to the current dir."""
    for raw in paths:
        path = Path(raw)
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in candidates:
            if (
                file.is_file()
                and file.suffix.lower() not in BINARY_SUFFIXES
                and not SKIP_DIRS.intersection(file.parts)
            ):
                yield file.as_posix()


def scan(paths: Sequence[str]) -> SecretsCollection:
    """Scan with whatever detect-secrets settings are active (baseline or defaults)."""
    secrets = SecretsCollection()
    for file in files_to_scan(paths):
        secrets.scan_file(file)
    return secrets


def update_baseline(baseline_path: Path, paths: Sequence[str]) -> int:
    with default_settings():
        secrets = scan(paths)
        output = ds_baseline.format_for_output(secrets)
    output.pop("generated_at", None)  # keeps the committed file stable between runs
    baseline_path.write_text(json.dumps(output, indent=2) + "\n", encoding="utf-8")
    count = sum(len(found) for _, found in secrets.data.items())
    print(f"check_secrets: wrote {baseline_path} ({count} known finding(s))")
    return 0


def check(baseline_path: Path, paths: Sequence[str]) -> int:
    known = ds_baseline.load(ds_baseline.load_from_file(str(baseline_path)), str(baseline_path))
    current = scan(paths)  # with the plugins and filters the baseline was made with
    new = current - known
    findings = sorted((filename, secret.line_number or 0, secret.type) for filename, secret in new)
    for filename, line, kind in findings:
        print(f"{filename}:{line}: new potential secret ({kind}) not in {baseline_path}")
    scanned = len(list(files_to_scan(paths)))
    if findings:
        print(
            f"check_secrets: {len(findings)} new finding(s) in {scanned} file(s). Remove the "
            "secret; if it is a false positive, mark the line with "
            "'# pragma: allowlist secret' or run `make secrets-baseline` and commit it."
        )
        return 1
    print(f"check_secrets: {scanned} file(s) scanned, no new secrets")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="folders or files to scan")
    parser.add_argument("--baseline", default=".secrets.baseline", type=Path)
    parser.add_argument("--update", action="store_true", help="rewrite the baseline")
    args = parser.parse_args(argv)
    if args.update:
        return update_baseline(args.baseline, args.paths)
    if not args.baseline.is_file():
        parser.error(f"baseline {args.baseline} is missing: run `make secrets-baseline`")
    return check(args.baseline, args.paths)


if __name__ == "__main__":
    sys.exit(main())
