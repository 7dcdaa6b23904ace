"""Screenshots of the "Review applications" dock, against the reference server's demo data.

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/render_review_dock.py \
        --language zh_TW --out docs/screenshots

(``make review-screenshots`` runs it for English and Chinese.) Starts the reference server
(tests/fixtures/reference_server.py) on loopback with a throw-away database and the demo
data (``seed_demo``: the ``reviewer`` in a user group with applications waiting, a second
reviewer's submitted review, the ``manager`` with decisions to take), signs the demo's
``reviewer`` and then its ``manager`` in (an API token in a Basic authcfg of a throw-away
QGIS profile), and grabs the dock: the reviewer's queue, the reviewer's rubric form (scores
given, one below its minimum) and the manager's decision tab (the reviews side by side, the
opinion, the decision with its rationale). Files: ``review-<queue|rubric|psc>-<en|zh>.png``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable

from qgis.core import QgsApplication
from render_session import dock_screens, settle, wait

QUEUE_SIZE = (780, 460)
RUBRIC_SIZE = (560, 1000)
PSC_SIZE = (900, 1250)
MASTER = "render-review-dock"
ISSUE_SCRIPT = """
from django.contrib.auth import get_user_model
from accounts.models import ApiToken
_token, key = ApiToken.issue(get_user_model().objects.get(username={username!r}), "screenshots")
print(key)
"""


def main() -> int:
    return dock_screens(__doc__, "review-screens-", render)


class Session:
    """A demo account signed in: its authcfg, a plugin stand-in and its Review dock."""

    def __init__(self, server: Any, account: tuple, work: Path, size: tuple) -> None:
        from qgis.core import QgsAuthMethodConfig

        from certification_plugin.gui.reviews.review_dock import ReviewDock
        from certification_plugin.qgis_io.drafts import DraftStore
        from tests.plugin.apply_helpers import make_plugin

        username, token = account
        config = QgsAuthMethodConfig("Basic")
        config.setName(f"screenshots {username}")
        config.setConfig("username", username)
        config.setConfig("password", token)
        _stored, config = QgsApplication.authManager().storeAuthenticationConfig(config)
        folder = work / username
        folder.mkdir(parents=True, exist_ok=True)
        self.plugin = make_plugin(folder, server.base_url, config.id())
        self.dock = ReviewDock(self.plugin, store=DraftStore(str(folder / "drafts")))
        self.dock.resize(*size)
        self.dock.show()

    def queue_shown(self) -> bool:
        from certification_plugin.gui.reviews.review_dock import QUEUE_PAGE

        return self.dock.page == QUEUE_PAGE and bool(self.dock.queue_page.all_items)

    def item(self, *, prefer: Callable[[Any], Any]) -> Any:
        """The queue item ``prefer`` ranks highest (the first of equals: the soonest due)."""
        items = self.dock.queue_page.all_items
        return max(items, key=lambda i: (prefer(i), -items.index(i)))

    def open(self, item: Any) -> Any:
        view = self.dock.open_item(item)
        settle()
        return view

    def tab(self, name: str) -> Any:
        view = self.dock.view
        assert view is not None
        for index in range(view.tabs.count()):
            if view.tabs.widget(index).property("reviewTab") == name:
                view.tabs.setCurrentIndex(index)
                settle()
                return view.tabs.widget(index)
        raise LookupError(f"no {name} tab: {view.shown_tabs()}")

    def idle(self) -> bool:
        return not self.dock.slot.busy and not self.dock._busy_slots


def demo_accounts(server: Any) -> dict:
    """{"reviewer": (username, token), "manager": ...}: the demo's accounts, a new token each."""
    accounts = {}
    for role in ("reviewer", "manager"):
        script = ISSUE_SCRIPT.format(username=role)
        accounts[role] = (role, server.manage("shell", "-c", script).split()[-1])
    return accounts


def seed(server: Any) -> None:
    """The demo as ``make demo`` has it (without the hostile edge cases)."""
    server.manage("seed_demo")


