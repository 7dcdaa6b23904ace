"""Benchmark of uploading training material to the reference server: plugin vs ``requests``.

    .venv/bin/python bench/materials_bench.py [--size-mb 100] [--repeat 5]

A fresh reference server (gunicorn as ``make serve`` runs it, on a new SQLite database in a
temporary folder) gets an applicant with a draft application; a ``--size-mb`` synthetic PDF
(a ``%PDF-`` header, then zeros: the server's content check accepts it) is POSTed to
``/api/v1/applications/{id}/materials/`` as ``multipart/form-data`` with the ``course``,
``part`` and ``checks`` fields, alternately

* by the plugin: ``qgis_io.uploads.upload_files`` inside a ``FunctionTask`` on QGIS's task
  manager (QGIS's network access manager, the file streamed from a ``QFile``), while a 5 ms
  ``QTimer`` on the main thread records the longest gap between its ticks: the longest stall
  a user would feel during the upload;
* by ``requests`` with a streamed multipart body of the same fields and file (an iterable
  with ``__len__``: a ``Content-Length`` and 1 MB reads).

The server stores every upload (temporary file, SHA-256, content check, storage) and answers
201; the material is deleted after each run so the per-application limit is never reached,
and the file's first bytes change before each run, so the server's de-duplication (same
SHA-256 for the same course and part) never shortcuts an upload. Medians of ``--repeat``
runs each after a warm-up each; the ratio is requests' median time over the plugin's (goal
>= 0.8), the stall goal < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Mapping

from benchlib import (
    REPO,
    SERVER,
    MultipartStream,
    free_port,
    run_manage,
    run_task_with_ticker,
    server_env,
    start_gunicorn,
    stop,
    wait_until_up,
)

sys.path.insert(0, str(REPO))

from qgis.core import QgsApplication

RATIO_GOAL = 0.8
STALL_GOAL_MS = 50.0
TICK_MS = 5
MB = 1 << 20
FIELDS = {"course": "c1", "part": "lectures"}
FILENAME = "lecture-1.pdf"
CONTENT_TYPE = "application/pdf"
CREATE_USER = (
    "from django.contrib.auth import get_user_model; "
    "get_user_model().objects.create_user('bench-applicant', 'bench@example.org', None)"
)


def write_material(path: str, size: int) -> None:
    """A sparse synthetic PDF of ``size`` bytes whose first line is new on every call."""
    with open(path, "r+b" if os.path.exists(path) else "wb") as handle:
        handle.truncate(size)
        handle.seek(0)
        handle.write(f"%PDF-1.7\n%{uuid.uuid4().hex}\n".encode())


class Applicant:
    """The bench's applicant on the server: a token, a draft application with course c1."""

    def __init__(self, base: str, token: str) -> None:
        import requests

        self.base = base
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"
        created = self.session.post(
            f"{base}/api/v1/applications/",
            json={"details": {"name": "Bench Geo Academy", "country": "RO"}},
            timeout=30,
        )
        created.raise_for_status()
        self.application = created.json()
        course = {
            "key": "c1",
            "title": "QGIS in a week",
            "course_type": "basic",
            "licence": "CC-BY-4.0",
            "qgis_version": "3.34",
        }
        patched = self.session.patch(self.url, json={"courses": [course]}, timeout=30)
        if patched.status_code >= 400:
            raise RuntimeError(f"PATCH courses: {patched.status_code} {patched.text[:500]}")

    @property
    def url(self) -> str:
        return f"{self.base}/api/v1/applications/{self.application['id']}/"

    @property
    def materials_url(self) -> str:
        return self.url + "materials/"

    def delete(self, material_id: int) -> None:
        answer = self.session.delete(f"{self.materials_url}{material_id}/", timeout=60)
        if answer.status_code != 204:
            raise RuntimeError(f"DELETE material: {answer.status_code} {answer.text[:300]}")


def _created(status: int, body: Dict[str, Any], size: int, who: str) -> int:
    if status != 201 or body.get("size") != size:
        raise RuntimeError(f"{who}: the server answered {status}: {json.dumps(body)[:300]}")
    return int(body["id"])


def upload_with_requests(applicant: Applicant, path: str, fields: Mapping[str, str]) -> float:
    stream = MultipartStream(path, fields, filename=FILENAME, content_type=CONTENT_TYPE)
    started = time.perf_counter()
    answer = applicant.session.post(
        applicant.materials_url,
        data=stream,
        headers={"Content-Type": stream.content_type},
        timeout=300,
    )
    elapsed = time.perf_counter() - started
    applicant.delete(_created(answer.status_code, answer.json(), os.path.getsize(path), "requests"))
    return elapsed


