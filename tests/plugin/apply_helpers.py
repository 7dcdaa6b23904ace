"""The apply dock in tests: a plugin stand-in with real settings, tasks and client, a signed-in
applicant on the reference server, and a few ways to fill the form as a user would."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, List, Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QSettings, Qt
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from certification_plugin.gui.applications.apply_dock import ApplyDock
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.drafts import DraftStore
from certification_plugin.qgis_io.settings import PluginSettings
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.applicants import new_applicant
from tests.fixtures.reference_server import ReferenceServer
from tests.plugin.auth_helpers import store_basic_config

GEOJSON = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "Cluj"},
                "geometry": {"type": "Point", "coordinates": [23.6, 46.77]},
            }
        ],
    }
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_plugin(tmp_path: Path, server_url: str, authcfg: str = "") -> SimpleNamespace:
    settings = PluginSettings(
        QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    settings.server_url = server_url
    if authcfg:
        settings.authcfg = authcfg
    runner = TaskRunner()
    cache = str(tmp_path / "cache")
    calls: List[str] = []
    return SimpleNamespace(
        tasks=runner,
        settings=settings,
        create_client=lambda: client_for(settings.server_url, settings.authcfg, 30.0, cache),
        show_settings=lambda: calls.append("settings"),
        calls=calls,
    )


class Applicant:
    """A new account with a token stored as a QGIS Basic authcfg; ``remove()`` after."""

    def __init__(self, server: ReferenceServer) -> None:
        self.username, self.token = new_applicant(server, "dock")
        self.config = store_basic_config(f"apply {self.username}", self.username, self.token)
        self.authcfg = self.config.id()

    def remove(self) -> None:
        QgsApplication.authManager().removeAuthenticationConfig(self.authcfg)


def new_dock(qtbot, plugin: SimpleNamespace, drafts: Path, **kwargs: Any) -> ApplyDock:
    dock = ApplyDock(plugin, store=DraftStore(str(drafts)), **kwargs)
    qtbot.addWidget(dock)
    dock.resize(460, 900)
    return dock


def type_into(widget: Any, text: str) -> None:
    """Type as a user does (``textEdited`` fires, unlike ``setText``)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        QTest.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        widget.insertPlainText(text)
    else:
        raise TypeError(widget)


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def pass_self_check(qtbot, dock: ApplyDock) -> None:
    qtbot.waitUntil(lambda: dock.form is not None, timeout=30000)
    for question in dock.form.questions:
        dock.self_check.answer(question.key, True)
    qtbot.mouseClick(dock.self_check.continue_button, Qt.MouseButton.LeftButton)


def fill_organisation(dock: ApplyDock, name: str) -> None:
    binder = dock.binder
    type_into(binder.editor("name"), name)
    type_into(binder.editor("email"), "office@example.org")
    type_into(binder.editor("website"), "https://example.org")
    type_into(binder.editor("address"), "Strada 1\nCluj-Napoca")
    choose(binder.editor("country"), "RO")
    type_into(binder.editor("phone"), "+40 264 000 000")


def add_contribution(dock: ApplyDock, kind: str = "translation") -> None:
    table = dock.binder.editor("contributions")
    qtbot_row = table.add_row()
    choose(table.table.cellWidget(qtbot_row, table.column("kind")), kind)
    table.table.item(qtbot_row, table.column("description")).setText("Romanian translation")
    table.table.item(qtbot_row, table.column("links")).setText(
        "https://example.org/a\nhttps://example.org/b"
    )
    table.table.item(qtbot_row, table.column("start_date")).setText("2024-01-31")


def add_course(dock: ApplyDock, files: Dict[str, List[str]], links: str = "") -> None:
    courses = dock.courses
    courses.add_course()
    editor = courses.editor
    type_into(editor.title, "QGIS for planners")
    type_into(editor.courseType, "Introduction")
    choose(editor.licence, "CC-BY-4.0")
    type_into(editor.qgisVersion, "3.34")
    for part, paths in files.items():
        widget = editor.files(part)
        widget.setFilePath(" ".join(f'"{p}"' for p in paths) if len(paths) > 1 else paths[0])
    if links:
        type_into(editor.links("exercises"), links)


def material_files(folder: Path) -> Dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    slides = folder / "slides.pdf"
    slides.write_bytes(PDF)
    places = folder / "places.geojson"
    places.write_text(GEOJSON, encoding="utf-8")
    logo = folder / "logo.png"
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#589632"))
    image.save(str(logo), "PNG")
    return {"slides": str(slides), "places": str(places), "logo": str(logo)}


class FailingApi:
    """A loopback API whose root, form and list answer like the reference server (copied from
    it) and every other request with ``status`` (a 5xx); ``requests`` records the paths."""

    def __init__(self, server: ReferenceServer, status: int = 500) -> None:
        import urllib.request

        def fetch(path: str) -> bytes:
            request = urllib.request.Request(
                server.base_url + path, headers={"Accept": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.read()

        self.answers = {
            "/api/v1/": fetch("api/v1/"),
            "/api/v1/application-form/": fetch("api/v1/application-form/"),
        }
        self.answers["/api/v1/applications/"] = b"[]"
        self.status = status
        self.requests: List[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                owner.requests.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                body = owner.answers.get(self.path.split("?")[0]) if self.command == "GET" else None
                code = 200 if body is not None else owner.status
                body = body if body is not None else b'{"detail": "Server error."}'
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer

            def log_message(self, *_args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def saved_draft(drafts: Path, dock: ApplyDock) -> Optional[Dict[str, Any]]:
    found = DraftStore(str(drafts)).load("application", dock.key)
    return found.data if found is not None else None
