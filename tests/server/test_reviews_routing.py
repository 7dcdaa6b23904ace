"""Routing on acceptance: to the user groups of the organisation's country with enough
reviewers free of conflicts, else to the PSC; conflicts of interest; joining a group."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from applications.models import Application
from applications.rules import can_view_application, visible_applications
from audit.models import Event
from catalogue.models import CourseConvener
from django.core import signing
from reviews import domain
from reviews.models import Assignment, Invitation, Routing
from reviews.rules import may_see_material

from tests.server.factories_applications import submitted
from tests.server.factories_reviews import (
    assignees,
    declared,
    manager,
    reviewers,
    routed_application,
    submitted_review,
    user_group,
)

pytestmark = pytest.mark.django_db


def test_a_group_with_enough_reviewers_gets_it(catalogue_factory):
    boss = manager(catalogue_factory)
    group = user_group(catalogue_factory, members=3, review_period_days=21)
    user_group(catalogue_factory, "QGIS Sverige", country="SE", members=3)
    application, routing = routed_application(catalogue_factory, by=boss)
    assert application.state == "under_review"
    assert routing.target == "group" and routing.reason_code == "local_group"
    assert routing.round == 1 and routing.stage == "reviewing" and routing.current
    assert (routing.due_at - routing.routed_at).days == 21  # the group's own period
    assert [g.user_group for g in routing.groups.all()] == [group]
    assert set(assignees(routing)) == set(group.members.all())
    assert not Assignment.objects.filter(routing=routing, reviewer=boss).exists()
    event = Event.objects.get(action="review.route")
    assert event.object_type == "reviews.routing" and event.after["application"] == application.pk
    assert event.after["reason_code"] == "local_group" and event.actor_pk == boss.pk
    # The application's own history (which its owners read) names no review object.
    own = Event.objects.filter(object_type="applications.application").values_list(
        "action", flat=True
    )
    assert list(own) == [
        "application.create",
        "application.submit",
        "application.start_screening",
        "application.route",
    ]
    # A retry of the acceptance routes nothing twice.
    domain.screen(application_id=application.pk, user=boss, action="accept")
    assert domain.route(application_id=application.pk).pk == routing.pk
    assert Routing.objects.filter(application=application).count() == 1


def test_every_group_of_the_country_with_enough_reviewers(catalogue_factory):
    one = user_group(catalogue_factory, "QGIS Romania", members=2)
    two = user_group(catalogue_factory, "QGIS Cluj", members=2, review_period_days=45)
    small = user_group(catalogue_factory, "QGIS Iasi", members=1)
    _application, routing = routed_application(catalogue_factory)
    assert {g.user_group for g in routing.groups.all()} == {one, two}
    assert small.members.get() not in assignees(routing)
    assert (routing.due_at - routing.routed_at).days == 45  # the longest period


def test_no_group_goes_to_the_psc(catalogue_factory):
    boss = manager(catalogue_factory)
    other = catalogue_factory.user("psc2", is_superuser=True)
    user_group(catalogue_factory, "QGIS Sverige", country="SE", members=3)
    _application, routing = routed_application(catalogue_factory, by=boss)
    assert routing.target == "psc" and routing.reason_code == "no_group"
    assert routing.groups.count() == 0
    assert set(assignees(routing)) == {boss, other}
    assert all(a.user_group_id is None for a in routing.assignments.all())
    assert (routing.due_at - routing.routed_at).days == 30


def test_too_few_members_goes_to_the_psc(catalogue_factory):
    user_group(catalogue_factory, members=1)
    _application, routing = routed_application(catalogue_factory)
    assert routing.target == "psc" and routing.reason_code == "too_few_reviewers"


def test_applicants_are_conflicted_by_construction(catalogue_factory):
    """Owners and conveners of the applicant never review it, even as group members or as
    managers; a group left with too few goes to the PSC with the reason 'conflicts'."""
    owner = catalogue_factory.user("owner1")
    convener = catalogue_factory.user("convener1")
    helper = catalogue_factory.user("helper1")
    boss = manager(catalogue_factory)
    user_group(catalogue_factory, members=[owner, convener, helper])
    application = submitted(catalogue_factory, owner)
    CourseConvener.objects.create(user=convener, certifying_organisation=application.organisation)
    application.organisation.owners.add(boss)  # a manager who owns it is not its PSC either
    domain.screen(application_id=application.pk, user=boss, action="accept")
    routing = Routing.objects.get(application=application)
    assert routing.target == "psc" and routing.reason_code == "conflicts"
    assert owner not in assignees(routing) and convener not in assignees(routing)
    assert boss not in assignees(routing)


def test_a_conflict_excludes_and_too_few_left_escalates(catalogue_factory, mailoutbox):
    boss = manager(catalogue_factory)
    group = user_group(catalogue_factory, members=2, coordinator=True)
    application, routing = routed_application(catalogue_factory, by=boss)
    first, second = assignees(routing)
    assert not may_see_material(first, application)  # not before the declaration
    assert not can_view_application(first, application)
    declared(application, first)
    assert may_see_material(first, application) and can_view_application(first, application)
    assert list(visible_applications(first)) == [application]
    with pytest.raises(domain.Invalid) as raised:
        domain.declare(application_id=application.pk, user=second, conflict=True)
    assert set(raised.value.errors) == {"kind", "reason"}
    assignment = domain.declare(
        application_id=application.pk,
        user=second,
        conflict=True,
        kind="competitor",
        reason="We run courses in the same city.",
    )
    assert assignment.declaration == "conflict" and not assignment.active
    assert not may_see_material(second, application)
    assert not can_view_application(second, application)
    assert list(visible_applications(second)) == []
    routing.refresh_from_db()
    assert routing.target == "psc" and routing.reason_code == "conflicts"
    assert routing.escalated_at is not None and routing.current
    assert boss in assignees(routing) and first in assignees(routing, group)
    assert Event.objects.filter(action="review.escalate").count() == 1
    # The same declaration again changes nothing; withdrawing a conflict is refused.
    again = domain.declare(
        application_id=application.pk,
        user=second,
        conflict=True,
        kind="competitor",
        reason="We run courses in the same city.",
    )
    assert again.pk == assignment.pk
    assert Event.objects.filter(action="review.declare").count() == 2
    with pytest.raises(domain.NotAllowed):
        domain.declare(application_id=application.pk, user=second, conflict=False)
    with pytest.raises(domain.Forbidden):  # only assignees declare
        domain.declare(application_id=application.pk, user=catalogue_factory.user(), conflict=False)


def test_a_conflict_declared_earlier_counts_in_the_next_round(catalogue_factory):
    boss = manager(catalogue_factory)
    user_group(catalogue_factory, members=3)
    application, routing = routed_application(catalogue_factory, by=boss)
    conflicted = assignees(routing)[0]
    domain.declare(
        application_id=application.pk,
        user=conflicted,
        conflict=True,
        kind="family",
        reason="My brother owns it.",
    )
    domain.decide(
        application_id=application.pk, user=boss, outcome="request_changes", rationale="Data?"
    )
    owner = application.organisation.owners.get()
    from applications import domain as applications_domain

    applications_domain.submit(application_id=application.pk, user=owner)
    domain.screen(application_id=application.pk, user=boss, action="accept")
    second = Routing.objects.get(application=application, current=True)
    assert second.round == 2 and second.pk != routing.pk
    assert conflicted not in assignees(second) and len(assignees(second)) == 2
    assert Routing.objects.filter(application=application).count() == 2


def test_a_member_who_joins_gets_the_open_routings(catalogue_factory):
    group = user_group(catalogue_factory, members=2)
    application, routing = routed_application(catalogue_factory)
    newcomer, owner = reviewers(catalogue_factory, 1)[0], application.organisation.owners.get()
    group.members.add(newcomer)
    assert newcomer in assignees(routing)
    assert Event.objects.filter(action="review.assign").count() == 1
    newcomer.user_groups.remove(group)  # leaving: off the routings not yet reviewed
    assert newcomer not in assignees(routing)
    newcomer.user_groups.add(group)  # the reverse side, again: nothing twice
    assert Assignment.objects.filter(routing=routing, reviewer=newcomer).count() == 1
    assert newcomer in assignees(routing)
    group.members.add(owner)  # an applicant joining gets nothing to review
    assert owner not in assignees(routing)


def test_a_member_who_leaves_keeps_a_submitted_review_only(catalogue_factory):
    user_group(catalogue_factory, members=3)
    application, routing = routed_application(catalogue_factory)
    first, second, third = assignees(routing)
    submitted_review(application, first)
    declared(application, second)
    assert may_see_material(second, application)
    group = routing.groups.get().user_group
    group.members.remove(first, second)
    active = set(
        Assignment.objects.filter(routing=routing, active=True).values_list(
            "reviewer_id", flat=True
        )
    )
    assert active == {first.pk, third.pk}  # the submitted review stays counted
    assert not may_see_material(second, application)
    assert Event.objects.filter(action="review.unassign").count() == 1
    group.members.remove(second)  # again: nothing more
    assert Event.objects.filter(action="review.unassign").count() == 1


def test_an_invitation_joins_the_group(catalogue_factory, mailoutbox):
    boss = manager(catalogue_factory)
    coordinator = catalogue_factory.user("coord")
    group = user_group(catalogue_factory, members=2, coordinator=coordinator)
    application, routing = routed_application(catalogue_factory, by=boss)
    stranger = catalogue_factory.user("stranger")
    with pytest.raises(domain.Forbidden):
        domain.invite(group_id=group.pk, user=stranger, email="new@example.org")
    with pytest.raises(domain.Invalid):
        domain.invite(group_id=group.pk, user=coordinator, email="not an address")
    invitation = domain.invite(
        group_id=group.pk, user=coordinator, email="New@Example.ORG", language="sv"
    )
    assert invitation.email == "New@example.org" and invitation.language == "sv"
    again = domain.invite(group_id=group.pk, user=boss, email="new@example.org")
    assert again.pk == invitation.pk and Invitation.objects.count() == 1
    fields = {f.name for f in Invitation._meta.get_fields()}
    assert not any("token" in name for name in fields)  # nothing secret stored
    token = signing.dumps(invitation.pk, salt="reviews.invitation")
    with pytest.raises(domain.Invalid):
        domain.accept_invitation(token=token + "x", user=stranger)
    with pytest.raises(domain.Invalid):
        domain.accept_invitation(token=signing.dumps(invitation.pk, salt="other"), user=stranger)
    joined = domain.accept_invitation(token=token, user=stranger)
    assert joined == group and stranger in group.members.all()
    assert stranger in assignees(routing)
    assert domain.accept_invitation(token=token, user=stranger) == group  # a retry
    with pytest.raises(domain.NotAllowed):
        domain.accept_invitation(token=token, user=catalogue_factory.user("late"))
    assert Event.objects.filter(action="review.invitation.accept").count() == 1
    assert application.pk


def test_an_expired_invitation_is_refused(catalogue_factory):
    boss = manager(catalogue_factory)
    group = user_group(catalogue_factory, members=1)
    invitation = domain.invite(group_id=group.pk, user=boss, email="x@example.org")
    token = signing.dumps(invitation.pk, salt="reviews.invitation")
    later = invitation.expires_at + timedelta(seconds=1)
    with (
        mock.patch("applications.domain.now", return_value=later),
        pytest.raises(domain.NotAllowed),
    ):
        domain.accept_invitation(token=token, user=catalogue_factory.user())
    assert group.members.count() == 1


def test_only_managers_screen_and_route(catalogue_factory):
    user_group(catalogue_factory, members=2)
    application = submitted(catalogue_factory)
    owner = application.organisation.owners.get()
    for user in (owner, catalogue_factory.user()):
        with pytest.raises(domain.Forbidden):
            domain.screen(application_id=application.pk, user=user, action="accept")
    with pytest.raises(domain.Invalid):
        domain.screen(application_id=application.pk, user=manager(catalogue_factory), action="x")
    assert Application.objects.get(pk=application.pk).state == "submitted"
    assert not Routing.objects.exists()


def test_screening_sends_back_or_rejects_with_remarks(catalogue_factory):
    boss = manager(catalogue_factory)
    back = submitted(catalogue_factory, name="Back")
    with pytest.raises(domain.Invalid) as raised:
        domain.screen(application_id=back.pk, user=boss, action="request_changes")
    assert set(raised.value.errors) == {"remarks"}
    assert Application.objects.get(pk=back.pk).state == "submitted"  # all rolled back
    sent_back = domain.screen(
        application_id=back.pk, user=boss, action="request_changes", remarks="Add data."
    )
    assert sent_back.state == "changes_requested" and sent_back.remarks == "Add data."
    out = submitted(catalogue_factory, catalogue_factory.user(), name="Out")
    rejected = domain.screen(
        application_id=out.pk, user=boss, action="reject", remarks="Not a training provider."
    )
    assert rejected.state == "rejected"
    assert rejected.organisation.status == "rejected"
    assert not Routing.objects.exists()
    with pytest.raises(domain.NotAllowed):
        domain.screen(application_id=out.pk, user=boss, action="accept")
