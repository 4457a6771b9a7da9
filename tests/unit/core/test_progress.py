"""The progress store: what a facilitator does is kept, written atomically, and survives a failed write."""

from __future__ import annotations

import errno
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from handbook.core.errors import HandbookError
from handbook.core.progress import file as progress_file
from handbook.core.progress import store as progress_module
from handbook.core.progress.record import DONE, IN_PROGRESS, NOT_STARTED, ItemProgress
from handbook.core.progress.store import ProgressFileError, ProgressStore
from handbook.core.storage import StorageError

PACK = "learning-circles"
LESSON = "what-is-a-learning-circle/a-study-group-in-the-library"


def reopen(store: ProgressStore) -> ProgressStore:
    store.close()
    return ProgressStore.open(store.path)


def test_a_new_store_is_a_file_with_a_schema_and_the_profile_name(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p" / "progress.json", profile_name="Amina")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["_meta"]["1"]["schema"] == progress_module.SCHEMA_VERSION
    assert data["_meta"]["1"]["profile"] == "Amina"
    assert reopen(store).profile_name == "Amina"


def test_everything_kept_for_a_lesson_survives_reopening(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    assert store.get(PACK, LESSON).status == NOT_STARTED
    store.mark_opened(PACK, LESSON)
    store.add_time(PACK, LESSON, 90)
    store.add_time(PACK, LESSON, 30)
    store.set_scroll(PACK, LESSON, 420)
    store.set_tick(PACK, LESSON, 1, True)
    store.set_answer(PACK, LESSON, 0, 2)
    store.set_note(PACK, LESSON, "Ask three before me.\nTry it in week 2.")
    store.set_last_page(PACK, "course/01-x/01-y.md")
    again = reopen(store)
    record = again.get(PACK, LESSON)
    assert record.status == IN_PROGRESS
    assert record.seconds == 120
    assert record.scroll == 420
    assert dict(record.ticks) == {1: True}
    assert dict(record.answers) == {0: 2}
    assert record.note == "Ask three before me.\nTry it in week 2."
    assert record.updated
    assert again.last_page(PACK) == "course/01-x/01-y.md"
    again.set_status(PACK, LESSON, DONE)
    again.mark_opened(PACK, LESSON)  # opening a done lesson again keeps it done
    assert reopen(again).get(PACK, LESSON).status == DONE


def test_a_change_that_changes_nothing_does_not_write(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json")
    store.set_note(PACK, LESSON, "same")
    revision, mtime = store.revision, store.path.stat().st_mtime_ns
    store.set_note(PACK, LESSON, "same")
    store.set_scroll(PACK, LESSON, 0)
    store.set_last_page(PACK, "")
    store.set_last_page(PACK, "")
    assert store.revision == revision
    assert store.path.stat().st_mtime_ns >= mtime


def test_the_file_always_matches_memory_after_many_changes(tmp_path: Path) -> None:
    """The storage re-encodes only changed records; the file must still be exactly the data."""
    store = ProgressStore.open(tmp_path / "progress.json")
    rng = random.Random(7)
    for step in range(300):
        item = f"m{rng.randrange(4)}/l{rng.randrange(40)}"
        action = rng.randrange(5)
        if action == 0:
            store.set_note(PACK, item, f"note {step}")
        elif action == 1:
            store.set_tick(PACK, item, rng.randrange(5), rng.random() < 0.5)
        elif action == 2:
            store.add_time(PACK, item, rng.randrange(1, 60))
        elif action == 3:
            store.set_answer(PACK, item, rng.randrange(3), rng.randrange(4))
        else:
            store.mark_opened(PACK, item)
    on_disk = json.loads(store.path.read_text(encoding="utf-8"))
    assert on_disk == store._storage.read()
    assert {r.key: r for r in reopen(store).records()} == {r.key: r for r in store.records()}


def test_notes_listener_hears_saved_notes(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json")
    heard: list[tuple[str, str, str]] = []
    store.add_note_listener(lambda *args: heard.append(args))
    store.set_note(PACK, LESSON, "first")
    store.set_note(PACK, LESSON, "first")  # unchanged: nothing to index
    store.set_note(PACK, LESSON, "")
    assert heard == [(PACK, LESSON, "first"), (PACK, LESSON, "")]


def test_a_note_too_long_is_refused_with_a_reason(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json")
    with pytest.raises(HandbookError, match="longer than"):
        store.set_note(PACK, LESSON, "x" * (progress_module.MAX_NOTE_LENGTH + 1))


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_full_disk_is_a_clear_error_and_the_saved_progress_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    store.set_note(PACK, LESSON, "kept safe")
    before = store.path.read_bytes()

    def no_space(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, no_space)
    with pytest.raises(StorageError) as caught:
        store.set_tick(PACK, LESSON, 0, True)
    message = str(caught.value)
    assert str(store.path) in message
    assert "No space left on device" in message
    assert "previous version is unchanged" in message
    assert store.path.read_bytes() == before
    assert store.unsaved
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]  # no temp file left behind
    monkeypatch.undo()
    # What was done while the disk was full is still in memory and goes out with the next write.
    store.set_note(PACK, LESSON, "after")
    again = reopen(store).get(PACK, LESSON)
    assert (dict(again.ticks), again.note) == ({0: True}, "after")
    assert not store.unsaved


def test_a_migration_updates_an_older_file_and_saves_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    store.set_note(PACK, LESSON, "old")
    store.close()

    def to_v2(data: dict[str, Any]) -> dict[str, Any]:
        for record in data["records"].values():
            record["note"] = record["note"].upper()
        return data

    monkeypatch.setattr(progress_file, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(progress_file.MIGRATIONS, 1, to_v2)
    migrated = ProgressStore.open(tmp_path / "progress.json")
    assert migrated.get(PACK, LESSON).note == "OLD"
    assert json.loads(migrated.path.read_text(encoding="utf-8"))["_meta"]["1"]["schema"] == 2


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b'{"_meta": {"1": {"schema": 1', "not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage", "not UTF-8"),
        (b'{"_meta": {"1": {"schema": 99}}, "records": {}}', "newer version"),
        (b'{"_meta": {"1": {"schema": "one"}}, "records": {}}', "schema version"),
        (b'{"records": {}}', "no schema version"),
        (b"[1, 2, 3]", "does not hold progress"),
        (b'{"_meta": {"1": {"schema": 1}}, "records": [1]}', "records are not a table"),
        (
            b'{"_meta": {"1": {"schema": 1}}, "records": {"1": {"pack": "p", "item": "i", "seconds": NaN, '
            b'"updated": "2026-01-01T00:00:00+00:00"}}}',
            "NaN",
        ),
    ],
)
def test_a_file_that_cannot_be_used_is_refused_with_the_reason(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "progress.json"
    path.write_bytes(content)
    with pytest.raises(ProgressFileError) as caught:
        ProgressStore.open(path)
    assert problem in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == content  # opening never changes a file it cannot read


def test_merge_keeps_the_newer_record_per_item_in_one_write(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json")
    store.set_note(PACK, "a", "ours, older")
    store.set_note(PACK, "b", "ours, newer")
    store.set_note(PACK, "c", "same")
    ours = {record.item_id: record for record in store.records()}
    heard: list[str] = []
    store.add_note_listener(lambda pack, item, text: heard.append(item))
    incoming = [
        ItemProgress(PACK, "a", status=DONE, note="theirs, newer", updated="2999-01-01T00:00:00.000000+00:00"),
        ItemProgress(PACK, "b", note="theirs, older", updated="2000-01-01T00:00:00.000000+00:00"),
        ItemProgress(PACK, "c", note="same", updated="2999-01-01T00:00:00.000000+00:00"),
        ItemProgress(PACK, "d", note="new here", updated="2000-01-01T00:00:00.000000+00:00"),
    ]
    revision = store.revision
    report = store.merge(incoming)
    assert [r.item_id for r in report.added] == ["d"]
    assert [r.item_id for r in report.updated] == ["a"]
    assert [r.item_id for r in report.kept_newer] == ["b"]
    assert report.unchanged == 1
    assert store.revision == revision + 2
    again = reopen(store)
    assert again.get(PACK, "a").note == "theirs, newer" and again.get(PACK, "a").status == DONE
    assert again.get(PACK, "b") == ours["b"]
    assert again.get(PACK, "d").note == "new here"
    assert sorted(heard) == ["a", "d"]


def test_a_read_only_store_refuses_to_write(tmp_path: Path) -> None:
    ProgressStore.open(tmp_path / "progress.json", profile_name="Amina").close()
    before = (tmp_path / "progress.json").read_bytes()
    reader = ProgressStore.open(tmp_path / "progress.json", read_only=True)
    assert reader.profile_name == "Amina"
    with pytest.raises(HandbookError, match="only to read"):
        reader.set_note(PACK, LESSON, "x")
    assert (tmp_path / "progress.json").read_bytes() == before
    assert reader.get(PACK, LESSON).note == ""


def test_temp_files_of_a_write_cut_short_are_cleaned_up_on_open(tmp_path: Path) -> None:
    ProgressStore.open(tmp_path / "progress.json").close()
    (tmp_path / ".progress.json.abc123.tmp").write_bytes(b'{"half')
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    ProgressStore.open(tmp_path / "progress.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "progress.json"]
