"""catalogue.domain: who may write an organisation's catalogue, what is validated, which
deletes are refused, and that feeds and API ETags move after each write."""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from applications.domain import Forbidden, Invalid
from audit.models import Event
from catalogue import domain
from catalogue.models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
)
from certificates.models import Attendee, Certificate
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from tests.server.factories_applications import make_manager


@dataclass
class World:
    f: Any
    org: CertifyingOrganisation
    owner: Any
    convener: Any
    course_convener: CourseConvener
    other_owner: Any
    plain: Any
    manager: Any

    def actor(self, role: str) -> Any:
        return getattr(self, role)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def world(catalogue_factory, media) -> World:
    f = catalogue_factory
    org = f.organisation("Trainers Org")
    owner = f.user("owner", first_name="Olga", last_name="Owner")
    org.owners.add(owner)
    convener = f.user("convener", first_name="Carl", last_name="Convener")
    course_convener = f.convener(org, user=convener)
    other = f.organisation("Other Org")
    other_owner = f.user("other_owner")
    other.owners.add(other_owner)
    for slug, name in (("attendance", "Attendance"), ("completion", "Completion")):
        CertificateType.objects.get_or_create(slug=slug, defaults={"name": name})
    return World(
        f, org, owner, convener, course_convener, other_owner, f.user("plain"), make_manager(f)
    )


ALLOWED = ("owner", "convener", "manager")
REFUSED = ("other_owner", "plain")


def png(size: tuple[int, int] = (40, 20), fmt: str = "PNG", name: str = "sig.png") -> Any:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 20, 30)).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue())


def centre_data(**overrides: Any) -> dict[str, Any]:
    return {
        "name": "Centrul Cluj",
        "email": "cluj@example.ro",
        "phone": "+40 264 000 000",
        "address": "Str. Memorandumului 1\nCluj-Napoca",
        "url": "https://example.ro/cluj",
        "longitude": 23.59,
        "latitude": 46.77,
        **overrides,
    }


def course_data(world: World, **overrides: Any) -> dict[str, Any]:
    centre = world.f.training_center(world.org)
    course_type = world.f.course_type(world.org)
    start = timezone.localdate() + timedelta(days=10)
    return {
        "course_type": course_type.slug,
        "course_convener": world.course_convener.pk,
        "training_centre": centre.pk,
        "language": "ro",
        "trained_competence": "Spatial analysis with QGIS",
        "start_date": start.isoformat(),
        "end_date": (start + timedelta(days=2)).isoformat(),
        "certificate_type": "completion",
        **overrides,
    }


def errors_of(call: Any, **kwargs: Any) -> dict[str, list[str]]:
    with pytest.raises(Invalid) as caught:
        call(**kwargs)
    return caught.value.errors


def certificate_for(course: Course, n: int = 1, status: str = "valid") -> Certificate:
    attendee = Attendee.objects.create(
        organisation=course.certifying_organisation,
        first_name="Ana",
        surname="Pop",
        email=f"ana{n}@example.org",
    )
    return Certificate.objects.create(
        number=n,
        certificate_id=f"QGIS-{n}",
        course=course,
        attendee=attendee,
        certificate_type=CertificateType.objects.get(slug="attendance"),
        first_name="Ana",
        surname="Pop",
        issued_at=timezone.now(),
        status=status,
    )


