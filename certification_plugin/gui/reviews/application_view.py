"""One application of the queue: a back button, a title, and a tab per job.

Tabs, each a page widget ``Widget(context, parent)`` with ``load(item)`` and ``changed``:
"Application" (the conflict declaration first, then the snapshot and the material), "Review"
(the rubric form), "Opinion" (the group's opinion), "Decision" (the PSC's screening,
reviews side by side and decision). Which tabs show follows the item's task and the user's
role; a reviewer's other tabs stay disabled until they declared no conflict (the
application page's ``declared("none")``). Pages are built once and loaded again for each
item, so opening the next application costs no widget building.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.reviews import QueueItem
from ...qgis_io.names import country_label
from .context import ReviewContext

APPLICATION_TAB = "application"
REVIEW_TAB = "review"
OPINION_TAB = "opinion"
DECISION_TAB = "decision"
TAB_ORDER = (APPLICATION_TAB, REVIEW_TAB, OPINION_TAB, DECISION_TAB)

PageFactory = Callable[[ReviewContext, QWidget], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewApplicationView", text)


def tab_titles() -> Dict[str, str]:
    return {
        APPLICATION_TAB: _tr("Application"),
        REVIEW_TAB: _tr("Review"),
        OPINION_TAB: _tr("Opinion"),
        DECISION_TAB: _tr("Decision"),
    }


def page_factories() -> Dict[str, PageFactory]:
    """The page classes of the tabs (imported here so the dock module stays light)."""
    from .application_page import ApplicationPage
    from .opinion_form import OpinionForm
    from .psc_panel import PscPanel
    from .rubric_form import RubricForm

    factories: Dict[str, PageFactory] = {
        APPLICATION_TAB: ApplicationPage,
        REVIEW_TAB: RubricForm,
        OPINION_TAB: OpinionForm,
        DECISION_TAB: PscPanel,
    }
    return factories


def tabs_for(item: QueueItem, is_manager: bool) -> List[str]:
    """The tabs an item shows: the application always; the review to its assignees; the
    opinion to coordinators (task) and managers of a group routing; the decision to managers."""
    tabs = [APPLICATION_TAB]
    assignee = item.my_declaration is not None or item.task in ("declare", "review")
    if assignee and item.my_declaration != "conflict":
        tabs.append(REVIEW_TAB)
    if item.task == "opinion" or (is_manager and item.routed_kind == "group"):
        tabs.append(OPINION_TAB)
    if is_manager:
        tabs.append(DECISION_TAB)
    return tabs


def locked_until_declared(item: QueueItem) -> bool:
    """A reviewer sees nothing but the declaration before declaring "none"."""
    return item.my_declaration is not None and item.my_declaration != "none"


class ApplicationView(QWidget):
    """Back button, title and the tabs of one queue item."""

    back = pyqtSignal()
    changed = pyqtSignal()
    """A page changed something on the server: the queue is read again."""
    declared = pyqtSignal(str)

    def __init__(
        self,
        context: ReviewContext,
        parent: Optional[QWidget] = None,
        factories: Optional[Dict[str, PageFactory]] = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item: Optional[QueueItem] = None
        self._factories = factories if factories is not None else page_factories()
        self._pages: Dict[str, QWidget] = {}
        self._loaded: set = set()
        self._titles = tab_titles()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton(_tr("← Queue"), self)
        self.back_button.setObjectName("reviewBack")
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(self)
        self.title.setObjectName("reviewTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        top.addWidget(self.back_button, 0)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------ pages
    @property
    def available(self) -> Tuple[str, ...]:
        """The tabs whose page module exists."""
        return tuple(name for name in TAB_ORDER if name in self._factories)

    def page(self, name: str) -> Optional[QWidget]:
        return self._pages.get(name)

    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page = self._factories[name](self.context, self)
            changed = getattr(page, "changed", None)
            if changed is not None:
                changed.connect(self.changed)
            declared = getattr(page, "declared", None)
            if declared is not None:
                declared.connect(self._declared)
            self._pages[name] = page
        return page

    def shown_tabs(self) -> List[str]:
        names = []
        for index in range(self.tabs.count()):
            names.append(str(self.tabs.widget(index).property("reviewTab")))
        return names

    def tab_enabled(self, name: str) -> bool:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).property("reviewTab") == name:
                return self.tabs.isTabEnabled(index)
        return False

    # ------------------------------------------------------------------ loading
    def load(self, item: QueueItem) -> None:
        """Show ``item``: the tabs its task and the user's role call for, each page loaded."""
        self.item = item
        parts = [item.organisation or _tr("Application {id}").format(id=item.application)]
        if item.country:
            parts.append(country_label(item.country))
        if item.round:
            parts.append(_tr("round {n}").format(n=item.round))
        self.title.setText(" · ".join(parts))
        wanted = [
            name for name in tabs_for(item, self.context.is_manager) if name in self._factories
        ]
        self.tabs.blockSignals(True)
        try:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for name in wanted:
                page = self._page(name)
                page.setProperty("reviewTab", name)
                self.tabs.addTab(page, self._titles[name])
            self.tabs.setCurrentIndex(0)
        finally:
            self.tabs.blockSignals(False)
        locked = locked_until_declared(item)
        self._loaded = set()
        self._lock(locked)
        self._load_pages(only=(APPLICATION_TAB,) if locked else None)

    def _load_pages(self, only: Optional[Tuple[str, ...]] = None) -> None:
        """``load(item)`` on the shown pages (``only`` those) not loaded for this item yet: a
        locked page is loaded when it unlocks (the server refuses it before the declaration)."""
        if self.item is None:
            return
        for name in self.shown_tabs():
            if name in self._loaded or (only is not None and name not in only):
                continue
            self._loaded.add(name)
            loader = getattr(self._pages[name], "load", None)
            if loader is not None:
                loader(self.item.data)

    def update_item(self, item: QueueItem) -> bool:
        """The queue was read again: keep the pages as they are (a form being typed in is not
        reloaded) unless the item now calls for other tabs or another lock; True if reloaded."""
        same = (
            self.item is not None
            and item.application == self.item.application
            and [n for n in tabs_for(item, self.context.is_manager) if n in self._factories]
            == self.shown_tabs()
            and locked_until_declared(item) == self._locked()
        )
        if not same:
            self.load(item)
            return True
        self.item = item
        return False

    def _locked(self) -> bool:
        return any(
            not self.tabs.isTabEnabled(index)
            for index in range(self.tabs.count())
            if self.tabs.widget(index).property("reviewTab") != APPLICATION_TAB
        )

    def _lock(self, locked: bool) -> None:
        for index in range(self.tabs.count()):
            name = self.tabs.widget(index).property("reviewTab")
            self.tabs.setTabEnabled(index, name == APPLICATION_TAB or not locked)

    def _declared(self, declaration: str) -> None:
        """The application page recorded the declaration: unlock, or (a conflict) close the
        other tabs; the queue is read again either way."""
        self._lock(declaration != "none")
        if declaration == "none":
            self._load_pages()
        if declaration == "conflict":
            for index in reversed(range(self.tabs.count())):
                if self.tabs.widget(index).property("reviewTab") != APPLICATION_TAB:
                    self.tabs.removeTab(index)
        self.declared.emit(declaration)
        self.changed.emit()

    def pages(self) -> Dict[str, Any]:
        return dict(self._pages)

    def flush(self) -> bool:
        """Save the pages' pending drafts now (the dock closes, the plugin unloads)."""
        saved = False
        for page in self._pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                saved = bool(flush()) or saved
        return saved
