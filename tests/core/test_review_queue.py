"""The review queue's local work: filters, due-date order, the summary data, the map counts."""

from __future__ import annotations

from typing import Any, Optional

from certification_plugin.core.review_queue import (
    countries,
    country_counts,
    digest,
    filter_items,
    parse_time,
    sort_by_due,
    tasks,
)
from certification_plugin.core.reviews import Queue, QueueItem


def item(
    ident: int,
    due_at: Optional[str] = "2026-12-10T12:00:00Z",
    days: Optional[int] = 8,
    task: str = "review",
    country: str = "RO",
    overdue: bool = False,
    state: str = "under_review",
    **extra: Any,
) -> QueueItem:
    return QueueItem.parse(
        {
            "application": ident,
            "organisation": {"name": f"Org {ident}", "country": country},
            "round": 1,
            "state": state,
            "stage": "reviewing",
            "routed_to": {"kind": "group", "groups": ["QGIS Romania"]},
            "routed_at": "2026-11-10T12:00:00Z",
            "due_at": due_at,
            "due_in_days": days,
            "overdue": overdue,
            "task": task,
            **extra,
        },
        "http://x/",
    )


def test_sorting_is_by_due_time_with_undated_last_then_by_id() -> None:
    items = [
        item(5, None, None),
        item(4, "2026-12-10T12:00:00+02:00", 8),  # 10:00 UTC: before 12:00 Z
        item(3, "2026-12-10T12:00:00Z"),
        item(2, "2026-12-01T00:00:00Z", -1, overdue=True),
        item(1, None, None),
    ]
    assert [i.application for i in sort_by_due(items)] == [2, 4, 3, 1, 5]


def test_parse_time_reads_z_offsets_and_naive_times_and_refuses_junk() -> None:
    assert parse_time("2026-12-10T12:00:00Z") == parse_time("2026-12-10T14:00:00+02:00")
    assert parse_time("2026-12-10T12:00:00") == parse_time("2026-12-10T12:00:00Z")
    assert parse_time("not a date") is None and parse_time("") is None


def test_filters_combine_and_keep_the_due_order() -> None:
    items = [
        item(1, "2026-12-20T00:00:00Z", 18, country="SE"),
        item(2, "2026-12-05T00:00:00Z", 3, task="declare"),
        item(3, "2026-11-30T00:00:00Z", -2, overdue=True),
        item(4, "2026-12-04T00:00:00Z", 2, country="se", overdue=False),
    ]
    assert [i.application for i in filter_items(items)] == [3, 4, 2, 1]
    assert [i.application for i in filter_items(items, country="se")] == [4, 1]
    assert [i.application for i in filter_items(items, task="declare")] == [2]
    assert [i.application for i in filter_items(items, overdue_only=True)] == [3]
    assert filter_items(items, task="review", country="SE", overdue_only=True) == []
    escalated = [item(5, escalated=True), *items]
    assert [i.application for i in filter_items(escalated, escalated_only=True)] == [5]
    assert countries(items) == ["RO", "SE"]
    assert tasks(items) == ["declare", "review"]


def test_the_digest_counts_what_waits_and_the_soonest_due_day() -> None:
    items = [
        item(1, days=3),
        item(2, days=10),
        item(3, days=3, task="declare"),
        item(4, days=-1, overdue=True),
        item(5, days=0, task="none"),  # nothing to do: not waiting, not the soonest
    ]
    summary = digest(items)
    assert (summary.waiting, summary.next_days, summary.next_count, summary.overdue) == (
        4,
        3,
        2,
        1,
    )
    assert digest([]).empty and digest([]).next_days is None
    only_late = digest([item(1, days=-4, overdue=True)])
    assert only_late.next_days is None and only_late.overdue == 1


def test_country_counts_take_applications_under_review_only() -> None:
    items = [
        item(1, country="RO"),
        item(2, country="ro", overdue=True),
        item(3, country="SE", state="appealed"),
        item(4, country="DE", state="submitted", task="screen"),
        item(5, country=""),
    ]
    counts = country_counts(items)
    assert set(counts) == {"RO", "SE"}
    assert (counts["RO"].count, counts["RO"].overdue) == (2, 1)
    assert (counts["SE"].count, counts["SE"].overdue) == (1, 0)


def test_queue_items_parse_tolerantly_and_keep_the_whole_record() -> None:
    parsed = item(7, extra_key="kept", my_declaration="pending", my_review=None)
    assert parsed.my_declaration == "pending" and parsed.my_review is None
    assert parsed.routed_kind == "group" and parsed.routed_groups == ("QGIS Romania",)
    assert parsed.data["extra_key"] == "kept"
    bare = QueueItem.parse({"application": 9}, "u")
    assert bare.task == "none" and bare.due_in_days is None and not bare.overdue
    queue = Queue.parse(
        {
            "count": 1,
            "summary": {"total": 1, "due_soon": 1, "overdue": 0},
            "results": [{"application": 1}],
        },
        "u",
    )
    assert queue.count == 1 and queue.summary.due_soon == 1 and queue.items[0].application == 1
