"""QGIS Certification plugin: QGIS calls ``classFactory`` to create the plugin instance."""

from __future__ import annotations


def classFactory(iface):
    """Create the plugin; imports stay inside so loading the package alone stays cheap."""
    from .plugin import CertificationPlugin

    return CertificationPlugin(iface)
