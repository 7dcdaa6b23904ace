"""The invitation page: ``/reviews/join/<token>/``, where an invited reviewer joins a group.

The e-mail's link carries the signed invitation id (``reviews.tasks.invitation_token``).
Sign-in is required; allauth's login and sign-up pages come back here (``?next=``). GET shows
the group and a Join button; the POST (CSRF-protected) joins through
``reviews.domain.accept_invitation``. A bad link answers 400, an expired or used one 410,
each with a page that says so (never a 500).
"""

from __future__ import annotations

from typing import Any

from applications.domain import DomainError, Invalid
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from . import domain
from .models import Invitation

BAD, EXPIRED, USED = "bad", "expired", "used"
STATUS = {BAD: 400, EXPIRED: 410, USED: 410}


def invitation_of(token: str) -> tuple[Invitation | None, str]:
    """The invitation a token names and what is wrong with it (``""`` when it can be used)."""
    try:
        pk = domain.invitation_id(token)
    except Invalid:
        return None, BAD
    invitation = Invitation.objects.select_related("user_group").filter(pk=pk).first()
    if invitation is None:
        return None, BAD
    if invitation.accepted_at is not None:
        return invitation, USED
    if invitation.expires_at <= domain.now():
        return invitation, EXPIRED
    return invitation, ""


def _page(request: HttpRequest, context: dict[str, Any], status: int = 200) -> HttpResponse:
    response = render(request, "reviews/join.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"  # the token must not leak to linked sites
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    invitation, problem = invitation_of(token)
    if invitation is not None and problem == USED and invitation.accepted_by_id == request.user.pk:
        return _page(request, {"invitation": invitation, "joined": True})
    if problem:
        return _page(request, {"invitation": invitation, "problem": problem}, STATUS[problem])
    assert invitation is not None
    if request.method != "POST":
        return _page(request, {"invitation": invitation})
    try:
        group = domain.accept_invitation(token=token, user=request.user)
    except DomainError as error:
        invitation, problem = invitation_of(token)
        problem = problem or BAD
        return _page(
            request,
            {"invitation": invitation, "problem": problem, "detail": str(error)},
            STATUS[problem],
        )
    return _page(request, {"invitation": invitation, "joined": True, "group": group})
