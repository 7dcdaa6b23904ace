"""LayerManager: layers created once, styled, described, reloaded in place, saved offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)

from certification_plugin.layers.background import BACKGROUND_PROPERTY
from certification_plugin.layers.builder import GROUP_PROPERTY, LAYER_PROPERTY, LayerManager
from certification_plugin.layers.cache import (
    CERTIFIED_ORGANISATIONS,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
    LayerCache,
)
from certification_plugin.layers.maptips import map_tip_template
from tests.plugin import sample_catalogue as sample


def page_of(_name: str, slug: object) -> str:
    return f"{sample.SERVER}en/certifyingorganisation/{slug or 'unknown'}/"


@pytest.fixture
def cache(tmp_path: Path) -> LayerCache:
    cache = LayerCache(str(tmp_path / "profile" / "certification" / "cache.gpkg"))
    cache.write_organisations(sample.organisations(), sample.SERVER, ["http://s/orgs"])
    cache.write_training_centres(
        sample.training_centres(), sample.SERVER, ["http://s/tc"], page=page_of
    )
    cache.write_courses(sample.courses(20), sample.SERVER, ["http://s/courses"])
    return cache


@pytest.fixture
def project():
    project = QgsProject()
    yield project
    project.clear()


def expand(layer: QgsVectorLayer, template: str, feature) -> str:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(template, context)


def feature_named(layer: QgsVectorLayer, name: str):
    return next(f for f in layer.getFeatures() if f["name"] == name)


def data_layers(project: QgsProject) -> list:
    """The project's layers other than the country background."""
    return [
        layer
        for layer in project.mapLayers().values()
        if not layer.customProperty(BACKGROUND_PROPERTY)
    ]


def test_layers_are_added_once_in_one_group(cache: LayerCache, project: QgsProject) -> None:
    manager = LayerManager(cache, project)
    added = manager.ensure_layers()
    assert [layer.name() for layer in added] == [
        "Training centres",
        "Upcoming courses",
        "Certified organisations",
    ]
    assert manager.ensure_layers() == []
    # The project was empty: the country background is added under them, once.
    assert len(project.mapLayers()) == 4
    group = manager.group()
    assert group is not None and group.name() == "QGIS Certification"
    assert group.customProperty(GROUP_PROPERTY)
    assert [node.name() for node in group.children()] == [
        "Training centres",
        "Upcoming courses",
        "Certified organisations",
        "Countries (background)",
    ]
    for table, layer in manager.layers().items():
        assert layer.customProperty(LAYER_PROPERTY) == table
        assert layer.isValid() and layer.readOnly()
        assert layer.source().startswith(cache.path)


