"""A streamed multipart upload over a raw socket, watching for an early answer.

``requests`` sends the whole body before it reads the answer; a server that refuses an upload
after its headers would seem slow. This client sends the body in chunks and looks for an
answer between chunks, so a test sees *when* the server answered and how much of the body had
been sent by then. The file's content is generated (a head, then zeros): nothing the size of
the upload is held in memory here either.
"""

from __future__ import annotations

import json
import select
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MB = 1 << 20


@dataclass
class Answer:
    status: int
    body: Any
    sent: int
    """Bytes of the request (headers included) sent when the answer arrived."""
    total: int
    """Bytes the whole request has."""
    seconds: float
    """From the first byte sent to the answer's status line."""


def _multipart(
    fields: dict[str, str], filename: str, size: int, head: bytes
) -> tuple[str, bytes, int, bytes]:
    boundary = "live-" + uuid.uuid4().hex
    preamble = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    )
    preamble += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode() + head[:size]
    epilogue = f"\r\n--{boundary}--\r\n".encode()
    return boundary, preamble, max(size - len(head), 0), epilogue


def _read_answer(sock: socket.socket, deadline: float) -> tuple[int, Any]:
    data = b""
    while b"\r\n\r\n" not in data and time.monotonic() < deadline:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        (int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length")),
        None,
    )
    while length is not None and len(rest) < length and time.monotonic() < deadline:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    try:
        return status, json.loads(rest or b"null")
    except ValueError:
        return status, rest


def stream_upload(
    base_url: str,
    path: str,
    token: str,
    *,
    filename: str,
    size: int,
    fields: dict[str, str],
    head: bytes = b"%PDF-1.4\n",
    chunk: int = MB,
    timeout: float = 120.0,
) -> Answer:
    """POST ``size`` bytes of file (``head`` then zeros) in ``chunk``-sized writes."""
    url = urlsplit(base_url)
    boundary, preamble, zeros, epilogue = _multipart(fields, filename, size, head)
    total_body = len(preamble) + zeros + len(epilogue)
    request_head = (
        f"POST {path} HTTP/1.1\r\nHost: {url.netloc}\r\nAuthorization: Token {token}\r\n"
        f"Accept: application/json\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
        f"Content-Length: {total_body}\r\nConnection: close\r\n\r\n"
    ).encode()
    total = len(request_head) + total_body
    deadline = time.monotonic() + timeout
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as sock:
        started = time.monotonic()
        sent = 0

        def answered() -> bool:
            readable, _w, _x = select.select([sock], [], [], 0)
            return bool(readable)

        try:
            sock.sendall(request_head + preamble)
            sent = len(request_head) + len(preamble)
            block = bytes(chunk)
            left = zeros
            while left and not answered():
                piece = block if left >= chunk else block[:left]
                sock.sendall(piece)
                sent += len(piece)
                left -= len(piece)
            if not left and not answered():
                sock.sendall(epilogue)
                sent += len(epilogue)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: its answer is what matters
        status, body = _read_answer(sock, deadline)
        return Answer(status, body, sent, total, time.monotonic() - started)


def gunicorn_pids(port: int) -> list[int]:
    """The gunicorn processes (master and workers) bound to ``port`` on loopback."""
    found = []
    needle = f"127.0.0.1:{port}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"gunicorn" in command and needle in command:
            found.append(int(entry.name))
    return sorted(found)


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) in MB, or 0 when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def port_of(base_url: str) -> int:
    return int(urlsplit(base_url).port or 80)
