"""The personal token page: list own tokens, issue one (key shown once), revoke one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .forms import TokenCreateForm
from .models import ApiToken


def _owner(request: HttpRequest) -> int:
    """Primary key of the logged-in user (the views are behind ``login_required``)."""
    pk = request.user.pk
    if pk is None:
        raise PermissionDenied
    return int(pk)


def _page(
    request: HttpRequest, form: TokenCreateForm, new_key: str = "", status: int = 200
) -> HttpResponse:
    tokens = ApiToken.objects.filter(user__pk=_owner(request)).order_by("-created_at", "-id")
    response: HttpResponse = render(
        request,
        "accounts/tokens.html",
        {"form": form, "tokens": tokens, "new_key": new_key},
        status=status,
    )
    # The page may carry a fresh key: keep it out of every cache.
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def token_list(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, TokenCreateForm())
    form = TokenCreateForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    _token, key = ApiToken.issue(request.user, form.cleaned_data["name"], form.cleaned_data["days"])
    # Rendered, not redirected: the key lives only in this response.
    return _page(request, TokenCreateForm(), new_key=key, status=201)


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user__pk=_owner(request))
    if token.revoke():
        messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    else:
        messages.info(request, _("Token “%(name)s” was already revoked.") % {"name": token.name})
    done: HttpResponse = redirect("accounts:tokens")
    return done
