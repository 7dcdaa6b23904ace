"""RefreshTask end to end: QGIS network stack → client → GeoPackage → layers, and failures."""

from __future__ import annotations

import html
import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

import pytest
from pytest_qgis.mock_qgis_classes import MockMessageBar
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)

from certification_plugin.core.errors import CancelledError, CertificationError
from certification_plugin.layers.builder import LayerManager
from certification_plugin.layers.cache import (
    CERTIFIED_ORGANISATIONS,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
    LayerCache,
)
from certification_plugin.layers.refresh import RefreshOutcome, RefreshTask
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.logging import LOG_TAG
from certification_plugin.qgis_io.settings import normalise_server_url
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.livesite import HOSTILE_NAME, LiveSite

Done = Tuple[Optional[RefreshOutcome], Optional[Exception]]


def tip(layer: QgsVectorLayer, feature) -> str:
    """The map tip HTML QGIS shows for ``feature``."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


@dataclass
class Harness:
    project: QgsProject
    manager: LayerManager
    bar: MockMessageBar
    runner: TaskRunner
    cache_dir: str

    def counts(self) -> dict:
        return {table: layer.featureCount() for table, layer in self.manager.layers().items()}

    def layer_ids(self) -> dict:
        return {table: layer.id() for table, layer in self.manager.layers().items()}

    def messages(self, level: Qgis.MessageLevel) -> List[str]:
        return self.bar.get_messages(level)


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Harness]:
    project = QgsProject()
    cache_dir = str(tmp_path / "certification")
    manager = LayerManager(LayerCache(str(Path(cache_dir) / "cache.gpkg")), project)
    runner = TaskRunner()
    yield Harness(project, manager, MockMessageBar(), runner, cache_dir)
    runner.cancel_all()
    project.clear()


def start_refresh(
    harness: Harness,
    base_url: str,
    timeout_s: float = 10.0,
    countries: Tuple[str, ...] = (),
    world_map: Optional[str] = None,
) -> Tuple[RefreshTask, List[Done]]:
    done: List[Done] = []
    client = client_for(base_url, "", timeout_s, harness.cache_dir)
    task = RefreshTask(
        client,
        harness.manager,
        normalise_server_url(base_url),
        countries,
        message_bar=harness.bar,
        world_map=world_map,
        on_done=lambda outcome, error: done.append((outcome, error)),
    )
    harness.runner.start(task)
    return task, done


def refresh(harness: Harness, base_url: str, qtbot, **options: object) -> Done:
    _task, done = start_refresh(harness, base_url, **options)
    qtbot.waitUntil(lambda: done != [], timeout=60000)
    return done[0]


def expected_counts(site: LiveSite) -> dict:
    """What the layers must hold: the client keeps certified organisations' data only."""
    catalogue = site.catalogue
    certified = catalogue.certified_organisations()
    names = {org.name for org in certified}
    return {
        TRAINING_CENTRES: len([c for c in catalogue.centres if c.org in names]),
        UPCOMING_COURSES: len([c for c in catalogue.upcoming() if c.org in names]),
        CERTIFIED_ORGANISATIONS: len({org.country for org in certified if org.country}),
    }


