"""The reviews client: typed calls over ``core.api.ApiSession`` (contract of issue 11).

What waits for the signed-in user (the review queue), the rubric, the conflict declaration,
the reviews (mine to save and submit, the others' after mine), the group's opinion, and the
PSC's screening, decision and appeal. The queue and the rubric come back as small frozen
records (the dock sorts and filters them, the form is built from them); the rest as the
server's JSON, which the page widgets read key by key, so a server that adds keys loses
nothing on the way. Errors are ``core.api``'s (``ValidationFailed`` at fields,
``ConflictError`` for 409/412...). No Qt here.

The server offers all this when its API root lists the capability ``reviews``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple

from .api.session import ApiResponse, new_idempotency_key
from .api.shapes import ShapeCheck
from .applications import WorkflowClient
from .fields import int_or_none as _int
from .fields import text_or_empty
from .models import ServerInfo, offers
from .rubric import Criterion, Level, Rubric

__all__ = [
    "CAPABILITY",
    "FILTERS",
    "TASKS",
    "Criterion",
    "Level",
    "Queue",
    "QueueItem",
    "QueueSummary",
    "ReviewsClient",
    "Rubric",
    "offered",
    "queue_params",
]
"""``Rubric`` and its parts live in ``core/rubric.py`` (one parser; the review form's rules)."""

CAPABILITY = "reviews"
TASKS = ("screen", "declare", "review", "opinion", "decide", "appeal", "none")
"""What the queue says the user has to do on an application."""
FILTERS = ("task", "country", "overdue")


def offered(info: Optional[ServerInfo]) -> bool:
    """True when the server has API v1 with the ``reviews`` capability."""
    return offers(info, CAPABILITY)


_SHAPE = ShapeCheck("reviews")
_fail = _SHAPE.fail
_dict = _SHAPE.dict
_list = _SHAPE.list


@dataclass(frozen=True)
class QueueItem:
    """One application waiting for the user (a review-queue result); ``data`` is the whole
    record, which the page widgets' ``load(item)`` receive."""

    application: int
    organisation: str
    country: str
    round: int
    state: str
    stage: str
    routed_kind: str
    """ "group", "psc" or "" (not routed yet: screening)."""
    routed_groups: Tuple[str, ...]
    routed_at: str
    due_at: str
    due_in_days: Optional[int]
    overdue: bool
    escalated: bool
    task: str
    my_declaration: Optional[str]
    my_review: Optional[str]
    reviews_submitted: int
    divergent: bool
    url: str = ""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, data: Any, url: str) -> QueueItem:
        doc = _dict(data, "A review-queue item", url)
        ident = _int(doc.get("application"))
        if ident is None:
            raise _fail("A review-queue item", url)
        organisation = doc.get("organisation")
        organisation = organisation if isinstance(organisation, dict) else {}
        routed = doc.get("routed_to")
        routed = routed if isinstance(routed, dict) else {}
        groups = routed.get("groups")
        declaration = doc.get("my_declaration")
        review = doc.get("my_review")
        return cls(
            application=ident,
            organisation=text_or_empty(organisation.get("name")),
            country=text_or_empty(organisation.get("country")),
            round=_int(doc.get("round")) or 0,
            state=text_or_empty(doc.get("state")),
            stage=text_or_empty(doc.get("stage")),
            routed_kind=text_or_empty(routed.get("kind")),
            routed_groups=tuple(g for g in (groups or []) if isinstance(g, str)),
            routed_at=text_or_empty(doc.get("routed_at")),
            due_at=text_or_empty(doc.get("due_at")),
            due_in_days=_int(doc.get("due_in_days")),
            overdue=doc.get("overdue") is True,
            escalated=doc.get("escalated") is True,
            task=text_or_empty(doc.get("task")) or "none",
            my_declaration=declaration if isinstance(declaration, str) else None,
            my_review=review if isinstance(review, str) else None,
            reviews_submitted=_int(doc.get("reviews_submitted")) or 0,
            divergent=doc.get("divergent") is True,
            url=text_or_empty(doc.get("url")),
            data=doc,
        )


@dataclass(frozen=True)
class QueueSummary:
    """The server's own count of what waits (all of it, whatever the filters)."""

    total: int = 0
    due_soon: int = 0
    overdue: int = 0

    @classmethod
    def parse(cls, data: Any) -> QueueSummary:
        doc = data if isinstance(data, dict) else {}
        return cls(
            total=_int(doc.get("total")) or 0,
            due_soon=_int(doc.get("due_soon")) or 0,
            overdue=_int(doc.get("overdue")) or 0,
        )


@dataclass(frozen=True)
class Queue:
    count: int
    summary: QueueSummary
    items: Tuple[QueueItem, ...]

    @classmethod
    def parse(cls, data: Any, url: str) -> Queue:
        if isinstance(data, list):  # a bare list: tolerate it, count it ourselves
            items = tuple(QueueItem.parse(item, url) for item in data)
            return cls(len(items), QueueSummary(total=len(items)), items)
        doc = _dict(data, "The review queue", url)
        items = tuple(
            QueueItem.parse(item, url) for item in _list(doc.get("results"), "The queue", url)
        )
        count = _int(doc.get("count"))
        return cls(
            count if count is not None else len(items),
            QueueSummary.parse(doc.get("summary")),
            items,
        )


def _revision_tag(revision: int) -> str:
    return f'"{revision}"'


