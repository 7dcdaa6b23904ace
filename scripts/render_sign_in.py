"""Render the sign-in dialog (the code to approve in the browser) to a PNG.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_sign_in.py \
        --language zh_TW --out docs/screenshots/sign-in-zh.png

The dialog shows a sample code and page, as it does while it waits for the approval; nothing
is asked of a server.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace

from render_session import qgis_in_language, render_arguments, save_grab

SERVER = "https://certification.example.org"


def main() -> int:
    args = render_arguments(__doc__)
    with qgis_in_language(args.language) as app:
        from certification_plugin.core.api.device_flow import DeviceAuthorization
        from certification_plugin.gui.sign_in_dialog import SignInDialog
        from certification_plugin.qgis_io.tasks import TaskRunner

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
        save_grab(dialog, args.out)
        dialog.close()
        del dialog
        runner.cancel_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
