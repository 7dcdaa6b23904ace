"""Webhook endpoint and the hosted sandbox TEST page.

:class:`WebhookView` (``/api/v1/payments/webhooks/<provider>/``): anyone may post, the
signature decides (:func:`payments.webhooks.receive`). The sandbox page
(``/payments/sandbox/<token>/``, the payment's secret token): a clearly marked TEST page
with the amount, organisation and credits, "Pay" and "Decline"; a POST signs the sandbox
event and delivers it through ``webhooks.receive``, the same path as an HTTP webhook."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import webhooks
from .models import Payment
from .providers import sandbox


@method_decorator(csrf_exempt, name="dispatch")
class WebhookView(View):
    """POST only; no authentication, no CSRF: the provider's signature is checked."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, provider: str) -> HttpResponse:
        status, document = webhooks.receive(provider, request.body, request.headers)
        return JsonResponse(document, status=status)


def _context(payment: Payment, **extra: Any) -> dict[str, Any]:
    order = payment.order
    return {
        "payment": payment,
        "order": order,
        "organisation": order.organisation,
        "amount": f"{payment.amount_cents // 100}.{payment.amount_cents % 100:02d}",
        "finished": payment.state not in (Payment.State.CREATED, Payment.State.PENDING),
        **extra,
    }


@require_http_methods(["GET", "HEAD", "POST"])
def sandbox_page(request: HttpRequest, token: str) -> HttpResponse:
    payment = (
        Payment.objects.select_related("order", "order__organisation")
        .filter(token=token, provider="sandbox")
        .first()
    )
    if payment is None or not token:
        raise Http404("No such test payment.")
    result = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in ("pay", "decline"):
            return render(
                request,
                "payments/sandbox.html",
                _context(payment, error="Choose Pay or Decline."),
                status=400,
            )
        if payment.state in (Payment.State.CREATED, Payment.State.PENDING):
            kind = "confirmed" if action == "pay" else "failed"
            body = sandbox.event_body(payment, kind)
            status, document = webhooks.receive("sandbox", body, sandbox.sign(body))
            result = {"status": status, "outcome": document.get("status", "refused")}
        payment.refresh_from_db()
        return render(request, "payments/sandbox_result.html", _context(payment, result=result))
    return render(request, "payments/sandbox.html", _context(payment))
