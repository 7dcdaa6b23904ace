"""Applications in API v1: input validation (types and formats only) and the described shapes.

Input serializers check what a draft may hold; completeness is the domain's business at
submit (``applications.domain.completeness_errors``). Output is built as plain dicts by
``api.views.applications`` from ``applications.documents``; the ``*Out`` serializers here
describe it for the OpenAPI schema.
"""

from __future__ import annotations

from typing import Any

from applications.models import ContributionKind, Licence, MaterialPart
from django.conf import settings
from django.core.validators import RegexValidator
from django_countries import countries
from rest_framework import serializers

MAX_TEXT = 5000
MAX_LINKS = 20
MAX_CONTRIBUTIONS = 100
MAX_COURSES = 50
MAX_ANSWERS = 50
COURSE_KEY = r"^[a-z0-9-]{1,32}$"
QGIS_VERSION = r"^(?:[0-9]{1,2}\.[0-9]{1,3}(?:\.[0-9]{1,3})?)?$"
ANSWER_KEY = RegexValidator(r"^[a-z0-9_-]{1,64}$", "A question key: 1 to 64 of a-z, 0-9, _ and -.")
COURSE_LINK_PARTS = ("lectures", "exercises", "data")


def _no_line_break(value: str) -> str:
    if "\n" in value:
        raise serializers.ValidationError("No line breaks.")
    return value


#: An http(s) URL with a host, no spaces or control characters: the same rule in the schema
#: (a pattern) and here. Evidence links are opened by reviewers: no other schemes.
HTTP_URL = r"^https?://[^\x00-\x20\x7f/?#]+[^\x00-\x20\x7f]*$"
NO_NUL = RegexValidator(r"^[^\x00]*$", "Text may not contain NUL characters.")


class StrictString:
    """JSON strings only (DRF would take 0 for "0"): what the schema says is what passes."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str):
            self.fail("invalid")  # type: ignore[attr-defined]
        return super().to_internal_value(data)  # type: ignore[misc]


class Text(StrictString, serializers.CharField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators.append(NO_NUL)


class Pattern(StrictString, serializers.RegexField):
    pass


class Email(StrictString, serializers.EmailField):
    pass


class Boolean(serializers.BooleanField):
    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=str(data)[:40])
        return data


class Integer(serializers.IntegerField):
    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return int(super().to_internal_value(data))


class HttpUrlField(Pattern):
    """An http(s) URL (:data:`HTTP_URL`), at most 500 characters."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("error_messages", {"invalid": "Enter an http:// or https:// URL."})
        # Not trimmed: the pattern already refuses ASCII spaces, and trimming other Unicode
        # spaces could leave a URL without a host that the schema called valid.
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(HTTP_URL, **kwargs)

    def to_internal_value(self, data: Any) -> Any:
        value = super().to_internal_value(data)
        if isinstance(value, str) and "\n" in value:  # "$" lets one trailing newline through
            self.fail("invalid")
        return value


def _links(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(
        child=HttpUrlField(), max_length=MAX_LINKS, required=False, **kwargs
    )


class ApplicationDetailsInSerializer(serializers.Serializer):
    name = Text(max_length=200, required=False, allow_blank=True)
    email = Email(max_length=254, required=False, allow_blank=True)
    website = HttpUrlField(required=False, allow_blank=True)
    address = Text(max_length=2000, required=False, allow_blank=True, trim_whitespace=False)
    country = serializers.ChoiceField(
        choices=[code for code, _name in countries],
        required=False,
        allow_blank=True,
        help_text="ISO 3166-1 alpha-2.",
    )
    phone = Text(max_length=64, required=False, allow_blank=True)
    vat_number = Text(max_length=64, required=False, allow_blank=True)


class ContributionInSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ContributionKind.choices)
    description = Text(max_length=MAX_TEXT, required=False, allow_blank=True, default="")
    links = _links(default=list)
    start_date = serializers.DateField(required=False, allow_null=True, default=None)
    end_date = serializers.DateField(required=False, allow_null=True, default=None)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs.get("start_date"), attrs.get("end_date")
        if start and end and end < start:
            raise serializers.ValidationError({"end_date": ["Ends before it starts."]})
        return attrs