# --- roles ---------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestRoles:
    @pytest.mark.parametrize("role", ALLOWED)
    def test_allowed_roles_write_every_kind(self, world, role):
        actor = world.actor(role)
        centre = domain.create_training_centre(
            actor=actor, organisation=world.org, data=centre_data(name=f"Centre {role}")
        )
        centre = domain.update_training_centre(actor=actor, centre=centre, data={"phone": "1"})
        course_type = domain.create_course_type(
            actor=actor, organisation=world.org, data={"name": f"QGIS basics {role}"}
        )
        domain.update_course_type(actor=actor, course_type=course_type, data={"description": "x"})
        extra = world.f.user(f"trainer_{role}")
        convener = domain.create_convener(
            actor=actor, organisation=world.org, data={"user": extra.username, "title": "Dr."}
        )
        domain.update_convener(actor=actor, convener=convener, data={"degree": "PhD"})
        course = domain.create_course(
            actor=actor,
            organisation=world.org,
            data=course_data(
                world,
                course_type=course_type.slug,
                training_centre=centre.pk,
                course_convener=convener.pk,
            ),
        )
        domain.update_course(actor=actor, course=course, data={"language": "sv"})
        domain.delete_course(actor=actor, course=course)
        domain.delete_convener(actor=actor, convener=convener)
        domain.delete_course_type(actor=actor, course_type=course_type)
        domain.delete_training_centre(actor=actor, centre=centre)
        actions = list(Event.objects.order_by("sequence").values_list("action", flat=True))
        assert actions == [
            "catalogue.training_centre.create",
            "catalogue.training_centre.update",
            "catalogue.course_type.create",
            "catalogue.course_type.update",
            "catalogue.convener.create",
            "catalogue.convener.update",
            "catalogue.course.create",
            "catalogue.course.update",
            "catalogue.course.delete",
            "catalogue.convener.delete",
            "catalogue.course_type.delete",
            "catalogue.training_centre.delete",
        ]

    @pytest.mark.parametrize("role", REFUSED)
    def test_other_roles_are_refused_everything(self, world, role):
        actor = world.actor(role)
        centre = world.f.training_center(world.org)
        course_type = world.f.course_type(world.org)
        course = world.f.course(world.org, convener=world.course_convener)
        calls = [
            (domain.create_training_centre, {"organisation": world.org, "data": centre_data()}),
            (domain.update_training_centre, {"centre": centre, "data": {"phone": "1"}}),
            (domain.delete_training_centre, {"centre": centre}),
            (domain.create_course_type, {"organisation": world.org, "data": {"name": "X"}}),
            (domain.update_course_type, {"course_type": course_type, "data": {"name": "Y"}}),
            (domain.delete_course_type, {"course_type": course_type}),
            (domain.create_convener, {"organisation": world.org, "data": {"user": "plain"}}),
            (domain.update_convener, {"convener": world.course_convener, "data": {"title": "x"}}),
            (domain.delete_convener, {"convener": world.course_convener}),
            (domain.create_course, {"organisation": world.org, "data": {}}),
            (domain.update_course, {"course": course, "data": {"language": "sv"}}),
            (domain.delete_course, {"course": course}),
        ]
        for call, kwargs in calls:
            with pytest.raises(Forbidden, match="certified organisation"):
                call(actor=actor, **kwargs)
        assert not Event.objects.exists()

    def test_anonymous_and_inactive_are_refused(self, world):
        from django.contrib.auth.models import AnonymousUser

        world.owner.is_active = False
        world.owner.save()
        for actor in (AnonymousUser(), None, world.owner):
            with pytest.raises(Forbidden):
                domain.create_course_type(actor=actor, organisation=world.org, data={"name": "X"})

    @pytest.mark.parametrize(
        "fields", [{"status": "submitted"}, {"status": "rejected"}, {"archived": True}]
    )
    def test_an_uncertified_organisation_is_refused_to_owners_and_conveners(self, world, fields):
        CertifyingOrganisation.objects.filter(pk=world.org.pk).update(**fields)
        world.org.refresh_from_db()
        for actor in (world.owner, world.convener):
            with pytest.raises(Forbidden):
                domain.create_training_centre(
                    actor=actor, organisation=world.org, data=centre_data()
                )
        # Managers still may (e.g. to tidy an archived organisation).
        domain.create_training_centre(
            actor=world.manager, organisation=world.org, data=centre_data()
        )


# --- training centres --------------------------------------------------------------------------


