"""Clocks are not trusted: backups are ordered and thinned by sequence, imported dates in the future are clamped."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from handbook.core.progress.backup import KEEP_RECENT, list_backups, make_backup
from handbook.core.progress.record import DONE, IN_PROGRESS
from handbook.core.progress.store import ProgressStore
from handbook.core.progress.transfer import describe_merge, import_progress

PACK = "learning-circles"
TODAY = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)


def test_one_backup_made_while_the_clock_said_2031_does_not_thin_away_recent_ones(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    made = []
    for hour in range(30):
        store.set_note(PACK, "a", f"note {hour}")
        moment = datetime(2031, 1, 1, tzinfo=timezone.utc) if hour == 15 else TODAY + timedelta(hours=hour)
        backup = make_backup(store.path, "timed", now=moment)
        assert backup is not None
        made.append(backup)
    kept = list_backups(tmp_path / "backups")
    # Newest first by sequence, whatever the times say; the last KEEP_RECENT are all there.
    assert [b.sequence for b in kept[:KEEP_RECENT]] == list(range(30, 30 - KEEP_RECENT, -1))
    assert kept[0].path == made[-1].path
    assert json.loads(kept[0].path.read_text(encoding="utf-8"))["records"]["1"]["note"] == "note 29"


def test_backups_made_while_the_clock_was_set_back_are_kept(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    for number in range(KEEP_RECENT + 5):
        store.set_note(PACK, "a", f"note {number}")
        make_backup(store.path, "timed", now=TODAY + timedelta(minutes=number))
    set_back = []
    for number in range(KEEP_RECENT):  # then someone set the clock back two years
        store.set_note(PACK, "a", f"set back {number}")
        backup = make_backup(store.path, "timed", now=TODAY - timedelta(days=730) + timedelta(minutes=number))
        assert backup is not None
        set_back.append(backup.path)
    names = {b.path for b in list_backups(tmp_path / "backups")}
    assert set(set_back) <= names
    newest = list_backups(tmp_path / "backups")[0]
    assert "set back 9" in newest.path.read_text(encoding="utf-8")


def test_backups_of_earlier_versions_count_as_older_than_numbered_ones(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "progress-20310101-000000-000000-timed.json").write_text("{}", encoding="utf-8")
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    made = make_backup(store.path, "manual", now=TODAY)
    assert made is not None and made.sequence == 1
    assert [b.sequence for b in list_backups(folder)] == [1, 0]


def _export(tmp_path: Path, updated: str, status: str = DONE) -> Path:
    record = {"pack": PACK, "item": "a", "status": status, "seconds": 60, "updated": updated}
    path = tmp_path / f"export-{status}.json"
    path.write_text(json.dumps({"format": "handbook-progress", "format_version": 1, "records": [record]}), "utf-8")
    return path


def test_a_record_dated_in_the_future_is_clamped_to_the_import_time_and_said(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    report = import_progress(store, _export(tmp_path, "9999-01-01T00:00:00+00:00"), now=TODAY)
    assert [r.item_id for r in report.added] == ["a"] and len(report.clamped) == 1
    assert store.get(PACK, "a").updated == TODAY.isoformat(timespec="microseconds")
    assert "1 record was dated in the future" in " ".join(describe_merge(report))
    # A later change on this computer now wins over it, as it should.
    later = TODAY + timedelta(days=1)
    report = import_progress(store, _export(tmp_path, later.isoformat(), IN_PROGRESS), now=later)
    assert [r.status for r in report.updated] == [IN_PROGRESS] and not report.clamped
