"""Human names of course languages, as the public feeds and pages show them.

Courses store a language code (``en``, ``ro``, ``sv``, ``zh-hant``). The live site stores free
text instead, entered in English ("English" is its default), and its course feeds return that
text. So the feeds return the English name of the code ("Romanian", "Swedish", "Traditional
Chinese"), which is what the live site's data looks like. A value that is not a known code (an
imported free-text name, say) is returned unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf.locale import LANG_INFO


def _info(code: str) -> dict | None:
    info = LANG_INFO.get(code.strip().lower())
    if info and "fallback" in info:
        info = LANG_INFO.get(info["fallback"][0])
    return info


@lru_cache(maxsize=512)
def language_name(code: str | None) -> str | None:
    """English name for a language code; unknown values come back as they are."""
    info = _info(code) if code else None
    return str(info["name"]) if info else code


@lru_cache(maxsize=512)
def language_local_name(code: str | None) -> str | None:
    """The language's own name ("Română", "svenska"), for pages; unknown values unchanged."""
    info = _info(code) if code else None
    return str(info["name_local"]) if info else code


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, tuple[str, ...]]:
    by_name: dict[str, set[str]] = {}
    for code, info in LANG_INFO.items():
        for name in (info.get("name", ""), info.get("name_local", "")):
            if name:
                by_name.setdefault(name.casefold(), set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in by_name.items()}


def language_codes(value: str) -> tuple[str, ...]:
    """Codes a filter value stands for: the value as a code, plus codes whose name it is."""
    value = value.strip()
    return tuple(dict.fromkeys((value.lower(), *_codes_by_name().get(value.casefold(), ()))))
