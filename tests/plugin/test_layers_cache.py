"""The GeoPackage cache: content, escaping, safe links, atomic replacement, country join."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Dict, List

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsVectorLayer

from certification_plugin.core.errors import CancelledError
from certification_plugin.layers.cache import (
    CERTIFIED_ORGANISATIONS,
    METADATA_TABLE,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
    CacheError,
    LayerCache,
    WorldMapMissingError,
)
from certification_plugin.layers.rows import MAX_COURSES_IN_TIP
from certification_plugin.qgis_io.paths import world_map_path
from tests.plugin import sample_catalogue as sample


@pytest.fixture
def cache(tmp_path: Path) -> LayerCache:
    return LayerCache(str(tmp_path / "certification" / "cache.gpkg"))


def rows(cache: LayerCache, table: str) -> List[Dict[str, object]]:
    dataset = ogr.Open(cache.path)
    layer = dataset.GetLayerByName(table)
    result = []
    for feature in layer:
        row = feature.items()
        geometry = feature.GetGeometryRef()
        row["_geometry"] = geometry.ExportToWkt() if geometry is not None else None
        result.append(row)
    return result


def test_schema_has_every_table_and_a_wal_journal(cache: LayerCache) -> None:
    assert not cache.has_schema()
    cache.ensure_schema()
    assert cache.has_schema()
    dataset = ogr.Open(cache.path)
    names = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())}
    assert {TRAINING_CENTRES, UPCOMING_COURSES, CERTIFIED_ORGANISATIONS, METADATA_TABLE} <= names
    assert dataset.GetLayerByName(TRAINING_CENTRES).GetGeomType() == ogr.wkbPoint
    assert dataset.GetLayerByName(CERTIFIED_ORGANISATIONS).GetGeomType() == ogr.wkbMultiPolygon
    journal = dataset.ExecuteSQL("PRAGMA journal_mode")
    assert journal.GetNextFeature().GetField(0) == "wal"
    dataset.ReleaseResultSet(journal)


def test_training_centres_are_written_with_safe_links_and_locations(cache: LayerCache) -> None:
    written = cache.write_training_centres(sample.training_centres(), sample.SERVER, ["u1"])
    assert written == 4
    by_name = {row["name"]: row for row in rows(cache, TRAINING_CENTRES)}
    bucharest = by_name["Centrul București"]
    assert bucharest["_geometry"] == "POINT (26.1025 44.4268)"
    assert bucharest["website"] == "https://geo.example.ro/bucuresti"
    assert bucharest["email"] == "info@geo.example.ro"
    assert bucharest["centre_id"] == 12
    assert bucharest["online"] == 0
    hostile = by_name['<i>Amsterdam</i> & "Co" Lab']
    assert hostile["website"] == ""  # javascript: never becomes a link or an action
    assert hostile["email"] == ""  # no mailto parameters smuggled in
    online = by_name["Online Campus"]
    assert online["_geometry"] is None and online["online"] == 1
    # (0, 0) is the live site's "never placed", not a place in the Gulf of Guinea.
    assert by_name["Null Island Room"]["_geometry"] is None


def test_the_cache_holds_data_only_no_captions_or_markup(cache: LayerCache) -> None:
    cache.write_training_centres(
        sample.training_centres(), sample.SERVER, courses=sample.courses(8)
    )
    cache.write_courses(sample.courses(), sample.SERVER)
    cache.write_organisations(sample.organisations(), sample.SERVER)
    every = rows(cache, TRAINING_CENTRES) + rows(cache, UPCOMING_COURSES)
    every += rows(cache, CERTIFIED_ORGANISATIONS)
    assert all("maptip_html" not in row for row in every)
    joined = "\n".join(str(value) for row in every for value in row.values())
    # Text verbatim (escaping is the map tip's job, when it is shown), no caption, no markup
    # of ours, no unsafe link.
    assert '<i>Amsterdam</i> & "Co" Lab' in joined
    assert "Str. Exemplu 1\nSector 2" in joined
    for caption in ("Next courses", "Organisation:", "More on the certification website"):
        assert caption not in joined
    assert "<br>" not in joined and "<li>" not in joined and "href=" not in joined
    assert "javascript:" not in joined
    by_name = {row["name"]: row for row in rows(cache, TRAINING_CENTRES)}
    bucharest = by_name["Centrul București"]
    listed = json.loads(bucharest["next_courses"])
    assert listed[0] == {
        "dates": "2030-01-01 \u2013 2030-01-03",
        "name": "QGIS Desktop Fundamentals",
    }
    there = [c for c in sample.courses(8) if c.training_centre_name == "Centrul București"]
    assert len(there) > MAX_COURSES_IN_TIP  # more than a tip lists: the count tells the rest
    assert len(listed) == MAX_COURSES_IN_TIP and bucharest["next_course_count"] == len(there)
    assert json.loads(by_name["Null Island Room"]["next_courses"]) == []


def test_courses_keep_dates_pages_and_online_flags(cache: LayerCache) -> None:
    cache.write_courses(sample.courses(), sample.SERVER)
    by_name = {row["name"]: row for row in rows(cache, UPCOMING_COURSES)}
    fundamentals = by_name["QGIS Desktop Fundamentals"]
    assert fundamentals["start_date"] == "2030/01/01"
    assert fundamentals["end_date"] == "2030/01/03"
    assert fundamentals["page_url"].endswith("/course/x/")
    assert fundamentals["_geometry"] == "POINT (26.1025 44.4268)"
    assert by_name[sample.HOSTILE + " course"]["page_url"] == ""
    online = by_name["Online QGIS"]
    assert online["online"] == 1 and online["_geometry"] is None


def test_rewriting_replaces_rows_and_records_metadata(cache: LayerCache) -> None:
    cache.write_courses(sample.courses(50), sample.SERVER, ["http://a/1", "http://a/2"])
    cache.write_courses(sample.courses(7), "http://other/", ["http://b/"])
    assert len(rows(cache, UPCOMING_COURSES)) == 7
    info = cache.metadata()[UPCOMING_COURSES]
    assert info.feature_count == 7
    assert info.server_url == "http://other/"
    assert info.source_urls == ("http://b/",)
    assert info.last_updated is not None and info.last_updated.tzinfo is not None
    assert len([r for r in rows(cache, METADATA_TABLE) if r["table_name"] == UPCOMING_COURSES]) == 1


def test_a_reader_never_sees_a_half_written_table(cache: LayerCache) -> None:
    cache.write_courses(sample.courses(3), sample.SERVER)
    seen_during_write: List[int] = []

    def progress(_fraction: float) -> None:
        # Another connection, as QGIS's provider would have, while the transaction is open.
        dataset = ogr.Open(cache.path)
        seen_during_write.append(dataset.GetLayerByName(UPCOMING_COURSES).GetFeatureCount())
        dataset = None

    cache.write_courses(sample.courses(1200), sample.SERVER, progress=progress)
    assert seen_during_write and set(seen_during_write) == {3}
    assert len(rows(cache, UPCOMING_COURSES)) == 1200


def test_a_cancelled_write_leaves_the_previous_content(cache: LayerCache) -> None:
    cache.write_courses(sample.courses(3), sample.SERVER, ["http://before/"])
    calls = []

    def is_cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # cancel at the second check, after 500 rows

    with pytest.raises(CancelledError):
        cache.write_courses(sample.courses(1200), "http://after/", is_cancelled=is_cancelled)
    assert len(rows(cache, UPCOMING_COURSES)) == 3
    assert cache.metadata()[UPCOMING_COURSES].source_urls == ("http://before/",)


def test_a_batch_commits_every_table_at_once_or_none(cache: LayerCache) -> None:
    cache.write_courses(sample.courses(3), sample.SERVER, ["http://before/courses"])
    cache.write_training_centres(sample.training_centres(), sample.SERVER, ["http://before/tc"])
    centres_before = rows(cache, TRAINING_CENTRES)

    def cancel_at_once() -> bool:
        return True

    with pytest.raises(CancelledError), cache.batch() as batch:
        batch.write_courses(sample.courses(7), "http://after/", ["http://after/courses"])
        # Written but not committed: the file still holds the old rows.
        assert len(rows(cache, UPCOMING_COURSES)) == 3
        batch.write_training_centres(
            sample.training_centres(), "http://after/", is_cancelled=cancel_at_once
        )
    assert len(rows(cache, UPCOMING_COURSES)) == 3
    assert rows(cache, TRAINING_CENTRES) == centres_before
    assert cache.metadata()[UPCOMING_COURSES].source_urls == ("http://before/courses",)

    with cache.batch() as batch:
        batch.write_courses(sample.courses(7), "http://after/", ["http://after/courses"])
        batch.write_training_centres(sample.training_centres(), "http://after/", ["http://tc"])
    assert len(rows(cache, UPCOMING_COURSES)) == 7
    with pytest.raises(CacheError):  # the writer ends with its block
        batch.write_courses(sample.courses(1), "http://late/")
    metadata = cache.metadata()
    assert metadata[UPCOMING_COURSES].server_url == "http://after/"
    assert metadata[TRAINING_CENTRES].source_urls == ("http://tc",)
    layer = QgsVectorLayer(cache.uri(UPCOMING_COURSES), "courses", "ogr")
    assert layer.featureCount() == 7 and not layer.extent().isEmpty()


def test_organisations_become_country_polygons(cache: LayerCache) -> None:
    written = cache.write_organisations(sample.organisations(), sample.SERVER)
    assert written.countries == 3
    assert set(written.unplaced) == {"Nowhere Ltd", "Atlantis Maps"}
    by_code = {row["iso2"]: row for row in rows(cache, CERTIFIED_ORGANISATIONS)}
    assert set(by_code) == {"NL", "RO", "SE"}
    sweden = by_code["SE"]
    assert sweden["organisation_count"] == 2
    assert sweden["organisation_names"] == "Kartskolan; Stockholm GIS"
    assert sweden["country_name"] == "Sweden"
    assert sweden["_geometry"].startswith("MULTIPOLYGON")
    assert by_code["RO"]["country_name"] == "Romania"
    # The organisations a tip lists, with a link target only when it is an http(s) page.
    assert json.loads(sweden["organisations"]) == [
        {"name": "Kartskolan", "url": "https://kartskolan.example.se"},
        {"name": "Stockholm GIS", "url": ""},
    ]
    assert json.loads(by_code["NL"]["organisations"]) == [{"name": sample.HOSTILE, "url": ""}]


def test_country_layer_reads_in_qgis_with_its_extent(cache: LayerCache) -> None:
    cache.write_organisations(sample.organisations(), sample.SERVER)
    layer = QgsVectorLayer(cache.uri(CERTIFIED_ORGANISATIONS), "o", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 3
    extent = layer.extent()
    assert 29 < extent.xMaximum() < 31  # Romania is the easternmost
    assert 68 < extent.yMaximum() < 70  # northern Sweden
    assert layer.crs().authid() == "EPSG:4326"


def test_the_extent_follows_the_rows_when_a_table_is_rewritten(cache: LayerCache) -> None:
    def extent():
        return QgsVectorLayer(cache.uri(CERTIFIED_ORGANISATIONS), "o", "ogr").extent()

    cache.write_organisations(sample.organisations(), sample.SERVER)
    assert extent().xMaximum() > 29  # Romania
    romania = [o for o in sample.organisations() if o.country_code == "RO"]
    cache.write_organisations(romania, sample.SERVER)
    assert 20 < extent().xMinimum() < extent().xMaximum() < 31
    assert extent().yMaximum() < 49  # Sweden is gone
    with cache.batch() as batch:
        batch.write_organisations(sample.organisations(), sample.SERVER)
        batch.write_organisations(romania, sample.SERVER)
    assert extent().yMaximum() < 49


def test_missing_world_map_is_reported_and_writes_nothing(
    cache: LayerCache, tmp_path: Path
) -> None:
    cache.write_organisations(sample.organisations(), sample.SERVER)
    with pytest.raises(WorldMapMissingError):
        cache.write_organisations([], sample.SERVER, world_map=str(tmp_path / "nope.gpkg"))
    assert len(rows(cache, CERTIFIED_ORGANISATIONS)) == 3


def test_world_map_is_the_one_qgis_ships() -> None:
    assert world_map_path().startswith(QgsApplication.pkgDataPath())
    assert os.path.isfile(world_map_path())


def test_clear_empties_tables_but_keeps_the_file(cache: LayerCache) -> None:
    cache.write_training_centres(sample.training_centres(), sample.SERVER)
    cache.write_courses(sample.courses(), sample.SERVER)
    cache.clear()
    assert cache.has_schema()
    assert rows(cache, TRAINING_CENTRES) == []
    assert rows(cache, UPCOMING_COURSES) == []
    assert cache.metadata() == {}