def test_first_refresh_creates_the_layers_with_the_server_counts(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    outcome, error = refresh(harness, livesite.base_url, qtbot)
    assert error is None, error
    assert outcome is not None and outcome.changed
    assert harness.counts() == expected_counts(livesite)
    group = harness.manager.group()
    assert group is not None and len(group.children()) == 4  # and the country background
    metadata = harness.manager.cache.metadata()
    assert metadata[UPCOMING_COURSES].server_url == normalise_server_url(livesite.base_url)
    assert any("upcoming-course" in url for url in metadata[UPCOMING_COURSES].source_urls)
    [message] = harness.messages(Qgis.MessageLevel.Info)
    assert "Certification layers updated" in message
    # The client asked like a well-behaved QGIS plugin.
    agents = {r.headers.get("user-agent", "") for r in livesite.requests}
    assert all("certification-plugin/" in agent for agent in agents)


def test_second_refresh_adds_nothing_and_unchanged_data_is_not_rewritten(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    livesite.etags = True
    first, error = refresh(harness, livesite.base_url, qtbot)
    assert error is None and first is not None
    ids = harness.layer_ids()
    counts = harness.counts()
    written_at = harness.manager.cache.metadata()[UPCOMING_COURSES].last_updated
    livesite.requests.clear()

    second, error = refresh(harness, livesite.base_url, qtbot)
    assert error is None and second is not None
    assert not second.changed
    assert sorted(second.unchanged) == sorted(
        [TRAINING_CENTRES, UPCOMING_COURSES, CERTIFIED_ORGANISATIONS]
    )
    assert harness.layer_ids() == ids
    assert harness.counts() == counts
    assert len(harness.project.mapLayers()) == 4  # with the country background, once
    assert harness.manager.cache.metadata()[UPCOMING_COURSES].last_updated == written_at
    # Every data request of the second refresh was conditional (detection never is).
    data_requests = [
        r
        for r in livesite.requests_to("/en/feed/")
        if "page_size=1&" not in r.path and not r.path.endswith("page_size=1")
    ]
    assert data_requests
    assert all(r.headers.get("if-none-match") for r in data_requests), [
        r.path for r in data_requests
    ]
    assert any("up to date" in m for m in harness.messages(Qgis.MessageLevel.Info))
    # Only the cached tables' own URLs were asked again: no detection, no repeats.
    paths = [r.path for r in livesite.requests]
    assert len(paths) == len(set(paths))
    assert livesite.requests_to("/api/") == []


def test_another_country_filter_is_fetched_even_when_the_server_says_304(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    livesite.etags = True
    refresh(harness, livesite.base_url, qtbot)
    refresh(harness, livesite.base_url, qtbot, countries=("RO",))
    organisations = harness.manager.layer(CERTIFIED_ORGANISATIONS)
    assert {f["iso2"] for f in organisations.getFeatures()} == {"RO"}
    assert harness.manager.cache.metadata()[UPCOMING_COURSES].countries == ("RO",)
    outcome, error = refresh(harness, livesite.base_url, qtbot)
    assert error is None and outcome is not None and outcome.changed
    assert (
        len(list(organisations.getFeatures())) == expected_counts(livesite)[CERTIFIED_ORGANISATIONS]
    )


def test_a_change_on_the_server_is_written_in_place(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    livesite.etags = True
    refresh(harness, livesite.base_url, qtbot)
    ids = harness.layer_ids()
    before = harness.counts()[UPCOMING_COURSES]
    livesite.catalogue.courses.pop(0)  # the first course is upcoming and certified
    outcome, error = refresh(harness, livesite.base_url, qtbot)
    assert error is None and outcome is not None and outcome.changed
    assert harness.counts()[UPCOMING_COURSES] == before - 1
    assert harness.layer_ids() == ids


@pytest.mark.parametrize(
    "fault",
    [
        "server_error",
        "html",
        "malformed",
        "wrong_shape",
        "not_found",
        "rate_limited",
        "truncated",
        "truncated_json",
        "huge",
        "empty",
    ],
)
def test_a_failing_refresh_keeps_the_cached_layers(
    harness: Harness, livesite: LiveSite, qtbot, fault: str
) -> None:
    refresh(harness, livesite.base_url, qtbot)
    counts = harness.counts()
    metadata = harness.manager.cache.metadata()
    harness.bar.clear_messages()

    livesite.set_fault(fault, "/en/feed/upcoming-course/")
    logged: List[Tuple[str, str]] = []

    def record(message: str, tag: str, _level: object) -> None:
        logged.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        outcome, error = refresh(harness, livesite.base_url, qtbot)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert outcome is None
    assert isinstance(error, CertificationError)
    assert any(
        tag == LOG_TAG and "Could not update the certification layers" in text
        for tag, text in logged
    )
    assert harness.counts() == counts
    assert harness.manager.cache.metadata() == metadata
    [message] = harness.messages(Qgis.MessageLevel.Critical)
    assert "Could not update the certification layers" in message
    assert "cached data" in message
    assert "upcoming-course" in message  # the detail names the URL


def test_a_timeout_is_reported_and_changes_nothing(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    refresh(harness, livesite.base_url, qtbot)
    counts = harness.counts()
    harness.bar.clear_messages()
    livesite.slow_seconds = 4.0
    livesite.set_fault("slow")
    outcome, error = refresh(harness, livesite.base_url, qtbot, timeout_s=1.0)
    assert outcome is None and isinstance(error, CertificationError)
    assert harness.counts() == counts
    [message] = harness.messages(Qgis.MessageLevel.Critical)
    assert "did not answer in time" in message


def test_the_first_refresh_failing_creates_no_layers(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    livesite.set_fault("server_error")
    outcome, error = refresh(harness, livesite.base_url, qtbot)
    assert outcome is None and error is not None
    assert harness.manager.layers() == {}
    assert harness.project.mapLayers() == {}


def test_cancelling_keeps_everything_and_is_not_an_error(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    refresh(harness, livesite.base_url, qtbot)
    counts = harness.counts()
    harness.bar.clear_messages()
    livesite.slow_seconds = 5.0
    livesite.set_fault("slow")
    task, done = start_refresh(harness, livesite.base_url)
    qtbot.waitUntil(lambda: task.status() == task.TaskStatus.Running, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: done != [], timeout=10000)
    outcome, error = done[0]
    assert outcome is None and isinstance(error, CancelledError)
    assert harness.counts() == counts
    assert harness.messages(Qgis.MessageLevel.Critical) == []


def test_map_tips_of_hostile_records_are_escaped(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    refresh(harness, livesite.base_url, qtbot)
    organisations = harness.manager.layer(CERTIFIED_ORGANISATIONS)
    netherlands = next(f for f in organisations.getFeatures() if f["iso2"] == "NL")
    assert HOSTILE_NAME in netherlands["organisation_names"]
    html_tip = tip(organisations, netherlands)
    assert "<script>" not in html_tip and "<b>Bold</b>" not in html_tip
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html_tip
    assert "javascript:" not in html_tip and "<b>Bold</b>" not in html_tip
    centres = harness.manager.layer(TRAINING_CENTRES)
    lab = next(f for f in centres.getFeatures() if f["name"].startswith("<i>Amsterdam"))
    lab_tip = tip(centres, lab)
    assert "<i>Amsterdam" not in lab_tip and "&lt;i&gt;Amsterdam" in lab_tip
    assert lab["website"] in ("", None)


def test_country_filter_limits_every_layer(harness: Harness, livesite: LiveSite, qtbot) -> None:
    outcome, error = refresh(harness, livesite.base_url, qtbot, countries=("RO", "SE"))
    assert error is None and outcome is not None
    organisations = harness.manager.layer(CERTIFIED_ORGANISATIONS)
    assert {f["iso2"] for f in organisations.getFeatures()} == {"RO", "SE"}
    centres = harness.manager.layer(TRAINING_CENTRES)
    assert {f["country_code"] for f in centres.getFeatures()} == {"RO", "SE"}


def api_count(base_url: str, path: str) -> int:
    request = urllib.request.Request(
        base_url + "api/v1/" + path,
        headers={"Accept": "application/json", "User-Agent": "certification-tests"},
    )
    with urllib.request.urlopen(request, timeout=30) as answer:  # loopback test server
        return int(json.load(answer)["count"])


def api_countries(base_url: str) -> set:
    request = urllib.request.Request(
        base_url + "api/v1/organisations/?page_size=1000",
        headers={"Accept": "application/json", "User-Agent": "certification-tests"},
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return {org["country"] for org in json.load(answer)["results"] if org["country"]}


def test_refresh_from_an_api_v1_server_matches_its_counts_and_then_gets_304(
    harness: Harness, reference_server, qtbot
) -> None:
    base = reference_server.base_url
    outcome, error = refresh(harness, base, qtbot)
    assert error is None, error
    assert outcome is not None and outcome.changed
    assert harness.counts() == {
        TRAINING_CENTRES: api_count(base, "training-centres/?page_size=1"),
        UPCOMING_COURSES: api_count(base, "courses/?upcoming=true&page_size=1"),
        CERTIFIED_ORGANISATIONS: len(api_countries(base)),
    }
    assert harness.counts()[UPCOMING_COURSES] > 0
    ids = harness.layer_ids()

    second, error = refresh(harness, base, qtbot)
    assert error is None and second is not None
    assert not second.changed
    assert harness.layer_ids() == ids
    assert len(harness.project.mapLayers()) == 4  # with the country background, once
    courses = harness.manager.layer(UPCOMING_COURSES)
    pages = [f["page_url"] for f in courses.getFeatures()]
    assert all(url.startswith(base) for url in pages)


def test_a_change_on_an_api_v1_server_is_seen_by_the_unchanged_check(
    harness: Harness, reference_server, qtbot
) -> None:
    base = reference_server.base_url
    refresh(harness, base, qtbot)
    courses = harness.manager.layer(UPCOMING_COURSES)
    renamed = "Renamed course for the refresh test"
    reference_server.manage(
        "shell",
        "-c",
        "from datetime import date\n"
        "from catalogue.models import Course\n"
        "course = Course.objects.filter(start_date__gte=date.today(),\n"
        "    certifying_organisation__status='approved',\n"
        "    certifying_organisation__archived=False).order_by('-id').first()\n"
        f"course.name = {renamed!r}\n"
        "course.save()\n",
    )
    outcome, error = refresh(harness, base, qtbot)
    assert error is None and outcome is not None and outcome.changed
    assert renamed in {f["name"] for f in courses.getFeatures()}


def test_without_the_world_map_the_country_layer_is_skipped_with_a_warning(
    harness: Harness, livesite: LiveSite, qtbot, tmp_path: Path
) -> None:
    outcome, error = refresh(
        harness, livesite.base_url, qtbot, world_map=str(tmp_path / "no-world-map.gpkg")
    )
    assert error is None and outcome is not None
    assert set(harness.manager.layers()) == {TRAINING_CENTRES, UPCOMING_COURSES}
    [warning] = harness.messages(Qgis.MessageLevel.Warning)
    assert "certified organisations layer was skipped" in warning
    assert harness.counts()[UPCOMING_COURSES] == expected_counts(livesite)[UPCOMING_COURSES]


def test_training_centre_map_tips_list_their_next_courses(
    harness: Harness, livesite: LiveSite, qtbot
) -> None:
    refresh(harness, livesite.base_url, qtbot)
    catalogue = livesite.catalogue
    certified = {org.name for org in catalogue.certified_organisations()}
    upcoming = [c for c in catalogue.upcoming() if c.org in certified]
    by_centre: dict = {}
    for course in sorted(upcoming, key=lambda c: c.start):
        by_centre.setdefault(course.centre, []).append(course)
    layer = harness.manager.layer(TRAINING_CENTRES)
    tips = {f["name"]: tip(layer, f) for f in layer.getFeatures()}
    checked = 0
    for name, courses in by_centre.items():
        shown = tips[name]
        assert "Next courses" in shown
        first = courses[0]
        assert html.escape(first.start.isoformat()) in shown
        if first.name:
            assert html.escape(first.name, quote=True) in shown
        checked += 1
    assert checked >= 2
    without = set(tips) - set(by_centre)
    assert all("Next courses" not in tips[name] for name in without)
    assert all("<script>" not in shown for shown in tips.values())
