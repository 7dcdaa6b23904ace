"""Public verification pages, mounted under ``/en/`` by the project's URL map.

The certificate page keeps its historical name ``catalogue:certificate`` too (the catalogue's
URL map points at the same view)."""

from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("certificate/<str:certificate_id>/", views.certificate_detail, name="certificate"),
    path(
        "organisationcertificate/<str:certificate_id>/",
        views.organisation_certificate_detail,
        name="organisation-certificate",
    ),
]
