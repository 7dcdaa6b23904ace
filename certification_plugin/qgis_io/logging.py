"""One log tag for the plugin and message-bar helpers that never render network text as markup.

``QgsMessageBar`` items show their title and text as rich text, so every string is escaped
here, including our own translated titles (a translation may contain ``&`` or ``<``).
"""

from __future__ import annotations

import html
from typing import Optional

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

LOG_TAG = "QGIS Certification"

INFO = Qgis.MessageLevel.Info
WARNING = Qgis.MessageLevel.Warning
CRITICAL = Qgis.MessageLevel.Critical
SUCCESS = Qgis.MessageLevel.Success

# Seconds a message stays; warnings and errors stay until dismissed so nobody misses them.
_DURATIONS = {INFO: 5, SUCCESS: 5, WARNING: 0, CRITICAL: 0}


def log(message: str, level: Qgis.MessageLevel = INFO) -> None:
    """Write to the plugin's tab of the log panel (plain text, any thread)."""
    QgsMessageLog.logMessage(message, LOG_TAG, level, notifyUser=level in (WARNING, CRITICAL))


def escape_for_bar(text: str) -> str:
    """Escape text for the rich-text message bar; keep line breaks visible."""
    return html.escape(text or "", quote=True).replace("\n", "<br>")


def default_title() -> str:
    return QCoreApplication.translate("CertificationLogging", "QGIS Certification")


def push_message(
    bar: object,
    text: str,
    level: Qgis.MessageLevel = INFO,
    title: Optional[str] = None,
    duration: Optional[int] = None,
) -> None:
    """Show ``text`` (plain text, escaped here) in ``bar`` (a ``QgsMessageBar``) and log it.

    Must run on the main thread: the message bar is a widget.
    """
    shown_title = title if title is not None else default_title()
    seconds = _DURATIONS.get(level, 5) if duration is None else duration
    log(f"{shown_title}: {text}", level)
    if bar is None:
        return
    bar.pushMessage(escape_for_bar(shown_title), escape_for_bar(text), level, seconds)


def push_info(bar: object, text: str, title: Optional[str] = None) -> None:
    push_message(bar, text, INFO, title)


def push_success(bar: object, text: str, title: Optional[str] = None) -> None:
    push_message(bar, text, SUCCESS, title)


def push_warning(bar: object, text: str, title: Optional[str] = None) -> None:
    push_message(bar, text, WARNING, title)


def push_error(bar: object, text: str, title: Optional[str] = None) -> None:
    push_message(bar, text, CRITICAL, title)
