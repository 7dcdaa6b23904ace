"""Attendee lists: the CSV reader (pure) and certificates.attendees (add, update, remove,
import with preview, all or nothing, skip_invalid; one person per e-mail per organisation)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from applications.domain import Forbidden, Invalid
from audit.models import Event
from catalogue.domain import InUse
from catalogue.models import CertificateType, CertifyingOrganisation, Course
from certificates import attendees, csv_import
from certificates.models import Attendee, Certificate, CourseAttendee
from django.utils import timezone

from tests.server.factories_applications import make_manager

LIVE_HEADER = "First Name,Surname,Email"


def parse(text: str, encoding: str = "utf-8") -> csv_import.ParsedCsv:
    return csv_import.parse(text.encode(encoding))


def people(parsed: csv_import.ParsedCsv) -> list[tuple[str, str, str]]:
    return [(r.first_name, r.surname, r.email) for r in parsed.rows]


# --- the reader --------------------------------------------------------------------------------


class TestEncodings:
    TEXT = "First Name,Surname,Email\nȘtefan,Țurcanu,stefan@example.ro\nZoë,Åström,zoe@example.se\n"
    EXPECTED = [
        ("Ștefan", "Țurcanu", "stefan@example.ro"),
        ("Zoë", "Åström", "zoe@example.se"),
    ]

    def test_utf8(self):
        parsed = parse(self.TEXT)
        assert (parsed.encoding, parsed.errors, people(parsed)) == ("utf-8", {}, self.EXPECTED)

    def test_utf8_with_bom(self):
        parsed = parse(self.TEXT, "utf-8-sig")
        assert parsed.encoding == "utf-8-sig"
        assert parsed.header_mode == "named"
        assert people(parsed) == self.EXPECTED

    @pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
    def test_utf16_with_bom(self, codec):
        data = self.TEXT.encode(codec)
        if codec != "utf-16":
            data = ("\ufeff" + self.TEXT).encode(codec)
        parsed = csv_import.parse(data)
        assert parsed.encoding == "utf-16"
        assert people(parsed) == self.EXPECTED

    def test_utf16_without_bom_is_refused(self):
        parsed = csv_import.parse(self.TEXT.encode("utf-16-le"))
        assert parsed.rows == []
        assert "not UTF-8" in parsed.errors["file"][0]

    def test_cp1252_is_refused_with_a_clear_error(self):
        parsed = parse(self.TEXT.replace("Ș", "S").replace("Ț", "T"), "cp1252")
        assert parsed.rows == []
        [message] = parsed.errors["file"]
        assert "not UTF-8 text" in message
        assert "CSV UTF-8" in message

    def test_pure_ascii_is_utf8(self):
        assert parse("Ana,Pop,ana@example.org").encoding == "utf-8"

    def test_names_are_nfc(self):
        decomposed = "Ana,S\u0326tefan,ana@example.org"  # S + combining comma below
        assert parse(decomposed).rows[0].surname == "\u0218tefan"


class TestSeparators:
    @pytest.mark.parametrize("separator", [",", ";", "\t"])
    def test_each_separator(self, separator):
        text = (
            f"First Name{separator}Surname{separator}Email\nAna{separator}Pop{separator}a@x.org\n"
        )
        parsed = parse(text)
        assert parsed.separator == separator
        assert people(parsed) == [("Ana", "Pop", "a@x.org")]

    def test_semicolon_with_commas_in_quoted_fields(self):
        parsed = parse('Email;Surname;First name\n"a@x.org";"Pop, Jr.";"Ana; Maria"\n')
        assert parsed.separator == ";"
        assert people(parsed) == [("Ana; Maria", "Pop, Jr.", "a@x.org")]

    def test_quoted_separator_inside_the_header_does_not_mislead(self):
        parsed = parse('"First, name";Surname;Email\nAna;Pop;a@x.org\n')
        assert parsed.separator == ";"

    def test_quoted_fields_with_separators_line_breaks_and_quotes(self):
        text = f'{LIVE_HEADER}\n"Ana, Maria","Pop ""the elder""",a@x.org\nBo,Li,b@x.org\n'
        parsed = parse(text)
        assert people(parsed) == [
            ("Ana, Maria", 'Pop "the elder"', "a@x.org"),
            ("Bo", "Li", "b@x.org"),
        ]
        assert [r.line for r in parsed.rows] == [2, 3]

    def test_a_quoted_line_break_is_an_error_in_a_name_and_lines_stay_right(self):
        parsed = parse(f'{LIVE_HEADER}\n"Ana\nMaria",Pop,a@x.org\nBo,Li,b@x.org\n')
        assert "line breaks" in parsed.rows[0].errors["first_name"][0]
        assert [r.line for r in parsed.rows] == [2, 4]

    def test_crlf_and_blank_lines(self):
        parsed = parse(
            f"\r\n{LIVE_HEADER}\r\n\r\nAna,Pop,a@x.org\r\n  \r\n,,\r\nBo,Li,b@x.org\r\n\r\n"
        )
        assert people(parsed) == [("Ana", "Pop", "a@x.org"), ("Bo", "Li", "b@x.org")]
        assert [r.line for r in parsed.rows] == [4, 7]
        assert parsed.header_mode == "named"

    def test_old_mac_line_endings(self):
        parsed = parse(f"{LIVE_HEADER}\rAna,Pop,a@x.org\rBo,Li,b@x.org")
        assert len(parsed.rows) == 2


