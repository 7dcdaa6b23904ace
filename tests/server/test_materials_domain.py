"""applications.materials without HTTP: the domain functions' own rules."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from applications import domain, materials
from applications.models import Material
from audit.domain import verify_chain
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.server.materials_helpers import PNG, build_world, pdf, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def world(catalogue_factory, media):
    return build_world(catalogue_factory)


def add(world, content: bytes, name: str = "a.pdf", user=None, **kwargs):
    return materials.add_material(
        application_id=world.application.pk,
        user=user or world.owner,
        upload=SimpleUploadedFile(name, content),
        part=kwargs.pop("part", "lectures"),
        course_key=kwargs.pop("course_key", "c1"),
        **kwargs,
    )


def test_a_plain_file_is_hashed_here(world, media):
    """Without the upload handler's digest (a script, the admin) the domain computes it."""
    material, created = add(world, pdf(1000))
    assert created and material.sha256 == hashlib.sha256(pdf(1000)).hexdigest()
    assert material.uploaded_by == world.owner and len(stored_files(media)) == 1
    assert verify_chain().intact


def test_only_owners_and_only_while_editable(world):
    with pytest.raises(domain.Forbidden):
        add(world, pdf(), user=world.manager)
    world.set_state("submitted")
    with pytest.raises(domain.NotAllowed) as refused:
        add(world, pdf())
    assert refused.value.state == "submitted" and refused.value.action == materials.UPLOAD
    assert not Material.objects.exists()


def test_wrong_content_is_invalid_at_file(world):
    with pytest.raises(domain.Invalid) as refused:
        add(world, PNG, name="a.pdf")
    assert list(refused.value.errors) == ["file"]


def test_the_file_limit_holds_without_the_upload_handler(world, settings):
    settings.APPLICATION_MAX_FILE_BYTES = 500
    with pytest.raises(materials.TooLarge) as refused:
        add(world, pdf(501))
    assert (refused.value.limit, refused.value.scope) == (500, "file")


def test_logo_ignores_the_course(world):
    material, _created = add(world, PNG, name="logo.png", part="logo", course_key="c9")
    assert material.course_key == ""


def test_remove_checks_its_application(world, catalogue_factory):
    other = build_world(catalogue_factory, name="Other Org")
    theirs, _created = add(other, pdf())
    with pytest.raises(Material.DoesNotExist):
        materials.remove_material(
            application_id=world.application.pk, material_id=theirs.pk, user=world.owner
        )
    with pytest.raises(domain.Forbidden):
        materials.remove_material(
            application_id=other.application.pk, material_id=theirs.pk, user=world.owner
        )
    assert Material.objects.filter(pk=theirs.pk).exists()


def test_files_go_with_their_rows_whatever_deletes_them(
    world, media, django_capture_on_commit_callbacks
):
    """An application deleted (the admin, a cascade from its organisation) leaves no file."""
    add(world, pdf())
    add(world, PNG, name="logo.png", part="logo")
    assert len(stored_files(media)) == 2
    with django_capture_on_commit_callbacks(execute=True):
        world.application.organisation.delete()
    assert not Material.objects.exists()
    assert stored_files(media) == []


def test_a_rolled_back_deletion_keeps_the_file(world, media):
    from django.db import transaction

    material, _created = add(world, pdf())
    pk = material.pk
    with pytest.raises(RuntimeError), transaction.atomic():
        material.delete()
        raise RuntimeError("changed my mind")
    assert Material.objects.filter(pk=pk).exists()
    assert len(stored_files(media)) == 1