@pytest.mark.django_db
class TestTrainingCentres:
    def test_create_stores_every_field_and_audits_without_personal_data(self, world):
        centre = domain.create_training_centre(
            actor=world.owner, organisation=world.org, data=centre_data()
        )
        centre.refresh_from_db()
        assert (centre.name, centre.longitude, centre.latitude) == ("Centrul Cluj", 23.59, 46.77)
        assert centre.address == "Str. Memorandumului 1\nCluj-Napoca"
        event = Event.objects.get()
        assert event.object_id == str(centre.pk)
        assert event.after["organisation"] == world.org.pk
        assert "cluj@example.ro" not in str(event.after)
        assert "email" in event.after["fields"]

    def test_online_centre_without_coordinates(self, world):
        centre = domain.create_training_centre(
            actor=world.owner,
            organisation=world.org,
            data=centre_data(longitude=None, latitude=""),
        )
        assert centre.online

    def test_zero_zero_is_a_location(self, world):
        centre = domain.create_training_centre(
            actor=world.owner, organisation=world.org, data=centre_data(longitude=0, latitude=0)
        )
        assert (centre.longitude, centre.latitude, centre.online) == (0.0, 0.0, False)

    @pytest.mark.parametrize(
        ("longitude", "latitude", "field", "message"),
        [
            (math.nan, 10, "longitude", "finite"),
            ("nan", 10, "longitude", "finite"),
            (10, math.inf, "latitude", "finite"),
            (10, "-Infinity", "latitude", "finite"),
            (180.0001, 10, "longitude", "between -180 and 180"),
            (-181, 10, "longitude", "between -180 and 180"),
            (10, 90.5, "latitude", "between -90 and 90"),
            (10, -91, "latitude", "between -90 and 90"),
            ("east", 10, "longitude", "number"),
            (10**400, 10, "longitude", "number"),
            ("1e400", 10, "longitude", "finite"),
            (True, 10, "longitude", "number"),
            ([1], 10, "longitude", "number"),
            (10, None, "latitude", "both"),
            (None, 10, "longitude", "both"),
        ],
    )
    def test_bad_coordinates(self, world, longitude, latitude, field, message):
        errors = errors_of(
            domain.create_training_centre,
            actor=world.owner,
            organisation=world.org,
            data=centre_data(longitude=longitude, latitude=latitude),
        )
        assert list(errors) == [field]
        assert message in errors[field][0]
        assert not TrainingCenter.objects.filter(name="Centrul Cluj").exists()

    def test_edges_and_text_numbers_are_accepted(self, world):
        centre = domain.create_training_centre(
            actor=world.owner,
            organisation=world.org,
            data=centre_data(longitude="-180", latitude=" 90 "),
        )
        assert (centre.longitude, centre.latitude) == (-180.0, 90.0)

    def test_patch_of_one_coordinate_keeps_the_other(self, world):
        centre = world.f.training_center(world.org, location=(1.0, 2.0))
        domain.update_training_centre(actor=world.owner, centre=centre, data={"longitude": 3})
        centre.refresh_from_db()
        assert (centre.longitude, centre.latitude) == (3.0, 2.0)
        errors = errors_of(
            domain.update_training_centre,
            actor=world.owner,
            centre=centre,
            data={"latitude": None},
        )
        assert "both" in errors["latitude"][0]
        domain.update_training_centre(
            actor=world.owner, centre=centre, data={"latitude": None, "longitude": None}
        )
        centre.refresh_from_db()
        assert centre.online

    def test_names_are_unique_across_organisations(self, world):
        other = world.f.organisation("Third Org")
        world.f.training_center(other, "Centrul Cluj")
        errors = errors_of(
            domain.create_training_centre,
            actor=world.owner,
            organisation=world.org,
            data=centre_data(name="centrul cluj "),
        )
        assert "unique across all organisations" in errors["name"][0]

    def test_renaming_to_its_own_name_is_fine(self, world):
        centre = world.f.training_center(world.org, "Centrul Iași")
        domain.update_training_centre(
            actor=world.owner, centre=centre, data={"name": "Centrul Iași", "phone": "2"}
        )

    def test_every_field_error_at_once(self, world):
        errors = errors_of(
            domain.create_training_centre,
            actor=world.owner,
            organisation=world.org,
            data={
                "name": "x" * 201,
                "email": "not-an-address",
                "url": "javascript:alert(1)",
                "phone": "1" * 65,
                "longitude": 500,
                "latitude": 0,
            },
        )
        assert set(errors) == {"name", "email", "url", "phone", "longitude"}
        assert "At most 200" in errors["name"][0]

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("url", "ftp://example.org", "http"),
            ("url", "file:///etc/passwd", "http"),
            ("url", "example.org", "http"),
            ("name", "  ", "This field is required."),
            ("name", "Centre \ud800", "control characters"),
            ("name", "A\nB", "line breaks"),
        ],
        ids=["ftp", "file", "no-scheme", "blank-name", "lone-surrogate", "line-break"],
    )
    def test_one_bad_field_is_refused(self, world, field, value, message):
        """URLs are http(s); a name is required, one line, no lone surrogate."""
        errors = errors_of(
            domain.create_training_centre,
            actor=world.owner,
            organisation=world.org,
            data=centre_data(**{field: value}),
        )
        assert list(errors) == [field]
        assert message in errors[field][0]

    def test_delete_refused_while_courses_use_it(self, world):
        course = world.f.course(world.org, convener=world.course_convener)
        with pytest.raises(domain.InUse) as caught:
            domain.delete_training_centre(actor=world.owner, centre=course.training_center)
        assert caught.value.detail.startswith("1 course takes place at this training centre")
        assert caught.value.code == "in_use"
        assert TrainingCenter.objects.filter(pk=course.training_center_id).exists()
        assert not Event.objects.exists()

    def test_update_without_change_records_nothing(self, world):
        centre = world.f.training_center(world.org, "Same")
        domain.update_training_centre(actor=world.owner, centre=centre, data={"name": "Same"})
        online = world.f.training_center(world.org, "Online", location=None)
        domain.update_training_centre(
            actor=world.owner, centre=online, data={"longitude": None, "latitude": ""}
        )
        assert not Event.objects.exists()


