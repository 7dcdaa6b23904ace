"""Reviews of applications: data only (every change goes through ``reviews.domain``).

An accepted application is *routed* (:class:`Routing`) to the user groups of its country or
to the PSC; each reviewer has an :class:`Assignment` (with a conflict-of-interest
declaration) and writes a :class:`Review` against an immutable :class:`RubricVersion`. A
group's opinion lives on its :class:`RoutedGroup`; the PSC's :class:`Decision` closes the
round; a rejected application may :class:`Appeal` once.
"""

from __future__ import annotations

from applications.models import Application, NumberedVersion, in_language
from catalogue.models import UserGroup
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_SCORE = 5


class Recommendation(models.TextChoices):
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")


class Outcome(models.TextChoices):
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    REQUEST_CHANGES = "request_changes", _("Request changes")


class RubricVersion(NumberedVersion):
    """A numbered rubric; the highest number is the current one. A version a review used is
    never edited: saving it in the admin makes a new version (``reviews.admin``)."""

    pass_total = models.PositiveSmallIntegerField(
        default=15, help_text=_("The median total a recommendation to approve needs.")
    )

    def __str__(self) -> str:
        return f"Rubric v{self.number}"

    def is_used(self) -> bool:
        return self.reviews.exists() or self.routings.exists()

    @property
    def max_total(self) -> int:
        return MAX_SCORE * len(self.criteria.all())


class Criterion(models.Model):
    """One scored criterion; texts are ``{language: text}`` (en, ro, sv, zh-hant) and
    ``descriptors`` ``{language: [six texts, for the scores 0..5]}``."""

    version = models.ForeignKey(RubricVersion, on_delete=models.CASCADE, related_name="criteria")
    key = models.SlugField(max_length=64)
    position = models.PositiveIntegerField(default=0)
    title = models.JSONField(default=dict)
    help = models.JSONField(default=dict, blank=True)
    minimum = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("A knock-out: a median below it fails, whatever the total."),
    )
    descriptors = models.JSONField(default=dict)

    class Meta:
        ordering = ["version", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="unique_criterion_per_version")
        ]

    def __str__(self) -> str:
        return f"v{self.version.number} {self.key}"

    def text(self, field: str, language: str) -> str:
        return str(in_language(getattr(self, field), language, self.key))

    def levels(self, language: str) -> list[str]:
        texts = self.descriptors or {}
        chosen = texts.get(language) or texts.get("en") or [""] * (MAX_SCORE + 1)
        return [str(t) for t in chosen]


class Target(models.TextChoices):
    GROUP = "group", _("Local user group")
    PSC = "psc", _("Project Steering Committee")


class ReasonCode(models.TextChoices):
    LOCAL_GROUP = "local_group", _("A local user group reviews it")
    NO_GROUP = "no_group", _("No user group in the organisation's country")
    TOO_FEW_REVIEWERS = "too_few_reviewers", _("The user groups have too few reviewers")
    CONFLICTS = "conflicts", _("Too few reviewers without a conflict of interest")
    OVERDUE = "overdue", _("The review period ended without an opinion")


class Stage(models.TextChoices):
    REVIEWING = "reviewing", _("Reviewing")
    AWAITING_DECISION = "awaiting_decision", _("Awaiting the decision")
    DECIDED = "decided", _("Decided")


