"""The progress file's TinyDB storage: what is on disk is always a whole file, old or new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tinydb import TinyDB

import handbook.core.storage
from handbook.core.progress.storage import AtomicJSONStorage
from handbook.core.progress.store import ProgressStore

PACK = "learning-circles"


class SimulatedCrash(BaseException):
    """The process dies: no except OSError clean-up runs."""


def test_storage_writes_what_tinydb_holds(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = TinyDB(path, None, storage=AtomicJSONStorage)
    table = db.table("records", cache_size=0)
    for number in range(200):  # more than one cached block
        table.insert({"n": number, "text": "é"})
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    storage.mark_changed("records", 150)
    table.update({"text": "changed"}, doc_ids=[150])
    assert json.loads(path.read_bytes()) == storage.read()
    assert json.loads(path.read_bytes())["records"]["150"] == {"n": 149, "text": "changed"}
    assert not list(tmp_path.glob("*.tmp"))


def test_a_crash_between_temp_write_and_replace_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "progress.json"
    store = ProgressStore.open(path, profile_name="Ana")
    store.set_status(PACK, "intro/welcome", "done")
    before = path.read_bytes()

    def crash(source: object, target: object) -> None:
        raise SimulatedCrash

    monkeypatch.setattr(handbook.core.storage, "replace_file", crash)
    with pytest.raises(SimulatedCrash):
        store.set_note(PACK, "intro/welcome", "written but never renamed")
    assert path.read_bytes() == before
    assert list(tmp_path.glob(".progress.json.*.tmp"))  # the cut-off write's temp file
    monkeypatch.undo()

    again = ProgressStore.open(path)
    assert again.get(PACK, "intro/welcome").status == "done"
    assert again.get(PACK, "intro/welcome").note == ""
    assert not list(tmp_path.glob("*.tmp"))  # removed at open


def test_many_changes_read_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    store = ProgressStore.open(path, profile_name="Ana")
    with store.batch():
        for number in range(150):
            store.mark_opened(PACK, f"m/lesson-{number}")
    for number in range(0, 150, 7):
        store.set_tick(PACK, f"m/lesson-{number}", 1, True)
        store.set_note(PACK, f"m/lesson-{number}", f"note {number}")
    store.set_last_page(PACK, "course/m/lesson-3.md", lesson=True)
    again = ProgressStore.open(path, read_only=True)
    assert [r.to_json() for r in again.records()] == [r.to_json() for r in store.records()]
    assert again.last_lesson(PACK) == "course/m/lesson-3.md"
    assert again.profile_name == "Ana"
