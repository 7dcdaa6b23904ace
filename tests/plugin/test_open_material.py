"""qgis_io.open_material: data as layers in "Review: <organisation>", projects only after
asking, documents in the system viewer, nothing else handed to the system."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, List, Tuple

import pytest
from qgis.core import QgsLayerTreeLayer, QgsProject, QgsVectorLayer

from certification_plugin.qgis_io.open_material import (
    GROUP_PROPERTY,
    find_layers,
    open_kind,
    open_material,
    project_question,
    review_group,
)
from tests.plugin.material_helpers import PDF, geopackage, geotiff, qgis_project, shapefile_zip


@pytest.fixture
def project() -> Iterator[QgsProject]:
    instance = QgsProject.instance()
    instance.clear()
    yield instance
    instance.clear()


def group_layers(project: QgsProject, name: str) -> List[str]:
    group = project.layerTreeRoot().findGroup(name)
    assert group is not None, name
    return [c.layer().name() for c in group.children() if isinstance(c, QgsLayerTreeLayer)]


def test_kinds_by_name() -> None:
    assert open_kind("a.gpkg") == "data"
    assert open_kind("a.GeoJSON") == "data"
    assert open_kind("a.zip") == "data"
    assert open_kind("a.tif") == "data"
    assert open_kind("a.qgz") == "project"
    assert open_kind("a.qgs") == "project"
    assert open_kind("a.pdf") == "document"
    assert open_kind("a.docx") == "document"
    for name in ("a.exe", "a.desktop", "a.sh", "a.svg", "a.html", "a", "a.pdf.bat"):
        assert open_kind(name) == "other", name


def test_data_files_open_as_layers_in_one_review_group(project, tmp_path: Path) -> None:
    gpkg = tmp_path / "places.gpkg"
    geopackage(gpkg, ("roads", "towns"))
    tif = tmp_path / "elevation.tif"
    geotiff(tif)
    archive = shapefile_zip(tmp_path / "shp", "rivers")
    zipped = tmp_path / "rivers.zip"
    zipped.write_bytes(archive)
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "mine", "memory"))

    first = open_material(str(gpkg), "Academy <b>X</b>", key="srv-3", project=project)
    assert first.how == "layers", first.message
    assert sorted(layer.name() for layer in first.layers) == ["roads", "towns"]
    assert all(layer.isValid() and layer.id() in project.mapLayers() for layer in first.layers)
    assert "2 layers" in first.message and "Review: Academy <b>X</b>" in first.message

    sources = find_layers(str(tif))  # as the download task does
    second = open_material(str(tif), "Academy <b>X</b>", key="srv-3", sources=sources)
    third = open_material(str(zipped), "Academy <b>X</b>", key="srv-3", project=project)
    assert second.how == third.how == "layers"
    assert second.layers[0].providerType() == "gdal" and second.layers[0].width() == 4
    assert third.layers[0].name() == "rivers" and third.layers[0].featureCount() == 1

    root = project.layerTreeRoot()
    groups = [g for g in root.findGroups() if g.customProperty(GROUP_PROPERTY) == "srv-3"]
    assert len(groups) == 1  # made once
    assert groups[0].name() == "Review: Academy <b>X</b>"
    assert root.children()[0] is groups[0]  # at the top
    assert sorted(group_layers(project, "Review: Academy <b>X</b>")) == [
        "elevation",
        "rivers",
        "roads",
        "towns",
    ]
    # A renamed group is still the review group; another application gets its own.
    groups[0].setName("renamed")
    assert review_group("Academy <b>X</b>", "srv-3", project) is groups[0]
    other = open_material(str(gpkg), "Other", key="srv-4", project=project)
    assert other.how == "layers"
    assert project.layerTreeRoot().findGroup("Review: Other") is not None
    assert "mine" in [layer.name() for layer in project.mapLayers().values()]


def test_a_file_that_is_not_data_adds_nothing(project, tmp_path: Path) -> None:
    fake = tmp_path / "fake.gpkg"
    fake.write_bytes(PDF)
    outcome = open_material(str(fake), "Academy", project=project)
    assert outcome.how == "failed" and outcome.layers == []
    assert project.layerTreeRoot().findGroup("Review: Academy") is None
    assert project.count() == 0


def test_a_project_opens_only_after_asking_and_no_leaves_the_project_alone(
    project, tmp_path: Path
) -> None:
    theirs = qgis_project(tmp_path / "exercise.qgz", "Their exercise")
    mine = tmp_path / "mine.qgz"
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "mine", "memory"))
    project.setTitle("Mine")
    assert project.write(str(mine))
    asked: List[Tuple[str, str]] = []
    loaded: List[str] = []

    def say_no(title: str, question: str) -> bool:
        asked.append((title, question))
        return False

    outcome = open_material(
        theirs, "Academy", project=project, ask=say_no, project_loader=loaded.append
    )
    assert outcome.how == "declined"
    assert loaded == []
    assert project.fileName() == str(mine) and project.title() == "Mine"
    assert [layer.name() for layer in project.mapLayers().values()] == ["mine"]
    title, question = asked[0]
    assert title == "Open a QGIS project"
    assert "replaces the project open now" in question
    assert "exercise.qgz" in question and "mine.qgz" in question
    assert question == project_question(theirs, project)

    # Yes: the project is read (into a project of the test's own, as QGIS would).
    other = QgsProject()
    yes = open_material(theirs, "Academy", project=other, ask=lambda *_: True)
    assert yes.how == "project"
    assert other.title() == "Their exercise" and other.fileName() == theirs
    assert project.title() == "Mine"


def test_documents_open_in_the_system_viewer_and_programs_never(browser, tmp_path: Path) -> None:
    pdf = tmp_path / "slides.pdf"
    pdf.write_bytes(PDF)
    outcome = open_material(str(pdf), "Academy")
    assert outcome.how == "document"
    assert browser.urls == [f"file://{pdf}"]
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    script = tmp_path / "run.desktop"
    script.write_text("[Desktop Entry]\nExec=rm -rf ~\n")
    for path in (program, script):
        refused = open_material(str(path), "Academy")
        assert refused.how == "refused" and str(tmp_path) in refused.message
    assert browser.urls == [f"file://{pdf}"]
