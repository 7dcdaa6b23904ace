"""Applications for certification: data only (state changes live in ``applications.domain``).

An application belongs to a certifying organisation (created with it, status draft) and holds
the organisation's details, its contributions to QGIS, training material per course, the
self-check answers and a message to the reviewers. Each submission freezes a :class:`Round`.
"""

from __future__ import annotations

from typing import Any, Self

from catalogue.models import CertifyingOrganisation
from django.conf import settings
from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SCREENING = "screening", _("Screening")
    UNDER_REVIEW = "under_review", _("Under review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    RESUBMITTED = "resubmitted", _("Resubmitted")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    APPEALED = "appealed", _("Appealed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


#: States after which nothing more happens to an application.
CLOSED_STATES = frozenset({State.APPROVED, State.REJECTED, State.WITHDRAWN})
#: States in which the owner may edit the application.
EDITABLE_STATES = frozenset({State.DRAFT, State.CHANGES_REQUESTED})


class ContributionKind(models.TextChoices):
    DEVELOPMENT = "development", _("QGIS development (commits)")
    DOCUMENTATION = "documentation", _("Documentation and training material")
    TRANSLATION = "translation", _("Translation")
    PLUGINS = "plugins", _("Plugins")
    BUG_REPORTS = "bug_reports", _("Bug reports")
    FEATURE_FUNDING = "feature_funding", _("Funding new features")
    SPONSORSHIP = "sponsorship", _("Financial contributions or sponsorship")
    USER_GROUP = "user_group", _("The local user group")
    COURSEWARE = "courseware", _("Open QGIS courseware")
    BOOKS = "books", _("QGIS books")


class Licence(models.TextChoices):
    CC_BY = "CC-BY-4.0", _("Creative Commons Attribution 4.0")
    CC_BY_SA = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0")
    CC0 = "CC0-1.0", _("Creative Commons Zero 1.0 (public domain)")
    GFDL = "GFDL-1.3", _("GNU Free Documentation License 1.3")
    PROPRIETARY = "proprietary", _("All rights reserved")
    OTHER = "other", _("Other")


class MaterialPart(models.TextChoices):
    LECTURES = "lectures", _("Lectures")
    EXERCISES = "exercises", _("Exercises")
    DATA = "data", _("Data")
    LOGO = "logo", _("Logo")


#: The parts of a course's material (the logo belongs to the organisation, not a course).
COURSE_PARTS = (MaterialPart.LECTURES, MaterialPart.EXERCISES, MaterialPart.DATA)


def in_language(texts: dict[str, Any] | None, language: str, default: Any) -> Any:
    """The text in ``language``, else English, else any, else ``default``."""
    texts = texts or {}
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), default)


class NumberedVersion(models.Model):
    """A numbered version of something applications or reviews are measured against; the
    highest number is the current one. A used version (``is_used``) is never edited: saving it
    in the admin makes a new version (``applications.admin.VersionedAdmin``)."""

    number = models.PositiveIntegerField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=200, blank=True, help_text=_("What changed."))

    class Meta:
        abstract = True
        ordering = ["-number"]

    @classmethod
    def current(cls) -> Self | None:
        return cls._default_manager.order_by("-number").first()

    def is_used(self) -> bool:
        raise NotImplementedError


class SelfCheckVersion(NumberedVersion):
    """A numbered set of self-check questions; the highest number is the current one.

    A version that an application has answered is never edited: changing its questions in the
    admin makes a new version (``applications.admin``).
    """

    def __str__(self) -> str:
        return f"Self-check v{self.number}"

    def is_used(self) -> bool:
        return self.applications.exists()


class SelfCheckQuestion(models.Model):
    """One yes/no question; ``texts`` maps a language code (en, ro, sv, zh-hant) to its text."""

    version = models.ForeignKey(
        SelfCheckVersion, on_delete=models.CASCADE, related_name="questions"
    )
    key = models.SlugField(max_length=64)
    position = models.PositiveIntegerField(default=0)
    texts = models.JSONField(default=dict, help_text=_('{"en": "...", "ro": "...", ...}'))

    class Meta:
        ordering = ["version", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="unique_question_per_version")
        ]

    def __str__(self) -> str:
        return f"v{self.version.number} {self.key}"

    def text(self, language: str) -> str:
        """The text in ``language``, else English, else any."""
        return str(in_language(self.texts, language, self.key))


