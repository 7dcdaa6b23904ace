"""What approval publishes: the contributions of a certified organisation.

"If accepted, your contributions to the project will be published for transparency." They
come from the approved application's last submitted round (the frozen snapshot the PSC
decided on), never from a draft edited afterwards. The organisation's public page and its
API v1 detail show them; the live-compatible feeds do not change shape (ARCHITECTURE §4).
"""

from __future__ import annotations

from typing import Any

from applications.models import Application, Round, State

PUBLISHED_KEYS = ("kind", "description", "links", "start_date", "end_date")


def published_contributions(organisation_id: int) -> list[dict[str, Any]]:
    """The contributions of the organisation's latest approved application (two queries);
    ``[]`` when none was approved through an application or the organisation is not certified
    (archived, or its status changed since)."""
    application_id = (
        Application.objects.filter(
            organisation_id=organisation_id,
            state=State.APPROVED,
            organisation__status="approved",
            organisation__archived=False,
        )
        .order_by("-decided_at", "-pk")
        .values_list("pk", flat=True)
        .first()
    )
    if application_id is None:
        return []
    snapshot = (
        Round.objects.filter(application_id=application_id)
        .order_by("-number")
        .values_list("snapshot", flat=True)
        .first()
    )
    items = (snapshot or {}).get("contributions") or []
    return [_published(item) for item in items if isinstance(item, dict)]


def _published(item: dict[str, Any]) -> dict[str, Any]:
    links = item.get("links") or []
    return {
        "kind": str(item.get("kind") or ""),
        "description": str(item.get("description") or ""),
        "links": [str(link) for link in links if isinstance(link, str)],
        "start_date": item.get("start_date"),
        "end_date": item.get("end_date"),
    }
