"""Headless demo: load the certification layers from a server and render them to a PNG.

Runs the plugin's own refresh (the same task, cache and styles QGIS uses) against ``--server``,
draws the three layers over QGIS's world map and prints the feature counts.

    .venv/bin/python scripts/demo_render.py --server http://127.0.0.1:8000 --out demo/map.png
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEventLoop, QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def world_countries() -> QgsVectorLayer:
    path = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
    layer = QgsVectorLayer(f"{path}|layername=countries", "World", "ogr")
    symbol = QgsFillSymbol.createSimple(
        {"color": "#f2efe9", "outline_color": "#b8b2a7", "outline_width": "0.2"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def run_refresh(server: str, workdir: str):
    from certification_plugin.layers.builder import LayerManager
    from certification_plugin.layers.cache import LayerCache
    from certification_plugin.layers.refresh import RefreshTask
    from certification_plugin.qgis_io.client_factory import client_for

    cache = LayerCache(os.path.join(workdir, "cache.gpkg"))
    manager = LayerManager(cache, QgsProject.instance())
    task = RefreshTask(client_for(server, cache_dir=workdir), manager, server, quiet=True)
    loop = QEventLoop()
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    QgsApplication.taskManager().addTask(task)
    loop.exec()
    if task.error is not None:
        raise SystemExit(f"Loading the layers failed: {task.error}")
    return manager


def render(layers: list, out: Path) -> None:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setBackgroundColor(QColor("#cfe3f2"))
    settings.setOutputSize(QSize(1800, 950))
    settings.setExtent(QgsRectangle(-170, -58, 180, 80))
    settings.setDestinationCrs(layers[-1].crs())
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not job.renderedImage().save(str(out), "PNG"):
        raise SystemExit(f"Could not write {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default=str(REPO / "demo" / "map.png"))
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    try:
        with tempfile.TemporaryDirectory(prefix="certification-demo-") as workdir:
            manager = run_refresh(args.server, workdir)
            manager.ensure_layers()
            from certification_plugin.layers.cache import (
                CERTIFIED_ORGANISATIONS,
                TRAINING_CENTRES,
                UPCOMING_COURSES,
            )

            ordered = [
                manager.layer(t)
                for t in (UPCOMING_COURSES, TRAINING_CENTRES, CERTIFIED_ORGANISATIONS)
            ]
            present = [layer for layer in ordered if layer is not None]
            world = world_countries()
            render([*present, world], Path(args.out))
            for layer in present:
                print(f"{layer.name()}: {layer.featureCount()} features")
            print(f"Map written to {args.out}")
            QgsProject.instance().removeAllMapLayers()
            del manager, ordered, present, world
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
