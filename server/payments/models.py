"""The credit ledger: data only (every change goes through ``payments.ledger``).

An organisation's balance is the sum of its entries; ``CertifyingOrganisation.credit_balance``
is a copy kept in the same transaction, under the organisation's row lock, so lists can show
it without summing. Entries are never edited or deleted: a mistake is corrected by another
entry.
"""

from __future__ import annotations

from catalogue.models import CertifyingOrganisation
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CreditEntry(models.Model):
    class Kind(models.TextChoices):
        TOP_UP = "top_up", _("Top-up")
        CHARGE = "charge", _("Certificate charge")
        REFUND = "refund", _("Refund")
        ADJUSTMENT = "adjustment", _("Manual adjustment")

    organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.PROTECT, related_name="credit_entries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    credits = models.IntegerField(help_text=_("Positive adds credits, negative spends them."))
    balance_after = models.IntegerField()
    reason = models.CharField(max_length=500, blank=True)
    certificate = models.ForeignKey(
        "certificates.Certificate",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credit_entries",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["organisation", "id"]
        verbose_name_plural = "credit entries"

    def __str__(self) -> str:
        return f"{self.organisation} {self.credits:+d} ({self.kind})"
