"""Template helpers for the catalogue's public pages."""

from __future__ import annotations

from django import template

from catalogue.languages import language_name as _language_name

register = template.Library()


@register.filter
def language_name(code: str | None) -> str | None:
    """``{{ course.language|language_name }}`` → "Romanian"."""
    return _language_name(code)


@register.filter
def contribution_kind(kind: str | None) -> str:
    """``{{ item.kind|contribution_kind }}`` → "Translation" (English, like the pages)."""
    from applications.texts import CONTRIBUTION_KINDS

    names = CONTRIBUTION_KINDS.get(kind or "")
    return names["en"] if names else str(kind or "")


@register.filter
def is_web_link(url: str | None) -> bool:
    """Only http(s) URLs become links; anything else (``javascript:``…) is shown as text."""
    from catalogue.views import is_web_link as _is_web_link

    return _is_web_link(url or "")
