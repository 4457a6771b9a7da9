"""Hostile circle files: what a careless or spiteful hand could put in a circle export or a circle log.

Each case writes one file; ``expect`` is the words the refusal must hold. A circle export travels
from many facilitators' computers to the organiser's on USB sticks and by e-mail, so none is trusted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOOD: dict[str, Any] = {
    "format": "handbook-circle-export",
    "version": 1,
    "app_version": "1.0",
    "exported": "2027-05-01",
    "circle": {
        "course_title": "Reading club",
        "venue": "Branch library",
        "facilitators": ["Sam"],
        "first_meeting": "2027-09-07",
        "weekday": "Tuesday",
        "start_time": "17:30",
        "meetings": 6,
        "meeting_minutes": 90,
    },
    "learners": 8,
    "meetings": [{"week": 1, "date": "2027-09-07", "attended": 8, "rating": 4, "plus": "", "delta": "", "note": ""}],
    "goals": [{"text": "Read a novel", "status": "met"}],
    "reflection": "",
}


def changed(**fields: Any) -> dict[str, Any]:
    return {**GOOD, **fields}


def meeting(**fields: Any) -> dict[str, Any]:
    return changed(meetings=[{**GOOD["meetings"][0], **fields}])


def _json(value: Any) -> Callable[[Path], None]:
    return lambda path: path.write_text(json.dumps(value), encoding="utf-8")


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _nested(depth: int) -> bytes:
    return b'{"format": "handbook-circle-export", "version": 1, "reflection": ' + b"[" * depth + b"]" * depth + b"}"


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link_to_zero(path: Path) -> None:
    os.symlink("/dev/zero", path)


@dataclass(frozen=True)
class CircleCase:
    name: str
    make: Callable[[Path], None]
    expect: str


CIRCLE_CASES = [
    CircleCase("an empty file", _bytes(b""), "the file is empty"),
    CircleCase("not JSON", _bytes(b"course: Reading club\n"), "not valid JSON"),
    CircleCase("not UTF-8", _bytes(b'{"format": "handbook-circle-export", "x": "caf\xe9"}'), "not UTF-8"),
    CircleCase("NaN for a rating", _bytes(json.dumps(GOOD).replace('"rating": 4', '"rating": NaN').encode()), "NaN"),
    CircleCase("a list, not an export", _json([GOOD]), "not a circle export"),
    CircleCase("a progress export", _json({"format": "handbook-progress", "format_version": 1}), "not a circle export"),
    CircleCase("a newer version", _json(changed(version=2)), "newer version of Handbook"),
    CircleCase("version as text", _json(changed(version="1")), "no valid version number"),
    CircleCase("version true", _json(changed(version=True)), "no valid version number"),
    CircleCase("a file of 3 MB", _bytes(json.dumps(changed(reflection="x" * 3_000_000)).encode()), "too big"),
    CircleCase("arrays nested 100,000 deep", _bytes(_nested(100_000)), "nested too deeply"),
    CircleCase("arrays nested 500 deep", _bytes(_nested(500)), "nests more than 6 levels"),
    CircleCase("100,000 meetings", _json(changed(meetings=[{"week": 1}] * 100_000)), "too big"),
    CircleCase("17 meetings", _json(changed(meetings=[{"week": n} for n in range(1, 18)])), "at most 16"),
    CircleCase("a week twice", _json(changed(meetings=[{"week": 1}, {"week": 1}])), "logged twice"),
    CircleCase("week 0", _json(meeting(week=0)), "'week' must be a whole number from 1 to 16"),
    CircleCase("week as text", _json(meeting(week="1")), "'week' must be a whole number"),
    CircleCase("a rating of 9", _json(meeting(rating=9)), "'rating' must be a whole number from 1 to 5"),
    CircleCase("a rating of 4.5", _json(meeting(rating=4.5)), "'rating' must be a whole number"),
    CircleCase("attendance -3", _json(meeting(attended=-3)), "'attended' must be a whole number from 0"),
    CircleCase("attendance as a list", _json(meeting(attended=[8])), "'attended' must be a whole number"),
    CircleCase("a note as a table", _json(meeting(plus={"a": 1})), "'plus' must be text"),
    CircleCase("a note of 100 kB", _json(meeting(note="n" * 100_000)), "'note' is 100000 characters long"),
    CircleCase("an unknown field", _json(changed(secret=1)), "Unknown field 'secret'"),
    CircleCase("meetings as a table", _json(changed(meetings={"1": {}})), "'meetings' must be a list"),
    CircleCase("a meeting as text", _json(changed(meetings=["week 1"])), "'meetings' must be a table of fields"),
    CircleCase("names ticked without learners", _json(meeting(present=["Amina"])), "learners are not named"),
    CircleCase("a goal's status 'done'", _json(changed(goals=[{"text": "x", "status": "done"}])), "not 'done'"),
    CircleCase("circle with 99 meetings", _json(changed(circle={**GOOD["circle"], "meetings": 99})), "1 to 16"),
    CircleCase("circle as text", _json(changed(circle="Reading club")), "'circle' must be a table of fields"),
    CircleCase(
        "a course title of 10 kB",
        _json(changed(circle={**GOOD["circle"], "course_title": "T" * 10_000})),
        "'course_title' is 10000 characters long",
    ),
    CircleCase("an escape code in a field's name", _json(changed(**{"x\x1b[2J": 1})), "Unknown field 'x"),
    CircleCase("a FIFO", _fifo, "not a plain file"),
    CircleCase("a link to /dev/zero", _link_to_zero, "not a plain file"),
    CircleCase("a folder", lambda path: path.mkdir(), "a folder, not a file"),
]
