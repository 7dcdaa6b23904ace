"""seed_demo, import_user_groups and seed_bench: counts, determinism, idempotency, errors."""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse
from io import StringIO
from pathlib import Path

import pytest
from catalogue.demo import DEMO_PASSWORD, DEMO_USERS, seed_demo
from catalogue.demo_plan import (
    EDGE_CASE_ORGANISATIONS,
    LONG_NAME,
    MARKUP_NAME,
    ORGANISATIONS,
    ascii_fold,
    build_plan,
    edge_case_names,
    username_for,
)
from catalogue.models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
    UserGroup,
)
from catalogue.user_groups import QGIS_USER_GROUPS_FILE
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.management import CommandError, call_command
from django.db.models import Count, F
from django.utils import timezone

pytestmark = pytest.mark.django_db

needs_qgis_file = pytest.mark.skipif(
    not QGIS_USER_GROUPS_FILE.is_file(), reason="QGIS's user_groups_data.json is not installed"
)


def run(command: str, *args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot() -> dict[str, list]:
    """Everything a client can see, in a stable order."""
    return {
        "organisations": list(
            CertifyingOrganisation.objects.order_by("name").values_list(
                "name", "slug", "country", "status", "archived", "organisation_email", "address"
            )
        ),
        "centres": list(
            TrainingCenter.objects.order_by("name").values_list(
                "name", "certifying_organisation__name", "longitude", "latitude"
            )
        ),
        "courses": list(
            Course.objects.order_by("slug").values_list(
                "slug",
                "name",
                "start_date",
                "end_date",
                "language",
                "course_type__slug",
                "training_center__name",
                "course_convener__user__username",
                "certificate_type__slug",
            )
        ),
        "user_groups": list(UserGroup.objects.order_by("name").values_list("name", "country")),
    }


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            CertifyingOrganisation,
            TrainingCenter,
            CourseType,
            CourseConvener,
            Course,
            CertificateType,
            UserGroup,
        )
    } | {"User": get_user_model().objects.count()}


class TestPlan:
    def test_same_day_same_plan(self):
        day = datetime.date(2026, 11, 21)
        assert build_plan(day) == build_plan(day)

    def test_dates_move_with_today_and_nothing_else_does(self):
        a = build_plan(datetime.date(2026, 11, 21))
        b = build_plan(datetime.date(2027, 3, 1))
        shift = datetime.date(2027, 3, 1) - datetime.date(2026, 11, 21)
        for org_a, org_b in zip(a, b):
            assert org_a.name == org_b.name
            for course_a, course_b in zip(org_a.courses, org_b.courses):
                assert course_b.start_date - course_a.start_date == shift
                assert course_b.slug == course_a.slug


