"""URL map: the live site's public feeds under ``/en/``, API v1, accounts and admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("api/v1/", include("api.urls")),
    path("en/", include("feeds.urls")),
]
