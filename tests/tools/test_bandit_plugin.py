"""The shipped plugin passes ``bandit -ll`` (medium severity, any confidence) with no finding.

``make check-bandit`` runs the same command; this test keeps it true between gate runs, and
checks the one SQL builder the cache uses: it only accepts the cache's own table names.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BANDIT = [sys.executable, "-m", "bandit", "-c", "pyproject.toml", "-q", "-r", "-ll"]


def test_bandit_finds_nothing_of_medium_severity_in_the_plugin() -> None:
    run = subprocess.run(
        [*BANDIT, "-f", "json", "certification_plugin"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(run.stdout)
    found = [
        f"{r['filename']}:{r['line_number']}: {r['test_id']} {r['issue_text']}"
        for r in report["results"]
    ]
    assert found == []
    assert run.returncode == 0, run.stderr
    # No finding hidden by "# nosec" either.
    assert report["metrics"]["_totals"]["nosec"] == 0


def test_the_cache_builds_sql_only_for_its_own_tables() -> None:
    cache = pytest.importorskip("certification_plugin.layers.cache")
    assert cache._delete_all_sql(cache.UPCOMING_COURSES) == 'DELETE FROM "upcoming_courses"'
    assert cache._delete_all_sql(cache.METADATA_TABLE) == 'DELETE FROM "cache_metadata"'
    for name in ("users", 'upcoming_courses"; DROP TABLE x; --', ""):
        with pytest.raises(ValueError):
            cache._delete_all_sql(name)
