"""The review dock's "Application" tab against the reference server: the declaration first,
then the snapshot with its links and files, downloads opening in QGIS; escaping; speed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
from qgis.core import QgsApplication, QgsLayerTreeLayer, QgsProject
from qgis.PyQt.QtCore import QUrl

from certification_plugin.core.api import new_idempotency_key
from certification_plugin.core.errors import NotFoundError, PermissionDeniedError
from certification_plugin.gui.reviews.application_page import ApplicationPage
from certification_plugin.gui.reviews.context import ReviewContext
from certification_plugin.gui.reviews.review_dock import applications_client, reviews_client
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.drafts import DraftStore
from certification_plugin.qgis_io.material_checks import check_material
from certification_plugin.qgis_io.tasks import TaskRunner, TaskSlot
from tests.fixtures.applicants import new_applicant
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.reviewers import ReviewWorld, seed_review_world
from tests.plugin.auth_helpers import store_basic_config
from tests.plugin.material_helpers import (
    PDF,
    draft_with_files,
    geopackage,
    qgis_project,
    token_client,
)

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Runner:
    """``ReviewContext.run`` as the dock does it: one ``TaskSlot`` per purpose."""

    def __init__(self, tasks: TaskRunner) -> None:
        self.tasks = tasks
        self.slots: Dict[str, TaskSlot] = {}
        self.descriptions: List[str] = []

    def __call__(self, description, work, done=None, failed=None, purpose=""):
        self.descriptions.append(description)
        slot = self.slots.setdefault(purpose or description, TaskSlot(self.tasks))
        return slot.run(description, work, done, failed)

    @property
    def busy(self) -> bool:
        return any(slot.busy for slot in self.slots.values())


class Setup:
    def __init__(
        self,
        server: ReferenceServer,
        username: str,
        token: str,
        tasks: TaskRunner,
        folder: Path,
        is_manager: bool = False,
        server_url: str = "",
    ) -> None:
        self.config = store_basic_config(f"review page {username}", username, token)
        client = client_for(server_url or server.base_url, self.config.id(), 10.0, str(folder))
        self.messages: List[Tuple[str, Any]] = []
        self.runner = Runner(tasks)
        self.context = ReviewContext(
            reviews=reviews_client(client, "en"),
            applications=applications_client(client, "en"),
            run=self.runner,
            drafts=DraftStore(str(folder / "drafts")),
            push_message=lambda text, level: self.messages.append((text, level)),
            username=username,
            is_manager=is_manager,
            server_key=f"test_{server.port}",
        )

    def remove(self) -> None:
        QgsApplication.authManager().removeAuthenticationConfig(self.config.id())


@pytest.fixture(scope="module")
def world(reference_server: ReferenceServer) -> ReviewWorld:
    return seed_review_world(reference_server)


@pytest.fixture(scope="module")
def with_files(reference_server: ReferenceServer, world: ReviewWorld, tmp_path_factory) -> Dict:
    """An application of the world's country with a PDF, a GeoPackage and a project,
    submitted and accepted at screening (so routed to the world's group)."""
    folder = tmp_path_factory.mktemp("material")
    username, token = new_applicant(reference_server, "pageowner")
    apps = token_client(reference_server, token)
    name = f"Atlas {HOSTILE} {username}"
    gpkg = geopackage(folder / "places.gpkg")
    qgz = Path(qgis_project(folder / "exercise.qgz")).read_bytes()
    # The applicant's plugin checked the files with QGIS before sending them.
    checks = {name: check_material(str(folder / name)) for name in ("places.gpkg", "exercise.qgz")}
    ident, _materials = draft_with_files(
        apps,
        name,
        [
            ("slides.pdf", PDF, "lectures"),
            ("places.gpkg", gpkg, "data"),
            ("exercise.qgz", qgz, "exercises"),
        ],
        checks,
    )
    form = apps.form()
    current = apps.get(ident)
    content = {
        "details": {
            "name": name,
            "email": "office@example.org",
            "website": "https://example.org",
            "address": "Street 1\nTown",
            "country": world.country,
            "phone": "+1 000",
            "vat_number": "",
        },
        "contributions": [
            {
                "kind": "translation",
                "description": f"Translated {HOSTILE}",
                "links": ["https://example.org/evidence", "https://example.org/more"],
                "start_date": "2024-01-31",
                "end_date": None,
            }
        ],
        "self_check": {
            "version": form.self_check_version,
            "answers": {q.key: True for q in form.questions},
        },
        "message": "Hello <b>reviewers</b>",
    }
    apps.patch(ident, content, current.revision)
    apps.submit(ident, new_idempotency_key())
    reference_server.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from reviews import domain\n"
        f"manager = get_user_model().objects.get(username={world.username('manager')!r})\n"
        f"domain.screen(application_id={ident}, user=manager, action='accept')\n",
    )
    materials = {m["filename"]: m for m in apps.materials(ident)}
    return {"id": ident, "name": name, "materials": materials}


