"""Reviews in API v1: input validation (types and formats) and the described output shapes.

What a value means (a criterion key that exists, a recommendation that needs a reason, a
conflict that needs a kind) is ``reviews.domain``'s business; these serializers refuse what
cannot be right whatever the rubric (a score of 6, a key with spaces, a NUL). Output is built
as plain dicts by ``api.views.reviews_common``; the ``*Out`` serializers describe it for the
OpenAPI schema.
"""

from __future__ import annotations

from typing import Any

from django.core.validators import RegexValidator
from rest_framework import serializers

from .serializers_applications import NO_NUL, Boolean, Email, HttpUrlField, Integer, Pattern, Text

MAX_SCORE = 5
MAX_CRITERIA = 50
MAX_JUSTIFICATION = 10_000
MAX_REASON = 2000
MAX_EVIDENCE = 10_000
MAX_LINKS = 20
CRITERION_KEY = r"^[a-z0-9_-]{1,64}$"

CONFLICT_KINDS = ("competitor", "colleague", "family", "other")
RECOMMENDATIONS = ("approve", "reject", "changes_requested")
SCREENING_ACTIONS = ("accept", "request_changes", "reject")
OUTCOMES = ("approve", "reject", "request_changes")
ROUTING_TARGETS = ("group", "psc")
REVIEW_STATES = ("draft", "submitted")
APPEAL_OUTCOMES = ("", "granted", "upheld")
TASKS = ("screen", "declare", "review", "opinion", "decide", "appeal", "none")
DECLARATIONS = ("pending", "none", "conflict")
STAGES = ("reviewing", "awaiting_decision", "decided")
REASON_CODES = ("local_group", "no_group", "too_few_reviewers", "conflicts", "overdue")


def printable(text: Any) -> str:
    """``text`` as a string that encodes to UTF-8: an error that echoes the input (a choice,
    a key) must not carry a lone surrogate into the response."""
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")


def flat_errors(errors: Any, prefix: str = "") -> dict[str, list[str]]:
    """``{"scores": {"quality": [..]}}`` as ``{"scores.quality": [..]}``: one key per field,
    as submit reports them, so a client points at the culprit the same way for both."""
    found: dict[str, list[str]] = {}
    if isinstance(errors, dict):
        for key, value in errors.items():
            name = printable(f"{prefix}.{key}" if prefix else key)
            if isinstance(value, dict):
                found.update(flat_errors(value, name))
            elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                for index, item in enumerate(value):
                    found.update(flat_errors(item, f"{name}.{index}"))
            else:
                messages = value if isinstance(value, list) else [value]
                found[name] = [printable(m) for m in messages]
    elif isinstance(errors, list):
        found["non_field_errors"] = [printable(m) for m in errors]
    return found


#: Text the database stores as UTF-8: no NUL, no lone surrogate (PostgreSQL refuses both).
NO_SURROGATE = RegexValidator(
    r"^[^\x00\ud800-\udfff]*$", "Text may not contain NUL characters or lone surrogates."
)


class ReviewText(Text):
    """Free text: no NUL and no lone surrogate (one pattern, so the schema says both)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators = [v for v in self.validators if v is not NO_NUL] + [NO_SURROGATE]


class ScoreKey(Pattern):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("error_messages", {"invalid": "A criterion key: a-z, 0-9, _ and -."})
        super().__init__(CRITERION_KEY, **kwargs)


class Scores(serializers.DictField):
    """``{criterion key: 0..5}``; the keys are checked against the rubric by the domain."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(child=Integer(min_value=0, max_value=MAX_SCORE), **kwargs)

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            if len(data) > MAX_CRITERIA:
                raise serializers.ValidationError(f"At most {MAX_CRITERIA} criteria.")
            key = ScoreKey()
            errors: dict[str, list[str]] = {}
            for name in data:
                try:
                    key.run_validation(name)
                except serializers.ValidationError as error:
                    errors[str(name)[:64]] = [str(m) for m in error.detail]
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


# --- input -----------------------------------------------------------------------------------


