"""The hash chain: what each event's SHA-256 covers, and the walk that checks every link.

The hash input is a canonical JSON object (sorted keys, no spaces, UTF-8) of the fields
that make the fact: sequence, time (ISO 8601 in UTC), ``actor_pk`` (the account's id, a
pseudonym once the account is erased), action, object type and id, before, after, and the
previous event's hash. The actor's *username* snapshot and the ``actor`` foreign key are
outside the hash: erasing a person replaces the one and deleting an account clears the
other, and the chain must still verify after both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

GENESIS_HASH = "0" * 64

#: The fields the hash covers, besides ``previous_hash``.
HASHED_FIELDS = (
    "sequence",
    "created_at",
    "actor_pk",
    "action",
    "object_type",
    "object_id",
    "before",
    "after",
)


def canonical_time(value: datetime) -> str:
    """The same text for the same instant, whatever the database's or server's time zone."""
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds")


def hash_input(fields: dict[str, Any], previous_hash: str) -> bytes:
    data = {name: fields[name] for name in HASHED_FIELDS}
    data["created_at"] = canonical_time(fields["created_at"])
    data["previous_hash"] = previous_hash
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event_hash(fields: dict[str, Any], previous_hash: str) -> str:
    return hashlib.sha256(hash_input(fields, previous_hash)).hexdigest()


@dataclass(frozen=True)
class Verdict:
    count: int
    broken_at: int | None = None  # the first sequence that fails
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(rows: Iterable[dict[str, Any]], head: tuple[int, str] | None = None) -> Verdict:
    """Walk ``rows`` (in sequence order) and report the first broken link.

    ``head`` is the chain head's (last sequence, last hash): it catches rows deleted from the
    end, which leave no gap behind them.
    """
    expected, previous, count = 1, GENESIS_HASH, 0
    for row in rows:
        sequence = row["sequence"]
        if sequence != expected:
            return Verdict(count, expected, f"missing (the next row is sequence {sequence})")
        if row["previous_hash"] != previous:
            return Verdict(count, sequence, "previous_hash does not match the event before")
        if row["hash"] != event_hash(row, previous):
            return Verdict(count, sequence, "hash does not match the row's fields (edited)")
        if row["actor_id"] is not None and row["actor_id"] != row["actor_pk"]:
            return Verdict(count, sequence, "actor does not match the hashed actor_pk")
        previous, expected, count = row["hash"], expected + 1, count + 1
    last = (expected - 1, previous if count else "")
    if head is not None and head != last:
        if head[0] > last[0]:
            return Verdict(count, last[0] + 1, f"missing (the head says {head[0]} events)")
        return Verdict(count, head[0], "the chain head does not match the last event")
    return Verdict(count)