class TestSeedDemo:
    def test_counts_and_variety(self):
        out, _ = run("seed_demo")
        assert "Demo catalogue ready" in out
        organisations = CertifyingOrganisation.objects
        # 3 of them the applicant's (applications.demo), 3 more the reviews demo's.
        assert 22 <= organisations.count() <= 36
        countries = set(organisations.values_list("country", flat=True))
        assert len(countries) >= 15
        assert {"RO", "SE", "TW"} <= countries
        statuses = dict(organisations.values_list("status").annotate(n=Count("id")))
        assert statuses["approved"] >= 15
        assert {"submitted", "under_review", "rejected"} <= set(statuses)
        assert organisations.filter(archived=True).count() >= 2
        assert TrainingCenter.objects.count() >= 40
        assert TrainingCenter.objects.filter(longitude__isnull=True).count() >= 3
        assert TrainingCenter.objects.filter(longitude=0, latitude=0).count() == 1
        assert Course.objects.count() >= 120
        assert CertificateType.objects.count() == 2
        assert CourseType.objects.count() >= 25

    def test_some_countries_have_a_local_user_group_and_some_do_not(self):
        run("seed_demo")
        countries = {
            str(c) for c in CertifyingOrganisation.objects.values_list("country", flat=True)
        }
        with_group = {str(c) for c in UserGroup.objects.values_list("country", flat=True)}
        assert {"RO", "SE"} <= countries & with_group
        assert len(countries - with_group) >= 3
        assert "TW" in countries - with_group

    def test_names_cover_the_four_scripts(self):
        run("seed_demo")
        names = " ".join(CertifyingOrganisation.objects.values_list("name", flat=True))
        names += " ".join(TrainingCenter.objects.values_list("name", flat=True))
        for characters in ("ă", "â", "î", "ș", "ț", "å", "ä", "ö", "臺北"):
            assert characters in names, characters

    def test_courses_around_today(self):
        run("seed_demo")
        today = timezone.localdate()
        courses = Course.objects
        assert courses.filter(start_date=today, end_date=today).exists()
        assert courses.filter(start_date=today, end_date__gt=today).exists()
        assert courses.filter(start_date__lt=today, end_date__gt=today).exists()
        assert courses.filter(end_date=today, start_date__lt=today).exists()
        assert courses.filter(end_date__lt=today).count() >= 40
        assert courses.filter(start_date__gt=today).count() >= 40

    def test_idempotent(self):
        run("seed_demo")
        first_counts, first = counts(), snapshot()
        run("seed_demo")
        assert counts() == first_counts
        assert snapshot() == first

    def test_deterministic_across_flush(self):
        run("seed_demo")
        first = snapshot()
        run("seed_demo", "--flush")
        assert snapshot() == first

    def test_flush_removes_other_catalogue_rows(self, catalogue_factory):
        catalogue_factory.course(catalogue_factory.organisation("Not in the demo"))
        run("seed_demo", "--flush")
        assert not CertifyingOrganisation.objects.filter(name="Not in the demo").exists()

    def test_without_flush_other_rows_stay(self, catalogue_factory):
        catalogue_factory.organisation("Kept")
        run("seed_demo")
        assert CertifyingOrganisation.objects.filter(name="Kept").exists()

    def test_demo_users_with_documented_password_and_a_warning(self):
        _, err = run("seed_demo")
        assert "Never run seed_demo on a production server" in err
        assert DEMO_PASSWORD in err
        for demo in DEMO_USERS:
            user = authenticate(username=demo.username, password=DEMO_PASSWORD)
            assert user is not None, demo.username
        admin = get_user_model().objects.get(username="admin")
        assert admin.is_superuser and admin.is_staff
        first = CertifyingOrganisation.objects.get(name=build_plan(timezone.localdate())[0].name)
        assert first.owners.filter(username="owner").exists()
        assert CourseConvener.objects.filter(
            user__username="convener", certifying_organisation=first
        ).exists()

    def test_no_users_option(self):
        _, err = run("seed_demo", "--no-with-users")
        assert "password" not in err
        assert not get_user_model().objects.filter(username="admin").exists()
        # Conveners exist (courses need them) but nobody can log in with them.
        convener = CourseConvener.objects.select_related("user").first().user
        assert not convener.has_usable_password()

    def test_feeds_serve_the_demo(self, client):
        run("seed_demo")
        organisations = client.get(
            "/en/feed/certifyingorganisations/", {"page_size": 100}, HTTP_ACCEPT="application/json"
        ).json()
        assert organisations["count"] == CertifyingOrganisation.objects.certified().count()
        upcoming = client.get("/en/feed/upcoming-course/", HTTP_ACCEPT="application/json").json()
        assert (
            len(upcoming["features"])
            == Course.objects.filter(
                start_date__gte=timezone.localdate(),
                certifying_organisation__in=CertifyingOrganisation.objects.certified(),
            ).count()
        )


#: Calling codes, from the ITU list: an oracle independent of the plan's own patterns.
CALLING_CODES = {
    "RO": "40", "SE": "46", "TW": "886", "GB": "44", "ZA": "27", "KE": "254", "NL": "31",
    "DE": "49", "FR": "33", "BR": "55", "JP": "81", "US": "1", "AU": "61", "IT": "39",
    "PT": "351", "CO": "57", "GH": "233", "NO": "47", "PL": "48", "MX": "52", "NG": "234",
    "IN": "91", "IE": "353",
}  # fmt: skip
#: The last part of every organisation's web address in that country.
COUNTRY_TLDS = {"GB": "uk", "US": "us"}


