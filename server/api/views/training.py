"""Catalogue writes in API v1 (issue 12): centres, course types, conveners, courses, and mine.

The reads stay in ``views.catalogue`` (plain ``values()`` rows, ETags); :class:`CatalogueWrites`
adds create, update, partial update and destroy to those viewsets, each one call of
``catalogue.domain`` (which checks ``manages_organisation``, validates against the database
and records the audit event). A row the viewer may not see is a 404, as for the reads; a row
they see but may not change is the domain's 403.
"""

from __future__ import annotations

from typing import Any

from catalogue import domain as catalogue_domain
from catalogue.domain import FORBIDDEN
from catalogue.models import CertifyingOrganisation, CourseConvener
from catalogue.rules import certified_q, is_manager, manages_organisation, visible_organisations
from django.db.models import Q, QuerySet
from payments.ledger import limit_of
from rest_framework import exceptions, status, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from certification_server.params import ParamError, clean_text

from .. import serializers_training as t
from ..exceptions import InvalidQuery
from ..negotiation import ApiContentNegotiation
from ..renderers import FastJSONRenderer
from ..representations import LinkContext
from . import schema_docs_training as docs
from .applications import SafeJSONParser, SafeMultiPartParser, domain_call, validated

WRITE_ACTIONS = ("create", "update", "partial_update", "destroy")


class FormParser(SafeMultiPartParser):
    """Multipart for the rows that carry an image (signature, template)."""


