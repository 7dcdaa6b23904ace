"""Course languages: codes are stored, English names are shown and accepted in filters."""

from __future__ import annotations

from functools import lru_cache

from django.conf.locale import LANG_INFO


def _info(code: str) -> dict | None:
    info = LANG_INFO.get(code.lower())
    if info and "fallback" in info and "name" not in info:
        info = LANG_INFO.get(info["fallback"][0])
    return info if info and "name" in info else None


@lru_cache(maxsize=512)
def language_name(code: str) -> str:
    """English name of a language code (``ro`` → ``Romanian``); the code itself if unknown."""
    info = _info(code)
    return info["name"] if info else code


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, tuple[str, ...]]:
    by_name: dict[str, set[str]] = {}
    for code, info in LANG_INFO.items():
        if "name" not in info:
            continue
        for name in (info["name"], info.get("name_local", "")):
            if name:
                by_name.setdefault(name.casefold(), set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in by_name.items()}


def language_codes(value: str) -> tuple[str, ...]:
    """Codes a filter value stands for: the value as a code, plus codes whose name it is."""
    value = value.strip()
    return tuple(dict.fromkeys((value.lower(), *_codes_by_name().get(value.casefold(), ()))))
