"""Copies of a profile's progress file, numbered in order, thinned as they age, and restoring one of them.

Backups sit in ``profiles/<profile>/backups/`` as ``progress-s<sequence>-<UTC time>-<reason>.json``
(files of earlier versions have no sequence and count as older than any that has one). The profile's
circle log, when it has one, is copied with it as ``<that name without .json>.circle-log.json``: the
two are thinned and restored together. Clocks
are not trusted: a library computer may say 2031 or 2019. Order comes from the sequence alone;
the newest KEEP_RECENT by sequence are always kept whatever their times say, and only the older
ones are thinned by time: all from the last 2 days, then the newest (by sequence) of each day
for a week, of each week for a month, and of each month after that.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from handbook.core.circle.store import CIRCLE_LOG_FILE, read_circle_log
from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.log import get_logger
from handbook.core.paths import BACKUPS_FOLDER, PROGRESS_FILE, DataDir, resolve_data_dir
from handbook.core.progress.file import LoadedProgress, ProgressFileError, read_progress_file
from handbook.core.storage import atomic_write_bytes

_NAME = re.compile(r"^progress-(?:s(\d{1,9})-)?(\d{8}-\d{6}-\d{6})-([a-z][a-z-]{0,39})\.json$")

KEEP_RECENT = 10
KEEP_ALL = timedelta(days=2)
KEEP_DAILY = timedelta(days=9)  # the 2 days, then a week
KEEP_WEEKLY = timedelta(days=37)  # then about a month

log = get_logger("backup")


def reason_label(reason: str) -> str:
    """Why a backup was made, in words (the reason as written in its file name when it is not one of ours)."""
    labels = {
        "start": translate("backup", "when Handbook started"),
        "close": translate("backup", "when Handbook closed"),
        "timed": translate("backup", "while you worked"),
        "manual": translate("backup", "made by hand"),
        "before-import": translate("backup", "before an import"),
        "before-restore": translate("backup", "before a restore"),
        "before-pack-update": translate("backup", "before a course update"),
        "before-migration": translate("backup", "before an update of the file"),
    }
    return labels.get(reason, reason)


class BackupError(HandbookError):
    """A backup could not be made or restored."""


@dataclass(frozen=True)
class Backup:
    path: Path
    time: datetime  # UTC, as the computer's clock said: shown, never used to order
    reason: str
    sequence: int = 0  # 0 for backups made by earlier versions

    @property
    def order(self) -> tuple[int, datetime]:
        return (self.sequence, self.time)

    @property
    def local_time(self) -> str:
        return self.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")

    @property
    def label(self) -> str:
        return f"{self.local_time} ({reason_label(self.reason)})"


def backup_name(moment: datetime, reason: str, sequence: int) -> str:
    reason = re.sub(r"[^a-z-]+", "-", reason.lower()).strip("-")[:40] or "manual"
    if not reason[0].isalpha():
        reason = f"r{reason}"[:40]
    return f"progress-s{sequence:06d}-{moment.astimezone(timezone.utc):%Y%m%d-%H%M%S-%f}-{reason}.json"


def _parse_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S-%f").replace(tzinfo=timezone.utc)
    except ValueError:  # e.g. month 13: a name only looking like ours
        return None
    return Backup(path, moment, match.group(3), int(match.group(1) or 0))


def companion_of(backup: Path) -> Path:
    """Where the circle log saved with a backup is kept: beside it, named after it."""
    return backup.with_name(backup.name.removesuffix(".json") + ".circle-log.json")


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest (highest sequence) first; other files are left out."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        backup = _parse_name(Path(entry.path))
        if backup is not None and entry.is_file():
            found.append(backup)
    return sorted(found, key=lambda backup: backup.order, reverse=True)


def backups_to_keep(backups: Sequence[Backup], now: datetime) -> set[Path]:
    """Which backups thinning keeps: see the module docstring."""
    ordered = sorted(backups, key=lambda b: b.order, reverse=True)
    keep = {backup.path for backup in ordered[:KEEP_RECENT]}
    buckets: set[tuple[object, ...]] = set()
    for backup in ordered[KEEP_RECENT:]:
        age = now - backup.time
        bucket: tuple[object, ...]
        if age < KEEP_ALL:  # also a time in the future: the clock was wrong then or is now
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
            with contextlib.suppress(OSError):
                companion_of(backup.path).unlink(missing_ok=True)
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
        raise BackupError(
            translate("backup", "{file}: cannot be read for a backup ({reason}).").format(
                file=progress_file, reason=exc.strerror
            )
        ) from None
    circle_log = progress_file.parent / CIRCLE_LOG_FILE
    try:
        log_data = _read_or_none(circle_log) if circle_log.is_file() else None
    except OSError as exc:
        raise BackupError(
            translate("backup", "{file}: cannot be read for a backup ({reason}).").format(
                file=circle_log, reason=exc.strerror
            )
        ) from None
    existing = list_backups(folder)
    if not always and existing:
        with contextlib.suppress(OSError):
            newest = existing[0].path
            if newest.read_bytes() == data and _read_or_none(companion_of(newest)) == log_data:
                return None
    sequence = max((backup.sequence for backup in existing), default=0) + 1
    name = backup_name(moment, reason, sequence)
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            translate("backup", "{folder}: cannot make the backups folder ({reason}).").format(
                folder=folder, reason=exc.strerror
            )
        ) from None
    if log_data is not None:  # first, so a backup listed always has its circle log with it
        atomic_write_bytes(companion_of(target), log_data)
    atomic_write_bytes(target, data)
    thin_backups(folder, moment)
    made = _parse_name(target)
    assert made is not None  # backup_name makes names _NAME matches
    log.info("backup %s made (%s)", target.name, reason)
    return made


def _work(loaded: LoadedProgress) -> tuple[int, int, int]:
    """How much a file holds: records, lessons done, seconds spent."""
    records = loaded.records.values()
    return (len(records), sum(1 for r in records if r.is_done), sum(r.seconds for r in records))


def best_backup(folder: Path) -> Backup | None:
    """The backup to recover from: of those that load, the one holding the most work, the newest by sequence if tied.

    Never chosen by time: a backup made while the clock said 2031 is not "newest" for that.
    Damaged backups are skipped (and left where they are).
    """
    best: tuple[tuple[int, int, int], tuple[int, datetime], Backup] | None = None
    for backup in list_backups(folder):
        try:
            loaded = read_progress_file(backup.path)
        except HandbookError:
            continue
        if loaded is None or loaded.set_aside:
            continue
        candidate = (_work(loaded), backup.order, backup)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


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
        raise BackupError(
            translate("backup", "{file}: this backup cannot be used ({problem}). Choose another one.").format(
                file=source, problem=exc.problem
            )
        ) from None
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise BackupError(
            translate("backup", "{file}: cannot be read ({reason}).").format(file=source, reason=exc.strerror)
        ) from None
    log_data = _companion_to_restore(source)
    safety = None
    if progress_file.exists():
        safety = make_backup(progress_file, "before-restore", always=True)
    atomic_write_bytes(progress_file, data)
    if log_data is not None:  # a backup without one (made before the log existed) leaves the log as it is
        atomic_write_bytes(progress_file.parent / CIRCLE_LOG_FILE, log_data)
    return safety


def _companion_to_restore(backup: Path) -> bytes | None:
    """The circle log saved with a backup, if it has a usable one; a damaged one is left out (and logged)."""
    companion = companion_of(backup)
    try:
        if read_circle_log(companion) is None:
            return None
        return companion.read_bytes()
    except (HandbookError, OSError) as exc:
        log.warning("%s: the circle log saved with this backup is left out (%s)", companion, exc)
        return None


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
