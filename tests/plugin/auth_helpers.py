"""The QGIS authentication database in tests: one master password for the whole suite.

pytest-qgis gives each checkout one QGIS profile (``.qgis-settings``), so every test that
stores an authentication configuration must use this password; a different one would fail
verification against the database created first.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsAuthMethodConfig

TEST_MASTER_PASSWORD = "certification-test-master-password"


def ensure_master_password() -> None:
    manager = QgsApplication.authManager()
    if manager.masterPasswordIsSet():
        return
    if not manager.setMasterPassword(TEST_MASTER_PASSWORD, True):
        raise RuntimeError(
            "The test profile's authentication database has another master password; "
            "delete .qgis-settings/ to start afresh."
        )


def store_basic_config(name: str, username: str, password: str) -> QgsAuthMethodConfig:
    """A Basic configuration in the authentication database (remove it after the test)."""
    ensure_master_password()
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", username)
    config.setConfig("password", password)
    stored, config = QgsApplication.authManager().storeAuthenticationConfig(config)
    if not stored:
        raise RuntimeError("Could not store the authentication configuration.")
    return config
