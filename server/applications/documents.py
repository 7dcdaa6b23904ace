"""An application as plain JSON-ready data: what a round freezes and what the API shows.

:func:`document` reads only prefetched relations (see :func:`with_relations`), so listing
or showing applications costs the same number of queries whatever they contain. It holds no
URLs (a snapshot must not depend on the host that served it): the API adds them.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db.models import Prefetch, QuerySet

from .models import Application, Contribution, CourseMaterial, Material, MaterialPart, Round

DETAIL_KEYS = ("name", "email", "website", "address", "country", "phone", "vat_number")


def with_relations(queryset: QuerySet[Application]) -> QuerySet[Application]:
    """The queryset with everything :func:`document` reads, in a fixed number of queries."""
    return queryset.select_related("organisation", "self_check_version").prefetch_related(
        Prefetch("contributions", queryset=Contribution.objects.order_by("position", "id")),
        Prefetch("courses", queryset=CourseMaterial.objects.order_by("position", "id")),
        Prefetch("materials", queryset=Material.objects.order_by("uploaded_at", "id")),
        Prefetch(
            "rounds",
            queryset=Round.objects.order_by("number").only(
                "id", "application_id", "number", "submitted_at", "sha256"
            ),
        ),
    )


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def contribution_data(contribution: Contribution) -> dict[str, Any]:
    return {
        "kind": contribution.kind,
        "description": contribution.description,
        "links": list(contribution.links or []),
        "start_date": _iso(contribution.start_date),
        "end_date": _iso(contribution.end_date),
    }


def course_data(course: CourseMaterial) -> dict[str, Any]:
    links = course.links or {}
    return {
        "key": course.key,
        "title": course.title,
        "course_type": course.course_type,
        "licence": course.licence,
        "qgis_version": course.qgis_version,
        "links": {part: list(links.get(part, [])) for part in ("lectures", "exercises", "data")},
    }


def material_data(material: Material) -> dict[str, Any]:
    return {
        "id": material.pk,
        "course": material.course_key,
        "part": material.part,
        "filename": material.filename,
        "size": material.size,
        "sha256": material.sha256,
        "content_type": material.content_type,
        "checks": material.checks,
        "uploaded_at": _iso(material.uploaded_at),
    }


def logo_of(application: Application) -> Material | None:
    """The latest uploaded logo (from the prefetched materials)."""
    logos = [m for m in application.materials.all() if m.part == MaterialPart.LOGO]
    return logos[-1] if logos else None


def document(application: Application) -> dict[str, Any]:
    """The application's content (no URLs, no viewer-dependent keys)."""
    details = application.details or {}
    version = application.self_check_version
    return {
        "id": application.pk,
        "state": application.state,
        "round": application.round,
        "revision": application.revision,
        "organisation": {"id": application.organisation_id, "slug": application.organisation.slug},
        "details": {key: details.get(key, "") for key in DETAIL_KEYS},
        "contributions": [contribution_data(c) for c in application.contributions.all()],
        "courses": [course_data(c) for c in application.courses.all()],
        "self_check": {
            "version": version.number if version is not None else None,
            "answers": dict(application.self_check_answers or {}),
        },
        "message": application.message,
        "materials": [material_data(m) for m in application.materials.all()],
        "remarks": application.remarks,
        "created_at": _iso(application.created_at),
        "updated_at": _iso(application.updated_at),
        "submitted_at": _iso(application.submitted_at),
    }


def snapshot_of(application: Application) -> dict[str, Any]:
    """What a round freezes: the content the applicant submitted."""
    data = document(application)
    for key in ("revision", "remarks", "updated_at"):
        data.pop(key, None)
    return data


def canonical_json(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes whose SHA-256 a round records."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_of(data: Any) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()
