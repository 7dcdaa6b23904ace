"""Open web pages from the plugin's widgets: http(s) only, through the desktop's browser."""

from __future__ import annotations

from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ..layers.safety import safe_web_url


def web_url(url: str) -> str:
    """``url`` when it is an http(s) address that may be opened, else ``""``.

    Feed values can be ``javascript:``, ``file:`` or anything else; only web pages pass.
    """
    checked = safe_web_url(url)
    if checked and urlsplit(checked).scheme.lower() in ("http", "https"):
        return checked
    return ""


def open_web_url(url: str) -> bool:
    """Open ``url`` in the browser when it is a safe web address; False when refused."""
    checked = web_url(url)
    if not checked:
        return False
    return bool(QDesktopServices.openUrl(QUrl(checked, QUrl.ParsingMode.StrictMode)))
