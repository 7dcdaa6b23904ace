"""Render the sign-in dialog (the code to approve in the browser) to a PNG.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_sign_in.py \
        --language zh_TW --out docs/screenshots/sign-in-zh.png

The dialog shows a sample code and page, as it does while it waits for the approval; nothing
is asked of a server.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qgis.core import QgsApplication  # noqa: E402

SERVER = "https://certification.example.org"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="en, ro, sv or zh_TW")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    app = QgsApplication([], True)
    app.initQgis()
    from qgis.PyQt.QtCore import QLibraryInfo, QLocale, QTranslator

    from certification_plugin.core.api.device_flow import DeviceAuthorization
    from certification_plugin.gui.sign_in_dialog import SignInDialog
    from certification_plugin.qgis_io.tasks import TaskRunner
    from certification_plugin.qgis_io.translation import install_translator, remove_translator

    translator = install_translator(args.language) if args.language != "en" else None
    qt_translator = QTranslator()  # Qt's own buttons (Cancel) in the same language
    if args.language != "en":
        path = QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)
        if qt_translator.load(QLocale(args.language), "qtbase", "_", path):
            app.installTranslator(qt_translator)
    try:
        settings = SimpleNamespace(server_url=SERVER, request_timeout_s=30, authcfg="")
        runner = TaskRunner()
        dialog = SignInDialog(runner, settings, autostart=False)
        page = f"{SERVER}/accounts/connect/"
        dialog.show_code(
            DeviceAuthorization("sample", "BCDF-GHJK", page, f"{page}?code=BCDF-GHJK", 600, 5)
        )
        dialog.show()
        for _ in range(20):
            app.processEvents()
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not dialog.grab().save(str(out)):
            print(f"Could not write {out}", file=sys.stderr)
            return 1
        print(out)
        dialog.close()
        del dialog
        runner.cancel_all()
    finally:
        remove_translator(translator)
        app.removeTranslator(qt_translator)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
