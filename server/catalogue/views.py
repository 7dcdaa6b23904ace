"""Public web pages at the live site's paths, so the plugin's layer actions can open them.

Pages of private organisations (not certified: draft, submitted, under review, changes
requested, rejected, or archived), and of their centres and courses, answer 404 to the public,
as if they did not exist; their owners and the certification managers see them, with a note,
and those answers are marked ``Cache-Control: private``. The rule is ``catalogue.rules``: the
feeds and API v1 use the same one, so no public feed links to a page that is not there.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from reviews.publication import published_contributions

from .languages import language_local_name, language_name
from .models import CertifyingOrganisation, Course, TrainingCenter
from .rules import visible_organisations


def is_web_link(url: str) -> bool:
    """Only http(s) URLs become links; anything else (``javascript:``…) is shown as text."""
    return urlsplit(url).scheme.lower() in {"http", "https"}


def visible_organisation(request: HttpRequest, slug: str) -> CertifyingOrganisation:
    """The organisation named by ``slug`` if the viewer may see it, else ``Http404``."""
    return get_object_or_404(visible_organisations(request.user), slug=slug)


def page(
    request: HttpRequest, organisation: CertifyingOrganisation, template: str, context: dict
) -> HttpResponse:
    """Render a page of ``organisation``; a private one's page stays out of shared caches."""
    response = render(request, template, {"organisation": organisation, **context})
    if not organisation.is_certified:
        patch_cache_control(response, private=True)
    return response


def upcoming(courses: QuerySet[Course]) -> QuerySet[Course]:
    """Courses starting today or later, with what the course table shows, in one query."""
    return (
        courses.filter(start_date__gte=timezone.localdate())
        .select_related("training_center", "certifying_organisation")
        .order_by("start_date", "id")
    )


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    organisations = CertifyingOrganisation.objects.certified().only("name", "slug", "country")
    return render(request, "home.html", {"organisations": organisations})


@require_safe
def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = visible_organisation(request, slug)
    return page(
        request,
        organisation,
        "pages/organisation.html",
        {
            "website_is_link": is_web_link(organisation.url),
            "training_centers": organisation.training_centers.order_by("name"),
            "upcoming_courses": upcoming(organisation.courses.all()),
            "contributions": published_contributions(organisation.pk),
        },
    )


@require_safe
def course_detail(request: HttpRequest, slug: str, course_slug: str) -> HttpResponse:
    organisation = visible_organisation(request, slug)
    course = get_object_or_404(
        Course.objects.select_related(
            "course_type", "course_convener__user", "training_center", "certificate_type"
        ),
        certifying_organisation=organisation,
        slug=course_slug,
    )
    return page(
        request,
        organisation,
        "pages/course.html",
        {
            "course": course,
            "language_name": language_name(course.language),
            "language_local_name": language_local_name(course.language),
        },
    )


@require_safe
def training_center_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = visible_organisation(request, slug)
    centre = get_object_or_404(TrainingCenter, certifying_organisation=organisation, pk=pk)
    return page(
        request,
        organisation,
        "pages/training_center.html",
        {
            "centre": centre,
            "website_is_link": is_web_link(centre.url),
            "upcoming_courses": upcoming(centre.courses.all()),
        },
    )
