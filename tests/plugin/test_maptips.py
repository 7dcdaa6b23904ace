"""Map tips: built in the current language over a data-only cache, escaped, readable.

The tips are rendered as QGIS renders them (``replaceExpressionText`` with the layer's scopes)
and, where it matters, laid out by Qt's rich text to check what a user reads.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterator

import pytest
from osgeo import ogr
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QSettings
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import QApplication

from certification_plugin.core.models import Course, Organisation, TrainingCentre
from certification_plugin.layers.builder import LayerManager
from certification_plugin.layers.cache import (
    CERTIFIED_ORGANISATIONS,
    SCHEMA_VERSION,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
    LayerCache,
)
from certification_plugin.layers.maptips import TIP_MIN_WIDTH_PX, map_tip_template
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from certification_plugin.qgis_io.translation import install_translator, remove_translator
from tests.plugin import sample_catalogue as sample
from tests.plugin.recording_iface import RecordingIface

IMG = "<img src=x onerror=alert(1)>"
LONG_ADDRESS = "Strada " + "Foarte" * 80 + " 12"  # one 480-character word


def page_of(_name: str, slug: object) -> str:
    return f"{sample.SERVER}en/certifyingorganisation/{slug or 'unknown'}/"


def catalogue():
    centres = [
        *sample.training_centres(),
        TrainingCentre(
            name=IMG,
            organisation_name=IMG,
            location=(18.07, 59.33),
            id=40,
            address=LONG_ADDRESS,
            country_code="SE",
        ),
    ]
    courses = [
        *sample.courses(8),
        Course(
            name=IMG,
            start_date=date(2030, 2, 1),
            end_date=date(2030, 2, 2),
            course_type_name=IMG,
            course_convener_name=IMG,
            training_centre_name=IMG,
            training_centre_id=40,
            organisation_name=IMG,
            language="sv",
            country_code="SE",
            location=(18.07, 59.33),
            id=900,
        ),
    ]
    organisations = [*sample.organisations(), Organisation(name=IMG, country_code="SE")]
    return centres, courses, organisations


@pytest.fixture
def cache(tmp_path: Path) -> LayerCache:
    centres, courses, organisations = catalogue()
    cache = LayerCache(str(tmp_path / "certification" / "cache.gpkg"))
    with cache.batch() as batch:
        batch.write_organisations(organisations, sample.SERVER, ["http://s/o"], page=page_of)
        batch.write_training_centres(
            centres, sample.SERVER, ["http://s/tc"], page=page_of, courses=courses
        )
        batch.write_courses(courses, sample.SERVER, ["http://s/c"], page=page_of)
    return cache


@pytest.fixture
def project() -> Iterator[QgsProject]:
    project = QgsProject()
    yield project
    project.clear()


@pytest.fixture
def language() -> Iterator:
    """``language("sv")`` switches the interface language (the plugin's catalogue) for the test."""
    installed = []

    def switch(name: str) -> None:
        for translator in installed:
            remove_translator(translator)
        installed.clear()
        translator = install_translator(name)
        assert translator is not None, f"no catalogue for {name}"
        installed.append(translator)

    yield switch
    for translator in installed:
        remove_translator(translator)


def tip(layer: QgsVectorLayer, feature) -> str:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def feature(layer: QgsVectorLayer, name: str):
    return next(f for f in layer.getFeatures() if f["name"] == name)


def shown_text(html: str) -> str:
    """What a reader sees: the HTML laid out by Qt's rich text, as plain text."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def mt(text: str) -> str:
    return QCoreApplication.translate("CertificationMapTips", text)


# -- language ----------------------------------------------------------------------------------
def test_english_template_has_english_captions(cache: LayerCache, project: QgsProject) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    text = shown_text(tip(centres, feature(centres, "Centrul București")))
    assert "Organisation: Geo Academy România" in text
    assert "Next courses:" in text
    assert "More on the certification website" in text


@pytest.mark.parametrize("name", ["sv", "zh_TW"])
def test_template_follows_the_interface_language(
    name: str, cache: LayerCache, project: QgsProject, language
) -> None:
    english = map_tip_template(TRAINING_CENTRES)
    language(name)
    translated = {key: mt(key) for key in ("Next courses", "Address", "Trainer")}
    assert all(translated[key] != key for key in translated), "catalogue not loaded"
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    assert centres.mapTipTemplate() != english
    text = shown_text(tip(centres, feature(centres, "Centrul București")))
    assert f"{translated['Next courses']}:" in text
    assert f"{translated['Address']}: Str. Exemplu 1" in text
    assert "Next courses" not in text and "Address:" not in text


def test_the_cache_has_no_captions_in_any_language(cache: LayerCache) -> None:
    dataset = ogr.Open(cache.path)
    values = []
    for table in (TRAINING_CENTRES, UPCOMING_COURSES, CERTIFIED_ORGANISATIONS):
        layer = dataset.GetLayerByName(table)
        names = [
            layer.GetLayerDefn().GetFieldDefn(i).GetName()
            for i in range(layer.GetLayerDefn().GetFieldCount())
        ]
        assert "maptip_html" not in names
        values += [str(f.GetField(i)) for f in layer for i in range(len(names))]
    joined = "\n".join(values)
    for caption in ("Next courses", "Organisation", "Certified organisations", "and 1 more"):
        assert caption not in joined
    assert "<li>" not in joined and "<br>" not in joined


def test_a_saved_project_reopened_after_a_language_switch_shows_the_new_language(
    cache: LayerCache, tmp_path: Path, language, qgis_new_project
) -> None:
    """Through the plugin: QGIS opens the project and the plugin re-applies its tips."""
    settings = PluginSettings(QgsSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.cache_max_age_hours = 0  # no refresh: the cache stays exactly as it is
    iface = RecordingIface()
    plugin = CertificationPlugin(iface, cache_dir=str(Path(cache.path).parent), settings=settings)
    plugin.initGui()
    try:
        plugin.layer_manager.ensure_layers()
        path = str(tmp_path / "tips.qgz")
        assert QgsProject.instance().write(path)
        QgsProject.instance().clear()
        cache_bytes = Path(cache.path).read_bytes()

        language("sv")
        assert QgsProject.instance().read(path)
        centres = plugin.layer_manager.layer(TRAINING_CENTRES)
        text = shown_text(tip(centres, feature(centres, "Centrul București")))
        assert "Nästa kurser:" in text and "Next courses" not in text
        courses = plugin.layer_manager.layer(UPCOMING_COURSES)
        course = shown_text(tip(courses, feature(courses, "QGIS Desktop Fundamentals")))
        assert "Språk: română" in course  # caption translated, language in its own words
        assert courses.attributeDisplayName(courses.fields().indexOf("name")) == "Kurs"
        assert Path(cache.path).read_bytes() == cache_bytes  # not rewritten, not cleared

        language("zh_TW")
        QgsProject.instance().clear()
        assert QgsProject.instance().read(path)
        centres = plugin.layer_manager.layer(TRAINING_CENTRES)
        text = shown_text(tip(centres, feature(centres, "Centrul București")))
        assert f"{mt('Next courses')}:" in text and "Nästa kurser" not in text
    finally:
        plugin.unload()
        QgsProject.instance().clear()
        iface.main_window.close()


# -- values are data, never markup -------------------------------------------------------------
def test_markup_in_every_field_shows_as_text(cache: LayerCache, project: QgsProject) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    courses = manager.layer(UPCOMING_COURSES)
    countries = manager.layer(CERTIFIED_ORGANISATIONS)
    sweden = next(f for f in countries.getFeatures() if f["iso2"] == "SE")
    for html in (
        tip(centres, feature(centres, IMG)),
        tip(courses, feature(courses, IMG)),
        tip(countries, sweden),
    ):
        assert "<img" not in html and "<script" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
        assert IMG in shown_text(html)  # the reader sees the name, as text
    hostile = tip(courses, feature(courses, sample.HOSTILE + " course"))
    assert "<b>Bold</b>" not in hostile and "&lt;b&gt;Bold&lt;/b&gt;" in hostile
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in hostile


def test_links_only_to_web_pages_and_plain_addresses(
    cache: LayerCache, project: QgsProject
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    good = tip(centres, feature(centres, "Centrul București"))
    assert '<a href="https://geo.example.ro/bucuresti">geo.example.ro</a>' in good
    assert '<a href="mailto:info@geo.example.ro">' in good
    bad = tip(centres, feature(centres, '<i>Amsterdam</i> & "Co" Lab'))
    assert "javascript" not in bad and "mailto" not in bad
    countries = manager.layer(CERTIFIED_ORGANISATIONS)
    sweden = tip(countries, next(f for f in countries.getFeatures() if f["iso2"] == "SE"))
    assert '/certifyingorganisation/unknown/">Kartskolan</a>' in sweden
    assert "javascript" not in sweden


def test_a_tampered_cache_cannot_add_a_link_of_another_kind(
    cache: LayerCache, project: QgsProject
) -> None:
    dataset = ogr.Open(cache.path, 1)
    dataset.ExecuteSQL(
        "UPDATE training_centres SET website = 'javascript:alert(1)', "
        "page_url = 'https://ok.example/\"onmouseover=\"alert(1)' WHERE centre_id = 12"
    )
    dataset = None
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    centres = manager.layer(TRAINING_CENTRES)
    html = tip(centres, feature(centres, "Centrul București"))
    assert "javascript" not in html and "onmouseover" not in html


def test_every_tip_renders_without_expression_errors(
    cache: LayerCache, project: QgsProject
) -> None:
    """Built-in functions only: the same tips show in a project opened without the plugin."""
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    for layer in manager.layers().values():
        for item in layer.getFeatures():
            html = tip(layer, item)
            assert "[%" not in html and "%]" not in html, html


# -- names instead of codes --------------------------------------------------------------------
def test_countries_by_name_and_languages_in_their_own_words(
    cache: LayerCache, project: QgsProject
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    courses = manager.layer(UPCOMING_COURSES)
    course = shown_text(tip(courses, feature(courses, IMG)))
    assert "Country: Sweden (SE)" in course
    assert "Language: svenska" in course
    countries = manager.layer(CERTIFIED_ORGANISATIONS)
    romania = next(f for f in countries.getFeatures() if f["iso2"] == "RO")
    assert shown_text(tip(countries, romania)).strip().startswith("Romania (RO)")
    # The attribute table and forms show the names too; the data keeps the codes.
    index = courses.fields().indexOf("language")
    setup = courses.editorWidgetSetup(index)
    assert setup.type() == "ValueMap"
    assert {"svenska": "sv"} in setup.config()["map"]
    centres = manager.layer(TRAINING_CENTRES)
    assert feature(centres, IMG)["country_code"] == "SE"
    iso2 = countries.editorWidgetSetup(countries.fields().indexOf("iso2"))
    assert iso2.type() == "ValueMap" and {"Romania (RO)": "RO"} in iso2.config()["map"]


# -- readable ----------------------------------------------------------------------------------
def test_tips_are_wide_in_the_interface_font_and_wrap_long_values(
    cache: LayerCache, project: QgsProject
) -> None:
    manager = LayerManager(cache, project)
    manager.ensure_layers()
    family = QApplication.font().family()
    for layer in manager.layers().values():
        template = layer.mapTipTemplate()
        assert f"min-width: {TIP_MIN_WIDTH_PX}px" in template and TIP_MIN_WIDTH_PX >= 320
        assert f"font-family: '{family}', sans-serif" in template
        assert "font-size: " in template and "pt" in template
        assert "overflow-wrap: break-word" in template and "word-break: break-word" in template
        assert "height:" not in template.replace("line-height:", "")  # nothing clips it
    centres = manager.layer(TRAINING_CENTRES)
    html = tip(centres, feature(centres, IMG))
    # A value longer than a tip shows is shortened with an ellipsis, not cut off by the box.
    assert "Address:" in shown_text(html)
    shown_address = shown_text(html).split("Address: ", 1)[1].split("\n", 1)[0]
    assert shown_address.endswith("\u2026") and len(shown_address) == 300


# -- an older cache ----------------------------------------------------------------------------
def make_old_layout(cache: LayerCache) -> None:
    """Turn the cache into schema 1: frozen English tip HTML, no JSON lists."""
    dataset = ogr.Open(cache.path, 1)
    for table, drop in (
        (TRAINING_CENTRES, ("next_courses", "next_course_count")),
        (CERTIFIED_ORGANISATIONS, ("organisations",)),
        (UPCOMING_COURSES, ()),
    ):
        layer = dataset.GetLayerByName(table)
        for name in drop:
            assert layer.DeleteField(layer.GetLayerDefn().GetFieldIndex(name)) == 0
        layer.CreateField(ogr.FieldDefn("maptip_html", ogr.OFTString))
        dataset.ExecuteSQL(f"UPDATE {table} SET maptip_html = '<b>Next courses</b>'")  # noqa: S608
    dataset.ExecuteSQL("UPDATE cache_metadata SET schema_version = 1")
    dataset = None


def test_an_old_cache_is_migrated_and_its_layers_read_the_new_columns(
    cache: LayerCache, project: QgsProject
) -> None:
    make_old_layout(cache)
    assert not cache.has_schema()
    assert cache.metadata() == {}  # counts as never written: the next refresh fetches all
    # A project saved with the old plugin has the layers already.
    old = QgsVectorLayer(cache.uri(TRAINING_CENTRES), "Training centres", "ogr")
    assert "maptip_html" in old.fields().names()
    manager = LayerManager(cache, project)
    project.addMapLayer(old)
    old.setCustomProperty("certification_plugin/table", TRAINING_CENTRES)
    # The project opens before any refresh: the new tip degrades, it shows no expression.
    LayerManager.decorate(old, TRAINING_CENTRES)
    before = tip(old, feature(old, "Centrul București"))
    assert "[%" not in before and "Geo Academy România" in before

    centres, courses, organisations = catalogue()
    with cache.batch() as batch:  # what the refresh does
        batch.write_organisations(organisations, sample.SERVER, ["http://s/o"])
        batch.write_training_centres(centres, sample.SERVER, ["http://s/tc"], courses=courses)
        batch.write_courses(courses, sample.SERVER, ["http://s/c"])
    assert cache.has_schema()
    assert all(info.feature_count for info in cache.metadata().values())
    assert {m.table for m in cache.metadata().values()} == {
        TRAINING_CENTRES,
        UPCOMING_COURSES,
        CERTIFIED_ORGANISATIONS,
    }
    manager.ensure_layers()
    manager.reload(cache.metadata())
    layer = manager.layer(TRAINING_CENTRES)
    assert layer is old
    assert "maptip_html" not in layer.fields().names()
    assert "next_courses" in layer.fields().names()
    text = shown_text(tip(layer, feature(layer, "Centrul București")))
    assert "Next courses:" in text and "QGIS Desktop Fundamentals" in text
    dataset = ogr.Open(cache.path)
    versions = {f.GetField("schema_version") for f in dataset.GetLayerByName("cache_metadata")}
    assert versions == {SCHEMA_VERSION}
