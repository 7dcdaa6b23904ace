"""Material on the reference server for the review page's tests: an applicant's application
with files uploaded (urllib, token header), then downloaded back by the plugin."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from osgeo import gdal, ogr, osr

from certification_plugin.core.api import ApiSession, FilePart
from certification_plugin.core.applications import ApplicationsClient
from certification_plugin.core.http import HttpSession
from certification_plugin.core.urllib_transport import UrllibTransport
from certification_plugin.core.urls import api_url
from tests.fixtures.reference_server import ReferenceServer

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
GEOJSON = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "Cluj"},
                "geometry": {"type": "Point", "coordinates": [23.6, 46.77]},
            }
        ],
    }
).encode()


def token_client(server: ReferenceServer, token: str) -> ApplicationsClient:
    session = HttpSession(UrllibTransport(use_environment_proxies=False))
    headers = {"Authorization": f"Token {token}"}
    return ApplicationsClient(ApiSession(api_url(server.base_url), session), "en", headers)


def draft_with_files(
    apps: ApplicationsClient,
    name: str,
    files: List[Tuple[str, bytes, str]],
    checks: Optional[Dict[str, Dict[str, Any]]] = None,
) -> Tuple[int, List[Dict[str, Any]]]:
    """A draft of organisation ``name`` with ``files`` ((filename, content, part)) uploaded
    to its course ``c1`` with their ``checks`` (by file name; default: "not checked");
    (application id, the materials as listed)."""
    created = apps.create({"name": name})
    content = {
        "courses": [
            {
                "key": "c1",
                "title": "QGIS basics",
                "course_type": "Introduction",
                "licence": "CC-BY-4.0",
                "qgis_version": "3.34",
                "links": {"lectures": [], "exercises": [], "data": []},
            }
        ]
    }
    apps.patch(created.id, content, created.revision)
    for filename, data, part in files:
        apps.upload_material(
            created.id,
            "c1",
            part,
            FilePart("file", filename, data, "application/octet-stream"),
            checks=(checks or {}).get(filename)
            or {"kind": "document", "ok": True, "summary": "Document: not checked"},
        )
    return created.id, apps.materials(created.id)


def geopackage(path: Path, layers: Tuple[str, ...] = ("roads", "towns")) -> bytes:
    """A small GeoPackage with point layers named ``layers`` (one feature each)."""
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    for name in layers:
        layer = dataset.CreateLayer(name, srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (23.6 46.77)"))
        layer.CreateFeature(feature)
    dataset = None
    return path.read_bytes()


def geotiff(path: Path) -> bytes:
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 3, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((23.0, 0.1, 0, 47.0, 0, -0.1))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).Fill(7)
    dataset = None
    return path.read_bytes()


def shapefile_zip(folder: Path, name: str = "rivers") -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    shp = folder / f"{name}.shp"
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(str(shp))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer(name, srs, ogr.wkbLineString)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING (23 46, 24 47)"))
    layer.CreateFeature(feature)
    dataset = None
    archive = folder / f"{name}.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for ext in (".shp", ".shx", ".dbf", ".prj"):
            out.write(folder / f"{name}{ext}", f"{name}{ext}")
    return archive.read_bytes()


def qgis_project(path: Path, title: str = "Exercise") -> str:
    """A QGIS project file (no layers) saved with this QGIS."""
    from qgis.core import QgsProject

    project = QgsProject()
    project.setTitle(title)
    assert project.write(str(path))
    return str(path)


def material_named(materials: List[Dict[str, Any]], filename: str) -> Optional[Dict[str, Any]]:
    return next((m for m in materials if m.get("filename") == filename), None)
