"""Settings for the reference certification service, read from the environment.

Zero set-up by default: a SQLite file under ``server/data/`` (or ``$DATA_DIR``). Production sets
``SECRET_KEY`` (required: the service refuses to start without it unless ``DEBUG=1`` or the
explicit development opt-in ``ALLOW_INSECURE_SECRET_KEY=1``), ``DATABASE_URL`` (PostgreSQL),
``ALLOWED_HOSTS`` and, behind a TLS-terminating proxy, ``HTTPS=1``.
"""

from __future__ import annotations

import os
import warnings
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("DATA_DIR", BASE_DIR / "data"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    # The fixed development key signs sessions and CSRF tokens anyone can forge: only for a
    # developer's DEBUG run or an explicit opt-in (the test suites; `make serve` generates a key).
    if DEBUG or env_bool("ALLOW_INSECURE_SECRET_KEY", False):
        SECRET_KEY = "insecure-development-key-set-SECRET_KEY-in-production"  # noqa: S105  # nosec B105
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY to a long random value, e.g. the output of "
            "`python3 -c 'import secrets; print(secrets.token_urlsafe(50))'`, and keep it "
            "private. For local development only, DEBUG=1 or ALLOW_INSECURE_SECRET_KEY=1 uses a "
            "fixed, public development key."
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "accounts",
    # Sign-up, e-mail verification, password reset (after "accounts": its templates override
    # allauth's).
    "allauth",
    "allauth.account",
    "catalogue",
    "audit",
    "applications",
    "reviews",
    "payments",
    "certificates",
    "feeds",
    "api",
]

MIDDLEWARE = [
    # Outermost: every response, even the health check's, carries the Permissions-Policy and
    # a line in the security log when it is a 401/403/429 or a failed sign-in.
    "certification_server.middleware.PermissionsPolicyMiddleware",
    "certification_server.middleware.SecurityEventMiddleware",
    # Answers /healthz before host validation and the HTTPS redirect: load balancers probe by
    # address over plain HTTP.
    "certification_server.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Serves collected static files (admin CSS/JS) under gunicorn; see scripts/serve.sh.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Refuses sign-ins from a locked-out address or for a locked-out user (django-axes).
    "accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Sign-in by e-mail address (allauth's login page takes a username or an address).
    "allauth.account.auth_backends.AuthenticationBackend",
]

ROOT_URLCONF = "certification_server.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "certification_server.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'certification.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Zero set-up: the SQLite file's folder is created on first use.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            # Writers queue at BEGIN instead of failing on upgrade: audit appends (and any
            # read-then-write transaction) serialise on the database lock.
            "transaction_mode": "IMMEDIATE",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", DATA_DIR / "static"))
# WhiteNoise warns when STATIC_ROOT does not exist yet (tests, before collectstatic): harmless.
warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", DATA_DIR / "media"))

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:tokens"
LOGOUT_REDIRECT_URL = "accounts:login"

# Accounts on the web (django-allauth): sign-up with a username and an e-mail address that
# must be verified before the first sign-in; sign-in by username or address; password reset
# by e-mail. Failed sign-ins are throttled by django-axes (below), not by allauth, so the
# lockout page and its 429 stay the one answer; allauth's other limits (sign-ups, reset
# e-mails, confirmation e-mails per address) stay at its defaults.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Confirming the address in the browser that signed up signs in and goes on to `next`
# (e.g. the QGIS sign-in page /accounts/connect/?code=...).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[QGIS Certification] "
ACCOUNT_RATE_LIMITS: dict[str, str | bool] | bool = {"login_failed": False}
# Counts those limits by the client address axes uses (TRUSTED_PROXIES).
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"

# Outgoing e-mail (verification, password reset, notifications). The default prints them on
# the server's console; EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend writes
# them under EMAIL_FILE_PATH; production sets the SMTP backend and EMAIL_HOST & co.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", DATA_DIR / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "QGIS Certification <noreply@localhost>")

SECURE_CONTENT_TYPE_NOSNIFF = True
HTTPS = env_bool("HTTPS", False)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG and HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
if HTTPS:
    # Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it from clients).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
# Load balancers probe the health check over plain HTTP (HealthCheckMiddleware answers it first
# anyway; this keeps the exemption should that middleware be removed).
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]

