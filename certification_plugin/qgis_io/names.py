"""Names people read instead of codes: countries from QGIS's world map, languages in their own
words.

QGIS's bundled world map has English country names only, so a country reads "Romania (RO)":
the name to find it by, the code that the feeds and filters use. A language reads in its own
language ("svenska", "română"), as language pickers do, so a speaker finds it whatever
language the interface is in. Both are looked up once and kept; any thread may call them.
"""

from __future__ import annotations

import threading
from typing import Dict, List, Optional, Tuple

from osgeo import ogr
from qgis.PyQt.QtCore import QLocale

from .paths import world_map_path

#: Bare codes whose default locale Qt names after one region's variant ("American English",
#: "简体中文"); the language as a whole reads better in a list.
_BARE_LANGUAGES = {"en": "English", "zh": "中文"}

#: English names that Django (and so the reference server's ``language_name``) gives to
#: variants, which Qt's English language names do not include.
_ENGLISH_VARIANTS = {
    "traditional chinese": "zh-Hant",
    "simplified chinese": "zh-Hans",
    "brazilian portuguese": "pt-BR",
    "british english": "en-GB",
    "australian english": "en-AU",
    "european spanish": "es-ES",
    "mexican spanish": "es-MX",
    "argentinian spanish": "es-AR",
    "norwegian bokmål": "nb",
    "norwegian nynorsk": "nn",
}

#: The world map abbreviates some names to fit a map label ("Bosnia and Herz."); a list
#: reads them in full.
_FULL_NAMES = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CF": "Central African Republic",
    "CK": "Cook Islands",
    "DO": "Dominican Republic",
    "EH": "Western Sahara",
    "FK": "Falkland Islands",
    "FO": "Faroe Islands",
    "GQ": "Equatorial Guinea",
    "GS": "South Georgia and the South Sandwich Islands",
    "HM": "Heard Island and McDonald Islands",
    "IO": "British Indian Ocean Territory",
    "KN": "Saint Kitts and Nevis",
    "KY": "Cayman Islands",
    "MH": "Marshall Islands",
    "MP": "Northern Mariana Islands",
    "PF": "French Polynesia",
    "PM": "Saint Pierre and Miquelon",
    "PN": "Pitcairn Islands",
    "SB": "Solomon Islands",
    "SS": "South Sudan",
    "TC": "Turks and Caicos Islands",
    "TF": "French Southern and Antarctic Lands",
    "UM": "United States Minor Outlying Islands",
    "VC": "Saint Vincent and the Grenadines",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "WF": "Wallis and Futuna",
}

_lock = threading.Lock()
_countries: Optional[Dict[str, str]] = None


def country_names() -> Dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name, from QGIS's world map (empty if it is missing)."""
    global _countries
    with _lock:
        if _countries is None:
            _countries = _read_country_names(world_map_path())
        return _countries


def _read_country_names(path: str) -> Dict[str, str]:
    names: Dict[str, str] = {}
    dataset = ogr.Open(path, 0)
    if dataset is None:
        return names
    layer = dataset.GetLayerByName("countries")
    if layer is None:
        return names
    definition = layer.GetLayerDefn()
    fields = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    name_field = "name" if "name" in fields else "NAME"
    for feature in layer:
        code = (feature.GetField("iso_a2") or "").strip().upper()
        name = (feature.GetField(name_field) or "").strip()
        if len(code) == 2 and code.isalpha() and name and code not in names:
            names[code] = _FULL_NAMES.get(code, name)
    return names


def country_label(code: str) -> str:
    """ "Romania (RO)"; the code alone when the world map does not know it."""
    code = (code or "").strip().upper()
    name = country_names().get(code)
    return f"{name} ({code})" if name else code


def country_choices(codes: Optional[List[str]] = None) -> List[Tuple[str, str]]:
    """(code, label) pairs sorted by label: every country of the world map, or `codes`."""
    wanted = country_names().keys() if codes is None else {c.strip().upper() for c in codes}
    pairs = [(code, country_label(code)) for code in wanted if code]
    return sorted(pairs, key=lambda pair: pair[1].casefold())


def language_label(code: str) -> str:
    """A language in its own words ("svenska", "română", "中文"), the code when Qt has none.

    Accepts "sv", "pt_BR", "zh-Hant", and the English names that the live site's feeds and
    API v1's ``language_name`` carry ("German" -> "Deutsch"); a regional variant keeps its
    country in brackets ("português (Brasil)").
    """
    raw = (code or "").strip()
    if not raw:
        return ""
    if raw.lower() in _BARE_LANGUAGES:
        return _BARE_LANGUAGES[raw.lower()]
    by_name = _ENGLISH_VARIANTS.get(raw.casefold()) or _english_language_codes().get(raw.casefold())
    if by_name is not None:
        return language_label(by_name)
    locale = QLocale(_locale_name(raw))
    if locale.language() == QLocale.Language.C:
        return raw
    name = locale.nativeLanguageName()
    if not name:
        return raw
    if _has_region(raw):
        region = locale.nativeCountryName()
        if region:
            return f"{name} ({region})"
    return name


def _has_region(code: str) -> bool:
    """True for "pt_BR", "zh-Hant-TW"; False for "zh-Hant", whose subtag is a script."""
    parts = code.replace("-", "_").split("_")[1:]
    return any((len(part) == 2 and part.isalpha()) or part.isdigit() for part in parts)


_english_names: Optional[Dict[str, str]] = None


def _english_language_codes() -> Dict[str, str]:
    """Qt's English language names, case-folded -> ISO 639 code ("german" -> "de")."""
    global _english_names
    with _lock:
        if _english_names is None:
            names: Dict[str, str] = {}
            for value in range(2, 400):  # 0 is AnyLanguage, 1 is C
                try:
                    language = QLocale.Language(value)
                except ValueError:
                    continue
                english = QLocale.languageToString(language)
                code = QLocale(language).name().split("_")[0]
                if english and code and code != "C" and english.casefold() not in names:
                    names[english.casefold()] = code
            _english_names = names
        return _english_names


def _locale_name(code: str) -> str:
    """ "zh-hant" -> "zh_Hant", "pt-br" -> "pt_BR": QLocale reads subtags in BCP 47 case only
    (it takes "zh_hant" for Simplified Chinese)."""
    parts = [part for part in code.replace("-", "_").split("_") if part]
    cased = [parts[0].lower()] if parts else []
    for part in parts[1:]:
        cased.append(part.title() if len(part) == 4 and part.isalpha() else part.upper())
    return "_".join(cased)