# --- course types ------------------------------------------------------------------------------


@pytest.mark.django_db
class TestCourseTypes:
    def test_create_and_rename_keeps_the_slug(self, world):
        course_type = domain.create_course_type(
            actor=world.convener,
            organisation=world.org,
            data={
                "name": "QGIS for planners",
                "description": "Two days.\nHands on.",
                "instruction_hours": "16",
                "coursetype_link": "https://example.org/planners",
            },
        )
        assert course_type.slug == "qgis-for-planners"
        assert str(course_type.instruction_hours) == "16.0"
        domain.update_course_type(
            actor=world.convener, course_type=course_type, data={"name": "QGIS for towns"}
        )
        course_type.refresh_from_db()
        assert (course_type.name, course_type.slug) == ("QGIS for towns", "qgis-for-planners")

    @pytest.mark.parametrize(
        ("hours", "message"),
        [
            ("-1", "between 0 and 1000"),
            (1000.5, "between 0 and 1000"),
            ("7.25", "one decimal"),
            ("seven", "number"),
            ("NaN", "number"),
            (True, "number"),
        ],
    )
    def test_bad_hours(self, world, hours, message):
        errors = errors_of(
            domain.create_course_type,
            actor=world.owner,
            organisation=world.org,
            data={"name": "X", "instruction_hours": hours},
        )
        assert message in errors["instruction_hours"][0]

    @pytest.mark.parametrize("hours", [0, "0", 1000, "7.5", 12.5])
    def test_good_hours(self, world, hours):
        domain.create_course_type(
            actor=world.owner,
            organisation=world.org,
            data={"name": "X", "instruction_hours": hours},
        )

    def test_link_scheme_and_name_unique_in_the_organisation(self, world):
        world.f.course_type(world.org, "QGIS basics")
        errors = errors_of(
            domain.create_course_type,
            actor=world.owner,
            organisation=world.org,
            data={"name": "qgis BASICS", "coursetype_link": "javascript:x"},
        )
        assert set(errors) == {"name", "coursetype_link"}
        # Another organisation may use the same name.
        other = world.f.organisation("Fourth Org")
        domain.create_course_type(
            actor=world.manager, organisation=other, data={"name": "QGIS basics"}
        )

    def test_delete_refused_while_courses_use_it(self, world):
        course = world.f.course(world.org, convener=world.course_convener)
        world.f.course(world.org, convener=world.course_convener, course_type=course.course_type)
        with pytest.raises(domain.InUse, match="2 courses are of this type"):
            domain.delete_course_type(actor=world.owner, course_type=course.course_type)
        assert CourseType.objects.filter(pk=course.course_type_id).exists()


