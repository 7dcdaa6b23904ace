"""Escaping for text from the network before it goes into HTML (map tips, labels, messages).

Feeds return names, addresses and URLs verbatim, markup and script included. Everything from
a server is escaped; a link is only built for http(s) and mailto targets, so a value like
``javascript:...`` can never become clickable.
"""

from __future__ import annotations

import html
import re
from typing import Optional
from urllib.parse import quote, urlsplit

SAFE_LINK_SCHEMES = ("http", "https", "mailto")
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f-\x9f]")
_EMAIL_RE = re.compile(
    r"^[^@\s<>\"',;:()\[\]\\]+@[^@\s<>\"',;:()\[\]\\]+\.[^@\s<>\"',;:()\[\]\\]+$"
)


def html_escape(value: object) -> str:
    """``value`` as text safe inside HTML content and quoted attributes (``None`` → "")."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def html_text(value: object) -> str:
    """Escaped text with line breaks kept as ``<br>`` (addresses span several lines)."""
    escaped = html_escape(value).replace("\r\n", "\n").replace("\r", "\n")
    return escaped.replace("\n", "<br>")


def safe_url(url: object) -> Optional[str]:
    """The URL, trimmed, when it is an absolute http(s) or mailto URL; otherwise ``None``.

    Whitespace and control characters inside the URL are refused rather than removed:
    browsers strip them, which is how ``java\\nscript:`` slips through naive filters.
    """
    if not isinstance(url, str):
        return None
    text = url.strip()
    if not text or _CONTROL_RE.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_LINK_SCHEMES:
        return None
    if scheme == "mailto":
        return text if _EMAIL_RE.match(parts.path) else None
    if not parts.netloc or not parts.hostname:
        return None
    return text


def mailto_url(email: object) -> Optional[str]:
    """``mailto:`` URL for a plausible e-mail address, else ``None``."""
    if not isinstance(email, str):
        return None
    address = email.strip()
    if not _EMAIL_RE.match(address):
        return None
    return "mailto:" + quote(address, safe="@.+-_")


def html_link(url: object, text: object = None) -> str:
    """``<a href="…">text</a>`` for a safe URL; only the escaped text when the URL is unsafe.

    ``text`` defaults to the URL itself. Both are escaped; the link opens outside QGIS
    (``target="_blank"`` with ``rel="noopener noreferrer"``).
    """
    target = safe_url(url)
    label = html_escape(url if text is None else text)
    if target is None:
        return label
    return f'<a href="{html_escape(target)}" target="_blank" rel="noopener noreferrer">{label}</a>'


def html_mail_link(email: object) -> str:
    """A ``mailto:`` link for a plausible e-mail address; the escaped text otherwise."""
    target = mailto_url(email)
    if target is None:
        return html_escape(email)
    return f'<a href="{html_escape(target)}">{html_escape(email)}</a>'
