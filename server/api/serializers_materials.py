"""Material uploads in API v1: the multipart form's fields (and so its OpenAPI request body).

The file itself is streamed, limited and hashed by ``applications.upload_handlers`` before
this serializer sees it; its type is checked by content in ``applications.materials``.
"""

from __future__ import annotations

import json
from typing import Any

from applications.models import MaterialPart
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .serializers_applications import COURSE_KEY

CHECKS_MAX_BYTES = 64 * 1024


class ChecksField(serializers.CharField):
    """JSON text (at most 64 KB) holding an object: the plugin's QGIS checks of the file."""

    default_error_messages = {
        "too_long": _("At most {limit} bytes of JSON."),
        "not_json": _("Not valid JSON: {reason}."),
        "not_object": _("Must be a JSON object."),
        "not_storable": _("Must not contain NUL characters or unpaired surrogates."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(**kwargs)

    def run_validation(self, data: Any = serializers.empty) -> Any:
        value = super().run_validation(data)
        return None if value == "" else value

    def to_internal_value(self, data: Any) -> Any:
        text: str = super().to_internal_value(data)
        if not text.strip():
            return None
        if len(text.encode("utf-8", "surrogatepass")) > CHECKS_MAX_BYTES:
            self.fail("too_long", limit=CHECKS_MAX_BYTES)
        try:
            value = json.loads(text)
        except RecursionError:
            self.fail("not_json", reason="nested too deeply")
        except ValueError as error:
            self.fail("not_json", reason=str(error)[:100])
        if not isinstance(value, dict):
            self.fail("not_object")
        # PostgreSQL's jsonb refuses \u0000 and text that is not UTF-8.
        dumped = json.dumps(value, ensure_ascii=False)
        if "\x00" in dumped or "\\u0000" in dumped:
            self.fail("not_storable")
        try:
            dumped.encode("utf-8")
        except UnicodeEncodeError:
            self.fail("not_storable")
        return value


@extend_schema_field({"type": "string", "format": "binary"})
class UploadField(serializers.FileField):
    """A file part of the multipart form (the schema says binary, not a URL)."""


class MaterialUploadSerializer(serializers.Serializer):
    file = UploadField(
        allow_empty_file=False,
        help_text="The file (one per request). Its type is checked by content; see "
        "file_types in /application-form/.",
    )
    part = serializers.ChoiceField(choices=MaterialPart.choices)
    course = serializers.RegexField(
        COURSE_KEY,
        required=False,
        allow_blank=True,
        default="",
        help_text="The course's key ([a-z0-9-]{1,32}); required except for the logo.",
    )
    checks = ChecksField(
        required=False,
        allow_blank=True,
        allow_null=True,
        default=None,
        help_text="JSON text (at most 64 KB) of an object: the plugin's QGIS checks of the file.",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["part"] == MaterialPart.LOGO:
            attrs["course"] = ""
        elif not attrs.get("course"):
            raise serializers.ValidationError({"course": [_("Name the course of this file.")]})
        return attrs
