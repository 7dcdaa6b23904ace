"""Drafts of forms as JSON files in ``<profile>/certification/drafts/``, written atomically.

An application takes an evening to fill in; a crash, a killed QGIS or a full disk must not
cost it. ``DraftStore`` writes ``<kind>-<key>.json`` through ``QSaveFile`` (a temporary file
renamed over the old one on commit), so a file on disk is always a whole draft: the previous
one or the new one. A file that cannot be read anyway (edited by hand, a disk fault) is moved
aside to ``<name>.corrupt-<time>`` and reported in the log, never raised to the interface.

``DraftAutosaver`` saves a second or two after the last edit (one save per pause, not one per
keystroke). The form's data is read and encoded on the main thread, where the widgets live;
the file is written and committed by a background thread, because a commit waits for the disk
(``QSaveFile`` syncs it) and a loaded disk takes longer than the main thread may stall.
``flush()`` writes at once, on the calling thread, when the dock closes or the plugin unloads.
Its failures are signals, never exceptions.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import (
    QCoreApplication,
    QIODevice,
    QObject,
    QSaveFile,
    Qt,
    QTimer,
    pyqtSignal,
)

from .lifetime import settle_virtuals
from .logging import CRITICAL, WARNING, log
from .paths import default_cache_dir

SCHEMA_VERSION = 1
"""Version of the envelope around a draft's data; a newer one is left alone, unread."""
AUTOSAVE_DELAY_MS = 1500
SUFFIX = ".json"
CORRUPT_MARK = ".corrupt-"
_KIND = re.compile(r"[A-Za-z0-9_]{1,64}")
"""No "-": it separates the kind from the key in the file name."""
_KEY = re.compile(r"[A-Za-z0-9_-]{1,128}")
DataProvider = Callable[[], Dict[str, Any]]


def default_drafts_dir() -> str:
    """``<profile>/certification/drafts``."""
    return os.path.join(default_cache_dir(), "drafts")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftStore", text)


class DraftError(Exception):
    """A draft could not be written (disk full, no permission); the message is translated."""


@dataclass(frozen=True)
class Draft:
    kind: str
    key: str
    saved_at: datetime
    """When it was saved, in UTC."""
    data: Dict[str, Any]
    path: str


def _checked(pattern: re.Pattern, value: str, what: str) -> str:
    """``value`` when it is a safe file-name part; a ValueError (a caller's bug) otherwise."""
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(f"draft {what} {value!r}: only letters, digits, '_' and '-' allowed")
    return value


