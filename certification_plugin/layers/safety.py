"""Make network text safe for map tips and layer actions (on top of ``core.escape``).

Feeds return names, addresses and URLs verbatim, markup and scripts included. Everything that
reaches HTML is escaped; only http(s) URLs and plain e-mail addresses become links or actions.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Optional, Tuple
from urllib.parse import urlsplit

from ..core.escape import html_escape, html_link, html_text, mailto_url, safe_url

MAX_TEXT = 300
"""Longest value shown in a map tip; longer feed values are shortened with an ellipsis."""

_BARE_HOST_RE = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?(/\S*)?$")
# The common case, decided without parsing: http(s), a plain host name (no user or password
# part), an optional port and a path of printable ASCII. Anything else takes the full check.
_PLAIN_WEB_URL_RE = re.compile(r"^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[!-~]*)?$")


def esc(text: object, limit: int = MAX_TEXT) -> str:
    """Shortened, HTML-escaped text (quotes too) with line breaks as ``<br>``."""
    value = "" if text is None else str(text)
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "\u2026"
    return _escaped(value)


@functools.lru_cache(maxsize=8192)
def _escaped(value: str) -> str:
    # Course types, organisations, centres and trainers repeat across thousands of rows.
    return html_text(value)


@functools.lru_cache(maxsize=4096)
def safe_web_url(url: Optional[str]) -> str:
    """``url`` when it is an http(s) URL with a host (a bare host name gets https), else "".

    ``javascript:``, ``data:``, ``file:``, ``mailto:`` and text with spaces or control
    characters are dropped, so web actions and links can only open web pages.
    """
    text = (url or "").strip()
    if not text or len(text) > 2000:
        return ""
    if _PLAIN_WEB_URL_RE.match(text):
        return text
    if "://" not in text and _BARE_HOST_RE.match(text):
        text = "https://" + text
    checked = safe_url(text)
    if checked is None:
        return ""
    parts = urlsplit(checked)
    if parts.scheme.lower() not in ("http", "https"):
        return ""
    if parts.username is not None or parts.password is not None:
        return ""
    return checked


def safe_email(email: Optional[str]) -> str:
    """A single plain e-mail address, or "" (nothing that could add mailto parameters)."""
    text = (email or "").strip()
    if len(text) > 254 or any(ch in text for ch in "?&=%/#"):
        return ""
    return text if mailto_url(text) else ""


def safe_location(location: Optional[Tuple[float, float]]) -> Optional[Tuple[float, float]]:
    """(lon, lat) when it is a real place; ``None`` for missing, out-of-range or (0, 0).

    The live site keeps (0, 0) for centres whose address was never placed on the map.
    """
    if location is None:
        return None
    try:
        lon, lat = float(location[0]), float(location[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        return None
    if lon == 0.0 and lat == 0.0:
        return None
    return lon, lat


def link(url: str, text: object) -> str:
    """An ``<a>`` to a URL checked by ``safe_web_url``/``mailto_url``; text shortened, escaped."""
    value = "" if text is None else str(text)
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1].rstrip() + "\u2026"
    return html_link(url, value)


__all__ = ["MAX_TEXT", "esc", "html_escape", "link", "safe_email", "safe_location", "safe_web_url"]
