"""The review rubric: the server's criteria, a review's scores and what the reviews add up to.

``Rubric.parse`` reads ``GET /api/v1/rubric/`` (criteria scored 0..``max_score``, a
descriptor per level, some with a ``minimum``: a knock-out a high total does not make up for).
``validate_scores`` checks a review before it is submitted, in the server's error shape
(``"scores.<key>"``) so local and server problems land at the same field. ``summarise`` gives
the side-by-side view its per-criterion medians, totals and failed minimums, and ``proposal``
mirrors the server's rule for the group's opinion; the server's own proposal always wins
when it sends one (``shown_proposal``).

No Qt here: messages are English templates (``SCORE_MESSAGES``) the GUI translates.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .errors import InvalidResponseError
from .fields import text_or_empty
from .forms import CHOICE, MULTILINE, FieldSpec, FormSpec, Section

APPROVE = "approve"
CHANGES_REQUESTED = "changes_requested"
REJECT = "reject"
RECOMMENDATIONS: Tuple[Tuple[str, str], ...] = (
    (APPROVE, "Approve"),
    (CHANGES_REQUESTED, "Changes requested"),
    (REJECT, "Reject"),
)
"""A review's or a group's recommendation: (value, English label)."""

SCORE_MESSAGES: Dict[str, str] = {
    "score_required": "Choose a score.",
    "score_range": "Choose a score from 0 to {max}.",
    "unknown_criterion": "This criterion is not in the rubric.",
    "justification_required": "Explain your scores.",
    "recommendation_required": "Choose a recommendation.",
}
"""English templates; the GUI translates each key with a literal string."""

Scores = Mapping[str, Optional[int]]


@dataclass(frozen=True)
class Level:
    score: int
    descriptor: str


@dataclass(frozen=True)
class Criterion:
    key: str
    title: str
    help: str
    minimum: Optional[int]
    levels: Tuple[Level, ...]

    def descriptor(self, score: Optional[int]) -> str:
        """The descriptor of level ``score`` ("" when there is none)."""
        for level in self.levels:
            if level.score == score:
                return level.descriptor
        return ""

    def below_minimum(self, score: Optional[int]) -> bool:
        return self.minimum is not None and score is not None and score < self.minimum


@dataclass(frozen=True)
class Rubric:
    version: int
    max_score: int
    max_total: int
    pass_total: int
    divergence_ratio: float
    criteria: Tuple[Criterion, ...]

    @property
    def keys(self) -> Tuple[str, ...]:
        return tuple(criterion.key for criterion in self.criteria)

    def criterion(self, key: str) -> Optional[Criterion]:
        return next((c for c in self.criteria if c.key == key), None)

    @classmethod
    def parse(cls, data: Any, url: str = "") -> Rubric:
        """The server's rubric; ``InvalidResponseError`` when it is not the promised shape
        (no version, no criteria, a criterion without a key, two with the same key)."""
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("criteria"), list)
            or _int(data.get("version"), -1) < 0
        ):
            raise _fail(url)
        max_score = _int(data.get("max_score"), 5)
        criteria = tuple(_criterion(item, max_score, url) for item in data["criteria"])
        if not criteria or len({c.key for c in criteria}) != len(criteria):
            raise _fail(url)
        ratio = data.get("divergence_ratio")
        return cls(
            version=data["version"],
            max_score=max_score,
            max_total=_int(data.get("max_total"), max_score * len(criteria)),
            pass_total=_int(data.get("pass_total"), 0),
            divergence_ratio=float(ratio) if isinstance(ratio, (int, float)) else 0.3,
            criteria=criteria,
        )


def _fail(url: str) -> InvalidResponseError:
    return InvalidResponseError("The rubric is not what the reviews API promises.", url)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _criterion(item: Any, max_score: int, url: str) -> Criterion:
    if not isinstance(item, dict) or not text_or_empty(item.get("key")):
        raise _fail(url)
    minimum = item.get("minimum")
    levels: Dict[int, str] = {}
    for level in item.get("levels") or []:
        if isinstance(level, dict) and isinstance(level.get("score"), int):
            levels[level["score"]] = text_or_empty(level.get("descriptor"))
    return Criterion(
        key=item["key"],
        title=text_or_empty(item.get("title")) or item["key"],
        help=text_or_empty(item.get("help")),
        minimum=minimum if isinstance(minimum, int) and not isinstance(minimum, bool) else None,
        levels=tuple(Level(score, levels.get(score, "")) for score in range(max_score + 1)),
    )


# ----------------------------------------------------------------------------- one review


def score_of(value: Any) -> Optional[int]:
    """A score as the server and the drafts hold it: an int, or None when not chosen."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def validate_scores(
    rubric: Rubric,
    scores: Scores,
    templates: Optional[Mapping[str, str]] = None,
    complete: bool = True,
) -> Dict[str, List[str]]:
    """Problems with ``scores`` as ``{"scores.<key>": [message]}``; ``complete`` requires a
    score for every criterion (a submit), otherwise only the chosen ones are checked."""
    texts = {**SCORE_MESSAGES, **(templates or {})}
    errors: Dict[str, List[str]] = {}
    for key in scores:
        if key not in rubric.keys:
            errors[f"scores.{key}"] = [texts["unknown_criterion"]]
    for criterion in rubric.criteria:
        raw = scores.get(criterion.key)
        value = score_of(raw)
        if raw is not None and (value is None or not 0 <= value <= rubric.max_score):
            errors[f"scores.{criterion.key}"] = [texts["score_range"].format(max=rubric.max_score)]
        elif value is None and complete:
            errors[f"scores.{criterion.key}"] = [texts["score_required"]]
    return errors