class DeclarationInSerializer(serializers.Serializer):
    conflict = Boolean(help_text="true: a conflict of interest (you are then excluded).")
    kind = serializers.ChoiceField(choices=CONFLICT_KINDS, required=False, allow_blank=True)
    reason = ReviewText(max_length=MAX_REASON, required=False, allow_blank=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["conflict"]:
            errors = {}
            if not attrs.get("kind"):
                errors["kind"] = ["Say what kind of conflict it is."]
            if not attrs.get("reason", "").strip():
                errors["reason"] = ["Give the reason for the conflict."]
            if errors:
                raise serializers.ValidationError(errors)
        return attrs


class ReviewInSerializer(serializers.Serializer):
    scores = Scores(required=False, help_text="{criterion key: 0..5}; merged into the draft.")
    justification = ReviewText(max_length=MAX_JUSTIFICATION, required=False, allow_blank=True)
    recommendation = serializers.ChoiceField(
        choices=("", *RECOMMENDATIONS), required=False, allow_blank=True
    )


class OpinionInSerializer(serializers.Serializer):
    group = Integer(
        min_value=1,
        max_value=10**18 - 1,
        required=False,
        allow_null=True,
        help_text="The routed group's id; optional when the application went to one group.",
    )
    recommendation = serializers.ChoiceField(choices=RECOMMENDATIONS)
    reason = ReviewText(max_length=MAX_REASON, required=False, allow_blank=True, default="")


class ScreeningInSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=SCREENING_ACTIONS)
    remarks = ReviewText(max_length=MAX_REASON, required=False, allow_blank=True, default="")


class DecisionInSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=OUTCOMES)
    rationale = ReviewText(max_length=MAX_JUSTIFICATION)


class AppealInSerializer(serializers.Serializer):
    criteria = serializers.ListField(
        child=ScoreKey(), min_length=1, max_length=MAX_CRITERIA, help_text="Criterion keys."
    )
    evidence = ReviewText(max_length=MAX_EVIDENCE)
    links = serializers.ListField(
        child=HttpUrlField(), max_length=MAX_LINKS, required=False, default=list
    )


class InvitationInSerializer(serializers.Serializer):
    email = Email(max_length=254)


# --- output (described for the schema) -------------------------------------------------------


class LevelOut(serializers.Serializer):
    score = serializers.IntegerField(min_value=0, max_value=MAX_SCORE)
    descriptor = serializers.CharField()


