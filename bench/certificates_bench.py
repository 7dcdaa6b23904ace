"""Benchmark of issuing certificates: 1,000 at once to every PDF ready, the zip, verification.

    .venv/bin/python bench/certificates_bench.py [--certificates 1000] [--small 10]
        [--task-workers 2] [--repeat 50] [--zip-repeat 3] [--profile]
    bash scripts/with-postgres.sh .venv/bin/python bench/certificates_bench.py --postgres

A fresh reference server on loopback as production runs it: gunicorn (2 threaded workers, the
`make serve` settings) and ``--task-workers`` real ``manage.py db_worker`` processes on the
database task backend (django-tasks-db), on a new SQLite file (``--postgres``: on PostgreSQL,
as production runs several workers on it). The course (started yesterday,
``--certificates`` attendees) is made by bench/certificate_data.py (attendees imported through
the domain, credits granted through the ledger).

Measured:

* issuing: ``POST /api/v1/courses/{id}/certificates/`` ``{"all": true}`` (an Idempotency-Key)
  over HTTP, from the request to every certificate's PDF stored at its revision (the bench
  polls the database every 50 ms); goal <= 15 s. The request alone is printed too, and the
  reference: one PDF rendered in this process (``certificates.pdf.render_certificate_pdf``,
  median of 9) and the render task itself here (``tasks.render_certificates`` on 50 of them
  made pending again: PDF, badge, storage, row) per certificate, times N divided by the task
  workers: what perfect parallel rendering would take. ``--profile`` (or a missed goal)
  prints cProfile's top functions of the task on 50 more;
* size per PDF (``Certificate.pdf_size``): median and largest; goal <= 100 KB;
* the zip of the course's PDFs, ``GET .../certificates/zip/`` over HTTP read to the end, median
  of ``--zip-repeat``; goal < 3 s; reference: the same files zipped (stored) in this process;
* verification: ``GET /en/certificate/<ID>/`` (page) and ``GET /api/v1/certificates/<ID>/``
  (JSON), anonymous, p50 of ``--repeat`` over different ids; goal < 20 ms; reference: the
  anonymous API root. The server runs with ``CERTIFICATE_VERIFY_RATE`` raised for the bench
  (the rate limiter still runs on every request, it just never answers 429 here);
* SQL queries of ``GET /api/v1/courses/{id}/certificates/`` (and ``.../attendees/``) through
  Django's test client in this process, for a course of ``--small`` certificates and for the
  big one; goal: the same count.

Ratios are printed against the references measured in the same run; nothing is asserted on
time: goals are reported as met or missed. Results also go to bench/results/.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Optional

from benchlib import (
    REPO,
    SERVER,
    fetch,
    free_port,
    median_ms,
    post,
    server_env,
    start_gunicorn,
    start_run,
    stop,
    verdict,
    wait_until_up,
)
from certificate_data import add_course, build_world, setup_database
from review_data import release_database

NEEDED = (
    "payments/ledger.py",
    "certificates/domain.py",
    "certificates/pdf.py",
    "api/views/certificates.py",
)
"""What the bench drives; until every one has landed it says so and measures nothing."""
GOALS = {"issue_s": 15.0, "pdf_kb": 100.0, "zip_s": 3.0, "verify_p50_ms": 20.0}
POLL_S = 0.05


def post_json(url: str, body: dict, headers: Dict[str, str], timeout: float = 600.0) -> tuple:
    """(status, parsed body) of a JSON POST on loopback; HTTP errors are answers (their first
    2000 bytes, not parsed)."""
    status, answer, ok = post(
        url, json.dumps(body).encode(), {"Accept": "application/json", **headers}, timeout
    )
    return (status, json.loads(answer or b"null")) if ok else (status, answer[:2000])


def start_task_workers(env: Dict[str, str], count: int, data_dir: str) -> List[subprocess.Popen]:
    """``count`` real ``manage.py db_worker`` processes, as scripts/serve.sh starts one."""
    workers = []
    for n in range(count):
        log = open(Path(data_dir) / f"db_worker-{n}.log", "wb")  # noqa: SIM115 - kept open
        command = [sys.executable, str(SERVER / "manage.py"), "db_worker", "--no-reload"]
        command += ["--interval", "0.1", "--no-startup-delay", "--worker-id", f"bench-{n}"]
        workers.append(
            subprocess.Popen(
                command,
                env=env,
                cwd=SERVER,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    return workers


def stop_task_workers(workers: List[subprocess.Popen]) -> None:
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=5)


def ready_count(course_id: int) -> int:
    from certificates.models import Certificate
    from django.db.models import F

    ready = Certificate.objects.filter(course_id=course_id, pdf_revision__gte=F("revision"))
    return int(ready.exclude(pdf="").count())


def failed_task() -> Optional[str]:
    from django_tasks_db.models import DBTaskResult

    failed = DBTaskResult.objects.filter(status="FAILED").order_by("finished_at").first()
    return None if failed is None else f"{failed.task_path}: {failed.traceback[-3000:]}"


def tasks_waiting() -> int:
    """Tasks enqueued or running: none while PDFs are missing means they will never come."""
    from django_tasks_db.models import DBTaskResult

    return int(DBTaskResult.objects.filter(status__in=("READY", "RUNNING")).count())


def measure_issue(base: str, world: Any, timeout_s: float) -> Dict[str, Any]:
    """From the POST to every PDF ready; the progress every second (ready, seconds)."""
    course = world.course
    url = f"{base}/api/v1/courses/{course.course_id}/certificates/"
    headers = {"Authorization": f"Token {world.owner_token}", "Idempotency-Key": uuid.uuid4().hex}
    started = time.perf_counter()
    status, body = post_json(url, {"all": True}, headers)
    answered = time.perf_counter()
    if status != 201:
        raise RuntimeError(f"issuing answered {status}: {body!r}")
    issued = len(body["certificates"])
    if issued != course.attendees:
        raise RuntimeError(f"issued {issued} of {course.attendees}")
    progress, first_ready, last_report = [], None, answered
    idle_since: Optional[float] = None
    while True:
        ready = ready_count(course.course_id)
        now = time.perf_counter()
        if ready and first_ready is None:
            first_ready = now - started
        if now - last_report >= 1.0:
            progress.append([round(now - started, 1), ready])
            last_report = now
        if ready >= issued:
            break
        failure = failed_task()
        if failure:
            raise RuntimeError(f"a task failed:\n{failure}")
        idle_since = None if tasks_waiting() else (idle_since or now)
        if idle_since is not None and now - idle_since > 2.0:
            raise RuntimeError(f"the tasks are done but only {ready} of {issued} PDFs are ready")
        if now - started > timeout_s:
            raise RuntimeError(f"only {ready} of {issued} PDFs after {timeout_s:.0f} s")
        time.sleep(POLL_S)
    done = time.perf_counter()
    return {
        "issued": issued,
        "credits": body.get("credits"),
        "request_s": answered - started,
        "first_pdf_s": first_ready,
        "all_ready_s": done - started,
        "progress": progress,
        "ids": [item["certificate_id"] for item in body["certificates"]],
    }


def _rerender(ids: List[int]) -> float:
    """Seconds of ``tasks.render_certificates`` here on ``ids`` made pending again."""
    from certificates import tasks
    from certificates.models import Certificate

    Certificate.objects.filter(pk__in=ids).update(pdf_revision=0)
    chunk = int(getattr(tasks, "RENDER_CHUNK", 0) or len(ids))  # more would be re-enqueued
    started = time.perf_counter()
    for start in range(0, len(ids), chunk):
        tasks.render_certificates.call(certificate_ids=ids[start : start + chunk])
    return time.perf_counter() - started


def measure_render(course_id: int, workers: int, count: int, profile: bool) -> Dict[str, Any]:
    """The references: one PDF drawn here, and the render task here per certificate (PDF,
    badge, storage, row); cProfile's view of the task on 50 certificates when asked."""
    from certificates.models import Certificate
    from certificates.pdf import render_certificate_pdf

    certificates = list(Certificate.objects.filter(course_id=course_id).select_related()[:10])
    turn = iter(range(10**6))
    one_ms = median_ms(
        lambda: render_certificate_pdf(certificates[next(turn) % len(certificates)]), 9
    )
    ids = list(Certificate.objects.filter(course_id=course_id).values_list("pk", flat=True))
    task_ms = _rerender(ids[:50]) * 1000 / len(ids[:50])
    out: Dict[str, Any] = {
        "render_one_ms": one_ms,
        "task_per_certificate_ms": task_ms,
        "ideal_s": task_ms * count / workers / 1000,
    }
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        _rerender(ids[50:100])
        profiler.disable()
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(35)
        stats.sort_stats("tottime").print_stats(12)
        out["profile"] = text.getvalue()
    return out


