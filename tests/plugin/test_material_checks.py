"""qgis_io.material_checks and the results view, on real files written here with QGIS and GDAL.

The checks run in real QgsTasks through the task runner (as the Apply dock runs them); the
files are made by QgsVectorFileWriter, GDAL and QgsProject, and broken on purpose.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any, Dict, List

import pytest
from osgeo import gdal, osr
from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from certification_plugin.core.errors import CancelledError
from certification_plugin.gui.applications.check_results import (
    CODE_ROLE,
    LEVEL_ROLE,
    CheckResultsView,
    summary_text,
)
from certification_plugin.qgis_io.material_checks import check_material, check_materials_task
from certification_plugin.qgis_io.tasks import TaskRunner

GEOJSON = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"n": n},
                "geometry": {"type": "Point", "coordinates": [n, n]},
            }
            for n in (1, 2)
        ],
    }
)


def _memory_layer(name: str, points: int) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:3844&field=n:integer", name, "memory")
    features = []
    for index in range(points):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({index} {index})"))
        feature.setAttributes([index])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_geopackage(path: Path, layers: Dict[str, int]) -> Path:
    """A GeoPackage with one point layer per entry (name -> number of points)."""
    for name, points in layers.items():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if path.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            _memory_layer(name, points), str(path), QgsCoordinateTransformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return path


def write_shapefile(folder: Path, name: str) -> Path:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    path = folder / f"{name}.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        _memory_layer(name, 4), str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return path


def write_geotiff(path: Path, width: int = 20, height: int = 10, bands: int = 3) -> Path:
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, bands)
    dataset.SetGeoTransform([500000, 10, 0, 5000000, 0, -10])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32634)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.FlushCache()
    del dataset
    return path


def write_project(folder: Path, filename: str) -> Path:
    """A project (saved by QgsProject, relative paths) with one good and one missing layer."""
    good = folder / "roads.geojson"
    good.write_text(GEOJSON, encoding="utf-8")
    doomed = folder / f"gone-{filename}.geojson"
    doomed.write_text(GEOJSON, encoding="utf-8")
    project = QgsProject()
    layers = [
        QgsVectorLayer(str(good), "Roads", "ogr"),
        QgsVectorLayer(str(doomed), "Rivers", "ogr"),
    ]
    assert all(layer.isValid() for layer in layers)
    project.addMapLayers(layers)
    path = folder / filename
    assert project.write(str(path))
    project.clear()
    doomed.unlink()
    return path


@pytest.fixture
def materials(tmp_path: Path) -> Dict[str, Path]:
    """Every kind of file the checks know, good and broken."""
    files: Dict[str, Path] = {}
    files["gpkg"] = write_geopackage(
        tmp_path / "course.gpkg", {"towns": 3, "rivers": 2, "empty": 0}
    )
    files["geojson"] = tmp_path / "points.geojson"
    files["geojson"].write_text(GEOJSON, encoding="utf-8")
    files["csv"] = tmp_path / "table.csv"
    files["csv"].write_text("id,name\n1,Cluj\n2,Iași\n3,Umeå\n", encoding="utf-8")
    files["tif"] = write_geotiff(tmp_path / "dem.tif")
    files["qgs"] = write_project(tmp_path, "exercise.qgs")
    files["qgz"] = write_project(tmp_path, "exercise.qgz")
    files["broken_gpkg"] = tmp_path / "broken.gpkg"
    files["broken_gpkg"].write_bytes(b"%PDF-1.4 not a geopackage at all\n" * 10)
    files["truncated_gpkg"] = tmp_path / "truncated.gpkg"
    files["truncated_gpkg"].write_bytes(files["gpkg"].read_bytes()[:4096])
    files["not_xml_qgs"] = tmp_path / "notes.qgs"
    files["not_xml_qgs"].write_text("These are my notes, not a project.", encoding="utf-8")
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    write_shapefile(shapes, "parcels")
    files["shp_zip"] = tmp_path / "parcels.zip"
    with zipfile.ZipFile(files["shp_zip"], "w", zipfile.ZIP_DEFLATED) as archive:
        for sidecar in sorted(shapes.iterdir()):
            archive.write(sidecar, f"parcels/{sidecar.name}")
    files["truncated_zip"] = tmp_path / "truncated.zip"
    files["truncated_zip"].write_bytes(files["shp_zip"].read_bytes()[:200])
    files["pdf"] = tmp_path / "lecture.pdf"
    files["pdf"].write_bytes(b"%PDF-1.4\n%%EOF\n")
    return files


def _run_checks(runner: TaskRunner, qtbot, paths: List[str], **kwargs: Any) -> Dict[str, Any]:
    delivered: List[Any] = []
    task = check_materials_task(paths, delivered.append, runner, delivered.append, **kwargs)
    assert task is not None
    qtbot.waitUntil(lambda: bool(delivered), timeout=60000)
    assert isinstance(delivered[0], dict), delivered[0]
    return delivered[0]


def _codes(result: Dict[str, Any]) -> List[str]:
    return [message["code"] for message in result["messages"]]


def test_every_kind_is_checked_in_a_task(runner: TaskRunner, qtbot, materials) -> None:
    paths = [str(path) for path in materials.values()]
    results = _run_checks(runner, qtbot, paths)
    assert list(results) == paths
    by_key = {key: results[str(path)] for key, path in materials.items()}
    for result in results.values():
        json.dumps(result)  # travels to the reviewers as JSON
        assert {"kind", "ok", "summary", "messages", "checked_with"} <= set(result)
        assert len(json.dumps(result)) < 60 * 1024

    gpkg = by_key["gpkg"]
    assert gpkg["kind"] == "geopackage" and gpkg["ok"] is True
    assert sorted((layer["name"], layer["features"]) for layer in gpkg["layers"]) == [
        ("empty", 0),
        ("rivers", 2),
        ("towns", 3),
    ]
    assert {layer["crs"] for layer in gpkg["layers"]} == {"EPSG:3844"}
    assert all(layer["valid"] and layer["provider"] == "ogr" for layer in gpkg["layers"])
    assert gpkg["summary"] == "GeoPackage: 3 layers, all valid"
    assert _codes(gpkg) == ["empty_layer"]

    assert by_key["geojson"]["layers"][0]["features"] == 2
    assert by_key["geojson"]["summary"] == "GeoJSON: 1 layer, 2 features, valid"
    csv = by_key["csv"]
    assert (csv["kind"], csv["ok"], csv["layers"][0]["features"]) == ("csv", True, 3)
    assert _codes(csv) == []  # a table without geometry needs no CRS

    tif = by_key["tif"]["layers"][0]
    assert (tif["width"], tif["height"], tif["bands"], tif["crs"]) == (20, 10, 3, "EPSG:32634")
    assert by_key["tif"]["summary"] == "GeoTIFF: 20 x 10, 3 bands, valid"

    for key in ("qgs", "qgz"):
        project = by_key[key]
        assert project["kind"] == "project" and project["ok"] is False
        assert project["qgis_version"] == Qgis.version()
        rows = {row["name"]: row for row in project["layers"]}
        assert rows["Roads"]["status"] == "ok" and rows["Roads"]["valid"] is True
        assert rows["Rivers"]["status"] == "missing"
        assert rows["Roads"]["path_kind"] == "relative"
        assert rows["Roads"]["source"].startswith("./roads.geojson")
        assert _codes(project) == ["layer_missing"]
        assert project["summary"].endswith("; 1 of 2 layers missing")

    assert _codes(by_key["broken_gpkg"]) == ["wrong_content"]
    assert by_key["broken_gpkg"]["ok"] is False
    assert _codes(by_key["truncated_gpkg"]) == ["no_layers"]
    assert _codes(by_key["not_xml_qgs"]) == ["project_not_xml"]
    assert _codes(by_key["truncated_zip"]) == ["zip_broken"]
    zipped = by_key["shp_zip"]
    assert zipped["ok"] is True, zipped
    assert [(row["name"], row["features"]) for row in zipped["layers"]] == [
        ("parcels/parcels.shp", 4)
    ]
    assert by_key["pdf"] == {**by_key["pdf"], "kind": "document", "ok": True, "messages": []}
    assert "layers" not in by_key["pdf"]


def test_a_project_source_keeps_no_database_password_and_flags_absolute_paths(
    tmp_path: Path,
) -> None:
    data = tmp_path / "elsewhere" / "lakes.geojson"
    data.parent.mkdir()
    data.write_text(GEOJSON, encoding="utf-8")
    (tmp_path / "hand.qgs").write_text(
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        '<qgis version="3.99.1-Future" projectname="">\n'
        "<projectlayers>\n"
        '<maplayer type="vector"><id>a</id><datasource>'
        f"{data}</datasource><layername>Lakes</layername><provider>ogr</provider></maplayer>\n"
        '<maplayer type="vector"><id>b</id><datasource>'
        "dbname='gis' host=db user='alice' password='s3cret' table=\"public\".\"roads\" (geom)"
        "</datasource><layername>Roads</layername><provider>postgres</provider></maplayer>\n"
        '<maplayer type="raster"><id>c</id><datasource>../nowhere/dem.tif</datasource>'
        "<layername>DEM</layername><provider>gdal</provider></maplayer>\n"
        "</projectlayers></qgis>\n",
        encoding="utf-8",
    )
    result = check_material(str(tmp_path / "hand.qgs"))
    assert "s3cret" not in json.dumps(result) and "alice" not in json.dumps(result)
    rows = {row["name"]: row for row in result["layers"]}
    assert (rows["Lakes"]["status"], rows["Lakes"]["path_kind"]) == ("ok", "absolute")
    assert (rows["Roads"]["status"], rows["Roads"]["path_kind"]) == ("not_checked", "remote")
    assert "source" not in rows["Roads"]
    assert (rows["DEM"]["status"], rows["DEM"]["path_kind"]) == ("missing", "relative")
    assert sorted(_codes(result)) == [
        "absolute_path",
        "layer_missing",
        "layer_not_checked",
        "project_newer",
    ]
    assert result["qgis_version_number"] == "3.99.1"


def test_an_entity_bomb_is_refused_unread(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.qgs"
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "ha"}">' for i in range(10))
    bomb.write_text(
        f'<?xml version="1.0"?><!DOCTYPE qgis [{entities}]><qgis version="3.34.0">'
        "<title>&e9;</title></qgis>",
        encoding="utf-8",
    )
    assert _codes(check_material(str(bomb))) == ["project_not_xml"]


def test_project_xml_past_the_cap_is_not_read_on(tmp_path: Path, monkeypatch) -> None:
    from certification_plugin.qgis_io import project_checks

    monkeypatch.setattr(project_checks, "MAX_XML_BYTES", 100_000)
    xml = b'<qgis version="3.34.0"><projectlayers>' + b"<!-- padding -->" * 20_000
    xml += b"</projectlayers></qgis>"
    plain = tmp_path / "big.qgs"
    plain.write_bytes(xml)  # read as a stream: the cap counts the bytes read
    packed = tmp_path / "big.qgz"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.qgs", xml)  # 320 KB inflated from a few KB
    assert _codes(check_material(str(plain))) == ["project_not_xml"]
    assert _codes(check_material(str(packed))) == ["project_not_xml"]
    monkeypatch.setattr(project_checks, "MAX_XML_BYTES", 1_000_000)
    assert check_material(str(plain))["ok"] is True


def test_a_spent_budget_reports_the_layers_it_did_not_open(materials) -> None:
    result = check_material(str(materials["gpkg"]), budget_s=0.0)
    assert "time_budget" in _codes(result)
    assert result["layers"] == []


def test_cancel_stops_the_check(materials, runner: TaskRunner, qtbot) -> None:
    with pytest.raises(CancelledError):
        check_material(str(materials["gpkg"]), is_cancelled=lambda: True)
    paths = [str(materials["gpkg"])] * 50
    delivered: List[Any] = []
    task = check_materials_task(paths, delivered.append, runner, delivered.append)
    task.cancel()
    qtbot.waitUntil(lambda: bool(delivered), timeout=30000)
    assert isinstance(delivered[0], CancelledError)


def test_plain_json_is_a_document_and_a_lone_shapefile_needs_its_sidecars(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"zoom": 3}', encoding="utf-8")
    assert check_material(str(tmp_path / "settings.json"))["kind"] == "document"
    shp = write_shapefile(tmp_path, "plots")
    assert check_material(str(shp))["ok"] is True
    os.remove(tmp_path / "plots.dbf")
    result = check_material(str(shp))
    assert "shapefile_incomplete" in _codes(result)
    assert result["ok"] is False


def test_a_zip_with_a_path_outside_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../etc/cron.d/x", "boom")
        archive.writestr("readme.txt", "hello")
    result = check_material(str(path))
    assert _codes(result) == ["zip_unsafe_path"]
    assert result["summary"] == "Zip archive: 2 files, no data layers"


# --------------------------------------------------------------------------------- the view
def test_the_view_lists_each_file_and_escapes_names(
    runner: TaskRunner, qtbot, materials, tmp_path: Path
) -> None:
    hostile = tmp_path / "<b>x<i>.gpkg"  # "/" cannot be in a file name; "</b>" is a layer below
    shutil.copy(materials["gpkg"], hostile)
    layer_named = tmp_path / "named.qgs"  # layer names in a project can be anything
    layer_named.write_text(
        '<qgis version="3.34.4-Prizren"><projectlayers><maplayer type="vector">'
        "<datasource>./points.geojson</datasource><layername>&lt;b&gt;x&lt;/b&gt;</layername>"
        "<provider>ogr</provider></maplayer></projectlayers></qgis>",
        encoding="utf-8",
    )
    paths = [str(hostile), str(layer_named), str(materials["qgs"]), str(materials["pdf"])]
    results = _run_checks(runner, qtbot, paths)
    view = CheckResultsView()
    qtbot.addWidget(view)
    view.show_results(results)
    tree = view.tree
    assert tree.topLevelItemCount() == 4
    first = tree.topLevelItem(0)
    assert first.text(0) == "<b>x<i>.gpkg"  # plain text, shown as typed
    assert "&lt;b&gt;x&lt;i&gt;.gpkg" in first.toolTip(0)
    assert "<b>x" not in first.toolTip(0)
    assert first.text(1) == "GeoPackage: 3 layers, all valid"
    assert first.data(0, LEVEL_ROLE) == "warning"  # the empty layer
    assert not first.isExpanded()
    layer_rows = [
        first.child(first.childCount() - 1).child(i).text(1)
        for i in range(first.child(first.childCount() - 1).childCount())
    ]
    assert any(row.startswith("towns (ogr, 3 features, EPSG:3844)") for row in layer_rows)

    named = tree.topLevelItem(1)
    group = named.child(named.childCount() - 1)
    assert named.text(1) == "QGIS project saved with QGIS 3.34.4; 1 layer, all found"
    assert group.child(0).text(1) == "<b>x</b> (ogr)"
    assert group.child(0).toolTip(1) == "<p>&lt;b&gt;x&lt;/b&gt; (ogr)</p>"

    project = tree.topLevelItem(2)
    version = results[str(materials["qgs"])]["qgis_version_number"]
    assert project.text(1) == f"QGIS project saved with QGIS {version}; 1 of 2 layers missing"
    assert project.data(0, LEVEL_ROLE) == "error" and project.isExpanded()
    assert project.child(0).data(0, CODE_ROLE) == "layer_missing"
    assert (
        project.child(0).text(1) == "Layer “Rivers”: its file gone-exercise.qgs.geojson is missing."
    )

    pdf = tree.topLevelItem(3)
    assert (pdf.text(1), pdf.data(0, LEVEL_ROLE)) == ("Document: not checked by QGIS", "document")

    view.show_results({})
    assert tree.topLevelItemCount() == 0


def test_summaries_for_results_that_did_not_open() -> None:
    broken = {
        "kind": "zip",
        "ok": False,
        "summary": "Zip archive: damaged",
        "messages": [{"level": "error", "code": "zip_broken", "text": "The zip is damaged."}],
    }
    assert summary_text(broken) == "Zip archive: QGIS cannot open it"
    assert summary_text({"kind": "future-kind", "summary": "Something new"}) == "Something new"


def test_a_failing_check_is_that_files_result_only(
    materials, runner: TaskRunner, qtbot, monkeypatch
) -> None:
    from certification_plugin.qgis_io import material_checks

    def broken_probe(*_args: Any, **_kwargs: Any) -> Dict[str, Any]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(material_checks, "probe", broken_probe)
    paths = [str(materials["gpkg"]), str(materials["qgs"])]
    results = _run_checks(runner, qtbot, paths)
    assert _codes(results[paths[0]]) == ["check_failed"]
    assert results[paths[0]]["ok"] is False
    assert results[paths[1]]["kind"] == "project"  # the next file was still checked


def test_only_the_first_data_files_of_a_zip_are_opened(tmp_path: Path, monkeypatch) -> None:
    from certification_plugin.qgis_io import material_checks

    monkeypatch.setattr(material_checks, "MAX_ZIP_DATA", 2)
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(3):
            archive.writestr(f"points-{n}.geojson", GEOJSON)
    result = check_material(str(path))
    assert [row["name"] for row in result["layers"]] == ["points-0.geojson", "points-1.geojson"]
    assert _codes(result) == ["zip_data_truncated"]
    assert result["summary"] == "Zip archive: 2 layers, all valid"