def render(args: argparse.Namespace, suffix: str, work: Path) -> None:
    from qgis.core import QgsSettings

    from certification_plugin.gui.reviews.application_view import DECISION_TAB, REVIEW_TAB
    from tests.fixtures.reference_server import ReferenceServer

    QgsSettings().setValue("locale/userLocale", args.language if suffix != "en" else "en_US")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    QgsApplication.authManager().setMasterPassword(MASTER, True)
    server = ReferenceServer(work / "server", seed=False)
    server.data_dir.mkdir(parents=True, exist_ok=True)
    server.manage("migrate", "--noinput", "-v", "0")
    seed(server)
    server.start()
    accounts = demo_accounts(server)

    def shot(widget: Any, name: str) -> None:
        settle()
        path = out / f"review-{name}-{suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"Could not write {path}")
        print(path)

    try:
        reviewer = Session(server, accounts["reviewer"], work, QUEUE_SIZE)
        wait(reviewer.queue_shown, what="the reviewer's queue")
        settle(1.0)
        shot(reviewer.dock, "queue")
        soonest = reviewer.item(prefer=lambda i: i.task in ("review", "declare") and not i.overdue)
        if soonest.my_declaration == "pending":
            reviewer.dock.context.reviews.declare(soonest.application, False)
            reviewer.dock.refresh()
            wait(reviewer.idle, what="the queue read again")
            soonest = next(
                i
                for i in reviewer.dock.queue_page.all_items
                if i.application == soonest.application
            )
        reviewer.dock.resize(*RUBRIC_SIZE)
        reviewer.open(soonest)
        form = reviewer.tab(REVIEW_TAB)
        wait(lambda: reviewer.idle() and form.binder is not None, what="the rubric")
        fill_rubric(form, TEXTS.get(suffix, TEXTS["en"]))
        shot(reviewer.dock, "rubric")

        manager = Session(server, accounts["manager"], work, PSC_SIZE)
        wait(manager.queue_shown, what="the manager's queue")
        deciding = manager.item(prefer=lambda i: (i.reviews_submitted, i.task == "decide"))
        manager.open(deciding)
        panel = manager.tab(DECISION_TAB)
        wait(manager.idle, what="the decision tab read")
        fill_decision(panel, TEXTS.get(suffix, TEXTS["en"]))
        shot(manager.dock, "psc")
    finally:
        server.stop()


TEXTS = {
    "en": {
        "justification": "Up-to-date courses on QGIS 3.40 with local data and exercises; the "
        "slides still show the old QGIS logo and call QGIS 'freeware'.",
        "rationale": "Both reviewers found the material current and well presented, and the "
        "group recommends approval.",
    },
    "zh": {
        # Chinese punctuation is full-width.
        "justification": "課程以 QGIS 3.40 教學，附在地資料與練習；"  # noqa: RUF001
        "但投影片仍使用舊版 QGIS 標誌，並稱 QGIS 為「免費軟體」。",  # noqa: RUF001
        "rationale": "兩位審查者皆認為教材內容新穎、呈現良好，使用者社群亦建議核准。",  # noqa: RUF001
    },
}
"""What the reviewer and the manager type, in the screenshot's language."""


def fill_rubric(form: Any, texts: dict) -> None:
    """Scores for each criterion (representation below its minimum), a justification and a
    recommendation, as a reviewer leaves a draft (the form's own binder, as typing does)."""
    from certification_plugin.core.rubric import score_field

    scores = {
        "contributions": 4,
        "material_current": 4,
        "representation": 2,
        "quality": 3,
        "standing": 4,
    }
    values = {score_field(key): str(score) for key, score in scores.items()}
    values["justification"] = texts["justification"]
    values["recommendation"] = "changes_requested"
    form.binder.set_values(values)
    settle()


def fill_decision(panel: Any, texts: dict) -> None:
    panel.decision_binder.set_values({"outcome": "approve", "rationale": texts["rationale"]})
    settle()


if __name__ == "__main__":
    sys.exit(main())
