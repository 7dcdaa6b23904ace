"""What every endpoint answers to every role: the decisions test_permission_matrix.py checks.

One line per decision: (route name, or the pattern of an unnamed route), the methods it
covers, and the status per role. A new endpoint fails the matrix test until a line here says
what it answers; a line for an endpoint that is gone fails too.

Organisation-scoped endpoints are asked about a *private* (draft) organisation in the
country RO: "owner" owns it, "convener" convenes one of its courses, "reviewer" is in RO's
user group, "other_reviewer" in SE's, "other_owner" owns a certified organisation elsewhere.
Only owners and certification managers see a private organisation (catalogue.rules); the
same endpoints about a certified organisation answer 200 to everyone (tested apart).

The reviews endpoints (issue 11) are asked about an application of the private organisation
routed to RO's group: "reviewer" is assigned and declared no conflict, "conflicted" declared
a conflict, "coordinator" coordinates the group. Applicants (owner, convener) are refused
(403) every review endpoint but the appeal; users with nothing to do with it get 404.

The Django admin is decided by families (a regular expression over the route name or
pattern, and a method): every admin view sends non-staff users to the admin sign-in page
(302); what a certification manager (staff, in the managers' group) gets follows the
group's model permissions. Admin views tell GET from POST only, so those two are asked.
"""

from __future__ import annotations

ROLES = (
    "anonymous",
    "user",  # signed in, no role
    "other_owner",
    "owner",
    "convener",
    "other_reviewer",
    "reviewer",
    "conflicted",  # in RO's user group, declared a conflict on the routed application
    "coordinator",  # coordinates RO's user group (not a member)
    "manager",
)

SAFE = ("GET", "HEAD")
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
ALL = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
DRF_READ = ("GET", "HEAD", "OPTIONS")


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def signed_in(status: int, anonymous: int = 302) -> dict[str, int]:
    """Behind a sign-in: the anonymous visitor is sent to the sign-in page."""
    return {**everyone(status), "anonymous": anonymous}


def only(roles: set[str], status: int = 200, others: int = 404) -> dict[str, int]:
    return {role: status if role in roles else others for role in ROLES}


#: A private organisation's rows: its owners and the managers see them, others get 404.
PRIVATE = only({"owner", "manager"})

#: The routed application's reviews endpoints: those who know of it (applicants, assignees,
#: the coordinator, managers) are refused (403) unless a row says more; strangers get 404.
REVIEW_KNOWN = {
    **only({"owner", "convener", "reviewer", "conflicted", "coordinator", "manager"}, 403),
    "anonymous": 401,
}


#: Writes on a private organisation's rows: its owner is refused (not certified), others do
#: not see them (404), anonymous 401; what a manager gets is said per row.
WRITE_PRIVATE = {**only({"owner"}, 403), "anonymous": 401}

#: Issue 12's certified organisation: "owner" owns it, "convener" convenes for it.
COURSE_MANAGERS = ("owner", "convener", "manager")
TRAINERS = {**only(set(COURSE_MANAGERS)), "anonymous": 401}


def course_role(status: int) -> dict[str, int]:
    """Its course's endpoints: managers of it get ``status``, who sees the course 403."""
    return {**only(set(COURSE_MANAGERS), status, others=403), "anonymous": 401}


#: Admin views: staff (the manager) gets ``manager``; everyone else the admin sign-in page.
def staff(manager: int) -> dict[str, int]:
    return {**everyone(302), "manager": manager}


def rows(*lines: tuple[str, tuple[str, ...], dict[str, int]]) -> dict:
    """``(route, methods, answers)`` lines as ``{(route, method): answers}``; no overlaps."""
    table: dict[tuple[str, str], dict[str, int]] = {}
    for route, methods, answers in lines:
        for method in methods:
            key = (route, method)
            if key in table:
                raise ValueError(f"{key} decided twice")
            table[key] = answers
    return table


