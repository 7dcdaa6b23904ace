"""Payment providers: the sandbox (test card page), Stripe and bank transfer."""

from .base import InvalidWebhook, Provider, ProviderEvent, StartResult, get

__all__ = ["InvalidWebhook", "Provider", "ProviderEvent", "StartResult", "get"]
