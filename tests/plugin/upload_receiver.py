"""A loopback receiver for multipart uploads, for tests/plugin/test_uploads.py and the bench.

It runs in a subprocess (``python -m tests.plugin.upload_receiver``, prints its port) so it
shares neither the GIL nor the memory of the process that uploads: the responsiveness and
memory measurements see the uploader alone. The body is streamed to a temporary file, then
parsed in chunks (never held in memory); the answer lists each part's name, file name,
content type, size and SHA-256. ``GET /_log`` returns what every upload request looked like.

The path chooses the behaviour: ``/upload/ok``, ``/upload/413`` (``{"detail", "limit"}``),
``/upload/400`` (field errors), ``/upload/500`` (answers 500 after 1 MB and closes),
``/upload/hang`` (reads the body, never answers), ``/upload/slow`` (reads 128 KB every 50 ms),
``/upload/close`` (closes the connection after 1 MB), ``/upload/sink`` (reads and discards
the body, answers ``{"received"}``: for throughput measurements; ``?rate=N`` reads at most
N MB/s, like a real uplink).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

CHUNK = 1 << 20
LOG: List[Dict[str, Any]] = []
LOG_LOCK = threading.Lock()


def find_all(path: str, marker: bytes) -> List[int]:
    """Offsets of ``marker`` in the file, read in chunks."""
    found: List[int] = []
    keep = len(marker) - 1
    with open(path, "rb") as handle:
        offset = 0
        tail = b""
        while True:
            chunk = handle.read(CHUNK)
            if not chunk:
                return found
            window = tail + chunk
            start = 0
            while True:
                index = window.find(marker, start)
                if index < 0:
                    break
                found.append(offset - len(tail) + index)
                start = index + 1
            tail = window[-keep:] if keep else b""
            offset += len(chunk)


def parse_multipart(path: str, boundary: str) -> List[Dict[str, Any]]:
    """Each part's headers, size and SHA-256 (small text fields also with their value)."""
    marker = b"--" + boundary.encode("ascii")
    positions = find_all(path, marker)
    parts: List[Dict[str, Any]] = []
    with open(path, "rb") as handle:
        for start, end in zip(positions, positions[1:]):
            handle.seek(start + len(marker) + 2)  # the CRLF after the delimiter
            head = b""
            while b"\r\n\r\n" not in head:
                byte = handle.read(1)
                if not byte:
                    break
                head += byte
            headers = _headers(head.decode("utf-8"))
            body_start = handle.tell()
            length = end - 2 - body_start  # the CRLF before the next delimiter
            digest = hashlib.sha256()
            left = length
            first = b""
            while left > 0:
                chunk = handle.read(min(CHUNK, left))
                if not chunk:
                    break
                if not first:
                    first = chunk[:1000]
                digest.update(chunk)
                left -= len(chunk)
            disposition = headers.get("content-disposition", "")
            part = {
                "name": _param(disposition, "name"),
                "filename": _param(disposition, "filename"),
                "content_type": headers.get("content-type", ""),
                "size": length,
                "sha256": digest.hexdigest(),
            }
            if part["filename"] is None and length <= 1000:
                part["value"] = first.decode("utf-8", "replace")
            parts.append(part)
    return parts


def _headers(text: str) -> Dict[str, str]:
    result: Dict[str, str] = {}
    for line in text.split("\r\n"):
        if ":" in line:
            name, value = line.split(":", 1)
            result[name.strip().lower()] = value.strip()
    return result


def _param(disposition: str, key: str) -> Optional[str]:
    for item in disposition.split(";")[1:]:
        name, _, value = item.strip().partition("=")
        if name == key:
            return value.strip('"')
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        if self.path == "/_log":
            with LOG_LOCK:
                self._json(200, list(LOG))
        else:
            self._json(404, {"detail": "Not found."})

    def do_POST(self) -> None:
        target = urlsplit(self.path)
        mode = target.path.rstrip("/").rsplit("/", 1)[-1]
        expected = int(self.headers.get("Content-Length", "0"))
        entry: Dict[str, Any] = {
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "expected": expected,
            "received": 0,
            "complete": False,
        }
        if mode == "sink":
            rate = parse_qs(target.query).get("rate", ["0"])[0]
            self._sink(entry, float(rate) * CHUNK)
            return
        handle, body_path = tempfile.mkstemp(prefix="upload-receiver-")
        try:
            with os.fdopen(handle, "wb") as body:
                received, stopped = self._read_body(body, expected, mode)
            entry["received"] = received
            entry["complete"] = received == expected
            if stopped:
                self._record(entry)
                return
            if mode == "hang":
                self._record(entry)
                self._hang()
                return
            if mode == "413":
                self._record(entry)
                self._json(413, {"detail": "Request body too large.", "limit": 1048576})
                return
            if mode == "400":
                self._record(entry)
                self._json(400, {"title": ["This field is required."], "detail": "Bad form."})
                return
            boundary = self.headers.get_param("boundary") or ""
            entry["parts"] = parse_multipart(body_path, str(boundary))
            self._record(entry)
            self._json(201, {"parts": entry["parts"], "received": received})
        finally:
            os.unlink(body_path)

    def _read_body(self, body: Any, expected: int, mode: str) -> Tuple[int, bool]:
        """Bytes read, and whether this mode ended the exchange early (answer sent or not)."""
        received = 0
        step = 128 * 1024 if mode == "slow" else CHUNK
        while received < expected:
            try:
                chunk = self.rfile.read(min(step, expected - received))
            except OSError:
                chunk = b""
            if not chunk:
                return received, True  # the client went away
            body.write(chunk)
            received += len(chunk)
            if mode == "slow":
                time.sleep(0.05)
            if mode in ("close", "500") and received >= CHUNK and received < expected:
                if mode == "500":
                    self._json(500, {"detail": "Internal server error."})
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return received, True
        return received, False

    def _sink(self, entry: Dict[str, Any], bytes_per_s: float) -> None:
        received = 0
        started = time.monotonic()
        step = CHUNK // 8 if bytes_per_s else CHUNK
        while received < entry["expected"]:
            chunk = self.rfile.read(min(step, entry["expected"] - received))
            if not chunk:
                break
            received += len(chunk)
            if bytes_per_s:
                ahead = received / bytes_per_s - (time.monotonic() - started)
                if ahead > 0:
                    time.sleep(ahead)
        entry["received"] = received
        entry["complete"] = received == entry["expected"]
        self._record(entry)
        self._json(201, {"received": received})

    def _hang(self) -> None:
        """No answer; wait until the client gives up (the socket closes) or 60 s pass."""
        self.connection.settimeout(0.2)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.connection.recv(1) == b"":
                    break
            except socket.timeout:
                continue
            except OSError:
                break
        self.close_connection = True

    def _record(self, entry: Dict[str, Any]) -> None:
        with LOG_LOCK:
            LOG.append(entry)

    def _json(self, status: int, data: Any) -> None:
        payload = json.dumps(data).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()
        except OSError:
            pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
