"""The locator's certificate numbers: ``cert QGIS-123`` offers "Verify certificate QGIS-123"
first; triggering it verifies in a QGIS task over the plugin's network stack, against a server
in the live site's shape (HTML) or with API v1 (JSON), and shows the answer in the message bar
and the training dock's Verify tab."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator, List

import pytest
from qgis.core import Qgis, QgsFeedback, QgsLocator, QgsLocatorContext, QgsLocatorResult

from certification_plugin.gui.locator_filter import (
    PREFIX,
    CertificationLocatorFilter,
    result_data,
)
from certification_plugin.layers.builder import LayerManager
from certification_plugin.layers.cache import LayerCache
from certification_plugin.qgis_io.certificate_verify import forget_servers
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.livesite import LiveSite
from tests.fixtures.reference_server import free_port
from tests.fixtures.training_api import FakeTrainingApi
from tests.plugin import sample_catalogue as sample
from tests.plugin.recording_iface import RecordingIface

SUCCESS = Qgis.MessageLevel.Success
WARNING = Qgis.MessageLevel.Warning


class Plugin(SimpleNamespace):
    """What the filter asks of the plugin: settings, tasks, the dock's Verify tab."""

    def __init__(self, server_url: str, runner: TaskRunner, cache_dir: str) -> None:
        settings = SimpleNamespace(server_url=server_url, authcfg="", request_timeout_s=10)
        super().__init__(settings=settings, tasks=runner, cache_dir=cache_dir, shown=[])

    def show_certificate_verification(self, verification: Any) -> None:
        self.shown.append(verification)


@pytest.fixture(autouse=True)
def fresh_detection() -> Iterator[None]:
    """Each test finds out anew what its server offers (servers come and go on ports)."""
    forget_servers()
    yield
    forget_servers()


@pytest.fixture
def cache(tmp_path: Path) -> LayerCache:
    return sample.filled_cache(str(tmp_path / "cache" / "cache.gpkg"))


@pytest.fixture
def iface() -> Iterator[RecordingIface]:
    recorder = RecordingIface()
    yield recorder
    recorder.close()


def make_filter(
    cache: LayerCache, iface: RecordingIface, plugin: Any = None
) -> CertificationLocatorFilter:
    manager = LayerManager(cache)
    manager.ensure_layers()
    return CertificationLocatorFilter(cache.path, iface, manager, plugin=plugin)


def search(locator_filter: CertificationLocatorFilter, text: str) -> List[QgsLocatorResult]:
    clone = locator_filter.clone()
    found: List[QgsLocatorResult] = []
    clone.resultFetched.connect(found.append)
    clone.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    return found


@pytest.mark.parametrize(
    "text, ident",
    [("QGIS-123", "QGIS-123"), ("qgis-12 ", "QGIS-12"), (" QGIS 7", "QGIS-7"),
     ("cert QGIS-5", "QGIS-5"), ("QGIS-0042", "QGIS-42")],
)  # fmt: skip
def test_a_number_gives_the_verify_result_first(cache, iface, text: str, ident: str) -> None:
    results = search(make_filter(cache, iface), text)
    first = results[0]
    assert first.displayString == f"Verify certificate {ident}"
    assert first.group == "Certificates"
    assert result_data(first) == {"kind": "certificate", "certificate_id": ident}


def test_other_queries_keep_their_results(cache, iface) -> None:
    locator_filter = make_filter(cache, iface)
    assert all(r.group != "Certificates" for r in search(locator_filter, "qgis"))
    found = search(locator_filter, "fundamentals")
    assert [r.displayString for r in found] == ["QGIS Desktop Fundamentals"]
    assert search(locator_filter, "QGIS-12x") == []


def test_the_description_names_the_configured_server(cache, iface, runner, tmp_path) -> None:
    plugin = Plugin("https://certification.qgis.org/", runner, str(tmp_path))
    [result] = search(make_filter(cache, iface, plugin), "QGIS-1")
    assert result.description == "Look the number up on certification.qgis.org"


