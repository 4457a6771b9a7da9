"""What an importer may read and write: regular files inside the course, within the import caps.

A course folder is not ours: a link in it may lead anywhere on the computer, a file may be a FIFO
(reading it waits forever) or a device (it never ends), a page may be listed a hundred times.
Every read goes through ``read_course_file`` and every write is counted by ``OutputBudget``.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.limits import DEFAULT_IMPORT_LIMITS, ImportLimits, mb

CHUNK = 1024 * 1024
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


class CourseFileError(PackError):
    """A file of the course that cannot be read; the message names it and says what to do."""


def inside(root: Path, path: Path) -> Path | None:
    """``path`` with links resolved, if that is in ``root`` (resolved); None otherwise."""
    try:
        resolved = path.resolve()
        resolved.relative_to(root.resolve())
    except (OSError, ValueError, RuntimeError):
        return None
    return resolved


def _open_regular(root: Path, path: Path, limit: int) -> tuple[int, int]:
    """An open descriptor on ``path`` and its size, checked: inside ``root``, regular, within ``limit``."""
    found = inside(root, path)
    if found is None:
        raise CourseFileError(
            translate(
                "pack_import", "{file}: is outside the course folder (a link out of it?); it was not read."
            ).format(file=path)
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(found, flags)  # non-blocking: a FIFO must not make us wait
    except OSError as exc:
        raise CourseFileError(
            translate("pack_import", "{file}: cannot be read ({reason}).").format(file=path, reason=exc.strerror)
        ) from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        raise CourseFileError(
            translate(
                "pack_import", "{file}: is not a regular file (a device, a FIFO or a folder); it was not read."
            ).format(file=path)
        )
    if info.st_size > limit:
        os.close(descriptor)
        raise CourseFileError(
            translate(
                "pack_import",
                "{file}: is {size}; the importer reads files of up to {most}. Make it smaller or split it, then "
                "import again.",
            ).format(file=path, size=mb(info.st_size), most=mb(limit))
        )
    return descriptor, info.st_size


def read_course_file(root: Path, path: Path, limit: int) -> bytes:
    """The bytes of a regular file inside ``root``, never more than ``limit``; CourseFileError otherwise."""
    descriptor, _size = _open_regular(root, path, limit)
    with os.fdopen(descriptor, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew since fstat
        raise CourseFileError(
            translate("pack_import", "{file}: is larger than {most}; make it smaller or split it.").format(
                file=path, most=mb(limit)
            )
        )
    return data


def read_course_text(root: Path, path: Path, limit: int) -> str:
    data = read_course_file(root, path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CourseFileError(
            translate("pack_import", "{file}: is not UTF-8 text; save it as UTF-8 and import again.").format(file=path)
        ) from None


class OutputBudget:
    """Bytes written into the new pack, against ``ImportLimits.total_bytes``."""

    def __init__(self, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) -> None:
        self.limits = limits
        self.written = 0

    def spend(self, count: int, what: Path) -> None:
        self.written += count
        if self.written > self.limits.total_bytes:
            raise PackError(
                translate(
                    "pack_import",
                    "{file}: with this file the new pack would hold more than {most}; nothing was imported. Leave out "
                    "large files (videos, big pictures) and import again.",
                ).format(file=what, most=mb(self.limits.total_bytes))
            )

    def write_text(self, path: Path, text: str, source: Path) -> None:
        data = text.encode("utf-8")
        self.spend(len(data), source)
        path.write_bytes(data)

    def copy(self, root: Path, source: Path, target: Path, limit: int) -> None:
        """Copy a course file into the pack, reading it the safe way and counting every byte."""
        descriptor, size = _open_regular(root, source, limit)
        self.spend(size, source)
        copied = 0
        with os.fdopen(descriptor, "rb") as src, open(target, "xb") as out:
            while chunk := src.read(min(CHUNK, size - copied + 1)):
                copied += len(chunk)
                if copied > size:
                    raise CourseFileError(
                        translate("pack_import", "{file}: changed while it was being copied; import again.").format(
                            file=source
                        )
                    )
                out.write(chunk)


class UniqueNames:
    """Names that stay short and different: 'intro', 'intro-2', 'intro-3' ... with one counter per name."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next_number: dict[str, int] = {}

    def claim(self, stem: str, suffix: str = "") -> str:
        key = (stem + suffix).casefold()
        if key not in self.taken:
            self.taken.add(key)
            return stem + suffix
        number = self.next_number.get(key, 2)
        while f"{stem}-{number}{suffix}".casefold() in self.taken:
            number += 1
        self.next_number[key] = number + 1
        name = f"{stem}-{number}{suffix}"
        self.taken.add(name.casefold())
        return name


def safe_suffix(name: str) -> str:
    """A file's suffix in lower case if it is a short, plain one ('.png'); '' otherwise."""
    suffix = os.path.splitext(name)[1].lower()
    return suffix if _SUFFIX.fullmatch(suffix) else ""