def measure_sizes(course_id: int) -> Dict[str, Any]:
    from certificates.models import Certificate

    sizes = list(Certificate.objects.filter(course_id=course_id).values_list("pdf_size", flat=True))
    return {
        "pdf_median_kb": statistics.median(sizes) / 1024,
        "pdf_max_kb": max(sizes) / 1024,
        "pdf_total_mb": sum(sizes) / 1024 / 1024,
    }


def local_zip_ms(course_id: int, repeat: int) -> float:
    """The reference: the course's stored PDFs zipped (stored, not deflated) in this process."""
    from certificates.models import Certificate
    from django.core.files.storage import default_storage

    rows = list(
        Certificate.objects.filter(course_id=course_id).values_list("certificate_id", "pdf")
    )

    def build() -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for certificate_id, name in rows:
                with default_storage.open(name, "rb") as handle:
                    archive.writestr(f"{certificate_id}.pdf", handle.read())

    return median_ms(build, repeat)


def measure_zip(base: str, world: Any, repeat: int) -> Dict[str, Any]:
    course = world.course
    url = f"{base}/api/v1/courses/{course.course_id}/certificates/zip/"
    headers = {"Authorization": f"Token {world.owner_token}"}
    samples, body = [], b""
    for _ in range(repeat):
        started = time.perf_counter()
        status, body, _headers = fetch(url, headers, timeout=120)
        samples.append(time.perf_counter() - started)
        if status != 200:
            raise RuntimeError(f"zip answered {status}: {body[:500]!r}")
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        entries = len(archive.namelist())
        broken = archive.testzip()
    if entries != course.attendees or broken:
        raise RuntimeError(f"zip of {entries} entries (broken: {broken})")
    return {
        "zip_s": statistics.median(samples),
        "zip_mb": len(body) / 1024 / 1024,
        "zip_entries": entries,
        "zip_local_ms": local_zip_ms(course.course_id, repeat),
    }


