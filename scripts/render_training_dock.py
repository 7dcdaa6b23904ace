"""Screenshots of the "Courses and certificates" dock and its dialogs, against the reference
server.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_training_dock.py \
        --language zh_TW --out docs/screenshots

(``make training-screenshots`` runs it for English and Chinese.) Starts the reference server
(tests/fixtures/reference_server.py) on loopback with a throw-away database, seeds the training
world of the plugin tests (tests/fixtures/trainers.py: the certified "Trainers Org" with 20
credits, a started course with three attendees, one of them certified, its PDF rendered by a
run of the task queue), signs its ``owner`` in (an API token in a Basic authcfg of a throw-away
QGIS profile) and grabs:

* ``training-dock-<en|zh>.png``: the dock, the organisation with its balance, the started
  course selected with its attendees and certificates;
* ``training-certificates-<en|zh>.png``: the same course with its Certificates tab in front;
* ``training-issue-<en|zh>.png``: the issue dialog for the attendees still waiting, with the
  cost line;
* ``training-import-<en|zh>.png``: the CSV import preview of a file with a bad row (the
  server's own preview);
* ``training-verify-<en|zh>.png``: the Verify tab after verifying the issued certificate.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional

from render_session import Shots, dock_screens, script_api, settle, start_reference_server, wait

DOCK_SIZE = (900, 760)
DIALOG_SIZE = (760, 460)
MASTER = "render-training-dock"
CSV = (
    "First name;Surname;E-mail\n"
    "Ioana;Mureșan;ioana.muresan@example.org\n"
    "Erik;Lindqvist;erik.lindqvist@example.org\n"
    "Wei;;wei.example.org\n"
    "Ana;Pop;ana.pop@example.org\n"
).encode("utf-8-sig")
"""A semicolon file with a BOM: two new attendees, one row without a surname and with a bad
e-mail, and one attendee of the course already."""


def main() -> int:
    return dock_screens(__doc__, "training-screens-", render)


def script_client(base_url: str, token: str, language: str) -> Any:
    """A TrainingClient over the standard library (the script's own reads, not the dock's)."""
    from certification_plugin.core.training import TrainingClient

    api, headers = script_api(base_url, token)
    return TrainingClient(api, language, headers)


def render(args: argparse.Namespace, suffix: str, work: Path) -> None:
    from tests.fixtures.trainers import seed_training_world

    server, shot = start_reference_server(args, suffix, work, MASTER, "training")
    try:
        # plain usernames (no demo accounts on this server); the PDF rendered by the queue
        world = seed_training_world(server, prefix="", store_authcfg=True)
        world.run_tasks()
        client = script_client(server.base_url, world.token("owner"), args.language)
        dock = open_dock(world, work)
        shot(dock, "dock")
        certificates_tab(dock, shot)
        context = dock_context(dock)
        issue_dialog(context, client, world, dock, shot)
        import_dialog(client, world, dock, shot)
        verify_tab(dock, world, shot)
    finally:
        server.stop()


# ------------------------------------------------------------------------------- the dock


def open_dock(world: Any, work: Path) -> Any:
    """The dock signed in as the owner, the started course selected, its lists read."""
    from certification_plugin.gui.training.training_dock import TrainingDock
    from certification_plugin.qgis_io.drafts import DraftStore
    from tests.plugin.apply_helpers import make_plugin

    folder = work / "owner"
    folder.mkdir(parents=True, exist_ok=True)
    plugin = make_plugin(folder, world.server_url, world.authcfg("owner"))
    dock = TrainingDock(plugin, store=DraftStore(str(folder / "drafts")))
    dock.resize(*DOCK_SIZE)
    dock.show()
    wait(lambda: courses_shown(dock), what="the organisation's courses")
    select_course(dock, world.course("started"))
    wait(lambda: course_lists_shown(dock), what="the course's attendees and certificates")
    settle(1.0)
    return dock


def courses_shown(dock: Any) -> bool:
    from certification_plugin.gui.training.kinds import COURSE

    return bool(dock.entity_tabs[COURSE].records) and not dock.slot.busy


def select_course(dock: Any, course_id: int) -> None:
    from certification_plugin.gui.training.kinds import COURSE
    from certification_plugin.gui.training.panel_helpers import record_id

    if not dock.entity_tabs[COURSE].select_where(lambda r: record_id(r) == course_id):
        raise LookupError(f"course {course_id} is not in the dock's list")


def course_lists_shown(dock: Any) -> bool:
    return dock.attendees_panel.table.rowCount() >= 3 and (
        dock.certificates_panel.table.rowCount() >= 1
    )


def dock_context(dock: Any) -> Any:
    return dock.context


def certificates_tab(dock: Any, shot: Shots) -> None:
    """The same course with its Certificates tab in front."""
    details = dock.course_details
    for index in range(details.count()):
        if details.widget(index).widget() is dock.certificates_panel:
            details.setCurrentIndex(index)
    settle(0.6)
    shot(dock, "certificates")


# ------------------------------------------------------------------------------- dialogs


def issue_dialog(context: Any, client: Any, world: Any, parent: Any, shot: Shots) -> None:
    """The issue dialog for the course's attendees without a certificate, with its cost."""
    from certification_plugin.gui.training.issue_dialog import IssueDialog

    course_id = world.course("started")
    organisation = next(
        o for o in client.my_organisations() if o.slug == world.organisation
    )  # the API's own organisation record (credits)
    course = client.course(course_id)
    attendees = client.attendees(course_id)
    dialog = IssueDialog(context, raw(course), [raw(a) for a in attendees], raw(organisation))
    dialog.resize(*DIALOG_SIZE)
    dialog.show()
    shot(dialog, "issue")
    dialog.close()


def import_dialog(client: Any, world: Any, parent: Any, shot: Shots) -> None:
    """The server's preview of a CSV file with a bad row, as the import dialog shows it."""
    from certification_plugin.gui.training.csv_import_dialog import CsvImportDialog

    preview = client.import_attendees(world.course("started"), csv_bytes=CSV, preview=True)
    dialog = CsvImportDialog(preview.data)
    dialog.resize(*DIALOG_SIZE)
    dialog.show()
    shot(dialog, "import")
    dialog.close()


def verify_tab(dock: Any, world: Any, shot: Shots) -> None:
    """The Verify tab after the user typed the issued id in lower case (normalised)."""
    from certification_plugin.gui.training.training_dock import VERIFY_TAB

    dock.tabs.setCurrentIndex(VERIFY_TAB)
    panel = dock.verify_panel
    panel.id_edit.setText(f" {world.certificate_id.lower()} ")
    panel.verify()
    wait(lambda: panel.result.isVisible(), what="the verification")
    settle(0.6)
    shot(dock, "verify")


def raw(record: Any) -> Any:
    """The API's JSON of a parsed record (the dialogs read the server's documents)."""
    data: Optional[Any] = getattr(record, "data", None)
    return data if data is not None else record


if __name__ == "__main__":
    sys.exit(main())
