"""Render the material checks view (what QGIS found in the training material) to a PNG.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_material_checks.py \
        --language zh_TW --out docs/screenshots/material-checks-zh.png

Sample material is written to a temporary folder (a GeoPackage, a GeoTIFF, a CSV, a QGIS
project with two of its five layers missing, a damaged zip, a PDF), checked with
``check_material`` as the Apply dock does, and the view showing the results is grabbed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from render_session import qgis_in_language, render_arguments, save_grab

SIZE = (900, 430)


def _points(name: str, count: int):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3844&field=n:integer", name, "memory")
    features = []
    for index in range(count):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({500000 + index} {400000 + index})"))
        feature.setAttributes([index])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _write_vector(layer, path: Path, driver: str, layer_name: str = "") -> None:
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    if layer_name:
        options.layerName = layer_name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if path.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )


def sample_material(folder: Path) -> list:
    from osgeo import gdal, osr
    from qgis.core import QgsProject, QgsVectorLayer

    gpkg = folder / "course-data.gpkg"
    for name, count in (("towns", 12), ("rivers", 5), ("parks", 8)):
        _write_vector(_points(name, count), gpkg, "GPKG", name)
    tif = folder / "dem-cluj.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(tif), 1200, 800, 1)
    dataset.SetGeoTransform([390000, 25, 0, 600000, 0, -25])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3844)
    dataset.SetProjection(srs.ExportToWkt())
    del dataset
    csv = folder / "stations.csv"
    csv.write_text("id,name\n1,Cluj-Napoca\n2,Iași\n3,Umeå\n", encoding="utf-8")
    project = QgsProject()
    doomed = []
    for name in ("Towns", "Rivers", "Parks", "Roads", "Lakes"):
        path = folder / f"{name.lower()}.geojson"
        _write_vector(_points(name, 3), path, "GeoJSON")
        project.addMapLayer(QgsVectorLayer(str(path), name, "ogr"))
        if name in ("Roads", "Lakes"):
            doomed.append(path)
    qgz = folder / "exercise-1.qgz"
    project.write(str(qgz))
    project.clear()
    for path in doomed:
        path.unlink()
    broken = folder / "old-exercises.zip"
    broken.write_bytes(qgz.read_bytes()[:300])
    pdf = folder / "lecture-1.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    return [gpkg, qgz, tif, csv, broken, pdf]


def main() -> int:
    args = render_arguments(__doc__)
    with qgis_in_language(args.language) as app:
        from certification_plugin.gui.applications.check_results import CheckResultsView
        from certification_plugin.qgis_io.material_checks import check_material

        with tempfile.TemporaryDirectory() as folder:
            paths = sample_material(Path(folder))
            results = {str(path): check_material(str(path)) for path in paths}
            view = CheckResultsView()
            view.resize(*SIZE)
            view.show_results(results)
            top = view.tree.topLevelItem(0)
            top.setExpanded(True)  # the GeoPackage's layers
            top.child(top.childCount() - 1).setExpanded(True)
            view.show()
            for _ in range(20):
                app.processEvents()
            save_grab(view, args.out)
            view.close()
            del view
    return 0


if __name__ == "__main__":
    sys.exit(main())
