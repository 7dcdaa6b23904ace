"""SQL queries per application list and detail request, as the rows behind them grow.

    .venv/bin/python bench/queries_bench.py [--rows 50]

The service's own settings (``certification_server.settings``, a new SQLite database in a
temporary folder) run in this process; requests go through Django's test ``Client`` (the
whole middleware and DRF stack, token authentication) and their queries are counted with
``CaptureQueriesContext``. The data is made through the API itself: applications created
with POST, contributions and courses by PATCH, files uploaded to the materials endpoint.

Two applicants: one whose application has 1 contribution, 1 course and 1 file, one whose
application has ``--rows`` of each (and who has ``--apps`` applications, each with ``--rows``
contributions and files, for the list). Goal: the same number of queries for both (no query
per row: the list and the detail prefetch).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import secrets
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict, List

from benchlib import REPO, SERVER

PDF = b"%PDF-1.4\n%%EOF\n"


def _setup(data_dir: str) -> None:
    os.environ.update(
        DATA_DIR=data_dir,
        DJANGO_SETTINGS_MODULE="certification_server.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="0",
        LOG_LEVEL="ERROR",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
    )
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(SERVER))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


class Applicant:
    def __init__(self, username: str) -> None:
        from accounts.models import ApiToken
        from django.contrib.auth import get_user_model
        from django.test import Client

        user = get_user_model().objects.create_user(username, f"{username}@example.org", None)
        _token, key = ApiToken.issue(user, "queries bench")
        self.client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Token {key}")

    def _ok(self, answer: Any, what: str) -> Dict[str, Any]:
        if answer.status_code >= 400:
            raise RuntimeError(f"{what}: {answer.status_code} {answer.content[:500]!r}")
        return answer.json() if answer.content else {}

    def application(self, name: str, rows: int) -> int:
        created = self._ok(
            self.client.post(
                "/api/v1/applications/",
                {"details": {"name": name, "country": "SE"}},
                content_type="application/json",
            ),
            "create",
        )
        pk = int(created["id"])
        body = {
            "contributions": [
                {
                    "kind": "documentation",
                    "description": f"Translated the manual, part {n}",
                    "links": [f"https://example.org/docs/{n}"],
                    "start_date": "2024-01-31",
                    "end_date": None,
                }
                for n in range(rows)
            ],
            "courses": [
                {
                    "key": f"c{n}",
                    "title": f"Course {n}",
                    "course_type": "basic",
                    "licence": "CC-BY-4.0",
                    "qgis_version": "3.34",
                    "links": {"lectures": [f"https://example.org/c{n}"]},
                }
                for n in range(rows)
            ],
        }
        self._ok(
            self.client.patch(
                f"/api/v1/applications/{pk}/", json.dumps(body), content_type="application/json"
            ),
            "patch",
        )
        for n in range(rows):
            upload = io.BytesIO(PDF + f"%{name} {n}\n".encode())
            upload.name = f"lecture-{n}.pdf"
            self._ok(
                self.client.post(
                    f"/api/v1/applications/{pk}/materials/",
                    {"file": upload, "course": f"c{n}", "part": "lectures"},
                ),
                "upload",
            )
        return pk

    def queries(self, path: str) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self._ok(self.client.get(path), path)  # warm: caches, the token's last-used stamp
        with CaptureQueriesContext(connection) as captured:
            self._ok(self.client.get(path), path)
        return len(captured.captured_queries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50)
    parser.add_argument("--apps", type=int, default=3)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "queries_bench.json"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="queries-bench-") as data_dir:
        _setup(data_dir)
        small = Applicant("small")
        small_pk = small.application("Small Geo School", 1)
        large = Applicant("large")
        large_pks: List[int] = [large.application("Large Geo Academy", args.rows)]
        for n in range(1, args.apps):
            large_pks.append(large.application(f"Large Geo Academy {n}", args.rows))
        counts = {
            "list_1_application_1_row_each": small.queries("/api/v1/applications/"),
            f"list_{args.apps}_applications_{args.rows}_rows_each": large.queries(
                "/api/v1/applications/"
            ),
            "detail_1_row_each": small.queries(f"/api/v1/applications/{small_pk}/"),
            f"detail_{args.rows}_rows_each": large.queries(f"/api/v1/applications/{large_pks[0]}/"),
            "materials_1_file": small.queries(f"/api/v1/applications/{small_pk}/materials/"),
            f"materials_{args.rows}_files": large.queries(
                f"/api/v1/applications/{large_pks[0]}/materials/"
            ),
        }
    values = list(counts.values())
    constant = values[0] == values[1] and values[2] == values[3] and values[4] == values[5]
    results = {"rows": args.rows, "apps": args.apps, "queries": counts, "constant": constant}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("SQL queries per request (contributions, courses and files per application)")
    for name, count in counts.items():
        print(f"  {name:<44}{count:4d}")
    print(f"  goal: constant in the number of rows: {'met' if constant else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
