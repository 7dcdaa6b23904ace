"""Feed paths of the live site, mounted under ``/en/`` by the project's URL map."""

from django.urls import path

from . import views

app_name = "feeds"
urlpatterns = [
    path(
        "feed/certifyingorganisations/",
        views.OrganisationsFeed.as_view(),
        name="organisations",
    ),
    path("feed/upcoming-course/", views.UpcomingCourseFeed.as_view(), name="upcoming-course"),
    path("feed/past-course/", views.PastCourseFeed.as_view(), name="past-course"),
    path("feed/training-center/", views.TrainingCenterFeed.as_view(), name="training-center"),
    path(
        "certifyingorganisation/<slug:slug>/feed/training-center/",
        views.OrganisationTrainingCenterFeed.as_view(),
        name="organisation-training-center",
    ),
    path(
        "certifyingorganisation/<slug:slug>/feed/upcoming-course/",
        views.OrganisationUpcomingCourseFeed.as_view(),
        name="organisation-upcoming-course",
    ),
    path(
        "certifyingorganisation/<slug:slug>/feed/past-course/",
        views.OrganisationPastCourseFeed.as_view(),
        name="organisation-past-course",
    ),
]
