"""The circle log goes where progress goes: into backups (restored with them) and progress export/import."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from handbook.core.circle.log import CircleLog, Goal, MeetingLog
from handbook.core.circle.log_merge import merge_logs
from handbook.core.circle.store import CIRCLE_LOG_FILE, CircleLogStore
from handbook.core.progress.backup import companion_of, list_backups, make_backup, restore_backup, thin_backups
from handbook.core.progress.record import DONE
from handbook.core.progress.store import ProgressStore
from handbook.core.progress.transfer import (
    ProgressImportError,
    describe_merge,
    export_progress,
    import_progress,
    read_export,
)

PACK, WELCOME = "mini-pack", "start/welcome"


def profile(folder: Path) -> tuple[ProgressStore, CircleLogStore]:
    store = ProgressStore.open(folder / "progress.json", profile_name="Sam")
    store.set_status(PACK, WELCOME, DONE)
    return store, CircleLogStore(folder / CIRCLE_LOG_FILE, 6)


def test_a_backup_keeps_the_circle_log_and_a_restore_brings_it_back(tmp_path: Path) -> None:
    store, log = profile(tmp_path)
    log.log_meeting(1, attended=8, rating=4)
    first = make_backup(store.path, "manual")
    assert first is not None and companion_of(first.path).is_file()
    log.log_meeting(2, attended=7)
    second = make_backup(store.path, "manual")  # the progress is the same, the log is not: a new backup
    assert second is not None
    assert make_backup(store.path, "manual") is None  # nothing changed at all
    store.close()

    safety = restore_backup(store.path, first)

    assert CircleLogStore(tmp_path / CIRCLE_LOG_FILE).log.meetings.keys() == {1}
    assert safety is not None and json.loads(companion_of(safety.path).read_text())["meetings"][1]["week"] == 2
    assert list_backups(tmp_path / "backups")[0].path == safety.path


def test_a_backup_from_before_the_log_leaves_the_log_alone(tmp_path: Path) -> None:
    store, log = profile(tmp_path)
    old = make_backup(store.path, "manual")
    assert old is not None and not companion_of(old.path).exists()
    log.log_meeting(1, attended=8)
    store.close()
    restore_backup(store.path, old)
    assert CircleLogStore(tmp_path / CIRCLE_LOG_FILE).meeting(1) is not None


def test_thinning_removes_a_backups_circle_log_with_it(tmp_path: Path) -> None:
    store, log = profile(tmp_path)
    start = datetime(2027, 1, 1, tzinfo=timezone.utc)
    for day in range(15):
        log.log_meeting(1, attended=day)
        make_backup(store.path, "timed", now=start + timedelta(days=day), always=True)
    folder = tmp_path / "backups"
    thin_backups(folder, start + timedelta(days=400))
    kept = {backup.path for backup in list_backups(folder)}
    companions = set(folder.glob("*.circle-log.json"))
    assert companions == {companion_of(path) for path in kept}


def test_progress_export_carries_the_log_and_import_merges_it(tmp_path: Path) -> None:
    library, library_log = profile(tmp_path / "library")
    library_log.log_meeting(1, present=["Amina", "Bo"], rating=4, plus="Pairs")
    library_log.log_meeting(2, attended=5)
    library_log.set_goal("Amina", "Write a CV", "met")
    home, home_log = profile(tmp_path / "home")
    home_log.log_meeting(1, present=["Amina", "Chen"], delta="Cold room")  # typed at home from paper
    home_log.log_meeting(2, attended=6, rating=3)
    file = tmp_path / "sam.json"
    export_progress(library, file)
    assert read_export(file).circle_log == library_log.log

    report = import_progress(home, file)

    log = CircleLogStore(tmp_path / "home" / CIRCLE_LOG_FILE).log
    assert log.meetings[1] == MeetingLog(1, 3, ("Amina", "Chen", "Bo"), 4, "Pairs", "Cold room", "")
    assert log.meetings[2] == MeetingLog(2, 6, (), 3)  # both had a count: this computer's stays
    assert log.goals == (Goal("Amina", "Write a CV", "met"),)
    assert report.circle is not None and report.circle.kept == [2]
    assert "Circle log: 0 meetings added, 1 filled in, 1 goals added or updated." in describe_merge(report)
    assert [b.reason for b in list_backups(tmp_path / "home" / "backups")] == ["before-import"]
    written = (tmp_path / "home" / CIRCLE_LOG_FILE).read_bytes()
    again = import_progress(home, file)  # the same file again: nothing new, nothing written
    assert again.circle is not None and not again.circle.changed
    assert (tmp_path / "home" / CIRCLE_LOG_FILE).read_bytes() == written
    assert len(list_backups(tmp_path / "home" / "backups")) == 1


@pytest.mark.parametrize(
    "circle_log",
    [
        {"format": 2},
        {"format": 1, "meetings": [{"week": 1, "rating": 9}]},
        {"format": 1, "learners": [["deep"]]},
        "a log",
    ],
)
def test_an_export_with_a_bad_circle_log_is_refused_and_changes_nothing(tmp_path: Path, circle_log: object) -> None:
    library, _ = profile(tmp_path / "library")
    file = tmp_path / "sam.json"
    export_progress(library, file)
    value = json.loads(file.read_text(encoding="utf-8"))
    file.write_text(json.dumps({**value, "circle_log": circle_log}), encoding="utf-8")
    home, home_log = profile(tmp_path / "home")
    home_log.log_meeting(1, attended=3)
    before = (home.path.read_bytes(), home_log.path.read_bytes())
    with pytest.raises(ProgressImportError, match="circle log"):
        import_progress(home, file)
    assert (home.path.read_bytes(), home_log.path.read_bytes()) == before


def test_merging_a_log_with_itself_changes_nothing() -> None:
    log = CircleLog(("Amina",), {1: MeetingLog(1, 1, ("Amina",), 5, "a", "b", "c")}, (Goal("Amina", "CV", "met"),), "R")
    merged, report = merge_logs(log, log)
    assert merged == log and not report.changed
    merged, report = merge_logs(CircleLog(), log)
    assert merged == log and report.added == [1] and report.reflection_added