class TestHeaders:
    @pytest.mark.parametrize(
        "header",
        [
            "First Name,Surname,Email",
            "first name,surname,email",
            "FIRST_NAME,LAST_NAME,E-MAIL",
            "  Firstname , Last name ,  e-mail address ",
            "Given name,Family name,Mail",
            "first_name,surname,email",
            "FirstName,LastName,EMail",
        ],
    )
    def test_synonyms_case_and_spacing(self, header):
        parsed = parse(f"{header}\nAna,Pop,Ana@X.org\n")
        assert parsed.header_mode == "named"
        assert people(parsed) == [("Ana", "Pop", "ana@x.org")]

    def test_columns_in_any_order_and_extra_columns(self):
        parsed = parse("Company,E-mail,Surname,Phone,First name\nACME,a@x.org,Pop,123,Ana\n")
        assert people(parsed) == [("Ana", "Pop", "a@x.org")]

    def test_the_live_sites_positional_columns_without_a_header(self):
        parsed = parse("Ana,Pop,a@x.org\nBo,Li,b@x.org\n")
        assert parsed.header_mode == "positional"
        assert people(parsed) == [("Ana", "Pop", "a@x.org"), ("Bo", "Li", "b@x.org")]
        assert [r.line for r in parsed.rows] == [1, 2]

    def test_the_live_sites_header_line(self):
        parsed = parse(f"{LIVE_HEADER}\nAna,Pop,a@x.org\n")
        assert parsed.header_mode == "named"
        assert people(parsed) == [("Ana", "Pop", "a@x.org")]

    def test_an_unknown_header_is_data_positionally(self):
        parsed = parse("Vorname,Nachname,Adresse\nAna,Pop,a@x.org\n")
        assert parsed.header_mode == "positional"
        assert parsed.rows[0].errors == {"email": ["Enter a valid e-mail address."]}
        assert parsed.rows[1].valid

    def test_a_person_called_mail_is_not_a_header(self):
        parsed = parse("Mail,Pop,mail@x.org\n")
        assert parsed.header_mode == "positional"
        assert people(parsed) == [("Mail", "Pop", "mail@x.org")]

    def test_a_header_lacking_a_column(self):
        parsed = parse("First name,Email\nAna,a@x.org\n")
        assert "no column for Surname" in parsed.errors["file"][0]

    def test_a_header_naming_a_column_twice(self):
        parsed = parse("Email,First name,Surname,E-mail\na@x.org,Ana,Pop,b@x.org\n")
        assert "more than once" in parsed.errors["file"][0]


