"""URL map: the live site's public feeds and pages under ``/en/``, API v1, accounts and admin."""

from catalogue.views import home
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from .health import healthz

urlpatterns = [
    path("", home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    # django-allauth: sign-up, e-mail verification, password reset (login/ and logout/ are
    # the same views as accounts:login and accounts:logout, which match first).
    path("accounts/", include("allauth.urls")),
    path("api/v1/", include("api.urls")),
    # Reviews: the invitation link of an e-mail (/reviews/join/<token>/).
    path("reviews/", include("reviews.urls")),
    # The hosted sandbox card page (TEST payments, no money moves).
    path("payments/", include("payments.urls")),
    path("en/", include("feeds.urls")),
    path("en/", include("catalogue.urls")),
    path("en/", include("certificates.urls")),
    # The live site answers its public paths without the language prefix with a 302 to /en/.
    re_path(
        r"^(?P<rest>(?:feed|certifyingorganisation|certificate|organisationcertificate)/.*)$",
        RedirectView.as_view(url="/en/%(rest)s", query_string=True, permanent=False),
    ),
]
