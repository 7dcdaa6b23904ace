"""The plugin's page in QGIS Options: server, authentication, cache, connection test.

The page shows the stored settings, checks what the user types as they type it, and saves
only valid values when the Options dialog is accepted (``apply``). The authentication is
chosen with QGIS's own selector; only the configuration id is stored.
"""

from __future__ import annotations

import os
from typing import List, Optional

from qgis.gui import QgsAuthConfigSelect, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.models import ServerInfo
from ..qgis_io.logging import log
from ..qgis_io.messages import error_message
from ..qgis_io.settings import (
    CACHE_MAX_AGE_RANGE,
    DEFAULT_SERVER_URL,
    REQUEST_TIMEOUT_RANGE,
    SettingsError,
    normalise_server_url,
)
from .country_list import CountryList

PAGE_OBJECT_NAME = "certificationOptionsPage"
ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.svg")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationOptionsPage", text)


def describe_server(info: ServerInfo) -> str:
    """Plain-text result of a connection test (shown in a plain-text label)."""
    if not info.has_api:
        return _tr("Connected: public feeds only (certification.qgis.org-compatible).")
    lines = [_tr("Connected: API v1 {}").format(info.api_version or "?")]
    if info.server_version:
        lines[0] += " " + _tr("(server {})").format(info.server_version)
    if info.authenticated:
        roles = ", ".join(info.roles) if info.roles else _tr("no roles")
        lines.append(_tr("Signed in as {} (roles: {}).").format(info.username, roles))
    else:
        lines.append(_tr("Not signed in: public data only."))
    return "\n".join(lines)


