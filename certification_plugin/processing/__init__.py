"""Processing provider "QGIS Certification" and its algorithms (models, scripts, headless)."""
