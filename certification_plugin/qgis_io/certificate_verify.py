"""Verify a certificate in a QGIS task against the configured (or a given) server.

The work (``verify``) runs in a worker thread through the plugin's network stack
(``QgisTransport``: proxy, SSL, authcfg, and the plugin's own User-Agent, which the live
site's nginx accepts): API v1 JSON when the server lists ``certificates``, else the public
page ``/en/certificate/<ID>/`` (``core.verification``). ``start_verification`` runs it on a
``TaskRunner`` or ``TaskSlot`` and delivers the ``Verification`` (or the error) on the main
thread; ``summary`` and ``failure_text`` are the translated one-liners for the message bar.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Dict, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..core.certificates import Verification, normalise_certificate_id
from ..core.errors import CertificationError
from ..core.models import ServerInfo
from ..core.verification import NotACertificateId, checked_id, verify_certificate
from .messages import error_message

VerifyCallback = Callable[[Verification], None]
ErrorCallback = Callable[[Exception], None]
DETECTED_FOR_S = 600.0
"""How long what a server offers (API or public pages) is remembered between verifications:
the live site then gets one request per certificate instead of three."""
_detected: Dict[Tuple[str, str], Tuple[float, ServerInfo]] = {}
_detected_lock = threading.Lock()


def _known_server(key: Tuple[str, str]) -> Optional[ServerInfo]:
    with _detected_lock:
        found = _detected.get(key)
    if found is None or time.monotonic() - found[0] > DETECTED_FOR_S:
        return None
    return found[1]


def _remember_server(key: Tuple[str, str], info: ServerInfo) -> None:
    with _detected_lock:
        _detected[key] = (time.monotonic(), info)


def forget_servers() -> None:
    """Forget what the servers offer (after a change of settings; tests)."""
    with _detected_lock:
        _detected.clear()


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateVerify", text)


def verify(
    server_url: str,
    certificate_id: str,
    context: Any = None,
    authcfg: str = "",
    timeout_s: float = 30.0,
    cache_dir: Optional[str] = None,
    language: str = "en",
) -> Verification:
    """Verify ``certificate_id`` on ``server_url`` (call from a task's thread).

    ``context`` is the task's ``TaskContext`` (its cancel flag reaches the transport) or
    ``None``. Raises ``NotACertificateId`` (a ``ValueError``), and the client's errors."""
    from .client_factory import client_for

    client = client_for(server_url, authcfg, timeout_s, cache_dir)
    is_cancelled = getattr(context, "is_cancelled", None)
    progress = getattr(context, "progress", None)
    normalise = checked_id(certificate_id)
    key = (client.base_url, authcfg)
    info = _known_server(key)
    if info is None:
        info = client.detect(is_cancelled)
        _remember_server(key, info)
    result = verify_certificate(client, normalise, is_cancelled, language, info)
    if callable(progress):
        progress(1.0)
    return result


def verifier_for(settings: Any, cache_dir: Optional[str] = None) -> Callable[[str, Any], Any]:
    """``verify(certificate_id, task_context)`` against the configured server, for the
    training dock's context (``TrainingContext.verify``). The settings are read at each call,
    so a change of server applies at once."""

    def run(certificate_id: str, context: Any = None) -> Verification:
        return verify(
            settings.server_url,
            certificate_id,
            context,
            getattr(settings, "authcfg", ""),
            float(getattr(settings, "request_timeout_s", 30.0)),
            cache_dir,
        )

    return run


def start_verification(
    runner: Any,
    server_url: str,
    certificate_id: str,
    on_done: VerifyCallback,
    on_error: ErrorCallback,
    authcfg: str = "",
    timeout_s: float = 30.0,
    cache_dir: Optional[str] = None,
) -> Any:
    """Run the verification on ``runner`` (a ``TaskRunner`` or ``TaskSlot``); the callbacks
    run on the main thread. Returns the task (``None`` when a released slot refused it)."""
    ident = normalise_certificate_id(certificate_id) or certificate_id.strip()
    description = _tr("Verifying certificate {}").format(ident)

    def work(context: Any) -> Verification:
        return verify(server_url, ident, context, authcfg, timeout_s, cache_dir)

    return runner.run(description, work, on_done, on_error)


def status_text(verification: Verification) -> str:
    if verification.status == "valid":
        return _tr("valid")
    if verification.status == "revoked":
        return _tr("revoked")
    return _tr("not found")


def summary(verification: Verification) -> str:
    """One plain-text line: "Certificate QGIS-12: Ana Pop, Trainers Org — valid"."""
    if not verification.found:
        return _tr("Certificate {}: no certificate with this number has been issued.").format(
            verification.certificate_id
        )
    who = ", ".join(
        part for part in (verification.attendee_name, verification.organisation_name) if part
    )
    line = _tr("Certificate {id}: {who} — {status}").format(
        id=verification.certificate_id, who=who, status=status_text(verification)
    )
    if verification.organisation_certified is False:
        line += " " + _tr("(the organisation is not certified today)")
    return line


def failure_text(certificate_id: str, error: BaseException) -> str:
    """Why the verification did not give an answer (network, server, page layout)."""
    if isinstance(error, NotACertificateId):
        return _tr("{} is not a certificate number; they look like QGIS-1234.").format(
            certificate_id.strip()
        )
    if isinstance(error, CertificationError):
        return (
            _tr("Could not verify certificate {}.").format(certificate_id)
            + "\n"
            + (error_message(error))
        )
    return _tr("Could not verify certificate {}.").format(certificate_id) + "\n" + str(error)
