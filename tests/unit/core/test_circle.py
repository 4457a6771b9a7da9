"""Circle details: dates a week apart, and every impossible detail refused with a useful message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from handbook.core.planning.circle import CircleDetails, CircleError, format_date, load_circle_details

GOOD = """course_title: Learning to code with Python
venue: Central Library, room 2
facilitators: [Ana Silva, Ben Okafor]
first_meeting: 2027-03-02
weekday: Tuesday
start_time: "18:00"
meetings: 6
meeting_minutes: 90
"""


def write(tmp_path: Path, text: str, name: str = "circle.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_circle_file_gives_weekly_dates(tmp_path: Path) -> None:
    details = load_circle_details(write(tmp_path, GOOD))
    assert details.course_title == "Learning to code with Python"
    assert details.facilitators == ("Ana Silva", "Ben Okafor")
    assert details.start_time == dt.time(18, 0)
    dates = details.meeting_dates()
    assert len(dates) == 6
    assert dates[0] == dt.date(2027, 3, 2) and dates[-1] == dt.date(2027, 4, 6)
    assert all(day.weekday() == 1 for day in dates)
    assert format_date(dates[1]) == "Tuesday 9 March 2027"
    assert details.end_time() == dt.time(19, 30)


def test_unquoted_times_and_json_files_work(tmp_path: Path) -> None:
    details = load_circle_details(write(tmp_path, GOOD.replace('"18:00"', "9:30")))
    assert details.start_time == dt.time(9, 30)
    as_json = write(tmp_path, '{"first_meeting": "2027-03-03", "facilitators": "Ana, Ben", "meetings": 8}', "c.json")
    details = load_circle_details(as_json)
    assert details.facilitators == ("Ana", "Ben")
    assert details.weekday == "Wednesday" and details.meetings == 8 and details.meeting_minutes == 90


def test_details_survive_a_round_trip() -> None:
    details = CircleDetails("Course", "Room 1", ("Ana",), dt.date(2027, 1, 4), "", dt.time(23, 30), 16, 240)
    again = CircleDetails.from_dict(details.to_dict())
    assert again.to_dict() == details.to_dict()
    assert again.weekday == "Monday"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("meetings: 6", "meetings: 0"), r"circle\.yaml:7: 'meetings' is 0, but it must be from 1 to 16"),
        (("meetings: 6", "meetings: 17"), "'meetings' is 17"),
        (("meetings: 6", "meetings: six"), "'meetings' must be a whole number"),
        (
            ("meeting_minutes: 90", "meeting_minutes: 20"),
            r"circle\.yaml:8: 'meeting_minutes' is 20.*30 to 240|from 30 to 240",
        ),
        (
            ("2027-03-02", "2027-02-30"),
            r"circle\.yaml:4: 'first_meeting' 2027-02-30 is not a date; write it as YYYY-MM-DD",
        ),
        (("2027-03-02", "next tuesday"), "is not a date"),
        (('"18:00"', '"25:00"'), r"circle\.yaml:6: 'start_time' 25:00 is not a time of day"),
        (('"18:00"', "evening"), "is not a time of day"),
        (
            ("weekday: Tuesday", "weekday: Monday"),
            r"circle\.yaml:5: the first meeting, Tuesday 2 March 2027, is a Tuesday, not a Monday",
        ),
        (("weekday: Tuesday", "weekday: Funday"), "is not a day of the week"),
        (("meetings: 6", "meetngs: 6"), r"circle\.yaml:7: unknown field 'meetngs'"),
        (("facilitators: [Ana Silva, Ben Okafor]", "facilitators: {a: 1}"), "must be a list of names"),
    ],
)
def test_impossible_details_are_refused(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(CircleError, match=expected):
        load_circle_details(path)


def test_broken_or_missing_files_say_what_to_write(tmp_path: Path) -> None:
    with pytest.raises(CircleError, match=r"(?s)no such file.*course_title:"):
        load_circle_details(tmp_path / "missing.yaml")
    with pytest.raises(CircleError, match=r"broken\.yaml:2: cannot be read as YAML"):
        load_circle_details(write(tmp_path, "course_title: x\n  bad: [\n", "broken.yaml"))
    with pytest.raises(CircleError, match="'first_meeting' is missing"):
        load_circle_details(write(tmp_path, "course_title: x\n", "nodate.yaml"))
    with pytest.raises(CircleError, match="field: value"):
        load_circle_details(write(tmp_path, "- a list\n", "list.yaml"))


def test_validate_checks_details_made_in_the_app() -> None:
    with pytest.raises(CircleError, match="1 to 16 meetings, not 0"):
        CircleDetails(first_meeting=dt.date(2027, 3, 2), meetings=0).validate()
    with pytest.raises(CircleError, match="30 to 240 minutes, not 10"):
        CircleDetails(first_meeting=dt.date(2027, 3, 2), meeting_minutes=10).validate()
    with pytest.raises(CircleError, match="is a Tuesday, not a Friday"):
        CircleDetails(first_meeting=dt.date(2027, 3, 2), weekday="friday").validate()
    assert CircleDetails(first_meeting=dt.date(2027, 3, 2), weekday="tue").validate().meetings == 6