# Content-Security-Policy (django-csp): only this origin; inline <script>/<style> only with the
# per-response nonce (templates write nonce="{{ request.csp_nonce }}"). The admin's change list
# without actions has one fixed inline <style>: allowed by its hash. Swagger UI (API docs) is
# served from drf-spectacular-sidecar under /static/ and draws icons from data: URIs.
ADMIN_CHANGELIST_STYLE_HASH = "'sha256-blvLUW3UscWqsXGByNOqdBboM+ShWAuugp2mC/wbafU='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE, ADMIN_CHANGELIST_STYLE_HASH],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Browser features no page here uses (certification_server.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
    "fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), "
    "xr-spatial-tracking=()"
)

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT failed sign-ins from one address,
# or for one username, sign-ins are refused (HTTP 429) for the cool-off; every further failure
# restarts it. Covers the login page, the admin and wrong API tokens (accounts.authentication).
# A manager unlocks early with `manage.py axes_reset` (or axes_reset_ip / axes_reset_username).
AXES_FAILURE_LIMIT = int(os.environ.get("SIGNIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGNIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = "accounts.lockout.lockout_parameters"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# The account a sign-in names, whether by username or by e-mail address (allauth).
AXES_USERNAME_CALLABLE = "accounts.lockout.username_of"
AXES_CLIENT_IP_CALLABLE = "certification_server.security_log.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
# Client address: REMOTE_ADDR, or with TRUSTED_PROXIES=N the N-th address from the right of
# X-Forwarded-For (what N reverse proxies in front of gunicorn appended).
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))

# Background work (django-tasks with the database backend django-tasks-db; `manage.py
# db_worker` runs it, scripts/serve.sh starts one). Tests use the immediate backend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# Applications for certification (issue 10): limits with their reasons in the API's answers.
APPLICATIONS_PER_YEAR = int(os.environ.get("APPLICATIONS_PER_YEAR", "2"))
APPLICATION_MAX_FILE_BYTES = int(os.environ.get("APPLICATION_MAX_FILE_BYTES", str(100 * 2**20)))
APPLICATION_MAX_TOTAL_BYTES = int(os.environ.get("APPLICATION_MAX_TOTAL_BYTES", str(2**30)))
# Drafts idle this long are deleted; their owners are warned 30 days before.
APPLICATION_DRAFT_IDLE_DAYS = int(os.environ.get("APPLICATION_DRAFT_IDLE_DAYS", "365"))
APPLICATION_MESSAGE_MAX_LENGTH = 5000

# Reviews (issue 11): a user group reviews when it has this many members without a conflict;
# its opinion is due after its own review_period_days (else REVIEW_PERIOD_DAYS); reviewers
# are reminded on these days; totals further apart than the ratio of the maximum diverge.
MIN_REVIEWERS = int(os.environ.get("MIN_REVIEWERS", "2"))
REVIEW_PERIOD_DAYS = int(os.environ.get("REVIEW_PERIOD_DAYS", "30"))
REVIEW_REMINDER_DAYS = tuple(
    int(day) for day in env_list("REVIEW_REMINDER_DAYS", "14,25") if day.strip()
)
REVIEW_DIVERGENCE_RATIO = float(os.environ.get("REVIEW_DIVERGENCE_RATIO", "0.3"))
USER_GROUPS_PAGE_URL = os.environ.get("USER_GROUPS_PAGE_URL", "https://qgis.org/community/groups/")
REVIEW_INVITATION_DAYS = int(os.environ.get("REVIEW_INVITATION_DAYS", "14"))
# The absolute address links in e-mails start with (the invitation link to /reviews/join/).
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000").rstrip("/")

# Certificates (issue 12). The QR code and the Open Badges credential point at the public
# verification page under PUBLIC_BASE_URL (the address the public reaches; SITE_URL, where
# e-mail links point, unless set apart).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", SITE_URL).rstrip("/")
CREDITS_PER_CERTIFICATE = int(os.environ.get("CREDITS_PER_CERTIFICATE", "1"))
CORRECTION_DAYS = int(os.environ.get("CORRECTION_DAYS", "30"))
REVOKE_DAYS = int(os.environ.get("REVOKE_DAYS", "30"))
# The programme's Ed25519 key signing the Open Badges credentials (made on first use).
BADGE_SIGNING_KEY_FILE = Path(
    os.environ.get("BADGE_SIGNING_KEY_FILE", DATA_DIR / "badge-signing-key.pem")
)
BADGE_ISSUER_NAME = os.environ.get("BADGE_ISSUER_NAME", "QGIS Certification Programme")
# Public verification (page and JSON): requests per minute and client address.
CERTIFICATE_VERIFY_RATE = int(os.environ.get("CERTIFICATE_VERIFY_RATE", "120"))

