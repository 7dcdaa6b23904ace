"""OpenAPI descriptions of an application's material endpoints (upload, list, delete, download)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers

from .. import serializers as s
from .. import serializers_applications as a
from ..serializers_materials import MaterialUploadSerializer
from .schema_docs import ERRORS, FORMAT_JSON
from .schema_docs_applications import (
    CONFLICT,
    FORBIDDEN,
    ID,
    INVALID,
    NOT_FOUND,
    _view,
    idempotency_key,
)

MATERIAL_ID = OpenApiParameter(
    "material_pk",
    {"type": "integer", "minimum": 1, "maximum": 10**18 - 1},
    OpenApiParameter.PATH,
    description="The material's id.",
)
IDEMPOTENCY_KEY = idempotency_key(
    "Accepted for symmetry with submit: a retried upload of the same content answers 200 with "
    "the material stored the first time, whatever the key."
)


class TooLargeOut(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    limit = serializers.IntegerField(help_text="The limit in bytes.")
    scope = serializers.ChoiceField(choices=["file", "application"])
    remaining = serializers.IntegerField(
        required=False, help_text="Bytes left of the application's quota (scope application)."
    )


TOO_LARGE = OpenApiResponse(
    TooLargeOut,
    description="Past APPLICATION_MAX_FILE_BYTES (scope file) or the application's "
    "APPLICATION_MAX_TOTAL_BYTES (scope application); the body is not read further.",
)
CHANGE = {**ERRORS, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND, 409: CONFLICT}

materials = _view(
    get=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={200: a.MaterialOut(many=True), **ERRORS, 404: NOT_FOUND},
        operation_id="applications_materials_list",
    ),
    post=extend_schema(
        parameters=[ID, IDEMPOTENCY_KEY, FORMAT_JSON],
        request={"multipart/form-data": MaterialUploadSerializer},
        responses={
            201: a.MaterialOut,
            200: OpenApiResponse(
                a.MaterialOut, description="The same content was there already: that material."
            ),
            **CHANGE,
            413: TOO_LARGE,
        },
        operation_id="applications_materials_create",
        description="Uploads one file (owners; draft or changes_requested). The type is "
        "checked by content (see file_types in /application-form/); zip archives are checked "
        "against bombs and path traversal; the logo must be an image and replaces the previous "
        "one. Identical content for the same course and part answers 200 with the existing "
        "material.",
    ),
)

material = _view(
    delete=extend_schema(
        parameters=[ID, MATERIAL_ID, FORMAT_JSON],
        responses={204: None, **CHANGE},
        operation_id="applications_materials_destroy",
    ),
)

material_download = _view(
    get=extend_schema(
        parameters=[ID, MATERIAL_ID, FORMAT_JSON],  # the errors' format; the file is the file
        responses={
            (200, "*/*"): OpenApiResponse(
                OpenApiTypes.BINARY,
                description="The file, as an attachment under its original (cleaned) name.",
            ),
            **ERRORS,
            404: OpenApiResponse(s.ErrorSerializer, description="No such material, or not yours."),
        },
        operation_id="applications_materials_download",
    ),
)
