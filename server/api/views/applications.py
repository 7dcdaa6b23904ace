"""Applications for certification in API v1: the form, drafts, submit, withdraw, history.

Every change goes through ``applications.domain``; who may see what through
``applications.rules`` (an application the viewer may not see is a 404, as if it did not
exist). List and detail requests cost a fixed number of queries, whatever an application
holds: the relations are prefetched (``applications.documents.with_relations``) and the
viewer's roles are read once per request.
"""

from __future__ import annotations

import re
from typing import Any

from applications import domain, rules, texts
from applications.documents import document, logo_of, with_relations
from applications.file_types import file_type_choices
from applications.models import Application, Remark, Round, SelfCheckVersion
from audit.models import Event
from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from rest_framework import exceptions, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ..exceptions import InvalidQuery
from ..negotiation import ApiContentNegotiation
from ..pagination import make_page, parse_page, parse_page_size
from ..serializers_applications import (
    ApplicationCreateSerializer,
    ApplicationInSerializer,
    WithdrawSerializer,
)
from . import schema_docs_applications as docs

OBJECT_TYPE = Application._meta.label_lower
IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"

    def __init__(self, error: domain.NotAllowed) -> None:
        super().__init__(str(error), "conflict")
        self.extra = {"state": error.state, "allowed_actions": error.allowed_actions}