def test_through_qgis_locator_threads_with_the_prefix(qtbot, cache, iface) -> None:
    locator = QgsLocator()
    locator_filter = make_filter(cache, iface)
    locator.registerFilter(locator_filter)
    found: List[tuple] = []
    locator.foundResult.connect(lambda r: found.append((r.displayString, r.group)))
    with qtbot.waitSignal(locator.finished, timeout=10000):
        locator.fetchResults(f"{PREFIX} qgis-12 ", QgsLocatorContext())
    assert found[0] == ("Verify certificate QGIS-12", "Certificates")
    locator.deregisterFilter(locator_filter)


def _trigger(qtbot, locator_filter, text: str, iface: RecordingIface, level) -> str:
    [result] = [r for r in search(locator_filter, text) if r.group == "Certificates"]
    locator_filter.triggerResult(result)
    qtbot.waitUntil(lambda: bool(iface.message_bar.get_messages(level)), timeout=15000)
    return iface.message_bar.get_messages(level)[-1]


def test_verifying_on_a_live_site_shaped_server(
    qtbot, cache, iface, runner, tmp_path, livesite: LiveSite
) -> None:
    plugin = Plugin(livesite.base_url, runner, str(tmp_path))
    locator_filter = make_filter(cache, iface, plugin)
    message = _trigger(qtbot, locator_filter, "qgis-13 ", iface, SUCCESS)
    assert "QGIS-13" in message and "Kartoza" in message and "valid" in message
    # The bar escapes what it shows: the markup of the name arrives as text.
    assert "&lt;b&gt;Eve&lt;/b&gt;" in message
    [shown] = plugin.shown
    assert shown.attendee_name == "<b>Eve</b>" and shown.source == "live"
    agent = livesite.requests_to("/en/certificate/QGIS-13/")[0].headers["user-agent"]
    assert "python-urllib" not in agent.lower() and agent

    before = len(livesite.requests)
    message = _trigger(qtbot, locator_filter, "QGIS-404", iface, WARNING)
    assert "QGIS-404" in message and "no certificate" in message
    assert plugin.shown[-1].status == "not_found"
    # What the server offers was found out once: the second verification asked the page only.
    assert [r.path for r in livesite.requests[before:]] == ["/en/certificate/QGIS-404/"]


def test_verifying_on_an_api_server_shows_revoked(qtbot, cache, iface, runner, tmp_path) -> None:
    with FakeTrainingApi() as api:
        api.add_certificate("Ana Pop", status="revoked")
        plugin = Plugin(api.base_url, runner, str(tmp_path))
        message = _trigger(qtbot, make_filter(cache, iface, plugin), "QGIS-12", iface, WARNING)
    assert "Ana Pop" in message and "revoked" in message
    assert plugin.shown[0].source == "api" and plugin.shown[0].status == "revoked"


def test_a_network_error_is_a_clear_message(qtbot, cache, iface, runner, tmp_path) -> None:
    plugin = Plugin(f"http://127.0.0.1:{free_port()}/", runner, str(tmp_path))
    message = _trigger(qtbot, make_filter(cache, iface, plugin), "QGIS-12", iface, WARNING)
    assert "Could not verify certificate QGIS-12" in message
    assert plugin.shown == []


def test_a_plugin_without_the_verify_tab_gets_the_message_only(
    qtbot, cache, iface, runner, livesite
) -> None:
    plugin = SimpleNamespace(
        settings=SimpleNamespace(server_url=livesite.base_url, authcfg="", request_timeout_s=10),
        tasks=runner,
    )
    message = _trigger(qtbot, make_filter(cache, iface, plugin), "QGIS-12", iface, SUCCESS)
    assert "Ana Pop" in message


def test_without_a_plugin_triggering_does_nothing(cache, iface) -> None:
    locator_filter = make_filter(cache, iface)
    [result] = search(locator_filter, "QGIS-12")
    locator_filter.triggerResult(result)
    assert locator_filter.verify("QGIS-12") is None
