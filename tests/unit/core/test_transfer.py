"""Moving progress between computers: export, import with a merge and a report, hostile files refused, CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.progress import transfer
from handbook.core.progress.backup import list_backups
from handbook.core.progress.record import DONE
from handbook.core.progress.store import ProgressStore
from handbook.core.progress.transfer import (
    ProgressImportError,
    describe_merge,
    export_progress,
    import_progress,
    progress_csv,
    read_export,
)

PACK = "mini-pack"
WELCOME = "start/welcome"
QUIZ = "next/renamed-quiz"


def store_at(folder: Path, name: str = "Amina") -> ProgressStore:
    return ProgressStore.open(folder / "progress.json", profile_name=name)


def test_export_then_import_on_another_computer_merges_and_reports(tmp_path: Path, mini_pack: Path) -> None:
    library = store_at(tmp_path / "library")
    library.set_status(PACK, WELCOME, DONE)
    library.set_note(PACK, WELCOME, "Noted at the library")
    library.set_answer(PACK, QUIZ, 0, 1)
    home = store_at(tmp_path / "home")
    home.set_note(PACK, "start/checklist", "Only at home")
    home.set_answer(PACK, QUIZ, 0, 0)  # newer than the library's answer
    file = tmp_path / "amina.json"
    assert export_progress(library, file) == 2

    report = import_progress(home, file)

    assert [r.item_id for r in report.added] == [WELCOME]
    assert [r.item_id for r in report.kept_newer] == [QUIZ]
    assert home.get(PACK, WELCOME).note == "Noted at the library"
    assert home.get(PACK, "start/checklist").note == "Only at home"
    assert dict(home.get(PACK, QUIZ).answers) == {0: 0}
    assert [b.reason for b in list_backups(home.path.parent / "backups")] == ["before-import"]
    lines = describe_merge(report, load_pack(mini_pack))
    assert lines[0].startswith("1 new, 0 updated, 1 kept")
    assert "New: Welcome (done)" in lines
    assert "Kept (newer here): Self-check (not started)" in lines
    # Importing the same file again changes nothing: no write, and no second backup.
    written = home.path.read_bytes()
    again = import_progress(home, file)
    assert not again.changed
    assert home.path.read_bytes() == written
    assert [b.reason for b in list_backups(home.path.parent / "backups")] == ["before-import"]


def valid_export() -> dict[str, Any]:
    return {
        "format": "handbook-progress",
        "format_version": 1,
        "profile": "Amina",
        "records": [{"pack": PACK, "item": WELCOME, "status": "done", "updated": "2027-01-01T10:00:00+00:00"}],
    }


def variant(**changes: Any) -> dict[str, Any]:
    data = valid_export()
    data.update(changes)
    return data


def record(**changes: Any) -> dict[str, Any]:
    data = dict(valid_export()["records"][0])
    data.update(changes)
    return variant(records=[data])


HOSTILE: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "the file is empty"),
    "a zip": (b"PK\x03\x04\x14\x00\x08\x00\x08\x00\xa5\x8b", "not UTF-8"),
    "not json": (b"name,status\nAmina,done\n", "not valid JSON"),
    "truncated": (json.dumps(valid_export()).encode()[:-10], "not valid JSON"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "NaN": (b'{"format": "handbook-progress", "format_version": 1, "records": [], "x": NaN}', "NaN is not allowed"),
    "another format": (json.dumps({"format": "anki"}).encode(), "not a Handbook progress export"),
    "a list": (b"[]", "not a Handbook progress export"),
    "newer version": (json.dumps(variant(format_version=9)).encode(), "newer version of Handbook"),
    "bool version": (json.dumps(variant(format_version=True)).encode(), "no valid format version"),
    "records not a list": (json.dumps(variant(records={"a": 1})).encode(), "no list of records"),
    "record not a table": (json.dumps(variant(records=["x"])).encode(), "record 1: a record must be a table"),
    "bad status": (json.dumps(record(status="hacked")).encode(), "record 1: 'status' must be one of"),
    "negative time": (json.dumps(record(seconds=-5)).encode(), "'seconds' must be a whole number"),
    "huge time": (json.dumps(record(seconds=10**20)).encode(), "'seconds' must be a whole number"),
    "bool as number": (json.dumps(record(scroll=True)).encode(), "'scroll' must be a whole number"),
    "float time": (json.dumps(record(seconds=1.5)).encode(), "'seconds' must be a whole number"),
    "tick key": (json.dumps(record(ticks={"../x": True})).encode(), "'ticks' has a key that is not a number"),
    "tick value": (json.dumps(record(ticks={"1": "yes"})).encode(), "'ticks' has a value of the wrong kind"),
    "answer value": (json.dumps(record(answers={"0": -1})).encode(), "'answers' has a value of the wrong kind"),
    "control chars": (json.dumps(record(item="a\x1b[31mred")).encode(), "'item' contains control characters"),
    "empty pack": (json.dumps(record(pack="")).encode(), "'pack' is empty"),
    "long note": (json.dumps(record(note="x" * 300_000)).encode(), "'note' is longer than"),
    "bad time": (json.dumps(record(updated="yesterday")).encode(), "'updated' is not a date and time"),
    "naive time": (json.dumps(record(updated="2027-01-01T10:00:00")).encode(), "'updated' is not a date"),
    "duplicate": (
        json.dumps(variant(records=valid_export()["records"] * 2)).encode(),
        "record 2: a second record for 'start/welcome'",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_malformed_or_hostile_file_is_refused_and_nothing_changes(tmp_path: Path, case: str) -> None:
    content, reason = HOSTILE[case]
    store = store_at(tmp_path / "amina")
    store.set_note(PACK, WELCOME, "mine")
    before = store.path.read_bytes()
    file = tmp_path / "import.json"
    file.write_bytes(content)
    with pytest.raises(ProgressImportError) as caught:
        import_progress(store, file)
    message = str(caught.value)
    assert message.startswith(f"{file}: ") and reason in message and "Nothing was imported" in message
    assert store.path.read_bytes() == before
    assert store.get(PACK, WELCOME).note == "mine"
    assert not (store.path.parent / "backups").exists()


def test_too_big_missing_and_folder_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "big.json"
    file.write_text(json.dumps(valid_export()), encoding="utf-8")
    monkeypatch.setattr(transfer, "MAX_EXPORT_BYTES", 100)
    with pytest.raises(ProgressImportError, match="too big"):
        read_export(file)
    with pytest.raises(ProgressImportError, match="no such file"):
        read_export(tmp_path / "missing.json")
    with pytest.raises(ProgressImportError, match="a folder"):
        read_export(tmp_path)


def test_csv_summary_for_a_trainer(tmp_path: Path, mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    amina = store_at(tmp_path / "a")
    amina.set_status(PACK, WELCOME, DONE)
    amina.add_time(PACK, WELCOME, 330)
    amina.set_answer(PACK, QUIZ, 0, 1)
    amina.set_note(PACK, WELCOME, "=HYPERLINK(bad)")
    rows = list(csv.reader(io.StringIO(progress_csv(pack, [("=cmd|calc", amina.records()), ("Bob", [])]))))
    assert rows[0][:6] == ["profile", "module", "lesson", "lesson id", "kind", "status"]
    assert len(rows) == 1 + 2 * 3  # a row per profile and lesson
    welcome = rows[1]
    assert welcome[0] == "'=cmd|calc"  # a spreadsheet will not run a typed name as a formula
    assert welcome[1:7] == ["1. Starting out", "Welcome", WELCOME, "read", "done", "5"]
    assert welcome[10] == "yes"
    quiz = rows[3]
    assert quiz[2] == "Self-check" and quiz[7:10] == ["1", "1", "yes"]
    assert rows[4][0] == "Bob" and rows[4][5] == "not-started"
