"""Catalogue of the certification programme: organisations, centres, courses and user groups.

Names follow the live programme's entities so an API built here maps onto certification.qgis.org.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class TimeStampedModel(models.Model):
    """Every catalogue row knows when it changed: feeds' ETags and `updated_since` use it."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


# The live site drops these words from an organisation's name before making its slug, folds
# the rest to ASCII and keeps 50 characters; clients that only see the public feeds (no slug)
# derive the organisation's page from its name the same way.
ORGANISATION_SLUG_STOP_WORDS = frozenset(
    ("a", "an", "and", "if", "is", "the", "in", "i", "you", "other", "this", "that")
)
ORGANISATION_SLUG_LENGTH = 50
_ASCII_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ŋ": "ng",
        "Ŋ": "NG",
    }
)


def organisation_slug_base(name: str) -> str:
    """The live site's slug for an organisation name, before any -2, -3 suffix."""
    words = [w for w in name.split() if w.lower() not in ORGANISATION_SLUG_STOP_WORDS]
    folded = " ".join(words).translate(_ASCII_FOLD)
    return slugify(slugify(folded)[:ORGANISATION_SLUG_LENGTH])


def unique_slug(
    model: type[models.Model], name: str, instance_pk: int | None, base: str = ""
) -> str:
    """A slug from the name, suffixed with -2, -3… when taken (as the live site's slugs are)."""
    base = base or slugify(name, allow_unicode=False)[:180] or model._meta.model_name or "item"
    slug, n = base, 1
    while model._default_manager.filter(slug=slug).exclude(pk=instance_pk).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class UserGroup(TimeStampedModel):
    """A local QGIS user group; its members review applications from their country."""

    name = models.CharField(max_length=200, unique=True)
    country = CountryField(db_index=True)
    website = models.URLField(max_length=500, blank=True)
    logo_url = models.URLField(max_length=500, blank=True)
    year = models.PositiveIntegerField(null=True, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="user_groups",
        help_text=_("Reviewers: members review applications from organisations in this country."),
    )
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coordinated_user_groups",
        help_text=_("Records the group's opinion on the applications it reviews."),
    )
    review_period_days = models.PositiveSmallIntegerField(
        default=30, help_text=_("Days the group has to give its opinion (default 30).")
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CertifyingOrganisationQuerySet(models.QuerySet):
    def certified(self) -> CertifyingOrganisationQuerySet:
        """Approved and not archived: what the public organisation feed lists."""
        return self.filter(status="approved", archived=False)


class CertifyingOrganisation(TimeStampedModel):
    """An organisation that applies to, and once approved runs, certified QGIS courses."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        UNDER_REVIEW = "under_review", _("Under review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True, blank=True)
    organisation_email = models.EmailField(max_length=254)
    url = models.URLField(max_length=500, blank=True)
    address = models.TextField(blank=True)
    country = CountryField(db_index=True)
    organisation_phone = models.CharField(max_length=64, blank=True)
    vat_number = models.CharField(max_length=64, blank=True)
    logo = models.ImageField(upload_to="organisation_logos/", blank=True)
    credit_balance = models.IntegerField(default=0)
    status = models.CharField(
        max_length=32, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    archived = models.BooleanField(default=False, db_index=True)
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="owned_organisations"
    )

    objects = CertifyingOrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = unique_slug(
                CertifyingOrganisation, self.name, self.pk, organisation_slug_base(self.name)
            )
        super().save(*args, **kwargs)

    @property
    def is_certified(self) -> bool:
        return self.status == self.Status.APPROVED and not self.archived


def validate_longitude(value: float) -> None:
    if not -180.0 <= value <= 180.0:
        raise ValidationError(_("Longitude must be between -180 and 180."))


def validate_latitude(value: float) -> None:
    if not -90.0 <= value <= 90.0:
        raise ValidationError(_("Latitude must be between -90 and 90."))


class TrainingCenter(TimeStampedModel):
    """Where courses happen. No location means an online centre."""

    certifying_organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="training_centers"
    )
    name = models.CharField(max_length=200, unique=True)
    email = models.EmailField(max_length=254, blank=True)
    address = models.TextField(blank=True)
    phone = models.CharField(max_length=64, blank=True)
    url = models.URLField(max_length=500, blank=True)
    longitude = models.FloatField(
        null=True, blank=True, validators=[validate_longitude], help_text=_("EPSG:4326")
    )
    latitude = models.FloatField(
        null=True, blank=True, validators=[validate_latitude], help_text=_("EPSG:4326")
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(longitude__isnull=True, latitude__isnull=True)
                    | models.Q(
                        longitude__gte=-180, longitude__lte=180, latitude__gte=-90, latitude__lte=90
                    )
                ),
                name="training_center_valid_location",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if (self.longitude is None) != (self.latitude is None):
            raise ValidationError(_("Give both longitude and latitude, or neither (online)."))

    @property
    def online(self) -> bool:
        return self.longitude is None


class CourseType(TimeStampedModel):
    certifying_organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="course_types"
    )
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, blank=True)
    description = models.TextField(blank=True)
    instruction_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    coursetype_link = models.URLField(max_length=500, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = unique_slug(CourseType, self.name, self.pk)
        super().save(*args, **kwargs)


class CourseConvener(TimeStampedModel):
    """A trainer of an organisation, allowed to run its courses and sign certificates."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_conveners"
    )
    certifying_organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="course_conveners"
    )
    title = models.CharField(max_length=50, blank=True)
    degree = models.CharField(max_length=50, blank=True)
    signature = models.ImageField(upload_to="signatures/", blank=True)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "certifying_organisation"], name="unique_convener_per_org"
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class CertificateType(TimeStampedModel):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    wording = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Course(TimeStampedModel):
    course_type = models.ForeignKey(CourseType, on_delete=models.PROTECT, related_name="courses")
    course_convener = models.ForeignKey(
        CourseConvener, on_delete=models.PROTECT, related_name="courses"
    )
    training_center = models.ForeignKey(
        TrainingCenter, on_delete=models.PROTECT, related_name="courses"
    )
    certifying_organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="courses"
    )
    certificate_type = models.ForeignKey(
        CertificateType, on_delete=models.PROTECT, related_name="courses", null=True, blank=True
    )
    name = models.CharField(max_length=300, blank=True)
    slug = models.SlugField(max_length=300, unique=True, blank=True)
    start_date = models.DateField(db_index=True)
    end_date = models.DateField(db_index=True)
    language = models.CharField(
        max_length=16, help_text=_("Language code, e.g. en, ro, sv, zh-hant.")
    )
    trained_competence = models.CharField(max_length=255, blank=True)
    template = models.ImageField(
        upload_to="certificate_templates/",
        blank=True,
        help_text=_("Optional background image of the course's certificates (A4 landscape)."),
    )

    class Meta:
        ordering = ["start_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="course_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(_("A course cannot end before it starts."))
        if (
            self.training_center_id
            and self.certifying_organisation_id
            and self.training_center.certifying_organisation_id != self.certifying_organisation_id
        ):
            raise ValidationError(_("The training centre belongs to another organisation."))

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.name:
            self.name = f"{self.course_type.name} - {self.training_center.name} - {self.start_date}"
        if not self.slug:
            self.slug = unique_slug(Course, self.name, self.pk)
        super().save(*args, **kwargs)
