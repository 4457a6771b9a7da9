"""Backups: made when asked, thinned as they age, restored on request; a bad backup changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from handbook.core.paths import DataDir
from handbook.core.progress.backup import (
    Backup,
    BackupError,
    backup_now,
    backups_to_keep,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from handbook.core.progress.profiles import Profiles
from handbook.core.progress.store import ProgressStore

PACK = "learning-circles"
NOW = datetime(2027, 3, 3, 12, 0, tzinfo=timezone.utc)


def store_at(tmp_path: Path) -> ProgressStore:
    return ProgressStore.open(tmp_path / "amina" / "progress.json", profile_name="Amina")


def test_a_backup_is_a_copy_and_an_unchanged_file_is_not_copied_twice(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.set_note(PACK, "a", "one")
    first = make_backup(store.path, "start")
    assert first is not None and first.reason == "start"
    assert first.path.parent == store.path.parent / "backups"
    assert first.path.read_bytes() == store.path.read_bytes()
    assert make_backup(store.path, "timed") is None  # nothing changed since
    assert make_backup(store.path, "manual", always=True) is not None
    store.set_note(PACK, "a", "two")
    assert make_backup(store.path, "close") is not None
    assert [b.reason for b in list_backups(first.path.parent)] == ["close", "manual", "start"]
    assert make_backup(tmp_path / "nobody" / "progress.json", "start") is None


def backups_every(hours: int, days: int) -> list[Backup]:
    moments = [NOW - timedelta(hours=h) for h in range(0, days * 24, hours)]
    return [Backup(Path(f"/b/{m:%Y%m%d%H%M}"), m, "timed") for m in moments]


def test_thinning_keeps_recent_ones_then_daily_weekly_monthly() -> None:
    backups = backups_every(hours=6, days=200)
    kept = sorted((b for b in backups if b.path in backups_to_keep(backups, NOW)), key=lambda b: b.time)
    ages = [(NOW - b.time) for b in kept]
    recent = [a for a in ages if a < timedelta(days=2)]
    assert len(recent) == 8  # every backup of the last 2 days
    daily = [a for a in ages if timedelta(days=2) <= a < timedelta(days=9)]
    assert 6 <= len(daily) <= 10  # one a day for a week (and the newest KEEP_RECENT whatever their age)
    weekly = [a for a in ages if timedelta(days=9) <= a < timedelta(days=37)]
    assert 3 <= len(weekly) <= 5  # one a week for about a month
    monthly = [a for a in ages if a >= timedelta(days=37)]
    assert 5 <= len(monthly) <= 7  # one a month after that
    months = {(NOW - a).strftime("%Y-%m") for a in monthly}
    assert len(months) == len(monthly)
    assert len(kept) < len(backups) / 10
    assert max(b.time for b in kept) == NOW  # the newest is always kept


def test_thinning_deletes_only_backup_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for days in [n / 100 for n in range(10)] + [3, 3.1, 3.2, 50]:  # the newest 10 are always kept
        moment = NOW - timedelta(days=days)
        (folder / f"progress-{moment:%Y%m%d-%H%M%S-%f}-timed.json").write_text("{}", encoding="utf-8")
    (folder / "README.txt").write_text("mine", encoding="utf-8")
    removed = thin_backups(folder, NOW)
    assert len(removed) == 2
    assert len(list_backups(folder)) == 12
    assert (folder / "README.txt").exists()


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.set_note(PACK, "a", "in the backup")
    backup = make_backup(store.path, "start")
    assert backup is not None
    store.set_note(PACK, "a", "done since")
    store.close()
    safety = restore_backup(store.path, backup)
    assert ProgressStore.open(store.path).get(PACK, "a").note == "in the backup"
    assert safety is not None and safety.reason == "before-restore"
    assert ProgressStore.open(safety.path).get(PACK, "a").note == "done since"


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.set_note(PACK, "a", "current")
    store.close()
    bad = tmp_path / "amina" / "backups" / "progress-20270101-000000-000000-timed.json"
    bad.parent.mkdir(exist_ok=True)
    bad.write_text('{"_meta": {"1": {"schema": 1}}, "records": ["not a table"]}', encoding="utf-8")
    before = store.path.read_bytes()
    with pytest.raises(BackupError, match="this backup cannot be used"):
        restore_backup(store.path, bad)
    assert store.path.read_bytes() == before
    assert [b.path for b in list_backups(bad.parent)] == [bad]


def test_backup_now_backs_up_every_profile(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    profiles = Profiles(data)
    for name in ("Amina", "Bob"):
        profiles.create(name)[1].close()
    made = backup_now("before-pack-update", data.root)
    assert sorted(b.path.parent.parent.name for b in made) == ["amina", "bob"]
    assert all(b.reason == "before-pack-update" for b in made)
