"""A facilitator's progress: one record per (pack id, item id), kept in TinyDB and written atomically.

A record holds a lesson's status, the seconds spent on it, the last scroll position, the ticks of
its task list, the answers to its quiz and a journal note. The file carries a schema version;
older files are migrated when opened; records that cannot be read are set aside in a file beside it
(see ``progress_file``); a file that cannot be used at all raises ``ProgressFileError`` so the
caller can move it aside and restore a backup (see ``Profiles.open``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.table import Document

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.progress.file import (
    MIGRATIONS,
    SCHEMA_VERSION,
    LoadedProgress,
    ProgressFileError,
    check_progress_data,
    read_progress_file,
    set_aside_file,
)
from handbook.core.progress.record import (
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
    parse_time,
)
from handbook.core.progress.storage import AtomicJSONStorage
from handbook.core.storage import atomic_write_json

if TYPE_CHECKING:
    from handbook.core.circle.log_merge import LogMergeReport

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "LoadedProgress",
    "MergeReport",
    "ProgressFileError",
    "ProgressStore",
    "check_progress_data",
    "read_progress_file",
]  # fmt: skip

NoteListener = Callable[[str, str, str], None]  # pack id, item id, note text


@dataclass
class MergeReport:
    """What an import changed: per item, added, replaced by a newer record, or kept as it was."""

    added: list[ItemProgress] = field(default_factory=list)
    updated: list[ItemProgress] = field(default_factory=list)
    kept_newer: list[ItemProgress] = field(default_factory=list)  # ours was newer
    unchanged: int = 0
    clamped: list[ItemProgress] = field(default_factory=list)  # dated in the future; given the import's time
    circle: LogMergeReport | None = None  # what the import brought to the circle log, if the file had one

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
        self._db = TinyDB(self.path, loaded.tables if loaded else None, storage=AtomicJSONStorage)
        storage = self._db.storage
        assert isinstance(storage, AtomicJSONStorage)
        self._storage = storage
        self._meta = self._db.table("_meta", cache_size=0)
        self._table = self._db.table("records", cache_size=0)
        self._records: dict[tuple[str, str], ItemProgress] = {}
        self._ids: dict[tuple[str, str], int] = {}
        self._listeners: list[NoteListener] = []
        self.revision = 0  # goes up on every change; backups compare it
        self.unsaved = False  # True after a failed write, until a write succeeds
        self.set_aside_path: Path | None = None  # where records that could not be read were kept, at open
        self.set_aside_problems: list[str] = []
        for doc_id, record in (loaded.records if loaded else {}).items():
            key = record.key
            self._records[key] = record
            self._ids[key] = doc_id
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
        store.set_aside_problems = list(loaded.problems)
        if read_only:
            return store
        if loaded.set_aside:
            # Kept first, so that the records leave the progress file only once they are safe beside it.
            store.set_aside_path = set_aside_file(path)
            atomic_write_json(store.set_aside_path, {"problems": loaded.problems, "records": loaded.set_aside})
        if loaded.migrated or loaded.problems:
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
            raise HandbookError(
                translate("progress", "This name holds a character that cannot be saved; type it again.")
            )
        if name != self.profile_name:
            self._update_meta({"profile": name})

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
            self._update_meta(updates)

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
            raise HandbookError(
                translate("progress", "This note is longer than {count} characters; shorten it to save it.").format(
                    count=MAX_NOTE_LENGTH
                )
            )
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

    def plan_merge(self, incoming: Iterable[ItemProgress], now: datetime | None = None) -> MergeReport:
        """What ``merge`` would do with these records, without changing anything.

        Clocks are not trusted: a record dated after ``now`` (the import's time) is given that
        time, so a computer whose clock said 9999 cannot win every later merge.
        """
        moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        stamp = moment.isoformat(timespec="microseconds")
        report = MergeReport()
        for record in incoming:
            if parse_time(record.updated) > moment:
                record = replace(record, updated=stamp)
                report.clamped.append(record)
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

    def merge(self, incoming: Iterable[ItemProgress], now: datetime | None = None) -> MergeReport:
        """Take each incoming record whose last change is newer than ours; one write for all."""
        report = self.plan_merge(incoming, now)
        if report.added or report.updated:
            with self.batch():
                for record in report.added + report.updated:
                    self._put(record)
        for record in report.added + report.updated:
            if record.note != "":
                for listener in list(self._listeners):
                    listener(record.pack_id, record.item_id, record.note)
        return report

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make the changes inside the block one atomic write, when it ends (a page visit, a retry)."""
        try:
            with self._storage.deferred():
                yield
        except BaseException:
            self.unsaved = True  # the changes are kept in memory until a later write works
            raise

    def save(self) -> None:
        """Write everything again (after a failed write, or after a migration)."""
        self._storage.forget_encoded()
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
            raise HandbookError(
                translate("progress file", "{file}: opened only to read; close Handbook and try again.").format(
                    file=self.path
                )
            )
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
            self._storage.mark_changed(self._table.name, existing)  # TinyDB's update changes it in place
            self._write(lambda: self._table.update(document, doc_ids=[existing]))

    def _update_meta(self, fields: dict[str, Any]) -> None:
        self._storage.mark_changed(self._meta.name, 1)
        self._write(lambda: self._meta.update(fields, doc_ids=[1]))

    def _write(self, operation: Callable[[], object]) -> None:
        if self.read_only:
            raise HandbookError(
                translate("progress file", "{file}: opened only to read; close Handbook and try again.").format(
                    file=self.path
                )
            )
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
