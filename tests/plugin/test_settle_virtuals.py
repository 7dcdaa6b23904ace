"""``lifetime.settle_virtuals``: once settled, Qt's (dis)connection notices on an object made in
Python no longer ask Python (so they need no interpreter lock in a worker thread).

The probe: an override assigned on the instance afterwards is never called, while on an
unsettled object it is (sip asks Python the first time and remembers the answer).
"""

from __future__ import annotations

from typing import Any, List

import pytest
from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QEventLoop, QTimer

from certification_plugin.qgis_io.lifetime import settle_virtuals


def _asks_python(obj: Any, signal: Any) -> bool:
    calls: List[int] = []
    obj.disconnectNotify = lambda _method: calls.append(1)

    def slot(*_args: Any) -> None:
        pass

    signal.connect(slot)
    signal.disconnect(slot)
    return bool(calls)


@pytest.mark.parametrize("make", [QgsBlockingNetworkRequest, QgsFeedback, QEventLoop, QTimer])
def test_a_settled_object_no_longer_asks_python(make: Any) -> None:
    fresh, settled = make(), make()
    settle_virtuals(settled)
    assert _asks_python(fresh, fresh.destroyed)
    assert not _asks_python(settled, settled.destroyed)
