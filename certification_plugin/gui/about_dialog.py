"""Help / About: versions, the server in use, where to get help and where the logs are.

What a user needs when reporting a problem, in one place: the plugin's and QGIS's versions,
the server the plugin talks to, links to the homepage, the tracker and the programme's site,
and the tab of the Log Messages panel the plugin writes to (with a button that opens the
panel). Every value is escaped; only http(s) links are built, and they open through
``links.open_web_url`` (never as a ``file:`` or ``javascript:`` URL).
"""

from __future__ import annotations

from typing import Callable, List, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.escape import html_escape
from ..core.versioning import plugin_version, read_metadata_value
from ..qgis_io.logging import LOG_TAG
from .links import open_web_url, web_url

OBJECT_NAME = "CertificationAboutDialog"
PROGRAMME_URL = "https://certification.qgis.org"
MIN_TEXT_WIDTH = 440


def _link(url: str, text: str) -> str:
    """An escaped ``<a>`` for an http(s) URL; the escaped text alone for anything else."""
    checked = web_url(url)
    if not checked:
        return html_escape(text)
    return f'<a href="{html_escape(checked)}">{html_escape(text)}</a>'


class AboutDialog(QDialog):
    """The plugin's About box (``plugin.show_about()``).

    ``open_log_panel`` shows QGIS's Log Messages panel (``iface.openMessageLog``).
    """

    def __init__(
        self,
        server_url: str,
        open_log_panel: Optional[Callable[[], None]] = None,
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self._open_log_panel = open_log_panel
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("About QGIS Certification"))
        self.opened_urls: List[str] = []

        layout = QVBoxLayout(self)
        self.text_label = QLabel(self)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setOpenExternalLinks(False)  # links go through open_web_url
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text_label.linkActivated.connect(self._open_link)
        self.text_label.setText(self.html(server_url))
        self.text_label.setMinimumWidth(MIN_TEXT_WIDTH)
        layout.addWidget(self.text_label)

        self.log_label = QLabel(self.logs_text(), self)
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setWordWrap(True)
        self.log_label.setMinimumWidth(MIN_TEXT_WIDTH)
        layout.addWidget(self.log_label)

        self.log_button = QPushButton(self.tr("Open the Log Messages panel"), self)
        self.log_button.setToolTip(
            self.tr("The plugin's messages are on the “{}” tab of that panel.").format(LOG_TAG)
        )
        self.log_button.clicked.connect(self.open_log_panel)
        layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ content
    def links(self) -> List[Tuple[str, str]]:
        """(caption, URL) of the pages the dialog links to, from ``metadata.txt``."""
        return [
            (self.tr("Homepage"), read_metadata_value("homepage")),
            (self.tr("Report a problem or suggest an idea"), read_metadata_value("tracker")),
            (self.tr("QGIS Certification Programme"), PROGRAMME_URL),
        ]

    def html(self, server_url: str) -> str:
        """The dialog's text: every value escaped, links only for http(s) URLs."""
        rows = [
            (self.tr("Plugin version"), html_escape(plugin_version())),
            (self.tr("QGIS version"), html_escape(Qgis.version())),
            (self.tr("Server"), _link(server_url, server_url) if server_url else self.tr("none")),
        ]
        table = "".join(
            f"<tr><td><b>{html_escape(caption)}</b>&nbsp;</td><td>{value}</td></tr>"
            for caption, value in rows
        )
        links = "".join(
            f"<li>{_link(url, caption)}</li>" for caption, url in self.links() if web_url(url)
        )
        summary = self.tr(
            "Certified organisations, training centres and upcoming courses as map layers, "
            "a course finder, a locator filter and Processing algorithms."
        )
        return (
            f"<h3>{html_escape(self.tr('QGIS Certification'))}</h3>"
            f"<p>{html_escape(summary)}</p>"
            f"<table>{table}</table>"
            f"<ul>{links}</ul>"
        )

    def logs_text(self) -> str:
        """Where the plugin's messages are (plain text)."""
        return self.tr(
            "The plugin writes its messages to the “{}” tab of the Log Messages panel "
            "(View > Panels > Log Messages)."
        ).format(LOG_TAG)

    # ------------------------------------------------------------------ actions
    def _open_link(self, url: str) -> None:
        if open_web_url(url):
            self.opened_urls.append(url)

    def open_log_panel(self) -> None:
        """Show QGIS's Log Messages panel (the user picks the plugin's tab in it)."""
        if self._open_log_panel is not None:
            self._open_log_panel()
