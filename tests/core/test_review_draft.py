"""core.review_draft: the review's local draft, its PUT body, sync bookkeeping and JSON."""

from __future__ import annotations

import json

from certification_plugin.core.review_draft import DecisionDraft, ReviewDraft
from certification_plugin.core.rubric import Rubric

KEYS = ("contributions", "material_current", "representation", "quality", "standing")


def rubric_json() -> dict:
    levels = [{"score": s, "descriptor": f"level {s}"} for s in range(6)]
    return {
        "version": 2,
        "criteria": [{"key": key, "title": key, "levels": levels} for key in KEYS],
    }


def test_body_has_chosen_scores_only() -> None:
    draft = ReviewDraft(7, {"quality": 3, "standing": None}, "because", "approve")
    assert draft.body() == {
        "scores": {"quality": 3},
        "justification": "because",
        "recommendation": "approve",
    }
    assert not draft.is_empty()
    assert ReviewDraft(7, {"quality": None}, "  ").is_empty()


def test_sync_bookkeeping() -> None:
    draft = ReviewDraft(7, {"quality": 3})
    assert draft.locally_changed and draft.base_revision is None
    draft.mark_synced({"revision": 4})
    assert not draft.locally_changed and draft.base_revision == 4
    draft.justification = "typed"
    assert draft.locally_changed


def test_json_round_trip_survives_a_restart() -> None:
    draft = ReviewDraft(7, {"quality": 3, "standing": None}, "why", "reject", 2)
    draft.mark_synced({"revision": 5})
    text = json.dumps(draft.to_json())
    back = ReviewDraft.from_json(json.loads(text), 7)
    assert back == draft
    assert not back.locally_changed


def test_from_json_is_tolerant() -> None:
    assert ReviewDraft.from_json(None, 7) == ReviewDraft(7)
    assert ReviewDraft.from_json({"format": 99}, 7) == ReviewDraft(7)
    other = ReviewDraft(8, {"quality": 1}).to_json()
    assert ReviewDraft.from_json(other, 7) == ReviewDraft(7)  # another application's draft
    odd = ReviewDraft(7).to_json()
    odd.update(scores={"quality": "3", "standing": True}, recommendation="maybe", server=[])
    back = ReviewDraft.from_json(odd, 7)
    assert back.scores == {"quality": None, "standing": None}
    assert back.recommendation == "" and back.base_revision is None


def test_from_review_and_fit_to_a_new_rubric() -> None:
    review = {
        "scores": {"quality": 4, "gone": 2},
        "justification": "ok",
        "recommendation": "changes_requested",
        "revision": 3,
    }
    draft = ReviewDraft.from_review(7, review)
    assert draft.base_revision == 3 and not draft.locally_changed
    draft.fit(Rubric.parse(rubric_json()))
    assert set(draft.scores) == set(KEYS)
    assert draft.scores["quality"] == 4 and draft.scores["contributions"] is None
    assert draft.rubric_version == 2


def test_decision_draft_round_trip() -> None:
    draft = DecisionDraft(3, "approve", "Strong material.")
    assert DecisionDraft.from_json(json.loads(json.dumps(draft.to_json())), 3) == draft
    assert DecisionDraft.from_json(draft.to_json(), 4) == DecisionDraft(4)