class StaleRevision(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "stale"

    def __init__(self, error: domain.Stale) -> None:
        super().__init__(str(error), "stale")
        self.extra = {"revision": error.revision}


class SafeJSONParser(JSONParser):
    """DRF's JSON parser, with a too deeply nested document a 400 (not a RecursionError)."""

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise exceptions.ParseError("JSON nested too deeply.") from error


class SafeMultiPartParser(MultiPartParser):
    """DRF's multipart parser, with a body that is not a form (bytes but not one named part:
    a JSON array sent as multipart, say) a 400 instead of an empty form, which a PATCH would
    take for "change nothing"."""

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        parsed = super().parse(stream, media_type, parser_context)
        if not parsed.data and not parsed.files:
            request = (parser_context or {}).get("request")
            meta = getattr(request, "META", {}) if request is not None else {}
            try:
                length = int(meta.get("CONTENT_LENGTH") or 0)
            except (TypeError, ValueError):
                length = 0
            boundary = ""
            for part in str(media_type or meta.get("CONTENT_TYPE", "")).split(";"):
                name, _, value = part.strip().partition("=")
                if name.lower() == "boundary":
                    boundary = value.strip('"')
            if length > len(f"--{boundary}--\r\n"):  # more than the closing boundary
                raise exceptions.ParseError("A multipart body without any form field.")
        return parsed


def as_lists(errors: Any) -> Any:
    """DRF reports a list field's errors as ``{index: errors}``; the contract shows them as a
    list with ``{}`` for the valid items: ``{"contributions": [{}, {"links": [...]}]}``."""
    if isinstance(errors, dict):
        if errors and all(isinstance(key, int) for key in errors):
            return [as_lists(errors.get(i, {})) for i in range(max(errors) + 1)]
        return {key: as_lists(value) for key, value in errors.items()}
    if isinstance(errors, list):
        return [as_lists(item) for item in errors]
    return errors


def validated(serializer: Any) -> Any:
    if not serializer.is_valid():
        raise exceptions.ValidationError(as_lists(serializer.errors))
    return serializer.validated_data


def idempotency_key(request: Request) -> str | None:
    """The request's Idempotency-Key header, if any (a 400 when it is not 1 to 200 printable
    ASCII characters)."""
    key = request.headers.get("Idempotency-Key")
    if key is not None and not IDEMPOTENCY_KEY.match(key):
        raise exceptions.ValidationError(
            {"Idempotency-Key": ["1 to 200 printable ASCII characters."]}
        )
    return key


class Refusal(exceptions.APIException):
    """A refusal with its own code (409): ``in_use``, ``not_started``, ``not_enough_credits``
    (with ``credits_needed``/``credits_available``)..."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"

    def __init__(self, detail: str, code: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(detail, code)
        self.extra = extra or {}


def refusal(error: Exception) -> Refusal | None:
    """The 409 of a refusal that names its own code (issue 12's ``NotEnoughCredits``,
    ``Refused``, ``InUse``), or None for the others."""
    code = getattr(error, "code", None)
    if not isinstance(code, str) or not isinstance(error, domain.DomainError):
        return None
    detail = str(getattr(error, "detail", None) or error)
    if hasattr(error, "needed") and hasattr(error, "available"):
        extra = {"credits_needed": error.needed, "credits_available": error.available}
        return Refusal(detail, code, extra)
    return Refusal(detail, code)


def domain_call(function: Any, **kwargs: Any) -> Any:
    """Calls a domain function; its refusals become the API's errors."""
    try:
        return function(**kwargs)
    except domain.DomainError as error:
        mapped = refusal(error) or _api_error(error)
        if mapped is error:
            raise
        raise mapped from error


def _api_error(error: domain.DomainError) -> Exception:
    if isinstance(error, domain.Invalid):
        return exceptions.ValidationError(error.errors)
    if isinstance(error, domain.NotAllowed):
        return Conflict(error)
    if isinstance(error, domain.Forbidden):
        return exceptions.PermissionDenied(str(error))
    if isinstance(error, domain.Stale):
        return StaleRevision(error)
    return error


class Viewer:
    """What the request's user is, read once: manager, and which organisations they own."""

    def __init__(self, user: Any) -> None:
        self.user = user
        self.manager = rules.is_manager(user)
        owned = getattr(user, "owned_organisations", None)
        self.owned = set(owned.values_list("pk", flat=True)) if owned is not None else set()

    def roles(self, application: Application) -> set[str]:
        roles = set()
        if application.organisation_id in self.owned:
            roles.add(domain.OWNER)
        if self.manager:
            roles.add(domain.MANAGER)
        return roles

    def allowed_actions(self, application: Application) -> list[str]:
        return domain.actions_for_roles(application.state, self.roles(application))


def application_url(request: Request, pk: int) -> str:
    return request.build_absolute_uri(reverse("api:application-detail", args=[pk]))


def material_download_url(request: Request, application_pk: int, material_pk: int) -> str:
    base = reverse("api:application-detail", args=[application_pk])
    return request.build_absolute_uri(f"{base}materials/{material_pk}/download/")


def application_json(request: Request, application: Application, viewer: Viewer) -> dict:
    """The contract's application JSON: the document plus URLs and what the viewer may do."""
    data = document(application)
    pk = application.pk
    url = application_url(request, pk)
    for material in data["materials"]:
        material["download_url"] = material_download_url(request, pk, material["id"])
    logo = logo_of(application)
    data["url"] = url
    data["logo_url"] = material_download_url(request, pk, logo.pk) if logo is not None else None
    data["allowed_actions"] = viewer.allowed_actions(application)
    data["rounds"] = [
        {
            "number": r.number,
            "submitted_at": r.submitted_at.isoformat(),
            "sha256": r.sha256,
            "url": f"{url}rounds/{r.number}/",
        }
        for r in application.rounds.all()
    ]
    data["links"] = {
        "submit": f"{url}submit/",
        "withdraw": f"{url}withdraw/",
        "events": f"{url}events/",
        "materials": f"{url}materials/",
    }
    return data


def _with_etag(response: Response, application: Application) -> Response:
    response["ETag"] = f'"{application.revision}"'
    response["Cache-Control"] = "no-store"
    return response


def parse_if_match(request: Request) -> int | None:
    """The revision an If-Match names (``"7"``, ``W/"7"`` or ``7``); None without one or
    with ``*``; a value that names no revision can never match (-1: 412)."""
    raw = request.headers.get("If-Match")
    if raw is None or raw.strip() in ("", "*"):
        return None
    tag = raw.split(",")[0].strip().removeprefix("W/").strip('"')
    return int(tag) if tag.isdigit() and len(tag) < 12 else -1


def _page_param(request: Request, name: str, parse: Any) -> int | None:
    """A page parameter; empty means absent (as everywhere in API v1)."""
    raw = request.query_params.get(name, "")
    if raw == "":
        return None
    try:
        return int(parse(raw))
    except ValueError as error:
        raise InvalidQuery({name: [str(error)]}) from error


def request_language(request: Request) -> str:
    return texts.negotiate(request.headers.get("Accept-Language"))


class ApplicationsView(APIView):
    content_negotiation_class = ApiContentNegotiation
    permission_classes = (IsAuthenticated,)
    parser_classes: tuple[type, ...] = (SafeJSONParser,)

    def visible(self, request: Request) -> QuerySet[Application]:
        return rules.visible_applications(request.user)

    def get_object(self, request: Request, pk: str) -> Application:
        application = (
            with_relations(self.visible(request).filter(pk=int(pk))).first()
            if len(pk) < 19
            else None
        )
        if application is None or not rules.can_view_application(request.user, application):
            raise exceptions.NotFound()
        return application

    def respond(self, request: Request, pk: int, code: int = status.HTTP_200_OK) -> Response:
        application = with_relations(Application.objects.filter(pk=pk)).get()
        body = application_json(request, application, Viewer(request.user))
        return _with_etag(Response(body, status=code), application)

    def created(self, request: Request, pk: int) -> Response:
        """201 with the new application and its ``Location``."""
        response = self.respond(request, pk, status.HTTP_201_CREATED)
        response["Location"] = application_url(request, pk)
        return response


@docs.application_list
class ApplicationListView(ApplicationsView):
    """Applications of the organisations you own (all of them for a manager); POST a draft."""

    def get(self, request: Request) -> Response:
        number = _page_param(request, "page", parse_page)
        size = _page_param(request, "page_size", parse_page_size)
        queryset = self.visible(request).order_by("-created_at", "-id")
        page = make_page(queryset.count(), number, size)
        window = with_relations(queryset)[page.offset : page.offset + page.size]
        viewer = Viewer(request.user)
        following, preceding = page.links(request)
        return Response(
            {
                "count": page.count,
                "next": following,
                "previous": preceding,
                "results": [application_json(request, a, viewer) for a in window],
            }
        )

    def post(self, request: Request) -> Response:
        data = validated(ApplicationCreateSerializer(data=request.data))
        application = domain_call(
            domain.create_application,
            user=request.user,
            data=data,
            language=request_language(request),
        )
        return self.created(request, application.pk)


@docs.application_detail
class ApplicationDetailView(ApplicationsView):
    """One application; PATCH edits a draft (partial; lists replace whole lists)."""

    def get(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        body = application_json(request, application, Viewer(request.user))
        return _with_etag(Response(body), application)

    def patch(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        # Not ``partial``: every key is optional anyway, and a list's items (which replace
        # the whole list) must be complete.
        changes = validated(ApplicationInSerializer(data=request.data))
        domain_call(
            domain.update_draft,
            application_id=application.pk,
            user=request.user,
            changes=changes,
            if_match=parse_if_match(request),
        )
        return self.respond(request, application.pk)


@docs.application_submit
class ApplicationSubmitView(ApplicationsView):
    """Submits the draft (or the changes asked for): the round is frozen."""

    # No multipart: a file sent here would be spooled to disk without the materials' limits.
    parser_classes = (SafeJSONParser, FormParser)

    def post(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        key = idempotency_key(request)
        domain_call(
            domain.submit,
            application_id=application.pk,
            user=request.user,
            idempotency_key=key,
            language=request_language(request) if "Accept-Language" in request.headers else None,
        )
        return self.respond(request, application.pk)


@docs.application_withdraw
class ApplicationWithdrawView(ApplicationsView):
    """Withdraws the application (any time before a decision)."""

    # No multipart: a file sent here would be spooled to disk without the materials' limits.
    parser_classes = (SafeJSONParser, FormParser)

    def post(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        data = validated(WithdrawSerializer(data=request.data))
        domain_call(
            domain.withdraw,
            application_id=application.pk,
            user=request.user,
            reason=data["reason"],
        )
        return self.respond(request, application.pk)


@docs.application_reapply
class ApplicationReapplyView(ApplicationsView):
    """Applies again after a withdrawal or a rejection: a new draft from this one's content."""

    parser_classes = (SafeJSONParser, FormParser)

    def post(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        draft = domain_call(
            domain.reapply,
            application_id=application.pk,
            user=request.user,
            language=request_language(request),
        )
        return self.created(request, draft.pk)


@docs.application_events
class ApplicationEventsView(ApplicationsView):
    """The application's history: its audit events, oldest first."""

    def get(self, request: Request, pk: str) -> Response:
        application = self.get_object(request, pk)
        events = list(
            Event.objects.filter(object_type=OBJECT_TYPE, object_id=str(application.pk))
            .order_by("sequence")
            .values("sequence", "created_at", "actor_username", "action", "before", "after")
        )
        remarks = dict(
            Remark.objects.filter(application=application).values_list("event_sequence", "text")
        )
        return Response([_event(row, remarks) for row in events])


def _event(row: dict[str, Any], remarks: dict[int, str]) -> dict[str, Any]:
    before, after = row["before"] or {}, row["after"] or {}
    return {
        "at": row["created_at"].isoformat(),
        "actor": row["actor_username"] or None,
        "action": row["action"].removeprefix("application."),
        "from_state": before.get("state") if isinstance(before, dict) else None,
        "to_state": after.get("state") if isinstance(after, dict) else None,
        "remarks": remarks.get(row["sequence"], ""),
    }


@docs.application_round
class ApplicationRoundView(ApplicationsView):
    """A submitted round, frozen: the snapshot and its SHA-256 (of the canonical JSON)."""

    def get(self, request: Request, pk: str, number: str) -> Response:
        application = self.get_object(request, pk)
        found = (
            Round.objects.filter(application=application, number=int(number)).first()
            if len(number) < 10
            else None
        )
        if found is None:
            raise exceptions.NotFound()
        return Response(
            {
                "number": found.number,
                "submitted_at": found.submitted_at.isoformat(),
                "sha256": found.sha256,
                "snapshot": found.snapshot,
            }
        )


@docs.application_form
class ApplicationFormView(APIView):
    """What the application form asks, in the request's language (Accept-Language)."""

    permission_classes = (AllowAny,)
    content_negotiation_class = ApiContentNegotiation

    def get(self, request: Request) -> Response:
        language = request_language(request)
        response = Response(application_form(language))
        response["Content-Language"] = language
        patch_vary_headers(response, ("Accept-Language",))
        return response


def application_form(language: str) -> dict[str, Any]:
    version = SelfCheckVersion.current()
    questions = list(version.questions.order_by("position", "id")) if version else []

    def labelled(table: dict[str, dict[str, str]]) -> list[dict[str, str]]:
        return [
            {"key": key, "label": texts.pick(labels, language)} for key, labels in table.items()
        ]

    return {
        "language": language,
        "self_check": {
            "version": version.number if version else None,
            "questions": [{"key": q.key, "text": q.text(language)} for q in questions],
        },
        "contribution_kinds": labelled(texts.CONTRIBUTION_KINDS),
        "material_parts": labelled(texts.MATERIAL_PARTS),
        "licences": labelled(texts.LICENCES),
        "file_types": [
            {"key": t["key"], "label": str(t["label"]), "extensions": list(t["extensions"])}
            for t in file_type_choices()
        ],
        "limits": {
            "max_file_bytes": settings.APPLICATION_MAX_FILE_BYTES,
            "max_application_bytes": settings.APPLICATION_MAX_TOTAL_BYTES,
            "applications_per_year": settings.APPLICATIONS_PER_YEAR,
            "message_max_length": settings.APPLICATION_MESSAGE_MAX_LENGTH,
        },
        "next_steps": texts.pick(texts.NEXT_STEPS, language),
    }