TABLE = rows(
    # Home page and health check.
    ("home", SAFE, everyone(200)),
    ("home", (*UNSAFE, "OPTIONS"), everyone(405)),
    ("healthz", SAFE, everyone(200)),
    ("healthz", (*UNSAFE, "OPTIONS"), everyone(405)),
    # Accounts: sign-in, sign-out (POST only), personal tokens.
    # Sign-in, sign-up and sign-out are django-allauth's views (asked as a browser, see
    # ACCEPT); accounts:login/logout are the same views as account_login/logout. A signed-in
    # visitor of the sign-in or sign-up page is sent on (302); an empty form comes back (200).
    *[
        line
        for route in ("accounts:login", "account_login", "account_signup")
        for line in (
            (route, ("GET", "HEAD", "POST", "PUT", "OPTIONS"), signed_in(302, anonymous=200)),
            (route, ("PATCH", "DELETE"), signed_in(302, anonymous=405)),
        )
    ],
    # Sign-out: GET asks to confirm, POST signs out.
    *[
        line
        for route in ("accounts:logout", "account_logout")
        for line in (
            (route, SAFE, signed_in(200)),
            (route, ("POST",), everyone(302)),
            (route, ("OPTIONS",), everyone(200)),
            (route, ("PUT", "PATCH", "DELETE"), everyone(405)),
        )
    ],
    # allauth's information pages: anyone may read them, nothing to send.
    *[
        line
        for route in (
            "account_inactive",
            "account_email_verification_sent",
            "account_reset_password_done",
            "account_reset_password_from_key_done",
        )
        for line in ((route, (*SAFE, "OPTIONS"), everyone(200)), (route, UNSAFE, everyone(405)))
    ],
    # Flows that need a step first (a sign-in, a code sent, a usable password): sent on.
    *[
        (route, ALL, everyone(302))
        for route in (
            "account_reauthenticate",
            "account_confirm_reauthentication_code",
            "account_confirm_login_code",
            "account_change_password",  # the roles' accounts have no password: to set one
        )
    ],
    ("account_request_reauthentication_code", ("PATCH", "DELETE"), signed_in(405)),
    (
        "account_request_reauthentication_code",
        ("GET", "HEAD", "POST", "PUT", "OPTIONS"),
        signed_in(200),
    ),
    ("account_set_password", ("GET", "HEAD", "POST", "PUT", "OPTIONS"), signed_in(200)),
    ("account_set_password", ("PATCH", "DELETE"), signed_in(405)),
    # The own addresses: an empty POST changes nothing and comes back to the list.
    ("account_email", (*SAFE, "OPTIONS"), signed_in(200)),
    ("account_email", ("POST", "PUT"), signed_in(302)),
    ("account_email", ("PATCH", "DELETE"), signed_in(405)),
    # Password reset by e-mail, anonymous by design; an empty form comes back.
    ("account_reset_password", ("GET", "HEAD", "POST", "PUT", "OPTIONS"), everyone(200)),
    ("account_reset_password", ("PATCH", "DELETE"), everyone(405)),
    # The links in those e-mails, with a wrong key: the "link not valid" page.
    ("account_confirm_email", (*SAFE, "OPTIONS"), everyone(200)),
    ("account_confirm_email", ("POST",), everyone(404)),
    ("account_confirm_email", ("PUT", "PATCH", "DELETE"), everyone(405)),
    ("account_reset_password_from_key", ALL, everyone(200)),
    ("accounts:tokens", SAFE, signed_in(200)),
    ("accounts:tokens", ("POST",), signed_in(400)),  # an empty form
    ("accounts:tokens", ("PUT", "PATCH", "DELETE", "OPTIONS"), signed_in(405)),
    # Revoking the owner's token: only its holder; anyone else's attempt finds nothing.
    ("accounts:token-revoke", ("POST",), {**only({"owner"}, 302), "anonymous": 302}),
    ("accounts:token-revoke", ("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"), signed_in(405)),
    # Connecting QGIS (device sign-in): the code form; a POST without Approve/Deny is a 400.
    ("accounts:connect", SAFE, signed_in(200)),
    ("accounts:connect", ("POST",), signed_in(400)),
    ("accounts:connect", ("PUT", "PATCH", "DELETE", "OPTIONS"), signed_in(405)),
    # API v1: public reads; a private organisation's rows only for owners and managers.
    ("api:root", DRF_READ, everyone(200)),
    ("api:me", DRF_READ, signed_in(200, anonymous=401)),
    ("api:schema", DRF_READ, everyone(200)),
    # Sign-in from QGIS: anonymous by design (credentials ignored); an empty body is a 400.
    ("api:device-authorization", ("POST",), everyone(200)),
    ("api:device-authorization", ("OPTIONS",), everyone(200)),
    ("api:device-token", ("POST",), everyone(400)),
    ("api:device-token", ("OPTIONS",), everyone(200)),
    # Signing out revokes the token the request carries: 401 without one.
    ("api:token-revoke", ("POST",), signed_in(204, anonymous=401)),
    ("api:token-revoke", ("OPTIONS",), signed_in(200, anonymous=401)),
    ("api:docs", SAFE, everyone(200)),  # asked as a browser: a web page
    # OPTIONS names the methods, whatever the client accepts (test_security_headers).
    ("api:docs", ("OPTIONS",), everyone(200)),
    ("api:organisation-list", DRF_READ, everyone(200)),
    ("api:organisation-detail", SAFE, PRIVATE),
    ("api:organisation-detail", ("OPTIONS",), everyone(200)),  # describes the view, no row
    ("api:training-centre-list", DRF_READ, everyone(200)),
    ("api:training-centre-detail", SAFE, PRIVATE),
    ("api:training-centre-detail", ("OPTIONS",), everyone(200)),
    ("api:course-list", DRF_READ, everyone(200)),
    ("api:course-detail", SAFE, PRIVATE),
    ("api:course-detail", ("OPTIONS",), everyone(200)),
    ("api:course-type-list", DRF_READ, everyone(200)),
    ("api:course-type-detail", SAFE, PRIVATE),
    ("api:course-type-detail", ("OPTIONS",), everyone(200)),
    ("api:not-found", ("OPTIONS",), everyone(404)),
    # Applications (issue 10): asked about a draft of the private organisation. Only its
    # owners and the managers see it (others 404); only owners edit, submit and withdraw
    # (a manager is refused, 403). The form is public.
    ("api:application-form", DRF_READ, everyone(200)),
    ("api:application-list", DRF_READ, signed_in(200, anonymous=401)),
    ("api:application-list", ("POST",), signed_in(400, anonymous=401)),  # no name
    ("api:application-detail", SAFE, {**PRIVATE, "anonymous": 401}),
    ("api:application-detail", ("PATCH",), {**PRIVATE, "manager": 403, "anonymous": 401}),
    *[
        (route, ("OPTIONS",), signed_in(200, anonymous=401))
        for route in (
            "api:application-detail",
            "api:application-submit",
            "api:application-withdraw",
            "api:application-reapply",
            "api:application-events",
            "api:application-round",
        )
    ],
    # Submitting an empty draft: 400 listing what is missing.
    (
        "api:application-submit",
        ("POST",),
        {**only({"owner"}, 400), "manager": 403, "anonymous": 401},
    ),
    ("api:application-withdraw", ("POST",), {**only({"owner"}), "manager": 403, "anonymous": 401}),
    # Applying again (after the withdraw row above): the organisation still has the World's
    # second draft open, so the owner's request is refused with 400; the others never reach it.
    (
        "api:application-reapply",
        ("POST",),
        {**only({"owner"}, 400), "manager": 403, "anonymous": 401},
    ),
    ("api:application-events", SAFE, {**PRIVATE, "anonymous": 401}),
    ("api:application-round", SAFE, {**everyone(404), "anonymous": 401}),  # no round yet
    # Material files: listed and downloaded by whoever sees the application; uploaded (an
    # empty form: 400) and deleted by owners only.
    ("api:application-materials", SAFE, {**PRIVATE, "anonymous": 401}),
    (
        "api:application-materials",
        ("POST",),
        {**only({"owner"}, 400), "manager": 403, "anonymous": 401},
    ),
    (
        "api:application-material",
        ("DELETE",),
        {**only({"owner"}, 204), "manager": 403, "anonymous": 401},
    ),
    ("api:application-material-download", SAFE, {**PRIVATE, "anonymous": 401}),
    *[
        (route, ("OPTIONS",), signed_in(200, anonymous=401))
        for route in (
            "api:application-materials",
            "api:application-material",
            "api:application-material-download",
        )
    ],
    # Reviews (issue 11): the rubric is public, the queue for everyone signed in (empty for
    # most). About the routed application, with empty bodies: who passes the permission
    # check gets 400 (or 409 where the state refuses first); applicants 403; strangers 404.
    ("api:rubric", DRF_READ, everyone(200)),
    ("api:review-queue", DRF_READ, signed_in(200, anonymous=401)),
    *[
        (route, ("OPTIONS",), signed_in(200, anonymous=401))
        for route in (
            "api:application-conflict-declaration",
            "api:application-reviews",
            "api:application-my-review",
            "api:application-my-review-submit",
            "api:application-opinion",
            "api:application-screening",
            "api:application-decision",
            "api:application-appeal",
            "api:user-group-invitations",
        )
    ],
    (
        "api:application-conflict-declaration",
        SAFE,
        {**REVIEW_KNOWN, "reviewer": 200, "conflicted": 200},
    ),
    (
        "api:application-conflict-declaration",
        ("PUT",),
        {**REVIEW_KNOWN, "reviewer": 400, "conflicted": 400},
    ),
    (
        "api:application-reviews",
        SAFE,
        {**REVIEW_KNOWN, "reviewer": 200, "coordinator": 200, "manager": 200},
    ),
    ("api:application-my-review", SAFE, {**REVIEW_KNOWN, "reviewer": 200, "conflicted": 409}),
    ("api:application-my-review", ("PUT",), {**REVIEW_KNOWN, "reviewer": 200, "conflicted": 409}),
    (
        "api:application-my-review-submit",
        ("POST",),
        {**REVIEW_KNOWN, "reviewer": 400, "conflicted": 409},
    ),
    ("api:application-opinion", SAFE, {**REVIEW_KNOWN, "coordinator": 200, "manager": 200}),
    ("api:application-opinion", ("POST",), {**REVIEW_KNOWN, "coordinator": 400, "manager": 400}),
    ("api:application-screening", SAFE, {**REVIEW_KNOWN, "manager": 200}),
    ("api:application-screening", ("POST",), {**REVIEW_KNOWN, "manager": 400}),
    ("api:application-decision", SAFE, {**REVIEW_KNOWN, "manager": 200}),
    ("api:application-decision", ("POST",), {**REVIEW_KNOWN, "manager": 400}),
    # No appeal yet: 204 to those who may read one; only owners post (an empty body: 400).
    ("api:application-appeal", SAFE, {**REVIEW_KNOWN, "owner": 204, "manager": 204}),
    ("api:application-appeal", ("POST",), {**REVIEW_KNOWN, "owner": 400}),
    # Inviting to RO's group: its coordinator and managers (an empty body: 400).
    (
        "api:user-group-invitations",
        ("POST",),
        {**signed_in(403, anonymous=401), "coordinator": 400, "manager": 400},
    ),
    # Catalogue writes (issue 12), asked about the private organisation's rows with empty
    # bodies: its owner is refused (403: not certified yet), a manager passes (PUT: 400, PATCH
    # changes nothing: 200, DELETE: 409 in_use, its courses and a certificate refer to them);
    # those who do not see the rows get 404. A create without a body is a 400 for all.
    *[
        line
        for kind in ("training-centre", "course", "course-type")
        for line in (
            (f"api:{kind}-list", ("POST",), signed_in(400, anonymous=401)),
            (f"api:{kind}-detail", ("PUT",), {**WRITE_PRIVATE, "manager": 400}),
            (f"api:{kind}-detail", ("PATCH",), {**WRITE_PRIVATE, "manager": 200}),
            (f"api:{kind}-detail", ("DELETE",), {**WRITE_PRIVATE, "manager": 409}),
        )
    ],
    # Conveners: the lists of what one manages (empty for most); the certified organisation's
    # convener, which its course refers to (DELETE: 409 in_use).
    ("api:convener-list", DRF_READ, signed_in(200, anonymous=401)),
    ("api:convener-list", ("POST",), signed_in(400, anonymous=401)),
    ("api:convener-detail", (*SAFE, "PATCH"), TRAINERS),
    ("api:convener-detail", ("OPTIONS",), signed_in(200, anonymous=401)),
    ("api:convener-detail", ("DELETE",), {**TRAINERS, **dict.fromkeys(COURSE_MANAGERS, 409)}),
    ("api:my-organisations", DRF_READ, signed_in(200, anonymous=401)),
    # Attendees and certificates of the certified organisation's course (QGIS-1 issued to one
    # attendee, another waiting): its owners, conveners and managers; others 403 (they see
    # the course), anonymous 401. Empty bodies: 400; sending queues the e-mails (202).
    *[
        (route, ("OPTIONS",), signed_in(200, anonymous=401))
        for route in (
            "api:course-attendees",
            "api:course-attendees-import",
            "api:course-attendee",
            "api:course-certificates",
            "api:course-certificates-zip",
            "api:course-certificates-send",
            "api:certificate-pdf",
            "api:certificate-correct",
            "api:certificate-revoke",
            "api:certificate-send",
            "api:organisation-certificate-pdf",
        )
    ],
    ("api:course-attendees", SAFE, course_role(200)),
    ("api:course-attendees", ("POST",), course_role(400)),
    ("api:course-attendees-import", ("POST",), course_role(400)),
    ("api:course-attendee", ("PATCH",), course_role(200)),
    ("api:course-attendee", ("DELETE",), course_role(409)),  # holds QGIS-1: in_use
    ("api:course-certificates", SAFE, course_role(200)),
    ("api:course-certificates", ("POST",), course_role(400)),
    ("api:course-certificates-zip", SAFE, course_role(200)),
    ("api:course-certificates-send", ("POST",), course_role(202)),
    # Verification is public (the badge too); the PDF and the changes for course managers.
    ("api:certificate", DRF_READ, everyone(200)),
    ("api:certificate-badge", DRF_READ, everyone(200)),
    ("api:certificate-pdf", SAFE, course_role(200)),
    ("api:certificate-correct", ("POST",), course_role(400)),
    ("api:certificate-revoke", ("POST",), course_role(400)),
    ("api:certificate-send", ("POST",), course_role(202)),
    ("api:badge-issuer", DRF_READ, everyone(200)),
    # The certified organisation's own certificate: public; its PDF for owners and managers.
    ("api:organisation-certificate", DRF_READ, everyone(200)),
    (
        "api:organisation-certificate-pdf",
        SAFE,
        {**signed_in(403, anonymous=401), "owner": 200, "manager": 200},
    ),
    # Credits, orders and invoices (issue 13), asked about the certified organisation that
    # "owner" owns: its transfer order and open invoice (another one for mark-paid). Billing
    # is for owners and managers: others 403 where they see the organisation, 404 for its
    # orders and invoices. Empty bodies: 400 (validated before the organisation is looked up).
    *[
        (route, ("OPTIONS",), signed_in(200, anonymous=401))
        for route in (
            "api:credits",
            "api:credit-limit",
            "api:orders",
            "api:order",
            "api:order-refund",
            "api:invoices",
            "api:invoice",
            "api:invoice-pdf",
            "api:invoice-qr",
            "api:invoice-mark-paid",
            "api:statements",
        )
    ],
    ("api:credits", SAFE, {**signed_in(403, anonymous=401), "owner": 200, "manager": 200}),
    ("api:credit-limit", ("POST",), {**signed_in(403, anonymous=401), "manager": 400}),
    ("api:orders", SAFE, signed_in(200, anonymous=401)),
    ("api:orders", ("POST",), signed_in(400, anonymous=401)),
    ("api:invoices", SAFE, signed_in(200, anonymous=401)),
    *[
        (route, SAFE, {**only({"owner", "manager"}), "anonymous": 401})
        for route in ("api:order", "api:invoice", "api:invoice-pdf", "api:invoice-qr")
    ],
    ("api:order-refund", ("POST",), {**only({"owner"}, 403), "anonymous": 401, "manager": 400}),
    (
        "api:invoice-mark-paid",
        ("POST",),
        {**only({"owner"}, 403), "anonymous": 401, "manager": 200},
    ),
    ("api:statements", ("POST",), {**signed_in(403, anonymous=401), "manager": 400}),
    # The hosted sandbox TEST payment page: anyone with its token (an unknown one: 404).
    ("payments:sandbox", ("GET", "HEAD", "POST"), everyone(404)),
    ("payments:sandbox", ("PUT", "PATCH", "DELETE", "OPTIONS"), everyone(405)),
    # Payment webhooks: anyone may post, the signature decides (none here: 400); POST only.
    ("api:payment-webhook", ("POST",), everyone(400)),
    ("api:payment-webhook", ("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"), everyone(405)),
    # Joining a user group from an invitation's link: sign in first; a link that is not a
    # signed invitation is a 400 page.
    ("reviews:join", ("GET", "HEAD", "POST"), signed_in(400)),
    ("reviews:join", ("PUT", "PATCH", "DELETE", "OPTIONS"), signed_in(405)),
    # The live site's feeds: read-only; per-organisation feeds of a private organisation 404.
    ("feeds:organisations", (*SAFE, "OPTIONS"), everyone(200)),
    ("feeds:organisations", UNSAFE, everyone(405)),
    ("feeds:upcoming-course", (*SAFE, "OPTIONS"), everyone(200)),
    ("feeds:upcoming-course", UNSAFE, everyone(405)),
    ("feeds:past-course", (*SAFE, "OPTIONS"), everyone(200)),
    ("feeds:past-course", UNSAFE, everyone(405)),
    ("feeds:training-center", (*SAFE, "OPTIONS"), everyone(200)),
    ("feeds:training-center", UNSAFE, everyone(405)),
    ("feeds:organisation-training-center", SAFE, PRIVATE),
    ("feeds:organisation-training-center", ("OPTIONS",), everyone(200)),
    ("feeds:organisation-training-center", UNSAFE, everyone(405)),
    ("feeds:organisation-upcoming-course", SAFE, PRIVATE),
    ("feeds:organisation-upcoming-course", ("OPTIONS",), everyone(200)),
    ("feeds:organisation-upcoming-course", UNSAFE, everyone(405)),
    ("feeds:organisation-past-course", SAFE, PRIVATE),
    ("feeds:organisation-past-course", ("OPTIONS",), everyone(200)),
    ("feeds:organisation-past-course", UNSAFE, everyone(405)),
    # The live site's web pages: GET and HEAD only.
    ("catalogue:organisation", SAFE, PRIVATE),
    ("catalogue:organisation", (*UNSAFE, "OPTIONS"), everyone(405)),
    ("catalogue:course", SAFE, PRIVATE),
    ("catalogue:course", (*UNSAFE, "OPTIONS"), everyone(405)),
    ("catalogue:training-center", SAFE, PRIVATE),
    ("catalogue:training-center", (*UNSAFE, "OPTIONS"), everyone(405)),
    *[
        line
        for route in (
            "catalogue:certificate",
            "certificates:certificate",
            "certificates:organisation-certificate",
        )
        for line in (
            (route, SAFE, everyone(200)),  # 200 even when unknown, as live
            (route, (*UNSAFE, "OPTIONS"), everyone(405)),
        )
    ],
    # The live site's paths without /en/: a redirect whatever the method.
    (
        r"^(?P<rest>(?:feed|certifyingorganisation|certificate|organisationcertificate)/.*)$",
        ALL,
        everyone(302),
    ),
    # Admin site views (model views are the families below).
    ("admin:index", ("GET", "POST"), staff(200)),
    ("admin:login", ("GET",), {**everyone(200), "manager": 302}),  # staff: on to the index
    ("admin:login", ("POST",), everyone(200)),  # an empty form
    ("admin:logout", ("GET",), staff(405)),
    ("admin:logout", ("POST",), everyone(302)),
    ("admin:password_change", ("GET", "POST"), staff(200)),
    ("admin:password_change_done", ("GET",), staff(200)),
    ("admin:password_change_done", ("POST",), staff(405)),
    ("admin:autocomplete", ("GET",), staff(403)),  # no field named: refused
    ("admin:autocomplete", ("POST",), staff(405)),
    ("admin:jsi18n", ("GET",), staff(200)),
    ("admin:jsi18n", ("POST",), staff(405)),
    ("admin:view_on_site", ("GET", "POST"), staff(404)),  # organisations have no such URL
    ("admin:app_list", ("GET", "POST"), staff(200)),
    ("admin/(?P<url>.*)$", ("GET", "POST"), staff(404)),
)