def test_styles_labels_and_map_tips_come_from_the_qml(
    cache: LayerCache, project: QgsProject
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    layers = manager.layers()
    assert layers[TRAINING_CENTRES].renderer().type() == "singleSymbol"
    assert layers[UPCOMING_COURSES].renderer().type() == "pointCluster"
    assert layers[CERTIFIED_ORGANISATIONS].renderer().type() == "graduatedSymbol"
    assert layers[TRAINING_CENTRES].labelsEnabled()
    assert layers[CERTIFIED_ORGANISATIONS].labelsEnabled()
    for table, layer in layers.items():
        # Built in code in the current language, not taken from the style.
        assert layer.mapTipTemplate() == map_tip_template(table)
        assert layer.fields().indexOf("maptip_html") == -1
    for table, name in (
        (TRAINING_CENTRES, "next_courses"),
        (TRAINING_CENTRES, "next_course_count"),
        (CERTIFIED_ORGANISATIONS, "organisations"),
    ):
        index = layers[table].fields().indexOf(name)
        assert index >= 0 and layers[table].editorWidgetSetup(index).type() == "Hidden"


def test_map_tip_shows_escaped_text_only(cache: LayerCache, project: QgsProject) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    courses = manager.layer(UPCOMING_COURSES)
    hostile = feature_named(courses, sample.HOSTILE + " course")
    html = expand(courses, courses.mapTipTemplate(), hostile)
    assert "<script>" not in html and "<b>Bold</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    organisations = manager.layer(CERTIFIED_ORGANISATIONS)
    netherlands = next(f for f in organisations.getFeatures() if f["iso2"] == "NL")
    tip = expand(organisations, organisations.mapTipTemplate(), netherlands)
    assert "&lt;script&gt;" in tip and "<script>" not in tip and "javascript" not in tip


def test_actions_open_only_web_pages_and_mail(cache: LayerCache, project: QgsProject) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    actions = {a.shortTitle(): a for a in centres.actions().actions()}
    assert set(actions) == {"Website", "E-mail", "Certification page"}
    good = feature_named(centres, "Centrul București")
    assert expand(centres, actions["Website"].command(), good) == (
        "https://geo.example.ro/bucuresti"
    )
    assert expand(centres, actions["E-mail"].command(), good) == "mailto:info@geo.example.ro"
    assert expand(centres, actions["Certification page"].command(), good).startswith(
        "http://127.0.0.1:9/en/certifyingorganisation/"
    )
    hostile = feature_named(centres, '<i>Amsterdam</i> & "Co" Lab')
    assert expand(centres, actions["Website"].command(), hostile) == ""
    assert expand(centres, actions["E-mail"].command(), hostile) == ""
    courses = manager.layer(UPCOMING_COURSES)
    [page] = courses.actions().actions()
    assert expand(courses, page.command(), feature_named(courses, "Online QGIS")) == ""


def test_action_command_rechecks_the_scheme_of_a_tampered_cache(
    cache: LayerCache, project: QgsProject
) -> None:
    from osgeo import ogr

    dataset = ogr.Open(cache.path, 1)
    dataset.ExecuteSQL(
        "UPDATE training_centres SET website = 'javascript:alert(1)', "
        "email = 'a@b.org?body=x' WHERE centre_id = 12"
    )
    dataset = None
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    actions = {a.shortTitle(): a for a in centres.actions().actions()}
    feature = feature_named(centres, "Centrul București")
    assert expand(centres, actions["Website"].command(), feature) == ""
    assert expand(centres, actions["E-mail"].command(), feature) == ""


def test_metadata_names_source_attribution_and_last_update(
    cache: LayerCache, project: QgsProject
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    metadata = manager.layer(UPCOMING_COURSES).metadata()
    assert metadata.title() == "Upcoming courses"
    abstract = metadata.abstract()
    assert "Last updated: 20" in abstract
    assert "Server: " + sample.SERVER in abstract
    assert "Source: http://s/courses" in abstract
    assert "QGIS Certification Programme" in abstract
    assert metadata.rights()
    organisations = manager.layer(CERTIFIED_ORGANISATIONS).metadata()
    assert any("Natural Earth" in right for right in organisations.rights())


def test_reload_updates_data_in_place_without_duplicates(
    cache: LayerCache, project: QgsProject
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    ids_before = {table: layer.id() for table, layer in manager.layers().items()}
    assert manager.layer(UPCOMING_COURSES).featureCount() == 20
    cache.write_courses(sample.courses(5), "http://new/", ["http://new/courses"])
    reloaded = manager.reload({UPCOMING_COURSES: cache.metadata()[UPCOMING_COURSES]})
    assert reloaded == [UPCOMING_COURSES]
    courses = manager.layer(UPCOMING_COURSES)
    assert courses.featureCount() == 5
    assert len(list(courses.getFeatures())) == 5
    assert "Server: http://new/" in courses.metadata().abstract()
    assert {table: layer.id() for table, layer in manager.layers().items()} == ids_before
    assert len(data_layers(project)) == 3


def test_saved_project_reopens_with_its_data(
    cache: LayerCache, project: QgsProject, tmp_path: Path
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    path = str(tmp_path / "projects" / "certification.qgz")
    Path(path).parent.mkdir()
    assert project.write(path)

    reopened = QgsProject()
    try:
        assert reopened.read(path)
        again = LayerManager(cache, reopened)
        layers = again.layers()
        assert set(layers) == {TRAINING_CENTRES, UPCOMING_COURSES, CERTIFIED_ORGANISATIONS}
        assert layers[TRAINING_CENTRES].featureCount() == 4
        assert layers[UPCOMING_COURSES].featureCount() == 20
        assert layers[CERTIFIED_ORGANISATIONS].featureCount() == 3
        assert layers[UPCOMING_COURSES].renderer().type() == "pointCluster"
        assert again.group() is not None
        assert again.ensure_layers() == []
    finally:
        reopened.clear()


def test_a_layer_from_another_computer_is_pointed_at_this_cache(
    cache: LayerCache, project: QgsProject, tmp_path: Path
) -> None:
    elsewhere = LayerCache(str(tmp_path / "other" / "cache.gpkg"))
    elsewhere.write_courses(sample.courses(2), sample.SERVER)
    LayerManager(elsewhere, project).ensure_layers()
    assert project.mapLayers()  # the course layer of the other cache
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    courses = manager.layer(UPCOMING_COURSES)
    assert courses.source().startswith(cache.path)
    assert courses.featureCount() == 20
    assert len(data_layers(project)) == 3


def test_no_country_layer_when_it_was_never_written(tmp_path: Path, project: QgsProject) -> None:
    cache = LayerCache(str(tmp_path / "c" / "cache.gpkg"))
    cache.write_training_centres(sample.training_centres(), sample.SERVER)
    cache.write_courses(sample.courses(), sample.SERVER)
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    assert set(manager.layers()) == {TRAINING_CENTRES, UPCOMING_COURSES}
