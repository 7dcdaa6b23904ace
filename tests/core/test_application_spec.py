"""The application form spec, its completeness rules, server names and the draft model."""

from __future__ import annotations

import pytest

from certification_plugin.core import application_spec as spec
from certification_plugin.core.application_draft import (
    ApplicationDraft,
    CourseDraft,
    compare,
    digest,
)
from certification_plugin.core.applications import Application, ApplicationForm, accept_language
from certification_plugin.core.errors import InvalidResponseError

COUNTRIES = (("RO", "Romania (RO)"), ("SE", "Sweden (SE)"))
FORM_DOC = {
    "self_check": {
        "version": 2,
        "questions": [
            {"key": "runs_training", "text": "Do you run QGIS training?"},
            {"key": "pays_fee", "text": "Will you pay €20 per certificate?"},
        ],
    },
    "contribution_kinds": [{"key": k, "label": label} for k, label in spec.DEFAULT_KINDS],
    "material_parts": [{"key": "lectures", "label": "Lectures"}, {"key": "exercises"}],
    "licences": [{"key": "CC-BY-4.0", "label": "CC BY"}, {"key": "other"}],
    "file_types": [{"key": "pdf", "label": "PDF", "extensions": [".pdf"]}],
    "limits": {"max_file_bytes": 100, "message_max_length": 20},
    "next_steps": "Screening, then review.",
}
FORM = ApplicationForm.parse(FORM_DOC, "http://x/api/v1/application-form/")

COMPLETE_VALUES = {
    "name": "Geo Academy",
    "email": "office@geo.example",
    "website": "https://geo.example",
    "address": "Str. 1\nCluj",
    "country": "RO",
    "contributions": [
        {
            "kind": "translation",
            "description": "Romanian UI",
            "links": "https://a.example/1\nhttps://a.example/2",
            "start_date": "2024-01-01",
            "end_date": "",
        }
    ],
    "message": "Hello",
}
COURSE = {
    "title": "QGIS basics",
    "course_type": "Introduction",
    "licence": "CC-BY-4.0",
    "qgis_version": "3.34",
    "lectures_links": "",
    "exercises_links": "https://b.example/ex",
    "data_links": "",
}


def test_the_form_document_parses_and_bad_ones_fail() -> None:
    assert FORM.self_check_version == 2
    assert [q.key for q in FORM.questions] == ["runs_training", "pays_fee"]
    assert FORM.licences == (("CC-BY-4.0", "CC BY"), ("other", "other"))
    assert FORM.limit("message_max_length") == 20 and FORM.extensions() == (".pdf",)
    with pytest.raises(InvalidResponseError):
        ApplicationForm.parse({"self_check": {"version": "1"}}, "http://x/")
    with pytest.raises(InvalidResponseError):
        ApplicationForm.parse([], "http://x/")


def test_accept_language_follows_the_interface_language() -> None:
    assert accept_language("zh_TW") == "zh-hant"
    assert accept_language("sv_FI") == "sv"
    assert accept_language("de") == "en"


def test_the_spec_has_the_sections_and_the_server_choices() -> None:
    form = spec.form_spec(COUNTRIES, FORM)
    assert [title for title, _f in form.grouped()] == [
        "Organisation",
        "Contributions",
        "Message to the reviewers",
    ]
    kinds = form.field("contributions").fields[0]
    assert kinds.choice_values[0] == "development" and len(kinds.choices) == 10
    assert form.field("message").max_length == 20
    assert spec.course_spec(FORM).field("licence").choice_values == ("CC-BY-4.0", "other")
    with pytest.raises(ValueError):
        spec.form_spec((), FORM)


def test_a_complete_application_has_no_problems() -> None:
    form = spec.form_spec(COUNTRIES, FORM)
    answers = {"runs_training": True, "pays_fee": True}
    assert spec.completeness(COMPLETE_VALUES, [COURSE], answers, FORM, form) == {}


def test_completeness_names_every_missing_piece_as_the_server_would() -> None:
    form = spec.form_spec(COUNTRIES, FORM)
    values = {"name": "", "email": "nope", "contributions": [], "message": "x" * 21}
    errors = spec.completeness(values, [], {"runs_training": True}, FORM, form)
    assert set(errors) == {
        "details.name",
        "details.email",
        "details.address",
        "details.country",
        "contributions",
        "courses",
        "message",
        "self_check.answers.pays_fee",
    }


