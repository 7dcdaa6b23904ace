"""What every screenshot script needs: its two options, and QGIS started in one language.

    args = render_arguments(__doc__)
    with qgis_in_language(args.language) as app:
        ...
        save_grab(widget, args.out)

The plugin's catalogue and Qt's own (the standard buttons: Cancel, OK) are installed for the
language and removed again; QGIS is started with its GUI (widgets are grabbed) and exited.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Optional

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def render_arguments(doc: Optional[str], default_out: Optional[str] = None) -> argparse.Namespace:
    """``--language`` (en, ro, sv, zh_TW) and ``--out`` (required unless a default is given)."""
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    parser.add_argument("--language", default="en", help="en, ro, sv or zh_TW")
    parser.add_argument("--out", required=default_out is None, default=default_out)
    return parser.parse_args()


@contextmanager
def qgis_in_language(language: str, profile: Optional[str] = None) -> Iterator[Any]:
    """A started ``QgsApplication`` (GUI on) showing the plugin and Qt in ``language``."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QLibraryInfo, QLocale, QTranslator

    app = QgsApplication([], True, profile) if profile else QgsApplication([], True)
    app.initQgis()
    from certification_plugin.qgis_io.translation import install_translator, remove_translator

    translator = install_translator(language) if language != "en" else None
    qt_translator = QTranslator()
    folder = QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)
    if language != "en" and qt_translator.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt_translator)
    try:
        yield app
    finally:
        remove_translator(translator)
        app.removeTranslator(qt_translator)
    app.exitQgis()


def save_grab(widget: Any, out: str) -> Path:
    """The widget as a PNG at ``out`` (folders made); SystemExit when it cannot be written."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    print(path)
    return path


def wait(condition: Callable[[], Any], timeout_s: float = 60.0, what: str = "") -> None:
    """Run the event loop until ``condition()`` holds; TimeoutError naming ``what``."""
    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the dock did not get there in time: {what}")
        QgsApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    """Run the event loop for ``seconds`` (layouts, repaints) before a grab."""
    from qgis.core import QgsApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)


def dock_screens(
    doc: Optional[str], prefix: str, render: Callable[[argparse.Namespace, str, Path], None]
) -> int:
    """A dock script's ``main``: ``render(args, suffix, work)`` in QGIS in the language, with a
    scratch folder (the server's database, the profile) removed afterwards; then the process
    ends without Qt's teardown of the dock's widgets (under Xvfb it may crash)."""
    args = render_arguments(doc, default_out=str(REPO / "docs" / "screenshots"))
    suffix = "zh" if args.language.startswith("zh") else args.language
    work = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        with qgis_in_language(args.language, str(work / "profile")):
            render(args, suffix, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)


class Shots:
    """Grabs widgets into ``<out>/<prefix>-<name>-<suffix>.png`` (the event loop settled)."""

    def __init__(self, out: Path, prefix: str, suffix: str) -> None:
        self.out = out
        self.prefix = prefix
        self.suffix = suffix

    def __call__(self, widget: Any, name: str) -> None:
        settle()
        path = self.out / f"{self.prefix}-{name}-{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"Could not write {path}")
        print(path)


def script_api(base_url: str, token: str) -> tuple[Any, dict[str, str]]:
    """An ``ApiSession`` over the standard library (a script's own calls, not the dock's) and
    the headers that sign ``token`` in."""
    from certification_plugin.core.api.session import ApiSession
    from certification_plugin.core.http import HttpSession
    from certification_plugin.core.urllib_transport import UrllibTransport
    from certification_plugin.core.urls import api_url

    api = ApiSession(api_url(base_url), HttpSession(UrllibTransport()))
    return api, {"Authorization": f"Token {token}"}


def start_reference_server(
    args: argparse.Namespace, suffix: str, work: Path, master: str, prefix: str
) -> tuple[Any, Shots]:
    """QGIS's locale set for the language, the QGIS master password set to ``master``, the
    reference server started on a throw-away database in ``work`` (not seeded), and the
    ``Shots`` into ``args.out`` (made) named ``<prefix>-<name>-<suffix>.png``. The caller
    stops the server."""
    from qgis.core import QgsApplication, QgsSettings

    from tests.fixtures.reference_server import ReferenceServer

    QgsSettings().setValue("locale/userLocale", args.language if suffix != "en" else "en_US")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    QgsApplication.authManager().setMasterPassword(master, True)
    server = ReferenceServer(work / "server", seed=False)
    server.start()
    return server, Shots(out, prefix, suffix)
