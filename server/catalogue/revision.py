"""A cheap fingerprint of the catalogue, so feeds and lists answer 304 without rendering.

The tag depends on what a response can show: every catalogue table's row count and latest
``updated_at`` (creations, edits and deletions all move one of them), the request's path and
query, and today's date (upcoming/past feeds change at midnight).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.db.models import Count, Max
from django.utils import timezone

from .models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
    UserGroup,
)

if TYPE_CHECKING:
    from django.http import HttpRequest

TRACKED_MODELS = (
    CertifyingOrganisation,
    TrainingCenter,
    CourseType,
    CourseConvener,
    Course,
    CertificateType,
    UserGroup,
)


def catalogue_state() -> str:
    """Counts and latest changes of every tracked table, as one string."""
    parts = []
    for model in TRACKED_MODELS:
        agg = model._default_manager.aggregate(n=Count("pk"), last=Max("updated_at"))
        last = agg["last"].isoformat() if agg["last"] else "-"
        parts.append(f"{model._meta.label}:{agg['n']}:{last}")
    return "|".join(parts)


def catalogue_etag(request: HttpRequest, scope: str = "") -> str:
    """A strong ETag (quoted) for this request against the current catalogue."""
    digest = hashlib.sha256()
    for part in (
        scope,
        request.path,
        request.META.get("QUERY_STRING", ""),
        request.headers.get("Accept", ""),
        timezone.localdate().isoformat(),
        catalogue_state(),
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return f'"{digest.hexdigest()[:32]}"'


def if_none_match(request: HttpRequest, etag: str) -> bool:
    """True when the client already holds ``etag`` (``If-None-Match``, ``*`` included)."""
    header = request.headers.get("If-None-Match", "")
    if not header:
        return False
    tags = [t.strip() for t in header.split(",")]
    return "*" in tags or etag in tags or f"W/{etag}" in tags
