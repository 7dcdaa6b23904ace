"""The country background under the layers of an empty project, and the translated legend."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import (
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeLayer,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator

from certification_plugin.layers.background import (
    BACKGROUND_PROPERTY,
    FILL_COLOUR,
    OUTLINE_COLOUR,
    find_background,
)
from certification_plugin.layers.builder import LayerManager
from certification_plugin.layers.cache import CERTIFIED_ORGANISATIONS, LayerCache
from certification_plugin.layers.legend import range_label
from certification_plugin.qgis_io.paths import world_map_path
from certification_plugin.qgis_io.settings import PluginSettings
from tests.plugin import sample_catalogue as sample


@pytest.fixture
def cache(tmp_path: Path) -> LayerCache:
    cache = LayerCache(str(tmp_path / "certification" / "cache.gpkg"))
    with cache.batch() as batch:
        batch.write_organisations(sample.organisations(), sample.SERVER, ["http://s/o"])
        batch.write_training_centres(sample.training_centres(), sample.SERVER, ["http://s/tc"])
        batch.write_courses(sample.courses(4), sample.SERVER, ["http://s/c"])
    return cache


@pytest.fixture
def settings(tmp_path: Path) -> PluginSettings:
    return PluginSettings(QgsSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def project() -> Iterator[QgsProject]:
    project = QgsProject()
    yield project
    project.clear()


def group_names(manager: LayerManager) -> list:
    group = manager.group()
    assert group is not None
    return [node.name() for node in group.children()]


def test_an_empty_project_gets_a_light_country_background_under_the_layers(
    cache: LayerCache, project: QgsProject, settings: PluginSettings
) -> None:
    manager = LayerManager(cache, project, settings)
    manager.ensure_layers()
    background = find_background(project)
    assert background is not None and background.isValid()
    assert background.customProperty(BACKGROUND_PROPERTY)
    assert background.source().startswith(world_map_path())
    assert background.source().endswith("layername=countries")
    assert background.featureCount() > 150
    # At the bottom of the certification group: the points and countries draw on top.
    group = manager.group()
    last = group.children()[-1]
    assert isinstance(last, QgsLayerTreeLayer) and last.layer() is background
    assert group_names(manager)[:3] == [
        "Training centres",
        "Upcoming courses",
        "Certified organisations",
    ]
    symbol = background.renderer().symbol()
    assert symbol.color().name() == FILL_COLOUR
    assert symbol.symbolLayer(0).strokeColor().name() == OUTLINE_COLOUR
    assert symbol.symbolLayer(0).strokeWidth() <= 0.3
    # Not a plugin data layer, and never added twice.
    assert CERTIFIED_ORGANISATIONS in manager.layers() and len(manager.layers()) == 3
    manager.ensure_layers()
    LayerManager(cache, project, settings).ensure_layers()
    backgrounds = [
        layer for layer in project.mapLayers().values() if layer.customProperty(BACKGROUND_PROPERTY)
    ]
    assert len(project.mapLayers()) == 4 and backgrounds == [background]


def test_not_added_to_a_project_that_has_layers(
    cache: LayerCache, project: QgsProject, settings: PluginSettings
) -> None:
    own = QgsVectorLayer("Point?crs=EPSG:4326", "my points", "memory")
    project.addMapLayer(own)
    manager = LayerManager(cache, project, settings)
    assert len(manager.ensure_layers()) == 3
    assert find_background(project) is None
    assert len(project.mapLayers()) == 4


def test_not_added_when_the_option_is_off(
    cache: LayerCache, project: QgsProject, settings: PluginSettings
) -> None:
    settings.country_background = False
    LayerManager(cache, project, settings).ensure_layers()
    assert find_background(project) is None
    assert len(project.mapLayers()) == 3


def test_a_background_the_user_removed_does_not_come_back(
    cache: LayerCache, project: QgsProject, settings: PluginSettings
) -> None:
    manager = LayerManager(cache, project, settings)
    manager.ensure_layers()
    background = find_background(project)
    assert background is not None
    project.removeMapLayer(background.id())
    manager.ensure_layers()  # load again: the project has the certification layers
    assert find_background(project) is None


def test_the_background_is_found_again_in_a_saved_project(
    cache: LayerCache, project: QgsProject, settings: PluginSettings, tmp_path: Path
) -> None:
    LayerManager(cache, project, settings).ensure_layers()
    path = str(tmp_path / "with-background.qgz")
    assert project.write(path)
    reopened = QgsProject()
    try:
        assert reopened.read(path)
        found = find_background(reopened)
        assert found is not None and found.isValid()
        LayerManager(cache, reopened, settings).ensure_layers()
        assert len(reopened.mapLayers()) == 4
    finally:
        reopened.clear()


# -- the graduated legend ----------------------------------------------------------------------
class FakeTranslator(QTranslator):
    """Translates the legend's context by wrapping each source text, to see it applied."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "CertificationLegend":
            return "«" + source + "»"
        return ""  # no translation: Qt falls back to the next translator or the source


def legend_labels(manager: LayerManager) -> list:
    renderer = manager.layer(CERTIFIED_ORGANISATIONS).renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    return [r.label() for r in renderer.ranges()]


def test_legend_labels_come_from_the_bounds_in_english(
    cache: LayerCache, project: QgsProject, settings: PluginSettings
) -> None:
    manager = LayerManager(cache, project, settings)
    manager.ensure_layers()
    assert legend_labels(manager) == ["1", "2 to 3", "4 to 9", "10 or more"]
    assert range_label(0.5, 1.5) == "1"


def test_legend_labels_follow_the_interface_language(
    cache: LayerCache, project: QgsProject, settings: PluginSettings, tmp_path: Path
) -> None:
    manager = LayerManager(cache, project, settings)
    manager.ensure_layers()
    path = str(tmp_path / "legend.qgz")
    assert project.write(path)
    translator = FakeTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        reopened = QgsProject()
        assert reopened.read(path)
        again = LayerManager(cache, reopened, settings)
        # What the plugin does when a project opens.
        for table, layer in again.layers().items():
            LayerManager.decorate(layer, table)
        assert legend_labels(again) == ["1", "«2 to 3»", "«4 to 9»", "«10 or more»"]
        reopened.clear()
    finally:
        QCoreApplication.removeTranslator(translator)
