"""Benchmark of the plugin's layer refresh against the reference server, inside real QGIS.

    .venv/bin/python bench/plugin_bench.py [--courses 10000] [--centres 2000] [--repeat 5]

A fresh reference server (gunicorn, 2 workers, loopback) holds ``--courses`` courses and
``--centres`` training centres. Measured in the same run, medians of ``--repeat`` runs:

* reference: QGIS's own OGR provider opening the upcoming-course and training-centre GeoJSON
  feed URLs (``QgsVectorLayer(url, name, "ogr")``) and reading every feature;
* full refresh: the plugin's ``RefreshTask`` (fetch, GeoPackage cache, layers) from an empty
  cache, then every feature of the two point layers read back — reported as a ratio to the
  reference (goal: at most 1.5). Each run is paired with the reference run just before it
  and the ratio is the median of the paired ratios, which follows the machine's drifts
  better than a ratio of two medians;
* the longest main-thread stall while a full refresh runs, from a repeating 5 ms ``QTimer``
  (goal: under 100 ms);
* an unchanged refresh (every answer 304) as a ratio to a full one (goal: under 0.1).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchlib import REPO, bench_server

sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QElapsedTimer, QEventLoop, QTimer

GOALS = {"full_vs_ogr": 1.5, "stall_ms": 100.0, "unchanged_vs_full": 0.1}


def read_all(layer: QgsVectorLayer) -> int:
    return sum(1 for _ in layer.getFeatures())


def ogr_load(base: str) -> tuple[float, int]:
    """Seconds for OGR to open both feed URLs and read every feature; features read."""
    started = time.perf_counter()
    count = 0
    for path in ("/en/feed/upcoming-course/", "/en/feed/training-center/"):
        layer = QgsVectorLayer(base + path, "reference", "ogr")
        if not layer.isValid():
            raise RuntimeError(f"OGR could not open {base + path}")
        count += read_all(layer)
    return time.perf_counter() - started, count


class StallMeter:
    """Longest gap between ticks of a repeating main-thread timer, minus its interval."""

    INTERVAL_MS = 5

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        elapsed = self._clock.restart()
        self.longest_ms = max(self.longest_ms, float(elapsed - self.INTERVAL_MS))

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def plugin_refresh(
    base: str, workdir: str, stall: StallMeter | None = None, mode: str = "auto"
) -> tuple[float, int]:
    """Seconds for a refresh into ``workdir``'s cache plus reading the point layers back.

    ``mode`` "auto" uses API v1 (the server has it); "feeds" reads the public feeds only, the
    same URLs the OGR reference opens (as against certification.qgis.org).
    """
    from certification_plugin.core.client import CertificationClient
    from certification_plugin.layers.builder import LayerManager
    from certification_plugin.layers.cache import TRAINING_CENTRES, UPCOMING_COURSES, LayerCache
    from certification_plugin.layers.refresh import RefreshTask
    from certification_plugin.qgis_io.client_factory import build_session

    project = QgsProject.instance()
    manager = LayerManager(LayerCache(os.path.join(workdir, "cache.gpkg")), project)
    if manager.cache.has_schema():
        manager.ensure_layers()
    started = time.perf_counter()
    client = CertificationClient(base, build_session(base, cache_dir=workdir), mode=mode)
    task = RefreshTask(client, manager, base, quiet=True)
    loop = QEventLoop()
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    if stall is not None:
        stall.start()
    QgsApplication.taskManager().addTask(task)
    loop.exec()
    if stall is not None:
        stall.stop()
    if task.error is not None:
        raise RuntimeError(f"refresh failed: {task.error}")
    count = 0
    for table in (UPCOMING_COURSES, TRAINING_CENTRES):
        layer = manager.layer(table)
        if layer is None:
            raise RuntimeError(f"the refresh did not add the layer {table}")
        count += read_all(layer)
    return time.perf_counter() - started, count


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired(times: list[float], references: list[float]) -> float:
    """Median of the ratios of runs made one after the other."""
    return median([t / r for t, r in zip(times, references)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--centres", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "plugin_bench.json"
    )
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    results: dict[str, object] = {}
    try:
        with bench_server(args.courses, args.centres) as base:
            ogr_load(base)  # warm-up: server caches, first connections
            ogr_times, full_times, unchanged_times, stalls, feed_times = [], [], [], [], []
            ogr_count = plugin_count = 0
            for _ in range(args.repeat):
                seconds, ogr_count = ogr_load(base)
                ogr_times.append(seconds)
                with tempfile.TemporaryDirectory(prefix="cert-plugin-bench-") as workdir:
                    meter = StallMeter()
                    seconds, plugin_count = plugin_refresh(base, workdir, meter)
                    full_times.append(seconds)
                    stalls.append(meter.longest_ms)
                    seconds, _ = plugin_refresh(base, workdir)
                    unchanged_times.append(seconds)
                    QgsProject.instance().removeAllMapLayers()
                with tempfile.TemporaryDirectory(prefix="cert-plugin-bench-") as workdir:
                    seconds, _ = plugin_refresh(base, workdir, mode="feeds")
                    feed_times.append(seconds)
                    QgsProject.instance().removeAllMapLayers()
            results = {
                "courses_in_db": args.courses,
                "centres_in_db": args.centres,
                "features_ogr": ogr_count,
                "features_plugin": plugin_count,
                "ogr_median_s": median(ogr_times),
                "full_refresh_median_s": median(full_times),
                "unchanged_refresh_median_s": median(unchanged_times),
                "full_vs_ogr": paired(full_times, ogr_times),
                "feeds_refresh_median_s": median(feed_times),
                "feeds_vs_ogr": paired(feed_times, ogr_times),
                "unchanged_vs_full": paired(unchanged_times, full_times),
                "stall_ms_median": median(stalls),
                "stall_ms_max": max(stalls),
            }
    finally:
        QgsProject.instance().removeAllMapLayers()
        app.exitQgis()

    r = results
    print()
    print(
        f"Plugin refresh, {args.courses} courses / {args.centres} centres, "
        f"median of {args.repeat} runs (ratios: median of paired runs)"
    )
    for label, value in (
        (
            "reference: OGR opens both feed URLs",
            f"{r['ogr_median_s'] * 1000:8.0f} ms  ({r['features_ogr']} features)",
        ),
        (
            "full refresh into the layers (API v1)",
            f"{r['full_refresh_median_s'] * 1000:8.0f} ms  ({r['features_plugin']} features)",
        ),
        ("full refresh, public feeds only", f"{r['feeds_refresh_median_s'] * 1000:8.0f} ms"),
        ("unchanged refresh (all 304)", f"{r['unchanged_refresh_median_s'] * 1000:8.0f} ms"),
        ("ratio full refresh / OGR", f"{r['full_vs_ogr']:8.2f}   goal <= {GOALS['full_vs_ogr']}"),
        ("ratio feeds-only refresh / OGR", f"{r['feeds_vs_ogr']:8.2f}"),
        (
            "ratio unchanged / full refresh",
            f"{r['unchanged_vs_full']:8.3f}   goal < {GOALS['unchanged_vs_full']}",
        ),
        (
            "longest main-thread stall",
            f"{r['stall_ms_median']:8.1f} ms median, "
            f"{r['stall_ms_max']:.1f} ms worst   goal < {GOALS['stall_ms']:.0f} ms",
        ),
    ):
        print(f"  {label:<40}{value}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
