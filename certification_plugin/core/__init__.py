"""Pure-Python heart of the plugin: models, parsing, the API client. No Qt, no QGIS."""
