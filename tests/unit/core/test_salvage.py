"""Salvage, not condemn: bad records are set aside beside the file; only an unreadable file brings a backup back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.core.paths import DataDir
from handbook.core.progress.backup import best_backup, make_backup
from handbook.core.progress.profiles import Profile, Profiles
from handbook.core.progress.record import DONE
from handbook.core.progress.store import ProgressStore

PACK = "learning-circles"


@pytest.fixture
def amina(tmp_path: Path) -> tuple[Profiles, Profile]:
    profiles = Profiles(DataDir(tmp_path / "data"))
    profile, store = profiles.create("Amina")
    for number in range(5):
        store.set_status(PACK, f"lesson-{number}", DONE)
    store.close()
    return profiles, profile


def test_bad_records_are_set_aside_and_the_good_ones_load(amina: tuple[Profiles, Profile]) -> None:
    profiles, profile = amina
    data = json.loads(profile.progress_file.read_text(encoding="utf-8"))
    data["records"]["2"]["status"] = "great"  # one record damaged by hand
    data["records"]["9"] = "not a record"
    data["records"]["10"] = dict(data["records"]["1"])  # a second record for lesson-0
    profile.progress_file.write_text(json.dumps(data), encoding="utf-8")

    store, recovery = profiles.open(profile)

    assert sorted(r.item_id for r in store.records()) == ["lesson-0", "lesson-2", "lesson-3", "lesson-4"]
    assert recovery is not None and recovery.damaged is None and recovery.set_aside is not None
    assert recovery.set_aside.name == "progress.json.set-aside-1.json"
    kept = json.loads(recovery.set_aside.read_text(encoding="utf-8"))
    assert kept["records"]["2"]["status"] == "great" and kept["records"]["9"] == "not a record"
    assert kept["records"]["10"]["item"] == "lesson-0"
    message = recovery.message()
    assert "record 2: 'status' must be one of" in message and str(recovery.set_aside) in message
    assert "Everything else was loaded" in message
    store.set_note(PACK, "lesson-0", "goes on")
    store.close()
    again, notice = profiles.open(profile)  # the file is clean now: no second notice
    assert notice is None and len(again.records()) == 4 and again.get(PACK, "lesson-0").note == "goes on"
    assert not list(profile.root.glob("*.damaged-*"))  # the file itself was never condemned


def test_a_read_only_open_sets_aside_in_memory_only(amina: tuple[Profiles, Profile]) -> None:
    _profiles, profile = amina
    data = json.loads(profile.progress_file.read_text(encoding="utf-8"))
    data["records"]["2"]["seconds"] = -1
    before = json.dumps(data).encode()
    profile.progress_file.write_bytes(before)
    store = ProgressStore.open(profile.progress_file, read_only=True)
    assert len(store.records()) == 4 and store.set_aside_problems and store.set_aside_path is None
    assert profile.progress_file.read_bytes() == before and not list(profile.root.glob("*set-aside*"))


def test_recovery_takes_the_backup_with_the_most_work_not_the_latest_clock(amina: tuple[Profiles, Profile]) -> None:
    profiles, profile = amina
    from datetime import datetime, timezone

    store, _ = profiles.open(profile)
    make_backup(store.path, "timed", now=datetime(2026, 5, 1, tzinfo=timezone.utc))  # 5 lessons
    store.set_status(PACK, "lesson-5", DONE)
    store.close()
    most = make_backup(profile.progress_file, "timed", now=datetime(2026, 5, 2, tzinfo=timezone.utc))  # 6 lessons
    # The clock said 2031 when this one was made, from an emptied copy: newest by time, least work.
    empty = ProgressStore.open(profile.root / "elsewhere" / "progress.json", profile_name="Amina")
    empty.set_status(PACK, "lesson-0", DONE)
    empty.close()
    make_backup(empty.path, "timed", folder=profile.backups_dir, now=datetime(2031, 1, 1, tzinfo=timezone.utc))
    assert most is not None and best_backup(profile.backups_dir) == most
    profile.progress_file.write_bytes(b"\x00\x00 not json")

    store, recovery = profiles.open(profile)

    assert recovery is not None and recovery.damaged is not None and recovery.restored_from == most
    assert len(store.records()) == 6 and "holding the most work" in recovery.message()


def test_among_backups_holding_the_same_work_the_highest_sequence_wins(tmp_path: Path) -> None:
    from datetime import datetime, timezone

    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    store.set_note(PACK, "a", "first")
    make_backup(store.path, "timed", now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    store.set_note(PACK, "a", "second")
    later = make_backup(store.path, "timed", now=datetime(2020, 1, 1, tzinfo=timezone.utc))  # clock set back
    assert later is not None and later.sequence == 2
    assert best_backup(tmp_path / "backups") == later


def test_a_profile_name_that_cannot_be_saved_is_set_aside_and_saving_goes_on(amina: tuple[Profiles, Profile]) -> None:
    profiles, profile = amina
    raw = profile.progress_file.read_text(encoding="utf-8")
    profile.progress_file.write_text(raw.replace('"profile":"Amina"', '"profile":"\\ud800"'), encoding="utf-8")
    store, recovery = profiles.open(profile)
    assert recovery is not None and "'profile' could not be used" in recovery.message()
    assert len(store.records()) == 5
    store.set_note(PACK, "lesson-0", "saved")
    store.set_profile_name("Amina")
    store.close()
    again, notice = profiles.open(profile)
    assert notice is None and again.profile_name == "Amina" and again.get(PACK, "lesson-0").note == "saved"
