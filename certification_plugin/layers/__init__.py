"""Map layers of the certification data: GeoPackage cache, layer building and refresh."""
