"""Verify a certificate against a server, whichever kind it is.

A server whose API v1 lists the capability ``certificates`` answers
``GET /api/v1/certificates/{id}/`` in JSON (404 when unknown); any other server, such as
certification.qgis.org, only has its public page ``/en/certificate/<ID>/``, read as HTML
(``certificates.from_live_page``). Both give one ``Verification``. The request goes through
the caller's ``HttpSession`` (its transport and User-Agent: the live site's nginx rejects
generic agents, and QGIS's transport sends the plugin's), one or two requests in all. No Qt.
"""

from __future__ import annotations

import re
from typing import Optional

from .api.session import ApiSession
from .certificates import (
    SOURCE_LIVE,
    Verification,
    from_live_page,
    normalise_certificate_id,
    not_found,
)
from .client import CertificationClient
from .errors import NotFoundError
from .http import raise_for_status
from .models import ServerInfo
from .training import TrainingClient, offered
from .transport import IsCancelled, Response
from .urls import api_url, certificate_page_url

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
_CHARSET_RE = re.compile(r"charset=([\w.-]+)", re.IGNORECASE)


class NotACertificateId(ValueError):
    """The text does not name a certificate (``QGIS-<number>``)."""


def checked_id(text: str) -> str:
    ident = normalise_certificate_id(text)
    if ident is None:
        raise NotACertificateId(
            f"{text.strip()!r} is not a certificate number; they look like QGIS-1234."
        )
    return ident


def page_text(response: Response) -> str:
    """The page's text in the charset it declares (UTF-8 by default, bad bytes replaced)."""
    match = _CHARSET_RE.search(response.header("content-type"))
    encoding = match.group(1) if match else "utf-8"
    try:
        return response.body.decode(encoding, errors="replace")
    except LookupError:
        return response.body.decode("utf-8", errors="replace")


def verify_on_page(
    client: CertificationClient, certificate_id: str, is_cancelled: Optional[IsCancelled] = None
) -> Verification:
    """Read the public verification page (the live site's way; 200 whether found or not)."""
    url = certificate_page_url(client.base_url, certificate_id)
    response = client.session.send(url, {"Accept": PAGE_ACCEPT}, is_cancelled)
    if response.status == 404:
        return not_found(certificate_id, SOURCE_LIVE, url)
    raise_for_status(response)
    return from_live_page(page_text(response), certificate_id, url)


def verify_certificate(
    client: CertificationClient,
    text: str,
    is_cancelled: Optional[IsCancelled] = None,
    language: str = "en",
    info: Optional[ServerInfo] = None,
) -> Verification:
    """The certificate ``text`` names, verified on ``client``'s server: API v1 JSON when it
    offers ``certificates``, else its public page. Raises ``NotACertificateId`` for text that
    is no id, ``UnreadableCertificatePage`` for a page of an unknown shape, and the network's
    errors; an unknown certificate is a result (``status == "not_found"``).

    ``info``: what the server offers, when the caller knows it already (one request fewer
    to a rate-limited site); else ``client.detect()`` finds out."""
    ident = checked_id(text)
    if info is None:
        info = client.detect(is_cancelled)
    if offered(info):
        training = TrainingClient(ApiSession(api_url(client.base_url), client.session), language)
        try:
            return training.verify(ident, is_cancelled=is_cancelled)
        except NotFoundError:
            return not_found(ident)
    return verify_on_page(client, ident, is_cancelled)
