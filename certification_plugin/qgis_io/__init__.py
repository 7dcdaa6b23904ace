"""QGIS-bound adapters: settings, tasks, logging, authentication and the client factory."""