class DraftStore:
    """Drafts of one folder; every method is safe to call on the main thread."""

    def __init__(self, folder: Optional[str] = None) -> None:
        self.folder = folder if folder is not None else default_drafts_dir()
        self.last_problem: Optional[str] = None
        """What went wrong in the last ``load()`` that returned None for an existing file."""

    def path(self, kind: str, key: str) -> str:
        name = f"{_checked(_KIND, kind, 'kind')}-{_checked(_KEY, key, 'key')}{SUFFIX}"
        return os.path.join(self.folder, name)

    def save(self, kind: str, key: str, data: Dict[str, Any]) -> str:
        """Write the draft atomically and return its path; ``DraftError`` if it cannot be."""
        return self.write(kind, key, self.encode(kind, key, data))

    def encode(self, kind: str, key: str, data: Dict[str, Any]) -> bytes:
        """The file's bytes for ``data`` (``ValueError`` when it is not JSON data)."""
        self.path(kind, key)
        envelope = {
            "schema": SCHEMA_VERSION,
            "kind": kind,
            "key": key,
            "saved_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "data": data,
        }
        try:
            payload = json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:  # data that is not JSON: the form's bug
            raise ValueError(f"draft {kind}-{key} is not JSON data: {exc}") from exc
        return payload.encode("utf-8")

    def write(self, kind: str, key: str, payload: bytes) -> str:
        """Write ``encode()``'s bytes atomically; any thread (no Qt object is shared)."""
        path = self.path(kind, key)
        try:
            os.makedirs(self.folder, exist_ok=True)
        except OSError as exc:
            raise self._write_error(self.folder, exc.strerror or str(exc)) from exc
        self._write(path, payload)
        return path

    def _write(self, path: str, payload: bytes) -> None:
        file = QSaveFile(path)
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            raise self._write_error(path, file.errorString())
        written = file.write(payload)
        if written != len(payload):
            reason = file.errorString()
            file.cancelWriting()
            file.commit()  # discards the temporary file; the previous draft stays
            raise self._write_error(path, reason)
        if not file.commit():
            raise self._write_error(path, file.errorString())

    @staticmethod
    def _write_error(path: str, reason: str) -> DraftError:
        return DraftError(
            _tr("The draft could not be saved to {path}: {reason}").format(path=path, reason=reason)
        )

    def load(self, kind: str, key: str) -> Optional[Draft]:
        """The saved draft, or None: none saved, or unreadable (then moved aside and logged)."""
        path = self.path(kind, key)
        self.last_problem = None
        try:
            with open(path, "rb") as stream:
                raw = stream.read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._report(f"The draft {path} could not be read: {exc}")
            return None
        try:
            envelope = json.loads(raw.decode("utf-8"))
            if not isinstance(envelope, dict):
                raise ValueError("not a JSON object")
            schema = envelope.get("schema")
            if isinstance(schema, int) and schema > SCHEMA_VERSION:
                self._report(f"The draft {path} comes from a newer plugin version; left as it is.")
                return None
            if schema != SCHEMA_VERSION:
                raise ValueError(f"schema {schema!r}")
            if envelope.get("kind") != kind or envelope.get("key") != key:
                raise ValueError("kind or key does not match the file name")
            data = envelope.get("data")
            if not isinstance(data, dict):
                raise ValueError("no data object")
            saved_at = _parse_time(envelope.get("saved_at"))
        except (UnicodeDecodeError, ValueError, TypeError) as exc:  # JSONDecodeError too
            aside = self._move_aside(path)
            self._report(f"The draft {path} is damaged ({exc}); it was moved to {aside}.")
            return None
        return Draft(kind, key, saved_at, data, path)

    def delete(self, kind: str, key: str) -> bool:
        """Remove the draft (after a submit); False when there was none or it stays."""
        path = self.path(kind, key)
        try:
            os.remove(path)
        except FileNotFoundError:
            return False
        except OSError as exc:
            log(f"The draft {path} could not be deleted: {exc}", WARNING)
            return False
        return True

    def list(self, kind: str) -> List[str]:
        """Keys of the drafts of ``kind``, the most recently saved first."""
        prefix = f"{_checked(_KIND, kind, 'kind')}-"
        try:
            names = os.listdir(self.folder)
        except OSError:  # no folder yet: no drafts
            return []
        found = []
        for name in names:
            if not (name.startswith(prefix) and name.endswith(SUFFIX)):
                continue  # other kinds, QSaveFile's temporary files, set-aside files
            key = name[len(prefix) : -len(SUFFIX)]
            if not _KEY.fullmatch(key):
                continue
            try:
                found.append((os.stat(os.path.join(self.folder, name)).st_mtime_ns, key))
            except OSError:
                continue
        return [key for _mtime, key in sorted(found, reverse=True)]

    def _move_aside(self, path: str) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        aside = f"{path}{CORRUPT_MARK}{stamp}"
        number = 1
        while os.path.exists(aside):
            number += 1
            aside = f"{path}{CORRUPT_MARK}{stamp}-{number}"
        try:
            os.replace(path, aside)
        except OSError as exc:
            log(f"The damaged draft {path} could not be moved aside: {exc}", WARNING)
            return path
        return aside

    def _report(self, message: str) -> None:
        self.last_problem = message
        log(message, WARNING)


def _parse_time(value: object) -> datetime:
    if not isinstance(value, str) or not value.endswith("Z"):
        raise ValueError(f"saved_at {value!r}")
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


