"""The planner's saved state: edits survive a restart, reset forgets them, older files are converted,
damage is moved aside."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import AgendaItem, Pack
from handbook.core.planning.agenda import set_title
from handbook.core.planning.circle import CircleDetails, CircleError
from handbook.core.planning.plans import LAST, EditKey, MeetingEdit, build_meetings, unplaced_edits
from handbook.core.planning.store import PlannerStore, default_planner_path
from handbook.core.resources import bundled_pack_dir

WEEK3 = EditKey("3", "critique-and-feedback")
WEEK4 = EditKey("4", "sharing")


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


def circle(meetings: int) -> CircleDetails:
    return CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), meetings, 90).validate()


def test_details_and_edits_survive_a_restart(tmp_path: Path) -> None:
    path = default_planner_path(tmp_path)
    assert path == tmp_path / "profiles" / "guest" / "planner.json"
    store = PlannerStore(path)
    assert store.details is None and store.edits == {}
    details = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 8, 120)
    store.set_details(details)
    agenda = (AgendaItem("Check-in", 15, "recap-round", "Bring the sheet"), AgendaItem("Coursework", 105))
    store.set_agenda(WEEK3, agenda, "sharing")
    store.set_template(WEEK4, "short-meeting")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == 2
    assert saved["meetings"][0] == {"meeting": "3", "made_on": "critique-and-feedback", "template": "sharing",
                                    "agenda": [{"title": "Check-in", "minutes": 15, "activity": "recap-round",
                                                "notes": "Bring the sheet"},
                                               {"title": "Coursework", "minutes": 105, "activity": None, "notes": ""}]}  # fmt: skip

    again = PlannerStore(path)
    assert again.details == details.validate()
    assert again.details is not None and again.details.weekday == "Tuesday"
    assert again.edit_for(WEEK3) == MeetingEdit("sharing", agenda)
    assert again.edit_for(WEEK4) == MeetingEdit("short-meeting", None)
    assert again.edit_for(EditKey("5", "failing-is-learning")) == MeetingEdit()
    assert not again.migrated

    again.reset(WEEK3)
    assert PlannerStore(path).edit_for(WEEK3) == MeetingEdit()
    again.discard([WEEK4, EditKey(LAST, "wrapping-up")])
    assert PlannerStore(path).edits == {}
    again.restore({WEEK4: MeetingEdit("short-meeting", None)})
    assert PlannerStore(path).edit_for(WEEK4) == MeetingEdit("short-meeting", None)


def write_format_1(path: Path, meetings: int, edits: dict[str, Any]) -> None:
    """A planner file as versions before format 2 wrote it: edits under week numbers, the template pinned."""
    data = {"format": 1, "circle": circle(meetings).to_dict(), "meetings": edits}
    path.write_text(json.dumps(data), encoding="utf-8")


def cake() -> list[dict[str, Any]]:
    wrap_up = next(plan for plan in bundled().plans if plan.id == "wrapping-up")
    edited = set_title(wrap_up.agenda, 0, "Check-in with cake")
    return [{"title": i.title, "minutes": i.minutes, "activity": i.activity, "notes": i.notes} for i in edited]


def test_a_file_of_an_earlier_version_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "planner.json"
    old = {
        "8": {"template": "wrapping-up", "agenda": cake()},  # the last of 8 meetings
        "3": {"template": "critique-and-feedback", "agenda": [{"title": "Coursework", "minutes": 90}]},
        "4": {"template": "short-meeting", "agenda": None},  # a template the user chose
    }
    write_format_1(path, 8, old)
    store = PlannerStore(path, bundled())
    assert store.migrated and store.moved_aside is None
    assert store.edits == {
        EditKey(LAST, "wrapping-up"): MeetingEdit(None, store.edits[EditKey(LAST, "wrapping-up")].agenda),
        WEEK3: MeetingEdit(None, (AgendaItem("Coursework", 90),)),
        WEEK4: MeetingEdit("short-meeting", None),
    }
    ten = build_meetings(bundled(), circle(10), store.edits)
    assert ten[9].agenda[0].title == "Check-in with cake" and not ten[7].edited
    assert ten[2].agenda == (AgendaItem("Coursework", 90),) and ten[3].template.id == "short-meeting"
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1  # unchanged until something changes
    store.set_details(circle(10))
    assert PlannerStore(path, bundled()).edits == store.edits

    write_format_1(path, 8, old)
    plain = PlannerStore(path)  # no pack: by week alone, the last week following the end
    assert set(plain.edits) == {EditKey(LAST, None), EditKey("3", None), EditKey("4", None)}
    six = build_meetings(bundled(), circle(6), plain.edits)
    assert six[5].agenda[0].title == "Check-in with cake" and six[3].template.id == "short-meeting"
    plain.set_agenda(six[2].key, (AgendaItem("Coursework", 85), AgendaItem("Plus/Delta", 5)))
    assert EditKey("3", None) not in plain.edits and WEEK3 in plain.edits  # converted when edited


@pytest.mark.parametrize("meetings", [10, 6])
def test_a_wrap_up_an_earlier_version_left_behind_goes_back_to_the_last_meeting(tmp_path: Path, meetings: int) -> None:
    """Earlier versions kept the wrap-up's edits on week 8 when a circle of 8 got 10 meetings (or 6)."""
    path = tmp_path / "planner.json"
    write_format_1(path, meetings, {"8": {"template": "wrapping-up", "agenda": cake()}})
    store = PlannerStore(path, bundled())
    built = build_meetings(bundled(), circle(meetings), store.edits)
    assert [m.title for m in built].count("Wrapping up") == 1
    assert built[-1].agenda[0].title == "Check-in with cake"
    assert unplaced_edits(bundled(), circle(meetings), store.edits) == []


def test_impossible_details_are_not_saved(tmp_path: Path) -> None:
    store = PlannerStore(tmp_path / "planner.json")
    with pytest.raises(CircleError):
        store.set_details(CircleDetails(first_meeting=dt.date(2027, 3, 2), meetings=0))
    assert not (tmp_path / "planner.json").exists()


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[1, 2]",
        json.dumps({"meetings": {"x": {}}}),
        json.dumps({"meetings": {"1": {"agenda": [{"title": 3}]}}}),
        json.dumps({"format": 2, "meetings": [{"meeting": "first", "agenda": None}]}),
        json.dumps({"format": 2, "meetings": {"1": {}}}),
    ],
)
def test_a_damaged_file_is_moved_aside_not_lost(tmp_path: Path, text: str) -> None:
    path = tmp_path / "planner.json"
    path.write_text(text, encoding="utf-8")
    store = PlannerStore(path)
    assert store.details is None and store.edits == {}
    assert store.moved_aside is not None and store.moved_aside.read_text(encoding="utf-8") == text
    assert not path.exists()


def test_a_file_from_a_newer_version_is_moved_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "planner.json"
    path.write_text(json.dumps({"format": 3, "meetings": []}), encoding="utf-8")
    store = PlannerStore(path)
    assert store.details is None and store.edits == {}
    assert store.moved_aside == tmp_path / "planner.json.format-3-1" and not path.exists()
