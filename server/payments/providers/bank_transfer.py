"""Bank transfer: the invoice is the payment request; statements confirm it (reconciliation)."""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Payment
from .base import InvalidWebhook, ProviderEvent, StartResult


class BankTransferProvider:
    name = "bank_transfer"

    def start(self, payment: Payment, *, return_url: str) -> StartResult:
        return StartResult(checkout_url="", reference="")

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        raise InvalidWebhook("bank transfers have no webhooks")

    def fetch_status(self, payment: Payment) -> ProviderEvent | None:
        return None

    def refund(self, payment: Payment, amount_cents: int) -> str:
        return ""


provider = BankTransferProvider()
