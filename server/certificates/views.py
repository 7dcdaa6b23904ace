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

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from . import labels, ratelimit, verification


def _language(request: HttpRequest) -> str:
    return labels.language(request.GET.get("lang"))


def _answer(request: HttpRequest, context: dict) -> HttpResponse:
    response = render(request, "pages/certificate.html", context)
    # A revocation must show at once: caches revalidate every time.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def certificate_detail(request: HttpRequest, certificate_id: str) -> HttpResponse:
    """Certificate verification: always 200, so a wrong id is a readable answer, not an error."""
    limited = ratelimit.check(request)
    if limited is not None:
        return limited
    lang = _language(request)
    certificate = verification.find(certificate_id)
    return _answer(
        request,
        {
            "lang": lang.replace("_", "-"),
            "title": labels.label("page.title", lang),
            "card": labels.label("page.card", lang),
            "not_found": labels.label("page.not_found", lang),
            "certificate_id": certificate.certificate_id if certificate else certificate_id,
            "found": certificate is not None,
            "status": certificate.status if certificate else "",
            "rows": verification.page_rows(certificate, lang) if certificate else [],
        },
    )


@require_safe
def organisation_certificate_detail(request: HttpRequest, certificate_id: str) -> HttpResponse:
    """An organisation's certificate ("authorised to provide QGIS training and
    certification"): 200 with the not-found text when unknown, as the certificate page."""
    limited = ratelimit.check(request)
    if limited is not None:
        return limited
    lang = _language(request)
    oc = verification.find_organisation_certificate(certificate_id)
    return _answer(
        request,
        {
            "lang": lang.replace("_", "-"),
            "title": labels.label("page.org_title", lang),
            "card": labels.label("page.org_card", lang),
            "not_found": labels.label("page.org_not_found", lang),
            "certificate_id": oc.certificate_id if oc else certificate_id,
            "found": oc is not None,
            "status": "",
            "rows": verification.organisation_page_rows(oc, lang) if oc else [],
        },
    )