class TestFilesAndLimits:
    def test_empty_file(self):
        assert csv_import.parse(b"").errors == {"file": ["The file has no attendees."]}

    def test_blank_lines_only(self):
        assert csv_import.parse(b"\n\r\n  \n").errors == {"file": ["The file has no attendees."]}

    def test_header_only(self):
        parsed = parse(f"{LIVE_HEADER}\n")
        assert parsed.errors == {"file": ["The file has no attendees."]}

    def test_too_many_rows(self):
        rows = "".join(f"A,B,p{i}@x.org\n" for i in range(csv_import.MAX_ROWS + 1))
        parsed = parse(rows)
        assert "At most 5000" in parsed.errors["file"][0]

    def test_the_maximum_rows(self):
        rows = "".join(f"A,B,p{i}@x.org\n" for i in range(csv_import.MAX_ROWS))
        parsed = parse(f"{LIVE_HEADER}\n{rows}")
        assert parsed.errors == {}
        assert len(parsed.rows) == csv_import.MAX_ROWS

    def test_too_large(self):
        data = b"A,B,a@x.org\n" + b" " * csv_import.MAX_BYTES
        assert "larger than 2 MB" in csv_import.parse(data).errors["file"][0]

    def test_nul_bytes(self):
        assert "NUL" in csv_import.parse(b"Ana,Pop,a@x.org\x00\n").errors["file"][0]

    def test_a_huge_field_is_a_file_error_not_a_crash(self):
        parsed = parse('"' + "x" * 200_000)
        assert parsed.errors["file"]


class TestRows:
    def test_missing_fields(self):
        parsed = parse("Ana,,\n,Pop\n")
        assert parsed.rows[0].errors == {
            "surname": ["This field is required."],
            "email": ["This field is required."],
        }
        assert set(parsed.rows[1].errors) == {"first_name", "email"}

    @pytest.mark.parametrize(
        "email", ["ana", "ana@", "@x.org", "ana@x", "ana pop@x.org", "ana@x..org", "<a@x.org>"]
    )
    def test_bad_emails(self, email):
        parsed = parse(f"Ana,Pop,{email}\n")
        assert parsed.rows[0].errors == {"email": ["Enter a valid e-mail address."]}

    def test_emails_lower_cased_and_trimmed(self):
        assert parse("Ana , Pop , Ana.Pop@Example.ORG \n").rows[0].email == "ana.pop@example.org"

    def test_lengths(self):
        ok = parse(f"{'a' * 150},{'b' * 150},a@x.org\n").rows[0]
        assert ok.valid
        row = parse(f"{'a' * 151},{'b' * 151},{'c' * 250}@x.org\n").rows[0]
        assert set(row.errors) == {"first_name", "surname", "email"}
        assert "At most 150" in row.errors["first_name"][0]

    def test_duplicate_emails_in_the_file(self):
        parsed = parse("Ana,Pop,a@x.org\nBo,Li,b@x.org\nAna,Pop,A@X.org\n")
        assert [r.valid for r in parsed.rows] == [True, True, False]
        assert parsed.rows[2].errors == {"email": ["The same e-mail is on line 1."]}

    def test_json_rows(self):
        parsed = csv_import.parse_rows(
            [
                {"first_name": "Ana", "surname": "Pop", "email": "A@x.org"},
                {"First Name": "Bo", "Last name": "Li", "E-mail": "b@x.org"},
                {"first_name": 3, "surname": "X", "email": "a@x.org"},
            ]
        )
        assert (parsed.encoding, parsed.separator) == ("json", "")
        assert people(parsed)[:2] == [("Ana", "Pop", "a@x.org"), ("Bo", "Li", "b@x.org")]
        assert parsed.rows[2].errors == {
            "first_name": ["Must be text."],
            "email": ["The same e-mail is on line 1."],
        }

    def test_json_rows_with_a_lone_surrogate(self):
        parsed = csv_import.parse_rows(
            [{"first_name": "A\udc80", "surname": "B", "email": "a@x.org"}]
        )
        assert set(parsed.rows[0].errors) == {"first_name"}

    @pytest.mark.parametrize("rows", [{}, "x", [1], None])
    def test_json_rows_not_a_list(self, rows):
        assert csv_import.parse_rows(rows).errors


# --- the domain --------------------------------------------------------------------------------


@dataclass
class Setup:
    f: Any
    org: CertifyingOrganisation
    owner: Any
    convener: Any
    manager: Any
    course: Course
    other_course: Course


@pytest.fixture
def setup(catalogue_factory) -> Setup:
    f = catalogue_factory
    org = f.organisation("Trainers Org")
    owner = f.user("owner")
    org.owners.add(owner)
    convener = f.convener(org, user=f.user("convener"))
    course = f.course(org, convener=convener)
    other_course = f.course(org, convener=convener)
    return Setup(f, org, owner, convener.user, make_manager(f), course, other_course)


