"""One set of rules for a progress record: the writer refuses at the door what the reader would refuse later."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.progress.record import (
    DONE,
    MAX_ID_LENGTH,
    MAX_INDEX,
    RecordRefusedError,
    _parse_checked,
    _parse_usual,
    parse_record,
)
from handbook.core.progress.store import ProgressStore
from handbook.core.progress.transfer import ProgressImportError, import_progress

PACK = "learning-circles"
LESSON = "start/welcome"


def reads_back(store: ProgressStore) -> ProgressStore:
    store.close()
    return ProgressStore.open(store.path)


def test_an_import_with_a_lone_surrogate_is_refused_and_later_saves_work(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    store.set_status(PACK, LESSON, DONE)
    before = store.path.read_bytes()
    export = tmp_path / "export.json"
    record = {"pack": PACK, "item": "other", "status": "done", "note": "\ud800", "updated": "2026-01-01T00:00:00+00:00"}
    export.write_text(
        json.dumps({"format": "handbook-progress", "format_version": 1, "records": [record]}), encoding="utf-8"
    )
    with pytest.raises(ProgressImportError, match=r"record 1: 'note' holds a character that is not text"):
        import_progress(store, export)
    assert store.path.read_bytes() == before
    store.set_note(PACK, LESSON, "still saving")
    assert reads_back(store).get(PACK, LESSON).note == "still saving"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda s: s.set_answer(PACK, LESSON, 0, MAX_INDEX + 1), "'answers' has a value of the wrong kind"),
        (lambda s: s.set_answer(PACK, LESSON, MAX_INDEX + 1, 0), "'answers' has a key that is not a number"),
        (lambda s: s.set_answer(PACK, LESSON, -1, 0), "'answers' has a key that is not a number"),
        (lambda s: s.set_tick(PACK, LESSON, 10**7, True), "'ticks' has a key that is not a number"),
        (lambda s: s.set_note(PACK, LESSON, "half a character \udc80"), "'note' holds a character that is not text"),
        (lambda s: s.set_status(PACK, "x" * (MAX_ID_LENGTH + 1), DONE), "'item' is longer than"),
        (lambda s: s.set_status(PACK, "line\nbreak", DONE), "'item' contains control characters"),
        (lambda s: s.set_status("", LESSON, DONE), "'pack' is empty"),
    ],
)
def test_the_writer_refuses_what_the_reader_would_refuse(
    tmp_path: Path, change: Callable[[ProgressStore], object], problem: str
) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    store.set_answer(PACK, LESSON, 0, 1)
    before = store.path.read_bytes()
    with pytest.raises(RecordRefusedError, match=problem) as caught:
        change(store)
    assert "was not saved" in caught.value.message
    assert store.path.read_bytes() == before and not store.unsaved
    assert store.get(PACK, LESSON).answers == {0: 1}  # memory holds only what was saved
    store.set_status(PACK, LESSON, DONE)
    again = reads_back(store)
    assert again.get(PACK, LESSON).status == DONE and again.get(PACK, LESSON).answers == {0: 1}


def test_many_marks_are_refused_at_the_limit_the_reader_has(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    ticks = {index: True for index in range(5_000)}
    store._change(PACK, LESSON, ticks=ticks)
    with pytest.raises(RecordRefusedError, match="more than 5000 entries"):
        store.set_tick(PACK, LESSON, 5_000, True)
    assert len(reads_back(store).get(PACK, LESSON).ticks) == 5_000


def test_a_page_path_that_cannot_be_saved_is_not_remembered(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")
    store.set_last_page(PACK, "course/\udcff.md", lesson=True)
    store.set_status(PACK, LESSON, DONE)
    again = reads_back(store)
    assert again.last_page(PACK) == "" and again.get(PACK, LESSON).status == DONE


# Near-valid records: each field is usually as the app writes it, sometimes not.
_ids = st.sampled_from(["learning-circles", "start/welcome", " ", "", "caf\u00e9", "a\x01b", "\ud800", "x" * 301])
_texts = st.sampled_from(["", "A note.", "caf\u00e9 \ud83d\ude00", "\ud800", "tab\there", "n" * 200_001])
_times = st.sampled_from(
    ["2026-01-01T00:00:00.000000+00:00", "2026-01-01T00:00:00+00:00", "2026-13-01T00:00:00.000000+00:00", "", 5]
)
_numbers = st.sampled_from([0, 7, -1, 10**10, True, 1.5, "3"])
_marks = st.dictionaries(
    st.sampled_from(["0", "1", "12", "007", "x", "-1", "100001", "\u0661", ""]),
    st.sampled_from([True, False, 0, 1, 3, -1, 100_001, None]),
    max_size=4,
) | st.sampled_from([None, {}, [], 0, "x"])
_fields = {
    "pack": _ids,
    "item": _ids,
    "status": st.sampled_from(["done", "in-progress", "not-started", "finished", None]),
    "seconds": _numbers,
    "scroll": _numbers,
    "ticks": _marks,
    "answers": _marks,
    "note": _texts | _numbers,
    "updated": _times,
}
_records = st.fixed_dictionaries({}, optional=_fields)


@settings(max_examples=300, deadline=None)
@given(raw=_records)
def test_the_quick_check_of_usual_records_agrees_with_the_field_by_field_check(raw: dict[str, object]) -> None:
    """Start-up checks every record the quick way; it must accept exactly what the careful way accepts."""
    try:
        expected = _parse_checked(raw)
    except ValueError:
        assert _parse_usual(raw) is None
    else:
        assert _parse_usual(raw) in (None, expected)
        assert parse_record(raw) == expected
