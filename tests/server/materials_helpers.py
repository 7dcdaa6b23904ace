"""What the material tests share: a draft application, clients per role, sample files."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accounts.models import ApiToken
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from applications import domain
from applications.models import Application
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

MB = 1 << 20

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"


def pdf(size: int = 0, marker: bytes = b"") -> bytes:
    """A PDF header padded to ``size`` bytes (``marker`` makes two of them differ)."""
    body = PDF + marker
    return body + bytes(max(size - len(body), 0))


def zipped(*members: tuple[str | zipfile.ZipInfo, bytes]) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return data.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream") -> Any:
    return SimpleUploadedFile(name, content, content_type=content_type)


def token_client(user: Any) -> Client:
    _token, key = ApiToken.issue(user, "materials tests")
    return Client(
        HTTP_AUTHORIZATION=f"Token {key}",
        HTTP_ACCEPT="application/json",
        raise_request_exception=False,
    )


def stored_files(media: Path) -> list[Path]:
    return sorted(p for p in media.rglob("*") if p.is_file())


@dataclass
class World:
    owner: Any
    other: Any
    manager: Any
    application: Application
    clients: dict[str, Client]

    @property
    def base(self) -> str:
        return f"/api/v1/applications/{self.application.pk}/materials/"

    def post(self, role: str = "owner", **fields: Any) -> Any:
        fields.setdefault("part", "lectures")
        if fields["part"] != "logo":
            fields.setdefault("course", "c1")
        return self.clients[role].post(self.base, fields)

    def set_state(self, state: str) -> None:
        Application.objects.filter(pk=self.application.pk).update(state=state)


ROLES = ("owner", "other", "manager")


def build_world(factory: Any, name: str = "Materials Org") -> World:
    owner, other, manager = (factory.user(f"{role}-{name[:8].replace(' ', '')}") for role in ROLES)
    # get_or_create: a transactional test before may have flushed the migration's group.
    manager.groups.add(Group.objects.get_or_create(name=CERTIFICATION_MANAGERS_GROUP)[0])
    application = domain.create_application(user=owner, data={"details": {"name": name}})
    clients = {
        "owner": token_client(owner),
        "other": token_client(other),
        "manager": token_client(manager),
        "anonymous": Client(HTTP_ACCEPT="application/json", raise_request_exception=False),
    }
    return World(owner, other, manager, application, clients)
