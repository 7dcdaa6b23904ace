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
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

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
