"""The application form as data, its completeness rules and the server's field names.

The dock's form (``core.forms`` spec, built into widgets by ``gui/base/FormBinder``) holds the
organisation's details, the contributions table and the message; courses have a form of their
own (``course_spec``) because each course also carries files. Field names in the form are the
server's leaf names (``name``, ``contributions``); ``details.`` is added and removed here, so a
server error ``details.name`` lands at the form's ``name``.

``completeness`` mirrors the server's submit rules (contract of issue 10), so the user sees
what is missing before submitting: the same dotted names the server would answer with.
No Qt; English templates in ``MESSAGES``, translated by the GUI (``gui/applications/texts``).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from . import forms
from .applications import MATERIAL_PARTS, ApplicationForm, obj
from .forms import FieldSpec, FormSpec, Section

FORM_NAME = "application"
COURSE_FORM_NAME = "application_course"
DETAIL_FIELDS = ("name", "email", "website", "address", "country", "phone", "vat_number")
LECTURE_PARTS = ("lectures", "exercises")
"""A course needs a file or a link in one of these."""
QGIS_VERSION = re.compile(r"\d{1,2}\.\d{1,3}")
COURSE_KEY = re.compile(r"[a-z0-9-]{1,32}")
MESSAGE_MAX_LENGTH = 5000

DEFAULT_KINDS: Tuple[Tuple[str, str], ...] = (
    ("development", "QGIS development (commits)"),
    ("documentation", "Documentation and training material"),
    ("translation", "Translation"),
    ("plugins", "Plugins"),
    ("bug_reports", "Bug reports"),
    ("feature_funding", "Funding new features"),
    ("sponsorship", "Financial contributions or sponsorship"),
    ("user_group", "The local user group"),
    ("courseware", "Open QGIS courseware"),
    ("books", "QGIS books"),
)
"""The ten kinds, used until the server's form (in the interface language) has arrived."""
DEFAULT_LICENCES: Tuple[Tuple[str, str], ...] = (
    ("CC-BY-4.0", "CC BY 4.0"),
    ("CC-BY-SA-4.0", "CC BY-SA 4.0"),
    ("CC0-1.0", "CC0 1.0"),
    ("GFDL-1.3", "GNU FDL 1.3"),
    ("proprietary", "All rights reserved"),
    ("other", "Other"),
)

MESSAGES: Dict[str, str] = {
    "self_check": "Answer yes to submit.",
    "links": "Enter one web address per line, each starting with http:// or https://.",
    "qgis_version": "Enter a QGIS version such as 3.34.",
    "material": "Add at least one file or link for lectures or exercises.",
    "courses": "Add at least one course.",
    "dates": "The end date is before the start date.",
}
"""English templates of the application's own checks (``forms.MESSAGES`` has the rest)."""

Errors = Dict[str, List[str]]


def form_spec(
    countries: Sequence[Tuple[str, str]], form: Optional[ApplicationForm] = None
) -> FormSpec:
    """The dock's form: organisation, contributions and message (courses are separate).

    ``form`` (the server's, in the interface language) gives the kinds and the message
    limit; ``countries`` are (ISO alpha-2, label) pairs (``qgis_io.names.country_choices``).
    """
    kinds = form.contribution_kinds if form is not None and form.contribution_kinds else ()
    message_max = form.limit("message_max_length", MESSAGE_MAX_LENGTH) if form else 0
    country_choices = tuple(countries)
    if not country_choices:
        raise ValueError("the application form needs the country choices")
    return FormSpec(
        FORM_NAME,
        (
            FieldSpec("name", "Organisation name", required=True, max_length=200),
            FieldSpec("email", "E-mail", forms.EMAIL, required=True, max_length=254),
            FieldSpec("website", "Website", forms.URL, max_length=500),
            FieldSpec("address", "Postal address", forms.MULTILINE, required=True, max_length=1000),
            FieldSpec("country", "Country", forms.CHOICE, required=True, choices=country_choices),
            FieldSpec("phone", "Phone", max_length=50),
            FieldSpec("vat_number", "VAT number", max_length=50),
            FieldSpec(
                "contributions",
                "Contributions to QGIS",
                forms.ROWS,
                required=True,
                maximum=100,
                help="One row per contribution; links one per line.",
                fields=(
                    FieldSpec(
                        "kind", "Kind", forms.CHOICE, required=True, choices=kinds or DEFAULT_KINDS
                    ),
                    FieldSpec("description", "Description", required=True, max_length=2000),
                    FieldSpec("links", "Links", forms.MULTILINE, max_length=5000),
                    FieldSpec("start_date", "Start", forms.DATE),
                    FieldSpec("end_date", "End", forms.DATE),
                ),
            ),
            FieldSpec(
                "message",
                "Message to the reviewers",
                forms.MULTILINE,
                max_length=message_max or MESSAGE_MAX_LENGTH,
            ),
        ),
        (
            Section("Organisation", DETAIL_FIELDS),
            Section("Contributions", ("contributions",)),
            Section("Message to the reviewers", ("message",)),
        ),
    )


