"""Form specs, local validation and the draft model (core/forms.py)."""

from __future__ import annotations

import json

import pytest

from certification_plugin.core import forms
from certification_plugin.core.forms import (
    FieldSpec,
    FormSpec,
    Section,
    from_draft,
    to_draft,
    validate,
)

COUNTRIES = (("RO", "Romania"), ("SE", "Sweden"), ("TW", "Taiwan"))
CONTRIBUTION = (
    FieldSpec("title", "Title", forms.TEXT, required=True, max_length=20),
    FieldSpec("url", "Web address", forms.URL, required=True),
    FieldSpec("kind", "Kind", forms.CHOICE, choices=(("code", "Code"), ("docs", "Documentation"))),
)
SPEC = FormSpec(
    "application",
    (
        FieldSpec("name", "Organisation name", forms.TEXT, required=True, max_length=10),
        FieldSpec("about", "About", forms.MULTILINE, max_length=50),
        FieldSpec("email", "E-mail", forms.EMAIL, required=True),
        FieldSpec("website", "Website", forms.URL),
        FieldSpec("staff", "Staff", forms.INTEGER, minimum=1, maximum=500),
        FieldSpec("country", "Country", forms.CHOICE, required=True, choices=COUNTRIES),
        FieldSpec("agree", "I agree", forms.BOOLEAN, required=True),
        FieldSpec("founded", "Founded", forms.DATE, minimum="1990-01-01", maximum="2030-12-31"),
        FieldSpec(
            "contributions",
            "Contributions",
            forms.ROWS,
            required=True,
            maximum=3,
            fields=CONTRIBUTION,
        ),
    ),
    sections=(Section("Organisation", ("name", "about", "email")),),
)
GOOD = {
    "name": "Acme GIS",
    "about": "Line one\nline two",
    "email": "info@acme.example.org",
    "website": "https://acme.example.org/about",
    "staff": 12,
    "country": "SE",
    "agree": True,
    "founded": "2001-05-17",
    "contributions": [{"title": "Plugin", "url": "https://github.com/acme/p", "kind": "code"}],
}


def with_(**changes: object) -> dict:
    data = json.loads(json.dumps(GOOD))
    data.update(changes)
    return data


def test_valid_data_has_no_errors() -> None:
    assert validate(SPEC, GOOD) == {}


def test_every_required_kind_reports_when_missing() -> None:
    errors = validate(SPEC, {})
    assert errors == {
        "name": ["This field is required."],
        "email": ["This field is required."],
        "country": ["This field is required."],
        "agree": ["This box must be ticked."],
        "contributions": ["Add at least one row."],
    }


def test_unknown_fields_are_ignored_and_blank_text_is_missing() -> None:
    assert validate(SPEC, with_(extra="whatever", nested={"a": 1})) == {}
    assert validate(SPEC, with_(name="   "))["name"] == ["This field is required."]


def test_text_limits_and_single_line() -> None:
    assert validate(SPEC, with_(name="x" * 11))["name"] == ["Use at most 10 characters (now 11)."]
    assert validate(SPEC, with_(name="a\nb"))["name"] == ["Use a single line."]
    assert "about" not in validate(SPEC, with_(about="a\nb"))
    assert validate(SPEC, with_(about="y" * 51))["about"] == ["Use at most 50 characters (now 51)."]


@pytest.mark.parametrize("address", ["info@acme.org", "a.b+c@sub.example.co.uk", "x@ex-ample.org"])
def test_email_accepted(address: str) -> None:
    assert "email" not in validate(SPEC, with_(email=address))


@pytest.mark.parametrize(
    "address", ["info", "info@", "@acme.org", "a b@acme.org", "info@acme", "a@b@c.org", "x@-a.org"]
)
def test_email_refused(address: str) -> None:
    assert validate(SPEC, with_(email=address))["email"] == [forms.MESSAGES["email"]]


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org",
        "https://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG",
        "http://[::1]:8080/",
    ],
)
def test_web_urls_accepted(url: str) -> None:
    assert "website" not in validate(SPEC, with_(website=url))


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://example.org/file",
        "file:///etc/passwd",
        "data:text/html,<b>x</b>",
        "example.org",
        "//example.org",
        "https://",
        "https://exa mple.org",
        "https://user:secret@example.org/",
        "https://example.org:99999/",
        "https://<script>/",
    ],
)
def test_non_web_urls_refused(url: str) -> None:
    assert validate(SPEC, with_(website=url))["website"] == [forms.MESSAGES["url"]]


def test_integer_kind_and_limits() -> None:
    assert validate(SPEC, with_(staff=0))["staff"] == ["Enter 1 or more."]
    assert validate(SPEC, with_(staff=501))["staff"] == ["Enter 500 or less."]
    assert validate(SPEC, with_(staff="many"))["staff"] == ["Enter a whole number."]
    assert validate(SPEC, with_(staff=True))["staff"] == ["Enter a whole number."]
    assert validate(SPEC, with_(staff=2.5))["staff"] == ["Enter a whole number."]
    assert "staff" not in validate(SPEC, with_(staff=None))
    assert "staff" not in validate(SPEC, with_(staff="42"))


