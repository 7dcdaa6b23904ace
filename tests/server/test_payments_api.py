"""The payments API (issue 13): credits, orders by transfer and card, Idempotency-Key,
the order after the sandbox payment, invoices (document, PDF, EPC QR), mark-paid, bank
statements, refunds and credit limits by managers, bad bodies as 400 with the field."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from payments.models import Order
from stdnum import iso11649

from tests.server.factories_certificates import certified_org, client_for, manager, post

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


@pytest.fixture
def owner(org):
    return client_for(org.owner)


@pytest.fixture
def boss(catalogue_factory):
    return client_for(manager(catalogue_factory))


def order(client: Client, org, credits: int = 5, method: str = "bank_transfer", **h: str) -> Any:
    body = {"organisation": org.organisation.slug, "credits": credits, "method": method}
    return post(client, f"{API}/orders/", body, **h)


def test_an_order_by_transfer_answers_its_invoice_with_the_transfer_details(owner, org):
    answer = order(owner, org, 5)
    assert answer.status_code == 201, answer.json()
    body = answer.json()
    assert body["state"] == "open" and body["amount_cents"] == 10000
    assert body["payment"]["provider"] == "bank_transfer"
    invoice = body["invoice"]
    assert invoice["kind"] == "transfer" and invoice["state"] == "open"
    assert invoice["total_cents"] == 10000
    transfer = invoice["transfer"]
    assert transfer["iban"] and transfer["bic"] and transfer["amount_cents"] == 10000
    assert iso11649.is_valid(transfer["creditor_reference"])
    assert transfer["epc_qr_payload"].startswith("BCD\n002\n")
    assert invoice["qr_url"].endswith("/qr.png")
    detail = owner.get(f"{API}/invoices/{invoice['number']}/").json()
    assert detail["number"] == invoice["number"] and detail["order"] == body["id"]
    listed = owner.get(f"{API}/invoices/?organisation={org.organisation.slug}").json()
    assert [i["number"] for i in listed] == [invoice["number"]]
    pdf = owner.get(f"{API}/invoices/{invoice['number']}/pdf/", HTTP_ACCEPT="*/*")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    qr = owner.get(f"{API}/invoices/{invoice['number']}/qr.png", HTTP_ACCEPT="*/*")
    assert qr.status_code == 200 and qr["Content-Type"] == "image/png"
    assert qr.content.startswith(b"\x89PNG")


def test_the_same_idempotency_key_answers_the_same_order(owner, org):
    first = order(owner, org, 3, HTTP_IDEMPOTENCY_KEY="buy-1")
    again = order(owner, org, 3, HTTP_IDEMPOTENCY_KEY="buy-1")
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert Order.objects.count() == 1


def test_a_card_order_is_paid_on_the_sandbox_page(owner, org, client):
    answer = order(owner, org, 2, "card")
    assert answer.status_code == 201, answer.json()
    body = answer.json()
    url = body["payment"]["checkout_url"]
    assert "/payments/sandbox/" in url and body["payment"]["state"] == "pending"
    path = url[url.index("/payments/sandbox/") :]
    assert client.post(path, {"action": "pay"}).status_code == 200
    after = owner.get(body["url"]).json()
    assert after["state"] == "paid" and after["payment"]["state"] == "confirmed"
    credits = owner.get(f"{API}/organisations/{org.organisation.slug}/credits/").json()
    assert credits["balance"] == 2 and credits["available"] == 2
    assert credits["ledger"][0]["kind"] == "top_up" and credits["ledger"][0]["order"] == body["id"]
    assert credits["ledger_count"] == 1 and credits["price_per_credit_cents"] == 2000
    assert credits["methods"] == ["card", "bank_transfer"]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"credits": 0}, "credits"),
        ({"credits": 10001}, "credits"),
        ({"credits": "many"}, "credits"),
        ({"method": "cash"}, "method"),
        ({"organisation": "nobody-here"}, "organisation"),
        ({"billing": "text"}, "billing"),
    ],
)
def test_bad_orders_are_400_with_the_field(owner, org, body, field):
    full = {"organisation": org.organisation.slug, "credits": 1, "method": "card", **body}
    answer = post(owner, f"{API}/orders/", full)
    assert answer.status_code == 400, answer.content
    assert field in answer.json()["errors"]


def test_managers_mark_paid_refund_and_set_the_limit(owner, boss, org):
    body = order(owner, org, 4).json()
    number = body["invoice"]["number"]
    mark = f"{API}/invoices/{number}/mark-paid/"
    assert post(owner, mark, {}).status_code == 403
    paid = post(boss, mark, {})
    assert paid.status_code == 200, paid.json()
    assert paid.json()["state"] == "paid" and paid.json()["transfer"] is None
    again = post(boss, mark, {})
    assert again.status_code == 409 and again.json()["code"] == "invoice_not_open"
    refund = f"{API}/orders/{body['id']}/refund/"
    assert post(owner, refund, {"credits": 1, "reason": "x"}).status_code == 403
    too_many = post(boss, refund, {"credits": 5, "reason": "too many"})
    assert too_many.status_code in (400, 409), too_many.json()
    done = post(boss, refund, {"credits": 1, "reason": "one unused"})
    assert done.status_code == 200, done.json()
    credits_url = f"{API}/organisations/{org.organisation.slug}/credits/"
    assert owner.get(credits_url).json()["balance"] == 3
    limit = f"{API}/organisations/{org.organisation.slug}/credit-limit/"
    assert post(owner, limit, {"credit_limit": 10, "reason": "x"}).status_code == 403
    assert post(boss, limit, {"credit_limit": -1, "reason": "x"}).status_code == 400
    set_ = post(boss, limit, {"credit_limit": 10, "reason": "trusted"})
    assert set_.status_code == 200, set_.json()
    assert set_.json()["credit_limit"] == 10 and set_.json()["available"] == 13
    mine = owner.get(f"{API}/me/organisations/").json()
    row = next(r for r in mine["results"] if r["slug"] == org.organisation.slug)
    assert row["credits"]["credit_limit"] == 10


def test_a_statement_pays_the_invoice(owner, boss, org):
    invoice = order(owner, org, 1).json()["invoice"]
    reference = invoice["transfer"]["creditor_reference"]
    csv = f"date;amount;reference\n2026-01-05;20,00;{reference}\n".encode()
    url = f"{API}/statements/"
    assert owner.post(url, {"file": _file(csv)}).status_code == 403
    report = boss.post(url, {"file": _file(csv)})
    assert report.status_code == 200, report.json()
    data = report.json()
    assert data["lines"] == 1 and data["matched"][0]["invoice"] == invoice["number"]
    assert owner.get(f"{API}/invoices/{invoice['number']}/").json()["state"] == "paid"
    assert boss.post(url, {}).status_code == 400


def _file(data: bytes) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("statement.csv", data, content_type="text/csv")


def test_others_do_not_see_the_billing(org, catalogue_factory):
    stranger = client_for(catalogue_factory.user())
    convener = client_for(org.convener)
    url = f"{API}/organisations/{org.organisation.slug}/credits/"
    assert stranger.get(url).status_code == 403
    assert convener.get(url).status_code == 403
    assert order(stranger, org, 1).status_code == 403
    owner_order = order(client_for(org.owner), org, 1).json()
    assert stranger.get(owner_order["url"]).status_code == 404
    assert stranger.get(f"{API}/invoices/{owner_order['invoice']['number']}/").status_code == 404
    root = Client(HTTP_ACCEPT="application/json").get(f"{API}/").json()
    assert "payments" in root["capabilities"] and root["payments"]["card_provider"] == "sandbox"
    assert root["links"]["orders"].endswith("/api/v1/orders/")
