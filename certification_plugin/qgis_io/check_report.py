"""The result of checking one training-material file with QGIS, as a small JSON document.

The result travels with the material to the reviewers (the upload's ``checks`` field, at most
64 KB), so it holds machine codes beside the texts: ``messages`` carry a ``code`` the server
and a reviewer's client can read in any language, and a ``text`` translated for the applicant
at check time. Names read from files are untrusted: they are cut short here and shown as
plain text only (``gui/applications/check_results.py``).
"""

from __future__ import annotations

import json
import os
import time
from typing import Any, Callable, Dict, List, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import CancelledError

SCHEMA = 1
"""Version of this document's shape, for readers on the server and the reviewers' side."""
MAX_MESSAGES = 50
MAX_LAYERS = 100
MAX_NAME_CHARS = 200
MAX_JSON_BYTES = 60 * 1024
"""Under the server's 64 KB limit for ``checks``, with room for the upload's other fields."""
WARNING = "warning"
ERROR = "error"

IsCancelled = Callable[[], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaterialChecks", text)


def short(value: object, limit: int = MAX_NAME_CHARS) -> str:
    """A name or source from a file, as text of bounded length."""
    text = str(value if value is not None else "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Budget:
    """The time a file's check may take, and the user's cancel.

    QGIS calls that open a layer cannot be interrupted: the check looks at the budget between
    layers and stops opening more once it is spent (the rest are reported as not checked).
    """

    def __init__(self, seconds: float, is_cancelled: Optional[IsCancelled] = None) -> None:
        self.started = time.monotonic()
        self.deadline = self.started + seconds
        self._is_cancelled = is_cancelled

    def spent(self) -> bool:
        return time.monotonic() >= self.deadline

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def raise_if_cancelled(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise CancelledError(_tr("The check was cancelled."))


class Report:
    """Collects one file's check: layers, messages, and the final ``ok`` and ``summary``."""

    def __init__(self, path: str, kind: str) -> None:
        self.kind = kind
        self.layers: List[Dict[str, Any]] = []
        self.messages: List[Dict[str, Any]] = []
        self.extra: Dict[str, Any] = {}
        self.file = short(os.path.basename(path))
        try:
            self.size: Optional[int] = os.path.getsize(path)
        except OSError:
            self.size = None
        self._dropped_messages = 0
        self._dropped_layers = 0

    def add(self, level: str, code: str, text: str, **details: Any) -> None:
        """A message; ``details`` (a layer's name, a count) help readers without the text."""
        if len(self.messages) >= MAX_MESSAGES:
            self._dropped_messages += 1
            return
        message: Dict[str, Any] = {"level": level, "code": code, "text": short(text, 500)}
        message.update({key: short(value) for key, value in details.items()})
        self.messages.append(message)

    def warning(self, code: str, text: str, **details: Any) -> None:
        self.add(WARNING, code, text, **details)

    def error(self, code: str, text: str, **details: Any) -> None:
        self.add(ERROR, code, text, **details)

    def add_layer(self, layer: Dict[str, Any]) -> None:
        if len(self.layers) >= MAX_LAYERS:
            self._dropped_layers += 1
            return
        self.layers.append(layer)

    @property
    def has_errors(self) -> bool:
        return any(message["level"] == ERROR for message in self.messages)

    def finish(self, summary: str, budget: Optional[Budget] = None) -> Dict[str, Any]:
        """The JSON-serialisable result; ``ok`` is true when no message is an error."""
        if self._dropped_layers:
            self.warning(
                "layers_truncated",
                _tr("{n} more layers are not listed.").format(n=self._dropped_layers),
                count=self._dropped_layers,
            )
        result: Dict[str, Any] = {
            "schema": SCHEMA,
            "kind": self.kind,
            "ok": not self.has_errors,
            "summary": short(summary, 300),
            "messages": self.messages,
            "file": self.file,
            "size": self.size,
            "checked_with": Qgis.version(),
        }
        if self._dropped_messages:
            result["messages_dropped"] = self._dropped_messages
        if self.kind != "document":
            result["layers"] = self.layers
        if budget is not None:
            result["seconds"] = round(budget.elapsed(), 3)
        result.update(self.extra)
        return fit(result)


def fit(result: Dict[str, Any]) -> Dict[str, Any]:
    """Drop layer rows from the end until the JSON fits ``MAX_JSON_BYTES``."""
    layers = result.get("layers")
    dropped = 0
    while layers and len(json.dumps(result, ensure_ascii=False).encode("utf-8")) > MAX_JSON_BYTES:
        keep = len(layers) // 2
        dropped += len(layers) - keep
        del layers[keep:]
        result["layers_dropped"] = dropped
    return result
