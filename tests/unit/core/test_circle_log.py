"""The circle log: meetings recorded and updated field by field, kept safely, and what it adds up to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.core.circle.log import MAX_NOTE, CircleLog, CircleLogError, Goal, MeetingLog
from handbook.core.circle.store import CircleLogStore, default_circle_log_path, log_from_file, log_to_file
from handbook.core.circle.summary import (
    attendance_by_learner,
    certificate_learners,
    meetings_needed,
    summarise,
)


def store_at(tmp_path: Path, meetings: int | None = 6) -> CircleLogStore:
    return CircleLogStore(default_circle_log_path(tmp_path, "ana"), meetings)


def test_the_log_lives_next_to_the_planner(tmp_path: Path) -> None:
    assert default_circle_log_path(tmp_path, "ana") == tmp_path / "profiles" / "ana" / "circle-log.json"


def test_a_meeting_is_recorded_then_updated_field_by_field_and_read_back(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.log_meeting(1, attended=9, rating=4, plus="Good talk")
    store.log_meeting(1, delta="Too hot")  # only the field given changes
    again = store_at(tmp_path)
    assert again.meeting(1) == MeetingLog(1, 9, (), 4, "Good talk", "Too hot", "")
    assert again.meeting(2) is None


def test_names_ticked_give_the_count_and_join_the_learners(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.set_learners(["Ana", "Ben"])
    meeting = store.log_meeting(2, present=["Ben", " Chen  Li "])
    assert meeting.count == 2 and meeting.attended == 2
    assert store.log.learners == ("Ana", "Ben", "Chen Li")
    counted = store.log_meeting(2, attended=5)  # a count typed later replaces the names
    assert counted.present == () and counted.count == 5


@pytest.mark.parametrize(
    ("week", "fields", "words"),
    [
        (7, {"attended": 3}, "no week 7"),
        (0, {"attended": 3}, "no week 0"),
        (1, {"rating": 6}, "from 1 to 5"),
        (1, {"rating": 0}, "from 1 to 5"),
        (1, {"attended": -1}, "from 0 to"),
        (1, {"plus": "x" * (MAX_NOTE + 1)}, "at most"),
        (1, {"present": ["Ana", "ana"]}, "twice"),
        (1, {"present": [""]}, "cannot be empty"),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(tmp_path: Path, week: int, fields: dict, words: str) -> None:
    store = store_at(tmp_path)
    store.log_meeting(1, attended=4, rating=3)
    before = store.path.read_bytes()
    with pytest.raises(CircleLogError, match=words):
        store.log_meeting(week, **fields)
    assert store.path.read_bytes() == before
    assert store.meeting(1) == MeetingLog(1, 4, (), 3)


def test_a_shorter_circle_keeps_what_was_logged_beyond_its_end(tmp_path: Path) -> None:
    store_at(tmp_path, 8).log_meeting(8, attended=5)
    shorter = store_at(tmp_path, 6)
    assert shorter.meeting(8) is not None
    shorter.log_meeting(6, attended=4)  # other changes still work
    with pytest.raises(CircleLogError):
        shorter.log_meeting(7, attended=4)


def test_goals_and_reflection_are_kept(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.set_goal("Ana", "Write a CV")
    store.set_goal("ana", "Write a CV and a letter", "met")  # the same learner: replaced
    store.set_goal("Ben", "Learn loops", "partly")
    store.set_reflection("A warm group.")
    log = store_at(tmp_path).log
    assert log.goals == (Goal("ana", "Write a CV and a letter", "met"), Goal("Ben", "Learn loops", "partly"))
    assert log.reflection == "A warm group."
    with pytest.raises(CircleLogError, match="status"):
        store.set_goal("Ben", "x", "done")


def test_a_damaged_file_is_moved_aside_and_the_log_starts_empty(tmp_path: Path) -> None:
    path = default_circle_log_path(tmp_path, "ana")
    path.parent.mkdir(parents=True)
    path.write_text('{"format": 1, "meetings": [{"week": "one"}]}', encoding="utf-8")
    store = CircleLogStore(path, 6)
    assert store.log == CircleLog()
    assert store.moved_aside is not None and store.moved_aside.exists()
    assert "one" in store.moved_aside.read_text(encoding="utf-8")


def test_a_newer_file_is_left_alone_and_refused(tmp_path: Path) -> None:
    path = default_circle_log_path(tmp_path, "ana")
    path.parent.mkdir(parents=True)
    path.write_text('{"format": 2, "meetings": [], "new": true}', encoding="utf-8")
    store = CircleLogStore(path, 6)
    assert store.refused and "newer version" in store.refused
    with pytest.raises(CircleLogError, match="newer version"):
        store.log_meeting(1, attended=3)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 2
    with pytest.raises(CircleLogError, match="newer version"):
        log_from_file({"format": 2}, "x.json")


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"format": 1, "learners": "Ana"},
        {"format": 1, "learners": ["Ana"] * 101},
        {"format": 1, "meetings": [{"week": 1}, {"week": 1}]},
        {"format": 1, "meetings": [{"week": 1, "rating": True}]},
        {"format": 1, "meetings": [{"week": 1, "surprise": 1}]},
        {"format": 1, "goals": [{"learner": "A", "text": "t", "status": "open"}] * 2},
        {"format": 1, "reflection": ["deep"]},
        {"format": "1"},
    ],
)
def test_the_reader_is_strict(data: object) -> None:
    with pytest.raises(CircleLogError, match=r"x\.json"):
        log_from_file(data, "x.json")


def test_the_file_round_trips(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.log_meeting(1, present=["Ana", "Ben"], rating=5, note="First")
    store.set_goal("Ana", "CV", "met")
    assert log_from_file(log_to_file(store.log)) == store.log


def test_the_summary_adds_up_attendance_ratings_and_goals(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    store.log_meeting(3, attended=6, rating=3)
    store.log_meeting(1, attended=10, rating=5)
    store.log_meeting(2, note="no count")
    store.set_goal("Ana", "CV", "met")
    store.set_goal("Ben", "Loops", "not-met")
    summary = summarise(store.log, 6)
    assert summary.meetings_held == 3 and summary.meetings_planned == 6
    assert summary.attendance == ((1, 10), (2, None), (3, 6))
    assert (summary.first_attendance, summary.last_attendance) == (10, 6)
    assert summary.average_rating == 4.0 and summary.ratings == 2
    assert summary.goals_met == 1 and summary.goals_set == 2 and summary.goals["not-met"] == 1


def test_certificates_go_to_who_came_to_five_of_six(tmp_path: Path) -> None:
    assert [meetings_needed(n) for n in (6, 8, 4, 1)] == [5, 7, 4, 1]
    store = store_at(tmp_path)
    store.set_learners(["Ana", "Ben", "Chen"])
    for week in range(1, 7):
        store.log_meeting(week, present=["Ana", "Ben"] if week != 3 else ["Ana", "Chen"])
    assert attendance_by_learner(store.log) == {"Ana": 6, "Ben": 5, "Chen": 1}
    assert certificate_learners(store.log, 6) == ["Ana", "Ben"]
    counted = CircleLog(meetings={1: MeetingLog(1, attended=8)})
    assert certificate_learners(counted, 1) == []