class CatalogueWrites:
    """Writes for a ``CatalogueViewSet``: one domain call each, the read shape in answer."""

    in_serializer: type[t.CatalogueWrite]
    kind: str  # catalogue.domain's name: training_centre, course_type, convener, course
    object_kwarg: str
    form_serializer: type[t.CatalogueWrite] | None = None
    """Read from multipart when set (the same fields plus an image)."""

    def get_permissions(self) -> list[Any]:
        if getattr(self, "action", None) in WRITE_ACTIONS:
            return [IsAuthenticated()]
        return super().get_permissions()  # type: ignore[misc]

    def get_renderers(self) -> list[Any]:
        if getattr(self, "action", None) in WRITE_ACTIONS:
            return [FastJSONRenderer()]  # the item as JSON (no GeoJSON for a write)
        return super().get_renderers()  # type: ignore[misc]

    def get_parsers(self) -> list[Any]:
        parsers: list[Any] = [SafeJSONParser()]
        if self.form_serializer is not None:
            parsers.append(FormParser())
        return parsers

    def _input(self, request: Request, *, update: bool, partial: bool) -> dict[str, Any]:
        form = request.content_type.startswith("multipart/")
        kind = self.form_serializer if form and self.form_serializer else self.in_serializer
        serializer = kind(
            data=request.data, partial=partial, context={"update": update, "form": form}
        )
        data = dict(validated(serializer))
        return data

    def _organisation(self, request: Request, slug: str) -> CertifyingOrganisation:
        found = visible_organisations(request.user).filter(slug=slug).first()
        if found is None:
            raise exceptions.ValidationError({"organisation": ["No such organisation."]})
        return found

    def _instance(self, request: Request, key: str) -> Any:
        """The row to change: 404 when the viewer does not see it, 403 (before the body is
        read) when they see it but do not manage its organisation."""
        rows = self.visible_rows(request).select_related("certifying_organisation")  # type: ignore[attr-defined]
        lookup = {self.lookup_field: key}  # type: ignore[attr-defined]
        found = rows.filter(**lookup).first()
        if found is None:
            raise exceptions.NotFound()
        if not manages_organisation(request.user, found.certifying_organisation):
            raise exceptions.PermissionDenied(FORBIDDEN)
        return found

    def _answer(self, request: Request, pk: int, code: int = status.HTTP_200_OK) -> Response:
        row = self.base_queryset(Q()).filter(pk=pk).values(*self.fields).first()  # type: ignore[attr-defined]
        item = self.build(row, LinkContext.for_request(request))  # type: ignore[attr-defined]
        response = Response(item, status=code)
        response["Cache-Control"] = "no-store"
        if code == status.HTTP_201_CREATED:
            response["Location"] = item["links"]["self"]
        return response

    def create(self, request: Request) -> Response:
        data = self._input(request, update=False, partial=False)
        organisation = self._organisation(request, data.pop("organisation"))
        created = domain_call(
            getattr(catalogue_domain, f"create_{self.kind}"),
            actor=request.user,
            organisation=organisation,
            data=data,
        )
        return self._answer(request, created.pk, status.HTTP_201_CREATED)

    def _change(self, request: Request, key: str, partial: bool) -> Response:
        instance = self._instance(request, key)
        data = self._input(request, update=True, partial=partial)
        domain_call(
            getattr(catalogue_domain, f"update_{self.kind}"),
            actor=request.user,
            data=data,
            **{self.object_kwarg: instance},
        )
        return self._answer(request, instance.pk)

    def update(self, request: Request, **kwargs: Any) -> Response:
        return self._change(request, kwargs[self.lookup_field], partial=False)  # type: ignore[attr-defined]

    def partial_update(self, request: Request, **kwargs: Any) -> Response:
        return self._change(request, kwargs[self.lookup_field], partial=True)  # type: ignore[attr-defined]

    def destroy(self, request: Request, **kwargs: Any) -> Response:
        instance = self._instance(request, kwargs[self.lookup_field])  # type: ignore[attr-defined]
        domain_call(
            getattr(catalogue_domain, f"delete_{self.kind}"),
            actor=request.user,
            **{self.object_kwarg: instance},
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- who manages what ------------------------------------------------------------------------


def managed_organisations(user: Any) -> QuerySet[CertifyingOrganisation]:
    """The organisations ``user`` manages (``catalogue.rules.manages_organisation``, as one
    query): every one for a manager, else the certified ones they own or convene for."""
    if is_manager(user):
        return CertifyingOrganisation.objects.all()
    return CertifyingOrganisation.objects.filter(
        certified_q(), Q(owners=user) | Q(course_conveners__user=user)
    ).distinct()


def manager_counts(request: Request, course_id: int, organisation_slug: str) -> dict[str, int]:
    """``attendee_count`` and ``certificate_count`` (valid ones) of a course, for whoever
    manages its organisation; empty for everybody else."""
    from certificates.models import Certificate, CourseAttendee

    user = request.user
    if not getattr(user, "is_authenticated", False):
        return {}
    organisation = CertifyingOrganisation.objects.filter(slug=organisation_slug).first()
    if organisation is None or not manages_organisation(user, organisation):
        return {}
    return {
        "attendee_count": CourseAttendee.objects.filter(course_id=course_id).count(),
        "certificate_count": Certificate.objects.filter(
            course_id=course_id, status=Certificate.Status.VALID
        ).count(),
    }


# --- conveners -------------------------------------------------------------------------------


def convener_json(convener: CourseConvener, ctx: LinkContext) -> dict[str, Any]:
    user = convener.user
    org = convener.certifying_organisation.slug
    return {
        "id": convener.pk,
        "organisation": org,
        "name": convener.full_name,
        "username": user.get_username(),
        "title": convener.title,
        "degree": convener.degree,
        "has_signature": bool(convener.signature),
        "links": {
            "self": f"{ctx.api}conveners/{convener.pk}/",
            "organisation": f"{ctx.api}organisations/{org}/",
        },
    }


@docs.conveners
class ConvenerViewSet(viewsets.ViewSet):
    """Conveners of the organisations you manage; POST/PATCH accept multipart (signature)."""

    permission_classes = (IsAuthenticated,)
    content_negotiation_class = ApiContentNegotiation
    lookup_value_regex = r"[0-9]{1,18}"

    def get_renderers(self) -> list[Any]:
        return [FastJSONRenderer()]

    def get_parsers(self) -> list[Any]:
        return [SafeJSONParser(), FormParser()]

    def rows(self, request: Request) -> QuerySet[CourseConvener]:
        return (
            CourseConvener.objects.filter(
                certifying_organisation__in=managed_organisations(request.user)
            )
            .select_related("user", "certifying_organisation")
            .order_by("certifying_organisation__name", "user__last_name", "user__first_name", "id")
        )

    def _instance(self, request: Request, pk: str) -> CourseConvener:
        found = self.rows(request).filter(pk=int(pk)).first()
        if found is None:
            raise exceptions.NotFound()
        return found

    def _answer(self, request: Request, pk: int, code: int = status.HTTP_200_OK) -> Response:
        convener = self.rows(request).filter(pk=pk).first()
        if convener is None:  # no longer yours to see (a manager moved it): the row as given
            convener = CourseConvener.objects.select_related("user", "certifying_organisation").get(
                pk=pk
            )
        body = convener_json(convener, LinkContext.for_request(request))
        response = Response(body, status=code)
        response["Cache-Control"] = "no-store"
        if code == status.HTTP_201_CREATED:
            response["Location"] = body["links"]["self"]
        return response

    def _input(self, request: Request, *, update: bool, partial: bool) -> dict[str, Any]:
        form = request.content_type.startswith("multipart/")
        kind = t.ConvenerForm if form else t.ConvenerWrite
        serializer = kind(
            data=request.data, partial=partial, context={"update": update, "form": form}
        )
        return dict(validated(serializer))

    def list(self, request: Request) -> Response:
        rows = self.rows(request)
        try:
            slug = clean_text(request.query_params.get("organisation", ""), max_length=200)
        except ParamError as error:
            raise InvalidQuery({"organisation": [str(error)]}) from error
        if slug:
            rows = rows.filter(certifying_organisation__slug=slug)
        ctx = LinkContext.for_request(request)
        return Response({"results": [convener_json(c, ctx) for c in rows]})

    def retrieve(self, request: Request, pk: str) -> Response:
        return self._answer(request, self._instance(request, pk).pk)

    def create(self, request: Request) -> Response:
        data = self._input(request, update=False, partial=False)
        slug = data.pop("organisation")
        organisation = visible_organisations(request.user).filter(slug=slug).first()
        if organisation is None:
            raise exceptions.ValidationError({"organisation": ["No such organisation."]})
        created = domain_call(
            catalogue_domain.create_convener,
            actor=request.user,
            organisation=organisation,
            data=data,
        )
        return self._answer(request, created.pk, status.HTTP_201_CREATED)

    def partial_update(self, request: Request, pk: str) -> Response:
        convener = self._instance(request, pk)
        data = self._input(request, update=True, partial=True)
        domain_call(
            catalogue_domain.update_convener, actor=request.user, convener=convener, data=data
        )
        return self._answer(request, convener.pk)

    def destroy(self, request: Request, pk: str) -> Response:
        convener = self._instance(request, pk)
        domain_call(catalogue_domain.delete_convener, actor=request.user, convener=convener)
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- my organisations ------------------------------------------------------------------------


def credits_json(balance: int, credit_limit: int = 0) -> dict[str, Any]:
    from payments import pricing

    row = pricing.current()
    return {
        "balance": balance,
        "credit_limit": credit_limit,
        "price_per_credit_cents": row.price_per_credit_cents,
        "currency": row.currency,
        "credits_per_certificate": row.credits_per_certificate,
    }


@docs.my_organisations
class MyOrganisationsView(APIView):
    """The organisations you own or convene for (managers: every certified one too), with
    your roles there and the credit balance."""

    permission_classes = (IsAuthenticated,)
    content_negotiation_class = ApiContentNegotiation

    def get(self, request: Request) -> Response:
        user: Any = request.user  # signed in (IsAuthenticated)
        manager = is_manager(user)
        mine = Q(owners=user) | Q(course_conveners__user=user)
        rows = CertifyingOrganisation.objects.filter(mine | certified_q() if manager else mine)
        rows = rows.distinct().order_by("name", "id")
        owned = set(user.owned_organisations.values_list("pk", flat=True))
        convened = set(
            CourseConvener.objects.filter(user=user).values_list(
                "certifying_organisation_id", flat=True
            )
        )
        ctx = LinkContext.for_request(request)
        results = []
        for organisation in rows:
            roles = [
                role
                for role, holds in (
                    ("owner", organisation.pk in owned),
                    ("convener", organisation.pk in convened),
                    ("manager", manager),
                )
                if holds
            ]
            results.append(_my_organisation(organisation, roles, ctx))
        response = Response({"results": results})
        response["Cache-Control"] = "no-store"
        return response


def _my_organisation(
    organisation: CertifyingOrganisation, roles: list[str], ctx: LinkContext
) -> dict[str, Any]:
    slug = organisation.slug
    return {
        "slug": slug,
        "name": organisation.name,
        "country": str(organisation.country or ""),
        "status": organisation.status,
        "certified": organisation.is_certified,
        "roles": roles,
        "credits": credits_json(organisation.credit_balance, limit_of(organisation)),
        "links": {
            "self": f"{ctx.api}organisations/{slug}/",
            "courses": f"{ctx.api}courses/?organisation={slug}",
            "training_centres": f"{ctx.api}training-centres/?organisation={slug}",
            "course_types": f"{ctx.api}course-types/?organisation={slug}",
            "conveners": f"{ctx.api}conveners/?organisation={slug}",
            "certificate": f"{ctx.api}organisations/{slug}/certificate/",
        },
    }
