"""A facilitator's progress: one record per (pack id, item id), kept in TinyDB and written atomically.

A record holds a lesson's status, the seconds spent on it, the last scroll position, the ticks of
its task list, the answers to its quiz and a journal note. The file carries a schema version;
older files are migrated when opened, files that cannot be used raise ``ProgressFileError`` so
the caller can move them aside and restore a backup (see ``Profiles.open``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tinydb.table import Document

from handbook.core.errors import HandbookError
from handbook.core.progress_record import (
    IN_PROGRESS,
    MAX_NOTE_LENGTH,
    MAX_SCROLL,
    MAX_SECONDS,
    NOT_STARTED,
    STATUSES,
    ItemProgress,
    check_record,
    is_savable_text,
    now_iso,
    parse_json_strictly,
    parse_record,
    parse_time,
)
from handbook.core.progress_storage import AtomicJSONStorage, ProgressDB, Tables

SCHEMA_VERSION = 1
# MIGRATIONS[n] turns the data of schema n into schema n + 1 (it gets and returns the whole file).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

NoteListener = Callable[[str, str, str], None]  # pack id, item id, note text


class ProgressFileError(HandbookError):
    """A progress file that cannot be used: not JSON, the wrong shape, or an unknown schema."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass
class LoadedProgress:
    """A progress file's checked content: TinyDB's tables and the records they hold."""

    tables: Tables
    records: dict[int, ItemProgress]  # by TinyDB document id
    migrated: bool = False


def check_progress_data(data: Any, path: Path) -> LoadedProgress:
    """Validate (and migrate) a progress file's content; ProgressFileError if it cannot be used."""
    if not isinstance(data, dict):
        raise ProgressFileError(path, "the file does not hold progress records")
    meta = data.get("_meta")
    if not isinstance(meta, dict) or not isinstance(meta.get("1"), dict):
        raise ProgressFileError(path, "the file has no schema version; it is not a Handbook progress file")
    version = meta["1"].get("schema")
    before = version
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProgressFileError(path, f"the schema version {str(version)[:20]!r} is not one Handbook knows")
    if version > SCHEMA_VERSION:
        raise ProgressFileError(
            path,
            f"the file was written by a newer version of Handbook (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}). Update Handbook to use it.",
        )
    while version < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except Exception as exc:  # a migration that fails means the file is not what it claims
            raise ProgressFileError(path, f"the file could not be updated from schema {version} ({exc})") from None
        version += 1
        data["_meta"]["1"]["schema"] = version
    if not isinstance(data["_meta"]["1"].get("profile", ""), str):
        raise ProgressFileError(path, "the profile name is not text")
    records = data.setdefault("records", {})
    if not isinstance(records, dict):
        raise ProgressFileError(path, "the records are not a table")
    parsed: dict[int, ItemProgress] = {}
    seen: set[tuple[str, str]] = set()
    for doc_id, raw in records.items():
        if not (doc_id.isascii() and doc_id.isdigit() and len(doc_id) < 10):
            raise ProgressFileError(path, f"record {doc_id[:20]!r} has no number")
        try:
            record = parse_record(raw)
        except ValueError as exc:
            raise ProgressFileError(path, f"record {doc_id}: {exc}") from None
        key = (record.pack_id, record.item_id)
        if key in seen:
            raise ProgressFileError(path, f"record {doc_id}: a second record for {record.item_id}")
        seen.add(key)
        parsed[int(doc_id)] = record
    return LoadedProgress(data, parsed, before != SCHEMA_VERSION)