def item_for(ident: int, name: str, declaration: Optional[str], round_number: int = 1) -> Dict:
    return {
        "application": ident,
        "organisation": {"name": name, "country": "IS"},
        "round": round_number,
        "state": "under_review",
        "task": "declare" if declaration == "pending" else "review",
        "my_declaration": declaration,
    }


@pytest.fixture
def project() -> Iterator[QgsProject]:
    instance = QgsProject.instance()
    instance.clear()
    yield instance
    instance.clear()


def new_page(qtbot, setup: Setup) -> ApplicationPage:
    page = ApplicationPage(setup.context)
    qtbot.addWidget(page)
    page.resize(520, 900)
    page.show()
    return page


def test_the_declaration_comes_first_then_the_snapshot_and_files_open_in_qgis(
    qtbot, reference_server, world, with_files, runner, tmp_path, project, browser
) -> None:
    setup = Setup(reference_server, world.username("first"), world.token("first"), runner, tmp_path)
    try:
        page = new_page(qtbot, setup)
        page.load(item_for(with_files["id"], with_files["name"], "pending"))
        qtbot.waitUntil(lambda: page.conflict_form.isVisible(), timeout=20000)
        assert not page.content.isVisible() and page.browser.toPlainText() == ""
        assert page.snapshot == {} and page.materials == []
        labels = [
            page.conflict_form.kind.itemText(i) for i in range(page.conflict_form.kind.count())
        ]
        assert "A colleague (now or recently)" in labels  # the server's labels
        form = page.conflict_form
        form.conflict_button.setChecked(True)
        assert not form.send_button.isEnabled()  # a kind and a reason are needed
        form.none_button.setChecked(True)
        assert form.send_button.isEnabled()
        with qtbot.waitSignal(page.declared, timeout=20000) as declared:
            form.send_button.click()
        assert declared.args == ["none"]
        qtbot.waitUntil(lambda: page.content.isVisible(), timeout=20000)
        assert not form.isVisible()
        text = page.browser.toPlainText()
        html = page.browser.toHtml()
        assert with_files["name"] in text  # markup shown as text...
        assert "<script" not in html and "<img" not in html  # ...never as markup
        assert "Translated" in text and "Hello <b>reviewers</b>" in text
        assert 'href="https://example.org/evidence"' in html
        assert 'href="https://example.org/more"' in html
        assert "slides.pdf" in text and "places.gpkg" in text and "exercise.qgz" in text
        tree = page.checks_view.tree
        assert tree.topLevelItemCount() == 3
        found = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(3)}
        assert found["places.gpkg"] == "GeoPackage: 2 layers, all valid"
        assert "GeoPackage: 2 layers, all valid" in text

        # An evidence link opens in the browser; a javascript: one never.
        page._anchor_clicked(QUrl("https://example.org/evidence"))
        page._anchor_clicked(QUrl("javascript:alert(1)"))
        assert browser.urls == ["https://example.org/evidence"]

        # Data: downloaded in the background, layers in the review group.
        gpkg = with_files["materials"]["places.gpkg"]
        page._anchor_clicked(QUrl(f"material:{gpkg['id']}"))
        group_name = f"Review: {with_files['name']}"
        qtbot.waitUntil(
            lambda: project.layerTreeRoot().findGroup(group_name) is not None, timeout=20000
        )
        group = project.layerTreeRoot().findGroup(group_name)
        names = sorted(
            c.layer().name() for c in group.children() if isinstance(c, QgsLayerTreeLayer)
        )
        assert names == ["roads", "towns"]
        assert any("layers added" in text for text, _level in setup.messages)

        # A project: asked first; "no" leaves the open project alone.
        asked: List[str] = []
        page.ask = lambda _title, question: asked.append(question) or False
        project.setTitle("Mine")
        qgz = with_files["materials"]["exercise.qgz"]
        page.open_material(qgz["id"])
        qtbot.waitUntil(lambda: bool(asked), timeout=20000)
        assert "replaces the project open now" in asked[0]
        assert project.title() == "Mine" and project.layerTreeRoot().findGroup(group_name)

        # A PDF: the system viewer, with the local file.
        pdf = with_files["materials"]["slides.pdf"]
        page.open_material(pdf["id"])
        qtbot.waitUntil(lambda: any(u.startswith("file://") for u in browser.urls), timeout=20000)
        opened = next(u for u in browser.urls if u.startswith("file://"))
        assert f"/{with_files['id']}/{pdf['id']}/slides.pdf" in opened
    finally:
        setup.remove()


