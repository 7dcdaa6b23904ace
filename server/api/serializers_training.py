"""Catalogue writes in API v1 (issue 12): input checks (types, formats, lengths) and shapes.

The rules that need the database (a name free, a convener of the same organisation, a course
not ending before it starts, dates against the certificates) are ``catalogue.domain``'s; these
serializers only refuse what can never be valid, each error under its field, so a request
never reaches the database with a value it cannot store (NUL, a lone surrogate, NaN).
"""

from __future__ import annotations

import math
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import EmailValidator
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from .serializers_applications import HTTP_URL, Email, HttpUrlField, Integer, Pattern
from .serializers_reviews import NO_SURROGATE, ReviewText

SLUG = r"^[-a-zA-Z0-9_]{1,200}$"
LANGUAGE_CODE = r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2}$"
MAX_HOURS = 1000
ADDRESS = EmailValidator()


class Text(ReviewText):
    """Free text the database can store: no NUL, no lone surrogate."""


class CleanEmail(Email):
    """An e-mail address; a lone surrogate is refused before the address check sees it."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, str):
            NO_SURROGATE(data)
        return super().to_internal_value(data)


@extend_schema_field(
    {
        "type": "string",
        "maxLength": 500,
        "pattern": "^(?:" + HTTP_URL.removeprefix("^").removesuffix("$") + ")?$",
        "description": "An http(s) URL, or empty.",
    }
)
class OptionalHttpUrl(HttpUrlField):
    """An http(s) URL or empty (the schema's pattern says both)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, allow_blank=True, **kwargs)


@extend_schema_field({"type": "string", "maxLength": 254, "description": "An address, or empty."})
class OptionalEmail(Text):
    """An e-mail address or empty (no ``format: email`` in the schema: empty is fine)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=254, required=False, allow_blank=True, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        value = str(super().to_internal_value(data))
        try:
            ADDRESS(value)
        except DjangoValidationError as error:
            raise serializers.ValidationError("Enter a valid email address.") from error
        return value


class Slug(Pattern):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("error_messages", {"invalid": "A slug: letters, digits, - and _."})
        super().__init__(SLUG, **kwargs)


class FiniteFloat(serializers.FloatField):
    """A JSON number (not a string, not a boolean), finite, within the given range."""

    def to_internal_value(self, data: Any) -> float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            self.fail("invalid")
        value = float(super().to_internal_value(data))
        if not math.isfinite(value):
            raise serializers.ValidationError("A finite number is required.")
        return value


@extend_schema_field(
    {
        "oneOf": [
            {"type": "integer", "minimum": 0, "maximum": MAX_HOURS},
            {"type": "string", "pattern": r"^(?:1000(?:\.0)?|[0-9]{1,3}(?:\.[0-9])?)$"},
        ]
    }
)
class Hours(serializers.DecimalField):
    """Instruction hours: 0 to 1000 with at most one decimal."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_digits=5, decimal_places=1, min_value=0, max_value=MAX_HOURS, **kwargs)

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, bool):
            self.fail("invalid")
        if isinstance(data, float) and not math.isfinite(data):
            self.fail("invalid")
        return super().to_internal_value(data)


def _multipart(field: serializers.Field) -> bool:
    """Whether the serializer reads a form (multipart), where every value is text."""
    return bool(getattr(field.root, "context", {}).get("form"))


class Id(Integer):
    """A row id: a JSON integer, or its digits in a multipart form."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=1, max_value=10**18 - 1, **kwargs)

    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, str) and _multipart(self):
            if not (data.isascii() and data.isdigit() and len(data) < 19):
                self.fail("invalid")
            data = int(data)
        return super().to_internal_value(data)


class OrganisationRef(Slug):
    """The organisation a new row belongs to, by slug (it must be one you manage)."""


class CatalogueWrite(serializers.Serializer):
    """``organisation`` is asked on create only: a row never moves to another organisation
    (context ``update``: the field is left out, and sent anyway it is ignored)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.context.get("update"):
            self.fields.pop("organisation", None)


