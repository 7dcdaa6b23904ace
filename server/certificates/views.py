"""The public verification pages: ``/en/certificate/<ID>/``, ``/en/organisationcertificate/<ID>/``.

As on the live site (ARCHITECTURE §4) the certificate page answers 200 whether or not the id
was issued: a card "Certificate Details" with a table of bold labels and values, in the live
site's order, or "Sorry, no certificate matching this number has been issued.". Beyond it:
the status (valid or revoked: a revoked certificate never reads as unknown) and whether the
organisation is certified today. Ids are read loosely (``qgis-12 `` is QGIS-12). Every value
is autoescaped text. Rate-limited per client address together with the JSON
(:mod:`certificates.ratelimit`). Labels are English, as the path says; ``?lang=ro|sv|zh_TW``
shows them in another certificate language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from . import labels, ratelimit, verification


def _page(
    request: HttpRequest,
    certificate_id: str,
    labels_of: str,
    find: Callable[[str], Any],
    rows: Callable[[Any, str], list],
    status: Optional[Callable[[Any], str]] = None,
) -> HttpResponse:
    """The shared page: rate limit, language, look-up, the card (``labels_of``: the label keys'
    prefix after ``page.``) and its rows."""
    limited = ratelimit.check(request)
    if limited is not None:
        return limited
    lang = labels.language(request.GET.get("lang"))
    found = find(certificate_id)
    context = {
        "lang": lang.replace("_", "-"),
        "title": labels.label(f"page.{labels_of}title", lang),
        "card": labels.label(f"page.{labels_of}card", lang),
        "not_found": labels.label(f"page.{labels_of}not_found", lang),
        "certificate_id": found.certificate_id if found else certificate_id,
        "found": found is not None,
        "status": status(found) if found and status else "",
        "rows": rows(found, lang) if found else [],
    }
    response = render(request, "pages/certificate.html", context)
    # A revocation must show at once: caches revalidate every time.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def certificate_detail(request: HttpRequest, certificate_id: str) -> HttpResponse:
    """Certificate verification: always 200, so a wrong id is a readable answer, not an error."""
    return _page(
        request,
        certificate_id,
        "",
        verification.find,
        verification.page_rows,
        lambda certificate: certificate.status,
    )


@require_safe
def organisation_certificate_detail(request: HttpRequest, certificate_id: str) -> HttpResponse:
    """An organisation's certificate ("authorised to provide QGIS training and
    certification"): 200 with the not-found text when unknown, as the certificate page."""
    return _page(
        request,
        certificate_id,
        "org_",
        verification.find_organisation_certificate,
        verification.organisation_page_rows,
    )
