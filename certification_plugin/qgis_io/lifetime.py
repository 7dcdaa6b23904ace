"""Is a Qt/QGIS object still there? Guards for references the plugin keeps across events.

QGIS deletes layers, layer tree nodes, map tools, docks and finished tasks on its own schedule
(Project -> New, quit, the task manager's clean-up). A Python wrapper outlives its C++ object;
touching it afterwards raises ``RuntimeError: wrapped C/C++ object ... has been deleted``,
which QGIS shows as a Python error dialog. Every stored reference is checked here before use.
"""

from __future__ import annotations

import contextlib
from typing import Any, Callable, Optional

from qgis.PyQt import sip


def is_alive(obj: Optional[object]) -> bool:
    """False for ``None`` and for a wrapper whose C++ object was deleted.

    Plain Python objects (no C++ side, e.g. a test double) count as alive.
    """
    if obj is None:
        return False
    try:
        return not sip.isdeleted(obj)
    except TypeError:  # not a sip wrapper
        return True


def disconnect_quietly(obj: Optional[object], signal_name: str, slot: Callable[..., Any]) -> None:
    """Disconnect ``obj.<signal_name>`` from ``slot`` when both still exist.

    Nothing to do for a deleted object: Qt dropped its connections when it was destroyed.
    Getting the signal of a deleted wrapper would itself raise, so it is not even looked up.
    """
    if not is_alive(obj):
        return
    with contextlib.suppress(TypeError, RuntimeError):
        getattr(obj, signal_name).disconnect(slot)


def _nothing(*_args: Any) -> None:
    """The slot ``settle_virtuals`` connects and disconnects at once."""


def settle_virtuals(*objects: Any) -> None:
    """Let Qt notify ``objects`` of (dis)connections without Python's lock, from any thread.

    Objects made in Python are Python subclasses to Qt: the first time Qt calls their
    ``connectNotify``/``disconnectNotify``, sip takes the interpreter lock to ask whether
    Python overrides it, then remembers the answer for that object. Qt makes that call while
    it holds a connection lock, and QGIS makes it inside a blocking request in a worker
    thread, with Python's lock released; if the main thread, holding Python's lock, is at that
    moment destroying an object whose connection lock is the same one (Qt shares a small
    pool of them), each waits for the other for ever. Connecting and disconnecting once here,
    holding Python's lock, settles the answer before any of that can happen.
    """
    for obj in objects:
        obj.destroyed.connect(_nothing)
        obj.destroyed.disconnect(_nothing)