class Routing(models.Model):
    """Where one round of an application is reviewed, why, and until when. An escalation to
    the PSC keeps the routing (and its reviews) and changes its target."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="routings")
    round = models.PositiveIntegerField()
    target = models.CharField(max_length=8, choices=Target.choices)
    reason_code = models.CharField(max_length=32, choices=ReasonCode.choices)
    reason = models.TextField(blank=True)
    routed_at = models.DateTimeField()
    due_at = models.DateTimeField()
    escalated_at = models.DateTimeField(null=True, blank=True)
    divergence_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When diverging reviews were reported (once).")
    )
    stage = models.CharField(
        max_length=24, choices=Stage.choices, default=Stage.REVIEWING, db_index=True
    )
    rubric_version = models.ForeignKey(
        RubricVersion, on_delete=models.PROTECT, related_name="routings"
    )
    current = models.BooleanField(default=True, db_index=True)

    class Meta:
        ordering = ["application", "-routed_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=models.Q(current=True),
                name="one_current_routing",
            )
        ]

    def __str__(self) -> str:
        return f"Routing of #{self.application_id} round {self.round} to {self.target}"


class RoutedGroup(models.Model):
    """A user group a routing went to, and its opinion (proposed, then confirmed)."""

    routing = models.ForeignKey(Routing, on_delete=models.CASCADE, related_name="groups")
    user_group = models.ForeignKey(UserGroup, on_delete=models.CASCADE, related_name="routings")
    proposed = models.CharField(max_length=24, choices=Recommendation.choices, blank=True)
    recommendation = models.CharField(max_length=24, choices=Recommendation.choices, blank=True)
    override_reason = models.TextField(blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["routing", "user_group__name"]
        constraints = [
            models.UniqueConstraint(fields=["routing", "user_group"], name="unique_routed_group")
        ]

    def __str__(self) -> str:
        return f"{self.user_group} on {self.routing}"


class Declaration(models.TextChoices):
    PENDING = "pending", _("Not declared yet")
    NONE = "none", _("No conflict of interest")
    CONFLICT = "conflict", _("Conflict of interest")


class ConflictKind(models.TextChoices):
    COMPETITOR = "competitor", _("A commercial competitor")
    COLLEAGUE = "colleague", _("A colleague (now or recently)")
    FAMILY = "family", _("Family or a close friend")
    OTHER = "other", _("Another reason")


class Assignment(models.Model):
    """A reviewer on a routing (``user_group`` null: for the PSC)."""

    routing = models.ForeignKey(Routing, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_assignments"
    )
    user_group = models.ForeignKey(
        UserGroup, on_delete=models.SET_NULL, null=True, blank=True, related_name="assignments"
    )
    declaration = models.CharField(
        max_length=12, choices=Declaration.choices, default=Declaration.PENDING
    )
    conflict_kind = models.CharField(max_length=16, choices=ConflictKind.choices, blank=True)
    conflict_reason = models.TextField(blank=True)
    declared_at = models.DateTimeField(null=True, blank=True)
    reminded_first_at = models.DateTimeField(null=True, blank=True)
    reminded_second_at = models.DateTimeField(null=True, blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["routing", "created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["routing", "reviewer"], name="unique_assignment")
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} on {self.routing}"


class ReviewState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class Review(models.Model):
    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="review")
    rubric_version = models.ForeignKey(
        RubricVersion, on_delete=models.PROTECT, related_name="reviews"
    )
    scores = models.JSONField(default=dict, blank=True)
    justification = models.TextField(blank=True)
    recommendation = models.CharField(max_length=24, choices=Recommendation.choices, blank=True)
    state = models.CharField(max_length=12, choices=ReviewState.choices, default=ReviewState.DRAFT)
    revision = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["assignment__routing", "submitted_at", "id"]

    def __str__(self) -> str:
        return f"Review by {self.assignment.reviewer} ({self.state})"

    @property
    def total(self) -> int | None:
        """The sum of the scores once every criterion has one, else ``None``."""
        keys = [c.key for c in self.rubric_version.criteria.all()]
        scores = self.scores or {}
        if not keys or any(not isinstance(scores.get(k), int) for k in keys):
            return None
        return sum(int(scores[k]) for k in keys)


class Decision(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="decisions")
    round = models.PositiveIntegerField()
    outcome = models.CharField(max_length=24, choices=Outcome.choices)
    rationale = models.TextField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField()
    on_appeal = models.BooleanField(default=False)
    psc_only = models.BooleanField(
        default=False, help_text=_("No local user group exists: the PSC reviewed it alone.")
    )
    idempotency_key = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["application", "decided_at", "id"]

    def __str__(self) -> str:
        return f"{self.outcome} #{self.application_id} round {self.round}"


class AppealOutcome(models.TextChoices):
    PENDING = "", _("Pending")
    GRANTED = "granted", _("Granted")
    UPHELD = "upheld", _("Upheld (the rejection stands)")


class Appeal(models.Model):
    """The one appeal an application may make after a rejection."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="appeal")
    round = models.PositiveIntegerField()
    criteria = models.JSONField(default=list)
    evidence = models.TextField()
    links = models.JSONField(default=list, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_at = models.DateTimeField()
    outcome = models.CharField(
        max_length=12, choices=AppealOutcome.choices, blank=True, default=AppealOutcome.PENDING
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Appeal of #{self.application_id}"


class Invitation(models.Model):
    """An e-mailed invitation to join a user group. No token is stored: the link carries the
    signed id (``reviews.tasks.invitation_token``)."""

    user_group = models.ForeignKey(UserGroup, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(max_length=254)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    language = models.CharField(max_length=16, default="en")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Invitation to {self.user_group}"
