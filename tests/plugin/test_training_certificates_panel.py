"""The certificates panel against the reference server: the list, issuing through the
dialog, the course's zip downloaded and unpacked into a folder (a hostile member name
refused), sending (a resend asked for), correcting a name (and the window's 403 shown) and
revoking with a required reason."""

from __future__ import annotations

import http.server
import io
import threading
import zipfile
from pathlib import Path
from typing import Any, Iterator, List, Tuple

import pytest

from certification_plugin.core.certificate_zip import extract_certificates
from certification_plugin.gui.training.certificates_panel import REVOKE_SPEC, CertificatesPanel
from certification_plugin.gui.training.issue_dialog import IssueDialog
from tests.fixtures.trainers import TrainingWorld
from tests.plugin.training_helpers import TIMEOUT, TrainingSetup, server_json

PDF = b"%PDF-1.4\n% test\n"


def new_panel(qtbot, setup: TrainingSetup, training_world: TrainingWorld) -> CertificatesPanel:
    panel = CertificatesPanel(setup.context)
    qtbot.addWidget(panel)
    panel.set_organisation(
        {"slug": training_world.organisation, "credits": {"balance": training_world.balance}}
    )
    panel.set_course({"id": training_world.course("started"), "language": "ro"})
    qtbot.waitUntil(lambda: setup.idle() and bool(panel.certificates), timeout=TIMEOUT)
    return panel


def column(panel: CertificatesPanel, index: int) -> List[str]:
    return [panel.table.item(row, index).text() for row in range(panel.table.rowCount())]


def row_of(panel: CertificatesPanel, certificate_id: str) -> int:
    return column(panel, 0).index(certificate_id)


def test_the_list_shows_each_certificate(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world)
    row = row_of(panel, training_world.certificate_id)
    shown = [panel.table.item(row, c).text() for c in range(7)]
    assert shown[:5] == [training_world.certificate_id, "Ana Pop", "Completion", "Română", "Valid"]
    assert shown[5] in ("yes", "no") and shown[6] == "no"
    assert panel.issue_button.isEnabled() and panel.send_button.isEnabled()
    assert not panel.correct_button.isEnabled()
    panel.table.selectRow(row)
    assert panel.correct_button.isEnabled() and panel.revoke_button.isEnabled()


def test_issue_through_the_dialog_then_download_the_pdfs(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld, tmp_path: Path
) -> None:
    panel = new_panel(qtbot, training_owner, training_world)
    dialogs: List[IssueDialog] = []

    def confirm_at_once(dialog: Any) -> None:
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.confirm()

    panel.exec_dialog = confirm_at_once  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.issue()  # reads the attendees first
    assert dialogs[0].table.rowCount() == 2
    qtbot.waitUntil(lambda: training_owner.idle() and len(panel.certificates) == 3, timeout=TIMEOUT)
    assert panel.organisation["credits"]["balance"] == training_world.balance - 2

    training_world.run_tasks()  # the PDFs
    panel.refresh()
    qtbot.waitUntil(
        lambda: training_owner.idle() and set(column(panel, 5)) == {"yes"}, timeout=TIMEOUT
    )
    assert panel.download_button.isEnabled()
    opened: List[str] = []
    panel.open_folder = opened.append  # type: ignore[method-assign]
    folder = tmp_path / "pdfs"
    panel.download(str(folder))
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    assert opened == [str(folder)]
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{ident}.pdf" for ident in column(panel, 0))
    assert all((folder / name).read_bytes().startswith(b"%PDF") for name in names)
    assert "3 PDFs saved" in panel.status()


def hostile_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("QGIS-7.pdf", PDF)
        archive.writestr("../escaped.pdf", PDF)
        archive.writestr("/tmp/absolute.pdf", PDF)
        archive.writestr("sub/QGIS-8.pdf", PDF)
        archive.writestr("QGIS-9.pdf.exe", PDF)
        link = zipfile.ZipInfo("QGIS-10.pdf")
        link.external_attr = (0o120777) << 16  # a symbolic link
        archive.writestr(link, "/etc/passwd")
    return buffer.getvalue()


def test_extraction_writes_only_certificate_names(tmp_path: Path) -> None:
    archive = tmp_path / "download.zip"
    archive.write_bytes(hostile_zip())
    folder = tmp_path / "out" / "pdfs"
    extracted = extract_certificates(str(archive), str(folder))
    assert [Path(p).name for p in extracted.written] == ["QGIS-7.pdf"]
    assert sorted(extracted.refused) == sorted(
        ["../escaped.pdf", "/tmp/absolute.pdf", "sub/QGIS-8.pdf", "QGIS-9.pdf.exe", "QGIS-10.pdf"]
    )
    assert sorted(p.name for p in folder.iterdir()) == ["QGIS-7.pdf"]
    assert not (tmp_path / "out" / "escaped.pdf").exists()
    assert not list(tmp_path.rglob("*.part"))


