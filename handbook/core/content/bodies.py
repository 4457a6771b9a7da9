"""The pages' bodies of a saved pack copy, in a file of their own, each read and checked when first used.

The saved copy (``cache.py``) keeps what start-up needs (titles, the tree, kinds, minutes) in its
JSON file, and every body's text in a second file beside it: a header line with a random token, then
the bodies' UTF-8 bytes one after the other. The JSON file holds the token, the file's size and, for
each page, where its body starts, how long it is and a digest of its bytes. Start-up checks the
token and the size; a body's bytes are checked against their digest when the body is read. A body
that does not check out (the file was damaged or replaced since) is never used: both files are moved
aside, so the next start saves a fresh copy, and the bodies come from the pack's own files.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from handbook.core.content.model import Pack, keep_body_saved
from handbook.core.log import get_logger
from handbook.core.storage import atomic_write_bytes, move_aside

MAGIC = b"handbook-bodies 1 "
TOKEN_CHARS = 32
DIGEST_SIZE = 12
log = get_logger("cache")

BodyRef = tuple[int, int, str]  # where the body starts, its length in bytes, the hex digest of its bytes


def _digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=DIGEST_SIZE).hexdigest()


def write_bodies(path: Path, pack: Pack) -> dict[str, Any]:
    """Write the bodies of ``pack.pages()`` to ``path``; what the JSON copy keeps to find and check them.

    UnicodeEncodeError (a ValueError) for a body that is not valid text; StorageError if it cannot be written.
    """
    token = os.urandom(TOKEN_CHARS // 2).hex()  # not the secrets module: one import fewer at every start
    parts = [MAGIC + token.encode("ascii") + b"\n"]
    offset = len(parts[0])
    refs: list[list[int | str]] = []
    for page in pack.pages():
        raw = page.body.encode("utf-8")
        refs.append([offset, len(raw), _digest(raw)])
        parts.append(raw)
        offset += len(raw)
    atomic_write_bytes(path, b"".join(parts))
    return {"token": token, "size": offset, "pages": refs}


def check_table(table: Any, pages: int) -> tuple[str, int, list[BodyRef]]:
    """The token, size and references of a saved copy's body table; ValueError if it is not well formed."""
    if not (isinstance(table, dict) and table.keys() == {"token", "size", "pages"}):
        raise ValueError("no table of the bodies")
    token, size, refs = table["token"], table["size"], table["pages"]
    if not (isinstance(token, str) and len(token) == TOKEN_CHARS and token.isalnum() and token.isascii()):
        raise ValueError("the bodies' token is not one this app writes")
    if type(size) is not int or not isinstance(refs, list) or len(refs) != pages:
        raise ValueError("the table of the bodies does not fit the pages")
    start = len(MAGIC) + TOKEN_CHARS + 1
    checked: list[BodyRef] = []
    for ref in refs:
        if not (isinstance(ref, list) and len(ref) == 3):
            raise ValueError("a body's place is not [start, length, digest]")
        offset, length, digest = ref
        if type(offset) is not int or type(length) is not int or type(digest) is not str:
            raise ValueError("a body's place is not [start, length, digest]")
        if not (start <= offset and 0 <= length and offset + length <= size and len(digest) == 2 * DIGEST_SIZE):
            raise ValueError("a body's place is outside the file of the bodies")
        checked.append((offset, length, digest))
    return token, size, checked


class BodyFile:
    """One saved copy's file of bodies: reads a page's body on demand, or the pack's own files once it fails."""

    def __init__(self, path: Path, copy_path: Path, load_afresh: Callable[[], Pack]) -> None:
        self.path = path
        self.copy_path = copy_path  # the JSON copy that points here: moved aside with it when a body fails
        self._load_afresh = load_afresh
        self._lock = threading.Lock()  # search reads bodies on its own thread
        self._fresh: dict[str, str] | None = None  # the bodies from the pack's files, once the saved ones failed

    def matches(self, token: str, size: int) -> bool:
        """True if the file is the one the JSON copy was saved with (its header's token and its size)."""
        header = MAGIC + token.encode("ascii") + b"\n"
        try:
            with open(self.path, "rb") as handle:
                return os.fstat(handle.fileno()).st_size == size and handle.read(len(header)) == header
        except OSError:
            return False

    def attach(self, pack: Pack, refs: Sequence[BodyRef]) -> None:
        for page, (offset, length, digest) in zip(pack.pages(), refs, strict=True):
            keep_body_saved(page, _Saved(self, page.path, offset, length, digest))

    def read(self, page_path: str, offset: int, length: int, digest: str) -> str:
        if self._fresh is None:
            try:
                with open(self.path, "rb") as handle:
                    handle.seek(offset)
                    raw = handle.read(length)
                if len(raw) == length and _digest(raw) == digest:
                    return raw.decode("utf-8")
                reason = "a page's text does not match its digest"
            except (OSError, UnicodeDecodeError) as exc:
                reason = str(exc)
            self._give_up(reason)
        assert self._fresh is not None
        return self._fresh.get(page_path, "")

    def _give_up(self, reason: str) -> None:
        with self._lock:
            if self._fresh is not None:  # another thread got here first
                return
            log.warning("%s: not used (%s); the pages are read from the pack's files", self.path, reason)
            for damaged in (self.copy_path, self.path):
                try:
                    move_aside(damaged)
                except OSError:
                    continue  # already gone: the next start saves a fresh copy either way
            self._fresh = {page.path: page.body for page in self._load_afresh().pages()}


class _Saved:
    """One page's body in a ``BodyFile`` (see ``model.SavedBody``)."""

    __slots__ = ("digest", "file", "length", "offset", "page_path")

    def __init__(self, file: BodyFile, page_path: str, offset: int, length: int, digest: str) -> None:
        self.file, self.page_path, self.offset, self.length, self.digest = file, page_path, offset, length, digest

    def read(self) -> str:
        return self.file.read(self.page_path, self.offset, self.length, self.digest)