def demo_texts() -> list[str]:
    """Every text of the plain demo a client shows."""
    texts: list[str] = []
    for org in CertifyingOrganisation.objects.all():
        texts += [org.name, org.address, org.url, org.organisation_email, org.organisation_phone]
    for centre in TrainingCenter.objects.all():
        texts += [centre.name, centre.email, centre.phone]
    texts += list(CourseType.objects.values_list("name", flat=True))
    texts += list(Course.objects.values_list("name", flat=True))
    for convener in CourseConvener.objects.select_related("user"):
        texts += [convener.user.first_name, convener.user.last_name, convener.user.username]
    return texts


class TestDemoLooksReal:
    """The demo is what newcomers and the README screenshots show (issue 8)."""

    def test_no_markup_script_or_overlong_text(self):
        run("seed_demo")
        for text in demo_texts():
            assert not re.search(r"[<>]|&|javascript:|onerror|DROP TABLE", text), text
            for line in text.splitlines():
                assert len(line) <= 110, line
        assert not CertifyingOrganisation.objects.filter(name__in=edge_case_names()).exists()

    def test_phone_numbers_have_the_country_calling_code_and_a_national_format(self):
        run("seed_demo")
        rows = [
            (org.organisation_phone, org.country.code)
            for org in CertifyingOrganisation.objects.all()
        ] + [
            (c.phone, c.certifying_organisation.country.code)
            for c in TrainingCenter.objects.select_related("certifying_organisation")
        ]
        assert len(rows) >= 70
        for phone, country in rows:
            code = CALLING_CODES[country]
            assert re.fullmatch(rf"\+{code} \d[\d -]{{5,14}}\d", phone), (country, phone)
            digits = re.sub(r"\D", "", phone)[len(code) :]
            assert 6 <= len(digits) <= 11, (country, phone)
        romania = CertifyingOrganisation.objects.get(name="Academia de Geomatică Brașov")
        assert re.fullmatch(r"\+40 268 \d{3} \d{3}", romania.organisation_phone)
        taiwan = CertifyingOrganisation.objects.get(name="臺北地理資訊學院")
        assert re.fullmatch(r"\+886 2 \d{4} \d{4}", taiwan.organisation_phone)
        sweden = CertifyingOrganisation.objects.get(name="Kartskolan i Göteborg AB")
        assert re.fullmatch(r"\+46 31 \d{3} \d{2} \d{2}", sweden.organisation_phone)
        # Not one number shared by two organisations.
        phones = [org.organisation_phone for org in CertifyingOrganisation.objects.all()]
        assert len(set(phones)) == len(phones)

    def test_every_organisation_has_a_web_site_and_mail_at_its_own_domain(self):
        run("seed_demo")
        hosts = set()
        for org in CertifyingOrganisation.objects.all():
            url = urllib.parse.urlsplit(org.url)
            assert (url.scheme, url.path, url.query) == ("https", "/", ""), org.url
            assert url.hostname and url.hostname.startswith("www."), org.url
            domain = url.hostname[len("www.") :]
            tld = COUNTRY_TLDS.get(org.country.code, org.country.code.lower())
            assert domain.endswith("." + tld), (org.country.code, org.url)
            assert not domain.endswith((".example", ".test", ".invalid")), org.url
            assert org.organisation_email.endswith("@" + domain), org.organisation_email
            hosts.add(domain)
            for centre in org.training_centers.all():
                assert centre.email.endswith("@" + domain), centre.email
        assert len(hosts) == CertifyingOrganisation.objects.count()

    def test_usernames_keep_every_letter_of_the_name(self):
        run("seed_demo", "--no-with-users")
        validator = UnicodeUsernameValidator()
        by_name = {}
        for convener in CourseConvener.objects.select_related("user"):
            user = convener.user
            validator(user.username)
            name = " ".join(p for p in (user.first_name, user.last_name) if p)
            by_name[name] = user.username
            base = user.username.rsplit(".", 1)[0]
            letters = re.sub(r"\W", "", ascii_fold(name) if ascii_fold(name).strip() else name)
            assert re.sub(r"\W", "", base) == letters.lower(), (name, user.username)
        assert by_name["Ștefan Mureșan"].startswith("stefan.muresan.")
        assert by_name["Jürgen Weiß"].startswith("jurgen.weiss.")
        assert by_name["Øyvind Hågensen"].startswith("oyvind.hagensen.")
        assert by_name["Łukasz Żółkiewski"].startswith("lukasz.zolkiewski.")
        assert by_name["Siobhan O'Neill"].startswith("siobhan.oneill.")
        assert by_name["陳志明"].startswith("陳志明.")

    def test_username_rules(self):
        assert username_for("Ștefan", "Mureșan", "012") == "stefan.muresan.012"
        assert username_for("Øyvind", "Hågensen", "1") == "oyvind.hagensen.1"
        assert username_for("王小華", "", "072") == "王小華.072"
        assert username_for("", "", "9") == "convener.9"

    def test_the_plan_uses_no_real_company_name(self):
        names = {seed.name for seed in ORGANISATIONS}
        assert not any("Kartoza" in name for name in names)


