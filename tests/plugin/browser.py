"""A stand-in for the system browser: QDesktopServices hands URLs of the given schemes to it,
so tests see what the plugin would open and nothing is launched."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, List, Sequence

from qgis.PyQt.QtCore import QObject, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices

#: Web links, and schemes a link must never open (caught here rather than launched).
SCHEMES = ("http", "https", "javascript", "file")


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: List[str] = []

    @pyqtSlot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@contextmanager
def recording_browser(schemes: Sequence[str] = SCHEMES) -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    try:
        yield recorder
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