def upload_with_plugin(
    applicant: Applicant, path: str, fields: Mapping[str, str], token: str
) -> Dict[str, float]:
    """One upload in a QgsTask; its time and the longest gap between main-thread ticks."""
    from certification_plugin.core.http import decode_json
    from certification_plugin.qgis_io.tasks import TaskContext
    from certification_plugin.qgis_io.uploads import UploadFile, upload_files

    def work(context: TaskContext) -> Any:
        return upload_files(
            applicant.materials_url,
            fields,
            [UploadFile("file", path, FILENAME, CONTENT_TYPE)],
            headers={"Authorization": f"Token {token}"},
            user_agent="materials-bench",
            is_cancelled=context.is_cancelled,
            progress=context.progress,
            timeout_s=120,
        )

    response, timing = run_task_with_ticker("materials bench", work, TICK_MS)
    body = decode_json(response)
    applicant.delete(_created(response.status, body, os.path.getsize(path), "plugin"))
    return timing


def measure(applicant: Applicant, path: str, size: int, repeat: int, token: str) -> Dict[str, Any]:
    """Medians of ``repeat`` uploads each way, alternating, after one warm-up each."""
    checks = json.dumps({"kind": "document", "ok": True, "summary": "bench", "messages": []})
    fields = {**FIELDS, "checks": checks}
    write_material(path, size)
    upload_with_plugin(applicant, path, fields, token)  # warm-up: the thread's manager
    write_material(path, size)
    upload_with_requests(applicant, path, fields)
    plugin_runs: List[Dict[str, float]] = []
    requests_runs: List[float] = []
    for _ in range(repeat):
        write_material(path, size)
        plugin_runs.append(upload_with_plugin(applicant, path, fields, token))
        write_material(path, size)
        requests_runs.append(upload_with_requests(applicant, path, fields))
    plugin_s = statistics.median(run["seconds"] for run in plugin_runs)
    requests_s = statistics.median(requests_runs)
    mb = size / MB
    return {
        "plugin_median_s": plugin_s,
        "plugin_mb_per_s": mb / plugin_s,
        "plugin_runs_s": [run["seconds"] for run in plugin_runs],
        "requests_median_s": requests_s,
        "requests_mb_per_s": mb / requests_s,
        "requests_runs_s": requests_runs,
        "ratio_plugin_requests": requests_s / plugin_s,
        "main_thread_stall_median_ms": statistics.median(run["stall_ms"] for run in plugin_runs),
        "main_thread_stall_max_ms": max(run["stall_ms"] for run in plugin_runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "materials_bench.json"
    )
    args = parser.parse_args()
    size = args.size_mb * MB

    app = QgsApplication([], False)
    app.initQgis()
    try:
        with tempfile.TemporaryDirectory(prefix="materials-bench-") as data_dir:
            env = server_env(data_dir)
            print(f"Preparing a fresh reference server in {data_dir} ...", flush=True)
            run_manage(env, "migrate", "--noinput", "-v", "0")
            run_manage(env, "shell", "-c", CREATE_USER)
            token = _token(env)
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            process = start_gunicorn(env, port, workers=2)
            try:
                wait_until_up(base, process)
                applicant = Applicant(base, token)
                path = os.path.join(data_dir, "material.pdf")
                run = measure(applicant, path, size, args.repeat, token)
            finally:
                stop(process)
    finally:
        app.exitQgis()

    results: Dict[str, Any] = {
        "size_mb": args.size_mb,
        "repeat": args.repeat,
        "endpoint": "POST /api/v1/applications/{id}/materials/ (gunicorn, SQLite, loopback)",
        "tick_ms": TICK_MS,
        "ratio_goal": RATIO_GOAL,
        "stall_goal_ms": STALL_GOAL_MS,
        **run,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    ratio = run["ratio_plugin_requests"]
    stall = run["main_thread_stall_median_ms"]
    print(f"Material upload of {args.size_mb} MB to the reference server, median of {args.repeat}")
    print(
        f"  plugin (upload_files in a QgsTask): {run['plugin_mb_per_s']:8.1f} MB/s "
        f"({run['plugin_median_s']:.2f} s)"
    )
    print(
        f"  requests (streamed multipart):      {run['requests_mb_per_s']:8.1f} MB/s "
        f"({run['requests_median_s']:.2f} s)"
    )
    print(
        f"  goal: ratio plugin/requests >= {RATIO_GOAL}: {ratio:.2f}, "
        f"{'met' if ratio >= RATIO_GOAL else 'MISSED'}"
    )
    print(
        f"  goal: longest main-thread stall < {STALL_GOAL_MS:.0f} ms: median {stall:.1f} ms "
        f"(worst run {run['main_thread_stall_max_ms']:.1f} ms), "
        f"{'met' if stall < STALL_GOAL_MS else 'MISSED'}"
    )
    return 0


def _token(env: Dict[str, str]) -> str:
    """A token of the bench's applicant (``create_api_token`` prints its key last)."""
    done = subprocess.run(
        [sys.executable, "manage.py", "create_api_token", "bench-applicant", "--name", "bench"],
        env=env,
        cwd=SERVER,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


if __name__ == "__main__":
    sys.exit(main())
