"""Web pages of reviews (the API's endpoints are under /api/v1/)."""

from django.urls import path

from . import views

app_name = "reviews"
urlpatterns = [
    path("join/<str:token>/", views.join, name="join"),
]
