"""Small pieces the Review dock's pages share: their plain-text labels and the reading of a
refused save into the form's marked fields and a status text."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QWidget

from ...core.errors import ValidationFailed
from ..base import FormBinder


def plain_label(parent: QWidget, name: str, selectable: bool = False) -> QLabel:
    """A word-wrapped label that shows its text as typed: server text is never markup."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def refusal_text(binder: FormBinder, error: Exception, refused: str) -> Optional[str]:
    """Clear ``binder``'s marks; for a ``ValidationFailed``, mark its fields and return the
    status: ``refused`` (the caller's translated heading), the general errors, then the errors
    of fields the form does not show. ``None`` for any other error (the caller words it)."""
    binder.clear_errors()
    if not isinstance(error, ValidationFailed):
        return None
    rest = binder.show_errors(error.errors)
    lines = [refused, *error.general]
    lines += [f"{name}: {m}" for name, messages in rest.items() for m in messages]
    return "\n".join(lines)
