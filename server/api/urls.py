"""API v1 routes, mounted at /api/v1/."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView
from payments.views import WebhookView as PaymentWebhookView
from rest_framework.routers import SimpleRouter

from .views import payments as pay
from .views.applications import (
    ApplicationDetailView,
    ApplicationEventsView,
    ApplicationFormView,
    ApplicationListView,
    ApplicationReapplyView,
    ApplicationRoundView,
    ApplicationSubmitView,
    ApplicationWithdrawView,
)
from .views.auth import DeviceAuthorizationView, DeviceTokenView, TokenRevokeView
from .views.catalogue import (
    CourseTypeViewSet,
    CourseViewSet,
    OrganisationViewSet,
    TrainingCentreViewSet,
)
from .views.certificates import (
    AttendeeDetailView,
    AttendeeImportView,
    AttendeeListView,
    BadgeIssuerView,
    CertificateBadgeView,
    CertificateCorrectView,
    CertificatePdfView,
    CertificateRevokeView,
    CertificateSendOneView,
    CertificateSendView,
    CertificateView,
    CertificateZipView,
    CourseCertificatesView,
    OrganisationCertificatePdfView,
    OrganisationCertificateView,
)
from .views.decisions import (
    AppealView,
    DecisionView,
    InvitationsView,
    OpinionView,
    ScreeningView,
)
from .views.docs import ApiDocsView
from .views.materials import MaterialDetailView, MaterialDownloadView, MaterialListView
from .views.review_queue import ReviewQueueView, RubricView
from .views.reviews import (
    ConflictDeclarationView,
    MyReviewSubmitView,
    MyReviewView,
    ReviewListView,
)
from .views.root import MeView, NotFoundView, RootView
from .views.training import ConvenerViewSet, MyOrganisationsView

app_name = "api"

router = SimpleRouter(trailing_slash=True)
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("training-centres", TrainingCentreViewSet, basename="training-centre")
router.register("courses", CourseViewSet, basename="course")
router.register("course-types", CourseTypeViewSet, basename="course-type")
router.register("conveners", ConvenerViewSet, basename="convener")

COURSE = r"^courses/(?P<pk>[0-9]{1,18})/"
CERTIFICATE = r"^certificates/(?P<certificate_id>[^/]{1,64})/"
ORGANISATION = r"^organisations/(?P<slug>[-a-zA-Z0-9_]{1,200})/certificate/"

urlpatterns = [
    path("", RootView.as_view(), name="root"),
    path("me/", MeView.as_view(), name="me"),
    path("auth/device/", DeviceAuthorizationView.as_view(), name="device-authorization"),
    path("auth/device/token/", DeviceTokenView.as_view(), name="device-token"),
    path("auth/token/revoke/", TokenRevokeView.as_view(), name="token-revoke"),
    path("schema/", SpectacularAPIView.as_view(api_version="1.0"), name="schema"),
    path("docs/", ApiDocsView.as_view(url_name="api:schema"), name="docs"),
    *router.urls,
    # Applications for certification (issue 10).
    path("application-form/", ApplicationFormView.as_view(), name="application-form"),
    path("applications/", ApplicationListView.as_view(), name="application-list"),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/$",
        ApplicationDetailView.as_view(),
        name="application-detail",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/submit/$",
        ApplicationSubmitView.as_view(),
        name="application-submit",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/withdraw/$",
        ApplicationWithdrawView.as_view(),
        name="application-withdraw",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/reapply/$",
        ApplicationReapplyView.as_view(),
        name="application-reapply",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/events/$",
        ApplicationEventsView.as_view(),
        name="application-events",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/rounds/(?P<number>[0-9]{1,9})/$",
        ApplicationRoundView.as_view(),
        name="application-round",
    ),
    # An application's material files (issue 10).
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/materials/$",
        MaterialListView.as_view(),
        name="application-materials",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/materials/(?P<material_pk>[0-9]{1,18})/$",
        MaterialDetailView.as_view(),
        name="application-material",
    ),
    re_path(
        r"^applications/(?P<pk>[0-9]{1,18})/materials/(?P<material_pk>[0-9]{1,18})/download/$",
        MaterialDownloadView.as_view(),
        name="application-material-download",
    ),
    # Reviews (issue 11).
    path("rubric/", RubricView.as_view(), name="rubric"),
    path("review-queue/", ReviewQueueView.as_view(), name="review-queue"),
    *[
        re_path(rf"^applications/(?P<pk>[0-9]{{1,18}})/{tail}/$", view.as_view(), name=name)
        for tail, view, name in (
            ("conflict-declaration", ConflictDeclarationView, "application-conflict-declaration"),
            ("reviews", ReviewListView, "application-reviews"),
            ("reviews/mine", MyReviewView, "application-my-review"),
            ("reviews/mine/submit", MyReviewSubmitView, "application-my-review-submit"),
            ("opinion", OpinionView, "application-opinion"),
            ("screening", ScreeningView, "application-screening"),
            ("decision", DecisionView, "application-decision"),
            ("appeal", AppealView, "application-appeal"),
        )
    ],
    re_path(
        r"^user-groups/(?P<pk>[0-9]{1,18})/invitations/$",
        InvitationsView.as_view(),
        name="user-group-invitations",
    ),
    # Courses, attendees and certificates (issue 12).
    path("me/organisations/", MyOrganisationsView.as_view(), name="my-organisations"),
    path("badges/issuer/", BadgeIssuerView.as_view(), name="badge-issuer"),
    *[
        re_path(f"{prefix}{tail}$", view.as_view(), name=name)
        for prefix, tail, view, name in (
            (COURSE, "attendees/", AttendeeListView, "course-attendees"),
            (COURSE, "attendees/import/", AttendeeImportView, "course-attendees-import"),
            (
                COURSE,
                r"attendees/(?P<attendee_pk>[0-9]{1,18})/",
                AttendeeDetailView,
                "course-attendee",
            ),
            (COURSE, "certificates/", CourseCertificatesView, "course-certificates"),
            (COURSE, "certificates/zip/", CertificateZipView, "course-certificates-zip"),
            (COURSE, "certificates/send/", CertificateSendView, "course-certificates-send"),
            (CERTIFICATE, "", CertificateView, "certificate"),
            (CERTIFICATE, "pdf/", CertificatePdfView, "certificate-pdf"),
            (CERTIFICATE, "badge/", CertificateBadgeView, "certificate-badge"),
            (CERTIFICATE, "correct/", CertificateCorrectView, "certificate-correct"),
            (CERTIFICATE, "revoke/", CertificateRevokeView, "certificate-revoke"),
            (CERTIFICATE, "send/", CertificateSendOneView, "certificate-send"),
            (ORGANISATION, "", OrganisationCertificateView, "organisation-certificate"),
            (ORGANISATION, "pdf/", OrganisationCertificatePdfView, "organisation-certificate-pdf"),
        )
    ],
    # Credits, orders, invoices, statements (issue 13).
    *[
        re_path(f"^{route}$", view.as_view(), name=name)
        for route, view, name in (
            (r"organisations/(?P<slug>[-a-zA-Z0-9_]{1,100})/credits/", pay.CreditsView, "credits"),
            (
                r"organisations/(?P<slug>[-a-zA-Z0-9_]{1,100})/credit-limit/",
                pay.CreditLimitView,
                "credit-limit",
            ),
            ("orders/", pay.OrderListView, "orders"),
            (r"orders/(?P<pk>[0-9]{1,18})/", pay.OrderDetailView, "order"),
            (r"orders/(?P<pk>[0-9]{1,18})/refund/", pay.OrderRefundView, "order-refund"),
            ("invoices/", pay.InvoiceListView, "invoices"),
            (r"invoices/(?P<number>[-A-Za-z0-9]{1,32})/", pay.InvoiceDetailView, "invoice"),
            (r"invoices/(?P<number>[-A-Za-z0-9]{1,32})/pdf/", pay.InvoicePdfView, "invoice-pdf"),
            (r"invoices/(?P<number>[-A-Za-z0-9]{1,32})/qr.png", pay.InvoiceQrView, "invoice-qr"),
            (
                r"invoices/(?P<number>[-A-Za-z0-9]{1,32})/mark-paid/",
                pay.InvoiceMarkPaidView,
                "invoice-mark-paid",
            ),
            ("statements/", pay.StatementView, "statements"),
        )
    ],
    # Payment provider webhooks (issue 13): anyone may post, the signature decides.
    re_path(
        r"^payments/webhooks/(?P<provider>sandbox|stripe)/$",
        PaymentWebhookView.as_view(),
        name="payment-webhook",
    ),
    # Any other path, line breaks included ("." alone stops at one: an HTML 404 page).
    re_path(r"^[\s\S]*/$", NotFoundView.as_view(), name="not-found"),
]
