"""Web pages at the live site's paths, mounted under ``/en/`` by the project's URL map."""

from certificates.views import certificate_detail
from django.urls import path

from . import views

app_name = "catalogue"
urlpatterns = [
    path(
        "certifyingorganisation/<slug:slug>/",
        views.organisation_detail,
        name="organisation",
    ),
    path(
        "certifyingorganisation/<slug:slug>/course/<slug:course_slug>/",
        views.course_detail,
        name="course",
    ),
    path(
        "certifyingorganisation/<slug:slug>/trainingcenter/<int:pk>/",
        views.training_center_detail,
        name="training-center",
    ),
    # The verification page moved to certificates.views; its name here stays for old links.
    path("certificate/<str:certificate_id>/", certificate_detail, name="certificate"),
]
