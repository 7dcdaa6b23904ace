"""Benchmark of saving a form draft, the work an autosave does on QGIS's main thread.

    .venv/bin/python bench/drafts_bench.py [--size-kb 300] [--repeat 50]

A draft of about ``--size-kb`` KB of JSON (an application with many courses: nested objects,
lists and non-ASCII text) is saved ``--repeat`` times through ``DraftStore.save`` (JSON
encoding and an atomic ``QSaveFile`` write to a temporary folder), through the autosave's
timer path (asking the form for its data and encoding it on the main thread; the file is
written by the autosaver's writer thread, timed apart) and through ``DraftAutosaver.flush``
(everything on the calling thread, as when the dock closes). Goal: the autosave's median on the
main thread under 10 ms, so an autosave is never a visible stall. Loading is
timed too, for information, and a reference in the same run (``json.dumps`` of the same draft
and a plain, non-atomic write): on a busy machine the absolute times grow, the ratio less.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

from benchlib import REPO

sys.path.insert(0, str(REPO))

from qgis.core import QgsApplication

GOAL_MS = 10.0


def sample_draft(size_kb: int) -> Dict[str, Any]:
    """An application-like draft of about ``size_kb`` KB once encoded."""
    course = {
        "title": "Introducere în QGIS — analiză spațială",
        "languages": ["ro", "sv", "zh-hant"],
        "hours": 16,
        "syllabus": [
            {"day": day, "topic": f"Modul {day}: straturi, stiluri, Processing 處理工具 ✓"}
            for day in range(1, 6)
        ],
        "description": "Kursen går igenom QGIS från grunden, med övningar på riktiga data. " * 6,
    }
    draft: Dict[str, Any] = {"organisation": {"name": "Ĝeo Ŝtudio AB", "country": "SE"}}
    courses: List[Dict[str, Any]] = []
    while (
        len(
            json.dumps(
                {**draft, "courses": courses}, ensure_ascii=False, separators=(",", ":")
            ).encode()
        )
        < size_kb * 1024
    ):
        courses.append({**course, "number": len(courses)})
    draft["courses"] = courses
    return draft


def samples_ms(fn: Callable[[], Any], repeat: int) -> List[float]:
    fn()  # warm up: the folder exists, the code paths are loaded
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000.0)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "drafts_bench.json"
    )
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from certification_plugin.qgis_io.drafts import DraftAutosaver, DraftStore

        draft = sample_draft(args.size_kb)
        with tempfile.TemporaryDirectory(prefix="drafts-bench-") as folder:
            store = DraftStore(folder)
            save = samples_ms(lambda: store.save("application", "bench", draft), args.repeat)
            size = Path(store.path("application", "bench")).stat().st_size
            saver = DraftAutosaver(store, "application", "bench")
            saved: List[str] = []
            saver.saved.connect(saved.append)

            def flush() -> None:
                saver.touch(lambda: draft)
                saver.flush()

            autosave = samples_ms(flush, args.repeat)
            if len(saved) != args.repeat + 1:
                raise RuntimeError(f"{len(saved)} saves for {args.repeat + 1} flushes")

            def background() -> None:
                saver.touch(lambda: draft)
                saver._save_pending()  # what the timer runs: main-thread part only

            def settle() -> None:
                deadline = time.monotonic() + 10
                while saver.pending and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.001)

            background_ms: List[float] = []
            for _ in range(args.repeat + 1):
                start = time.perf_counter()
                background()
                background_ms.append((time.perf_counter() - start) * 1000.0)
                settle()
            background_ms = background_ms[1:]  # the first starts the writer thread
            load = samples_ms(lambda: store.load("application", "bench"), args.repeat)
            plain = Path(folder) / "plain.json"

            def reference() -> None:
                encoded = json.dumps(draft, ensure_ascii=False, separators=(",", ":")).encode()
                plain.write_bytes(encoded)

            plain_write = samples_ms(reference, args.repeat)
    finally:
        app.exitQgis()

    results = {
        "draft_bytes": size,
        "repeat": args.repeat,
        "save_median_ms": statistics.median(save),
        "save_max_ms": max(save),
        "autosave_main_thread_median_ms": statistics.median(background_ms),
        "autosave_main_thread_max_ms": max(background_ms),
        "autosave_flush_median_ms": statistics.median(autosave),
        "autosave_flush_max_ms": max(autosave),
        "load_median_ms": statistics.median(load),
        "reference_median_ms": statistics.median(plain_write),
        "goal_ms": GOAL_MS,
    }
    results["save_ratio_to_reference"] = results["save_median_ms"] / results["reference_median_ms"]
    met = results["autosave_main_thread_median_ms"] < GOAL_MS
    print()
    print(f"Draft save, {size / 1024:.0f} KB of JSON, median of {args.repeat} runs")
    for label, value in (
        (
            "DraftStore.save (encode + QSaveFile)",
            f"{results['save_median_ms']:7.2f} ms  (worst {results['save_max_ms']:.2f} ms)",
        ),
        (
            "autosave on the main thread (provider, encode)",
            f"{results['autosave_main_thread_median_ms']:7.2f} ms  "
            f"(worst {results['autosave_main_thread_max_ms']:.2f} ms)",
        ),
        (
            "DraftAutosaver.flush, on close (all of it)",
            f"{results['autosave_flush_median_ms']:7.2f} ms  "
            f"(worst {results['autosave_flush_max_ms']:.2f} ms)",
        ),
        ("DraftStore.load (for information)", f"{results['load_median_ms']:7.2f} ms"),
        (
            "reference: json.dumps + plain write",
            f"{results['reference_median_ms']:7.2f} ms  (save is "
            f"{results['save_ratio_to_reference']:.2f}x)",
        ),
        (
            "goal: autosave median on the main thread",
            f"< {GOAL_MS:.0f} ms: {'met' if met else 'MISSED'}",
        ),
    ):
        print(f"  {label:<50}{value}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