# --- conveners ---------------------------------------------------------------------------------


@pytest.mark.django_db
class TestConveners:
    def test_by_user_name_or_email(self, world):
        ana = world.f.user("ana", email="Ana.Pop@Example.org", first_name="Ana", last_name="Pop")
        bob = world.f.user("bob")
        by_email = domain.create_convener(
            actor=world.owner,
            organisation=world.org,
            data={"user": "ana.pop@example.ORG", "title": "Prof.", "degree": "PhD"},
        )
        by_name = domain.create_convener(
            actor=world.owner, organisation=world.org, data={"user": "bob"}
        )
        assert (by_email.user, by_name.user) == (ana, bob)
        assert by_email.full_name == "Ana Pop"

    @pytest.mark.parametrize("user", ["nobody", "", None, "inactive"])
    def test_unknown_or_inactive_accounts(self, world, user):
        world.f.user("inactive", is_active=False)
        errors = errors_of(
            domain.create_convener, actor=world.owner, organisation=world.org, data={"user": user}
        )
        expected = "This field is required." if not user else domain.NO_ACCOUNT
        assert errors == {"user": [expected]}

    def test_unique_per_organisation(self, world):
        errors = errors_of(
            domain.create_convener,
            actor=world.owner,
            organisation=world.org,
            data={"user": "convener"},
        )
        assert "convener of the organisation already" in errors["user"][0]
        other = world.f.organisation("Fifth Org")
        domain.create_convener(actor=world.manager, organisation=other, data={"user": "convener"})

    def test_title_and_degree_lengths(self, world):
        errors = errors_of(
            domain.create_convener,
            actor=world.owner,
            organisation=world.org,
            data={"user": "plain", "title": "t" * 51, "degree": "d" * 51},
        )
        assert set(errors) == {"title", "degree"}

    def test_png_signature_is_stored_under_a_random_name(self, world, media):
        convener = domain.create_convener(
            actor=world.owner,
            organisation=world.org,
            data={"user": "plain", "signature": png(name="../../etc/passwd.png")},
        )
        convener.refresh_from_db()
        assert convener.signature.name.startswith("signatures/")
        assert convener.signature.name.endswith(".png")
        assert "passwd" not in convener.signature.name
        with Image.open(convener.signature.path) as image:
            assert image.size == (40, 20)

    def test_jpeg_signature_replaces_and_removes(
        self, world, media, django_capture_on_commit_callbacks
    ):
        convener = world.course_convener
        domain.update_convener(actor=world.owner, convener=convener, data={"signature": png()})
        convener.refresh_from_db()
        first = convener.signature.path
        with django_capture_on_commit_callbacks(execute=True):
            domain.update_convener(
                actor=world.owner,
                convener=convener,
                data={"signature": png(fmt="JPEG", name="sig.jpg")},
            )
        convener.refresh_from_db()
        assert convener.signature.name.endswith(".jpg")
        assert not os.path.exists(first)  # the replaced file is gone after commit
        second = convener.signature.path
        with django_capture_on_commit_callbacks(execute=True):
            domain.update_convener(actor=world.owner, convener=convener, data={"signature": None})
        convener.refresh_from_db()
        assert not convener.signature
        assert not os.path.exists(second)

    def test_signature_absent_keeps_it(self, world, media):
        convener = world.course_convener
        domain.update_convener(actor=world.owner, convener=convener, data={"signature": png()})
        convener.refresh_from_db()
        name = convener.signature.name
        domain.update_convener(actor=world.owner, convener=convener, data={"title": "Dr."})
        convener.refresh_from_db()
        assert convener.signature.name == name

    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (lambda: png(fmt="GIF", name="sig.png"), "Only PNG and JPEG"),
            (lambda: png(fmt="BMP", name="sig.png"), "Only PNG and JPEG"),
            (
                lambda: SimpleUploadedFile("sig.png", png(size=(300, 300)).read()[:200]),
                "not a readable",
            ),
            (
                lambda: SimpleUploadedFile(
                    "sig.jpg", png(fmt="JPEG", size=(300, 300)).read()[:300]
                ),
                "not a readable",
            ),
            (lambda: SimpleUploadedFile("sig.png", b"\x89PNG\r\n\x1a\nrubbish"), "not a readable"),
            (lambda: SimpleUploadedFile("sig.png", b"<svg></svg>"), "not a readable"),
            (lambda: SimpleUploadedFile("sig.png", b""), "empty"),
            (lambda: png(size=(3001, 10)), "at most 3000x3000"),
            (
                lambda: SimpleUploadedFile("sig.png", png().read() + b"\0" * (1024 * 1024)),
                "larger than 1024 KB",
            ),
            (lambda: "a text, not a file", "Upload a PNG or JPEG file"),
        ],
    )
    def test_bad_signatures_are_refused(self, world, media, make, message):
        errors = errors_of(
            domain.create_convener,
            actor=world.owner,
            organisation=world.org,
            data={"user": "plain", "signature": make()},
        )
        assert list(errors) == ["signature"]
        assert message in errors["signature"][0]
        assert not CourseConvener.objects.filter(user=world.plain).exists()
        assert not (media / "signatures").exists() or not any((media / "signatures").iterdir())

    def test_a_large_but_compressible_png_within_limits(self, world, media):
        convener = domain.create_convener(
            actor=world.owner,
            organisation=world.org,
            data={"user": "plain", "signature": png(size=(3000, 3000))},
        )
        assert convener.signature

    def test_delete_refused_while_courses_name_the_convener(self, world):
        world.f.course(world.org, convener=world.course_convener)
        with pytest.raises(domain.InUse, match="1 course names this convener"):
            domain.delete_convener(actor=world.owner, convener=world.course_convener)
        assert CourseConvener.objects.filter(pk=world.course_convener.pk).exists()

    def test_changing_the_account_of_a_convener_with_courses_is_refused(self, world):
        world.f.course(world.org, convener=world.course_convener)
        errors = errors_of(
            domain.update_convener,
            actor=world.owner,
            convener=world.course_convener,
            data={"user": "plain"},
        )
        assert "Courses name this convener" in errors["user"][0]


