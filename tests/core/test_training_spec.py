"""The training forms' specs: limits, the checks across fields, payloads and values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from certification_plugin.core import forms
from certification_plugin.core import training_spec as ts


def centre(**values: str) -> dict:
    return {**forms.default_values(ts.centre_spec()), "name": "Cluj centre", **values}


def test_a_centre_with_both_coordinates_or_none_passes() -> None:
    spec = ts.centre_spec()
    assert ts.check(spec, centre(longitude="23.6", latitude="46.77")) == {}
    assert ts.check(spec, centre()) == {}
    assert ts.is_online(centre()) and not ts.is_online(centre(longitude="1", latitude="2"))


@pytest.mark.parametrize(
    ("lon", "lat", "field", "message"),
    [
        ("23.6", "", "latitude", ts.MESSAGES["both"]),
        ("", "46", "longitude", ts.MESSAGES["both"]),
        ("181", "10", "longitude", ts.MESSAGES["longitude"]),
        ("-180.5", "10", "longitude", ts.MESSAGES["longitude"]),
        ("10", "90.01", "latitude", ts.MESSAGES["latitude"]),
        ("ten", "10", "longitude", ts.MESSAGES["number"]),
        ("nan", "10", "longitude", ts.MESSAGES["number"]),
        ("inf", "10", "longitude", ts.MESSAGES["number"]),
        ("1e400", "10", "longitude", ts.MESSAGES["number"]),
    ],
)
def test_bad_coordinates_are_named_at_their_field(lon, lat, field, message) -> None:
    errors = ts.check(ts.centre_spec(), centre(longitude=lon, latitude=lat))
    assert errors[field] == [message]


def test_the_edges_of_the_ranges_pass() -> None:
    for lon, lat in (("180", "90"), ("-180", "-90"), ("0", "0"), (" 12.5 ", "-0.000001")):
        assert ts.check(ts.centre_spec(), centre(longitude=lon, latitude=lat)) == {}


def test_the_centre_needs_a_name_and_a_valid_email_and_url() -> None:
    errors = ts.check(ts.centre_spec(), centre(name="", email="nope", url="ftp://x"))
    assert set(errors) == {"name", "email", "url"}


def test_centre_payload_sends_numbers_or_null() -> None:
    payload = ts.centre_payload(centre(longitude=" 23.6 ", latitude="46.77", email=" a@b.org "))
    assert payload == {
        "name": "Cluj centre",
        "email": "a@b.org",
        "phone": "",
        "address": "",
        "url": "",
        "longitude": 23.6,
        "latitude": 46.77,
    }
    online = ts.centre_payload(centre())
    assert online["longitude"] is None and online["latitude"] is None


def test_centre_values_from_the_api_and_from_a_feature() -> None:
    record = {"id": 3, "name": "A", "email": "", "longitude": 23.6123456789, "latitude": 46.0}
    values = ts.centre_values(record)
    assert values["longitude"] == "23.612346" and values["latitude"] == "46"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [-3.5, 40.25]},
        "properties": {"name": "Madrid", "longitude": None, "latitude": None},
    }
    assert ts.centre_values(feature)["name"] == "Madrid"
    assert (ts.centre_values(feature)["longitude"], ts.centre_values(feature)["latitude"]) == (
        "-3.5",
        "40.25",
    )
    assert ts.centre_values({"name": "Online", "longitude": None})["longitude"] == ""


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("0", True),
        ("16", True),
        ("7.5", True),
        ("1000", True),
        ("1000.0", True),
        ("1000.1", False),
        ("-1", False),
        ("7.25", False),
        ("seven", False),
        ("", True),
    ],
)
def test_instruction_hours_0_to_1000_one_decimal(text, ok) -> None:
    values = {"name": "Desktop", "instruction_hours": text}
    errors = ts.check(ts.course_type_spec(), values)
    if text == "":
        assert errors == {"instruction_hours": [forms.MESSAGES["required"]]}
    elif ok:
        assert errors == {}
    else:
        assert errors == {"instruction_hours": [ts.MESSAGES["hours"]]}


def test_hours_text_and_payload() -> None:
    assert ts.hours_text("16.0") == "16" and ts.hours_text(Decimal("7.5")) == "7.5"
    assert ts.hours_text(None) == ""
    payload = ts.course_type_payload({"name": " D ", "instruction_hours": "16.0"})
    assert payload == {
        "name": "D",
        "description": "",
        "instruction_hours": "16.0",
        "coursetype_link": "",
    }
    assert ts.course_type_values({"name": "D", "instruction_hours": "16.0"})[
        "instruction_hours"
    ] == ("16")


def test_the_convener_needs_a_user_and_a_png_or_jpeg() -> None:
    spec = ts.convener_spec()
    assert ts.check(spec, {"user": "", "signature": ""}) == {"user": [forms.MESSAGES["required"]]}
    assert ts.check(spec, {"user": "ana", "signature": "/tmp/sig.PNG"}) == {}
    assert ts.check(spec, {"user": "ana@example.org", "signature": "/tmp/s.jpeg"}) == {}
    assert ts.check(spec, {"user": "ana", "signature": "/tmp/sig.gif"}) == {
        "signature": [ts.MESSAGES["signature"]]
    }
    assert ts.check(spec, {"user": "ana", "title": "x" * 51})["title"]
    assert ts.convener_payload({"user": " ana ", "title": "Dr.", "signature": "/x.png"}) == {
        "user": "ana",
        "title": "Dr.",
        "degree": "",
    }
    assert ts.convener_values({"username": "ana", "title": "Dr.", "degree": "PhD"}) == {
        "user": "ana",
        "title": "Dr.",
        "degree": "PhD",
        "signature": "",
    }


def course_form() -> forms.FormSpec:
    return ts.course_spec(
        course_types=[("desktop", "QGIS Desktop")],
        conveners=[("4", "Prof. Ana Pop")],
        centres=[("9", "Cluj")],
    )


def a_course(**values: str) -> dict:
    base = {
        "course_type": "desktop",
        "course_convener": "4",
        "training_centre": "9",
        "language": "ro",
        "trained_competence": "Maps",
        "start_date": "2026-12-01",
        "end_date": "2026-12-03",
        "certificate_type": "",
    }
    return {**base, **values}


def test_a_course_passes_and_becomes_the_api_payload() -> None:
    assert ts.check(course_form(), a_course()) == {}
    assert ts.course_payload(a_course(certificate_type="completion")) == {
        "course_type": "desktop",
        "course_convener": 4,
        "training_centre": 9,
        "language": "ro",
        "trained_competence": "Maps",
        "start_date": "2026-12-01",
        "end_date": "2026-12-03",
        "certificate_type": "completion",
    }
    assert ts.course_payload(a_course())["certificate_type"] is None


def test_the_end_may_not_be_before_the_start() -> None:
    assert ts.check(course_form(), a_course(end_date="2026-11-30")) == {
        "end_date": [ts.MESSAGES["dates"]]
    }
    assert ts.check(course_form(), a_course(end_date="2026-12-01")) == {}


def test_trained_competence_at_most_120_characters() -> None:
    assert ts.check(course_form(), a_course(trained_competence="x" * 120)) == {}
    errors = ts.check(course_form(), a_course(trained_competence="x" * 121))
    assert list(errors) == ["trained_competence"]


def test_empty_choice_lists_say_add_one_first() -> None:
    spec = ts.course_spec()
    assert spec.field("course_type").choices == ((ts.NONE_YET, "(none yet)"),)
    errors = ts.check(
        spec, a_course(course_type=ts.NONE_YET, course_convener="", training_centre="")
    )
    assert errors["course_type"] == [ts.MESSAGES["none_yet"]]
    assert errors["course_convener"] == [forms.MESSAGES["required"]]


def test_a_course_in_another_language_keeps_it() -> None:
    spec = ts.course_spec(keep_language="tlh")
    assert "tlh" in spec.field("language").choice_values
    assert "zh-hant" in spec.field("language").choice_values
    assert ts.course_values({"course_convener": 4, "training_centre": 9, "language": "tlh"})[
        "course_convener"
    ] == ("4")


def test_the_attendee_needs_names_and_an_email() -> None:
    spec = ts.attendee_spec()
    errors = ts.check(spec, {"first_name": "", "surname": "Pop", "email": "ana@"})
    assert set(errors) == {"first_name", "email"}
    assert ts.check(spec, {"first_name": "Ana", "surname": "Pop", "email": "a@b.ro"}) == {}
    assert ts.check(spec, {"first_name": "A" * 151, "surname": "P", "email": "a@b.ro"})


def test_drafts_of_every_form_round_trip() -> None:
    for spec, values in (
        (ts.centre_spec(), centre(longitude="1", latitude="2")),
        (course_form(), a_course()),
        (ts.convener_spec(), {"user": "ana", "title": "", "degree": "", "signature": "/a.png"}),
    ):
        assert forms.from_draft(spec, forms.to_draft(spec, values)) == {
            **forms.default_values(spec),
            **values,
        }


def test_translated_templates_are_used() -> None:
    errors = ts.check(
        ts.centre_spec(), centre(longitude="1"), messages={"both": "Beide oder keine."}
    )
    assert errors == {"latitude": ["Beide oder keine."]}
