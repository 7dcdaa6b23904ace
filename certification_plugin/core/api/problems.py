"""What a write API's error answer means: 400 field problems, 409 conflicts, 413 limits.

A 400 body is the reference server's envelope ``{"detail", "code", "errors": {field:
[messages]}}`` (``server/api/exceptions.py``) or Django REST framework's bare ``{field:
[messages]}``; either is nested for nested serializers (``{"contributions": [{}, {"url":
["Enter a valid URL."]}]}``) or already dotted (``"self_check.answers.runs_training"``), with
``non_field_errors`` or ``detail`` for problems about no single field; a 409 body is
``{detail, state, allowed_actions}``; a 413 body may carry ``limit`` (bytes). Other statuses
go to ``core.http.raise_for_status``, as for every GET. A body that is not JSON still gives an
error that names the URL and quotes the start of a plain-text answer.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from ..errors import ConflictError, HttpError, PayloadTooLarge, ValidationFailed
from ..http import raise_for_status
from ..transport import Response

GENERAL_KEYS = ("non_field_errors", "detail", "__all__")
"""Keys whose messages are about the whole object, not one field."""
ENVELOPE_KEY = "errors"
"""The envelope's field problems: ``{"detail": "Invalid input.", "code", "errors": {...}}``."""
ENVELOPE_META = ("detail", "code")
"""The envelope's own keys beside ``errors``: its summary, not a problem of the data."""
_QUOTE_MAX = 300
_MAX_DEPTH = 20


def json_body(response: Response) -> Any:
    """The decoded JSON of an error answer, or ``None`` when it is not JSON."""
    text = _text(response)
    if text is None or not text.strip() or text.lstrip().startswith("<"):
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _text(response: Response) -> Optional[str]:
    try:
        return response.body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def plain_text_excerpt(response: Response) -> str:
    """The start of a short non-JSON, non-HTML answer (a proxy's "Request Entity Too Large"),
    on one line; "" for HTML pages and binary bodies."""
    text = _text(response)
    content_type = response.header("content-type").lower()
    if text is None or "html" in content_type or text.lstrip().startswith("<"):
        return ""
    line = " ".join(text.split())
    return line if len(line) <= _QUOTE_MAX else line[:_QUOTE_MAX] + "…"


def field_errors(data: Any) -> Tuple[Dict[str, List[str]], List[str]]:
    """An error document as (``{dotted field: [messages]}``, general messages).

    The envelope ``{"detail", "code", "errors": {...}}`` is read from its ``errors`` (its
    ``detail`` is only the summary, "Invalid input."; it counts as general when ``errors``
    names nothing); any other dict is DRF's bare ``{field: [messages]}``. Lists of dicts
    (a nested ``many=True`` serializer) number their items from 0; empty items (no problem
    in that row) are skipped; ``non_field_errors`` inside a nested object belongs to that
    object's path; anything at the top that is not a dict is general.
    """
    fields: Dict[str, List[str]] = {}
    general: List[str] = []
    if _is_envelope(data):
        inner = data[ENVELOPE_KEY]
        fields, general = field_errors(inner) if inner else ({}, [])
        if not fields and not general:
            general.extend(_messages(data.get("detail")))
        return fields, general
    if isinstance(data, dict):
        for key, value in data.items():
            name = str(key)
            if name in GENERAL_KEYS:
                general.extend(_messages(value))
            else:
                _collect(value, name, fields, 1)
    else:
        general.extend(_messages(data))
    return fields, general


def _is_envelope(data: Any) -> bool:
    """True for ``{"errors": {...}}`` with nothing but ``detail``/``code`` beside it (a bare DRF
    document of a serializer with a field called "errors" has other keys or a list there)."""
    return (
        isinstance(data, dict)
        and isinstance(data.get(ENVELOPE_KEY), dict)
        and all(key == ENVELOPE_KEY or key in ENVELOPE_META for key in data)
    )


def _collect(value: Any, path: str, out: Dict[str, List[str]], depth: int) -> None:
    if depth > _MAX_DEPTH:
        out.setdefault(path, []).append(_compact(value))
        return
    if isinstance(value, dict):
        for key, inner in value.items():
            name = str(key)
            target = path if name in GENERAL_KEYS else f"{path}.{name}"
            _collect(inner, target, out, depth + 1)
    elif isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                _collect(item, f"{path}.{index}", out, depth + 1)
            elif item not in (None, ""):
                out.setdefault(path, []).append(str(item))
    else:
        messages = _messages(value)
        if messages:
            out.setdefault(path, []).extend(messages)