# --- courses -----------------------------------------------------------------------------------


@pytest.mark.django_db
class TestCourses:
    def test_create_maps_every_field(self, world, media):
        data = course_data(world, template=png(size=(300, 212), name="bg.png"))
        course = domain.create_course(actor=world.owner, organisation=world.org, data=data)
        course.refresh_from_db()
        assert course.course_type.slug == data["course_type"]
        assert course.training_center_id == data["training_centre"]
        assert course.course_convener == world.course_convener
        assert course.certificate_type.slug == "completion"
        assert course.language == "ro"
        assert course.start_date.isoformat() == data["start_date"]
        assert course.template.name.startswith("certificate_templates/")
        assert course.name.startswith(course.course_type.name)
        event = Event.objects.get(action="catalogue.course.create")
        assert "training_centre" in event.after["fields"]

    def test_required_fields(self, world):
        errors = errors_of(domain.create_course, actor=world.owner, organisation=world.org, data={})
        assert set(errors) == {
            "course_type",
            "course_convener",
            "training_centre",
            "language",
            "start_date",
            "end_date",
        }

    def test_trained_competence_up_to_120_characters(self, world):
        domain.create_course(
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, trained_competence="c" * 120),
        )
        errors = errors_of(
            domain.create_course,
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, trained_competence="c" * 121),
        )
        assert "At most 120" in errors["trained_competence"][0]

    @pytest.mark.parametrize(
        ("start", "end", "field", "message"),
        [
            ("2030-05-10", "2030-05-09", "end_date", "cannot end before"),
            ("2030-02-30", "2030-03-01", "start_date", "YYYY-MM-DD"),
            ("10/05/2030", "2030-05-11", "start_date", "YYYY-MM-DD"),
            ("2030-05-10T10:00", "2030-05-11", "start_date", "YYYY-MM-DD"),
            ("2030-W01-1", "2030-05-11", "start_date", "YYYY-MM-DD"),
            ("20300510", "2030-05-11", "start_date", "YYYY-MM-DD"),
            (20300510, "2030-05-11", "start_date", "YYYY-MM-DD"),
            ("2030-05-10", None, "end_date", "required"),
        ],
    )
    def test_dates(self, world, start, end, field, message):
        errors = errors_of(
            domain.create_course,
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, start_date=start, end_date=end),
        )
        assert list(errors) == [field]
        assert message in errors[field][0]

    def test_a_one_day_course(self, world):
        course = domain.create_course(
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, start_date="2030-05-10", end_date="2030-05-10"),
        )
        assert course.start_date == course.end_date

    def test_patching_dates_checks_against_the_stored_ones(self, world):
        course = domain.create_course(
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, start_date="2030-05-10", end_date="2030-05-12"),
        )
        errors = errors_of(
            domain.update_course,
            actor=world.owner,
            course=course,
            data={"start_date": "2030-05-13"},
        )
        assert "cannot end before" in errors["end_date"][0]

    def test_related_rows_must_belong_to_the_organisation(self, world):
        other = world.f.organisation("Sixth Org")
        data = course_data(
            world,
            course_type=world.f.course_type(other).slug,
            course_convener=world.f.convener(other).pk,
            training_centre=world.f.training_center(other).pk,
        )
        errors = errors_of(
            domain.create_course, actor=world.owner, organisation=world.org, data=data
        )
        assert set(errors) == {"course_type", "course_convener", "training_centre"}
        assert "of this organisation" in errors["training_centre"][0]

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("language", "klingon"),
            ("certificate_type", "diploma"),
            ("course_convener", "abc"),
            ("training_centre", 99999999),
        ],
    )
    def test_bad_values(self, world, field, value):
        errors = errors_of(
            domain.create_course,
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, **{field: value}),
        )
        assert list(errors) == [field]

    @pytest.mark.parametrize("language", ["en", "zh-hant", "zh_TW", "sv"])
    def test_language_codes(self, world, language):
        course = domain.create_course(
            actor=world.owner, organisation=world.org, data=course_data(world, language=language)
        )
        assert course.language == language

    def test_no_default_certificate_type(self, world):
        course = domain.create_course(
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, certificate_type=None),
        )
        assert course.certificate_type is None

    def test_bad_template_refused(self, world, media):
        errors = errors_of(
            domain.create_course,
            actor=world.owner,
            organisation=world.org,
            data=course_data(world, template=png(fmt="GIF")),
        )
        assert list(errors) == ["template"]

    def test_the_generated_name_follows_a_change(self, world):
        course = domain.create_course(
            actor=world.owner, organisation=world.org, data=course_data(world)
        )
        new_centre = world.f.training_center(world.org, "Centrul Nou")
        domain.update_course(
            actor=world.owner, course=course, data={"training_centre": str(new_centre.pk)}
        )
        course.refresh_from_db()
        assert "Centrul Nou" in course.name

    def test_delete_refused_with_certificates_even_revoked(self, world):
        course = world.f.course(world.org, convener=world.course_convener)
        certificate_for(course, 1)
        certificate_for(course, 2, status="revoked")
        with pytest.raises(domain.InUse, match="2 certificates refer to this course"):
            domain.delete_course(actor=world.owner, course=course)
        assert Course.objects.filter(pk=course.pk).exists()

    def test_delete_with_attendees_only(self, world):
        from certificates.models import CourseAttendee

        course = world.f.course(world.org, convener=world.course_convener)
        attendee = Attendee.objects.create(
            organisation=world.org, first_name="A", surname="B", email="a@example.org"
        )
        CourseAttendee.objects.create(course=course, attendee=attendee)
        domain.delete_course(actor=world.owner, course=course)
        assert not Course.objects.filter(pk=course.pk).exists()
        assert Attendee.objects.filter(pk=attendee.pk).exists()  # the person stays known

    def test_a_failed_update_changes_nothing(self, world):
        course = domain.create_course(
            actor=world.owner, organisation=world.org, data=course_data(world)
        )
        before = Course.objects.filter(pk=course.pk).values().get()
        errors_of(
            domain.update_course,
            actor=world.owner,
            course=course,
            data={"language": "sv", "end_date": "1999-01-01"},
        )
        assert Course.objects.filter(pk=course.pk).values().get() == before