#: (regular expression over the route name or pattern, method) → answers.
ADMIN_FAMILIES = {
    # Catalogue: managers view and change, never add or delete.
    **{
        (r"admin:catalogue_\w+_(changelist|history|change)", method): staff(200)
        for method in ("GET", "POST")
    },
    **{(r"admin:catalogue_\w+_(add|delete)", method): staff(403) for method in ("GET", "POST")},
    # Users: managers read accounts (personal data requests, support), change nothing.
    **{(r"admin:auth_user_(changelist|history)", method): staff(200) for method in ("GET", "POST")},
    ("admin:auth_user_change", "GET"): staff(200),
    ("admin:auth_user_change", "POST"): staff(403),
    **{
        (r"admin:auth_user_(add|delete|password_change)", method): staff(403)
        for method in ("GET", "POST")
    },
    # Audit log: managers read events; nobody adds, changes or deletes one (the admin
    # answers a read-only change view's POST with 403).
    **{
        (r"admin:audit_event_(changelist|history)", method): staff(200)
        for method in ("GET", "POST")
    },
    ("admin:audit_event_change", "GET"): staff(200),
    ("admin:audit_event_change", "POST"): staff(403),
    **{(r"admin:audit_event_(add|delete)", method): staff(403) for method in ("GET", "POST")},
    # Groups, tokens, e-mail addresses (allauth), sign-in logs, background tasks: superusers
    # only.
    **{
        (
            r"admin:(auth_group|accounts_apitoken|account_emailaddress|axes_\w+|"
            r"django_tasks_database_\w+)_"
            r"(changelist|add|history|delete|change)",
            method,
        ): staff(403)
        for method in ("GET", "POST")
    },
    # Applications: managers read them and act through admin actions (changelist POST);
    # nobody adds, edits or deletes one here. Self-check versions: managers add and edit.
    **{
        (r"admin:applications_application_(changelist|history)", method): staff(200)
        for method in ("GET", "POST")
    },
    ("admin:applications_application_change", "GET"): staff(200),
    ("admin:applications_application_change", "POST"): staff(403),
    **{
        (r"admin:applications_application_(add|delete)", method): staff(403)
        for method in ("GET", "POST")
    },
    **{
        (r"admin:applications_selfcheckversion_(changelist|history|add|change)", method): staff(200)
        for method in ("GET", "POST")
    },
    **{
        ("admin:applications_selfcheckversion_delete", method): staff(403)
        for method in ("GET", "POST")
    },
    # Reviews (issue 11): managers add and edit rubric versions (a used one becomes a new
    # version) but delete none; routings, assignments, reviews, decisions, appeals and
    # invitations are read only (reviews.domain changes them).
    **{
        (r"admin:reviews_rubricversion_(changelist|history|add|change)", method): staff(200)
        for method in ("GET", "POST")
    },
    **{("admin:reviews_rubricversion_delete", method): staff(403) for method in ("GET", "POST")},
    **{
        (
            r"admin:reviews_(routing|assignment|review|decision|appeal|invitation)_"
            r"(changelist|history)",
            method,
        ): staff(200)
        for method in ("GET", "POST")
    },
    (r"admin:reviews_(routing|assignment|review|decision|appeal|invitation)_change", "GET"): staff(
        200
    ),
    (
        r"admin:reviews_(routing|assignment|review|decision|appeal|invitation)_change",
        "POST",
    ): staff(403),
    **{
        (
            r"admin:reviews_(routing|assignment|review|decision|appeal|invitation)_(add|delete)",
            method,
        ): staff(403)
        for method in ("GET", "POST")
    },
    # Certificates, attendees, organisation certificates and the credit ledger (issue 12):
    # managers read them (and act through admin actions: changelist POST); nobody adds,
    # edits or deletes one here, except a ledger adjustment that managers add.
    **{
        (
            r"admin:(certificates_(certificate|attendee|organisationcertificate)|"
            r"payments_creditentry)_(changelist|history)",
            method,
        ): staff(200)
        for method in ("GET", "POST")
    },
    (
        r"admin:(certificates_(certificate|attendee|organisationcertificate)|"
        r"payments_creditentry)_change",
        "GET",
    ): staff(200),
    (
        r"admin:(certificates_(certificate|attendee|organisationcertificate)|"
        r"payments_creditentry)_change",
        "POST",
    ): staff(403),
    **{
        (r"admin:certificates_(certificate|attendee|organisationcertificate)_add", method): staff(
            403
        )
        for method in ("GET", "POST")
    },
    **{("admin:payments_creditentry_add", method): staff(200) for method in ("GET", "POST")},
    **{
        (
            r"admin:(certificates_(certificate|attendee|organisationcertificate)|"
            r"payments_creditentry)_delete",
            method,
        ): staff(403)
        for method in ("GET", "POST")
    },
    # Payments (issue 13): orders, payments, invoices, refunds, webhook events and statement
    # imports are read-only records (changes go through the domain); managers edit the
    # billing settings (one row, no second) and the credit accounts.
    **{
        (
            r"admin:payments_(order|payment|invoice|refund|webhookevent|statementimport|"
            r"billingsettings|creditaccount)_(changelist|history)",
            method,
        ): staff(200)
        for method in ("GET", "POST")
    },
    (
        r"admin:payments_(order|payment|invoice|refund|webhookevent|statementimport|"
        r"billingsettings|creditaccount)_change",
        "GET",
    ): staff(200),
    (
        r"admin:payments_(order|payment|invoice|refund|webhookevent|statementimport)_change",
        "POST",
    ): staff(403),
    (r"admin:payments_(billingsettings|creditaccount)_change", "POST"): staff(200),
    **{
        (
            r"admin:payments_(order|payment|invoice|refund|webhookevent|statementimport|"
            r"billingsettings)_add",
            method,
        ): staff(403)
        for method in ("GET", "POST")
    },
    **{("admin:payments_creditaccount_add", method): staff(200) for method in ("GET", "POST")},
    **{
        (
            r"admin:payments_(order|payment|invoice|refund|webhookevent|statementimport|"
            r"billingsettings|creditaccount)_delete",
            method,
        ): staff(403)
        for method in ("GET", "POST")
    },
    # /admin/<app>/<model>/<id>/ redirects to the change view, for whoever may follow it.
    **{(r"admin/\w+/\w+/<path:object_id>/", method): staff(302) for method in ("GET", "POST")},
}