def test_a_conflict_excludes_the_reviewer(qtbot, reference_server, world, runner, tmp_path) -> None:
    setup = Setup(
        reference_server, world.username("second"), world.token("second"), runner, tmp_path
    )
    ident = world.applications["overdue"]
    try:
        page = new_page(qtbot, setup)
        page.load(item_for(ident, "Late Maps", "pending"))
        qtbot.waitUntil(lambda: page.conflict_form.isVisible(), timeout=20000)
        form = page.conflict_form
        form.conflict_button.setChecked(True)
        form.kind.setCurrentIndex(form.kind.findData("colleague"))
        form.reason.setPlainText("I taught there last year.")
        with qtbot.waitSignal(page.declared, timeout=20000) as declared:
            form.send_button.click()
        assert declared.args == ["conflict"]
        assert page.excluded.isVisible() and not page.content.isVisible()
        assert not form.isVisible() and page.browser.toPlainText() == ""
        doc = setup.context.reviews.conflict_declaration(ident)
        assert doc["declaration"] == "conflict" and doc["kind"] == "colleague"
        with pytest.raises((NotFoundError, PermissionDeniedError)):
            setup.context.applications.round(ident, 1)
        # Coming back to it later: the line, and no request for the material.
        before = len(setup.runner.descriptions)
        page.load(item_for(ident, "Late Maps", "conflict"))
        assert page.excluded.isVisible() and not page.content.isVisible()
        assert len(setup.runner.descriptions) == before
    finally:
        setup.remove()


