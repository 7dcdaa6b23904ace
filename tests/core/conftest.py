"""Helpers for core tests: sessions on the standard-library transport, no politeness delay."""

from __future__ import annotations

from typing import Callable, Optional

import pytest

from certification_plugin.core.client import CertificationClient
from certification_plugin.core.http import EtagCache, HttpSession, RateLimiter
from certification_plugin.core.urllib_transport import UrllibTransport


def make_session(
    etag_cache: Optional[EtagCache] = None, timeout_s: float = 10.0, max_bytes: int = 8 << 20
) -> HttpSession:
    return HttpSession(
        UrllibTransport(use_environment_proxies=False),
        default_timeout_s=timeout_s,
        max_bytes=max_bytes,
        etag_cache=etag_cache,
        rate_limiter=RateLimiter(0),
    )


@pytest.fixture
def session_factory() -> Callable[..., HttpSession]:
    return make_session


@pytest.fixture
def session() -> HttpSession:
    return make_session()


@pytest.fixture
def client_for() -> Callable[..., CertificationClient]:
    def build(base_url: str, mode: str = "auto", **session_args) -> CertificationClient:
        return CertificationClient(base_url, make_session(**session_args), mode=mode)

    return build
