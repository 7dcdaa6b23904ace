"""Benchmark of a large streamed upload: ``qgis_io.uploads.upload_files`` against ``requests``.

    .venv/bin/python bench/uploads_bench.py [--size-mb 100] [--repeat 5]

A ``--size-mb`` file (sparse: it reads as zeros) is POSTed as ``multipart/form-data`` to a
loopback receiver that reads and discards the body (``tests/plugin/upload_receiver.py``,
``/upload/sink``, in a subprocess, so it shares neither the GIL nor the memory of the
uploader): the clients' own limits, without a server's work. ``materials_bench.py`` measures
the same two clients against the reference server's materials endpoint.

* plugin: ``upload_files`` inside a ``FunctionTask`` on QGIS's task manager, while a 10 ms
  ``QTimer`` on the main thread records the longest gap between its ticks (the stall a user
  would feel);
* reference: ``requests.post(data=stream)`` with a hand-built multipart stream (an iterable
  with ``__len__``, so ``requests`` sends a ``Content-Length`` and reads the file in 1 MB
  chunks). ``requests_toolbelt``'s ``MultipartEncoder`` would do the same but is not installed;
  ``requests`` with a file object in ``files=`` would read the whole file into memory.

Median of ``--repeat`` runs each, first with the receiver reading as fast as it can, then
reading at ``--uplink-mb-s`` (default 40 MB/s, a fast office uplink). Goals: throughput ratio
plugin/requests >= 0.8, longest main-thread stall < 50 ms. On unlimited loopback Qt 5's HTTP
stack is the limit (it hands upload data from the reply's thread to its HTTP thread in small
chunks, a round trip each: about 550 MB/s here, against requests' 1 MB writes); at a real
uplink's speed both are limited by the link.
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
from pathlib import Path
from typing import Any, Dict

from benchlib import REPO, MultipartStream, run_task_with_ticker

sys.path.insert(0, str(REPO))

from qgis.core import QgsApplication

RATIO_GOAL = 0.8
STALL_GOAL_MS = 50.0
MB = 1 << 20


def start_receiver() -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.plugin.upload_receiver"],
        cwd=str(REPO),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, int(process.stdout.readline())


def upload_with_requests(url: str, path: str) -> float:
    import requests

    stream = MultipartStream(path, field="material")
    started = time.perf_counter()
    answer = requests.post(
        url, data=stream, headers={"Content-Type": stream.content_type}, timeout=120
    )
    elapsed = time.perf_counter() - started
    answer.raise_for_status()
    if answer.json()["received"] != len(stream):
        raise RuntimeError("requests: the receiver did not get the whole body")
    return elapsed


def upload_with_plugin(url: str, path: str, size: int) -> Dict[str, float]:
    """One upload in a QgsTask; its time and the longest gap between main-thread ticks."""
    from certification_plugin.core.http import decode_json
    from certification_plugin.qgis_io.tasks import TaskContext
    from certification_plugin.qgis_io.uploads import upload_files

    def work(context: TaskContext) -> Any:
        return upload_files(
            url,
            {},
            [("material", path)],
            user_agent="uploads-bench",
            is_cancelled=context.is_cancelled,
            progress=context.progress,
            timeout_s=60,
        )

    response, timing = run_task_with_ticker("upload bench", work, 10)
    if decode_json(response)["received"] < size:
        raise RuntimeError("plugin: the receiver did not get the whole body")
    return timing


def measure(url: str, path: str, size: int, repeat: int) -> Dict[str, float]:
    """Medians of ``repeat`` uploads each way, after one warm-up each."""
    upload_with_plugin(url, path, size)  # warm-up: imports, the thread's network manager
    upload_with_requests(url, path)
    plugin_runs = [upload_with_plugin(url, path, size) for _ in range(repeat)]
    requests_runs = [upload_with_requests(url, path) for _ in range(repeat)]
    plugin_s = statistics.median(run["seconds"] for run in plugin_runs)
    requests_s = statistics.median(requests_runs)
    mb = size / MB
    return {
        "plugin_median_s": plugin_s,
        "plugin_mb_per_s": mb / plugin_s,
        "requests_median_s": requests_s,
        "requests_mb_per_s": mb / requests_s,
        "ratio_plugin_requests": requests_s / plugin_s,
        "longest_main_thread_stall_ms": max(run["stall_ms"] for run in plugin_runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--uplink-mb-s",
        type=float,
        default=40.0,
        help="second measurement with the receiver reading at this rate (0: skip)",
    )
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "uploads_bench.json"
    )
    args = parser.parse_args()
    size = args.size_mb * MB

    app = QgsApplication([], False)
    app.initQgis()
    process, port = start_receiver()
    base = f"http://127.0.0.1:{port}/upload/sink"
    runs: Dict[str, Dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="uploads-bench-") as folder:
            path = os.path.join(folder, "material.bin")
            with open(path, "wb") as handle:
                handle.truncate(size)
            runs["loopback"] = measure(base, path, size, args.repeat)
            if args.uplink_mb_s > 0:
                limited = f"{base}?rate={args.uplink_mb_s:g}"
                runs[f"uplink_{args.uplink_mb_s:g}_mb_s"] = measure(
                    limited, path, size, args.repeat
                )
    finally:
        process.terminate()
        process.wait(10)
        app.exitQgis()

    loopback = runs["loopback"]
    ratio = loopback["ratio_plugin_requests"]
    stall = max(run["longest_main_thread_stall_ms"] for run in runs.values())
    results: Dict[str, Any] = {
        "size_mb": args.size_mb,
        "repeat": args.repeat,
        "requests_streaming": "hand-built multipart stream (requests_toolbelt not installed)",
        "ratio_goal": RATIO_GOAL,
        "stall_goal_ms": STALL_GOAL_MS,
        **runs,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"Upload of {args.size_mb} MB (multipart, one file), median of {args.repeat} runs")
    for name, run in runs.items():
        label = "loopback, unlimited" if name == "loopback" else f"{args.uplink_mb_s:g} MB/s"
        print(f"  receiver reading at: {label}")
        print(
            f"    plugin (upload_files in a QgsTask): {run['plugin_mb_per_s']:8.1f} MB/s "
            f"({run['plugin_median_s']:.2f} s)"
        )
        print(
            f"    requests (streamed multipart):      {run['requests_mb_per_s']:8.1f} MB/s "
            f"({run['requests_median_s']:.2f} s)"
        )
        print(f"    ratio plugin/requests: {run['ratio_plugin_requests']:.2f}")
        print(f"    longest main-thread stall: {run['longest_main_thread_stall_ms']:.1f} ms")
    met_ratio = "met" if ratio >= RATIO_GOAL else "MISSED"
    met_stall = "met" if stall < STALL_GOAL_MS else "MISSED"
    print(f"  goal: loopback ratio >= {RATIO_GOAL}: {ratio:.2f}, {met_ratio}")
    print(f"  goal: main-thread stall < {STALL_GOAL_MS:.0f} ms: {stall:.1f} ms, {met_stall}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