def read_progress_file(path: Path) -> LoadedProgress | None:
    """The checked content of a progress file; None if there is none."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HandbookError(
            f"{path}: cannot be read ({exc.strerror}). Check that you may read this folder."
        ) from None
    try:
        data = parse_json_strictly(raw)
    except ValueError as exc:
        raise ProgressFileError(path, str(exc)) from None
    return check_progress_data(data, path)


@dataclass
class MergeReport:
    """What an import changed: per item, added, replaced by a newer record, or kept as it was."""

    added: list[ItemProgress] = field(default_factory=list)
    updated: list[ItemProgress] = field(default_factory=list)
    kept_newer: list[ItemProgress] = field(default_factory=list)  # ours was newer
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


class ProgressStore:
    """One profile's progress file. Reads come from memory; every change is one atomic write."""

    def __init__(
        self, path: Path, loaded: LoadedProgress | None = None, *, profile_name: str = "", read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._storage = AtomicJSONStorage(self.path, loaded.tables if loaded else None)
        self._db = ProgressDB(storage=lambda: self._storage)
        self._meta = self._db.table("_meta", cache_size=0)
        self._table = self._db.table("records", cache_size=0)
        self._records: dict[tuple[str, str], ItemProgress] = {}
        self._ids: dict[tuple[str, str], int] = {}
        self._listeners: list[NoteListener] = []
        self.revision = 0  # goes up on every change; backups compare it
        self.unsaved = False  # True after a failed write, until a write succeeds
        for doc_id, record in (loaded.records if loaded else {}).items():
            self._records[record.key] = record
            self._ids[record.key] = doc_id
        self._next_id = max(self._ids.values(), default=0) + 1
        if self._meta.get(doc_id=1) is None and not read_only:
            meta = {"schema": SCHEMA_VERSION, "profile": profile_name, "created": now_iso()}
            self._write(lambda: self._meta.insert(Document(meta, doc_id=1)))

    @classmethod
    def open(cls, path: Path, *, profile_name: str = "", read_only: bool = False) -> ProgressStore:
        """Open a progress file, creating it if missing; ProgressFileError if it cannot be used.

        Only the app (or a command) holding the data dir's lock opens a store to write; others,
        such as an export while the app runs, open it ``read_only``.
        """
        path = Path(path)
        if not read_only:
            _remove_stale_temp_files(path)
        loaded = read_progress_file(path)
        if loaded is None:
            return cls(path, None, profile_name=profile_name, read_only=read_only)
        store = cls(path, loaded, read_only=read_only)
        if loaded.migrated and not read_only:
            store.save()
        return store

    # the profile

    def _meta_value(self, name: str, default: Any) -> Any:
        meta = self._meta.get(doc_id=1)
        return default if meta is None else meta.get(name, default)

    @property
    def profile_name(self) -> str:
        return str(self._meta_value("profile", ""))

    def set_profile_name(self, name: str) -> None:
        if not is_savable_text(name):
            raise HandbookError("This name holds a character that cannot be saved; type it again.")
        if name != self.profile_name:
            self._write(lambda: self._meta.update({"profile": name}, doc_ids=[1]))

    def last_page(self, pack_id: str) -> str:
        """The page of the pack open last, of any kind: where the app opens again."""
        return self._per_pack("last_pages", pack_id)

    def set_last_page(self, pack_id: str, path: str, *, lesson: bool = False) -> None:
        """Remember the page open now; ``lesson=True`` also makes it the lesson to continue from.

        One write for both, as this runs each time a page opens.
        """
        if not is_savable_text(pack_id) or not is_savable_text(path):
            return  # a file name the system could not decode: not worth breaking every later save for
        updates: dict[str, dict[str, str]] = {}
        for name in ("last_pages", "last_lessons") if lesson else ("last_pages",):
            values = self._meta_value(name, {})
            values = dict(values) if isinstance(values, dict) else {}
            if values.get(pack_id) != path:
                values[pack_id] = path
                updates[name] = values
        if updates:
            self._write(lambda: self._meta.update(updates, doc_ids=[1]))

    def last_lesson(self, pack_id: str) -> str:
        """The lesson of the pack open last: where "Continue where I left off" goes."""
        return self._per_pack("last_lessons", pack_id)

    def _per_pack(self, name: str, pack_id: str) -> str:
        values = self._meta_value(name, {})
        value = values.get(pack_id, "") if isinstance(values, dict) else ""
        return value if isinstance(value, str) else ""

    # reading

    def get(self, pack_id: str, item_id: str) -> ItemProgress:
        return self._records.get((pack_id, item_id)) or ItemProgress(pack_id, item_id)

    def records(self, pack_id: str | None = None) -> list[ItemProgress]:
        return [r for r in self._records.values() if pack_id is None or r.pack_id == pack_id]

    def __len__(self) -> int:
        return len(self._records)

    # changing

    def mark_opened(self, pack_id: str, item_id: str) -> None:
        """Opening a lesson puts it in progress (a done lesson stays done)."""
        if self.get(pack_id, item_id).status == NOT_STARTED:
            self._change(pack_id, item_id, status=IN_PROGRESS)

    def set_status(self, pack_id: str, item_id: str, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._change(pack_id, item_id, status=status)

    def add_time(self, pack_id: str, item_id: str, seconds: int) -> None:
        if seconds > 0:
            total = min(MAX_SECONDS, self.get(pack_id, item_id).seconds + int(seconds))
            self._change(pack_id, item_id, seconds=total)

    def set_scroll(self, pack_id: str, item_id: str, position: int) -> None:
        self._change(pack_id, item_id, scroll=max(0, min(MAX_SCROLL, int(position))))

    def set_tick(self, pack_id: str, item_id: str, index: int, ticked: bool) -> None:
        ticks = dict(self.get(pack_id, item_id).ticks)
        ticks[index] = ticked
        self._change(pack_id, item_id, ticks=ticks)

    def set_answer(self, pack_id: str, item_id: str, quiz_index: int, choice: int) -> None:
        answers = dict(self.get(pack_id, item_id).answers)
        answers[quiz_index] = choice
        self._change(pack_id, item_id, answers=answers)

    def clear_answers(self, pack_id: str, item_id: str) -> None:
        self._change(pack_id, item_id, answers={})

    def set_note(self, pack_id: str, item_id: str, text: str) -> None:
        if len(text) > MAX_NOTE_LENGTH:
            raise HandbookError(f"This note is longer than {MAX_NOTE_LENGTH} characters; shorten it to save it.")
        if self.get(pack_id, item_id).note == text:
            return
        try:
            self._change(pack_id, item_id, note=text)
        finally:
            for listener in list(self._listeners):
                listener(pack_id, item_id, text)

    def add_note_listener(self, listener: NoteListener) -> None:
        """Call ``listener(pack_id, item_id, text)`` whenever a note changes (e.g. for search)."""
        self._listeners.append(listener)

    def remove_note_listener(self, listener: NoteListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def plan_merge(self, incoming: Iterable[ItemProgress]) -> MergeReport:
        """What ``merge`` would do with these records, without changing anything."""
        report = MergeReport()
        for record in incoming:
            local = self._records.get(record.key)
            if local is None:
                report.added.append(record)
            elif local.same_content(record):
                report.unchanged += 1
            elif parse_time(record.updated) > parse_time(local.updated):
                report.updated.append(record)
            else:
                report.kept_newer.append(local)
        return report

    def merge(self, incoming: Iterable[ItemProgress]) -> MergeReport:
        """Take each incoming record whose last change is newer than ours; one write for all."""
        report = self.plan_merge(incoming)
        if report.added or report.updated:
            with self._storage.deferred():
                for record in report.added + report.updated:
                    self._put(record)
        for record in report.added + report.updated:
            if record.note != "":
                for listener in list(self._listeners):
                    listener(record.pack_id, record.item_id, record.note)
        return report

    def save(self) -> None:
        """Write everything again (after a failed write, or after a migration)."""
        self._storage.mark_all_dirty()
        self._write(lambda: self._storage.write(self._storage.read() or {}))

    def close(self) -> None:
        self._db.close()

    # inside

    def _change(self, pack_id: str, item_id: str, **fields: Any) -> None:
        old = self.get(pack_id, item_id)
        if (pack_id, item_id) in self._records and all(getattr(old, name) == value for name, value in fields.items()):
            return
        self._put(replace(old, updated=now_iso(), **fields))

    def _put(self, record: ItemProgress) -> None:
        if self.read_only:
            raise HandbookError(f"{self.path}: opened only to read; close Handbook and try again.")
        check_record(record)  # one set of rules: never write what cannot be read back
        key = record.key
        self._records[key] = record
        self.revision += 1
        document = record.to_json()
        doc_id = self._ids.get(key)
        if doc_id is None:
            new_id = self._ids[key] = self._next_id
            self._next_id += 1
            self._write(lambda: self._table.insert(Document(document, doc_id=new_id)))
        else:
            existing = doc_id
            self._write(lambda: self._table.update(document, doc_ids=[existing]))

    def _write(self, operation: Callable[[], object]) -> None:
        if self.read_only:
            raise HandbookError(f"{self.path}: opened only to read; close Handbook and try again.")
        try:
            operation()
        except BaseException:
            self.unsaved = True
            raise
        self.unsaved = False


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files left by a write that was cut off (a crash, a power cut) hold nothing we need."""
    folder = path.parent
    if not folder.is_dir():
        return
    prefix = f".{path.name}."
    for entry in os.scandir(folder):
        if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
            try:
                os.unlink(entry.path)
            except OSError:
                continue