class TestEdgeCases:
    """``seed_demo --edge-cases``: the hostile rows the tests need, after the demo's own."""

    def test_edge_cases_add_markup_script_and_long_text(self):
        out, _ = run("seed_demo", "--edge-cases")
        assert "Demo catalogue ready" in out
        markup = CertifyingOrganisation.objects.get(name=MARKUP_NAME)
        assert markup.is_certified
        assert markup.address == '1 <i>Markup</i> Street\nLondon & "Co"'
        assert TrainingCenter.objects.filter(name__startswith="<img src=x onerror").exists()
        assert CourseConvener.objects.filter(user__first_name="Robert'); DROP TABLE").exists()
        assert Course.objects.filter(certifying_organisation=markup).count() >= 3
        long = CertifyingOrganisation.objects.get(name=LONG_NAME)
        assert len(long.name) == CertifyingOrganisation._meta.get_field("name").max_length
        assert len(long.address) > 500
        longest_course = max(len(name) for name in Course.objects.values_list("name", flat=True))
        assert 250 < longest_course <= Course._meta.get_field("name").max_length

    def test_the_demo_rows_are_the_same_with_or_without_edge_cases(self):
        run("seed_demo")
        plain = snapshot()
        run("seed_demo", "--edge-cases")
        names = set(edge_case_names())
        with_edges = snapshot()
        assert [o for o in with_edges["organisations"] if o[0] not in names] == plain[
            "organisations"
        ]
        assert len(with_edges["organisations"]) == len(plain["organisations"]) + len(
            EDGE_CASE_ORGANISATIONS
        )
        assert set(plain["courses"]) <= set(with_edges["courses"])

    def test_edge_cases_are_idempotent_and_a_plain_seed_removes_them(self):
        run("seed_demo")
        plain_counts, plain = counts(), snapshot()
        run("seed_demo", "--edge-cases")
        edge_counts, edges = counts(), snapshot()
        run("seed_demo", "--edge-cases")
        assert (counts(), snapshot()) == (edge_counts, edges)
        run("seed_demo")
        assert (counts(), snapshot()) == (plain_counts, plain)

    def test_the_plan_with_edge_cases_is_deterministic(self):
        day = datetime.date(2026, 11, 21)
        assert build_plan(day, edge_cases=True) == build_plan(day, edge_cases=True)
        assert build_plan(day, edge_cases=True)[: len(ORGANISATIONS)] == build_plan(day)


@needs_qgis_file
class TestImportUserGroups:
    def test_the_qgis_file_gives_27_groups_idempotently(self):
        out, _ = run("import_user_groups", str(QGIS_USER_GROUPS_FILE))
        assert "27 user groups imported (27 created, 0 updated)" in out
        out, _ = run("import_user_groups")
        assert "(0 created, 27 updated)" in out
        assert UserGroup.objects.count() == 27
        data = json.loads(QGIS_USER_GROUPS_FILE.read_text(encoding="utf-8"))
        first = data["features"][0]["properties"]
        group = UserGroup.objects.get(name=first["name"])
        assert (group.country.code, group.website, group.logo_url, group.year) == (
            first["country"],
            first["website"],
            first["logo_url"],
            first["year"],
        )

    def test_seed_demo_uses_the_file(self):
        run("seed_demo")
        assert UserGroup.objects.count() == 27


