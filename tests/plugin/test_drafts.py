"""Drafts: whole files or the previous ones, never a half-written draft; autosave after a pause."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, List

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QSaveFile

from certification_plugin.qgis_io.drafts import (
    SCHEMA_VERSION,
    DraftAutosaver,
    DraftError,
    DraftStore,
)
from certification_plugin.qgis_io.logging import LOG_TAG

REPO = Path(__file__).resolve().parents[2]

APPLICATION: Dict[str, Any] = {
    "organisation": {"name": "Ĝeo Ŝtudio AB — Göteborg", "country": "SE"},
    "contributions": ["QGIS 插件", "traduceri în română", "emoji ✓ 🗺️"],
    "courses": [
        {"title": "Introducere în QGIS", "hours": 16, "languages": ["ro", "en"]},
        {"title": "進階 QGIS", "hours": 8.5, "online": True, "centre": None},
    ],
    "empty": {},
}


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(str(tmp_path / "drafts"))


@pytest.fixture
def log_messages():
    messages: List[str] = []

    def collect(message: str, tag: str, _level: object) -> None:
        if tag == LOG_TAG:
            messages.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def _files(folder: str) -> List[str]:
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


# ------------------------------------------------------------------ store
def test_the_default_folder_is_in_the_profile() -> None:
    expected = os.path.join(QgsApplication.qgisSettingsDirPath(), "certification", "drafts")
    assert DraftStore().folder == expected


def test_a_draft_round_trips_with_unicode_and_nested_data(store: DraftStore) -> None:
    before = datetime.now(timezone.utc)
    path = store.save("application", "org-42_b", APPLICATION)
    assert path == os.path.join(store.folder, "application-org-42_b.json")
    draft = store.load("application", "org-42_b")
    assert draft is not None
    assert draft.data == APPLICATION
    assert (draft.kind, draft.key, draft.path) == ("application", "org-42_b", path)
    assert draft.saved_at.tzinfo == timezone.utc
    assert before - timedelta(seconds=1) <= draft.saved_at <= datetime.now(timezone.utc)
    raw = Path(path).read_bytes()
    assert "Ĝeo Ŝtudio".encode() in raw  # UTF-8 text, not \\u escapes
    envelope = json.loads(raw.decode("utf-8"))
    assert envelope["schema"] == SCHEMA_VERSION
    assert (envelope["kind"], envelope["key"]) == ("application", "org-42_b")
    assert envelope["saved_at"].endswith("Z")


def test_saving_again_replaces_the_draft(store: DraftStore) -> None:
    store.save("application", "a", {"step": 1})
    store.save("application", "a", {"step": 2})
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 2}
    assert _files(store.folder) == ["application-a.json"]


def test_a_missing_draft_is_none(store: DraftStore) -> None:
    assert store.load("application", "none") is None
    assert store.last_problem is None
    assert store.list("application") == []
    assert store.delete("application", "none") is False


def test_delete_and_list(store: DraftStore, tmp_path: Path) -> None:
    store.save("application", "old", {"n": 1})
    store.save("review", "r1", {"n": 2})
    store.save("application", "new", {"n": 3})
    older = os.stat(store.path("application", "new")).st_mtime_ns - 10_000_000_000
    os.utime(store.path("application", "old"), ns=(older, older))
    # QSaveFile's leftovers and set-aside files are no drafts.
    Path(store.folder, "application-new.json.aBcDeF").write_text("{", encoding="utf-8")
    Path(store.folder, "application-x.json.corrupt-20260101T000000Z").write_text("x")
    assert store.list("application") == ["new", "old"]
    assert store.list("review") == ["r1"]
    assert store.delete("application", "new") is True
    assert store.load("application", "new") is None
    assert store.list("application") == ["old"]


@pytest.mark.parametrize(
    "key", ["../escape", "..", "a/b", "a\\b", "", "a.b", "ключ", "a b", "/abs", "x" * 129]
)
def test_unsafe_keys_are_refused(store: DraftStore, tmp_path: Path, key: str) -> None:
    for call in (
        lambda: store.save("application", key, {"x": 1}),
        lambda: store.load("application", key),
        lambda: store.delete("application", key),
    ):
        with pytest.raises(ValueError):
            call()
    with pytest.raises(ValueError):
        DraftAutosaver(store, "application", key)
    assert not (tmp_path / "escape").exists()
    assert not list(tmp_path.rglob("*.json"))


@pytest.mark.parametrize("kind", ["app-x", "../x", "", "a/b", "a.b"])
def test_unsafe_kinds_are_refused(store: DraftStore, kind: str) -> None:
    """A "-" in a kind would make list() of one kind find another's drafts."""
    with pytest.raises(ValueError):
        store.save(kind, "k", {})
    with pytest.raises(ValueError):
        store.list(kind)


