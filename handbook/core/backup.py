"""Timed copies of a profile's progress file, thinned as they age, and restoring one of them.

Backups sit in ``profiles/<profile>/backups/`` as ``progress-<UTC time>-<reason>.json``. All
from the last 2 days are kept, then the newest of each day for a week, of each week for a
month, and of each month after that.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from handbook.core.errors import HandbookError
from handbook.core.paths import DataDir, resolve_data_dir
from handbook.core.profiles import BACKUPS_FOLDER, PROGRESS_FILE
from handbook.core.progress import ProgressFileError, read_progress_file
from handbook.core.storage import atomic_write_bytes

_NAME = re.compile(r"^progress-(\d{8}-\d{6}-\d{6})-([a-z][a-z-]{0,39})\.json$")

KEEP_ALL = timedelta(days=2)
KEEP_DAILY = timedelta(days=9)  # the 2 days, then a week
KEEP_WEEKLY = timedelta(days=37)  # then about a month

REASON_LABELS = {
    "start": "when Handbook started",
    "close": "when Handbook closed",
    "timed": "while you worked",
    "manual": "made by hand",
    "before-import": "before an import",
    "before-restore": "before a restore",
    "before-pack-update": "before a course update",
    "before-migration": "before an update of the file",
}


class BackupError(HandbookError):
    """A backup could not be made or restored."""


@dataclass(frozen=True)
class Backup:
    path: Path
    time: datetime  # UTC
    reason: str

    @property
    def local_time(self) -> str:
        return self.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")

    @property
    def label(self) -> str:
        return f"{self.local_time} ({REASON_LABELS.get(self.reason, self.reason)})"


def backup_name(moment: datetime, reason: str) -> str:
    reason = re.sub(r"[^a-z-]+", "-", reason.lower()).strip("-")[:40] or "manual"
    if not reason[0].isalpha():
        reason = f"r{reason}"[:40]
    return f"progress-{moment.astimezone(timezone.utc):%Y%m%d-%H%M%S-%f}-{reason}.json"


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first; other files are left out."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        moment = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=timezone.utc)
        found.append(Backup(Path(entry.path), moment, match.group(2)))
    return sorted(found, key=lambda backup: backup.time, reverse=True)


def backups_to_keep(backups: Sequence[Backup], now: datetime) -> set[Path]:
    """Which backups thinning keeps: see the module docstring."""
    keep: set[Path] = set()
    buckets: set[tuple[object, ...]] = set()
    for backup in sorted(backups, key=lambda b: b.time, reverse=True):
        age = now - backup.time
        bucket: tuple[object, ...]
        if age < KEEP_ALL:
            keep.add(backup.path)
            continue
        if age < KEEP_DAILY:
            bucket = ("day", backup.time.date())
        elif age < KEEP_WEEKLY:
            year, week, _ = backup.time.isocalendar()
            bucket = ("week", year, week)
        else:
            bucket = ("month", backup.time.year, backup.time.month)
        if bucket not in buckets:
            buckets.add(bucket)
            keep.add(backup.path)
    return keep


def thin_backups(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups thinning does not keep; returns them. Only our own backup files go."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, now or datetime.now(timezone.utc))
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def make_backup(
    progress_file: Path, reason: str, *, folder: Path | None = None, now: datetime | None = None, always: bool = False
) -> Backup | None:
    """Copy the progress file into its backups folder and thin the folder.

    Returns None when there is nothing to back up, or (unless ``always``) when the newest
    backup already holds exactly this content.
    """
    progress_file = Path(progress_file)
    folder = folder or progress_file.parent / BACKUPS_FOLDER
    moment = now or datetime.now(timezone.utc)
    try:
        data = progress_file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BackupError(f"{progress_file}: cannot be read for a backup ({exc.strerror}).") from None
    existing = list_backups(folder)
    if not always and existing:
        with contextlib.suppress(OSError):
            if existing[0].path.read_bytes() == data:
                return None
    name = backup_name(moment, reason)
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"{folder}: cannot make the backups folder ({exc.strerror}).") from None
    atomic_write_bytes(target, data)
    thin_backups(folder, moment)
    match = _NAME.match(name)
    return Backup(target, moment, match.group(2) if match else reason)


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that loads; damaged ones are skipped (and left where they are)."""
    for backup in list_backups(folder):
        try:
            if read_progress_file(backup.path) is not None:
                return backup
        except HandbookError:
            continue
    return None


def restore_backup(progress_file: Path, backup: Backup | Path) -> Backup | None:
    """Put a backup in place of the progress file; the current file is backed up first.

    Returns the safety backup of the current file (None if there was no file). The caller must
    not hold the store open while this runs (reopen it afterwards).
    """
    progress_file = Path(progress_file)
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    try:
        read_progress_file(source)
    except ProgressFileError as exc:
        raise BackupError(f"{source}: this backup cannot be used ({exc.problem}). Choose another one.") from None
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise BackupError(f"{source}: cannot be read ({exc.strerror}).") from None
    safety = None
    if progress_file.exists():
        safety = make_backup(progress_file, "before-restore", always=True)
    atomic_write_bytes(progress_file, data)
    return safety


def profile_progress_files(data: DataDir) -> Iterable[Path]:
    try:
        folders = sorted(entry.path for entry in os.scandir(data.profiles) if entry.is_dir())
    except OSError:
        return []
    return [Path(folder) / PROGRESS_FILE for folder in folders if (Path(folder) / PROGRESS_FILE).is_file()]


def backup_now(reason: str, data_dir: Path | None = None) -> list[Backup]:
    """Back up every profile of a data dir now, e.g. ``backup_now("before-pack-update")``.

    ``data_dir`` defaults to the one the app uses (``HANDBOOK_DATA_DIR`` or the platform's).
    """
    data = DataDir(data_dir if data_dir is not None else resolve_data_dir())
    made = []
    for progress_file in profile_progress_files(data):
        backup = make_backup(progress_file, reason, always=True)
        if backup is not None:
            made.append(backup)
    return made