def course_spec(form: Optional[ApplicationForm] = None) -> FormSpec:
    """One course's own fields (its files are kept by path in the draft, not in the form)."""
    licences = form.licences if form is not None and form.licences else DEFAULT_LICENCES
    link_fields = tuple(
        FieldSpec(f"{part}_links", f"{part.capitalize()} links", forms.MULTILINE, max_length=5000)
        for part in MATERIAL_PARTS
    )
    return FormSpec(
        COURSE_FORM_NAME,
        (
            FieldSpec("title", "Course title", required=True, max_length=200),
            FieldSpec("course_type", "Course type", required=True, max_length=200),
            FieldSpec("licence", "Licence", forms.CHOICE, required=True, choices=licences),
            FieldSpec("qgis_version", "QGIS version", required=True, max_length=10),
            *link_fields,
        ),
    )


# ----------------------------------------------------------------------------- links


def split_links(text: Any) -> List[str]:
    """Links typed one per line (spaces also separate): the non-empty ones, in order."""
    if isinstance(text, list):
        return [str(item).strip() for item in text if str(item).strip()]
    if not isinstance(text, str):
        return []
    return [part for part in text.split() if part]


def join_links(links: Any) -> str:
    return "\n".join(str(link) for link in links) if isinstance(links, list) else ""


# ----------------------------------------------------------------------------- names


def server_name(form_name: str) -> str:
    """``name`` -> ``details.name``; others unchanged (``contributions.1.links``)."""
    head = form_name.split(".", 1)[0]
    return f"details.{form_name}" if head in DETAIL_FIELDS else form_name


def split_server_errors(
    errors: Mapping[str, List[str]],
) -> Tuple[Errors, Dict[int, Errors], Errors, Errors]:
    """The server's (or ``completeness``') errors by where the dock shows them:
    (form fields, {course index: {course field: msgs}}, {self-check key: msgs}, the rest).

    ``courses.0.links.lectures`` goes to course 0's ``lectures_links``; ``courses`` and
    ``courses.0`` to the course list itself (index -1 in the course dict).
    """
    form_errors: Errors = {}
    course_errors: Dict[int, Errors] = {}
    check_errors: Errors = {}
    rest: Errors = {}
    for name, messages in errors.items():
        parts = name.split(".")
        if parts[0] == "details" and len(parts) >= 2 and parts[1] in DETAIL_FIELDS:
            form_errors.setdefault(parts[1], []).extend(messages)
        elif parts[0] in DETAIL_FIELDS or parts[0] in ("contributions", "message"):
            form_errors.setdefault(name, []).extend(messages)
        elif parts[0] == "self_check":
            key = parts[-1] if len(parts) >= 3 else ""
            check_errors.setdefault(key, []).extend(messages)
        elif parts[0] == "courses":
            index = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else -1
            field = _course_field(parts[2:])
            course_errors.setdefault(index, {}).setdefault(field, []).extend(messages)
        else:
            rest.setdefault(name, []).extend(messages)
    return form_errors, course_errors, check_errors, rest


def _course_field(parts: List[str]) -> str:
    if not parts:
        return ""
    if parts[0] == "links":
        # "courses.0.links": the course has no lecture or exercise material at all.
        part = parts[1] if len(parts) >= 2 and parts[1] in MATERIAL_PARTS else "lectures"
        return f"{part}_links"
    if parts[0] in MATERIAL_PARTS:
        return f"{parts[0]}_links"
    return parts[0]


# ----------------------------------------------------------------------------- completeness


