"""Date-times from servers: ISO 8601 in the forms the live site and API v1 write, nothing else."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from certification_plugin.core.fields import parse_datetime

UTC = timezone.utc


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-11-21T12:53:58.280631+00:00", datetime(2026, 11, 21, 12, 53, 58, 280631, UTC)),
        ("2026-11-21T12:53:58+00:00", datetime(2026, 11, 21, 12, 53, 58, tzinfo=UTC)),
        ("2026-11-21T12:53:58Z", datetime(2026, 11, 21, 12, 53, 58, tzinfo=UTC)),
        ("2026-11-21 12:53", datetime(2026, 11, 21, 12, 53)),
        ("2026-11-21T12:53:58.5+02:00", datetime(2026, 11, 21, 10, 53, 58, 500000, UTC)),
        ("2026-11-21T12:53:58-0330", datetime(2026, 11, 21, 16, 23, 58, tzinfo=UTC)),
        (" 2026-11-21T12:53:58+00:00 ", datetime(2026, 11, 21, 12, 53, 58, tzinfo=UTC)),
    ],
)
def test_iso_8601_date_times(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert (parsed.utcoffset() is None) == (expected.utcoffset() is None)


def test_the_offset_is_kept() -> None:
    parsed = parse_datetime("2026-11-21T12:53:58+02:00")
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "2026-13-21T12:53:58+00:00",  # month 13, in API v1's form
        "2026-02-30T12:53:58.000001+00:00",
        "2026-11-21T25:00:00+00:00",
        "2026-11-21T12:53:58+24:00",
        "2026-11-21",
        "21/11/2026 12:53",
        "2026-W47-6T12:53:58+00:00",
    ],
)
def test_anything_else_is_refused(text: str) -> None:
    assert parse_datetime(text) is None