# --- ETags -------------------------------------------------------------------------------------

URLS = [
    "/api/v1/training-centres/",
    "/api/v1/courses/",
    "/api/v1/course-types/",
    "/en/feed/training-center/",
    "/en/feed/upcoming-course/",
]


def etags() -> dict[str, str]:
    client = Client(HTTP_ACCEPT="application/json")
    tags = {}
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        tags[url] = response["ETag"]
    return tags


@pytest.mark.django_db
def test_etags_change_after_each_write(world, media):
    steps: list[tuple[str, Any]] = []
    state: dict[str, Any] = {}

    def create_centre() -> None:
        state["centre"] = domain.create_training_centre(
            actor=world.owner, organisation=world.org, data=centre_data()
        )

    def create_type() -> None:
        state["type"] = domain.create_course_type(
            actor=world.owner, organisation=world.org, data={"name": "Etag course"}
        )

    def create_course() -> None:
        state["course"] = domain.create_course(
            actor=world.owner,
            organisation=world.org,
            data=course_data(
                world,
                training_centre=state["centre"].pk,
                course_type=state["type"].slug,
            ),
        )

    steps = [
        ("create centre", create_centre),
        ("create type", create_type),
        ("create course", create_course),
        (
            "update centre",
            lambda: domain.update_training_centre(
                actor=world.owner, centre=state["centre"], data={"longitude": 1, "latitude": 1}
            ),
        ),
        (
            "update type",
            lambda: domain.update_course_type(
                actor=world.owner, course_type=state["type"], data={"instruction_hours": 8}
            ),
        ),
        (
            "update convener",
            lambda: domain.update_convener(
                actor=world.owner, convener=world.course_convener, data={"title": "Dr."}
            ),
        ),
        (
            "update course",
            lambda: domain.update_course(
                actor=world.owner, course=state["course"], data={"trained_competence": "More"}
            ),
        ),
        ("delete course", lambda: domain.delete_course(actor=world.owner, course=state["course"])),
        (
            "delete type",
            lambda: domain.delete_course_type(actor=world.owner, course_type=state["type"]),
        ),
        (
            "delete centre",
            lambda: domain.delete_training_centre(actor=world.owner, centre=state["centre"]),
        ),
        (
            "delete convener",
            lambda: domain.delete_convener(actor=world.owner, convener=world.course_convener),
        ),
    ]
    before = etags()
    for name, step in steps:
        step()
        after = etags()
        assert after["/api/v1/training-centres/"] != before["/api/v1/training-centres/"], name
        assert after["/en/feed/training-center/"] != before["/en/feed/training-center/"], name
        assert after["/en/feed/upcoming-course/"] != before["/en/feed/upcoming-course/"], name
        before = after


@pytest.mark.django_db
def test_a_write_shows_in_the_feed(world):
    domain.create_training_centre(actor=world.owner, organisation=world.org, data=centre_data())
    response = Client(HTTP_ACCEPT="application/json").get("/en/feed/training-center/")
    assert "Centrul Cluj" in response.content.decode()