def test_choice_boolean_and_date() -> None:
    assert validate(SPEC, with_(country="XX"))["country"] == ["Choose one of the listed values."]
    assert validate(SPEC, with_(agree="yes"))["agree"] == ["Tick or untick the box."]
    assert validate(SPEC, with_(founded="17/05/2001"))["founded"] == ["Enter a date (YYYY-MM-DD)."]
    assert validate(SPEC, with_(founded="2001-02-30"))["founded"] == ["Enter a date (YYYY-MM-DD)."]
    assert validate(SPEC, with_(founded="1989-12-31"))["founded"] == ["Enter 1990-01-01 or later."]
    assert validate(SPEC, with_(founded="2031-01-01"))["founded"] == [
        "Enter 2030-12-31 or earlier."
    ]
    assert "founded" not in validate(SPEC, with_(founded=""))


def test_rows_report_dotted_names_like_the_server() -> None:
    rows = [
        {"title": "Fine", "url": "https://example.org", "kind": "docs"},
        {"title": "", "url": "javascript:alert(1)", "kind": "poem"},
        {"title": "t" * 21, "url": "https://example.org"},
    ]
    errors = validate(SPEC, with_(contributions=rows))
    assert errors == {
        "contributions.1.title": ["This field is required."],
        "contributions.1.url": [forms.MESSAGES["url"]],
        "contributions.1.kind": ["Choose one of the listed values."],
        "contributions.2.title": ["Use at most 20 characters (now 21)."],
    }


def test_row_counts_and_shape() -> None:
    row = GOOD["contributions"][0]
    assert validate(SPEC, with_(contributions=[row] * 4))["contributions"] == [
        "Use at most 3 rows."
    ]
    assert validate(SPEC, with_(contributions="a row"))["contributions"] == [
        "Expected a list of rows."
    ]
    spec = FormSpec("f", (FieldSpec("rows", "Rows", forms.ROWS, minimum=2, fields=CONTRIBUTION),))
    assert validate(spec, {"rows": [row]}) == {"rows": ["Add at least 2 rows."]}


def test_translated_templates_are_used() -> None:
    errors = validate(SPEC, with_(name="x" * 11), {"max_length": "Högst {max} tecken (nu {n})."})
    assert errors == {"name": ["Högst 10 tecken (nu 11)."]}


def test_spec_refuses_mistakes() -> None:
    with pytest.raises(ValueError):
        FieldSpec("a", "A", "colour")
    with pytest.raises(ValueError):
        FieldSpec("a.b", "A")
    with pytest.raises(ValueError):
        FieldSpec("c", "C", forms.CHOICE)
    with pytest.raises(ValueError):
        FieldSpec("r", "R", forms.ROWS)
    with pytest.raises(ValueError):
        FormSpec("f", (FieldSpec("a", "A"), FieldSpec("a", "A")))
    with pytest.raises(ValueError):
        FormSpec("f", (FieldSpec("a", "A"),), sections=(Section("S", ("b",)),))


def test_grouped_keeps_sections_then_the_rest() -> None:
    groups = SPEC.grouped()
    assert [title for title, _ in groups] == ["Organisation", ""]
    assert [f.name for f in groups[0][1]] == ["name", "about", "email"]
    assert groups[1][1][0].name == "website"


def test_draft_round_trip_is_json_and_exact() -> None:
    draft = to_draft(SPEC, with_(extra="dropped"))
    assert json.loads(json.dumps(draft)) == draft
    assert draft["form"] == "application"
    assert "extra" not in draft["values"]
    assert from_draft(SPEC, draft) == GOOD


def test_draft_survives_a_changed_spec() -> None:
    draft = to_draft(SPEC, GOOD)
    changed = FormSpec(
        "application",
        (
            FieldSpec("name", "Organisation name", forms.TEXT),
            FieldSpec("staff", "Staff", forms.TEXT),  # was an integer: 12 is not text any more
            FieldSpec(
                "country", "Country", forms.CHOICE, choices=(("RO", "Romania"),)
            ),  # SE withdrawn
            FieldSpec("phone", "Phone", forms.TEXT),  # new
            FieldSpec(
                "contributions",
                "Contributions",
                forms.ROWS,
                fields=(
                    FieldSpec("url", "Web address", forms.URL),
                    FieldSpec("year", "Year", forms.INTEGER),  # new column
                ),
            ),
        ),
    )
    assert from_draft(changed, draft) == {
        "name": "Acme GIS",
        "staff": "",
        "country": "",
        "phone": "",
        "contributions": [{"url": "https://github.com/acme/p", "year": None}],
    }


@pytest.mark.parametrize(
    "broken", [None, [], "text", {"values": "x"}, {"values": {"contributions": "x"}}]
)
def test_broken_drafts_give_empty_values(broken: object) -> None:
    values = from_draft(SPEC, broken)
    assert values == forms.default_values(SPEC)


def test_draft_coerces_each_kind() -> None:
    values = from_draft(
        SPEC,
        {
            "values": {
                "staff": "7",
                "agree": "yes",
                "founded": "2020-13-01",
                "contributions": [1, {"url": 5}],
            }
        },
    )
    assert values["staff"] == 7
    assert values["agree"] is False
    assert values["founded"] == ""
    assert values["contributions"] == [{"title": "", "url": "", "kind": ""}]
