"""What the review dock does with the queue it read: filter, sort, count, sum up. Pure.

The server sorts by due date already; sorting again here keeps the dock's order right after a
local filter and for a server that does not. The summary is the data of the message bar's
line ("2 applications to review, 1 due in 3 days"); the sentence itself is made in the
interface with plural-aware translations. ``country_counts`` feeds the PSC's map.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .reviews import TASKS, QueueItem

UNDER_REVIEW_STATES = ("under_review", "appealed")
"""States the map counts as "under review" (the PSC re-examines an appeal)."""
_LAST = datetime.max.replace(tzinfo=timezone.utc)


def parse_time(text: str) -> Optional[datetime]:
    """An ISO 8601 time (``Z`` or an offset; naive taken as UTC), or None."""
    if not text:
        return None
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def due_key(item: QueueItem) -> Tuple[datetime, int]:
    """Sort key: due time (none last), then application id."""
    return (parse_time(item.due_at) or _LAST, item.application)


def sort_by_due(items: Iterable[QueueItem]) -> List[QueueItem]:
    return sorted(items, key=due_key)


def filter_items(
    items: Iterable[QueueItem],
    task: str = "",
    country: str = "",
    overdue_only: bool = False,
    escalated_only: bool = False,
) -> List[QueueItem]:
    """The items that match every given filter (empty ones match everything), in due order."""
    wanted_country = country.strip().upper()
    kept = [
        item
        for item in items
        if (not task or item.task == task)
        and (not wanted_country or item.country.upper() == wanted_country)
        and (not overdue_only or item.overdue)
        and (not escalated_only or item.escalated)
    ]
    return sort_by_due(kept)


def countries(items: Iterable[QueueItem]) -> List[str]:
    """The distinct country codes of the items, sorted (for the country filter)."""
    return sorted({item.country.upper() for item in items if item.country})


def tasks(items: Iterable[QueueItem]) -> List[str]:
    """The distinct tasks of the items, in the contract's order (for the task filter)."""
    found = {item.task for item in items}
    return [task for task in TASKS if task in found]


@dataclass(frozen=True)
class QueueDigest:
    """What the message bar says waits: ``waiting`` applications with something to do,
    ``next_count`` of them due in ``next_days`` days (the soonest day, not overdue), and
    ``overdue`` past their due date."""

    waiting: int
    next_days: Optional[int]
    next_count: int
    overdue: int

    @property
    def empty(self) -> bool:
        return self.waiting == 0


def digest(items: Sequence[QueueItem]) -> QueueDigest:
    """The summary data of ``items`` (the task "none" is not waiting for the user)."""
    waiting = [item for item in items if item.task != "none"]
    overdue = sum(1 for item in waiting if item.overdue)
    days = [
        item.due_in_days
        for item in waiting
        if not item.overdue and item.due_in_days is not None and item.due_in_days >= 0
    ]
    soonest = min(days) if days else None
    return QueueDigest(
        waiting=len(waiting),
        next_days=soonest,
        next_count=days.count(soonest) if soonest is not None else 0,
        overdue=overdue,
    )


@dataclass(frozen=True)
class CountryCount:
    country: str
    count: int
    overdue: int


def country_counts(items: Iterable[QueueItem]) -> Dict[str, CountryCount]:
    """Applications under review per country code, and how many of them are overdue."""
    totals: Dict[str, List[int]] = {}
    for item in items:
        if item.state not in UNDER_REVIEW_STATES or not item.country:
            continue
        entry = totals.setdefault(item.country.upper(), [0, 0])
        entry[0] += 1
        entry[1] += 1 if item.overdue else 0
    return {code: CountryCount(code, count, late) for code, (count, late) in totals.items()}