class Application(models.Model):
    organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="applications"
    )
    state = models.CharField(
        max_length=32, choices=State.choices, default=State.DRAFT, db_index=True
    )
    round = models.PositiveIntegerField(default=0, help_text=_("Number of the latest round."))
    revision = models.PositiveIntegerField(default=1, help_text=_("Bumped by every edit."))
    # name, email, website, address, country, phone, vat_number (the organisation mirrors them).
    details = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)
    self_check_version = models.ForeignKey(
        SelfCheckVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
    )
    self_check_answers = models.JSONField(default=dict, blank=True)
    remarks = models.TextField(blank=True, help_text=_("The latest remarks of the reviewers."))
    # The applicant's language (en, ro, sv, zh-hant), from the request that created or last
    # submitted it: the owners' e-mails are written in it.
    language = models.CharField(max_length=16, default="en")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_applications",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(db_index=True)
    idle_warning_sent_at = models.DateTimeField(null=True, blank=True)
    # [{"key": "<Idempotency-Key>", "round": n}]: a retried submit answers the same round.
    idempotency_keys = models.JSONField(default=list, blank=True)
    # The withdrawn or rejected application this one applies again after (its content copied).
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_applications",
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Application #{self.pk} ({self.details.get('name', '')})"

    @property
    def is_open(self) -> bool:
        return self.state not in CLOSED_STATES

    def total_material_bytes(self) -> int:
        """Bytes of every stored file of this application (the per-application limit)."""
        return int(self.materials.aggregate(total=Sum("size"))["total"] or 0)


class Contribution(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="contributions"
    )
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=32, choices=ContributionKind.choices)
    description = models.TextField(blank=True)
    links = models.JSONField(default=list, blank=True)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["application", "position", "id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.position}"


class CourseMaterial(models.Model):
    """A course's entry in the application: its description; the files are :class:`Material`."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="courses")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=32, help_text=_("Chosen by the client: [a-z0-9-]{1,32}."))
    title = models.CharField(max_length=300, blank=True)
    course_type = models.CharField(max_length=200, blank=True)
    licence = models.CharField(max_length=32, choices=Licence.choices, blank=True)
    qgis_version = models.CharField(max_length=16, blank=True)
    # {"lectures": ["https://..."], "exercises": [...], "data": [...]}
    links = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["application", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["application", "key"], name="unique_course_key")
        ]

    def __str__(self) -> str:
        return self.title or self.key


def material_upload_to(instance: Material, filename: str) -> str:
    """Stored under applications/<application id>/; the name never reaches a public URL."""
    return f"applications/{instance.application_id}/{filename}"


class Material(models.Model):
    """One uploaded file of a course's lectures, exercises or data, or the organisation's logo."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="materials")
    course_key = models.CharField(max_length=32, blank=True)
    part = models.CharField(max_length=16, choices=MaterialPart.choices)
    file = models.FileField(upload_to=material_upload_to, max_length=500)
    filename = models.CharField(max_length=255)
    size = models.BigIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    content_type = models.CharField(max_length=100, blank=True)
    checks = models.JSONField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uploaded_materials",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "uploaded_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "course_key", "part", "sha256"],
                name="unique_material_content",
            )
        ]

    def __str__(self) -> str:
        return self.filename


class Round(models.Model):
    """A submitted round, frozen: the snapshot reviewers see and its SHA-256. Never edited."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    sha256 = models.CharField(max_length=64)
    submitted_at = models.DateTimeField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["application", "number"]
        constraints = [
            models.UniqueConstraint(fields=["application", "number"], name="unique_round_number")
        ]

    def __str__(self) -> str:
        return f"Round {self.number} of application #{self.application_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValueError("a submitted round is read-only")
        super().save(*args, **kwargs)


class Remark(models.Model):
    """The text a manager gave with a state change, kept outside the hashed audit event
    (which names it by id) so that it can be read back and, if ever needed, erased."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    event_sequence = models.PositiveBigIntegerField(db_index=True)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "event_sequence"]

    def __str__(self) -> str:
        return f"Remark on #{self.application_id} (event {self.event_sequence})"
