"""Helpers around the QGIS authentication database, where the plugin's credentials live.

The plugin stores only the id of an authentication configuration; QGIS applies it to
requests (``QgsBlockingNetworkRequest.setAuthCfg``), so the secret never passes through the
plugin's code, settings, logs or cache.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication


def _config(authcfg: str) -> Optional[QgsAuthMethodConfig]:
    """The configuration's name and method (never its secret), or ``None``."""
    if not authcfg:
        return None
    manager = QgsApplication.authManager()
    if manager is None:
        return None
    # The configurations listed here carry no decrypted secret and need no master password.
    return manager.availableAuthMethodConfigs().get(authcfg)


def authcfg_exists(authcfg: str) -> bool:
    """True when the id names a configuration in this profile's authentication database."""
    return _config(authcfg) is not None


def authcfg_method(authcfg: str) -> str:
    """The authentication method key (``Basic``, ``APIHeader``...) or ``""``."""
    config = _config(authcfg)
    return config.method() if config is not None else ""


def describe_authcfg(authcfg: str) -> str:
    """A short, secret-free description for messages: "<name> (<method>)"."""
    if not authcfg:
        return QCoreApplication.translate("CertificationAuth", "no authentication")
    config = _config(authcfg)
    if config is None:
        return QCoreApplication.translate(
            "CertificationAuth", "missing authentication configuration {}"
        ).format(authcfg)
    return f"{config.name()} ({config.method()})"


# --- configurations the sign-in stores ------------------------------------------------------

CONFIG_NAME_PREFIX = "QGIS Certification ("
BASIC_METHOD = "Basic"


class AuthStoreError(Exception):
    """The token could not be kept in the authentication database; the message is translated."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationAuth", text)


def config_name(username: str, host: str) -> str:
    """The name the sign-in gives its configuration: ``QGIS Certification (ada @ host)``."""
    return f"{CONFIG_NAME_PREFIX}{username} @ {host})"


def is_sign_in_config(authcfg: str) -> bool:
    """True for a configuration the sign-in made (signing out may delete it)."""
    config = _config(authcfg)
    return config is not None and config.name().startswith(CONFIG_NAME_PREFIX)


def ensure_master_password() -> bool:
    """True when the authentication database is unlocked, asking the user if need be.

    QGIS asks with its own dialog: to set a master password when none exists yet, or to enter
    it. Call it on the main thread before a token exists, so a refusal loses nothing.
    """
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return False
    if manager.masterPasswordIsSet():
        return True
    return bool(manager.setMasterPassword(True))


def store_token_authcfg(username: str, token: str, host: str) -> str:
    """Keep ``token`` as a Basic configuration (username + token) and return its id.

    A configuration of the same name (signing in again as the same person on the same server)
    is updated in place, so its id, and whatever else uses it, stays. Needs the master
    password (see :func:`ensure_master_password`); raises ``AuthStoreError`` otherwise.
    """
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise AuthStoreError(_tr("The QGIS authentication system is not available."))
    if not manager.masterPasswordIsSet() and not ensure_master_password():
        raise AuthStoreError(
            _tr("Set or enter the QGIS master password: it protects the token QGIS keeps.")
        )
    name = config_name(username, host)
    config = QgsAuthMethodConfig(BASIC_METHOD)
    config.setName(name)
    config.setConfig("username", username)
    config.setConfig("password", token)
    same = [
        cfg_id
        for cfg_id, existing in manager.availableAuthMethodConfigs().items()
        if existing.name() == name and existing.method() == BASIC_METHOD
    ]
    if same:
        config.setId(same[0])
        if manager.updateAuthenticationConfig(config):
            return same[0]
    ok, config = manager.storeAuthenticationConfig(config)
    if not ok or not config.id():
        raise AuthStoreError(_tr("QGIS could not store the authentication configuration."))
    return str(config.id())


def remove_authcfg(authcfg: str) -> bool:
    """Delete the configuration (its secret with it); False when there was none to delete."""
    manager = QgsApplication.authManager()
    if not authcfg or manager is None or not authcfg_exists(authcfg):
        return False
    return bool(manager.removeAuthenticationConfig(authcfg))
