"""Personal API tokens: what a QGIS user stores in the QGIS authentication database.

Only a SHA-256 digest of a key is kept, so a copy of the database gives nobody a usable
token. The short prefix inside the key lets us find the row and show the token in lists
without knowing the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_SCHEME = "qct"
PREFIX_BYTES = 4  # 8 hex characters: shown in lists, used to find the row
SECRET_BYTES = 32
DEFAULT_LIFETIME_DAYS = 90
MAX_LIFETIME_DAYS = 365
LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_key(key: str) -> str:
    """Hex SHA-256 of a full key; keys carry 256 random bits, so no salt or stretching."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def split_key(key: str) -> tuple[str, str] | None:
    """``(prefix, secret)`` of a well-formed key, else None (cheap check before any query)."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_SCHEME:
        return None
    prefix, secret = parts[1], parts[2]
    if len(prefix) != PREFIX_BYTES * 2 or not secret:
        return None
    if any(c not in "0123456789abcdef" for c in prefix):
        return None
    return prefix, secret


def validate_lifetime_days(days: int) -> None:
    if not 1 <= days <= MAX_LIFETIME_DAYS:
        raise ValidationError(
            _("A token lives between 1 and %(max)d days."), params={"max": MAX_LIFETIME_DAYS}
        )


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> ApiTokenQuerySet:
        """Not revoked and not expired now."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class ApiToken(models.Model):
    """A named personal token; the key itself is shown once, when the token is issued."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text=_("What the token is for, e.g. 'QGIS'."))
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix})"

    @classmethod
    def issue(cls, user: Any, name: str, days: int = DEFAULT_LIFETIME_DAYS) -> tuple[ApiToken, str]:
        """Create a token and return it with its key: the only moment the key exists."""
        validate_lifetime_days(days)
        name = name.strip()
        if not name:
            raise ValidationError(_("Give the token a name."))
        for _attempt in range(5):
            prefix = secrets.token_hex(PREFIX_BYTES)
            key = f"{KEY_SCHEME}_{prefix}_{secrets.token_urlsafe(SECRET_BYTES)}"
            try:
                with transaction.atomic():
                    token = cls.objects.create(
                        user=user,
                        name=name[:100],
                        prefix=prefix,
                        key_hash=hash_key(key),
                        expires_at=timezone.now() + timedelta(days=days),
                    )
            except IntegrityError:  # prefix collision: draw again
                continue
            return token, key
        raise RuntimeError("Could not draw a unique token prefix.")

    @classmethod
    def find(cls, key: str) -> ApiToken | None:
        """The token a key belongs to, whatever its state, or None (constant-time compare)."""
        parts = split_key(key)
        if parts is None:
            return None
        token: ApiToken | None = cls.objects.select_related("user").filter(prefix=parts[0]).first()
        if token is None or not hmac.compare_digest(token.key_hash, hash_key(key)):
            return None
        return token

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_active(self) -> bool:
        return not self.is_revoked and not self.is_expired

    def revoke(self) -> bool:
        """Revoke now; False when it already was (the first revocation time is kept)."""
        if self.revoked_at is not None:
            return False
        now = timezone.now()
        updated = ApiToken.objects.filter(pk=self.pk, revoked_at__isnull=True).update(
            revoked_at=now
        )
        if updated:
            self.revoked_at = now
        else:  # revoked meanwhile by another request
            self.refresh_from_db(fields=["revoked_at"])
        return bool(updated)

    def touch(self) -> None:
        """Record use, writing at most once per minute so reads stay cheap."""
        now = timezone.now()
        if self.last_used_at is not None and now - self.last_used_at < LAST_USED_RESOLUTION:
            return
        ApiToken.objects.filter(pk=self.pk).filter(
            models.Q(last_used_at__isnull=True)
            | models.Q(last_used_at__lt=now - LAST_USED_RESOLUTION)
        ).update(last_used_at=now)
        self.last_used_at = now


# --- sign-in from QGIS: the device authorisation grant (RFC 8628) ----------------------------

#: RFC 8628 §6.1: consonants only (no vowels, so no words; no 0/O or 1/I to confuse).
USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"
USER_CODE_LENGTH = 8
DEVICE_CODE_BYTES = 32


def normalise_user_code(text: str) -> str:
    """What a person typed ("abcd efgh", "ABCD-EFGH") as the stored form ("ABCDEFGH")."""
    return "".join(ch for ch in str(text).upper() if ch not in " -\t")


def format_user_code(code: str) -> str:
    """The stored code as shown: ``ABCD-EFGH``."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


class DeviceAuthorization(models.Model):
    """One sign-in request from a client (QGIS) that cannot show a web page itself.

    The client holds the device code (only its SHA-256 is stored); the person types or
    confirms the short user code on /accounts/connect/ while signed in on the web. The token
    is issued at the first poll after approval, so its key never rests in the database.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for approval")
        APPROVED = "approved", _("approved")
        DENIED = "denied", _("denied")
        CONSUMED = "consumed", _("token delivered")
        EXPIRED = "expired", _("expired")

    device_code_hash = models.CharField(max_length=64, unique=True, editable=False)
    user_code = models.CharField(max_length=USER_CODE_LENGTH, editable=False)
    client_name = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    interval = models.PositiveSmallIntegerField(default=5)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="device_authorizations",
    )
    token = models.ForeignKey(
        ApiToken, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("device sign-in")
        verbose_name_plural = _("device sign-ins")
        constraints = [
            # A pending code names one request; expired ones are marked before a code is drawn.
            models.UniqueConstraint(
                fields=["user_code"],
                condition=models.Q(state="pending"),
                name="accounts_device_user_code_pending_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.client_name} ({format_user_code(self.user_code)}, {self.state})"

    @property
    def display_code(self) -> str:
        return format_user_code(self.user_code)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()
