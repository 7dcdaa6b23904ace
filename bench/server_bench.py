"""Benchmark of the reference server under gunicorn, on loopback, with a bounded load.

    .venv/bin/python bench/server_bench.py [--clients 4] [--requests 25] [--courses 10000]

Steps: a fresh SQLite database in a temporary data directory, ``migrate``, ``seed_bench``
(10,000 courses, 2,000 centres by default), gunicorn with 2 workers on a free 127.0.0.1 port,
then for each endpoint a few warm-up requests and ``clients`` threads sending ``requests``
requests each (stopping early at the time limit). The feed is also measured with a single
client: its latency without queueing behind the other clients. Reported: requests/s, p50 and
p99 latency, each p50 as a ratio to a tiny reference page measured in the same run, and the
median latency of a conditional request (``If-None-Match`` → 304) as a ratio to the full
response.

Exit status: 0 when every request got the expected answer (an absent API v1 is reported as
"n/a", not an error), 1 otherwise. gunicorn is stopped at the end whatever happens.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchlib import REPO, bench_server, fetch


@dataclass
class Sample:
    latencies_s: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def count(self) -> int:
        return len(self.latencies_s)

    def percentile_ms(self, fraction: float) -> float:
        ordered = sorted(self.latencies_s)
        index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
        return ordered[index] * 1000.0

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies_s) * 1000.0

    @property
    def rate(self) -> float:
        return self.count / self.wall_s if self.wall_s else 0.0


@dataclass
class Row:
    label: str
    path: str
    result: str  # "ok", "n/a" or "error"
    requests: int = 0
    req_per_s: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    bytes: int = 0
    ratio_to_reference: float | None = None
    note: str = ""


def load(
    url: str,
    headers: dict[str, str],
    expected: int,
    clients: int,
    per_client: int,
    time_limit_s: float,
) -> Sample:
    """``clients`` threads, ``per_client`` requests each, stopping at the time limit."""
    sample = Sample()
    lock = threading.Lock()
    deadline = time.monotonic() + time_limit_s

    def client() -> None:
        for _ in range(per_client):
            if time.monotonic() > deadline:
                return
            started = time.perf_counter()
            try:
                status, _body, _headers = fetch(url, headers)
            except OSError as error:
                with lock:
                    sample.errors.append(f"{type(error).__name__}: {error}")
                continue
            elapsed = time.perf_counter() - started
            with lock:
                sample.latencies_s.append(elapsed)
                sample.statuses[status] = sample.statuses.get(status, 0) + 1
                if status != expected:
                    sample.errors.append(f"HTTP {status} (expected {expected})")

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for future in [pool.submit(client) for _ in range(clients)]:
            future.result()
    sample.wall_s = time.perf_counter() - started
    return sample


def measure(
    base: str,
    label: str,
    path: str,
    args: argparse.Namespace,
    headers: dict[str, str] | None = None,
    expected: int = 200,
    clients: int | None = None,
) -> tuple[Row, Sample | None]:
    """Warm up, then load ``path``; ``clients`` overrides the concurrency of ``args``."""
    url = base + path
    headers = {"Accept": "application/json", **(headers or {})}
    status, body, _ = fetch(url, headers)
    if status == 404 and path.startswith("/api/"):
        return Row(label, path, "n/a", note="API v1 not available (404)"), None
    for _ in range(2):  # warm-up: imports, database cache, first connections
        fetch(url, headers)
    concurrency = clients or args.clients
    sample = load(url, headers, expected, concurrency, args.requests, args.time_limit)
    if not sample.count:
        return Row(label, path, "error", note="; ".join(sample.errors[:3]) or "no answer"), sample
    row = Row(
        label,
        path,
        "error" if sample.errors else "ok",
        requests=sample.count,
        req_per_s=sample.rate,
        p50_ms=sample.p50_ms,
        p99_ms=sample.percentile_ms(0.99),
        bytes=len(body) if expected == 200 else 0,
        note="; ".join(sorted(set(sample.errors))[:3]),
    )
    return row, sample


def print_table(rows: list[Row], ratio_304: float | None, args: argparse.Namespace) -> None:
    print()
    print(
        f"Server benchmark: {args.courses} courses, {args.centres} centres, gunicorn "
        f"{args.workers} workers x 8 threads (make serve's settings), "
        f"{args.clients} clients x {args.requests} requests, SQLite"
    )
    header = f"{'endpoint':<44} {'result':>6} {'n':>5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}"
    header += f" {'p50/ref':>8} {'bytes':>9}"
    print(header)
    print("-" * len(header))
    for row in rows:
        label = f"{row.label} {row.path}"[:44]
        if row.result == "n/a":
            print(f"{label:<44} {'n/a':>6}  {row.note}")
            continue
        ratio = f"{row.ratio_to_reference:.2f}" if row.ratio_to_reference is not None else "-"
        print(
            f"{label:<44} {row.result:>6} {row.requests:>5} {row.req_per_s:>8.1f} "
            f"{row.p50_ms:>8.1f} {row.p99_ms:>8.1f} {ratio:>8} {row.bytes:>9}"
        )
        if row.note:
            print(f"    {row.note}")
    print()
    if ratio_304 is not None:
        print(f"Conditional request (304) / full response, median latency: {ratio_304:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--centres", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=25, help="requests per client")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per endpoint")
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "server_bench.json"
    )
    args = parser.parse_args()

    rows: list[Row] = []
    ratio_304: float | None = None
    with bench_server(args.courses, args.centres, args.workers) as base:
        reference, _ = measure(base, "reference page", "/en/certificate/QGIS-1/", args)
        rows.append(reference)
        feed, _ = measure(base, "upcoming feed", "/en/feed/upcoming-course/", args)
        rows.append(feed)
        single, _ = measure(
            base, "upcoming feed, 1 client", "/en/feed/upcoming-course/", args, clients=1
        )
        rows.append(single)
        etag = fetch(base + "/en/feed/upcoming-course/", {"Accept": "application/json"})[2]
        etag_value = etag.get("ETag") or etag.get("Etag")
        if etag_value:
            conditional, _ = measure(
                base,
                "upcoming feed 304",
                "/en/feed/upcoming-course/",
                args,
                headers={"If-None-Match": etag_value},
                expected=304,
            )
        else:
            conditional = Row("upcoming feed 304", "", "error", note="no ETag sent")
        rows.append(conditional)
        api, _ = measure(base, "API v1 courses", "/api/v1/courses/", args)
        rows.append(api)

    ref = rows[0].p50_ms if rows and rows[0].result == "ok" else None
    for row in rows:
        if ref and row.result == "ok":
            row.ratio_to_reference = row.p50_ms / ref
    feed_row, conditional_row = rows[1], rows[3]
    if feed_row.result == "ok" and conditional_row.result == "ok":
        ratio_304 = conditional_row.p50_ms / feed_row.p50_ms
    print_table(rows, ratio_304, args)

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "courses": args.courses,
                "centres": args.centres,
                "clients": args.clients,
                "requests_per_client": args.requests,
                "workers": args.workers,
                "rows": [asdict(row) for row in rows],
                "conditional_to_full_p50_ratio": ratio_304,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"Results written to {args.json}")
    return 1 if any(row.result == "error" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