class _Zip(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *_args: Any) -> None:
        return


@pytest.fixture
def zip_server() -> Iterator[Tuple[str, Any]]:
    _Zip.body = hostile_zip()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Zip)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/course.zip", server
    server.shutdown()
    server.server_close()


def test_a_hostile_zip_member_is_refused_and_reported(
    qtbot,
    training_owner: TrainingSetup,
    training_world: TrainingWorld,
    tmp_path: Path,
    zip_server: Any,
) -> None:
    url, _server = zip_server
    panel = new_panel(qtbot, training_owner, training_world)

    class Client:
        def __getattr__(self, name: str) -> Any:
            return getattr(training_owner.client, name)

        def zip_url(self, course_id: int) -> str:
            return url

    training_owner.context.training = Client()
    opened: List[str] = []
    panel.open_folder = opened.append  # type: ignore[method-assign]
    folder = tmp_path / "hostile" / "pdfs"
    panel.download(str(folder))
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    assert sorted(p.name for p in folder.iterdir()) == ["QGIS-7.pdf"]
    assert not (tmp_path / "hostile" / "escaped.pdf").exists()
    assert "1 PDF saved" in panel.status()
    assert "../escaped.pdf" in panel.status()
    assert training_owner.messages[-1][0] == panel.status()


def test_send_asks_about_a_resend(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world)
    questions: List[str] = []
    panel.ask = lambda title, q, default_yes=True: questions.append(q) or True  # type: ignore
    panel.send()
    qtbot.waitUntil(lambda: "queued" in panel.status(), timeout=TIMEOUT)
    assert questions == ["Send 1 certificate by e-mail to their attendees?"]
    assert panel.status() == "1 e-mail queued."
    training_world.run_tasks()  # the e-mail goes
    panel.refresh()
    qtbot.waitUntil(lambda: training_owner.idle() and column(panel, 6)[0] != "no", timeout=TIMEOUT)

    questions.clear()
    panel.ask = lambda title, q, default_yes=True: questions.append(q) and False  # type: ignore
    panel.send()  # sent already, resend declined: nothing left to send
    assert questions == ["Already sent: 1 certificate. Send them again too?"]
    assert panel.status() == "Every certificate was sent already."

    questions.clear()
    panel.ask = lambda title, q, default_yes=True: questions.append(q) or True  # type: ignore
    panel.send()
    qtbot.waitUntil(lambda: "queued" in panel.status(), timeout=TIMEOUT)
    assert len(questions) == 2 and panel.status() == "1 e-mail queued."


def test_correct_a_name_and_the_window_refusal(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world)
    panel.table.selectRow(row_of(panel, training_world.certificate_id))
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.correct_selected({"first_name": "Ana", "surname": "Popescu", "reason": "Typo"})
    qtbot.waitUntil(
        lambda: "Ana Popescu" in column(panel, 1) and training_owner.idle(), timeout=TIMEOUT
    )
    assert panel.status() == f"{training_world.certificate_id} was corrected."

    training_world.server.manage(
        "shell",
        "-c",
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from certificates.models import Certificate\n"
        f"Certificate.objects.filter(certificate_id={training_world.certificate_id!r}).update("
        "issued_at=timezone.now() - timedelta(days=40))\n",
    )
    panel.table.selectRow(row_of(panel, training_world.certificate_id))
    panel.correct_selected({"first_name": "Ana", "surname": "Pop", "reason": ""})
    qtbot.waitUntil(lambda: "was not corrected" in panel.status(), timeout=TIMEOUT)
    assert "30 days" in panel.status()  # the server's reason, as it said it


def test_revoke_needs_a_reason(
    qtbot, training_owner: TrainingSetup, training_world: TrainingWorld
) -> None:
    panel = new_panel(qtbot, training_owner, training_world)
    panel.table.selectRow(row_of(panel, training_world.certificate_id))
    assert panel.revoke_selected("   ") is None
    assert panel.status() == "Say why the certificate is revoked."
    dialog = panel.form_dialog(REVOKE_SPEC, "Revoke", "")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.binder.field_errors("reason")  # required in the dialog too
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        panel.revoke_selected("Issued to the wrong person")
    qtbot.waitUntil(
        lambda: training_owner.idle()
        and column(panel, 4)[row_of(panel, training_world.certificate_id)] == "Revoked",
        timeout=TIMEOUT,
    )
    panel.table.selectRow(row_of(panel, training_world.certificate_id))
    assert not panel.revoke_button.isEnabled() and not panel.correct_button.isEnabled()
    doc = server_json(
        training_world.server,
        training_world.token("owner"),
        f"certificates/{training_world.certificate_id}/",
    )
    assert doc["status"] == "revoked"
