"""Choose JSON or HTML for a feed request the way the live site's REST framework views do.

The live feeds are Django REST framework views with a JSON renderer first and the browsable
(HTML) renderer second. Clients that ask for ``application/json`` or send no preference get
JSON; a browser, whose ``Accept`` header starts with ``text/html``, gets a page; anything we
cannot produce (``application/geo+json`` alone) gets 406. Media ranges are tried by
specificity (as REST framework does), not by their ``q`` values.
"""

from __future__ import annotations

from typing import Literal

Format = Literal["json", "html"]

#: Renderers in the live site's order: the first one that matches wins within a precedence set.
RENDERERS: tuple[tuple[Format, str], ...] = (("json", "application/json"), ("html", "text/html"))

#: ``?format=`` values the live site's views understand.
FORMAT_OVERRIDES: dict[str, Format] = {"json": "json", "api": "html"}


def _parse_range(item: str) -> tuple[str, str, dict[str, str]] | None:
    """Split one ``type/subtype;param=value`` range; ``None`` when it is not a media range."""
    media, *raw_params = (part.strip() for part in item.split(";"))
    if "/" not in media:
        return None
    main, sub = (piece.strip().lower() for piece in media.split("/", 1))
    if not main or not sub:
        return None
    params: dict[str, str] = {}
    for raw in raw_params:
        key, _, value = raw.partition("=")
        if key.strip():
            params[key.strip().lower()] = value.strip()
    return main, sub, params


def _precedence(main: str, sub: str, params: dict[str, str]) -> int:
    """3 = type/subtype with parameters, 2 = type/subtype, 1 = type/*, 0 = */*."""
    if main == "*":
        return 0
    if sub == "*":
        return 1
    if not params or list(params) == ["q"]:
        return 2
    return 3


def _matches(renderer_type: str, main: str, sub: str) -> bool:
    r_main, r_sub = renderer_type.split("/", 1)
    return main in ("*", r_main) and sub in ("*", r_sub)


def negotiate(accept: str | None, format_override: str | None = None) -> Format | None:
    """The representation to send, or ``None`` when nothing acceptable can be produced."""
    if format_override:
        return FORMAT_OVERRIDES.get(format_override)
    ranges = [r for r in (_parse_range(i) for i in (accept or "*/*").split(",")) if r]
    if not ranges:
        ranges = [("*", "*", {})]
    for level in (3, 2, 1, 0):
        level_ranges = [r for r in ranges if _precedence(*r) == level]
        for fmt, media_type in RENDERERS:
            if any(_matches(media_type, main, sub) for main, sub, _params in level_ranges):
                return fmt
    return None