CSV = (
    "First Name;Surname;Email\r\n"
    "Ana;Pop;Ana@Example.org\r\n"
    "Bo;Li;bo@example.org\r\n"
    "Cy;Wu;not-an-address\r\n"
).encode("utf-8-sig")


def certificate(course: Course, attendee: Attendee, status: str = "valid") -> Certificate:
    kind, _ = CertificateType.objects.get_or_create(slug="attendance", defaults={"name": "A"})
    n = Certificate.objects.count() + 1
    return Certificate.objects.create(
        number=n,
        certificate_id=f"QGIS-{n}",
        course=course,
        attendee=attendee,
        certificate_type=kind,
        first_name=attendee.first_name,
        surname=attendee.surname,
        issued_at=timezone.now(),
        status=status,
    )


@pytest.mark.django_db
class TestImport:
    def test_preview_changes_nothing(self, setup):
        result = attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=CSV, preview=True, skip_invalid=False
        )
        body = result.as_dict()
        assert body["encoding"] == "utf-8-sig"
        assert body["separator"] == ";"
        assert body["header_mode"] == "named"
        assert body["preview"] is True
        assert [r["status"] for r in body["rows"]] == ["new", "new", "invalid"]
        assert body["rows"][0] == {
            "line": 2,
            "first_name": "Ana",
            "surname": "Pop",
            "email": "ana@example.org",
            "status": "new",
            "errors": {},
        }
        assert (body["valid"], body["invalid"], body["imported"], body["skipped"]) == (2, 1, 0, 0)
        assert not Attendee.objects.exists()
        assert not Event.objects.exists()

    def test_all_or_nothing(self, setup):
        result = attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=CSV, preview=False
        )
        assert result.refused
        assert result.imported == 0
        assert result.rows[2].errors == {"email": ["Enter a valid e-mail address."]}
        assert not Attendee.objects.exists()
        assert not Event.objects.exists()

    def test_skip_invalid(self, setup):
        result = attendees.import_attendees(
            actor=setup.convener, course=setup.course, source=CSV, preview=False, skip_invalid=True
        )
        assert not result.refused
        assert (result.valid, result.invalid, result.imported, result.skipped) == (2, 1, 2, 1)
        assert sorted(
            CourseAttendee.objects.filter(course=setup.course).values_list(
                "attendee__email", flat=True
            )
        ) == ["ana@example.org", "bo@example.org"]
        event = Event.objects.get(action="attendee.import")
        assert event.after == {
            "course": setup.course.pk,
            "rows": 3,
            "new": 2,
            "existing": 0,
            "already_on_course": 0,
            "imported": 2,
            "skipped": 1,
        }
        assert "example.org" not in str(event.after)

    def test_the_same_person_on_two_courses_is_one_attendee(self, setup):
        good = b"Ana,Pop,ana@example.org\nBo,Li,bo@example.org\n"
        attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=good, preview=False
        )
        again = b"ANA,POPESCU,Ana@example.ORG\nDan,Ro,dan@example.org\n"
        preview = attendees.import_attendees(
            actor=setup.owner, course=setup.other_course, source=again, preview=True
        )
        assert [r.status for r in preview.rows] == ["existing", "new"]
        attendees.import_attendees(
            actor=setup.owner, course=setup.other_course, source=again, preview=False
        )
        ana = Attendee.objects.get(email="ana@example.org")
        assert (ana.first_name, ana.surname) == ("Ana", "Pop")  # the stored names win
        assert Attendee.objects.count() == 3
        assert set(ana.courses.values_list("course_id", flat=True)) == {
            setup.course.pk,
            setup.other_course.pk,
        }

    def test_already_on_course(self, setup):
        good = b"Ana,Pop,ana@example.org\n"
        attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=good, preview=False
        )
        result = attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=good, preview=False
        )
        assert [r.status for r in result.rows] == ["already_on_course"]
        assert (result.valid, result.imported) == (1, 0)
        assert CourseAttendee.objects.filter(course=setup.course).count() == 1

    def test_other_organisations_attendees_are_other_people(self, setup):
        other = setup.f.organisation("Other Org")
        Attendee.objects.create(
            organisation=other, first_name="A", surname="B", email="ana@example.org"
        )
        result = attendees.import_attendees(
            actor=setup.owner,
            course=setup.course,
            source=b"Ana,Pop,ana@example.org\n",
            preview=False,
        )
        assert [r.status for r in result.rows] == ["new"]
        assert Attendee.objects.filter(email="ana@example.org").count() == 2

    def test_json_rows(self, setup):
        result = attendees.import_attendees(
            actor=setup.owner,
            course=setup.course,
            source=[{"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"}],
            preview=False,
        )
        assert result.imported == 1
        assert result.as_dict()["encoding"] == "json"

    @pytest.mark.parametrize(
        "source",
        [b"", "x,y,z\n".encode("cp1252") + b"\xe9", b"First name,Email\nA,a@x.org\n", []],
    )
    def test_unreadable_sources_raise_invalid(self, setup, source):
        with pytest.raises(Invalid) as caught:
            attendees.import_attendees(
                actor=setup.owner, course=setup.course, source=source, preview=True
            )
        assert set(caught.value.errors) <= {"file", "rows"}

    def test_duplicates_refuse_all_or_are_skipped(self, setup):
        data = b"Ana,Pop,ana@example.org\nAna,Pop,ANA@example.org\n"
        refused = attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=data, preview=False
        )
        assert refused.refused and not Attendee.objects.exists()
        done = attendees.import_attendees(
            actor=setup.owner, course=setup.course, source=data, preview=False, skip_invalid=True
        )
        assert (done.imported, done.skipped) == (1, 1)

    @pytest.mark.parametrize("role", ["plain", "other_owner"])
    def test_refused_roles(self, setup, role):
        actor = setup.f.user(role)
        if role == "other_owner":
            setup.f.organisation("Elsewhere").owners.add(actor)
        with pytest.raises(Forbidden):
            attendees.import_attendees(actor=actor, course=setup.course, source=CSV, preview=True)

    def test_uncertified_organisation_refused_to_its_owner(self, setup):
        CertifyingOrganisation.objects.filter(pk=setup.org.pk).update(status="submitted")
        setup.course.certifying_organisation.refresh_from_db()
        with pytest.raises(Forbidden):
            attendees.import_attendees(
                actor=setup.owner, course=setup.course, source=CSV, preview=True
            )
        attendees.import_attendees(
            actor=setup.manager, course=setup.course, source=CSV, preview=True
        )

    def test_a_large_import(self, setup, django_assert_max_num_queries):
        rows = "".join(f"A{i},B,p{i}@example.org\n" for i in range(2000)).encode()
        with django_assert_max_num_queries(60):  # chunks of 500, not one per row
            result = attendees.import_attendees(
                actor=setup.owner, course=setup.course, source=rows, preview=False
            )
        assert result.imported == 2000