class CriterionOut(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    help = serializers.CharField()
    minimum = serializers.IntegerField(allow_null=True)
    levels = LevelOut(many=True)


class RubricOut(serializers.Serializer):
    version = serializers.IntegerField()
    max_score = serializers.IntegerField()
    max_total = serializers.IntegerField()
    pass_total = serializers.IntegerField()
    divergence_ratio = serializers.FloatField()
    criteria = CriterionOut(many=True)


class QueueOrganisationOut(serializers.Serializer):
    name = serializers.CharField()
    country = serializers.CharField()


class RoutedToOut(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ROUTING_TARGETS)
    groups = serializers.ListField(child=serializers.CharField())


class QueueItemOut(serializers.Serializer):
    application = serializers.IntegerField()
    url = serializers.URLField()
    organisation = QueueOrganisationOut()
    round = serializers.IntegerField(allow_null=True)
    state = serializers.CharField()
    stage = serializers.ChoiceField(choices=STAGES, allow_null=True)
    routed_to = RoutedToOut(allow_null=True)
    routed_at = serializers.DateTimeField(allow_null=True)
    due_at = serializers.DateTimeField(allow_null=True)
    due_in_days = serializers.IntegerField(allow_null=True)
    overdue = serializers.BooleanField()
    escalated = serializers.BooleanField()
    task = serializers.ChoiceField(choices=TASKS)
    my_declaration = serializers.ChoiceField(choices=DECLARATIONS, allow_null=True)
    my_review = serializers.ChoiceField(choices=REVIEW_STATES, allow_null=True)
    reviews_submitted = serializers.IntegerField()
    divergent = serializers.BooleanField()


class QueueSummaryOut(serializers.Serializer):
    total = serializers.IntegerField()
    due_soon = serializers.IntegerField(help_text="Due within 7 days (not yet overdue).")
    overdue = serializers.IntegerField()


class QueueOut(serializers.Serializer):
    count = serializers.IntegerField()
    summary = QueueSummaryOut()
    results = QueueItemOut(many=True)


class LabelOut(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]


class DeclarationOut(serializers.Serializer):
    declaration = serializers.ChoiceField(choices=DECLARATIONS)
    kind = serializers.CharField()
    reason = serializers.CharField()
    declared_at = serializers.DateTimeField(allow_null=True)
    kinds = LabelOut(many=True)


class ReviewerOut(serializers.Serializer):
    username = serializers.CharField()
    name = serializers.CharField()


class GroupRefOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class ReviewOut(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True, help_text="null until the first save.")
    reviewer = ReviewerOut()
    group = GroupRefOut(allow_null=True)
    state = serializers.ChoiceField(choices=REVIEW_STATES)
    scores = serializers.DictField(child=serializers.IntegerField(min_value=0, max_value=5))
    total = serializers.IntegerField(allow_null=True, help_text="null until every score is set.")
    failed_minimums = serializers.ListField(child=serializers.CharField())
    justification = serializers.CharField()
    recommendation = serializers.CharField()
    revision = serializers.IntegerField()
    updated_at = serializers.DateTimeField(allow_null=True)
    submitted_at = serializers.DateTimeField(allow_null=True)


class ReviewsSummaryOut(serializers.Serializer):
    reviews_submitted = serializers.IntegerField()
    median_total = serializers.FloatField(allow_null=True)
    medians = serializers.DictField(child=serializers.FloatField())
    failed_minimums = serializers.ListField(child=serializers.CharField())
    divergent = serializers.BooleanField()
    max_total = serializers.IntegerField()


class ReviewsOut(serializers.Serializer):
    rubric_version = serializers.IntegerField(allow_null=True)
    mine = ReviewOut(allow_null=True)
    others = ReviewOut(many=True)
    others_hidden = serializers.BooleanField()
    summary = ReviewsSummaryOut(allow_null=True)


class ProposalOut(serializers.Serializer):
    recommendation = serializers.CharField(allow_null=True)
    median_total = serializers.FloatField(allow_null=True)
    threshold = serializers.IntegerField()
    failed_minimums = serializers.ListField(child=serializers.CharField())
    reviews_submitted = serializers.IntegerField()
    reviewers_needed = serializers.IntegerField()
    ready = serializers.BooleanField()


class OpinionRecordOut(serializers.Serializer):
    recommendation = serializers.CharField()
    overridden = serializers.BooleanField()
    reason = serializers.CharField()
    by = serializers.CharField(allow_null=True)
    at = serializers.DateTimeField(allow_null=True)


class OpinionGroupOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    country = serializers.CharField()


class OpinionItemOut(serializers.Serializer):
    group = OpinionGroupOut()
    coordinator = serializers.CharField(allow_null=True)
    proposal = ProposalOut()
    opinion = OpinionRecordOut(allow_null=True)
    can_record = serializers.BooleanField()


class OpinionOut(serializers.Serializer):
    groups = OpinionItemOut(many=True)


class RoutingOut(serializers.Serializer):
    target = serializers.ChoiceField(choices=ROUTING_TARGETS)
    groups = GroupRefOut(many=True)
    reason_code = serializers.ChoiceField(choices=REASON_CODES)
    reason = serializers.CharField()
    routed_at = serializers.DateTimeField()
    due_at = serializers.DateTimeField(allow_null=True)
    escalated_at = serializers.DateTimeField(allow_null=True)
    stage = serializers.ChoiceField(choices=STAGES)


class ScreeningOut(serializers.Serializer):
    state = serializers.CharField()
    allowed_actions = serializers.ListField(child=serializers.ChoiceField(SCREENING_ACTIONS))
    routing = RoutingOut(allow_null=True)


class AppealOut(serializers.Serializer):
    criteria = serializers.ListField(child=serializers.CharField())
    evidence = serializers.CharField()
    links = serializers.ListField(child=serializers.CharField())
    submitted_at = serializers.DateTimeField()
    outcome = serializers.ChoiceField(choices=APPEAL_OUTCOMES)


class DecisionRecordOut(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=OUTCOMES)
    rationale = serializers.CharField()
    by = serializers.CharField(allow_null=True)
    at = serializers.DateTimeField()
    on_appeal = serializers.BooleanField()


class DecisionOut(serializers.Serializer):
    state = serializers.CharField()
    allowed_outcomes = serializers.ListField(child=serializers.ChoiceField(OUTCOMES))
    decision = DecisionRecordOut(allow_null=True)
    routing = RoutingOut(allow_null=True)
    appeal = AppealOut(allow_null=True)


class InvitationOut(serializers.Serializer):
    email = serializers.EmailField()
    expires_at = serializers.DateTimeField()
