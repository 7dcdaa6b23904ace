"""A cheap fingerprint of the catalogue, so feeds and lists answer 304 without rendering.

The tag depends on what a response can show: every catalogue table's row count and latest
``updated_at`` (creations, edits and deletions all move one of them), how many organisations
are certified (so an approval or an archiving moves the tag even when it was written with
``QuerySet.update()``, which leaves ``updated_at`` alone), the request's path and query,
today's date (upcoming/past feeds change at midnight) and which private organisations the
viewer may see (owners and managers see rows the public does not: see ``catalogue.rules``).
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
from .rules import certified_q, viewer_key

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
        if model is CertifyingOrganisation:
            agg = model._default_manager.aggregate(
                n=Count("pk"), last=Max("updated_at"), certified=Count("pk", filter=certified_q())
            )
            parts.append(f"certified:{agg['certified']}")
        else:
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
        viewer_key(getattr(request, "user", None)),
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
