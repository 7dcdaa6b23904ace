"""The only code that changes reviews (filled in below)."""

from __future__ import annotations

from typing import Any


def on_members_changed(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    """Placeholder until the domain lands."""
