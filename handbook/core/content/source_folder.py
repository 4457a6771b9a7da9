"""The files of a pack's source folder: regular files inside it only, with safe names, within the caps.

``validate``, ``preview``, the app's loader and ``pack build`` all list a folder through
``scan_source_folder``, and read a file through ``read_regular_file``, so that a link, a FIFO or a
device is refused the same way everywhere and never opened: a FIFO would block the read for ever,
``/dev/zero`` would fill the memory, and a link could read a file outside the folder.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from handbook.core.content.limits import CONTENT_LIMITS, ContentLimits, shown
from handbook.core.errors import ContentError, Problem
from handbook.core.i18n import format_number, translate
from handbook.core.packs.names import collision_key, name_problem

# Left out of a pack without a word: version control, editor and system clutter.
SKIPPED_NAMES = frozenset({"__pycache__", "Thumbs.db", "desktop.ini", "manifest.json", "manifest.json.minisig"})
_CHUNK = 1024 * 1024


def skipped(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_NAMES


@dataclass
class SourceFolder:
    """What a source folder holds: its regular files by pack path, and what was refused."""

    root: Path
    # pack path -> the file's path as text (a Path each costs microseconds in a pack of thousands)
    files: dict[str, str] = field(default_factory=dict)
    folders: set[str] = field(default_factory=set)  # pack paths of the folders ("" is the root)
    sizes: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _by_folder: dict[str, list[str]] | None = field(default=None, repr=False)

    def markdown_in(self, folder: str) -> list[str]:
        """Pack paths of the .md files directly in ``folder``, sorted."""
        if self._by_folder is None:
            self._by_folder = {}
            for rel in self.files:  # sorted, so each folder's list is too
                if rel.endswith(".md"):
                    self._by_folder.setdefault(rel.rpartition("/")[0], []).append(rel)
        return self._by_folder.get(folder, [])

    def subfolders(self, folder: str) -> list[str]:
        """Pack paths of the folders directly in ``folder``, sorted."""
        prefix = f"{folder}/"
        return sorted(f for f in self.folders if f.startswith(prefix) and "/" not in f[len(prefix) :])


def _not_regular(mode: int) -> str:
    """What is said of a file that is not a regular one, in a whole sentence for each kind."""
    if stat.S_ISFIFO(mode):
        return translate(
            "content", "is a FIFO (named pipe); a pack holds only regular files. Remove it from the folder."
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("content", "is a device; a pack holds only regular files. Remove it from the folder.")
    if stat.S_ISSOCK(mode):
        return translate("content", "is a socket; a pack holds only regular files. Remove it from the folder.")
    return translate("content", "is not a regular file; a pack holds only regular files. Remove it from the folder.")


def _unreadable(exc: OSError) -> str:
    # The reason is the system's own words (in the system's language).
    return translate("content", "cannot be read ({reason}).").format(reason=exc.strerror)


def scan_source_folder(root: Path, limits: ContentLimits = CONTENT_LIMITS) -> SourceFolder:
    """Every regular file under ``root``, found without following links or opening anything.

    Links (to files or folders), FIFOs, devices and sockets, names that are not UTF-8 or that a
    pack cannot hold, and names that differ only in case are reported as problems and left out;
    so are files beyond the caps on count and size.
    """
    root = Path(root)
    found = SourceFolder(root)
    found.folders.add("")
    seen: dict[str, str] = {}
    total = 0
    pending = [("", str(root))]
    while pending:
        rel_folder, folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            said = translate("content", "this folder cannot be read ({reason}).").format(reason=exc.strerror)
            found.problems.append(Problem(Path(folder), None, said))
            continue
        for entry in entries:
            name = entry.name
            if skipped(name):
                continue
            rel = f"{rel_folder}/{name}" if rel_folder else name
            path = entry.path

            def refuse(message: str, path: str = path) -> None:
                found.problems.append(Problem(Path(path), None, message))

            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                refuse(_unreadable(exc))
                continue
            if stat.S_ISLNK(mode):
                refuse(
                    translate(
                        "content",
                        "is a link; a pack holds no links (they could point outside it). Put the file itself here.",
                    )
                )
                continue
            problem = name_problem(rel)
            if problem:
                refuse(translate("content", "this name {problem}; rename it.").format(problem=problem))
                continue
            key = collision_key(rel)
            if key in seen:
                said = translate(
                    "content",
                    "'{name}' and '{other}' differ only in upper and lower case; Windows and macOS would see one file. "
                    "Rename one of them.",
                )
                refuse(said.format(name=shown(rel), other=shown(seen[key])))
                continue
            seen[key] = rel
            if stat.S_ISDIR(mode):
                found.folders.add(rel)
                pending.append((rel, entry.path))
                continue
            if not stat.S_ISREG(mode):
                refuse(_not_regular(mode))
                continue
            size = entry.stat(follow_symlinks=False).st_size
            if size > limits.file_bytes:
                said = translate("content", "has {count} bytes; a file in a pack may have at most {limit}.")
                refuse(said.format(count=format_number(size), limit=format_number(limits.file_bytes)))
                continue
            if len(found.files) >= limits.files:
                said = translate(
                    "content", "is one file too many: a pack may hold at most {limit} files. Split the pack."
                )
                refuse(said.format(limit=format_number(limits.files)))
                continue
            total += size
            if total > limits.total_bytes:
                said = translate(
                    "content",
                    "brings the folder past {limit} bytes, the most a pack may hold; "
                    "make the pictures smaller or split the pack.",
                )
                refuse(said.format(limit=format_number(limits.total_bytes)))
                total -= size
                continue
            found.files[rel] = path
            found.sizes[rel] = size
    found.files = dict(sorted(found.files.items()))
    return found


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link) of at most ``max_bytes``.

    Opened without following a link and without blocking, then checked with fstat before a
    byte is read: a FIFO or a device swapped in after the folder was listed is refused too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            said = translate("content", "is a link; a pack holds no links. Put the file itself here.")
            raise ContentError(path, None, said) from None
        raise ContentError(path, None, _unreadable(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ContentError(path, None, _not_regular(info.st_mode))
        if info.st_size > max_bytes:
            raise ContentError(path, None, _too_big(info.st_size, max_bytes))
        chunks = []
        size = 0
        while chunk := os.read(fd, min(_CHUNK, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:  # it grew while being read
                raise ContentError(path, None, _too_big(size, max_bytes))
        return b"".join(chunks)
    except OSError as exc:
        raise ContentError(path, None, _unreadable(exc)) from None
    finally:
        os.close(fd)


def _too_big(size: int, max_bytes: int) -> str:
    said = translate(
        "content", "has {count} bytes; the most allowed is {limit}. Make it shorter or split it into several files."
    )
    return said.format(count=format_number(size), limit=format_number(max_bytes))
