"""core.certificate_zip: only ``QGIS-<n>.pdf`` members reach the folder, never a path out
of it, a link, a folder, or more bytes than allowed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from certification_plugin.core import certificate_zip
from certification_plugin.core.certificate_zip import (
    CertificateZipError,
    extract_certificates,
    is_certificate_member,
)

PDF = b"%PDF-1.4\n"


def archive(tmp_path: Path, members: dict) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as made:
        for name, data in members.items():
            made.writestr(name, data)
    path = tmp_path / "download.zip"
    path.write_bytes(buffer.getvalue())
    return str(path)


@pytest.mark.parametrize(
    "name, accepted",
    [
        ("QGIS-1.pdf", True),
        ("QGIS-123456.pdf", True),
        ("QGIS-0.pdf", False),
        ("qgis-1.pdf", False),
        ("QGIS-1.PDF", False),
        ("../QGIS-1.pdf", False),
        ("..\\QGIS-1.pdf", False),
        ("C:\\QGIS-1.pdf", False),
        ("/QGIS-1.pdf", False),
        ("dir/QGIS-1.pdf", False),
        ("QGIS-1.pdf/", False),
        ("QGIS-1.pdf\n", False),
        (" QGIS-1.pdf", False),
    ],
)
def test_member_names(name: str, accepted: bool) -> None:
    assert is_certificate_member(zipfile.ZipInfo(name)) is accepted


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "page.zip"
    path.write_bytes(b"<html>proxy error</html>")
    with pytest.raises(CertificateZipError):
        extract_certificates(str(path), str(tmp_path / "out"))


def test_an_existing_file_is_replaced_and_nothing_partial_stays(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "QGIS-3.pdf").write_bytes(b"old")
    result = extract_certificates(archive(tmp_path, {"QGIS-3.pdf": PDF}), str(folder))
    assert result.written == [str(folder / "QGIS-3.pdf")] and not result.refused
    assert (folder / "QGIS-3.pdf").read_bytes() == PDF
    assert sorted(p.name for p in folder.iterdir()) == ["QGIS-3.pdf"]


def test_a_member_beyond_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(certificate_zip, "MAX_MEMBER_BYTES", 1000)
    path = archive(tmp_path, {"QGIS-1.pdf": PDF, "QGIS-2.pdf": b"0" * 5000})
    result = extract_certificates(path, str(tmp_path / "out"))
    assert [Path(p).name for p in result.written] == ["QGIS-1.pdf"]
    assert result.refused == ["QGIS-2.pdf"]


def test_a_member_that_lies_about_its_size_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(certificate_zip, "MAX_MEMBER_BYTES", 1000)
    path = archive(tmp_path, {"QGIS-1.pdf": b"0" * 5000})
    real_infolist = zipfile.ZipFile.infolist

    def lying(self: zipfile.ZipFile) -> list:
        infos = real_infolist(self)
        for info in infos:
            info.file_size = 10  # the directory claims a small file
        return infos

    monkeypatch.setattr(zipfile.ZipFile, "infolist", lying)
    with pytest.raises(CertificateZipError):
        extract_certificates(path, str(tmp_path / "out"))
    assert not list((tmp_path / "out").iterdir())  # no partial file left