def _messages(value: Any) -> List[str]:
    """Flat list of message strings from a string, a list of strings or anything else."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        found: List[str] = []
        for item in value:
            found.extend(_messages(item) if not isinstance(item, dict) else [_compact(item)])
        return found
    if isinstance(value, dict):
        return [_compact(value)]
    return [str(value)]


def _compact(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)[:_QUOTE_MAX]
    except (TypeError, ValueError, RecursionError):
        return str(value)[:_QUOTE_MAX]


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def summarise(fields: Dict[str, List[str]], general: List[str]) -> str:
    """Every problem on one line: ``"title: This field is required. Dates overlap."``."""
    parts = [_sentence(message) for message in general]
    parts += [
        f"{name}: {' '.join(_sentence(m) for m in messages)}" for name, messages in fields.items()
    ]
    return " ".join(parts)


def raise_for_api_status(response: Response) -> None:
    """Raise the ``CertificationError`` for an error answer of the write API; return on 2xx."""
    status = response.status
    if status < 300:
        return
    if status == 400:
        raise _validation_failed(response)
    if status == 409:
        raise _conflict(response)
    if status == 413:
        raise _too_large(response)
    raise_for_status(response)
    raise HttpError(f"Unexpected answer (HTTP {status}).", response.url, status)  # pragma: no cover


def _said(response: Response) -> str:
    excerpt = plain_text_excerpt(response)
    return f" It said: {_sentence(excerpt)}" if excerpt else ""


def _validation_failed(response: Response) -> HttpError:
    url = response.url
    data = json_body(response)
    if data is None:
        return HttpError(
            "The server refused the request as malformed (HTTP 400) without saying why in "
            f"JSON.{_said(response)}",
            url,
            400,
            plain_text_excerpt(response),
        )
    fields, general = field_errors(data)
    summary = summarise(fields, general) or "no details given"
    detail = data.get("detail") if isinstance(data, dict) else None
    return ValidationFailed(
        _sentence(f"The server did not accept the data (HTTP 400): {summary}"),
        url,
        400,
        detail if isinstance(detail, str) else summary,
        errors=fields,
        general=general,
        body=data if isinstance(data, dict) else None,
    )


def _conflict(response: Response) -> ConflictError:
    data = json_body(response)
    body = data if isinstance(data, dict) else {}
    detail = body.get("detail")
    detail = detail if isinstance(detail, str) else plain_text_excerpt(response)
    state = body.get("state")
    state = state if isinstance(state, str) else ("" if state is None else str(state))
    raw_actions = body.get("allowed_actions")
    actions = [str(a) for a in raw_actions] if isinstance(raw_actions, list) else []
    words = [_sentence(f"This action does not apply now (HTTP 409): {detail or 'conflict'}")]
    if state:
        words.append(f"Current state: {state}.")
    if actions:
        words.append(f"Allowed actions: {', '.join(actions)}.")
    elif isinstance(raw_actions, list):
        words.append("No action is allowed now.")
    code = body.get("code")
    return ConflictError(
        " ".join(words),
        response.url,
        409,
        detail,
        state=state,
        allowed_actions=actions,
        code=code if isinstance(code, str) else "",
        body=body,
    )


def _too_large(response: Response) -> PayloadTooLarge:
    data = json_body(response)
    body = data if isinstance(data, dict) else {}
    raw = body.get("limit")
    limit: Optional[int] = None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw > 0:
        limit = int(raw)
    elif isinstance(raw, str) and raw.strip().isdigit():
        limit = int(raw.strip())
    detail = body.get("detail")
    detail = detail if isinstance(detail, str) else plain_text_excerpt(response)
    words = ["The upload is larger than the server accepts (HTTP 413)"]
    if limit is not None:
        words.append(f"; the limit is {_size(limit)}")
    message = "".join(words) + "."
    if detail:
        message += f" It said: {_sentence(detail)}"
    return PayloadTooLarge(message, response.url, 413, detail, limit=limit)


def _size(count: int) -> str:
    if count >= 1_048_576:
        return f"{count / 1_048_576:.1f} MB ({count} bytes)"
    if count >= 1024:
        return f"{count / 1024:.1f} KB ({count} bytes)"
    return f"{count} bytes"
