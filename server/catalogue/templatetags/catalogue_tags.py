"""Template helpers for the catalogue's public pages."""

from __future__ import annotations

from django import template

from catalogue.languages import language_name as _language_name

register = template.Library()


@register.filter
def language_name(code: str | None) -> str | None:
    """``{{ course.language|language_name }}`` → "Romanian"."""
    return _language_name(code)