@pytest.mark.django_db
class TestOneByOne:
    def test_add_reuses_the_organisations_attendee(self, setup):
        first = attendees.add_attendee(
            actor=setup.owner,
            course=setup.course,
            data={"first_name": "Ana", "surname": "Pop", "email": " Ana@Example.org "},
        )
        assert first.created
        assert first.attendee.email == "ana@example.org"
        second = attendees.add_attendee(
            actor=setup.convener,
            course=setup.other_course,
            data={"first_name": "Anna", "surname": "Pop", "email": "ana@example.org"},
        )
        assert second.attendee_id == first.attendee_id
        assert second.attendee.first_name == "Ana"
        again = attendees.add_attendee(
            actor=setup.owner,
            course=setup.course,
            data={"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        )
        assert not again.created and again.pk == first.pk
        assert Event.objects.filter(action="attendee.add").count() == 2

    def test_add_validates(self, setup):
        with pytest.raises(Invalid) as caught:
            attendees.add_attendee(
                actor=setup.owner, course=setup.course, data={"first_name": "", "email": "x"}
            )
        assert set(caught.value.errors) == {"first_name", "surname", "email"}

    def test_add_refused_to_strangers(self, setup):
        with pytest.raises(Forbidden):
            attendees.add_attendee(
                actor=setup.f.user(),
                course=setup.course,
                data={"first_name": "A", "surname": "B", "email": "a@x.org"},
            )

    def test_remove(self, setup):
        ca = attendees.add_attendee(
            actor=setup.owner,
            course=setup.course,
            data={"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        )
        attendees.remove_attendee(actor=setup.owner, course=setup.course, attendee=ca.attendee)
        assert not CourseAttendee.objects.exists()
        assert Attendee.objects.filter(pk=ca.attendee_id).exists()
        assert Event.objects.filter(action="attendee.remove").count() == 1
        with pytest.raises(Invalid):
            attendees.remove_attendee(actor=setup.owner, course=setup.course, attendee=ca.attendee)

    def test_remove_refused_with_a_valid_certificate(self, setup):
        ca = attendees.add_attendee(
            actor=setup.owner,
            course=setup.course,
            data={"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        )
        cert = certificate(setup.course, ca.attendee)
        with pytest.raises(InUse, match=f"holds the certificate {cert.certificate_id}"):
            attendees.remove_attendee(
                actor=setup.owner, course=setup.course, attendee=ca.attendee.pk
            )
        Certificate.objects.filter(pk=cert.pk).update(status="revoked")
        attendees.remove_attendee(actor=setup.owner, course=setup.course, attendee=ca.attendee)

    def test_update_names_before_a_certificate_and_email_any_time(self, setup):
        ca = attendees.add_attendee(
            actor=setup.owner,
            course=setup.course,
            data={"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        )
        attendee = attendees.update_attendee(
            actor=setup.owner, attendee=ca.attendee, data={"surname": "Popescu"}
        )
        assert attendee.surname == "Popescu"
        certificate(setup.course, attendee)
        with pytest.raises(InUse, match="correct the names"):
            attendees.update_attendee(actor=setup.owner, attendee=attendee, data={"surname": "X"})
        attendee = attendees.update_attendee(
            actor=setup.owner, attendee=attendee, data={"email": "Ana.P@example.org"}
        )
        assert attendee.email == "ana.p@example.org"
        actions = list(
            Event.objects.filter(action="attendee.update").values_list("after", flat=True)
        )
        assert actions == [{"fields": ["surname"]}, {"fields": ["email"]}]

    def test_update_email_unique_in_the_organisation(self, setup):
        for email in ("a@example.org", "b@example.org"):
            attendees.add_attendee(
                actor=setup.owner,
                course=setup.course,
                data={"first_name": "A", "surname": "B", "email": email},
            )
        b = Attendee.objects.get(email="b@example.org")
        with pytest.raises(Invalid) as caught:
            attendees.update_attendee(
                actor=setup.owner, attendee=b, data={"email": "A@example.org"}
            )
        assert "Another attendee" in caught.value.errors["email"][0]
        with pytest.raises(Invalid):
            attendees.update_attendee(actor=setup.owner, attendee=b, data={"email": "bad"})


@pytest.mark.django_db
def test_attendee_changes_move_the_course_list_etag(setup):
    """Managers read attendee counts in the course list: its ETag must follow them."""
    from django.test import Client

    client = Client(HTTP_ACCEPT="application/json")

    def etag() -> str:
        response = client.get("/api/v1/courses/")
        assert response.status_code == 200
        return str(response["ETag"])

    tags = [etag()]
    ca = attendees.add_attendee(
        actor=setup.owner,
        course=setup.course,
        data={"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
    )
    tags.append(etag())
    attendees.import_attendees(
        actor=setup.owner, course=setup.course, source=b"Bo,Li,bo@example.org\n", preview=False
    )
    tags.append(etag())
    attendees.remove_attendee(actor=setup.owner, course=setup.course, attendee=ca.attendee)
    tags.append(etag())
    certificate(setup.course, Attendee.objects.get(email="bo@example.org"))
    tags.append(etag())
    assert len(set(tags)) == len(tags)


@pytest.mark.django_db
def test_saving_a_certificates_pdf_leaves_the_course_alone(setup):
    ca = attendees.add_attendee(
        actor=setup.owner,
        course=setup.course,
        data={"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
    )
    cert = certificate(setup.course, ca.attendee)
    stamp = Course.objects.get(pk=setup.course.pk).updated_at
    cert.pdf_size = 10
    cert.save(update_fields=["pdf_size"])
    assert Course.objects.get(pk=setup.course.pk).updated_at == stamp
    cert.status = "revoked"
    cert.save(update_fields=["status"])
    assert Course.objects.get(pk=setup.course.pk).updated_at > stamp