WARM_REQUESTS = 32
"""Requests before timing: every gunicorn thread (2 workers x 8) holds its database
connection by then (CONN_MAX_AGE), as in a running service; PostgreSQL's connection set-up
would otherwise land in the median."""


def p50_ms(urls: List[str], headers: Dict[str, str], expect: int = 200) -> float:
    for n in range(WARM_REQUESTS):
        fetch(urls[n % len(urls)], headers)
    samples = []
    for url in urls:
        started = time.perf_counter()
        status, body, _headers = fetch(url, headers)
        samples.append((time.perf_counter() - started) * 1000)
        if status != expect:
            raise RuntimeError(f"{url} answered {status}: {body[:300]!r}")
    return statistics.median(samples)


def measure_verify(base: str, ids: List[str], repeat: int) -> Dict[str, Any]:
    chosen = [ids[(n * 7919) % len(ids)] for n in range(repeat)]
    html = {"Accept": "text/html"}
    api = {"Accept": "application/json"}
    return {
        "root_ms": p50_ms([f"{base}/api/v1/"] * repeat, api),
        "page_ms": p50_ms([f"{base}/en/certificate/{i}/" for i in chosen], html),
        "json_ms": p50_ms([f"{base}/api/v1/certificates/{i}/" for i in chosen], api),
    }