def test_a_refusal_or_a_network_error_loses_nothing_typed(
    qtbot, reference_server, world, runner, tmp_path
) -> None:
    ident = world.applications["psc"]
    # The coordinator is not asked to review a PSC application: the server says 403.
    setup = Setup(
        reference_server, world.username("coordinator"), world.token("coordinator"), runner,
        tmp_path,
    )  # fmt: skip
    try:
        page = new_page(qtbot, setup)
        page.load(item_for(ident, "Lonely Maps", "pending"))
        qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=20000)
        assert page.status.text() and not page.conflict_form.isVisible()
        # Show the form as if the reading had worked, type, and send: refused, kept.
        page.show_declaration({"declaration": "pending", "kinds": []})
        form = page.conflict_form
        form.conflict_button.setChecked(True)
        form.kind.setCurrentIndex(form.kind.findData("family"))
        form.reason.setPlainText("My cousin runs it.")
        form.send_button.click()
        qtbot.waitUntil(
            lambda: bool(form.status.text()) and form.send_button.isEnabled(), timeout=20000
        )
        assert form.status.text() != "Sending…"
        assert form.conflict_button.isChecked() and form.kind.currentData() == "family"
        assert form.reason.toPlainText() == "My cousin runs it."
        assert form.isVisible() and not page.content.isVisible()
    finally:
        setup.remove()

    # Nothing listens on this port: a network error, the same text kept.
    from tests.fixtures.reference_server import free_port

    dead = Setup(
        reference_server, world.username("first"), world.token("first"), runner, tmp_path,
        server_url=f"http://127.0.0.1:{free_port()}/",
    )  # fmt: skip
    try:
        page = new_page(qtbot, dead)
        page.item = item_for(ident, "Lonely Maps", "pending")
        page.application_id = ident
        page.show_declaration({"declaration": "pending", "kinds": []})
        form = page.conflict_form
        form.conflict_button.setChecked(True)
        form.kind.setCurrentIndex(form.kind.findData("other"))
        form.reason.setPlainText("Typed offline.")
        form.send_button.click()
        qtbot.waitUntil(
            lambda: bool(form.status.text()) and form.send_button.isEnabled(), timeout=20000
        )
        assert form.reason.toPlainText() == "Typed offline."
        assert form.kind.currentData() == "other" and form.conflict_button.isChecked()
        # Going back to the queue and opening it again keeps what was typed.
        page.load(item_for(999999, "Another", "conflict"))
        page.load(item_for(ident, "Lonely Maps", "pending"))
        qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=20000)
        page.show_declaration({"declaration": "pending", "kinds": []})
        assert page.conflict_form.reason.toPlainText() == "Typed offline."
    finally:
        dead.remove()


def test_a_manager_sees_the_snapshot_without_declaring(
    qtbot, reference_server, world, with_files, runner, tmp_path
) -> None:
    setup = Setup(
        reference_server, world.username("manager"), world.token("manager"), runner, tmp_path,
        is_manager=True,
    )  # fmt: skip
    try:
        page = new_page(qtbot, setup)
        page.load(item_for(with_files["id"], with_files["name"], None))
        qtbot.waitUntil(lambda: page.content.isVisible(), timeout=20000)
        assert not page.conflict_form.isVisible()
        assert len(page.materials) == 3
        assert all(m.get("download_url") for m in page.materials)
    finally:
        setup.remove()


def big_snapshot(contributions: int = 50, files: int = 20) -> Tuple[Dict, List[Dict]]:
    courses = [
        {
            "key": f"c{n}",
            "title": f"Course {n} {HOSTILE}",
            "course_type": "Desktop",
            "licence": "CC-BY-4.0",
            "qgis_version": "3.34",
            "links": {"lectures": [f"https://example.org/c{n}"], "exercises": [], "data": []},
        }
        for n in range(4)
    ]
    snapshot = {
        "details": {"name": f"Big {HOSTILE}", "website": "javascript:alert(1)", "country": "RO"},
        "contributions": [
            {
                "kind": "translation",
                "description": f"Contribution {n} {HOSTILE}\nsecond line",
                "links": [
                    f"https://example.org/{n}",
                    f"javascript:alert({n})",
                    "file:///etc/passwd",
                ],
                "start_date": "2024-01-31",
                "end_date": None,
            }
            for n in range(contributions)
        ],
        "courses": courses,
        "message": HOSTILE,
    }
    materials = [
        {
            "id": 1000 + n,
            "course": f"c{n % 4}",
            "part": ("lectures", "exercises", "data")[n % 3],
            "filename": f"file{n}{HOSTILE}.gpkg",
            "size": 123456 * n,
            "sha256": "0" * 64,
            "download_url": f"http://127.0.0.1:1/api/v1/applications/1/materials/{n}/download/",
            "checks": {
                "kind": "geopackage",
                "ok": n % 5 != 0,
                "counts": {"layers": 2, "invalid": 1 if n % 5 == 0 else 0},
                "layers": [
                    {
                        "name": f"layer {HOSTILE}",
                        "provider": "ogr",
                        "type": "vector",
                        "valid": True,
                        "features": 3,
                    },
                    {"name": "b", "provider": "ogr", "type": "vector", "valid": n % 5 != 0},
                ],
                "messages": [
                    {"level": "error", "code": "layer_invalid", "text": f"Layer {HOSTILE}"}
                ]
                if n % 5 == 0
                else [],
            },
        }
        for n in range(files)
    ]
    return snapshot, materials


