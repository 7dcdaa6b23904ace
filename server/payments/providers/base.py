"""What every payment provider offers: start a payment, read its signed webhooks, ask the
state of a payment, refund. :func:`get` returns the provider of a name."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..models import Payment

#: Provider names and their modules (``payments.providers.<module>``).
PROVIDERS = {"sandbox": "sandbox", "stripe": "stripe", "bank_transfer": "bank_transfer"}

#: Event kinds a provider reports.
KINDS = ("confirmed", "failed", "expired", "refunded", "ignored")


class InvalidWebhook(Exception):
    """A webhook that is not the provider's (bad or old signature, unreadable body)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class StartResult:
    checkout_url: str
    reference: str


@dataclass(frozen=True)
class ProviderEvent:
    event_id: str
    kind: str
    reference: str
    amount_cents: int | None
    currency: str
    occurred_at: datetime | None
    payment_reference: str = ""
    event_type: str = ""


class Provider(Protocol):
    name: str

    def start(self, payment: Payment, *, return_url: str) -> StartResult: ...

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> ProviderEvent: ...

    def fetch_status(self, payment: Payment) -> ProviderEvent | None: ...

    def refund(self, payment: Payment, amount_cents: int) -> str: ...


def header(headers: Mapping[str, str], name: str) -> str:
    """A header case-insensitively (Django's ``request.headers`` or a plain dict)."""
    wanted = name.lower()
    for key, value in headers.items():
        if str(key).lower() == wanted:
            return str(value)
    return ""


def get(name: str) -> Provider:
    """The provider called ``name``; :class:`KeyError` for an unknown name."""
    module = PROVIDERS.get(str(name))
    if module is None:
        raise KeyError(name)
    provider: Provider = importlib.import_module(f"{__package__}.{module}").provider
    return provider