class CertificationOptionsPage(QgsOptionsPageWidget):
    """Server URL, authentication configuration, cache age, timeout, countries, background."""

    def __init__(self, plugin: object, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName(PAGE_OBJECT_NAME)
        self._plugin = plugin
        self._settings = plugin.settings
        self._test_task: Optional[object] = None
        self._build()
        self.load()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)

        server_box = QGroupBox(self.tr("Certification server"), self)
        server_form = QFormLayout(server_box)
        self.server_url_edit = QLineEdit(server_box)
        self.server_url_edit.setPlaceholderText(DEFAULT_SERVER_URL)
        self.server_url_edit.setToolTip(
            self.tr(
                "certification.qgis.org, or a server that offers the certification API v1. "
                "Do not put credentials in the URL."
            )
        )
        server_form.addRow(self.tr("Server URL"), self.server_url_edit)
        self.auth_select = QgsAuthConfigSelect(server_box)
        server_form.addRow(self.tr("Authentication"), self.auth_select)
        self.timeout_spin = QSpinBox(server_box)
        self.timeout_spin.setRange(*REQUEST_TIMEOUT_RANGE)
        self.timeout_spin.setSuffix(self.tr(" s"))
        server_form.addRow(self.tr("Request timeout"), self.timeout_spin)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"), server_box)
        buttons.addWidget(self.test_button)
        self.sign_in_button = QPushButton(self.tr("Sign in with the browser…"), server_box)
        buttons.addWidget(self.sign_in_button)
        self.sign_out_button = QPushButton(self.tr("Sign out"), server_box)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        server_form.addRow(buttons)
        self.status_label = QLabel(server_box)
        # Server answers (user names, roles, error details) are data, never markup.
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        server_form.addRow(self.status_label)
        layout.addWidget(server_box)

        data_box = QGroupBox(self.tr("Layers and cache"), self)
        data_form = QFormLayout(data_box)
        self.countries_list = CountryList(data_box)
        self.countries_list.setToolTip(
            self.tr("Show only these countries on the layers; none checked shows them all.")
        )
        data_form.addRow(self.tr("Countries"), self.countries_list)
        self.background_check = QCheckBox(
            self.tr("Add a light country background when the layers go into an empty project"),
            data_box,
        )
        data_form.addRow(self.background_check)
        self.max_age_spin = QSpinBox(data_box)
        self.max_age_spin.setRange(*CACHE_MAX_AGE_RANGE)
        self.max_age_spin.setSuffix(self.tr(" h"))
        self.max_age_spin.setSpecialValueText(self.tr("Never update automatically"))
        self.max_age_spin.setToolTip(
            self.tr(
                "When a project with the certification layers opens and their data is older "
                "than this, it is updated in the background."
            )
        )
        data_form.addRow(self.tr("Update layers older than"), self.max_age_spin)
        cache_buttons = QHBoxLayout()
        self.clear_cache_button = QPushButton(self.tr("Clear cache"), data_box)
        cache_buttons.addWidget(self.clear_cache_button)
        cache_buttons.addStretch(1)
        data_form.addRow(cache_buttons)
        self.cache_label = QLabel(data_box)
        self.cache_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cache_label.setWordWrap(True)
        data_form.addRow(self.cache_label)
        layout.addWidget(data_box)

        self.validation_label = QLabel(self)
        self.validation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.validation_label.setWordWrap(True)
        self.validation_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.validation_label)
        layout.addStretch(1)

        self.server_url_edit.textChanged.connect(self._validate)
        self.test_button.clicked.connect(self.test_connection)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.auth_select.selectedConfigIdChanged.connect(self._update_sign_in_buttons)
        self.clear_cache_button.clicked.connect(self.clear_cache)

    # ------------------------------------------------------------------ load / save
    def load(self) -> None:
        """Show the stored settings."""
        self.server_url_edit.setText(self._settings.server_url)
        self.auth_select.setConfigId(self._settings.authcfg)
        self.timeout_spin.setValue(self._settings.request_timeout_s)
        self.max_age_spin.setValue(self._settings.cache_max_age_hours)
        self.countries_list.set_checked_codes(self._settings.countries)
        self.background_check.setChecked(self._settings.country_background)
        self.status_label.clear()
        self._validate()

    def errors(self) -> List[str]:
        """Translated problems with what is typed now; empty when everything can be saved."""
        problems = []
        try:
            normalise_server_url(self.server_url_edit.text())
        except SettingsError as exc:
            problems.append(str(exc))
        return problems

    def _validate(self) -> bool:
        problems = self.errors()
        self.validation_label.setText("\n".join(problems))
        self.validation_label.setVisible(bool(problems))
        server_ok = True
        try:
            normalise_server_url(self.server_url_edit.text())
        except SettingsError:
            server_ok = False
        self.test_button.setEnabled(server_ok and self._test_task is None)
        self._update_sign_in_buttons()
        return not problems

    # ------------------------------------------------------------------ sign-in
    def _typed_server_is_saved(self) -> bool:
        try:
            return normalise_server_url(self.server_url_edit.text()) == self._settings.server_url
        except SettingsError:
            return False

    def _update_sign_in_buttons(self, *_args: object) -> None:
        """Sign in only to the saved server (the token must never go to another one);
        sign out of the selected configuration when it is the saved one."""
        saved = self._typed_server_is_saved()
        self.sign_in_button.setEnabled(saved)
        self.sign_in_button.setToolTip(
            self.tr("Sign in on the web page of the server and approve QGIS there.")
            if saved
            else self.tr("Save the new server URL first (OK), then sign in.")
        )
        selected = self.auth_select.configId()
        self.sign_out_button.setEnabled(bool(selected) and selected == self._settings.authcfg)

    def sign_in(self) -> Optional[QWidget]:
        """The browser sign-in; on success its configuration is selected here too."""
        from .sign_in_dialog import SignInDialog

        if not self._typed_server_is_saved():
            return None
        dialog = SignInDialog(self._plugin.tasks, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signedIn.connect(self._signed_in)
        dialog.open()
        return dialog

    def _signed_in(self, username: str) -> None:
        if sip.isdeleted(self):
            return
        self.auth_select.setConfigId(self._settings.authcfg)
        self.status_label.setText(self.tr("Signed in as {}.").format(username))
        self._update_sign_in_buttons()

    def sign_out(self) -> None:
        """Revoke the selected sign-in on the server and forget it in QGIS."""
        from .sign_out import sign_out

        self.sign_out_button.setEnabled(False)
        self.status_label.setText(self.tr("Signing out…"))
        sign_out(self._plugin.tasks, self._settings, self._signed_out)

    def _signed_out(self, result: object) -> None:
        if sip.isdeleted(self):
            return
        self.auth_select.setConfigId(self._settings.authcfg)
        self.status_label.setText(str(getattr(result, "message", "")))
        self._update_sign_in_buttons()

    def apply(self) -> None:
        """Save the valid values (called by QGIS when the Options dialog is accepted).

        An invalid field keeps its stored value and the problem is logged; the dialog is
        closing, so there is no one to show it to on this page.
        """
        for name, value in (
            ("server_url", self.server_url_edit.text()),
            ("countries", self.countries_list.checked_codes()),
        ):
            try:
                setattr(self._settings, name, value)
            except SettingsError as exc:
                log(self.tr("Setting not saved: {}").format(str(exc)))
        self._settings.country_background = self.background_check.isChecked()
        self._settings.authcfg = self.auth_select.configId()
        self._settings.request_timeout_s = self.timeout_spin.value()
        self._settings.cache_max_age_hours = self.max_age_spin.value()
        self._settings.sync()

    # ------------------------------------------------------------------ actions
    def test_connection(self) -> None:
        """Ask the server (as typed, not yet saved) what it offers, in a background task."""
        from ..qgis_io.client_factory import client_for

        try:
            server_url = normalise_server_url(self.server_url_edit.text())
        except SettingsError as exc:
            self.status_label.setText(str(exc))
            return
        client = client_for(
            server_url,
            self.auth_select.configId(),
            float(self.timeout_spin.value()),
            self._plugin.cache_dir,
        )
        self.test_button.setEnabled(False)
        self.status_label.setText(self.tr("Connecting to {}…").format(server_url))
        self._test_task = self._plugin.tasks.run(
            self.tr("Testing the connection to the certification server"),
            lambda context: client.detect(context.is_cancelled, refresh=True),
            self._test_succeeded,
            self._test_failed,
        )

    def _test_succeeded(self, info: ServerInfo) -> None:
        if sip.isdeleted(self):
            return
        self._test_task = None
        self.test_button.setEnabled(True)
        self.status_label.setText(describe_server(info))

    def _test_failed(self, error: Exception) -> None:
        if sip.isdeleted(self):
            return
        self._test_task = None
        self.test_button.setEnabled(True)
        self.status_label.setText(self.tr("Connection failed: {}").format(error_message(error)))

    def clear_cache(self) -> None:
        """Empty the cached layers and stored ETags (the layers stay in the project)."""
        self.clear_cache_button.setEnabled(False)
        self.cache_label.setText(self.tr("Clearing the cache…"))
        self._plugin.clear_cache(on_done=self._cache_cleared)

    def _cache_cleared(self) -> None:
        if sip.isdeleted(self):
            return
        self.clear_cache_button.setEnabled(True)
        self.cache_label.setText(self.tr("The cache is empty; load the layers to fill it."))


class CertificationOptionsFactory(QgsOptionsWidgetFactory):
    """Creates the plugin's page each time the Options dialog opens."""

    def __init__(self, plugin: object) -> None:
        super().__init__()
        self._plugin = plugin
        self.setTitle(_tr("QGIS Certification"))
        self.setIcon(QIcon(ICON_PATH))

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def createWidget(self, parent: Optional[QWidget] = None) -> CertificationOptionsPage:
        return CertificationOptionsPage(self._plugin, parent)