def test_course_rules_need_material_links_and_a_version() -> None:
    form = spec.form_spec(COUNTRIES, FORM)
    course = dict(COURSE, exercises_links="", qgis_version="three", data_links="ftp://x")
    values = dict(COMPLETE_VALUES)
    values["contributions"] = [dict(COMPLETE_VALUES["contributions"][0], links="javascript:1")]
    answers = {"runs_training": True, "pays_fee": True}
    errors = spec.completeness(values, [course], answers, FORM, form)
    assert set(errors) == {
        "contributions.0.links",
        "courses.0.qgis_version",
        "courses.0.data_links",
        "courses.0.lectures_links",
    }
    # A local file counts as lecture material (it is uploaded before the submit).
    errors = spec.completeness(
        COMPLETE_VALUES, [dict(course, qgis_version="3.34", data_links="")], answers, FORM,
        form, files=[{"lectures": ["/tmp/slides.pdf"]}],
    )  # fmt: skip
    assert errors == {}


def test_server_errors_split_by_where_they_show() -> None:
    fields, courses, checks, rest = spec.split_server_errors(
        {
            "details.name": ["Taken."],
            "contributions.1.links": ["Bad."],
            "courses.0.links.lectures": ["Bad link."],
            "courses.1.title": ["Required."],
            "courses.2.links": ["No material."],
            "courses": ["Add one."],
            "self_check.answers.pays_fee": ["Yes needed."],
            "non_field_errors": ["Quota."],
        }
    )
    assert fields == {"name": ["Taken."], "contributions.1.links": ["Bad."]}
    assert courses == {
        0: {"lectures_links": ["Bad link."]},
        1: {"title": ["Required."]},
        2: {"lectures_links": ["No material."]},
        -1: {"": ["Add one."]},
    }
    assert checks == {"pays_fee": ["Yes needed."]}
    assert rest == {"non_field_errors": ["Quota."]}


def _draft() -> ApplicationDraft:
    draft = ApplicationDraft(values=dict(COMPLETE_VALUES), self_check_version=2)
    draft.answers = {"runs_training": True, "pays_fee": True}
    draft.courses.append(CourseDraft("c1", dict(COURSE), {"lectures": ["/data/slides.pdf"]}))
    draft.logo = "/data/logo.png"
    draft.checks["/data/slides.pdf"] = {"ok": True}
    return draft


def test_content_is_the_servers_shape() -> None:
    content = _draft().content()
    assert content["details"]["country"] == "RO" and content["details"]["phone"] == ""
    assert content["contributions"][0]["links"] == ["https://a.example/1", "https://a.example/2"]
    assert content["contributions"][0]["end_date"] is None
    assert content["courses"][0]["links"] == {
        "lectures": [],
        "exercises": ["https://b.example/ex"],
        "data": [],
    }
    assert content["self_check"] == {
        "version": 2,
        "answers": {"pays_fee": True, "runs_training": True},
    }


def test_the_draft_round_trips_through_json_and_tolerates_junk() -> None:
    draft = _draft()
    draft.server_id, draft.server_revision, draft.reapply_from = 4, 9, 2
    again = ApplicationDraft.from_json(draft.to_json())
    assert again.to_json() == draft.to_json()
    assert again.reapply_from == 2
    assert again.all_files() == ["/data/logo.png", "/data/slides.pdf"]
    assert ApplicationDraft.from_json({"format": 99}).is_empty()
    broken = ApplicationDraft.from_json(
        {"format": 1, "courses": [{"key": "../x"}, 3], "server": {"id": "7"}, "checks": []}
    )
    assert broken.courses == [] and broken.server_id is None and broken.checks == {}


def _application(draft: ApplicationDraft, revision: int, **changes: object) -> Application:
    data = {"id": 4, "state": "draft", "revision": revision, **draft.content(), **changes}
    return Application.parse(data, "http://x/")


def test_compare_tells_who_changed() -> None:
    draft = _draft()
    synced = _application(draft, 3)
    draft.mark_synced(synced)
    assert not draft.locally_changed
    same = compare(draft, synced)
    assert same.same_content and not (same.must_choose or same.push_local or same.take_server)
    # Typed locally only: push.
    draft.values["message"] = "Hello again"
    assert compare(draft, synced).push_local
    # Both changed: the user chooses.
    moved = _application(draft, 5, message="Edited on the web")
    assert compare(draft, moved).must_choose
    # Only the server changed: take it; the local files stay with their course.
    draft.values["message"] = "Hello"
    draft.mark_synced(synced)
    comparison = compare(draft, moved)
    assert comparison.take_server and not comparison.must_choose
    taken = ApplicationDraft.from_application(moved, keep=draft)
    assert taken.values["message"] == "Edited on the web"
    assert taken.courses[0].files == {"lectures": ["/data/slides.pdf"]}
    assert taken.server_revision == 5 and not taken.locally_changed


def test_digest_ignores_key_order() -> None:
    assert digest({"a": 1, "b": [1, 2]}) == digest({"b": [1, 2], "a": 1})
    assert digest({"a": 1}) != digest({"a": 2})


def test_as_text_lists_the_answers_to_paste() -> None:
    text = _draft().as_text({"name": "Name", "course": "Course"})
    assert "Name: Geo Academy" in text
    assert "https://a.example/2" in text and "Course: QGIS basics" in text
