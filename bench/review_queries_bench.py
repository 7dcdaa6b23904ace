"""SQL queries per review-queue request and per application detail, reviews and opinion
request, as the rows behind them grow.

    .venv/bin/python bench/review_queries_bench.py [--small 3] [--large 50] [--contributions 50]

The service's own settings (a new SQLite database in a temporary folder) run in this
process; requests go through Django's test ``Client`` (the whole middleware and DRF stack,
token authentication) and their queries are counted with ``CaptureQueriesContext``. The data
is made through the domains (bench/review_data.py): applications submitted, accepted and
routed to a user group, declarations and reviews.

Measured twice, the second time after the rows grew: first with ``--small`` applications in
the queue and a small application (1 contribution, 1 file, 2 reviews) opened; then with
``--large`` applications in the queue and a large application (``--contributions``
contributions, ``--files`` files, ``--reviewers`` reviews) opened. Goal: the same number
of queries at both sizes (no query per row).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict

from benchlib import REPO
from review_data import (
    SCORES,
    BenchData,
    build_application,
    build_queue,
    more_reviewers,
    people,
    review,
    setup_django,
)


class Caller:
    """Requests of one user (a token) through the test client; queries counted."""

    def __init__(self, token: str) -> None:
        from django.test import Client

        self.client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Token {token}")

    def queries(self, path: str) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self._ok(path)  # warm: caches, the token's last-used stamp
        with CaptureQueriesContext(connection) as captured:
            self._ok(path)
        return len(captured.captured_queries)

    def _ok(self, path: str) -> Any:
        answer = self.client.get(path)
        if answer.status_code >= 400:
            raise RuntimeError(f"{path}: {answer.status_code} {answer.content[:500]!r}")
        return answer


def measure(data: BenchData, application: int) -> Dict[str, int]:
    reviewer, manager = Caller(data.reviewer_token), Caller(data.manager_token)
    app = f"/api/v1/applications/{application}/"
    return {
        "queue_reviewer": reviewer.queries("/api/v1/review-queue/"),
        "queue_manager": manager.queries("/api/v1/review-queue/"),
        "detail_reviewer": reviewer.queries(app),
        "materials_reviewer": reviewer.queries(app + "materials/"),
        "reviews_reviewer": reviewer.queries(app + "reviews/"),
        "reviews_manager": manager.queries(app + "reviews/"),
        "opinion_manager": manager.queries(app + "opinion/"),
        "decision_manager": manager.queries(app + "decision/"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=3)
    parser.add_argument("--large", type=int, default=50)
    parser.add_argument("--contributions", type=int, default=50)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--reviewers", type=int, default=6)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "review_queries_bench.json"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="review-queries-bench-") as data_dir:
        setup_django(data_dir)
        reviewer, second, _manager = people()
        small_app = build_application(contributions=1, files=1, name="Bench Small School")
        review(small_app.applications[0], reviewer, SCORES)
        review(small_app.applications[0], second, {**SCORES, "quality": 4})
        data = build_queue(args.small - 1)
        small = measure(data, small_app.applications[0])

        big = build_application(
            contributions=args.contributions, files=args.files, name="Bench Large Academy"
        )
        build_queue(args.large - args.small - 1, start=args.small)
        big_pk = big.applications[0]
        review(big_pk, reviewer, SCORES)
        for n, user in enumerate([second, *more_reviewers(args.reviewers - 2)]):
            review(big_pk, user, {**SCORES, "quality": n % 6})
        large = measure(data, big_pk)
    constant = small == large
    results = {
        "small": {"queue": args.small, "contributions": 1, "files": 1, "reviews": 2},
        "large": {
            "queue": args.large,
            "contributions": args.contributions,
            "files": args.files,
            "reviews": args.reviewers,
        },
        "queries_small": small,
        "queries_large": large,
        "constant": constant,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("SQL queries per request, small and large")
    print(
        f"  (queue {args.small} vs {args.large} applications; application 1 vs "
        f"{args.contributions} contributions, 1 vs {args.files} files, 2 vs {args.reviewers} "
        "reviews)"
    )
    for name, count in small.items():
        flag = "" if count == large[name] else "  <- grows"
        print(f"  {name:<24}{count:4d}{large[name]:6d}{flag}")
    print(f"  goal: constant in the number of rows: {'met' if constant else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
