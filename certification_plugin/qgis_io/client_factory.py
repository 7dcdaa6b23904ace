"""Build the ``CertificationClient`` the plugin uses, from the user's settings.

Requests go through ``QgisTransport`` (the QGIS network stack: proxy, SSL exceptions, the
authentication configuration, the network logger). Conditional-request bodies are kept in a
directory ETag cache in the profile, next to the layer cache, so a refresh after a restart
still gets 304 answers.
"""

from __future__ import annotations

import os
from typing import Optional
from urllib.parse import urlsplit

from ..core.client import CertificationClient
from ..core.http import DEFAULT_MAX_PARALLEL, DirectoryEtagCache, HttpSession
from .network import QgisTransport, default_user_agent
from .paths import default_cache_dir
from .settings import PluginSettings

LIVE_SITE_HOST = "certification.qgis.org"
LIVE_SITE_RATE_PER_S = 5.0
"""certification.qgis.org rate-limits at about 10 requests/s; stay at half."""
OTHER_SERVER_RATE_PER_S = 20.0
"""Servers with API v1 page by 1000 items; a full refresh needs a few dozen requests."""
LIVE_SITE_PARALLEL = 1
"""Requests open at once towards the live site: one, as it asks of its clients."""
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
"""A server on this computer (development, a local deployment) needs no politeness pause."""


def http_cache_dir(cache_dir: Optional[str] = None) -> str:
    """``<profile>/certification/http-cache``: ETags and bodies of the last answers."""
    return os.path.join(cache_dir or default_cache_dir(), "http-cache")


def is_live_site(server_url: str) -> bool:
    host = (urlsplit(server_url).hostname or "").lower()
    return host == LIVE_SITE_HOST or host.endswith("." + LIVE_SITE_HOST)


def parallel_requests_for(server_url: str) -> int:
    """How many requests may be open at once towards ``server_url``."""
    return LIVE_SITE_PARALLEL if is_live_site(server_url) else DEFAULT_MAX_PARALLEL


def rate_limit_for(server_url: str) -> float:
    """Requests per second towards ``server_url``; 0 (no limit) for this computer."""
    host = (urlsplit(server_url).hostname or "").lower()
    if is_live_site(server_url):
        return LIVE_SITE_RATE_PER_S
    if host in LOOPBACK_HOSTS:
        return 0.0
    return OTHER_SERVER_RATE_PER_S


def build_session(
    server_url: str,
    authcfg: str = "",
    timeout_s: float = 30.0,
    cache_dir: Optional[str] = None,
) -> HttpSession:
    """An ``HttpSession`` over the QGIS network stack with this authcfg and timeout."""
    # QgisTransport sends "QGIS/<version> certification-plugin/<version>"; the live site's
    # nginx rejects generic agents.
    transport = QgisTransport(authcfg, default_user_agent())
    return HttpSession(
        transport,
        default_timeout_s=float(timeout_s),
        etag_cache=DirectoryEtagCache(http_cache_dir(cache_dir)),
        rate_limit_per_s=rate_limit_for(server_url),
        max_parallel=parallel_requests_for(server_url),
    )


def client_for(
    server_url: str,
    authcfg: str = "",
    timeout_s: float = 30.0,
    cache_dir: Optional[str] = None,
) -> CertificationClient:
    """A client for explicit values (the options page tests values before saving them)."""
    return CertificationClient(server_url, build_session(server_url, authcfg, timeout_s, cache_dir))


def build_client(settings: PluginSettings, cache_dir: Optional[str] = None) -> CertificationClient:
    """The client for the configured server; cheap, so build one per task."""
    return client_for(
        settings.server_url, settings.authcfg, float(settings.request_timeout_s), cache_dir
    )


def clear_http_cache(cache_dir: Optional[str] = None) -> None:
    """Forget stored ETags so the next refresh downloads everything again."""
    DirectoryEtagCache(http_cache_dir(cache_dir)).clear()
