"""The TinyDB storage of a progress file: atomic writes that re-encode only the records that changed.

TinyDB's documented extension point is its ``Storage`` (read, write, close): TinyDB hands it the
whole database on every change. Encoding 5,000 records (a heavy year of use) takes ~20 ms, so the
storage keeps the JSON text of every document and re-encodes only those the store says it changed
(``mark_changed``), plus any document it has not seen or that is gone. The texts are kept as UTF-8 in
blocks of 64 documents, so a write joins one block again, then ~80 blocks, then does an atomic replace (temp file in the same folder, flush, fsync, ``os.replace``; see
``storage.atomic_write_bytes``): a crash at any point leaves the previous file whole.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from handbook.core.i18n import translate
from handbook.core.storage import StorageError, atomic_write_bytes

Tables = dict[str, dict[str, Any]]
BLOCK = 64  # documents per cached block: ~20 KB of text, re-joined in ~10 µs


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file; ``initial`` is the already checked content (or None).

    Give it to TinyDB as ``TinyDB(path, storage=AtomicJSONStorage, initial=...)``. Whoever changes a
    document in place (TinyDB's ``update`` does) calls ``mark_changed`` first, or the old text of
    that document is written again; added and removed documents are found without being told.
    """

    def __init__(self, path: Path, initial: Tables | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self._data: Tables | None = initial
        self._tables: dict[str, _EncodedTable] = {}
        self._changed: dict[str, set[str]] = {}
        self._deferring = False
        self._pending = False

    def read(self) -> Tables | None:
        return self._data

    def write(self, data: Tables) -> None:
        self._data = data
        if self._deferring:
            self._pending = True
            return
        try:
            encoded = b"".join(self.serialize(data))  # one copy costs less than a system call per piece
        except UnicodeEncodeError:  # the store checks every record first; this is the net under that check
            self.forget_encoded()
            raise StorageError(
                translate(
                    "progress file",
                    "{file}: holds text that cannot be saved (a lone surrogate); the previous version is unchanged.",
                ).format(file=self.path)
            ) from None
        atomic_write_bytes(self.path, encoded)

    def close(self) -> None:
        """Nothing to release: every write is complete when ``write`` returns."""

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Group several TinyDB operations into one file write, made when the block ends."""
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if self._pending:
            self._pending = False
            self.write(self._data or {})

    def mark_changed(self, table: str, doc_id: int | str) -> None:
        """A document is about to be changed in place; its JSON text must be made again."""
        self._changed.setdefault(table, set()).add(str(doc_id))

    def forget_encoded(self) -> None:
        """Encode every document again at the next write (after a failed write or a migration)."""
        self._tables.clear()
        self._changed.clear()

    def serialize(self, data: Tables) -> list[bytes]:
        """The file's bytes in pieces: each table's documents from blocks of cached UTF-8, re-joined only where changed."""
        pieces = [b"{"]
        for number, (name, table) in enumerate(data.items()):
            pieces.append(f"{',' if number else ''}{_dumps(name)}:{{".encode())
            blocks = self._encoded(name).blocks_of(table, self._changed.pop(name, set()))
            for index, block in enumerate(blocks):
                if index:
                    pieces.append(b",")
                pieces.append(block)
            pieces.append(b"}")
        pieces.append(b"}")
        return pieces

    def _encoded(self, name: str) -> _EncodedTable:
        if name not in self._tables:
            self._tables[name] = _EncodedTable()
        return self._tables[name]


class _EncodedTable:
    """The UTF-8 text of one table's documents, in blocks of BLOCK, so a change re-joins one block, not 5,000 texts."""

    def __init__(self) -> None:
        self.fragments: dict[str, bytes] = {}  # doc id -> b'"id":{...}'
        self.block_of: dict[str, int] = {}
        self.blocks: list[list[str]] = []
        self.joined: list[bytes | None] = []  # None: to be joined again

    def blocks_of(self, table: dict[str, Any], changed: set[str]) -> list[bytes]:
        for doc_id in changed:
            if doc_id in table:
                self._put(doc_id, table[doc_id])
            else:
                self._remove(doc_id)
        if len(self.fragments) != len(table):
            # Documents nobody reported (added, given at start, or removed): encode what is
            # missing and forget what is gone. (One removed and one added unreported in the same
            # write would go unseen; the store reports every document it changes, and never removes.)
            for doc_id, doc in table.items():
                if doc_id not in self.fragments:
                    self._put(doc_id, doc)
            for doc_id in [key for key in self.fragments if key not in table]:
                self._remove(doc_id)
        for index, joined in enumerate(self.joined):
            if joined is None:
                self.joined[index] = b",".join(self.fragments[doc_id] for doc_id in self.blocks[index])
        return [joined for joined in self.joined if joined]

    def _put(self, doc_id: str, doc: Any) -> None:
        self.fragments[doc_id] = f"{_dumps(doc_id)}:{_dumps(doc)}".encode()
        index = self.block_of.get(doc_id)
        if index is None:
            if not self.blocks or len(self.blocks[-1]) >= BLOCK:
                self.blocks.append([])
                self.joined.append(None)
            index = self.block_of[doc_id] = len(self.blocks) - 1
            self.blocks[index].append(doc_id)
        self.joined[index] = None

    def _remove(self, doc_id: str) -> None:
        if self.fragments.pop(doc_id, None) is not None:
            index = self.block_of.pop(doc_id)
            self.blocks[index].remove(doc_id)
            self.joined[index] = None