def completeness(
    values: Mapping[str, Any],
    courses: Sequence[Mapping[str, Any]],
    answers: Mapping[str, bool],
    form: Optional[ApplicationForm],
    spec: FormSpec,
    files: Optional[Sequence[Mapping[str, Sequence[str]]]] = None,
    messages: Optional[Mapping[str, str]] = None,
    form_messages: Optional[Mapping[str, str]] = None,
) -> Errors:
    """Every problem the server would answer a submit with, by its dotted names.

    ``values``: the form's values; ``courses``: each course's form values; ``files``: each
    course's local files per part (counted as material: they are uploaded before submit);
    ``answers``: the self-check; ``messages``/``form_messages``: translated templates.
    """
    texts = dict(MESSAGES)
    texts.update(messages or {})
    errors: Errors = {}
    for name, problems in forms.validate(spec, values, form_messages).items():
        errors.setdefault(server_name(name), []).extend(problems)
    for index, row in enumerate(values.get("contributions") or []):
        if not isinstance(row, dict):
            continue
        if any(not forms.is_web_url(link) for link in split_links(row.get("links"))):
            errors.setdefault(f"contributions.{index}.links", []).append(texts["links"])
        start, end = row.get("start_date") or "", row.get("end_date") or ""
        if start and end and end < start:
            errors.setdefault(f"contributions.{index}.end_date", []).append(texts["dates"])
    cspec = course_spec(form)
    if not courses:
        errors.setdefault("courses", []).append(texts["courses"])
    for index, course in enumerate(courses):
        for name, problems in forms.validate(cspec, course, form_messages).items():
            errors.setdefault(f"courses.{index}.{name}", []).extend(problems)
        version = str(course.get("qgis_version") or "").strip()
        if version and not QGIS_VERSION.fullmatch(version):
            errors.setdefault(f"courses.{index}.qgis_version", []).append(texts["qgis_version"])
        course_files = files[index] if files is not None and index < len(files) else {}
        for part in MATERIAL_PARTS:
            if any(not forms.is_web_url(link) for link in split_links(course.get(f"{part}_links"))):
                errors.setdefault(f"courses.{index}.{part}_links", []).append(texts["links"])
        has_material = any(
            split_links(course.get(f"{part}_links")) or list(course_files.get(part) or [])
            for part in LECTURE_PARTS
        )
        if not has_material:
            errors.setdefault(f"courses.{index}.lectures_links", []).append(texts["material"])
    if form is not None:
        for question in form.questions:
            if answers.get(question.key) is not True:
                errors.setdefault(f"self_check.answers.{question.key}", []).append(
                    texts["self_check"]
                )
    return errors


def self_check_passed(form: ApplicationForm, answers: Mapping[str, bool]) -> List[str]:
    """Keys of the questions not answered yes (empty: the applicant may continue)."""
    return [q.key for q in form.questions if answers.get(q.key) is not True]


# ----------------------------------------------------------------------------- payload


def contributions_payload(rows: Any) -> List[Dict[str, Any]]:
    """The form's contribution rows as the server's list (links as a list, empty dates null)."""
    found = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        found.append(
            {
                "kind": row.get("kind") or "",
                "description": row.get("description") or "",
                "links": split_links(row.get("links")),
                "start_date": row.get("start_date") or None,
                "end_date": row.get("end_date") or None,
            }
        )
    return found


def contributions_values(items: Any) -> List[Dict[str, Any]]:
    """The server's contributions as the form's rows."""
    rows = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            rows.append(
                {
                    "kind": item.get("kind") or "",
                    "description": item.get("description") or "",
                    "links": join_links(item.get("links")),
                    "start_date": item.get("start_date") or "",
                    "end_date": item.get("end_date") or "",
                }
            )
    return rows


def course_payload(key: str, course: Mapping[str, Any]) -> Dict[str, Any]:
    return {
        "key": key,
        "title": course.get("title") or "",
        "course_type": course.get("course_type") or "",
        "licence": course.get("licence") or "",
        "qgis_version": str(course.get("qgis_version") or "").strip(),
        "links": {part: split_links(course.get(f"{part}_links")) for part in MATERIAL_PARTS},
    }


def course_values(item: Mapping[str, Any]) -> Dict[str, Any]:
    links = obj(item, "links")
    values: Dict[str, Any] = {
        "title": item.get("title") or "",
        "course_type": item.get("course_type") or "",
        "licence": item.get("licence") or "",
        "qgis_version": str(item.get("qgis_version") or ""),
    }
    for part in MATERIAL_PARTS:
        values[f"{part}_links"] = join_links(links.get(part))
    return values
