"""core.api.problems reads the reference server's 400 envelope as well as DRF's bare shape."""

from __future__ import annotations

import json

import pytest

from certification_plugin.core.api.problems import field_errors, raise_for_api_status
from certification_plugin.core.errors import ValidationFailed
from certification_plugin.core.transport import Response

URL = "http://127.0.0.1:9/api/v1/applications/3/submit/"


def _answer(body: object, status: int = 400) -> Response:
    return Response(
        url=URL,
        status=status,
        headers={"content-type": "application/json"},
        body=json.dumps(body).encode("utf-8"),
    )


def test_the_envelope_gives_its_errors_not_its_keys() -> None:
    body = {
        "detail": "Invalid input.",
        "code": "invalid",
        "errors": {
            "details.name": ["This field is required."],
            "self_check.answers.pays_fee": ["Answer yes to submit."],
            "contributions": [{}, {"links": ["Enter a valid URL."]}],
            "non_field_errors": ["2 submissions this year already (limit 2)."],
        },
    }
    fields, general = field_errors(body)
    assert fields == {
        "details.name": ["This field is required."],
        "self_check.answers.pays_fee": ["Answer yes to submit."],
        "contributions.1.links": ["Enter a valid URL."],
    }
    assert general == ["2 submissions this year already (limit 2)."]
    assert "code" not in fields and "errors" not in "".join(fields)


def test_the_envelope_nested_details_become_dotted_names() -> None:
    body = {
        "detail": "Invalid input.",
        "code": "invalid",
        "errors": {"details": {"email": ["Bad."]}},
    }
    assert field_errors(body) == ({"details.email": ["Bad."]}, [])


def test_an_envelope_without_field_errors_keeps_its_detail() -> None:
    assert field_errors({"detail": "Malformed JSON.", "code": "parse_error", "errors": {}}) == (
        {},
        ["Malformed JSON."],
    )


def test_drf_bare_shape_still_reads() -> None:
    body = {"name": ["This field is required."], "non_field_errors": ["No."]}
    assert field_errors(body) == ({"name": ["This field is required."]}, ["No."])
    # A serializer field called "errors" next to other fields is a field, not the envelope.
    bare = {"errors": {"a": ["x"]}, "title": ["y"]}
    assert field_errors(bare) == ({"errors.a": ["x"], "title": ["y"]}, [])


def test_a_400_envelope_raises_validation_failed_with_field_errors() -> None:
    body = {"detail": "Invalid input.", "code": "invalid", "errors": {"details.country": ["Pick."]}}
    with pytest.raises(ValidationFailed) as caught:
        raise_for_api_status(_answer(body))
    assert caught.value.errors == {"details.country": ["Pick."]}
    assert caught.value.general == []
    assert caught.value.detail == "Invalid input."
    assert "details.country: Pick." in caught.value.message
