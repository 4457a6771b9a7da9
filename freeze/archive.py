"""The bundle's archive: its name, a .tar.gz (Linux) or .zip (Windows, macOS), and a SHA-256 file beside it."""

from __future__ import annotations

import hashlib
import os
import stat
import tarfile
import zipfile
from pathlib import Path

OS_NAMES = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}
ARCH_NAMES = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}


def archive_suffix(system: str) -> str:
    return ".tar.gz" if system == "Linux" else ".zip"


def archive_name(app: str, version: str, system: str, machine: str) -> str:
    """E.g. Handbook-0.1.0-linux-x86_64.tar.gz."""
    os_name = OS_NAMES.get(system, system.lower())
    arch = ARCH_NAMES.get(machine.lower(), machine.lower())
    return f"{app}-{version}-{os_name}-{arch}{archive_suffix(system)}"


def make_archive(folder: Path, target: Path) -> Path:
    """Pack ``folder`` (its name becomes the top folder inside) into ``target``, a .tar.gz or .zip."""
    if target.name.endswith(".tar.gz"):
        _make_tar(folder, target)
    elif target.suffix == ".zip":
        _make_zip(folder, target)
    else:
        raise ValueError(f"{target.name}: unknown archive type")
    return target


def _reset_owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The builder's user name means nothing on a library computer.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _make_tar(folder: Path, target: Path) -> None:
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, filter=_reset_owner)


def _make_zip(folder: Path, target: Path) -> None:
    """A zip that keeps symbolic links (macOS app bundles have them) and the executable bits."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in [folder, *sorted(folder.rglob("*"))]:
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so the mode bits below are read
                info.external_attr = (stat.S_IFLNK | 0o755) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.write(path, name + "/")
            else:
                archive.write(path, name)  # keeps the mode bits, so the executable stays executable


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(archive: Path) -> Path:
    """``<archive>.sha256`` in the format ``sha256sum -c`` reads."""
    target = archive.with_name(archive.name + ".sha256")
    target.write_text(f"{sha256_of(archive)}  {archive.name}\n", encoding="utf-8")
    return target


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (links are not followed, so nothing counts twice)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            info = os.lstat(os.path.join(root, name))
            if stat.S_ISREG(info.st_mode):
                total += info.st_size
    return total