def validate_review(
    rubric: Rubric,
    scores: Scores,
    justification: str,
    recommendation: str,
    templates: Optional[Mapping[str, str]] = None,
) -> Dict[str, List[str]]:
    """What a submit needs: every score, a justification and a recommendation."""
    texts = {**SCORE_MESSAGES, **(templates or {})}
    errors = validate_scores(rubric, scores, texts)
    if not justification.strip():
        errors["justification"] = [texts["justification_required"]]
    if recommendation not in dict(RECOMMENDATIONS):
        errors["recommendation"] = [texts["recommendation_required"]]
    return errors


def failed_minimums(rubric: Rubric, scores: Mapping[str, Any]) -> List[str]:
    """Keys of the criteria whose score (or median) is below their minimum, rubric order."""
    failed = []
    for criterion in rubric.criteria:
        value = scores.get(criterion.key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if criterion.minimum is not None and value < criterion.minimum:
            failed.append(criterion.key)
    return failed


def total(rubric: Rubric, scores: Scores) -> Optional[int]:
    """The sum of the scores; None until every criterion has one."""
    values = [score_of(scores.get(key)) for key in rubric.keys]
    if any(value is None for value in values):
        return None
    return sum(value for value in values if value is not None)


# ----------------------------------------------------------------------------- the reviews


def median(values: Sequence[float]) -> Optional[float]:
    """The median, as an int when it is whole; None for no values."""
    if not values:
        return None
    value = statistics.median(values)
    return int(value) if float(value).is_integer() else float(value)


@dataclass(frozen=True)
class Summary:
    """What the submitted reviews add up to (the side-by-side view's last rows)."""

    reviews: int
    medians: Dict[str, Optional[float]]
    totals: List[Optional[int]]
    median_total: Optional[float]
    failed_minimums: List[str]
    """Criteria whose median is below their minimum."""
    divergent: bool
    """Two totals differ by more than ``divergence_ratio`` of the maximum."""


def summarise(rubric: Rubric, reviews: Sequence[Scores]) -> Summary:
    """Per-criterion medians, each review's total, the median total and failed minimums."""
    medians: Dict[str, Optional[float]] = {}
    for key in rubric.keys:
        values = [score_of(scores.get(key)) for scores in reviews]
        medians[key] = median([value for value in values if value is not None])
    totals = [total(rubric, scores) for scores in reviews]
    known = [value for value in totals if value is not None]
    spread = (max(known) - min(known)) if len(known) > 1 else 0
    return Summary(
        reviews=len(reviews),
        medians=medians,
        totals=totals,
        median_total=median(known),
        failed_minimums=failed_minimums(rubric, medians),
        divergent=spread > rubric.divergence_ratio * rubric.max_total,
    )


def proposal(rubric: Rubric, reviews: Sequence[Scores]) -> Optional[str]:
    """The server's rule: approve when every minimum is met by the medians and the median
    total reaches ``pass_total``; changes requested when the total passes but a minimum
    fails; reject otherwise. None without reviews."""
    if not reviews:
        return None
    summary = summarise(rubric, reviews)
    if summary.median_total is None:
        return None
    if summary.median_total >= rubric.pass_total:
        return CHANGES_REQUESTED if summary.failed_minimums else APPROVE
    return REJECT


def shown_proposal(
    server: Optional[Mapping[str, Any]], rubric: Optional[Rubric], reviews: Sequence[Scores]
) -> Optional[str]:
    """The recommendation to show coordinators: the server's whenever it gives a proposal
    (None there means not ready yet), else the local mirror of its rule."""
    if server is not None and "recommendation" in server:
        value = server.get("recommendation")
        return value if isinstance(value, str) and value in dict(RECOMMENDATIONS) else None
    if rubric is None:
        return None
    return proposal(rubric, reviews)


# ----------------------------------------------------------------------------- the form

SCORE_PREFIX = "score_"
"""A criterion's field in the review form: ``score_<key>`` (field names are not dotted)."""
JUSTIFICATION = "justification"
RECOMMENDATION = "recommendation"


def level_label(level: Level) -> str:
    """ "3: Current for the supported releases" (the score alone without a descriptor)."""
    return f"{level.score}: {level.descriptor}" if level.descriptor else str(level.score)


def score_field(key: str) -> str:
    return f"{SCORE_PREFIX}{key}"


def form_spec(
    rubric: Rubric,
    score_label: str = "Score",
    minimum_title: str = "{title} (minimum {minimum})",
    recommendation_title: str = "Your recommendation",
) -> FormSpec:
    """The review form for ``rubric``: a section per criterion (its title, the minimum
    marked) with a score choice whose labels are the levels' descriptors, then the
    justification and the recommendation. The templates come translated from the GUI."""
    fields: List[FieldSpec] = []
    sections: List[Section] = []
    for criterion in rubric.criteria:
        choices = tuple((str(level.score), level_label(level)) for level in criterion.levels)
        name = score_field(criterion.key)
        fields.append(FieldSpec(name, score_label, CHOICE, choices=choices, help=criterion.help))
        title = criterion.title
        if criterion.minimum is not None:
            title = minimum_title.format(title=criterion.title, minimum=criterion.minimum)
        sections.append(Section(title, (name,)))
    fields.append(FieldSpec(JUSTIFICATION, "Justification", MULTILINE, max_length=20000))
    fields.append(FieldSpec(RECOMMENDATION, "Recommendation", CHOICE, choices=RECOMMENDATIONS))
    sections.append(Section(recommendation_title, (JUSTIFICATION, RECOMMENDATION)))
    return FormSpec("review", tuple(fields), tuple(sections))


def form_values(
    rubric: Rubric, scores: Scores, justification: str, recommendation: str
) -> Dict[str, Any]:
    """The form's values (``core.forms`` shape) for a review's content."""
    values: Dict[str, Any] = {}
    for key in rubric.keys:
        value = score_of(scores.get(key))
        values[score_field(key)] = "" if value is None else str(value)
    values[JUSTIFICATION] = justification
    values[RECOMMENDATION] = recommendation
    return values


def scores_from_values(rubric: Rubric, values: Mapping[str, Any]) -> Dict[str, Optional[int]]:
    """The scores chosen in the form (None where none is)."""
    scores: Dict[str, Optional[int]] = {}
    for key in rubric.keys:
        text = values.get(score_field(key))
        scores[key] = int(text) if isinstance(text, str) and text.isdigit() else None
    return scores


def form_errors(errors: Mapping[str, Sequence[str]]) -> Dict[str, List[str]]:
    """The server's (or ``validate_review``'s) names as the form's: ``scores.<key>`` ->
    ``score_<key>``; the rest unchanged."""
    named: Dict[str, List[str]] = {}
    for name, messages in errors.items():
        head, _dot, rest = name.partition(".")
        target = score_field(rest) if head == "scores" and rest and "." not in rest else name
        named.setdefault(target, []).extend(str(message) for message in messages)
    return named