def test_data_that_is_not_json_is_refused_and_the_draft_stays(store: DraftStore) -> None:
    store.save("application", "a", {"step": 1})
    with pytest.raises(ValueError):
        store.save("application", "a", {"when": datetime.now()})
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 1}


# ------------------------------------------------------------------ atomicity
def test_a_failing_commit_leaves_the_previous_draft_intact(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save("application", "a", {"step": 1})
    previous = Path(store.path("application", "a")).read_bytes()
    monkeypatch.setattr(QSaveFile, "commit", lambda _self: False)
    with pytest.raises(DraftError):
        store.save("application", "a", {"step": 2, "big": "x" * 100_000})
    monkeypatch.undo()
    assert Path(store.path("application", "a")).read_bytes() == previous
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 1}
    assert _files(store.folder) == ["application-a.json"]  # the temporary file is gone


def test_a_short_write_leaves_the_previous_draft_intact(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a full disk looks like to QSaveFile: fewer bytes written than given."""
    store.save("application", "a", {"step": 1})
    real_write = QSaveFile.write
    monkeypatch.setattr(QSaveFile, "write", lambda self, data: real_write(self, data[:10]) and -1)
    with pytest.raises(DraftError):
        store.save("application", "a", {"step": 2})
    monkeypatch.undo()
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 1}
    assert _files(store.folder) == ["application-a.json"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_leaves_the_previous_draft_intact(store: DraftStore) -> None:
    store.save("application", "a", {"step": 1})
    os.chmod(store.folder, 0o500)
    try:
        with pytest.raises(DraftError):
            store.save("application", "a", {"step": 2})
    finally:
        os.chmod(store.folder, 0o700)
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 1}


def test_a_folder_that_cannot_be_made_is_a_draft_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DraftError) as raised:
        DraftStore(str(blocker / "drafts")).save("application", "a", {})
    assert str(blocker) in str(raised.value)


# ------------------------------------------------------------------ damaged files
@pytest.mark.parametrize(
    "content",
    [
        "truncated",
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        b'{"schema": 1, "kind": "review", "key": "a", "saved_at": "2026-01-01T00:00:00.0Z",'
        b' "data": {}}',
        b'{"schema": 1, "kind": "application", "key": "a", "saved_at": "yesterday", "data": {}}',
        b'{"schema": 1, "kind": "application", "key": "a", "saved_at": '
        b'"2026-01-01T00:00:00.000000Z", "data": [1]}',
        b"",
    ],
)
def test_a_damaged_draft_is_moved_aside_and_reported(
    store: DraftStore, log_messages: List[str], content: object
) -> None:
    path = store.save("application", "a", APPLICATION)
    if content == "truncated":
        raw = Path(path).read_bytes()
        Path(path).write_bytes(raw[: len(raw) // 2])
    else:
        Path(path).write_bytes(content)  # type: ignore[arg-type]
    damaged = Path(path).read_bytes()
    assert store.load("application", "a") is None
    assert store.last_problem is not None and "moved to" in store.last_problem
    assert not os.path.exists(path)
    aside = [name for name in _files(store.folder) if ".corrupt-" in name]
    assert len(aside) == 1 and aside[0].startswith("application-a.json.corrupt-")
    assert Path(store.folder, aside[0]).read_bytes() == damaged  # kept for a rescue
    assert any(path in message for message in log_messages)
    # A new draft can be saved and read where the damaged one was.
    store.save("application", "a", {"again": True})
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"again": True}


def test_a_second_damaged_draft_does_not_overwrite_the_first_set_aside(store: DraftStore) -> None:
    for _ in range(2):
        Path(store.folder).mkdir(exist_ok=True)
        Path(store.path("application", "a")).write_text("{", encoding="utf-8")
        assert store.load("application", "a") is None
    assert len([name for name in _files(store.folder) if ".corrupt-" in name]) == 2


def test_a_draft_of_a_newer_plugin_is_left_in_place(store: DraftStore) -> None:
    path = store.save("application", "a", {})
    envelope = json.loads(Path(path).read_text(encoding="utf-8"))
    envelope["schema"] = SCHEMA_VERSION + 1
    Path(path).write_text(json.dumps(envelope), encoding="utf-8")
    assert store.load("application", "a") is None
    assert store.last_problem is not None and "newer" in store.last_problem
    assert _files(store.folder) == ["application-a.json"]


# ------------------------------------------------------------------ autosave
def test_several_touches_within_the_delay_save_once(store: DraftStore, qtbot) -> None:
    saver = DraftAutosaver(store, "application", "a", delay_ms=200)
    saved: List[str] = []
    saver.saved.connect(saved.append)
    asked: List[int] = []

    def provider(step: int):
        def data() -> Dict[str, Any]:
            asked.append(step)
            return {"step": step}

        return data

    with qtbot.waitSignal(saver.saved, timeout=3000):
        for step in range(5):
            saver.touch(provider(step))
            qtbot.wait(50)  # edits 50 ms apart: each restarts the 200 ms delay
        assert saved == []  # 250 ms after the first edit: still waiting for the pause
    qtbot.wait(400)  # no second save comes later
    assert saved == [store.path("application", "a")]
    assert asked == [4]  # the data is asked for once, at save time
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 4}
    assert not saver.pending


class _SlowDiskStore(DraftStore):
    """A store whose disk takes ``delay`` seconds per file and notes the writing threads."""

    def __init__(self, folder: str, delay: float) -> None:
        super().__init__(folder)
        self.delay = delay
        self.threads: List[str] = []

    def write(self, kind: str, key: str, payload: bytes) -> str:
        self.threads.append(threading.current_thread().name)
        time.sleep(self.delay)
        return super().write(kind, key, payload)


def test_the_timer_save_leaves_the_disk_to_another_thread(tmp_path: Path, qtbot) -> None:
    store = _SlowDiskStore(str(tmp_path / "drafts"), delay=0.3)
    saver = DraftAutosaver(store, "application", "a", delay_ms=10)
    saver.touch(lambda: {"typed": "x" * 1000})
    with qtbot.waitSignal(saver.saved, timeout=3000):
        started = time.monotonic()
        qtbot.wait(30)  # the timer fires: data read and encoded here, written elsewhere
        # The main thread did not wait the disk's 0.3 s.
        assert time.monotonic() - started < 0.25
        assert saver.pending  # being written: still counts as not on disk
    assert store.threads and all(name != threading.main_thread().name for name in store.threads)
    assert not saver.pending
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"typed": "x" * 1000}


def test_flush_waits_for_the_file_being_written_and_writes_the_newest(
    tmp_path: Path, qtbot
) -> None:
    store = _SlowDiskStore(str(tmp_path / "drafts"), delay=0.3)
    saver = DraftAutosaver(store, "application", "a", delay_ms=10)
    saver.touch(lambda: {"step": 1})
    qtbot.waitUntil(lambda: len(store.threads) == 1, timeout=3000)  # step 1 is being written
    saver.touch(lambda: {"step": 2})
    assert saver.flush() is True  # the dock closes now
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 2}  # not overwritten by step 1 later
    qtbot.wait(500)
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 2}
    assert not saver.pending


def test_the_default_delay_is_a_second_or_two(store: DraftStore) -> None:
    saver = DraftAutosaver(store, "application", "a")
    assert 1000 <= saver._timer.interval() <= 2000
    assert saver._timer.isSingleShot()


def test_flush_saves_at_once_and_only_when_something_is_pending(store: DraftStore, qtbot) -> None:
    saver = DraftAutosaver(store, "application", "a", delay_ms=60_000)
    saved: List[str] = []
    saver.saved.connect(saved.append)
    assert saver.flush() is False  # nothing edited
    saver.touch(lambda: {"closing": True})
    assert saver.pending
    assert saver.flush() is True
    assert saved == [store.path("application", "a")]  # synchronously, before flush returned
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"closing": True}
    assert saver.flush() is False
    assert not saver._timer.isActive()
    assert saved == [store.path("application", "a")]


def test_cancel_forgets_the_pending_edit(store: DraftStore, qtbot) -> None:
    saver = DraftAutosaver(store, "application", "a", delay_ms=50)
    saved: List[str] = []
    saver.saved.connect(saved.append)
    saver.touch(lambda: {"x": 1})
    saver.cancel()
    qtbot.wait(150)
    assert saved == [] and saver.flush() is False
    assert store.load("application", "a") is None


def test_a_disk_error_is_a_failed_signal_and_the_edit_stays_pending(tmp_path: Path, qtbot) -> None:
    blocker = tmp_path / "profile"
    blocker.write_text("a file where the folder should be")
    store = DraftStore(str(blocker / "drafts"))
    saver = DraftAutosaver(store, "application", "a", delay_ms=10)
    saved: List[str] = []
    saver.saved.connect(saved.append)
    with qtbot.waitSignal(saver.failed, timeout=3000) as failure:
        saver.touch(lambda: {"x": 1})
    assert str(blocker) in failure.args[0]
    assert saved == [] and saver.pending
    blocker.unlink()  # the user freed the place: the next flush saves the edit
    assert saver.flush() is True
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"x": 1}


def test_a_failing_commit_is_a_failed_signal(
    store: DraftStore, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save("application", "a", {"step": 1})
    saver = DraftAutosaver(store, "application", "a", delay_ms=10)
    monkeypatch.setattr(QSaveFile, "commit", lambda _self: False)
    with qtbot.waitSignal(saver.failed, timeout=3000):
        saver.touch(lambda: {"step": 2})
    monkeypatch.undo()
    draft = store.load("application", "a")
    assert draft is not None and draft.data == {"step": 1}


def test_a_provider_that_raises_is_a_failed_signal(store: DraftStore, qtbot) -> None:
    saver = DraftAutosaver(store, "application", "a", delay_ms=10)

    def broken() -> Dict[str, Any]:
        raise KeyError("title")

    with qtbot.waitSignal(saver.failed, timeout=3000):
        saver.touch(broken)
    assert store.load("application", "a") is None


# ------------------------------------------------------------------ a killed QGIS
CHILD = r"""
import sys
import time
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication

app = QgsApplication([], False)
app.initQgis()
from certification_plugin.qgis_io.drafts import DraftAutosaver, DraftStore

saver = DraftAutosaver(DraftStore(sys.argv[2]), "application", "crash", delay_ms=0)
text = "Åäö 處理工具 ✓ " * 100000
revision = [0]


def data():
    return {"revision": revision[0], "text": text, "nested": {"numbers": list(range(20000))}}


def saved(_path):
    print("saved", revision[0], time.monotonic(), flush=True)
    revision[0] += 1
    saver.touch(data)  # and save again at once, so the kill may come in the middle of one


saver.saved.connect(saved)
saver.failed.connect(lambda message: print("failed", message, flush=True))
saver.touch(data)
app.exec()
"""


@pytest.mark.parametrize("later", [0.0, 0.5, 0.7, 0.9])
def test_a_qgis_killed_after_a_save_leaves_a_whole_draft(tmp_path: Path, later: float) -> None:
    """Killed right after a save signal, or ``later`` of a save's time into the next save.

    The child saves again and again, so the later kills land while it writes the next draft.
    """
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    folder = tmp_path / "drafts"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, str(script), str(REPO), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    watchdog = threading.Timer(120, child.kill)
    watchdog.start()
    lines: List[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("saved 3 "):
                times = [float(saved.split()[2]) for saved in lines[-2:]]
                time.sleep(later * (times[-1] - times[0]))
                os.kill(child.pid, signal.SIGKILL)  # right after a save, as a crash would
                break
        child.wait(30)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait(30)
    assert [line.split()[:2] for line in lines] == [["saved", str(n)] for n in range(4)], lines
    assert child.returncode == -signal.SIGKILL
    store = DraftStore(str(folder))
    draft = store.load("application", "crash")
    assert draft is not None, store.last_problem
    assert draft.data["revision"] >= 3  # the reported save, or a later whole one
    assert draft.data["text"] == "Åäö 處理工具 ✓ " * 100000
    assert draft.data["nested"] == {"numbers": list(range(20000))}
    assert store.last_problem is None
    assert store.list("application") == ["crash"]


def test_deleting_the_autosaver_right_after_flush_is_safe(tmp_path, qtbot):
    """The writer thread's report and the main thread's delete may meet: no crash, no emit
    on a deleted object (seen as a segfault before the liveness guard)."""
    from qgis.PyQt import sip

    store = DraftStore(str(tmp_path))
    for round_ in range(200):
        saver = DraftAutosaver(store, "stress", f"k{round_ % 5}", delay_ms=0)
        saver.touch(lambda: {"n": 1})
        saver._save_pending()  # the writer thread now writes in the background
        saver.touch(lambda: {"n": 2})
        saver.flush()
        sip.delete(saver)
    qtbot.wait(50)
    assert store.load("stress", "k0").data == {"n": 2}
