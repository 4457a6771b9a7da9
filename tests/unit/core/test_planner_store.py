"""The planner's saved state: edits survive a restart, reset forgets them, damage is moved aside."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from handbook.core.circle import CircleDetails, CircleError
from handbook.core.content import AgendaItem
from handbook.core.planner_store import PlannerStore, default_planner_path
from handbook.core.plans import MeetingEdit


def test_details_and_edits_survive_a_restart(tmp_path: Path) -> None:
    path = default_planner_path(tmp_path)
    assert path == tmp_path / "profiles" / "default" / "planner.json"
    store = PlannerStore(path)
    assert store.details is None and store.edits == {}
    details = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 8, 120)
    store.set_details(details)
    agenda = (AgendaItem("Check-in", 15, "recap-round", "Bring the sheet"), AgendaItem("Coursework", 105))
    store.set_agenda(3, agenda, "sharing")
    store.set_template(4, "short-meeting")

    again = PlannerStore(path)
    assert again.details == details.validate()
    assert again.details is not None and again.details.weekday == "Tuesday"
    assert again.edit_for(3) == MeetingEdit("sharing", agenda)
    assert again.edit_for(4) == MeetingEdit("short-meeting", None)
    assert again.edit_for(5) == MeetingEdit()

    again.reset(3)
    assert PlannerStore(path).edit_for(3) == MeetingEdit()


def test_impossible_details_are_not_saved(tmp_path: Path) -> None:
    store = PlannerStore(tmp_path / "planner.json")
    with pytest.raises(CircleError):
        store.set_details(CircleDetails(first_meeting=dt.date(2027, 3, 2), meetings=0))
    assert not (tmp_path / "planner.json").exists()


@pytest.mark.parametrize(
    "text",
    ["{not json", "[1, 2]", json.dumps({"meetings": {"x": {}}}), json.dumps({"meetings": {"1": {"agenda": [{"title": 3}]}}})],
)
def test_a_damaged_file_is_moved_aside_not_lost(tmp_path: Path, text: str) -> None:
    path = tmp_path / "planner.json"
    path.write_text(text, encoding="utf-8")
    store = PlannerStore(path)
    assert store.details is None and store.edits == {}
    assert store.moved_aside is not None and store.moved_aside.read_text(encoding="utf-8") == text
    assert not path.exists()