class CourseLinksInSerializer(serializers.Serializer):
    lectures = _links(default=list)
    exercises = _links(default=list)
    data = _links(default=list)  # type: ignore[assignment]


class CourseInSerializer(serializers.Serializer):
    key = Pattern(
        COURSE_KEY,
        help_text="Chosen by the client, unique in the application.",
        error_messages={"invalid": "A course key: 1 to 32 of a-z, 0-9 and -."},
    )
    title = Text(max_length=300, required=False, allow_blank=True, default="")
    course_type = Text(max_length=200, required=False, allow_blank=True, default="")
    licence = serializers.ChoiceField(
        choices=Licence.choices, required=False, allow_blank=True, default=""
    )
    qgis_version = Pattern(
        QGIS_VERSION,
        max_length=16,
        required=False,
        allow_blank=True,
        default="",
        help_text='The QGIS version it targets, e.g. "3.34".',
        error_messages={"invalid": 'A QGIS version such as "3.34".'},
    )
    links = CourseLinksInSerializer(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        links = attrs.get("links") or {}
        attrs["links"] = {part: list(links.get(part, [])) for part in COURSE_LINK_PARTS}
        return attrs


class SelfCheckInSerializer(serializers.Serializer):
    version = Integer(min_value=1, max_value=1_000_000, required=False)
    answers = serializers.DictField(child=Boolean(), required=False)

    def validate_answers(self, answers: dict[str, bool]) -> dict[str, bool]:
        if len(answers) > MAX_ANSWERS:
            raise serializers.ValidationError(f"At most {MAX_ANSWERS} answers.")
        for key in answers:
            try:
                ANSWER_KEY(key)
                _no_line_break(key)  # "$" lets one trailing newline through
            except Exception as error:
                raise serializers.ValidationError(
                    f"{str(key)[:70]!r}: not a question key."
                ) from error
        return answers


class ApplicationInSerializer(serializers.Serializer):
    """What a client may send (POST creates, PATCH edits); other keys (here and in a course's
    links) are ignored, so the JSON of a GET may be sent back as it is."""

    details = ApplicationDetailsInSerializer(required=False)
    contributions = serializers.ListField(
        child=ContributionInSerializer(), max_length=MAX_CONTRIBUTIONS, required=False
    )
    courses = serializers.ListField(
        child=CourseInSerializer(), max_length=MAX_COURSES, required=False
    )
    self_check = SelfCheckInSerializer(required=False)
    message = Text(
        max_length=settings.APPLICATION_MESSAGE_MAX_LENGTH,
        required=False,
        allow_blank=True,
        trim_whitespace=False,
    )

    def validate_courses(self, courses: list[dict[str, Any]]) -> list[dict[str, Any]]:
        keys = [course["key"] for course in courses]
        doubles = sorted({key for key in keys if keys.count(key) > 1})
        if doubles:
            raise serializers.ValidationError(f"Course keys must be unique: {', '.join(doubles)}.")
        return courses


class NamedDetailsInSerializer(ApplicationDetailsInSerializer):
    name = Text(max_length=200, help_text="Unique among organisations.")


class ApplicationCreateSerializer(ApplicationInSerializer):
    """A new draft: the organisation's name is needed (it is unique); the rest may follow."""

    details = NamedDetailsInSerializer()


class WithdrawSerializer(serializers.Serializer):
    reason = Text(max_length=MAX_TEXT, required=False, allow_blank=True, default="")


# --- described output ------------------------------------------------------------------------


class OrganisationRefOut(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()


class ContributionOut(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ContributionKind.choices)
    description = serializers.CharField()
    links = serializers.ListField(child=serializers.CharField(help_text="An http(s) URL."))
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)


class CourseLinksOut(serializers.Serializer):
    lectures = serializers.ListField(child=serializers.CharField(help_text="An http(s) URL."))
    exercises = serializers.ListField(child=serializers.CharField(help_text="An http(s) URL."))
    data = serializers.ListField(child=serializers.CharField(help_text="An http(s) URL."))  # type: ignore[assignment]


class CourseOut(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    course_type = serializers.CharField()
    licence = serializers.CharField()
    qgis_version = serializers.CharField()
    links = CourseLinksOut()


class SelfCheckOut(serializers.Serializer):
    version = serializers.IntegerField(allow_null=True)
    answers = serializers.DictField(child=serializers.BooleanField())


class MaterialOut(serializers.Serializer):
    id = serializers.IntegerField()
    course = serializers.CharField()
    part = serializers.ChoiceField(choices=MaterialPart.choices)
    filename = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    content_type = serializers.CharField()
    checks = serializers.JSONField(allow_null=True)
    uploaded_at = serializers.DateTimeField()
    download_url = serializers.URLField()


class RoundRefOut(serializers.Serializer):
    number = serializers.IntegerField()
    submitted_at = serializers.DateTimeField()
    sha256 = serializers.CharField()
    url = serializers.URLField()


class DetailsOut(serializers.Serializer):
    name = serializers.CharField()
    email = serializers.CharField()
    website = serializers.CharField()
    address = serializers.CharField()
    country = serializers.CharField()
    phone = serializers.CharField()
    vat_number = serializers.CharField()


class ApplicationOut(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()
    state = serializers.CharField()
    round = serializers.IntegerField()
    revision = serializers.IntegerField()
    organisation = OrganisationRefOut()
    details = DetailsOut()
    contributions = ContributionOut(many=True)
    courses = CourseOut(many=True)
    self_check = SelfCheckOut()
    message = serializers.CharField()
    materials = MaterialOut(many=True)
    logo_url = serializers.URLField(allow_null=True)
    allowed_actions = serializers.ListField(child=serializers.CharField())
    remarks = serializers.CharField()
    rounds = RoundRefOut(many=True)
    links = serializers.DictField(child=serializers.URLField())
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    submitted_at = serializers.DateTimeField(allow_null=True)


class ApplicationPageOut(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = ApplicationOut(many=True)


class EventOut(serializers.Serializer):
    at = serializers.DateTimeField()
    actor = serializers.CharField(allow_null=True)
    action = serializers.CharField()
    from_state = serializers.CharField(allow_null=True)
    to_state = serializers.CharField(allow_null=True)
    remarks = serializers.CharField()


class RoundOut(serializers.Serializer):
    number = serializers.IntegerField()
    submitted_at = serializers.DateTimeField()
    sha256 = serializers.CharField()
    snapshot = serializers.JSONField()


class KeyLabelOut(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]


class QuestionOut(serializers.Serializer):
    key = serializers.CharField()
    text = serializers.CharField()


class SelfCheckFormOut(serializers.Serializer):
    version = serializers.IntegerField(allow_null=True)
    questions = QuestionOut(many=True)


class FileTypeOut(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    extensions = serializers.ListField(child=serializers.CharField())


class LimitsOut(serializers.Serializer):
    max_file_bytes = serializers.IntegerField()
    max_application_bytes = serializers.IntegerField()
    applications_per_year = serializers.IntegerField()
    message_max_length = serializers.IntegerField()


class ApplicationFormOut(serializers.Serializer):
    language = serializers.CharField()
    self_check = SelfCheckFormOut()
    contribution_kinds = KeyLabelOut(many=True)
    material_parts = KeyLabelOut(many=True)
    licences = KeyLabelOut(many=True)
    file_types = FileTypeOut(many=True)
    limits = LimitsOut()
    next_steps = serializers.CharField()


class ConflictOut(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    state = serializers.CharField()
    allowed_actions = serializers.ListField(child=serializers.CharField())


class StaleOut(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    revision = serializers.IntegerField()


class InvalidOut(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    errors = serializers.JSONField(  # type: ignore[assignment]
        required=False, help_text="Messages per field (absent when the body is not JSON)."
    )