def queue_params(task: str = "", country: str = "", overdue: bool = False) -> Dict[str, str]:
    """The review queue's query (empty filters left out)."""
    params: Dict[str, str] = {}
    if task:
        params["task"] = task
    if country:
        params["country"] = country
    if overdue:
        params["overdue"] = "true"
    return params


class ReviewsClient(WorkflowClient):
    """The reviews API of one server, asked in one language (rubric texts, kinds' labels)."""

    def _get(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.api.get(path, headers=self._headers(), **kwargs)

    def _doc(self, response: ApiResponse, what: str) -> Dict[str, Any]:
        return _dict(response.data, what, response.url)

    @staticmethod
    def _app(application_id: int, tail: str) -> str:
        return f"applications/{int(application_id)}/{tail}"

    # ------------------------------------------------------------------ queue and rubric
    def queue(
        self, task: str = "", country: str = "", overdue: bool = False, **kwargs: Any
    ) -> Queue:
        """What waits for the signed-in user, sorted by due date (the server's order)."""
        response = self._get("review-queue/", params=queue_params(task, country, overdue), **kwargs)
        return Queue.parse(response.data, response.url)

    def rubric(self, **kwargs: Any) -> Rubric:
        response = self._get("rubric/", **kwargs)
        return Rubric.parse(response.data, response.url)

    # ------------------------------------------------------------------ reviewers
    def conflict_declaration(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(self._app(application_id, "conflict-declaration/"), **kwargs)
        return self._doc(response, "A conflict declaration")

    def declare(
        self,
        application_id: int,
        conflict: bool,
        kind: str = "",
        reason: str = "",
        **kwargs: Any,
    ) -> Dict[str, Any]:
        body: Dict[str, Any] = {"conflict": bool(conflict)}
        if conflict:
            body.update(kind=kind, reason=reason)
        response = self.api.put(
            self._app(application_id, "conflict-declaration/"),
            json=body,
            headers=self._headers(),
            **kwargs,
        )
        return self._doc(response, "A conflict declaration")

    def reviews(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(self._app(application_id, "reviews/"), **kwargs)
        return self._doc(response, "The reviews")

    def my_review(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(self._app(application_id, "reviews/mine/"), **kwargs)
        return self._doc(response, "A review")

    def save_review(
        self,
        application_id: int,
        body: Mapping[str, Any],
        revision: Optional[int] = None,
        **kwargs: Any,
    ) -> Dict[str, Any]:
        """Save my draft partly; with ``revision`` the server refuses (412) a stale one."""
        headers = self._headers()
        if revision is not None:
            headers["If-Match"] = _revision_tag(revision)
        response = self.api.put(
            self._app(application_id, "reviews/mine/"), json=dict(body), headers=headers, **kwargs
        )
        return self._doc(response, "A review")

    def submit_review(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self.api.post(
            self._app(application_id, "reviews/mine/submit/"),
            json={},
            headers=self._headers(),
            **kwargs,
        )
        return self._doc(response, "A review")

    # ------------------------------------------------------------------ coordinators
    def opinion(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(self._app(application_id, "opinion/"), **kwargs)
        return self._doc(response, "The opinion")

    def record_opinion(
        self,
        application_id: int,
        recommendation: str,
        reason: str = "",
        group: Optional[int] = None,
        **kwargs: Any,
    ) -> Dict[str, Any]:
        body: Dict[str, Any] = {"recommendation": recommendation, "reason": reason}
        if group is not None:
            body["group"] = int(group)
        response = self.api.post(
            self._app(application_id, "opinion/"), json=body, headers=self._headers(), **kwargs
        )
        return self._doc(response, "The opinion")

    def invite(self, group_id: int, email: str, **kwargs: Any) -> Dict[str, Any]:
        response = self.api.post(
            f"user-groups/{int(group_id)}/invitations/",
            json={"email": email},
            headers=self._headers(),
            **kwargs,
        )
        return self._doc(response, "An invitation")

    # ------------------------------------------------------------------ managers (PSC)
    def screening(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(self._app(application_id, "screening/"), **kwargs)
        return self._doc(response, "The screening")

    def screen(
        self, application_id: int, action: str, remarks: str = "", **kwargs: Any
    ) -> Dict[str, Any]:
        response = self.api.post(
            self._app(application_id, "screening/"),
            json={"action": action, "remarks": remarks},
            headers=self._headers(),
            **kwargs,
        )
        return self._doc(response, "The screening")

    def decision(self, application_id: int, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(self._app(application_id, "decision/"), **kwargs)
        return self._doc(response, "The decision")

    def decide(
        self,
        application_id: int,
        outcome: str,
        rationale: str,
        idempotency_key: Optional[str] = None,
        **kwargs: Any,
    ) -> Dict[str, Any]:
        """Decide; keep ``idempotency_key`` across retries of one decision."""
        response = self.api.post(
            self._app(application_id, "decision/"),
            json={"outcome": outcome, "rationale": rationale},
            idempotency_key=idempotency_key or new_idempotency_key(),
            headers=self._headers(),
            **kwargs,
        )
        return self._doc(response, "The decision")

    def appeal(self, application_id: int, **kwargs: Any) -> Optional[Dict[str, Any]]:
        """The application's appeal (None when the server answers with no body)."""
        response = self._get(self._app(application_id, "appeal/"), **kwargs)
        return response.data if isinstance(response.data, dict) else None