#: Paths for patterns whose arguments cannot be filled in from a value (bare regexes).
SAMPLE_PATHS = {
    "api:not-found": "api/v1/no-such-resource/",
    # django-allauth's links from e-mails, with a key that is not valid.
    "account_confirm_email": "accounts/confirm-email/not-a-key/",
    "account_reset_password_from_key": "accounts/password/reset/key/1-not-a-key/",
}

#: What ``Accept`` to send per (route, method); JSON unless said here.
ACCEPT = {("api:docs", "GET"): "text/html", ("api:docs", "HEAD"): "text/html"}

#: django-allauth's pages, asked as a browser does (to ``Accept: application/json`` alone
#: allauth answers its JSON "ajax" variant instead).
ALLAUTH_PAGES = (
    "accounts:login",
    "accounts:logout",
    "account_login",
    "account_logout",
    "account_inactive",
    "account_signup",
    "account_reauthenticate",
    "account_request_reauthentication_code",
    "account_confirm_reauthentication_code",
    "account_email",
    "account_email_verification_sent",
    "account_confirm_email",
    "account_change_password",
    "account_set_password",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key",
    "account_reset_password_from_key_done",
    "account_confirm_login_code",
)
ACCEPT |= {(route, method): "text/html" for route in ALLAUTH_PAGES for method in ALL}
