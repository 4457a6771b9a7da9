"""Atomic file writes: a temp file in the same folder, flushed and fsynced, then os.replace."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.log import get_logger

log = get_logger("storage")

_WINDOWS = os.name == "nt"


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask


# A file the app writes gets the same permissions as any file made in the folder (usually 0644),
# not the owner-only 0600 of a temporary file: a PDF or a pack on a shared computer is for others too.
_FILE_MODE = 0o666 & ~_read_umask()


def temp_file_beside(target: Path) -> tuple[int, str]:
    """A new, empty temporary file in ``target``'s folder, for writing and then renaming over it.

    Returns (open descriptor, path). OSError when the folder cannot be written.
    """
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    if not _WINDOWS:
        with contextlib.suppress(OSError):  # some shared folders refuse chmod; the file is still written
            os.fchmod(fd, _FILE_MODE)
    return fd, name


class StorageError(HandbookError):
    """A file could not be written; the previous version is still in place."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = temp_file_beside(path)
    except OSError as exc:
        raise StorageError(
            translate(
                "storage", "{file}: cannot write here ({reason}). Check the folder exists and is writable."
            ).format(file=path, reason=exc.strerror)
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(tmp_name, path)
    except PermissionError as exc:
        # On Windows: a program holds the file (a spreadsheet showing a CSV, a PDF viewer, a backup tool).
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise StorageError(
            translate(
                "storage",
                "{file}: could not be saved ({reason}). The previous version is unchanged; if another "
                "program has this file open, close it, or choose another folder, then try again.",
            ).format(file=path, reason=exc.strerror)
        ) from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise StorageError(
            translate(
                "storage",
                "{file}: could not be saved ({reason}). The previous version is unchanged; "
                "free some disk space or choose another folder, then try again.",
            ).format(file=path, reason=exc.strerror)
        ) from None
    _fsync_dir(path.parent)


def replace_file(source: str | Path, target: str | Path, *, attempts: int = 6) -> None:
    """``os.replace``, tried again for a moment on Windows.

    There a virus scanner, a search indexer or a backup tool may hold a file that was just
    written, and the rename fails with "access denied" until it lets go. Elsewhere it is tried once.
    """
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not _WINDOWS or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)  # 0.05 s, 0.1 s, ... about 1.5 s in all


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on Windows, where it is not needed.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_json(path: Path, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate read from a file ("\ud800") cannot be UTF-8; written as an escape it reads back the same.
        data = json.dumps(value, ensure_ascii=True, indent=1, sort_keys=True).encode("ascii")
    atomic_write_bytes(path, data)


MAX_DATA_FILE_BYTES = 8 * 1024 * 1024  # settings, the registry, the planner: a few kB in real use
MAX_DEPTH = 24  # the deepest of our files nests 5 levels


def _reject_constant(name: str) -> Any:
    raise ValueError(translate("data files", "{value} is not allowed").format(value=name))


def check_depth(value: Any, limit: int = MAX_DEPTH) -> None:
    """ValueError if lists and tables nest deeper than ``limit`` (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            raise ValueError(
                translate("data files", "the file nests more than {limit} levels deep").format(limit=limit)
            )
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def parse_json_bytes(raw: bytes, *, max_depth: int | None = MAX_DEPTH) -> Any:
    """JSON from UTF-8 bytes: no NaN or Infinity, no deep nesting; ValueError with a short reason otherwise.

    ``max_depth=None`` leaves the nesting to the caller's own checks (still no RecursionError).
    """
    if not raw or raw.isspace():  # not raw.strip(): that copies a big file once more
        raise ValueError(translate("data files", "the file is empty"))
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ValueError(translate("data files", "the file is not UTF-8 text")) from None
    except RecursionError:
        raise ValueError(translate("data files", "the file is nested too deeply")) from None
    except json.JSONDecodeError as exc:
        raise ValueError(
            translate("data files", "the file is not valid JSON (line {line}, column {column})").format(
                line=exc.lineno, column=exc.colno
            )
        ) from None
    if max_depth is not None and isinstance(data, (dict, list)):
        check_depth(data, max_depth)
    return data


def read_limited(path: Path, max_bytes: int) -> bytes:
    """A file's bytes; ValueError if it is bigger than ``max_bytes`` (read no further), OSError if unreadable."""
    with open(path, "rb") as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ValueError(
            translate("data files", "the file is too big ({most} bytes at most)").format(most=f"{max_bytes:,}")
        )
    return raw


def read_json_object(path: Path, *, max_bytes: int = MAX_DATA_FILE_BYTES, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """A JSON file from the data folder holding an object; OSError or ValueError when it cannot be used.

    The data folder travels on USB sticks between public computers, so its files are untrusted:
    size, nesting and shape are checked before anyone looks inside.
    """
    data = parse_json_bytes(read_limited(Path(path), max_bytes), max_depth=max_depth)
    if not isinstance(data, dict):
        raise ValueError(translate("data files", "{file}: not a JSON object").format(file=path))
    return data


def move_aside(path: Path, reason: str = "damaged") -> Path:
    """Rename a damaged file next to itself with a free name; never deletes it."""
    path = Path(path)
    number = 1
    while True:
        target = path.with_name(f"{path.name}.{reason}-{number}")
        if not target.exists():
            os.replace(path, target)
            log.warning("%s could not be used (%s); kept as %s", path, reason, target.name)
            return target
        number += 1