def test_a_large_application_fills_the_page_fast_and_escaped(
    qtbot, reference_server, world, runner, tmp_path
) -> None:
    setup = Setup(reference_server, world.username("first"), world.token("first"), runner, tmp_path)
    try:
        page = new_page(qtbot, setup)
        snapshot, materials = big_snapshot()
        page.show_snapshot(snapshot, materials)  # warm-up (fonts, styles)
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            page.show_snapshot(snapshot, materials)
            QgsApplication.processEvents()
            timings.append(time.perf_counter() - started)
        best = min(timings)
        print(f"show_snapshot 50 contributions, 20 files: {best * 1000:.0f} ms")
        assert best < 0.3, timings
        html = page.browser.toHtml()
        text = page.browser.toPlainText()
        assert "<script" not in html and "<img" not in html
        assert text.count("Contribution ") == 50 and HOSTILE in text
        assert 'href="javascript' not in html and 'href="file:' not in html
        assert html.count('href="material:') == 20
        assert page.checks_view.tree.topLevelItemCount() == 20
        assert page.open_button.isEnabled() is False  # nothing selected yet
    finally:
        setup.remove()


class Trickle:
    """A loopback server announcing a large file and sending it slowly (a download to cancel)."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        owner = self
        self.stopped = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/geopackage+sqlite3")
                self.send_header("Content-Length", str(50 << 20))
                self.end_headers()
                while not owner.stopped.is_set():
                    try:
                        self.wfile.write(b"x" * 1024)
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.05)

            def log_message(self, *_args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/file.gpkg"

    def stop(self) -> None:
        self.stopped.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_cancelled_download_opens_nothing(
    qtbot, reference_server, world, runner, tmp_path, project
) -> None:
    trickle = Trickle()
    setup = Setup(reference_server, world.username("first"), world.token("first"), runner, tmp_path)
    try:
        page = new_page(qtbot, setup)
        page.application_id = 424242
        page.organisation = "Slow Maps"
        snapshot, _ = big_snapshot(1, 0)
        material = {
            "id": 7,
            "course": "c0",
            "part": "data",
            "filename": "file.gpkg",
            "size": 50 << 20,
            "sha256": "",
            "download_url": trickle.url(),
        }
        page.show_snapshot(snapshot, [material])
        task = page.open_material(7)
        assert task is not None
        qtbot.waitUntil(lambda: page.cancel_button.isVisible(), timeout=5000)
        assert page.open_material(7) is None  # one download per file at a time
        qtbot.wait(300)
        page.cancel_downloads()
        qtbot.waitUntil(lambda: "cancelled" in page.download_status.text(), timeout=10000)
        assert not page.cancel_button.isVisible()
        assert (
            project.count() == 0 and project.layerTreeRoot().findGroup("Review: Slow Maps") is None
        )
        assert setup.messages == []
        folder = Path(page.cache_folder()) / "7"
        assert not (folder / "file.gpkg").exists() and not (folder / "file.gpkg.part").exists()
    finally:
        setup.remove()
        trickle.stop()
