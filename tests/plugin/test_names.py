"""Countries and languages read as names: the world map's English country names with the code,
languages in their own words whatever form the server sends (code, BCP 47 tag, English name)."""

from __future__ import annotations

import pytest

from certification_plugin.qgis_io import names


def test_countries_come_from_qgis_world_map():
    known = names.country_names()
    assert len(known) > 200
    assert known["RO"] == "Romania"
    assert known["SE"] == "Sweden"
    # Names the map abbreviates for its labels read in full.
    assert known["BA"] == "Bosnia and Herzegovina"
    assert not [name for name in known.values() if "." in name]


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("RO", "Romania (RO)"),
        ("se", "Sweden (SE)"),
        (" tw ", "Taiwan (TW)"),
        ("XX", "XX"),
        ("", ""),
    ],
)
def test_country_label(code, label):
    assert names.country_label(code) == label


def test_country_choices_are_sorted_by_name_and_keep_codes():
    choices = names.country_choices(["SE", "RO", "at"])
    assert choices == [("AT", "Austria (AT)"), ("RO", "Romania (RO)"), ("SE", "Sweden (SE)")]


@pytest.mark.parametrize(
    ("given", "label"),
    [
        ("ro", "română"),
        ("sv", "svenska"),
        ("en", "English"),
        ("zh", "中文"),
        ("zh-hant", "繁體中文"),
        ("zh-Hant-TW", "繁體中文 (台灣)"),
        ("zh_TW", "繁體中文 (台灣)"),
        ("pt_BR", "português (Brasil)"),
        # The live site's feeds and API v1's language_name carry English names.
        ("German", "Deutsch"),
        ("Romanian", "română"),
        ("swedish", "svenska"),
        ("English", "English"),
        ("Traditional Chinese", "繁體中文"),
        ("Brazilian Portuguese", "português (Brasil)"),
        # Unknown values are shown as they came.
        ("Klingon", "Klingon"),
        ("xx", "xx"),
        ("", ""),
    ],
)
def test_language_label(given, label):
    assert names.language_label(given) == label
