"""core.rubric: parsing the server's rubric, checking scores, medians and the proposal."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest

from certification_plugin.core import rubric as rubric_module
from certification_plugin.core.errors import InvalidResponseError
from certification_plugin.core.rubric import (
    APPROVE,
    CHANGES_REQUESTED,
    REJECT,
    Rubric,
    failed_minimums,
    form_errors,
    form_spec,
    form_values,
    median,
    proposal,
    scores_from_values,
    shown_proposal,
    summarise,
    total,
    validate_review,
    validate_scores,
)

MINIMUMS: Dict[str, Optional[int]] = {
    "contributions": 2,
    "material_current": 3,
    "representation": 3,
    "quality": None,
    "standing": None,
}


def rubric_json(**overrides: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {
        "version": 2,
        "max_score": 5,
        "max_total": 25,
        "pass_total": 15,
        "divergence_ratio": 0.3,
        "criteria": [
            {
                "key": key,
                "title": key.title(),
                "help": f"help {key}",
                "minimum": minimum,
                "levels": [{"score": s, "descriptor": f"{key} level {s}"} for s in range(6)],
            }
            for key, minimum in MINIMUMS.items()
        ],
    }
    data.update(overrides)
    return data


@pytest.fixture
def rubric() -> Rubric:
    return Rubric.parse(rubric_json())


def scores(*values: Optional[int]) -> Dict[str, Optional[int]]:
    return dict(zip(MINIMUMS, values))


def test_parse_reads_criteria_levels_and_minimums(rubric: Rubric) -> None:
    assert rubric.version == 2 and rubric.pass_total == 15 and rubric.max_total == 25
    assert rubric.keys == tuple(MINIMUMS)
    material = rubric.criterion("material_current")
    assert material is not None and material.minimum == 3
    assert [level.score for level in material.levels] == [0, 1, 2, 3, 4, 5]
    assert material.descriptor(4) == "material_current level 4"
    assert material.below_minimum(2) and not material.below_minimum(3)
    assert not material.below_minimum(None)
    assert rubric.criterion("nope") is None


def test_parse_fills_missing_levels_and_ignores_bad_minimum() -> None:
    data = rubric_json()
    data["criteria"][0]["levels"] = [{"score": 3, "descriptor": "three"}]
    data["criteria"][0]["minimum"] = "2"
    parsed = Rubric.parse(data)
    first = parsed.criteria[0]
    assert first.minimum is None
    assert [level.descriptor for level in first.levels] == ["", "", "", "three", "", ""]


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"criteria": []},
        rubric_json(version=None),
        rubric_json(criteria=[]),
        rubric_json(criteria=[{"title": "no key"}]),
        rubric_json(criteria=[{"key": "a"}, {"key": "a"}]),
    ],
)
def test_parse_refuses_what_the_api_does_not_promise(bad: Any) -> None:
    with pytest.raises(InvalidResponseError):
        Rubric.parse(bad, "http://x/api/v1/rubric/")


def test_validate_scores_every_criterion_and_range(rubric: Rubric) -> None:
    assert validate_scores(rubric, scores(2, 3, 3, 0, 5)) == {}
    errors = validate_scores(rubric, {"contributions": 6, "quality": True, "other": 1})
    assert errors["scores.contributions"] == ["Choose a score from 0 to 5."]
    assert errors["scores.quality"] == ["Choose a score from 0 to 5."]
    assert errors["scores.other"] == ["This criterion is not in the rubric."]
    assert errors["scores.standing"] == ["Choose a score."]
    partial = validate_scores(rubric, {"contributions": -1}, complete=False)
    assert list(partial) == ["scores.contributions"]


def test_validate_review_needs_justification_and_recommendation(rubric: Rubric) -> None:
    templates = {"justification_required": "Say why."}
    errors = validate_review(rubric, scores(1, 1, 1, 1, 1), "  ", "maybe", templates)
    assert errors == {
        "justification": ["Say why."],
        "recommendation": ["Choose a recommendation."],
    }
    assert validate_review(rubric, scores(1, 1, 1, 1, 1), "why", APPROVE) == {}


def test_failed_minimums_and_total(rubric: Rubric) -> None:
    assert failed_minimums(rubric, scores(1, 3, 2, 0, 0)) == ["contributions", "representation"]
    assert failed_minimums(rubric, scores(None, None, None, None, None)) == []
    assert total(rubric, scores(1, 2, 3, 4, 5)) == 15
    assert total(rubric, scores(1, 2, None, 4, 5)) is None


def test_median_whole_and_half() -> None:
    assert median([]) is None
    assert median([3, 1, 2]) == 2 and isinstance(median([3, 1, 2]), int)
    assert median([2, 3]) == 2.5


def test_summary_medians_failed_minimums_by_median_and_divergence(rubric: Rubric) -> None:
    reviews = [scores(1, 5, 5, 5, 5), scores(3, 5, 5, 5, 5), scores(1, 1, 2, 1, 1)]
    summary = summarise(rubric, reviews)
    assert summary.reviews == 3
    assert summary.medians["contributions"] == 1
    assert summary.medians["representation"] == 5
    assert summary.totals == [21, 23, 6]
    assert summary.median_total == 21
    assert summary.failed_minimums == ["contributions"]
    assert summary.divergent  # 23 - 6 > 0.3 * 25
    close = summarise(rubric, [scores(3, 3, 3, 3, 3), scores(4, 4, 3, 3, 3)])
    assert not close.divergent and close.median_total == 16


def test_proposal_mirrors_the_server_rule(rubric: Rubric) -> None:
    assert proposal(rubric, []) is None
    assert proposal(rubric, [scores(3, 3, 3, 3, 3), scores(3, 3, 3, 3, 3)]) == APPROVE
    # a high total does not make up for a minimum: changes requested
    assert proposal(rubric, [scores(1, 5, 5, 5, 5), scores(1, 5, 5, 5, 5)]) == CHANGES_REQUESTED
    assert proposal(rubric, [scores(2, 3, 3, 3, 3)]) == REJECT  # total 14 < 15
    assert proposal(rubric, [scores(1, 1, 1, 1, 1)]) == REJECT


def test_the_server_proposal_wins(rubric: Rubric) -> None:
    passing = [scores(3, 3, 3, 3, 3)]
    assert shown_proposal({"recommendation": REJECT}, rubric, passing) == REJECT
    assert shown_proposal({"recommendation": None, "ready": False}, rubric, passing) is None
    assert shown_proposal(None, rubric, passing) == APPROVE
    assert shown_proposal(None, None, passing) is None


def test_form_spec_values_and_error_names(rubric: Rubric) -> None:
    spec = form_spec(rubric, minimum_title="{title} [min {minimum}]")
    names = [field.name for field in spec.fields]
    assert names[:5] == [f"score_{key}" for key in MINIMUMS]
    assert names[5:] == ["justification", "recommendation"]
    titles = [title for title, _fields in spec.grouped()]
    assert titles[0] == "Contributions [min 2]" and titles[3] == "Quality"
    first = spec.field("score_contributions")
    assert first.choices[4] == ("4", "4: contributions level 4")
    assert first.help == "help contributions"
    values = form_values(rubric, scores(2, None, 3, 0, 5), "why", APPROVE)
    assert values["score_material_current"] == "" and values["score_quality"] == "0"
    assert scores_from_values(rubric, values) == scores(2, None, 3, 0, 5)
    named = form_errors({"scores.quality": ["bad"], "justification": ["x"], "scores.a.b": ["y"]})
    assert named == {"score_quality": ["bad"], "justification": ["x"], "scores.a.b": ["y"]}


def test_messages_are_plain_templates() -> None:
    assert all(isinstance(text, str) for text in rubric_module.SCORE_MESSAGES.values())
    assert "{max}" in rubric_module.SCORE_MESSAGES["score_range"]
