"""A loopback stand-in for Stripe's API, enough for payments.providers.stripe through the
official SDK: POST /v1/checkout/sessions, GET /v1/checkout/sessions/<id>, POST /v1/refunds.

Requests are recorded (method, path, form fields, headers); sessions can be marked paid or
expired by a test (``complete(id)``, ``expire(id)``). Use as a context manager::

    with FakeStripe() as fake:
        settings.STRIPE_API_BASE = fake.url
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


class FakeStripe:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.sessions: dict[str, dict[str, Any]] = {}
        self.refunds: dict[str, dict[str, Any]] = {}
        self.fail_next = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self, status: int, document: dict[str, Any]) -> None:
                data = json.dumps(document).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Request-Id", f"req_{secrets.token_hex(6)}")
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                path, _, query = self.path.partition("?")
                form = dict(parse_qsl(raw or query, keep_blank_values=True))
                fake.requests.append(
                    {"method": method, "path": path, "form": form, "headers": dict(self.headers)}
                )
                if fake.fail_next > 0:
                    fake.fail_next -= 1
                    self._answer(500, {"error": {"type": "api_error", "message": "down"}})
                    return
                status, document = fake.route(method, path, form)
                self._answer(status, document)

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeStripe:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- the API -----------------------------------------------------------------------

    def route(self, method: str, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if method == "POST" and path == "/v1/checkout/sessions":
            return self.create_session(form)
        if method == "GET" and path.startswith("/v1/checkout/sessions/"):
            found = self.sessions.get(path.rsplit("/", 1)[-1])
            if found is None:
                return 404, _error("No such checkout.session", "resource_missing")
            return 200, found
        if method == "POST" and path == "/v1/refunds":
            return self.create_refund(form)
        return 404, _error(f"Unrecognized request URL ({method}: {path})", "")

    def create_session(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        try:
            quantity = int(form["line_items[0][quantity]"])
            unit = int(form["line_items[0][price_data][unit_amount]"])
            currency = form["line_items[0][price_data][currency]"]
        except (KeyError, ValueError):
            return 400, _error("Missing line_items", "parameter_missing")
        if form.get("mode") != "payment":
            return 400, _error("mode must be payment", "parameter_invalid")
        session_id = f"cs_test_{secrets.token_hex(12)}"
        session = {
            "id": session_id,
            "object": "checkout.session",
            "mode": "payment",
            "status": "open",
            "payment_status": "unpaid",
            "amount_total": quantity * unit,
            "amount_subtotal": quantity * unit,
            "currency": currency,
            "client_reference_id": form.get("client_reference_id"),
            "metadata": {
                key[len("metadata[") : -1]: value
                for key, value in form.items()
                if key.startswith("metadata[")
            },
            "payment_intent": None,
            "success_url": form.get("success_url"),
            "cancel_url": form.get("cancel_url"),
            "url": f"https://checkout.stripe.test/c/pay/{session_id}",
            "created": int(time.time()),
            "livemode": False,
        }
        self.sessions[session_id] = session
        return 200, session

    def create_refund(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        intent = form.get("payment_intent", "")
        if not intent:
            return 400, _error("Missing payment_intent", "parameter_missing")
        refund_id = f"re_{secrets.token_hex(12)}"
        refund = {
            "id": refund_id,
            "object": "refund",
            "amount": int(form.get("amount") or 0),
            "currency": "eur",
            "payment_intent": intent,
            "status": "succeeded",
            "created": int(time.time()),
        }
        self.refunds[refund_id] = refund
        return 200, refund

    # --- test controls -------------------------------------------------------------------

    def complete(self, session_id: str) -> dict[str, Any]:
        session = self.sessions[session_id]
        session.update(
            status="complete", payment_status="paid", payment_intent=f"pi_{secrets.token_hex(8)}"
        )
        return session

    def expire(self, session_id: str) -> dict[str, Any]:
        session = self.sessions[session_id]
        session.update(status="expired")
        return session


def _error(message: str, code: str) -> dict[str, Any]:
    return {"error": {"type": "invalid_request_error", "message": message, "code": code}}
