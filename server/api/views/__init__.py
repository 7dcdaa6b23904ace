"""API v1 views: the root document and ``/me/`` (``root``), the catalogue (``catalogue``)."""