# Credits and payments (issue 13). The first use copies these into the one BillingSettings row
# (payments.pricing.current()), which managers then change in the admin; the environment only
# seeds it. Money in integer cents. The demo IBAN/BIC are a valid test account, so bank
# transfers work out of the box; set your own before issuing real invoices.
PRICE_PER_CREDIT_CENTS = int(os.environ.get("PRICE_PER_CREDIT_CENTS", "2000"))
CURRENCY = os.environ.get("CURRENCY", "EUR")
TAX_RATE_PERCENT = os.environ.get("TAX_RATE_PERCENT", "0")
INVOICE_ISSUER_NAME = os.environ.get("INVOICE_ISSUER_NAME", "QGIS.ORG")
INVOICE_ISSUER_ADDRESS = os.environ.get("INVOICE_ISSUER_ADDRESS", "QGIS.ORG\nSwitzerland")
INVOICE_ISSUER_COUNTRY = os.environ.get("INVOICE_ISSUER_COUNTRY", "CH")
INVOICE_ISSUER_VAT = os.environ.get("INVOICE_ISSUER_VAT", "")
INVOICE_ISSUER_EMAIL = os.environ.get("INVOICE_ISSUER_EMAIL", "certification@qgis.org")
INVOICE_IBAN = os.environ.get("INVOICE_IBAN", "CH9300762011623852957")
INVOICE_BIC = os.environ.get("INVOICE_BIC", "POFICHBEXXX")
INVOICE_PAYMENT_DAYS = int(os.environ.get("INVOICE_PAYMENT_DAYS", "30"))
# "sandbox" (a hosted test page, no money moves) or "stripe"; the methods buyers may choose.
PAYMENT_CARD_PROVIDER = os.environ.get("PAYMENT_CARD_PROVIDER", "sandbox")
PAYMENT_METHODS = env_list("PAYMENT_METHODS", "card,bank_transfer")
# The sandbox's webhook signing secret (derived from SECRET_KEY when unset); Stripe's keys.
PAYMENT_SANDBOX_SECRET = os.environ.get("PAYMENT_SANDBOX_SECRET", "")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.TokenAuthentication",
        "accounts.authentication.BasicTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["api.renderers.FastJSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.exceptions.json_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "QGIS Certification API",
    "DESCRIPTION": "Reference certification service: catalogue and workflows of the QGIS "
    "Certification Programme.",
    "VERSION": "1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Swagger UI from the pinned drf-spectacular-sidecar package: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "RoleEnum": "api.serializers.ROLE_CHOICES",
        "GeometryTypeEnum": "api.serializers.POINT_CHOICES",
        "FeatureTypeEnum": "api.serializers.FEATURE_CHOICES",
        "FeatureCollectionTypeEnum": "api.serializers.COLLECTION_CHOICES",
        # Reviews (issue 11): one name per choice set shared by several fields.
        "ContributionKindEnum": "applications.models.ContributionKind",
        "DecisionOutcomeEnum": "api.serializers_reviews.OUTCOMES",
        "AppealOutcomeEnum": "api.serializers_reviews.APPEAL_OUTCOMES",
        "ConflictKindEnum": "api.serializers_reviews.CONFLICT_KINDS",
        "RoutingTargetEnum": "api.serializers_reviews.ROUTING_TARGETS",
        "DeclarationEnum": "api.serializers_reviews.DECLARATIONS",
        "ReviewStateEnum": "api.serializers_reviews.REVIEW_STATES",
        "ScreeningActionEnum": "api.serializers_reviews.SCREENING_ACTIONS",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # One key=value line per failed sign-in, 401, 403 and lockout (security_log.py).
        "certification.security": {"level": os.environ.get("SECURITY_LOG_LEVEL", "INFO")},
    },
}

SERVER_VERSION = "0.1.0"
API_VERSION = "1.0"
