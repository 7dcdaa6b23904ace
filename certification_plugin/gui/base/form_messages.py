"""The local validation messages of ``core.forms`` in the interface language.

``core`` cannot translate; each template is repeated here as a literal so the translation
tools extract it (``tests/plugin/test_form_binder.py`` checks both lists say the same).
"""

from __future__ import annotations

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormMessages", text)


def translated_messages() -> Dict[str, str]:
    """``core.forms.MESSAGES`` keys -> translated templates (placeholders kept)."""
    return {
        "required": _tr("This field is required."),
        "required_box": _tr("This box must be ticked."),
        "required_rows": _tr("Add at least one row."),
        "max_length": _tr("Use at most {max} characters (now {n})."),
        "single_line": _tr("Use a single line."),
        "email": _tr("Enter an e-mail address such as name@example.org."),
        "url": _tr("Enter a web address starting with http:// or https://."),
        "integer": _tr("Enter a whole number."),
        "min_value": _tr("Enter {min} or more."),
        "max_value": _tr("Enter {max} or less."),
        "choice": _tr("Choose one of the listed values."),
        "boolean": _tr("Tick or untick the box."),
        "date": _tr("Enter a date (YYYY-MM-DD)."),
        "min_date": _tr("Enter {min} or later."),
        "max_date": _tr("Enter {max} or earlier."),
        "rows": _tr("Expected a list of rows."),
        "min_rows": _tr("Add at least {min} rows."),
        "max_rows": _tr("Use at most {max} rows."),
    }
