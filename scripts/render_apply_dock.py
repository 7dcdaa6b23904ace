"""Screenshots of the "Apply for certification" dock, filled against the reference server.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_apply_dock.py \
        --language zh_TW --out docs/screenshots

Starts the reference server (tests/fixtures/reference_server.py) on loopback with a
throw-away database, signs a new applicant in (a Basic authcfg in a throw-away QGIS profile),
and grabs the dock at each step: the self-check, the organisation, the contributions, the
training material with the QGIS checks of its files, and the submitted application with its
history. Files: ``apply-<page>-<en|zh>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from qgis.core import QgsApplication
from render_session import REPO, qgis_in_language, render_arguments

SIZE = (470, 900)
MASTER = "render-apply-dock"


def wait(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the dock did not get there in time")
        QgsApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)


def sample_files(folder: Path) -> dict:
    from tests.plugin.apply_helpers import GEOJSON, PDF

    folder.mkdir(parents=True, exist_ok=True)
    slides = folder / "lecture-1-introduction.pdf"
    slides.write_bytes(PDF)
    places = folder / "cluj-places.geojson"
    places.write_text(GEOJSON, encoding="utf-8")
    broken = folder / "roads.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    return {"slides": str(slides), "places": str(places), "broken": str(broken)}


def main() -> int:
    args = render_arguments(__doc__, default_out=str(REPO / "docs" / "screenshots"))
    suffix = "zh" if args.language.startswith("zh") else args.language
    work = Path(tempfile.mkdtemp(prefix="apply-screens-"))
    with qgis_in_language(args.language, str(work / "profile")):
        render(args, suffix, work)
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of the dock's widgets under Xvfb (it may crash)


def render(args: argparse.Namespace, suffix: str, work: Path) -> None:
    from qgis.core import QgsSettings
    from qgis.PyQt.QtWidgets import QMessageBox

    from certification_plugin.gui.applications.apply_dock import (
        SECTIONS_PAGE,
        SELF_CHECK_PAGE,
        STATUS_PAGE,
        ApplyDock,
    )
    from certification_plugin.qgis_io.drafts import DraftStore
    from tests.fixtures.reference_server import ReferenceServer
    from tests.plugin.apply_helpers import (
        add_contribution,
        add_course,
        fill_organisation,
        make_plugin,
    )

    QgsSettings().setValue("locale/userLocale", args.language if suffix != "en" else "en_US")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    server = ReferenceServer(work / "server").start()
    try:
        from qgis.core import QgsAuthMethodConfig

        from tests.fixtures.applicants import new_applicant

        manager = QgsApplication.authManager()
        manager.setMasterPassword(MASTER, True)
        username, token = new_applicant(server, "screens")
        config = QgsAuthMethodConfig("Basic")
        config.setName("screenshots")
        config.setConfig("username", username)
        config.setConfig("password", token)
        _stored, config = manager.storeAuthenticationConfig(config)
        plugin = make_plugin(work, server.base_url, config.id())

        dock = ApplyDock(plugin, store=DraftStore(str(work / "drafts")))
        dock.resize(*SIZE)
        dock.show()

        def shot(name: str) -> None:
            settle()
            path = out / f"apply-{name}-{suffix}.png"
            dock.grab().save(str(path))
            print(path)

        wait(lambda: dock.page == SELF_CHECK_PAGE and dock.form is not None)
        questions = dock.form.questions
        for question in questions[:-1]:
            dock.self_check.answer(question.key, True)
        dock.self_check.answer(questions[-1].key, False)
        shot("self-check")
        dock.self_check.answer(questions[-1].key, True)
        dock.self_check.continue_button.click()
        wait(lambda: dock.page == SECTIONS_PAGE)
        fill_organisation(dock, "Geo Academy Cluj")
        if suffix == "zh":  # QTest types ASCII only
            name = dock.binder.editor("name")
            name.setText("克盧日地理學院")
            name.textEdited.emit(name.text())
        dock.scroll.verticalScrollBar().setValue(0)
        shot("organisation")
        add_contribution(dock, "translation")
        add_contribution(dock, "user_group")
        table = dock.binder.editor("contributions")
        table.table.item(1, table.column("description")).setText("QGIS user group meetings")
        dock.scroll.ensureWidgetVisible(table, 0, 0)
        dock.scroll.verticalScrollBar().setValue(
            table.mapTo(dock.stack, table.rect().topLeft()).y() - 40
        )
        shot("contributions")
        files = sample_files(work / "material")
        add_course(
            dock,
            {"lectures": [files["slides"]], "data": [files["places"], files["broken"]]},
            links="https://example.org/exercises",
        )
        dock.check_files()
        wait(lambda: not dock.slot.busy and files["places"] in dock.draft.checks)
        courses = dock.courses
        dock.resize(SIZE[0], 1040)  # the whole course: its list, fields and the checks
        settle()
        dock.scroll.verticalScrollBar().setValue(
            courses.mapTo(dock.stack, courses.rect().topLeft()).y()
        )
        shot("course-material")
        dock.resize(*SIZE)
        # Without the damaged file, then submit.
        courses.editor.files("data").setFilePath(files["places"])
        dock.binder.editor("message").setPlainText("We teach QGIS in Romanian and English.")
        dock.submit()
        wait(lambda: dock.confirm_box is not None and dock.confirm_box.isVisible())
        dock.confirm_box.button(QMessageBox.StandardButton.Ok).click()
        wait(lambda: dock.page == STATUS_PAGE, 120)
        shot("submitted")
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
