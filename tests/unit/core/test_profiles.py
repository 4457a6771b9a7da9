"""Profiles: safe folders for typed names, and a damaged progress file recovered from the newest good backup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.core.paths import DataDir
from handbook.core.progress.backup import list_backups, make_backup
from handbook.core.progress.profiles import ProfileError, Profiles, folder_name_for

PACK = "learning-circles"


@pytest.fixture
def profiles(tmp_path: Path) -> Profiles:
    return Profiles(DataDir(tmp_path / "data"))


@pytest.mark.parametrize(
    ("name", "taken", "folder"),
    [
        ("Amina Diallo", set(), "amina-diallo"),
        ("José Núñez", set(), "jose-nunez"),
        ("李明", set(), "profile"),
        ("../../etc", set(), "etc"),
        ("CON", set(), "con-profile"),
        ("Amina", {"amina"}, "amina-2"),
        ("Amina", {"Amina", "amina-2"}, "amina-3"),
        ("a" * 80, set(), "a" * 40),
    ],
)
def test_typed_names_become_safe_folder_names(name: str, taken: set[str], folder: str) -> None:
    assert folder_name_for(name, taken) == folder


def test_create_list_rename_and_delete(profiles: Profiles) -> None:
    amina, store = profiles.create("  Amina   Diallo ")
    store.set_note(PACK, "x", "hello")
    store.close()
    li, other = profiles.create("李明")
    other.close()
    assert (amina.folder, amina.name) == ("amina-diallo", "Amina Diallo")
    assert [(p.folder, p.name) for p in profiles.list()] == [("amina-diallo", "Amina Diallo"), ("profile", "李明")]
    assert profiles.find("amina diallo") == profiles.find("amina-diallo") == profiles.get("amina-diallo")

    renamed = profiles.rename(amina, "Amina D.")
    assert (renamed.folder, renamed.name) == ("amina-diallo", "Amina D.")
    assert profiles.get("amina-diallo").name == "Amina D."  # type: ignore[union-attr]
    reopened, _ = profiles.open(renamed)
    assert reopened.get(PACK, "x").note == "hello"  # renaming keeps the progress
    reopened.close()

    profiles.delete(li)
    assert not li.root.exists()
    assert [p.name for p in profiles.list()] == ["Amina D."]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "Type a name"), ("   ", "Type a name"), ("x" * 61, "too long"), ("bell\x07here", "control characters")],
)
def test_bad_names_are_refused_with_what_to_do(profiles: Profiles, name: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        profiles.create(name)
    assert profiles.list() == []


def test_names_are_unique_whatever_the_case(profiles: Profiles) -> None:
    profiles.create("Amina")[1].close()
    with pytest.raises(ProfileError, match="already a profile called 'AMINA'"):
        profiles.create("AMINA")
    bob, store = profiles.create("Bob")
    store.close()
    with pytest.raises(ProfileError, match="already a profile"):
        profiles.rename(bob, "amina")


def test_choose_the_profile_for_a_command(profiles: Profiles) -> None:
    with pytest.raises(ProfileError, match="no profiles"):
        profiles.choose(None)
    profiles.create("Amina")[1].close()
    assert profiles.choose(None).name == "Amina"  # the only one
    profiles.create("Bob")[1].close()
    with pytest.raises(ProfileError, match="Profiles: Amina, Bob"):
        profiles.choose(None)
    assert profiles.choose(None, last="bob").name == "Bob"
    assert profiles.choose("AMINA").name == "Amina"
    with pytest.raises(ProfileError, match="no profile 'Carol'"):
        profiles.choose("Carol")


def write_progress(profiles: Profiles, note: str) -> None:
    profile = profiles.get("amina")
    assert profile is not None
    store, _ = profiles.open(profile)
    store.set_note(PACK, "lesson", note)
    store.close()


DAMAGE = {
    "truncated": lambda good: good[: len(good) // 2],
    "garbage": lambda good: b"\x00\xff\xfe garbage \x13\x37" * 20,
    "empty": lambda good: b"",
    "wrong schema version": lambda good: good.replace(b'"schema":1', b'"schema":42'),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_kept_and_the_newest_good_backup_restored(profiles: Profiles, damage: str) -> None:
    profiles.create("Amina")[1].close()
    profile = profiles.get("amina")
    assert profile is not None
    write_progress(profiles, "older")
    make_backup(profile.progress_file, "start")
    write_progress(profiles, "newest backed up")
    make_backup(profile.progress_file, "timed")
    # The newest backup itself is damaged: it must be skipped, not used and not deleted.
    broken_backup = profile.backups_dir / "progress-29990101-000000-000000-close.json"
    broken_backup.write_bytes(b"{broken")
    write_progress(profiles, "not backed up")
    damaged_bytes = DAMAGE[damage](profile.progress_file.read_bytes())
    profile.progress_file.write_bytes(damaged_bytes)

    store, recovery = profiles.open(profile)

    assert recovery is not None
    assert store.get(PACK, "lesson").note == "newest backed up"
    assert recovery.damaged.read_bytes() == damaged_bytes  # kept as it was, beside the progress file
    assert recovery.damaged.name == "progress.json.damaged-1"
    assert recovery.restored_from is not None and recovery.restored_from.reason == "timed"
    assert broken_backup.exists()
    message = recovery.message()
    assert str(recovery.damaged) in message and "restored from the backup" in message
    assert "Amina" in message
    store.close()
    reopened, again = profiles.open(profile)  # the restored file is a good file
    assert again is None and reopened.get(PACK, "lesson").note == "newest backed up"


def test_with_no_good_backup_the_profile_starts_empty_and_the_damaged_file_stays(profiles: Profiles) -> None:
    amina, store = profiles.create("Amina")
    store.close()
    amina.progress_file.write_text('{"_meta": "nonsense"}', encoding="utf-8")
    store, recovery = profiles.open(amina)
    assert recovery is not None and recovery.restored_from is None
    assert "No usable backup" in recovery.message()
    assert json.loads(recovery.damaged.read_text(encoding="utf-8")) == {"_meta": "nonsense"}
    assert store.records() == [] and store.profile_name == "Amina"
    assert list_backups(amina.backups_dir) == []