class TestImportErrors:
    @pytest.mark.parametrize(
        ("content", "message"),
        [
            ("{not json", "is not valid JSON (line 1"),
            ("[]", "is not a GeoJSON FeatureCollection"),
            ('{"type": "FeatureCollection"}', "has no 'features' list"),
            ('{"type": "FeatureCollection", "features": [1]}', "feature 1: expected a GeoJSON"),
            (
                '{"type": "FeatureCollection", "features": [{"properties": {"country": "RO"}}]}',
                "feature 1: the group has no name",
            ),
            (
                '{"type": "FeatureCollection", "features": ['
                '{"properties": {"name": "X", "country": "ZZ"}}]}',
                "'ZZ' is not an ISO 3166-1 alpha-2 country",
            ),
            (
                '{"type": "FeatureCollection", "features": ['
                '{"properties": {"name": "X", "country": "RO", "website": "javascript:x"}}]}',
                "'website' is not an http(s) URL",
            ),
            (
                '{"type": "FeatureCollection", "features": ['
                '{"properties": {"name": "X", "country": "RO", "year": "2015"}}]}',
                "'year' must be a positive whole number",
            ),
            (
                '{"type": "FeatureCollection", "features": ['
                '{"properties": {"name": "X", "country": "RO"}},'
                '{"properties": {"name": "X", "country": "SE"}}]}',
                "lists these groups twice: X",
            ),
        ],
    )
    def test_bad_file_is_a_clear_error_and_changes_nothing(self, tmp_path, content, message):
        UserGroup.objects.create(name="Existing", country="RO")
        path = tmp_path / "groups.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
            run("import_user_groups", str(path))
        assert list(UserGroup.objects.values_list("name", flat=True)) == ["Existing"]

    def test_missing_file(self, tmp_path):
        with pytest.raises(CommandError, match="Cannot read"):
            run("import_user_groups", str(tmp_path / "nope.json"))

    def test_lowercase_country_and_missing_optional_fields_are_accepted(self, tmp_path):
        path = tmp_path / "groups.json"
        path.write_text(
            '{"type": "FeatureCollection", "features": ['
            '{"type": "Feature", "properties": {"name": "QGIS Sverige", "country": "se"},'
            ' "geometry": null}]}',
            encoding="utf-8",
        )
        run("import_user_groups", str(path))
        group = UserGroup.objects.get()
        assert (group.country.code, group.website, group.year) == ("SE", "", None)

    def test_seed_demo_falls_back_to_built_in_groups(self, tmp_path):
        report = seed_demo(with_users=False, user_groups_file=Path(tmp_path / "absent.json"))
        assert report.user_groups_source == "built-in list"
        assert set(UserGroup.objects.values_list("country", flat=True)) == {"RO", "SE", "TW"}


class TestSeedBench:
    def test_bulk_catalogue(self):
        out, _ = run("seed_bench", "--courses", "300", "--centres", "60")
        assert "3 organisations, 60 training centres, 300 courses" in out
        assert Course.objects.count() == 300
        assert TrainingCenter.objects.filter(longitude__isnull=True).count() == 3
        # Courses belong to their centre's organisation.
        assert not Course.objects.exclude(
            certifying_organisation=F("training_center__certifying_organisation")
        ).exists()
        today = timezone.localdate()
        upcoming = Course.objects.filter(start_date__gte=today).count()
        assert 90 <= upcoming <= 210

    def test_refuses_a_non_empty_catalogue_unless_flushed(self):
        run("seed_bench", "--courses", "10", "--centres", "5")
        with pytest.raises(CommandError, match="not empty"):
            run("seed_bench", "--courses", "10", "--centres", "5")
        run("seed_bench", "--flush", "--courses", "20", "--centres", "5")
        assert Course.objects.count() == 20

    def test_rejects_zero_centres(self):
        with pytest.raises(CommandError, match="at least one centre"):
            run("seed_bench", "--courses", "10", "--centres", "0")


def test_if_empty_leaves_an_existing_catalogue_alone(catalogue_factory):
    catalogue_factory.organisation("Real data")
    out, _ = run("seed_demo", "--if-empty")
    assert "not empty" in out
    assert list(CertifyingOrganisation.objects.values_list("name", flat=True)) == ["Real data"]


def test_if_empty_seeds_an_empty_catalogue():
    run("seed_demo", "--if-empty", "--no-with-users")
    assert CertifyingOrganisation.objects.count() >= 22
