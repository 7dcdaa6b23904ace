"""Typed access to the plugin's settings in ``QgsSettings`` under one prefix.

Only plain preferences live here. Credentials stay in the QGIS authentication database; the
settings keep nothing but the id of an authentication configuration.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence
from urllib.parse import urlsplit

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from ..core.urls import InvalidCountryCodeError, normalise_base_url
from ..core.urls import normalise_countries as core_normalise_countries

PREFIX = "certification_plugin/"
DEFAULT_SERVER_URL = "https://certification.qgis.org"
DEFAULT_CACHE_MAX_AGE_HOURS = 24
DEFAULT_REQUEST_TIMEOUT_S = 30
CACHE_MAX_AGE_RANGE = (0, 24 * 365)
REQUEST_TIMEOUT_RANGE = (5, 600)

_AUTHCFG_RE = re.compile(r"^[A-Za-z0-9]{7}$")
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


class SettingsError(ValueError):
    """A value the user typed cannot be stored; the message is translated and shown as is."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PluginSettings", text)


def normalise_server_url(url: str) -> str:
    """Return ``url`` as scheme://host[:port][/path] without trailing slash, or raise.

    Accepts what users type ("certification.qgis.org", ".../en/"); no scheme means https.
    Rejects what would leak or mislead: user names or passwords in the URL (they belong in
    an authentication configuration), query strings, fragments and non-HTTP schemes.
    """
    text = (url or "").strip()
    if not text:
        raise SettingsError(_tr("The server URL is empty."))
    if any(ch.isspace() for ch in text):
        raise SettingsError(_tr("The server URL must not contain spaces."))
    scheme = _SCHEME_RE.match(text)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        raise SettingsError(_tr("The server URL must start with http:// or https://."))
    candidate = text if scheme else "https://" + text
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise SettingsError(_tr("The server URL is not a valid URL.")) from exc
    if parts.username is not None or parts.password is not None:
        raise SettingsError(
            _tr(
                "Do not put a user name or password in the server URL; "
                "use an authentication configuration instead."
            )
        )
    if parts.query or parts.fragment:
        raise SettingsError(_tr("The server URL must not contain a query or a fragment."))
    if not parts.hostname:
        raise SettingsError(_tr("The server URL has no host name."))
    try:
        return normalise_base_url(candidate).rstrip("/")
    except ValueError as exc:
        raise SettingsError(_tr("The server URL is not a valid URL.")) from exc


def normalise_authcfg(authcfg: str) -> str:
    """Return a QGIS authentication configuration id (7 letters/digits) or ``""``."""
    text = (authcfg or "").strip()
    if text and not _AUTHCFG_RE.match(text):
        raise SettingsError(_tr("The authentication configuration id is not valid."))
    return text


def normalise_countries(countries: Sequence[str] | str) -> List[str]:
    """Upper-case, de-duplicated ISO 3166-1 alpha-2 codes; raises on anything else."""
    try:
        return list(core_normalise_countries(countries))
    except InvalidCountryCodeError as exc:
        raise SettingsError(
            _tr("'{}' is not a two-letter country code (ISO 3166-1 alpha-2).").format(exc.code)
        ) from None


def _bounded_int(value: object, low: int, high: int, message: str) -> int:
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise SettingsError(message) from exc
    if number < low or number > high:
        raise SettingsError(message)
    return number


class PluginSettings:
    """The plugin's preferences; reads always fall back to safe defaults on bad stored values.

    ``store`` is the ``QgsSettings`` to use; tests pass one backed by a temporary file.
    """

    def __init__(self, store: Optional[QgsSettings] = None) -> None:
        self._store = store if store is not None else QgsSettings()

    # -- helpers -----------------------------------------------------------------------------
    def _get(self, key: str, default: object) -> object:
        return self._store.value(PREFIX + key, default)

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(PREFIX + key, value)

    def sync(self) -> None:
        """Write pending changes to disk (QSettings otherwise does it lazily)."""
        self._store.sync()

    # -- server URL --------------------------------------------------------------------------
    @property
    def server_url(self) -> str:
        raw = self._get("server_url", DEFAULT_SERVER_URL)
        try:
            return normalise_server_url(str(raw))
        except SettingsError:
            return DEFAULT_SERVER_URL

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._set("server_url", normalise_server_url(value))

    # -- authentication ----------------------------------------------------------------------
    @property
    def authcfg(self) -> str:
        """Id of a QGIS authentication configuration; ``""`` for anonymous access."""
        raw = self._get("authcfg", "")
        try:
            return normalise_authcfg(str(raw or ""))
        except SettingsError:
            return ""

    @authcfg.setter
    def authcfg(self, value: str) -> None:
        self._set("authcfg", normalise_authcfg(value))

    # -- cache -------------------------------------------------------------------------------
    @property
    def cache_max_age_hours(self) -> int:
        """Age after which cached layers refresh on their own when a project opens; 0 = never."""
        low, high = CACHE_MAX_AGE_RANGE
        try:
            return _bounded_int(
                self._get("cache_max_age_hours", DEFAULT_CACHE_MAX_AGE_HOURS), low, high, ""
            )
        except SettingsError:
            return DEFAULT_CACHE_MAX_AGE_HOURS

    @cache_max_age_hours.setter
    def cache_max_age_hours(self, value: int) -> None:
        low, high = CACHE_MAX_AGE_RANGE
        message = _tr("The cache age must be a whole number of hours from {} to {}.").format(
            low, high
        )
        self._set("cache_max_age_hours", _bounded_int(value, low, high, message))

    # -- network -----------------------------------------------------------------------------
    @property
    def request_timeout_s(self) -> int:
        low, high = REQUEST_TIMEOUT_RANGE
        try:
            return _bounded_int(
                self._get("request_timeout_s", DEFAULT_REQUEST_TIMEOUT_S), low, high, ""
            )
        except SettingsError:
            return DEFAULT_REQUEST_TIMEOUT_S

    @request_timeout_s.setter
    def request_timeout_s(self, value: int) -> None:
        low, high = REQUEST_TIMEOUT_RANGE
        message = _tr(
            "The request timeout must be a whole number of seconds from {} to {}."
        ).format(low, high)
        self._set("request_timeout_s", _bounded_int(value, low, high, message))

    # -- filters -----------------------------------------------------------------------------
    @property
    def countries(self) -> List[str]:
        """ISO2 codes the layers are limited to; empty means every country."""
        raw = self._get("countries", "")
        text = ",".join(str(v) for v in raw) if isinstance(raw, (list, tuple)) else str(raw or "")
        try:
            return normalise_countries(text)
        except SettingsError:
            return []

    @countries.setter
    def countries(self, value: Sequence[str] | str) -> None:
        self._set("countries", ",".join(normalise_countries(value)))

    # -- map -------------------------------------------------------------------------------
    @property
    def country_background(self) -> bool:
        """Add a light country background when the layers are loaded into an empty project."""
        raw = self._get("country_background", True)
        if isinstance(raw, str):
            return raw.strip().lower() not in ("false", "0", "no", "off")
        return bool(raw) if raw is not None else True

    @country_background.setter
    def country_background(self, value: bool) -> None:
        self._set("country_background", bool(value))

    def reset(self) -> None:
        """Forget every stored preference of the plugin (defaults apply again)."""
        self._store.remove(PREFIX.rstrip("/"))
