"""An application's material files in API v1: upload, list, delete, download.

Who: the application's viewers (``applications.rules.can_view_application``: owners, managers,
the reviewers it is routed to) list and download; owners upload and delete while it is a
draft or changes were requested (409 otherwise). Anyone else gets 404, as for the application.

Uploads are streamed by ``applications.upload_handlers.LimitedUploadHandler`` (installed
before authentication, because a session-authenticated POST is parsed by the CSRF check),
then checked and stored by ``applications.materials``. Downloads are ``FileResponse``
streams from storage, as attachments under the cleaned original name, never sniffed or run
by a browser (``nosniff``, a sandboxing Content-Security-Policy).
"""

from __future__ import annotations

import logging
from typing import Any

from applications import materials
from applications.documents import material_data
from applications.models import Material
from applications.upload_handlers import LimitedUploadHandler, UploadTooLarge
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import FileResponse, HttpRequest, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from ..negotiation import ApiContentNegotiation
from ..serializers_materials import MaterialUploadSerializer
from . import schema_docs_materials as docs
from .applications import ApplicationsView, domain_call, material_download_url

logger = logging.getLogger("api")

#: What a download answers with, whatever the file: no sniffing, no scripts, no framing.
DOWNLOAD_CSP = "default-src 'none'; sandbox"


def material_json(request: Request, material: Material) -> dict[str, Any]:
    data = material_data(material)
    data["download_url"] = material_download_url(request, material.application_id, material.pk)
    return data


def _call(function: Any, **kwargs: Any) -> Any:
    """A materials domain call; its refusals as the API's errors (413 for the limits)."""
    try:
        return domain_call(function, **kwargs)
    except materials.TooLarge as error:
        raise UploadTooLarge(
            limit=error.limit, scope=error.scope, remaining=error.remaining
        ) from error


class MaterialsBase(ApplicationsView):
    def material(self, request: Request, pk: str, material_pk: str) -> Material:
        application = self.get_object(request, pk)
        found = application.materials.filter(pk=int(material_pk)).first()
        if found is None:
            raise exceptions.NotFound(_("No such material in this application."))
        return found


@docs.materials
class MaterialListView(MaterialsBase):
    """The application's files; POST uploads one (multipart/form-data)."""

    def get_parsers(self) -> list[BaseParser]:
        return [MultiPartParser()]  # uploads only: one file and a few fields

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        if request.method == "POST" and "pk" in kwargs:
            application_id = int(kwargs["pk"])
            try:
                request.upload_handlers = [
                    LimitedUploadHandler(
                        request,
                        max_file_bytes=materials.max_file_bytes(),
                        max_total_bytes=materials.max_total_bytes(),
                        remaining=lambda: materials.remaining_bytes(application_id),
                    )
                ]
            except AttributeError:  # the body was read already (nothing of ours did that)
                logger.warning("Upload handlers could not be installed: the body was read.")
        return super().initialize_request(request, *args, **kwargs)

    def handle_exception(self, exc: Exception) -> Response:
        """Django's own refusals while parsing the body, as 400s (not 500s)."""
        if isinstance(exc, RequestDataTooBig | TooManyFieldsSent | TooManyFilesSent):
            exc = exceptions.ValidationError(
                {"non_field_errors": [_("The form's fields are too large or too many.")]}
            )
        elif isinstance(exc, MultiPartParserError | UnreadablePostError):
            exc = exceptions.ParseError(_("The multipart body could not be read."))
        return super().handle_exception(exc)

    def get(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        rows = application.materials.order_by("uploaded_at", "id")
        return Response([material_json(request, m) for m in rows])

    def post(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        # Refused before a byte of the body is read (for token-authenticated clients).
        _call(
            materials.check_may_change,
            application=application,
            user=request.user,
            action=materials.UPLOAD,
        )
        serializer = MaterialUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields = serializer.validated_data
        material, created = _call(
            materials.add_material,
            application_id=application.pk,
            user=request.user,
            upload=fields["file"],
            part=fields["part"],
            course_key=fields["course"],
            checks=fields["checks"],
        )
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(material_json(request, material), status=code)


@docs.material
class MaterialDetailView(MaterialsBase):
    """DELETE removes one file (owners, while the application may be edited)."""

    def delete(self, request: Request, pk: str, material_pk: str) -> Response:
        material = self.material(request, pk, material_pk)
        try:
            _call(
                materials.remove_material,
                application_id=material.application_id,
                material_id=material.pk,
                user=request.user,
            )
        except Material.DoesNotExist:  # removed meanwhile by another request
            raise exceptions.NotFound(_("No such material in this application.")) from None
        return Response(status=status.HTTP_204_NO_CONTENT)


class AnyAccept(ApiContentNegotiation):
    """A download is the file whatever Accept says; errors are JSON."""

    def select_renderer(
        self, request: Any, renderers: Any, format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        renderers = list(renderers)
        try:
            chosen: tuple[BaseRenderer, str] = super().select_renderer(
                request, renderers, format_suffix
            )
        except exceptions.NotAcceptable:
            return renderers[0], str(renderers[0].media_type)
        return chosen


@docs.material_download
class MaterialDownloadView(MaterialsBase):
    """The file itself, streamed, as an attachment."""

    content_negotiation_class = AnyAccept

    def get(self, request: Request, pk: str, material_pk: str) -> FileResponse:
        material = self.material(request, pk, material_pk)
        try:
            handle = material.file.open("rb")
        except (FileNotFoundError, ValueError):
            logger.error("The file of material %s is missing from storage.", material.pk)
            raise exceptions.NotFound(_("The file of this material is missing.")) from None
        content_type = material.content_type or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        response = FileResponse(
            handle, as_attachment=True, filename=material.filename, content_type=content_type
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = DOWNLOAD_CSP
        response["Cache-Control"] = "private, no-store"
        return response
