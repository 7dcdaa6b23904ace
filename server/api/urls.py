"""API v1 routes, mounted at /api/v1/."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from .views.auth import DeviceAuthorizationView, DeviceTokenView, TokenRevokeView
from .views.catalogue import (
    CourseTypeViewSet,
    CourseViewSet,
    OrganisationViewSet,
    TrainingCentreViewSet,
)
from .views.docs import ApiDocsView
from .views.root import MeView, NotFoundView, RootView

app_name = "api"

router = SimpleRouter(trailing_slash=True)
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("training-centres", TrainingCentreViewSet, basename="training-centre")
router.register("courses", CourseViewSet, basename="course")
router.register("course-types", CourseTypeViewSet, basename="course-type")

urlpatterns = [
    path("", RootView.as_view(), name="root"),
    path("me/", MeView.as_view(), name="me"),
    path("auth/device/", DeviceAuthorizationView.as_view(), name="device-authorization"),
    path("auth/device/token/", DeviceTokenView.as_view(), name="device-token"),
    path("auth/token/revoke/", TokenRevokeView.as_view(), name="token-revoke"),
    path("schema/", SpectacularAPIView.as_view(api_version="1.0"), name="schema"),
    path("docs/", ApiDocsView.as_view(url_name="api:schema"), name="docs"),
    *router.urls,
    # Any other path, line breaks included ("." alone stops at one: an HTML 404 page).
    re_path(r"^[\s\S]*/$", NotFoundView.as_view(), name="not-found"),
]
