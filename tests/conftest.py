"""Fixtures shared by the whole suite: the live-site stand-in and the reference server."""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.fixtures.livesite import LiveSite
from tests.fixtures.reference_server import ReferenceServer


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


@pytest.fixture(scope="session")
def reference_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReferenceServer]:
    """The Django service on loopback with the demo catalogue (throw-away SQLite DATA_DIR).

    ``.base_url`` to talk to it, ``.manage(...)`` to run management commands on its database.
    """
    with ReferenceServer(tmp_path_factory.mktemp("reference-server")) as server:
        yield server
