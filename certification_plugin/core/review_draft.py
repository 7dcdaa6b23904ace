"""What the Review tab keeps of a review between edits, restarts and crashes.

The scores per criterion, the justification and the recommendation as typed, the rubric
version they were typed against, and the server's revision the draft was last synced with
(``base_revision``, sent as ``If-Match``) with a digest of the content as it was then. The
draft stays on this computer until the server has accepted the submit: a killed QGIS, a
network error or a 4xx/5xx costs nothing typed.

Plain JSON types only (``to_json``/``from_json``), saved by ``qgis_io.drafts.DraftStore``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional

from .application_draft import digest
from .fields import text_or_empty
from .rubric import RECOMMENDATIONS, Rubric, score_of

DRAFT_FORMAT = 1


@dataclass
class ReviewDraft:
    """One reviewer's review of one application, as typed here."""

    application: int
    scores: Dict[str, Optional[int]] = field(default_factory=dict)
    justification: str = ""
    recommendation: str = ""
    rubric_version: int = 0
    base_revision: Optional[int] = None
    """The server's revision the draft was last synced with (None: never synced)."""
    synced_digest: str = ""
    """``digest()`` when last pushed to or taken from the server."""

    # ------------------------------------------------------------------ content
    def body(self) -> Dict[str, Any]:
        """The PUT body for ``reviews/mine/``: the chosen scores only."""
        return {
            "scores": {k: v for k, v in sorted(self.scores.items()) if score_of(v) is not None},
            "justification": self.justification,
            "recommendation": self.recommendation,
        }

    def digest(self) -> str:
        return digest(self.body())

    @property
    def locally_changed(self) -> bool:
        """True when something was typed since the last sync with the server."""
        return self.digest() != self.synced_digest

    def is_empty(self) -> bool:
        body = self.body()
        return not (body["scores"] or body["justification"].strip() or body["recommendation"])

    def mark_synced(self, review: Mapping[str, Any]) -> None:
        """The server's ``Review`` now holds what is typed here (a PUT answered)."""
        revision = review.get("revision")
        self.base_revision = score_of(revision)
        self.synced_digest = self.digest()

    def fit(self, rubric: Rubric) -> ReviewDraft:
        """This draft for ``rubric``: scores of criteria it no longer has dropped, others
        empty; a draft never stops the form from opening."""
        scores = {}
        for key in rubric.keys:
            value = score_of(self.scores.get(key))
            scores[key] = value if value is not None and 0 <= value <= rubric.max_score else None
        self.scores = scores
        self.rubric_version = rubric.version
        return self

    # ------------------------------------------------------------------ server
    @classmethod
    def from_review(cls, application: int, review: Mapping[str, Any]) -> ReviewDraft:
        """The server's ``Review`` (``GET reviews/mine/``) as a synced local draft."""
        raw = review.get("scores")
        scores = {str(k): score_of(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        recommendation = review.get("recommendation")
        draft = cls(
            application=application,
            scores=scores,
            justification=text_or_empty(review.get("justification")),
            recommendation=recommendation if recommendation in dict(RECOMMENDATIONS) else "",
            rubric_version=score_of(review.get("rubric_version")) or 0,
        )
        draft.mark_synced(review)
        return draft

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> Dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "application": self.application,
            "scores": {k: score_of(v) for k, v in self.scores.items()},
            "justification": self.justification,
            "recommendation": self.recommendation,
            "rubric_version": self.rubric_version,
            "server": {"revision": self.base_revision, "digest": self.synced_digest},
        }

    @classmethod
    def from_json(cls, data: Any, application: int) -> ReviewDraft:
        """A saved draft; anything that does not fit is left empty (a draft always opens)."""
        if (
            not isinstance(data, dict)
            or data.get("format") != DRAFT_FORMAT
            or data.get("application") != application
        ):
            return cls(application)
        raw = data.get("scores")
        server = data.get("server")
        server = server if isinstance(server, dict) else {}
        recommendation = data.get("recommendation")
        return cls(
            application=application,
            scores={str(k): score_of(v) for k, v in raw.items()} if isinstance(raw, dict) else {},
            justification=text_or_empty(data.get("justification")),
            recommendation=recommendation if recommendation in dict(RECOMMENDATIONS) else "",
            rubric_version=score_of(data.get("rubric_version")) or 0,
            base_revision=score_of(server.get("revision")),
            synced_digest=text_or_empty(server.get("digest")),
        )


@dataclass
class DecisionDraft:
    """The PSC's decision being written (outcome and rationale), kept like a review draft."""

    application: int
    outcome: str = ""
    rationale: str = ""

    def to_json(self) -> Dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "application": self.application,
            "outcome": self.outcome,
            "rationale": self.rationale,
        }

    @classmethod
    def from_json(cls, data: Any, application: int) -> DecisionDraft:
        if (
            not isinstance(data, dict)
            or data.get("format") != DRAFT_FORMAT
            or data.get("application") != application
        ):
            return cls(application)
        return cls(
            application, text_or_empty(data.get("outcome")), text_or_empty(data.get("rationale"))
        )
