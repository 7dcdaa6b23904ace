"""Render the plugin's map tip as QGIS shows it, over the map, to a PNG, in one language.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_maptips.py \
        --language zh_TW --out docs/images/maptip-zh.png

A cache is written from a small catalogue and the layers are added to an empty project as the
plugin adds them (with the country background). A map canvas shows them, QGIS's own map tip
(``QgsMapTip``, QtWebKit) is opened on a training centre as if the mouse rested on it, and
the canvas around the tip is saved.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QEventLoop, QPoint, QRect, QTimer  # noqa: E402

CANVAS = (1100, 800)
EXTENT = QgsRectangle(18, 35, 40, 46.5)


def catalogue():
    from certification_plugin.core.models import Course, TrainingCentre

    start = date.today() + timedelta(days=20)
    centre = TrainingCentre(
        name="Centrul de formare GIS București \u2013 Universitatea de Științe Agronomice",
        organisation_name="Geo Academy România",
        location=(26.1025, 44.4268),
        id=12,
        email="cursuri@geo-academy.example.ro",
        url="https://geo-academy.example.ro/bucuresti/cursuri-qgis-pentru-incepatori",
        address="Bulevardul Mărăști nr. 59, Corpul B, etajul 2, sala 214\nSector 1, 011464",
        phone="+40 21 318 22 66",
        country_code="RO",
    )
    names = [
        "QGIS Desktop Fundamentals",
        "Analiză spațială cu QGIS și PostGIS",
        "QGIS for Water Management",
        "Cartografie și compoziții de hartă",
        "Python scripting for QGIS",
        "QGIS Server and web maps",
        "Processing models",
    ]
    courses = [
        Course(
            name=name,
            start_date=start + timedelta(days=14 * i),
            end_date=start + timedelta(days=14 * i + 2),
            course_type_name="QGIS Desktop",
            course_convener_name="Prof. Ana Popescu, PhD",
            training_centre_name=centre.name,
            training_centre_id=12,
            organisation_name=centre.organisation_name,
            language="ro",
            country_code="RO",
            trained_competence="Spatial analysis",
            location=centre.location,
            id=300 + i,
        )
        for i, name in enumerate(names)
    ]
    return [centre], courses


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="en, ro, sv or zh_TW")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    app = QgsApplication([], True)
    app.initQgis()
    from qgis.gui import QgsMapCanvas, QgsMapTip

    from certification_plugin.layers.background import find_background
    from certification_plugin.layers.builder import LayerManager
    from certification_plugin.layers.cache import TRAINING_CENTRES, LayerCache
    from certification_plugin.qgis_io.translation import install_translator, remove_translator

    translator = install_translator(args.language) if args.language != "en" else None
    try:
        with tempfile.TemporaryDirectory(prefix="maptips-") as workdir:
            cache = LayerCache(os.path.join(workdir, "cache.gpkg"))
            centres, courses = catalogue()
            server = "https://certification.qgis.org"

            def page(_name: str, _slug: object) -> str:
                return server + "/en/certifyingorganisation/geo-academy-romania/"

            with cache.batch() as batch:
                batch.write_training_centres(centres, server, [server], page=page, courses=courses)
                batch.write_courses(courses, server, [server], page=page)
            project = QgsProject.instance()
            manager = LayerManager(cache, project)
            manager.ensure_layers()
            layer = manager.layer(TRAINING_CENTRES)
            canvas = QgsMapCanvas()
            canvas.resize(*CANVAS)
            canvas.show()
            canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
            canvas.setLayers([layer, find_background(project)])
            canvas.setExtent(EXTENT)
            canvas.refresh()
            wait(1500)
            point = QgsPointXY(*centres[0].location)
            pixel = canvas.getCoordinateTransform().transform(point)
            at = QPoint(int(pixel.x()), int(pixel.y()))
            tip = QgsMapTip()
            tip.showMapTip(layer, point, at, canvas)
            wait(2500)
            image = canvas.grab()
            box = QRect(at.x() - 60, at.y() - 50, 520, 480).intersected(canvas.rect())
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not image.copy(box).save(str(out), "PNG"):
                raise SystemExit(f"Could not write {out}")
            print(f"{out}: map tip of {layer.name()!r}")
            tip.clear()
            canvas.close()
            project.removeAllMapLayers()
            del manager, canvas, tip
    finally:
        remove_translator(translator)
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
