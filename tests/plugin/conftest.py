"""Fixtures shared by the plugin tests."""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.plugin.browser import UrlRecorder, recording_browser


@pytest.fixture
def browser() -> Iterator[UrlRecorder]:
    """Records the URLs the plugin opens instead of launching a browser."""
    with recording_browser() as recorder:
        yield recorder
