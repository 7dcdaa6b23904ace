"""The hosted sandbox page, mounted at ``/payments/``."""

from django.urls import path

from . import views

app_name = "payments"
urlpatterns = [
    path("sandbox/<str:token>/", views.sandbox_page, name="sandbox"),
]
