"""The live site's public feeds (ARCHITECTURE.md §4), at its paths and in its shapes.

Ordering follows the live site: project-wide course feeds by organisation name then start
date, per-organisation course feeds by start date, project-wide centres by organisation name,
per-organisation centres by name (ids break ties so output is stable). Project-wide feeds hold
certified organisations' rows only (see :mod:`feeds.documents`); a per-organisation feed of a
private organisation answers 404 except to its owners and the certification managers
(``catalogue.rules``, the rule of the pages and of API v1).
"""

from __future__ import annotations

from typing import Any

from catalogue.models import CertifyingOrganisation, TrainingCenter
from catalogue.rules import visible_organisations
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from .base import FeedError, FeedView
from .documents import (
    certified_centres,
    course_collection,
    organisation_rows,
    parse_countries,
    past_courses,
    training_center_collection,
    upcoming_courses,
)
from .pagination import InvalidPage, make_page, next_link, page_size_from, previous_link


class OrganisationsFeed(FeedView):
    """Approved, non-archived organisations by name, paginated, optional ``country`` filter."""

    title = "Certifying organisations"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        organisations = CertifyingOrganisation.objects.certified().order_by("name", "id")
        codes = parse_countries(request.GET.get("country"))
        if codes:
            organisations = organisations.filter(country__in=codes)
        size = page_size_from(request.GET.get("page_size"))
        try:
            page = make_page(request.GET.get("page"), size, organisations.count())
        except InvalidPage as error:
            raise FeedError(404, str(error)) from None
        rows = organisations[page.offset : page.offset + page.size]
        return {
            "count": page.count,
            "page_size": page.size,
            "next": next_link(request, page),
            "previous": previous_link(request, page),
            "results": list(organisation_rows(rows)),
        }


class UpcomingCourseFeed(FeedView):
    """Courses with ``start_date >= today``; ``country`` filters on the organisation's country."""

    title = "Upcoming courses"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        courses = upcoming_courses(self.today())
        codes = parse_countries(request.GET.get("country"))
        if codes:
            courses = courses.filter(certifying_organisation__country__in=codes)
        return course_collection(
            courses.order_by("certifying_organisation__name", "start_date", "id")
        )


class PastCourseFeed(FeedView):
    """Courses with ``end_date <= today``; no filter (``country`` is ignored, as live)."""

    title = "Past courses"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        return course_collection(
            past_courses(self.today()).order_by("certifying_organisation__name", "start_date", "id")
        )


class TrainingCenterFeed(FeedView):
    """Training centres of certified organisations, with the ``crs`` member; no filter."""

    title = "Training centres"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        return training_center_collection(
            certified_centres().order_by("certifying_organisation__name", "name", "id")
        )


class OrganisationFeedMixin:
    """Per-organisation feeds: an unknown organisation, or a private one the viewer may not
    see, is an HTML 404 page (the live site's answer for an archived or unknown slug)."""

    organisation: CertifyingOrganisation
    request: HttpRequest

    def resolve(self, **kwargs: Any) -> None:
        self.organisation = get_object_or_404(
            visible_organisations(self.request.user), slug=kwargs["slug"]
        )


class OrganisationTrainingCenterFeed(OrganisationFeedMixin, FeedView):
    title = "Training centres of the organisation"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        return training_center_collection(
            TrainingCenter.objects.filter(certifying_organisation=self.organisation).order_by(
                "name", "id"
            )
        )


class OrganisationUpcomingCourseFeed(OrganisationFeedMixin, FeedView):
    title = "Upcoming courses of the organisation"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        courses = upcoming_courses(self.today(), self.organisation)
        return course_collection(courses.order_by("start_date", "id"))


class OrganisationPastCourseFeed(OrganisationFeedMixin, FeedView):
    title = "Past courses of the organisation"

    def build(self, request: HttpRequest) -> dict[str, Any]:
        courses = past_courses(self.today(), self.organisation)
        return course_collection(courses.order_by("start_date", "id"))
