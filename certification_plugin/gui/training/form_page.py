"""One training form (a centre, a course type, a convener, a course) with Save and Cancel.

The form is a ``FormBinder`` on a ``core.training_spec`` spec. Every edit saves a draft a
moment later (``DraftAutosaver``, kind ``training_<form>``, key ``<server>-<id or new>``:
the contract's ``training/<server>/<kind>/<id or new>`` in the draft store's file names), so
closing the dock or QGIS loses nothing; opening the same record again shows the draft.
"Save" checks locally (the spec plus ``training_spec.check``) and emits ``saveRequested``;
the dock sends it and, on success, calls ``saved()`` (the draft is deleted). A refusal keeps
everything as typed. "Cancel" discards the draft.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Mapping, Optional

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import training_spec
from ...core.forms import FormSpec
from ...qgis_io.drafts import DraftAutosaver, DraftStore
from ...qgis_io.lifetime import is_alive
from ..base import FormBinder
from ..base.form_messages import translated_messages
from .texts import spec_messages, translator

Errors = Dict[str, List[str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingForm", text)


def draft_kind(spec: FormSpec) -> str:
    return f"training_{spec.name}"


def draft_key(server_key: str, record_id: Optional[str]) -> str:
    """``<server>-<id>`` or ``<server>-new``, safe as a file name."""
    ident = re.sub(r"[^A-Za-z0-9_-]", "_", str(record_id)) if record_id else "new"
    return f"{server_key}-{ident}"[:128]


class TrainingForm(QWidget):
    """A spec's form with a title, Save and Cancel; a subclass names its spec
    (``initial_spec``) and adds its own widgets (``add_extras``)."""

    saveRequested = pyqtSignal(object)
    """The form's values (checked locally); the dock sends them."""
    cancelled = pyqtSignal()

    def __init__(
        self,
        store: DraftStore,
        server_key: str,
        parent: Optional[QWidget] = None,
        autosave_ms: Optional[int] = None,
    ) -> None:
        super().__init__(parent)
        spec = self.initial_spec()
        self.setObjectName(f"{spec.name}Form")
        self.store = store
        self.server_key = server_key
        self.autosave_ms = autosave_ms
        self.record_id: Optional[str] = None
        self.record: Any = None
        self.autosaver: Optional[DraftAutosaver] = None
        self._autosavers: Dict[str, DraftAutosaver] = {}
        self.restored = False
        self._translate: Callable[[str], str] = translator()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("formTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._layout.addWidget(self.title)
        self.binder = self._make_binder(spec)
        self._layout.addWidget(self.binder.widget)
        self.extras = QVBoxLayout()
        self.extras.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self.extras)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_tr("Save"), self)
        self.save_button.setObjectName("formSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setObjectName("formCancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self._layout.addLayout(buttons)
        self._layout.addStretch(1)
        self.add_extras()

    def initial_spec(self) -> FormSpec:
        """The spec the form starts with (each form its own ``training_spec`` one)."""
        raise NotImplementedError

    def add_extras(self) -> None:
        """The subclass's own widgets (into ``self.extras``), once the fields are built."""

    # ------------------------------------------------------------------ binder
    def _make_binder(self, spec: FormSpec) -> FormBinder:
        binder = FormBinder(spec, self, self._translate)
        binder.changed.connect(self._edited)
        return binder

    def replace_spec(self, spec: FormSpec) -> None:
        """Rebuild the fields for ``spec`` (new choices), keeping what is typed."""
        values = self.binder.values()
        old = self.binder
        index = self._layout.indexOf(old.widget)
        self.binder = self._make_binder(spec)
        self._layout.insertWidget(index, self.binder.widget)
        if self.autosaver is not None:
            self.binder.attach_autosaver(self.autosaver)
        old.widget.hide()
        old.widget.setParent(None)
        old.widget.deleteLater()
        old.deleteLater()
        self.binder.set_values(values)
        self._after_values()

    @property
    def spec(self) -> FormSpec:
        return self.binder.spec

    def values(self) -> Dict[str, Any]:
        return self.binder.values()

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.binder.set_values(values)
        self._after_values()

    def _after_values(self) -> None:
        """Subclasses bring their own widgets in line with the binder's values."""

    def _edited(self) -> None:
        """Subclasses react to an edit (the binder already touched the autosaver)."""

    def touch(self) -> None:
        """An edit made by code (a map click): saved in the draft like a typed one."""
        if self.autosaver is not None and is_alive(self.autosaver):
            self.autosaver.touch(self.binder.draft_data)

    # ------------------------------------------------------------------ opening
    def open_record(
        self, record_id: Optional[str], values: Mapping[str, Any], title: str, record: Any = None
    ) -> bool:
        """Show ``values`` of record ``record_id`` (None: a new one), or its unsaved draft
        when there is one; True when a draft was restored."""
        self.discard_autosaver()
        self.record_id = record_id
        self.record = record
        self.title.setText(title)
        self.binder.clear_errors()
        kind, key = draft_kind(self.spec), draft_key(self.server_key, record_id)
        saved = self.store.load(kind, key)
        if saved is not None:
            self.binder.load_draft(saved.data)
            self._after_values()
            self.restored = True
        else:
            self.set_values(values)
            self.restored = False
        autosaver = self._autosavers.get(key)
        if autosaver is None or not is_alive(autosaver):
            kwargs = {"delay_ms": self.autosave_ms} if self.autosave_ms is not None else {}
            autosaver = DraftAutosaver(self.store, kind, key, parent=self, **kwargs)
            self._autosavers[key] = autosaver
        self.autosaver = autosaver
        self.binder.attach_autosaver(autosaver)
        return self.restored

    def discard_autosaver(self) -> None:
        """Save what is pending and stop saving this record's edits. The autosaver is kept
        (and reused when the record opens again): its writer thread may still be reporting
        the last file, and a deleted receiver must never get that report."""
        autosaver, self.autosaver = self.autosaver, None
        if autosaver is not None and is_alive(autosaver):
            autosaver.flush()

    # ------------------------------------------------------------------ actions
    def check(self) -> Errors:
        """Local problems, shown at their fields."""
        errors = training_spec.check(
            self.spec, self.values(), translated_messages(), spec_messages()
        )
        self.binder.clear_errors()
        self.binder.show_errors(errors)
        return errors

    def save(self) -> None:
        if self.check():
            return
        self.saveRequested.emit(self.values())

    def saved(self) -> None:
        """The server took it: forget the draft."""
        self._forget_draft()

    def cancel(self) -> None:
        self._forget_draft()
        self.cancelled.emit()

    def _forget_draft(self) -> None:
        if self.autosaver is not None and is_alive(self.autosaver):
            self.autosaver.flush()  # waits for a file being written: none lands after the delete
            self.autosaver.cancel()
        self.store.delete(draft_kind(self.spec), draft_key(self.server_key, self.record_id))

    def flush(self) -> bool:
        """Save a pending edit now (the dock closes, the plugin unloads)."""
        if self.autosaver is None or not is_alive(self.autosaver):
            return False
        return self.autosaver.flush()