class _Liveness:
    """Whether a QObject still exists, for a thread that signals it.

    The writer thread emits on the autosaver; the main thread may delete the autosaver at the
    same moment (right after ``flush()``). ``destroyed`` is emitted on the main thread at the
    start of the destructor and takes the same lock, so an emission in progress finishes
    first and none starts after.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._alive = True

    def dead(self, *_args: Any) -> None:
        with self._lock:
            self._alive = False

    def emit(self, signal: Any, *args: Any) -> None:
        with self._lock:
            if not self._alive:
                return
            # RuntimeError: the wrapper outlived its C++ object; the file is written anyway.
            with contextlib.suppress(RuntimeError):
                signal.emit(*args)


class DraftAutosaver(QObject):
    """Saves one draft a moment after the last edit, and at once on ``flush()``.

    ``touch(data_provider)`` is called on every edit; the provider is asked for the form's
    data only when the save happens (on the main thread, from a single-shot timer). The bytes
    then go to a writer thread; the newest wins when edits come faster than the disk.
    """

    saved = pyqtSignal(str)
    """The path written (always delivered on the autosaver's thread)."""
    failed = pyqtSignal(str)
    """A translated message: the draft on disk is the previous one."""
    _written = pyqtSignal(str)
    _write_failed = pyqtSignal(str, object)

    def __init__(
        self,
        store: DraftStore,
        kind: str,
        key: str,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        store.path(kind, key)  # refuses an unsafe kind or key now, not at the first save
        self._store = store
        self._kind = kind
        self._key = key
        self._provider: Optional[DataProvider] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_pending)
        self._lock = threading.Lock()
        """Guards ``_queued`` and ``_writing``."""
        self._disk = threading.Lock()
        """Held while a file is written: ``flush()`` waits for the writer thread's file."""
        self._queued: Optional[Tuple[bytes, DataProvider]] = None
        self._writing = False
        self._executor: Optional[ThreadPoolExecutor] = None
        queued = Qt.ConnectionType.QueuedConnection
        self._written.connect(self._on_written, queued)
        self._write_failed.connect(self._on_write_failed, queued)
        self._liveness = _Liveness()
        # A plain callable, not a method of the object being destroyed.
        self.destroyed.connect(self._liveness.dead)
        settle_virtuals(self)  # the writer thread emits on it

    @property
    def pending(self) -> bool:
        """True when an edit is not on disk yet (waiting for the pause or being written)."""
        with self._lock:
            in_flight = self._writing or self._queued is not None
        return self._provider is not None or in_flight

    def touch(self, data_provider: DataProvider) -> None:
        """An edit happened: save ``data_provider()`` once the edits pause."""
        self._provider = data_provider
        self._timer.start()

    def flush(self) -> bool:
        """Save a pending edit now, before returning (dock closed, plugin unloaded); True if
        one was saved."""
        self._timer.stop()
        with self._disk:  # the writer thread's current file is finished first
            with self._lock:
                queued, self._queued = self._queued, None
            provider, self._provider = self._provider, None
            if provider is None and queued is None:
                return False
            try:
                if provider is not None:
                    payload = self._encode(provider)
                else:
                    payload, provider = queued  # type: ignore[misc]
                path = self._store.write(self._kind, self._key, payload)
            except DraftError as exc:
                self._provider = provider  # still unsaved: the next flush() tries again
                self._report_failure(str(exc))
                return False
            except Exception as exc:  # a bug in the form's data: keep the traceback
                self._report_bug(exc)
                return False
        self.saved.emit(path)
        return True

    def cancel(self) -> None:
        """Forget a pending edit (the form was submitted or discarded)."""
        self._timer.stop()
        self._provider = None
        with self._lock:
            self._queued = None

    def _encode(self, provider: DataProvider) -> bytes:
        return self._store.encode(self._kind, self._key, provider())

    def _save_pending(self) -> bool:
        """The timer's save: data read and encoded here, the file written in the background."""
        provider, self._provider = self._provider, None
        if provider is None:
            return False
        try:
            payload = self._encode(provider)
        except Exception as exc:
            self._report_bug(exc)
            return False
        with self._lock:
            self._queued = (payload, provider)
            if self._writing:
                return True  # the writer picks the newest up when its file is done
            self._writing = True
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draft")
        self._executor.submit(self._drain)
        return True

    def _drain(self) -> None:
        """Writer thread: write the newest queued payload until none is left."""
        while True:
            with self._disk:
                with self._lock:
                    item, self._queued = self._queued, None
                    if item is None:
                        self._writing = False
                        return
                payload, provider = item
                try:
                    path = self._store.write(self._kind, self._key, payload)
                except DraftError as exc:
                    self._liveness.emit(self._write_failed, str(exc), provider)
                    continue
                except Exception:  # never lose the thread silently
                    log(f"Writing the draft failed:\n{traceback.format_exc()}", CRITICAL)
                    continue
            self._liveness.emit(self._written, path)

    def _on_written(self, path: str) -> None:
        self.saved.emit(path)

    def _on_write_failed(self, message: str, provider: DataProvider) -> None:
        if self._provider is None:
            self._provider = provider  # still unsaved: the next flush() tries again
        self._report_failure(message)

    def _report_failure(self, message: str) -> None:
        log(message, WARNING)
        self.failed.emit(message)

    def _report_bug(self, exc: Exception) -> None:
        log(
            f"Saving the draft {self._kind}-{self._key} failed:\n{traceback.format_exc()}",
            CRITICAL,
        )
        self.failed.emit(_tr("The draft could not be saved: {}").format(str(exc)))