class TrainingCentreWrite(CatalogueWrite):
    organisation = OrganisationRef(help_text="Slug of an organisation you manage (create only).")
    name = Text(min_length=1, max_length=200)
    email = OptionalEmail()
    phone = Text(max_length=64, required=False, allow_blank=True)
    address = Text(max_length=2000, required=False, allow_blank=True, trim_whitespace=False)
    url = OptionalHttpUrl()
    longitude = FiniteFloat(
        required=False, allow_null=True, min_value=-180, max_value=180, help_text="EPSG:4326"
    )
    latitude = FiniteFloat(
        required=False, allow_null=True, min_value=-90, max_value=90, help_text="EPSG:4326"
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if "longitude" in attrs or "latitude" in attrs or not self.partial:
            lon, lat = attrs.get("longitude"), attrs.get("latitude")
            both = "longitude" in attrs and "latitude" in attrs
            if (lon is None) != (lat is None) or (self.partial and not both):
                raise serializers.ValidationError(
                    {"latitude": ["Give both longitude and latitude, or neither (online)."]}
                )
        return attrs


class CourseTypeWrite(CatalogueWrite):
    organisation = OrganisationRef(help_text="Slug of an organisation you manage (create only).")
    name = Text(min_length=1, max_length=200)
    description = Text(max_length=5000, required=False, allow_blank=True, trim_whitespace=False)
    instruction_hours = Hours(required=False, help_text="0 to 1000, one decimal at most.")
    coursetype_link = OptionalHttpUrl()


class ConvenerWrite(CatalogueWrite):
    organisation = OrganisationRef(help_text="Slug of an organisation you manage (create only).")
    user = Text(min_length=1, max_length=254, help_text="Username or e-mail of an account.")
    title = Text(max_length=50, required=False, allow_blank=True)
    degree = Text(max_length=50, required=False, allow_blank=True)


class ConvenerForm(ConvenerWrite):
    """The same as multipart, with the signature image."""

    signature = serializers.ImageField(
        required=False,
        allow_null=True,
        allow_empty_file=False,
        help_text="PNG or JPEG, at most 1 MB and 3000 x 3000 pixels (multipart only).",
    )


class CourseWrite(CatalogueWrite):
    organisation = OrganisationRef(help_text="Slug of an organisation you manage (create only).")
    course_type = Slug(help_text="Slug of one of the organisation's course types.")
    course_convener = Id(help_text="Convener id (of the same organisation).")
    training_centre = Id(help_text="Training centre id (of the same organisation).")
    language = Pattern(
        LANGUAGE_CODE,
        error_messages={"invalid": "A language code, e.g. en, ro, sv or zh-hant."},
    )
    trained_competence = Text(max_length=120, required=False, allow_blank=True)
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    certificate_type = Slug(
        required=False, allow_null=True, help_text="attendance, completion or null."
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs.get("start_date"), attrs.get("end_date")
        if start is not None and end is not None and end < start:
            raise serializers.ValidationError(
                {"end_date": ["A course cannot end before it starts."]}
            )
        return attrs


class CourseForm(CourseWrite):
    """The same as multipart, with the background template image."""

    template = serializers.ImageField(
        required=False,
        allow_null=True,
        allow_empty_file=False,
        help_text="Optional background image (multipart only).",
    )


def _update_of(write: type[CatalogueWrite], name: str, doc: str) -> type[CatalogueWrite]:
    """``write`` without ``organisation`` (a row never moves): the body of PUT and PATCH."""
    return type(name, (write,), {"organisation": None, "__doc__": doc})


TrainingCentreUpdate = _update_of(TrainingCentreWrite, "TrainingCentreUpdate", "A centre's edit.")
CourseTypeUpdate = _update_of(CourseTypeWrite, "CourseTypeUpdate", "A course type's edit.")
ConvenerUpdate = _update_of(ConvenerWrite, "ConvenerUpdate", "A convener's edit.")
ConvenerFormUpdate = _update_of(ConvenerForm, "ConvenerFormUpdate", "The same as multipart.")
CourseUpdate = _update_of(CourseWrite, "CourseUpdate", "A course's edit.")
CourseFormUpdate = _update_of(CourseForm, "CourseFormUpdate", "The same as multipart.")


# --- the described shapes -----------------------------------------------------------------


class ConvenerLinksOut(serializers.Serializer):
    self = serializers.URLField()
    organisation = serializers.URLField()


class ConvenerOut(serializers.Serializer):
    id = serializers.IntegerField()
    organisation = serializers.SlugField()
    name = serializers.CharField()
    username = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    degree = serializers.CharField(allow_blank=True)
    has_signature = serializers.BooleanField()
    links = ConvenerLinksOut()


@extend_schema_serializer(many=False)
class ConvenerListOut(serializers.Serializer):
    results = ConvenerOut(many=True)


class CreditsOut(serializers.Serializer):
    balance = serializers.IntegerField()
    credit_limit = serializers.IntegerField(help_text="How far below zero the balance may go.")
    price_per_credit_cents = serializers.IntegerField()
    currency = serializers.CharField()
    credits_per_certificate = serializers.IntegerField()


class MyOrganisationLinksOut(serializers.Serializer):
    self = serializers.URLField()
    courses = serializers.URLField()
    training_centres = serializers.URLField()
    course_types = serializers.URLField()
    conveners = serializers.URLField()
    certificate = serializers.URLField()


class MyOrganisationOut(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    country = serializers.CharField()
    status = serializers.CharField()
    certified = serializers.BooleanField()
    roles = serializers.ListField(
        child=serializers.CharField(), help_text="Yours here: owner, convener, manager."
    )
    credits = CreditsOut()
    links = MyOrganisationLinksOut()


class MyOrganisationsOut(serializers.Serializer):
    results = MyOrganisationOut(many=True)
