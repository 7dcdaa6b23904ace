"""What every panel and dialog of the training dock is given: the client, a task runner,
the message bar, the organisation's credits.

The panels (``AttendeesPanel``, ``CertificatesPanel``, ``VerifyPanel``) and their dialogs are
built by ``Widget(context, parent)`` and never reach into the dock, so each can be built and
tested alone (like ``gui/reviews/context.py``). ``run(description, work, done, failed,
purpose="")`` runs ``work`` (given a ``TaskContext``; no widgets there) in a QGIS task and
calls ``done(result)`` or ``failed(error)`` on the main thread; runs of one purpose share a
``TaskSlot`` (the newest wins).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from qgis.core import Qgis

if TYPE_CHECKING:
    from ...core.training import TrainingClient

Verifier = Callable[[str, Any], Any]
"""``verify(certificate_id, task_context) -> core.certificates.Verification`` (in a task)."""


@dataclass
class TrainingContext:
    training: Union[TrainingClient, Callable[[], TrainingClient]]
    """``core/training.py``'s client, or a callable that makes it (read at each use)."""
    run: Callable[..., Any]
    """``run(description, work(TaskContext) -> T, done(T), failed(exc), purpose="")``."""
    push_message: Callable[[str, Qgis.MessageLevel], None]
    """A line in QGIS's message bar (``Qgis.MessageLevel.Info``, ``Warning``...)."""
    verify: Optional[Verifier] = None
    """The verification the Verify panel runs in its task (``qgis_io/certificate_verify``);
    ``None``: the panel uses that module against the configured server itself."""
    authcfg: str = ""
    """The authcfg downloads use; "" takes the client session's (``downloads.authcfg_of``)."""
    iface: Any = None
    """QGIS's interface when there is one (the layer dialogs' parent, the message bar)."""
    payments: Any = None
    """``core/payments.py``'s client, or a callable that makes it; ``None``: no buying here."""

    def client(self) -> TrainingClient:
        """The training client now (made by the callable when the context holds one)."""
        training = self.training
        if callable(training) and not hasattr(training, "attendees"):
            return training()
        return training  # type: ignore[return-value]

    def payments_client(self) -> Any:
        """The payments client now (``None`` when the context has none)."""
        payments = self.payments
        if callable(payments) and not hasattr(payments, "credits"):
            return payments()
        return payments
