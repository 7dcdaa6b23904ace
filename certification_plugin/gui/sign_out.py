"""Signing out: revoke the token on the server, then forget it in QGIS, whatever happens.

The revocation runs in a background task with the selected authentication configuration;
then, on the main thread, the configuration is deleted (when the sign-in made it) and the
setting cleared, even when the server could not be reached: the user is told that the token
may still be valid and where to revoke it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.api import device_flow
from ..core.errors import AuthenticationError
from ..qgis_io.auth import is_sign_in_config, remove_authcfg
from ..qgis_io.messages import error_message
from ..qgis_io.tasks import FunctionTask, TaskContext, TaskRunner
from .sign_in_dialog import api_session

TOKENS_PATH = "/accounts/tokens/"


@dataclass(frozen=True)
class SignOutResult:
    revoked: bool
    """The server revoked the token (or no longer accepted it)."""
    removed: bool
    """The authentication configuration was deleted from QGIS."""
    message: str
    """Translated, for the status line or the message bar."""


def tokens_page(server_url: str) -> str:
    return server_url.rstrip("/") + TOKENS_PATH


def sign_out(
    runner: TaskRunner,
    settings: Any,
    on_done: Optional[Callable[[SignOutResult], None]] = None,
) -> Optional[FunctionTask]:
    """Revoke and forget the selected sign-in; ``on_done(result)`` on the main thread.

    ``None`` (and ``on_done`` called at once) when nobody is signed in.
    """
    authcfg = str(settings.authcfg)
    server_url = str(settings.server_url)
    timeout_s = float(settings.request_timeout_s)
    if not authcfg:
        if on_done is not None:
            on_done(
                SignOutResult(
                    False,
                    False,
                    QCoreApplication.translate("SignOut", "You are not signed in."),
                )
            )
        return None

    def work(context: TaskContext) -> bool:
        device_flow.revoke(api_session(server_url, authcfg, timeout_s), context.is_cancelled)
        return True

    def finish(error: Optional[Exception]) -> None:
        removed = remove_authcfg(authcfg) if is_sign_in_config(authcfg) else False
        if settings.authcfg == authcfg:
            settings.authcfg = ""
            sync = getattr(settings, "sync", None)
            if callable(sync):
                sync()
        if error is None:
            result = SignOutResult(
                True,
                removed,
                QCoreApplication.translate(
                    "SignOut", "Signed out: the token is revoked and QGIS forgot it."
                ),
            )
        elif isinstance(error, AuthenticationError):
            result = SignOutResult(
                True,
                removed,
                QCoreApplication.translate(
                    "SignOut",
                    "Signed out. The server no longer accepted the token "
                    "(it had expired or was revoked already).",
                ),
            )
        else:
            result = SignOutResult(
                False,
                removed,
                QCoreApplication.translate(
                    "SignOut",
                    "Signed out in QGIS, but the token could not be revoked on the server. "
                    "It stays valid until it expires unless you revoke it on {url}\n{error}",
                ).format(url=tokens_page(server_url), error=error_message(error)),
            )
        if on_done is not None:
            on_done(result)

    return runner.run(
        QCoreApplication.translate("SignOut", "Signing out of the certification service"),
        work,
        lambda _result: finish(None),
        finish,
    )