def count_queries(token: str, path: str) -> int:
    """Queries of one GET of ``path`` (signed in with ``token``; "" anonymous), warmed."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    signed_in = {"HTTP_AUTHORIZATION": f"Token {token}"} if token else {}
    client = Client(HTTP_HOST="127.0.0.1", **signed_in)
    client.get(path)  # warm: caches, the token's last-used stamp
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(path)
    if answer.status_code != 200:
        raise RuntimeError(f"{path}: {answer.status_code} {answer.content[:300]!r}")
    return len(captured.captured_queries)


def measure_queries(world: Any, small_count: int) -> Dict[str, Any]:
    from catalogue.models import Course
    from certificates import domain
    from certificates.models import Certificate

    small = add_course(world, small_count, name="Bench course, small", offset=10**6)
    course = Course.objects.get(pk=small.course_id)
    domain.issue_certificates(
        actor=world.owner, course=course, items=domain.default_items(course), idempotency_key=None
    )
    out: Dict[str, Any] = {"small": small_count, "large": world.course.attendees}
    for name in ("certificates", "attendees"):
        out[name] = [
            count_queries(world.owner_token, f"/api/v1/courses/{course_id}/{name}/")
            for course_id in (small.course_id, world.course.course_id)
        ]
    first = Certificate.objects.filter(course_id=world.course.course_id).first()
    assert first is not None
    ident = first.certificate_id
    out["verify_page"] = count_queries("", f"/en/certificate/{ident}/")
    out["verify_json"] = count_queries("", f"/api/v1/certificates/{ident}/")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--certificates", type=int, default=1000)
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--zip-repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="on the PostgreSQL database of DATABASE_URL (bash scripts/with-postgres.sh ...)",
    )
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "certificates_bench.json"
    )
    args = parser.parse_args()
    start_run(parser, args)
    missing = [name for name in NEEDED if not (SERVER / name).exists()]
    if missing:
        print(f"Not measured: server/{', server/'.join(missing)} not there yet.")
        return 0
    results: Dict[str, Any] = {
        "certificates": args.certificates,
        "task_workers": args.task_workers,
        "postgres": args.postgres,
        "repeat": args.repeat,
        "goals": GOALS,
    }
    with tempfile.TemporaryDirectory(prefix="certificates-bench-") as data_dir:
        env = server_env(data_dir)
        env["CERTIFICATE_VERIFY_RATE"] = "1000000"  # the limiter runs, never refuses here
        print(f"Preparing a course of {args.certificates} attendees in {data_dir} ...", flush=True)
        setup_database(data_dir, env, os.environ["DATABASE_URL"] if args.postgres else "")
        credits = args.certificates + args.small + 10
        world = build_world(attendees=args.certificates, credits=credits)
        release_database()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start_gunicorn(env, port, workers=2)
        workers = start_task_workers(env, args.task_workers, data_dir)
        try:
            wait_until_up(base, process)
            time.sleep(1.0)  # the task workers polling, idle
            print(f"Issuing {args.certificates} certificates over HTTP ...", flush=True)
            issue = measure_issue(base, world, args.timeout)
            ids = issue.pop("ids")
            results["issue"] = issue
            results["sizes"] = measure_sizes(world.course.course_id)
            results["zip"] = measure_zip(base, world, args.zip_repeat)
            results["verify"] = measure_verify(base, ids, args.repeat)
            results["queries"] = measure_queries(world, args.small)
        finally:
            stop_task_workers(workers)
            stop(process)
        profile = args.profile or issue["all_ready_s"] > GOALS["issue_s"]
        results["render"] = measure_render(
            world.course.course_id, args.task_workers, args.certificates, profile
        )
        release_database()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    report(results)
    return 0


def report(r: Dict[str, Any]) -> None:
    issue, render, sizes, zipped = r["issue"], r["render"], r["sizes"], r["zip"]
    verify, queries, goals = r["verify"], r["queries"], r["goals"]
    n, workers = issue["issued"], r["task_workers"]
    database = "PostgreSQL" if r.get("postgres") else "SQLite"
    print(f"Certificates against the reference server (gunicorn, {database}, {workers} db_workers)")
    print(f"  issuing {n} certificates (POST {{all: true}} to every PDF ready)")
    print(f"    the request (201)                      {issue['request_s']:8.2f} s")
    first = issue["first_pdf_s"] or 0.0
    print(f"    the first PDF ready                    {first:8.2f} s")
    total = issue["all_ready_s"]
    print(
        f"    every PDF ready                        {total:8.2f} s  ({n / total:.0f} PDFs/s; "
        f"{total / render['ideal_s']:.2f} x the task here per certificate x {n} / {workers})"
    )
    task_ms = render["task_per_certificate_ms"]
    print(f"    reference: the render task here        {task_ms:8.1f} ms per certificate")
    print(f"    of which the PDF drawn                 {render['render_one_ms']:8.1f} ms")
    print(f"    goal <= {goals['issue_s']:.0f} s: {verdict(total <= goals['issue_s'])}")
    print(f"    progress (s, ready): {issue['progress'][::5]}")
    print(
        f"  size per PDF: median {sizes['pdf_median_kb']:.1f} KB, largest "
        f"{sizes['pdf_max_kb']:.1f} KB ({sizes['pdf_total_mb']:.1f} MB in all); goal <= "
        f"{goals['pdf_kb']:.0f} KB: {verdict(sizes['pdf_max_kb'] <= goals['pdf_kb'])}"
    )
    local_s = zipped["zip_local_ms"] / 1000
    print(
        f"  zip of {zipped['zip_entries']} PDFs over HTTP ({zipped['zip_mb']:.1f} MB)"
        f"        {zipped['zip_s']:8.2f} s  ({zipped['zip_s'] / local_s:.1f} x the same files "
        f"zipped here, {local_s:.2f} s)"
    )
    print(f"    goal < {goals['zip_s']:.0f} s: {verdict(zipped['zip_s'] < goals['zip_s'])}")
    root = verify["root_ms"]
    for label, key in (("verification page", "page_ms"), ("verification JSON", "json_ms")):
        value = verify[key]
        print(
            f"  {label} p50 of {r['repeat']:<4}             {value:8.1f} ms  "
            f"({value / root:.1f} x the API root, {root:.1f} ms); goal < "
            f"{goals['verify_p50_ms']:.0f} ms: {verdict(value < goals['verify_p50_ms'])}"
        )
    print(f"  SQL queries per list, {queries['small']} vs {queries['large']} certificates")
    constant = True
    for name in ("certificates", "attendees"):
        small, large = queries[name]
        constant = constant and small == large
        flag = "" if small == large else "  <- grows"
        print(f"    GET courses/{{id}}/{name + '/':<16}{small:5d}{large:6d}{flag}")
    print(f"    goal: constant: {verdict(constant)}")
    print(
        f"  SQL queries of one verification: page {queries['verify_page']}, "
        f"JSON {queries['verify_json']} (anonymous)"
    )
    if "profile" in render:
        print("  cProfile of the render task here on 50 certificates:")
        print(render["profile"])


if __name__ == "__main__":
    sys.exit(main())
