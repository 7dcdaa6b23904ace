"""The PSC's map: countries with applications under review, overdue ones in their own rule."""

from __future__ import annotations

import time

from qgis.core import (
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRenderContext,
    QgsRuleBasedRenderer,
)

from certification_plugin.core.review_queue import CountryCount
from certification_plugin.qgis_io.review_map import (
    OVERDUE_FILL,
    build_features,
    layer_name,
    make_layer,
)

COUNTS = {
    "RO": CountryCount("RO", 2, 1),
    "SE": CountryCount("SE", 1, 0),
    "FR": CountryCount("FR", 5, 0),
    "XZ": CountryCount("XZ", 1, 0),  # no such country on the world map
}


def _rule_for(layer, feature) -> str:
    renderer = layer.renderer()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        symbols = renderer.symbolsForFeature(feature, context)
        keys = renderer.legendKeysForFeature(feature, context)
    finally:
        renderer.stopRender(context)
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    assert symbols, "every counted country is drawn"
    leaves = [labels[key] for key in keys if key in labels]
    assert len(leaves) == 1, leaves
    return leaves[0]


def test_the_layer_has_one_polygon_per_country_with_counts() -> None:
    found = build_features(COUNTS)
    assert [row.country for row in found.rows] == ["FR", "RO", "SE"]
    assert found.missing == ("XZ",)
    layer = make_layer(found, layer_name())
    assert layer.isValid() and layer.name() == "Applications under review"
    assert [f.name() for f in layer.fields()] == ["country", "count", "overdue"]
    features = {f["country"]: f for f in layer.getFeatures(QgsFeatureRequest())}
    assert set(features) == {"FR", "RO", "SE"}
    assert (features["RO"]["count"], features["RO"]["overdue"]) == (2, 1)
    assert all(not f.geometry().isEmpty() for f in features.values())
    assert (
        features["FR"].geometry().boundingBox().contains(QgsPointXY(2.35, 48.85))
    )  # Paris is in France's outline
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    assert _rule_for(layer, features["RO"]) == "With overdue reviews"
    assert _rule_for(layer, features["SE"]) == "1 application"
    assert _rule_for(layer, features["FR"]) == "4 or more applications"
    overdue_rule = layer.renderer().rootRule().children()[0]
    assert overdue_rule.symbol().color().name() == OVERDUE_FILL
    assert layer.labelsEnabled()


def test_no_counts_make_an_empty_layer_that_still_loads() -> None:
    found = build_features({})
    layer = make_layer(found, layer_name())
    assert layer.isValid() and layer.featureCount() == 0


def test_reading_the_outlines_is_quick_enough_for_every_country_at_once() -> None:
    codes = ["RO", "SE", "FR", "DE", "US", "BR", "CN", "TW", "IN", "ZA", "AU", "CA", "RU"]
    counts = {code: CountryCount(code, 1, 0) for code in codes}
    started = time.perf_counter()
    found = build_features(counts)
    elapsed = time.perf_counter() - started
    assert len(found.rows) == len(codes)
    layer = make_layer(found, layer_name())
    QgsProject.instance().addMapLayer(layer)
    try:
        assert QgsProject.instance().mapLayersByName(layer_name())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert elapsed < 5.0


def test_codes_that_are_not_two_letters_never_reach_the_filter() -> None:
    hostile = {"R' OR 1=1 --": CountryCount("R' OR 1=1 --", 1, 0), "SE": CountryCount("SE", 1, 0)}
    found = build_features(hostile)
    assert [row.country for row in found.rows] == ["SE"]
    assert found.missing == ("R' OR 1=1 --",)
