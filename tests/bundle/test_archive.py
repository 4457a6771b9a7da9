"""The archive is named for version, OS and machine, keeps links and executable bits, and has its checksum."""

from __future__ import annotations

import hashlib
import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest

from freeze.archive import archive_name, folder_size, make_archive, write_checksum


@pytest.mark.parametrize(
    ("system", "machine", "name"),
    [
        ("Linux", "x86_64", "Handbook-1.2.0-linux-x86_64.tar.gz"),
        ("Linux", "aarch64", "Handbook-1.2.0-linux-arm64.tar.gz"),
        ("Windows", "AMD64", "Handbook-1.2.0-windows-x86_64.zip"),
        ("Darwin", "arm64", "Handbook-1.2.0-macos-arm64.zip"),
    ],
)
def test_archive_name(system: str, machine: str, name: str) -> None:
    assert archive_name("Handbook", "1.2.0", system, machine) == name


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "Handbook"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / "Handbook").write_bytes(b"\x7fELF" + bytes(4000))
    (folder / "Handbook").chmod(0o755)
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(bytes(3000))
    if os.name != "nt":
        os.symlink("lib/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so.6")
    return folder


def test_folder_size_counts_linked_files_once(bundle: Path) -> None:
    assert folder_size(bundle) == 7004


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_tar_gz_keeps_links_and_executable_bits(bundle: Path, tmp_path: Path) -> None:
    archive = make_archive(bundle, tmp_path / "Handbook-1.0.0-linux-x86_64.tar.gz")
    with tarfile.open(archive) as tar:
        assert tar.getmember("Handbook/Handbook").mode & stat.S_IXUSR
        link = tar.getmember("Handbook/_internal/libQt6Core.so.6")
        assert link.issym() and link.linkname == "lib/libQt6Core.so.6"


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_zip_keeps_links_and_executable_bits(bundle: Path, tmp_path: Path) -> None:
    archive = make_archive(bundle, tmp_path / "Handbook-1.0.0-macos-arm64.zip")
    with zipfile.ZipFile(archive) as zipped:
        assert zipped.testzip() is None
        assert (zipped.getinfo("Handbook/Handbook").external_attr >> 16) & stat.S_IXUSR
        link = zipped.getinfo("Handbook/_internal/libQt6Core.so.6")
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert zipped.read(link) == b"lib/libQt6Core.so.6"


def test_checksum_file_reads_like_sha256sum(tmp_path: Path) -> None:
    archive = tmp_path / "Handbook-1.0.0-windows-x86_64.zip"
    archive.write_bytes(b"zip bytes")
    checksum = write_checksum(archive)
    assert checksum.name == "Handbook-1.0.0-windows-x86_64.zip.sha256"
    expected = hashlib.sha256(b"zip bytes").hexdigest()
    assert checksum.read_text(encoding="utf-8") == f"{expected}  Handbook-1.0.0-windows-x86_64.zip\n"
