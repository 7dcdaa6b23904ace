"""Render the plugin's map tips to PNG files, as QGIS shows them, in one language.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_maptips.py \
        --language zh_TW --out docs/images/maptip-zh.png

A cache is written from a small catalogue, the layers are added to a project as the plugin
adds them, the training centre's map tip template is evaluated for its feature and the HTML
is laid out by QtWebKit (the engine QGIS's map tips use) inside QGIS's map tip frame, 360 px
wide. The course tip is drawn next to it.
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
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage, QPainter  # noqa: E402

WIDTH = 360
# QgsMapTip's frame (QGIS 3.3x): the application font, a border, 5 px inside.
FRAME = """<html><head><meta charset="utf-8"><style>
body {{ margin: 0; font: {size}pt "{family}"; color: #000000; width: {width}px; }}
#QgsWebViewContainer {{ background-color: #ffffff; border: 1px solid #767676;
  display: inline-block; margin: 0 }}
#QgsWebViewContainerInner {{ margin: 5px }}
</style></head><body><div id='QgsWebViewContainer'><div id='QgsWebViewContainerInner'>
{tip}
</div></div></body></html>"""


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


def evaluate(layer, feature) -> str:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def render_html(html: str) -> QImage:
    from qgis.PyQt.QtWebKitWidgets import QWebPage

    page = QWebPage()
    page.setViewportSize(QSize(WIDTH + 40, 200))
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(loop.quit)
    page.mainFrame().setHtml(html)
    QTimer.singleShot(10000, loop.quit)
    loop.exec()
    container = page.mainFrame().findFirstElement("#QgsWebViewContainer").geometry()
    page.setViewportSize(QSize(WIDTH + 40, container.height() + 10))
    image = QImage(container.width(), container.height(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    page.mainFrame().render(painter)
    painter.end()
    return image


def side_by_side(images) -> QImage:
    gap = 16
    width = sum(image.width() for image in images) + gap * (len(images) + 1)
    height = max(image.height() for image in images) + 2 * gap
    canvas = QImage(width, height, QImage.Format.Format_ARGB32)
    canvas.fill(QColor("#e8eef1"))
    painter = QPainter(canvas)
    x = gap
    for image in images:
        painter.drawImage(x, gap, image)
        x += image.width() + gap
    painter.end()
    return canvas


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="en, ro, sv or zh_TW")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    app = QgsApplication([], True)
    app.initQgis()
    from qgis.PyQt.QtWidgets import QApplication

    from certification_plugin.layers.builder import LayerManager
    from certification_plugin.layers.cache import TRAINING_CENTRES, UPCOMING_COURSES, LayerCache
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
            font = QApplication.font()
            images = []
            for table in (TRAINING_CENTRES, UPCOMING_COURSES):
                layer = manager.layer(table)
                feature = next(layer.getFeatures())
                tip = evaluate(layer, feature)
                html = FRAME.format(
                    size=font.pointSize(), family=font.family(), width=WIDTH, tip=tip
                )
                images.append(render_html(html))
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not side_by_side(images).save(str(out), "PNG"):
                raise SystemExit(f"Could not write {out}")
            print(f"{out}: {[image.width() for image in images]} px wide tips")
            project.removeAllMapLayers()
            del manager
    finally:
        remove_translator(translator)
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
