"""Fixtures shared by the whole suite: the live-site stand-in and the reference server."""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.fixtures.livesite import LiveSite


@pytest.fixture(scope="session")
def livesite_server() -> Iterator[LiveSite]:
    """One static live-site server for the session (see tests/fixtures/livesite)."""
    with LiveSite() as site:
        yield site


@pytest.fixture
def livesite(livesite_server: LiveSite) -> Iterator[LiveSite]:
    """The live-site server in its normal state: no faults, no ETags, empty request log."""
    livesite_server.reset()
    yield livesite_server
    livesite_server.reset()
