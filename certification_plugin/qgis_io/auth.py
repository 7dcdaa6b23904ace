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
