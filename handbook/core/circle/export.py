"""The file a facilitator gives the library's organiser: one circle's details and log, versioned (see
docs/circle-export.md), without learners' names unless the facilitator chooses to include them.

The reader is strict: these files come from many computers and USB sticks, so a file that is not an
export, is of a newer version, is too big, too deep or holds the wrong types is refused with its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbook.core.circle.log import (
    GOAL_STATUSES,
    MAX_GOAL,
    MAX_LEARNERS,
    MAX_NAME,
    MAX_NOTE,
    MAX_REFLECTION,
    CircleLog,
    CircleLogError,
    Goal,
    MeetingLog,
    check_names,
    checked_text,
    only_known_fields,
)
from handbook.core.i18n import translate
from handbook.core.planning.circle import MAX_MEETINGS, CircleDetails, CircleError
from handbook.core.storage import atomic_write_json, parse_json_bytes, read_limited

EXPORT_FORMAT = "handbook-circle-export"
EXPORT_VERSION = 1
MAX_EXPORT_BYTES = 1024 * 1024  # 16 meetings of long notes and a long reflection come to about 120 kB
MAX_TITLE = 200  # characters in the course's title or the venue
MAX_EXPORT_DEPTH = 6  # the file nests 4 levels
FIELDS = ("format", "version", "app_version", "exported", "circle", "learners", "meetings", "goals", "reflection")
MEETING_FIELDS = ("week", "date", "attended", "present", "rating", "plus", "delta", "note")
GOAL_FIELDS = ("learner", "text", "status")


class CircleExportError(CircleLogError):
    """A file that cannot be read as a circle export; the message names the file and says what to do."""


@dataclass(frozen=True)
class CircleExport:
    """One circle as its export file has it. Without names, ``log`` has no learners, no one ticked
    present and goals with an empty learner; ``learners`` is then how many learners the circle had."""

    details: CircleDetails | None
    log: CircleLog
    learners: int
    names_included: bool
    exported: str = ""
    app_version: str = ""
    source: str = ""  # the file it was read from


def build_export(
    log: CircleLog,
    details: CircleDetails | None,
    *,
    include_names: bool = False,
    exported: str = "",
    app_version: str = "",
) -> dict[str, Any]:
    """The export's JSON value. Learners' names (and who came, by name) only with ``include_names``."""
    dates = details.meeting_dates() if details else []
    meetings = []
    for meeting in log.held:
        entry: dict[str, Any] = {
            "week": meeting.week,
            "date": dates[meeting.week - 1].isoformat() if meeting.week <= len(dates) else None,
            "attended": meeting.count,
            "rating": meeting.rating,
            "plus": meeting.plus,
            "delta": meeting.delta,
            "note": meeting.note,
        }
        if include_names:
            entry["present"] = list(meeting.present)
        meetings.append(entry)
    goals = [
        {"learner": goal.learner, "text": goal.text, "status": goal.status}
        if include_names
        else {"text": goal.text, "status": goal.status}
        for goal in log.goals
    ]
    value: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": app_version,
        "exported": exported,
        "circle": details.to_dict() if details else None,
        "learners": list(log.learners) if include_names else learner_count(log),
        "meetings": meetings,
        "goals": goals,
        "reflection": log.reflection,
    }
    return value


def learner_count(log: CircleLog) -> int:
    """How many learners the circle had: those named, else the most who came to one meeting."""
    return len(log.learners) or max((meeting.count or 0 for meeting in log.held), default=0)


def write_export(target: Path, value: Mapping[str, Any]) -> None:
    atomic_write_json(Path(target), dict(value))


def read_export(path: Path) -> CircleExport:
    """A circle export read and checked completely; CircleExportError naming ``path`` otherwise."""
    path = Path(path)
    try:
        if path.is_dir():
            raise CircleExportError(_refusal(path, translate("circle", "this is a folder, not a file")))
        if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
            raise CircleExportError(_refusal(path, translate("circle", "this is not a plain file")))
        raw = read_limited(path, MAX_EXPORT_BYTES)
        data = parse_json_bytes(raw, max_depth=MAX_EXPORT_DEPTH)
    except FileNotFoundError:
        raise CircleExportError(_refusal(path, translate("circle", "there is no such file"))) from None
    except OSError as exc:
        reason = translate("circle", "the file cannot be read ({reason})").format(reason=exc.strerror)
        raise CircleExportError(_refusal(path, reason)) from None
    except ValueError as exc:
        raise CircleExportError(_refusal(path, str(exc))) from None
    return export_from_value(data, str(path))


def export_from_value(data: Any, source: str = "") -> CircleExport:
    """A circle export from a parsed JSON value (see read_export)."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise CircleExportError(_refusal(source, translate("circle", "this is not a circle export")))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CircleExportError(_refusal(source, translate("circle", "the export has no valid version number")))
    if version > EXPORT_VERSION:
        raise CircleExportError(
            _refusal(
                source,
                translate(
                    "circle",
                    "the export was made by a newer version of Handbook (version {version}); update Handbook first",
                ).format(version=version),
            )
        )
    try:
        return _read(data, source)
    except (CircleLogError, CircleError) as exc:
        raise CircleExportError(_refusal(source, exc.message.rstrip("."))) from None


def _refusal(source: str | Path, problem: str) -> str:
    text = translate("circle", "{problem}. Nothing was changed; use a file made with 'handbook circle export'.").format(
        problem=problem
    )
    return f"{source}: {text}" if str(source) else text


def _read(data: dict[str, Any], source: str) -> CircleExport:
    unknown = [str(key) for key in data if key not in FIELDS]
    if unknown:
        raise CircleLogError(
            translate("circle", "Unknown field '{field}'; the fields are {fields}.").format(
                field=unknown[0][:40], fields=", ".join(FIELDS)
            )
        )
    circle = data.get("circle")
    if circle is not None and not isinstance(circle, dict):
        raise CircleLogError(translate("circle", "'{field}' must be a table of fields.").format(field="circle"))
    if circle:
        for key in ("course_title", "venue"):
            if isinstance(circle.get(key), str):
                checked_text(circle[key], key, MAX_TITLE)
        if isinstance(circle.get("facilitators"), list):
            _names(circle["facilitators"], "facilitators")
    details = CircleDetails.from_dict(circle).validate() if circle else None
    names = data.get("learners", 0)
    if isinstance(names, list):
        learners = _names(names, "learners")
        count = len(learners)
    else:
        learners, count = (), _whole(names, "learners", 0, MAX_LEARNERS)
    meetings = _list(data.get("meetings", []), "meetings", MAX_MEETINGS)
    read = [_meeting(item, isinstance(names, list)) for item in meetings]
    by_week = {meeting.week: meeting for meeting in read}
    if len(by_week) != len(read):
        raise CircleLogError(translate("circle", "A week is logged twice."))
    goals = tuple(_goal(item) for item in _list(data.get("goals", []), "goals", MAX_LEARNERS))
    reflection = checked_text(data.get("reflection", ""), "reflection", MAX_REFLECTION)
    log = CircleLog(learners, by_week, goals, reflection)
    return CircleExport(
        details=details,
        log=log,
        learners=max(count, learner_count(log)),
        names_included=isinstance(names, list),
        exported=checked_text(data.get("exported", ""), "exported", 40),
        app_version=checked_text(data.get("app_version", ""), "app_version", 40),
        source=source,
    )


def _meeting(raw: Any, names: bool) -> MeetingLog:
    item = _table(raw, MEETING_FIELDS, "meetings")
    if "date" in item and item["date"] is not None:
        checked_text(item["date"], "date", 10)
    present = _names(item["present"], "present") if names and "present" in item else ()
    if "present" in item and not names:
        raise CircleLogError(translate("circle", "Who came is listed by name, but the learners are not named."))
    attended = item.get("attended")
    meeting = MeetingLog(
        week=_whole(item.get("week"), "week", 1, MAX_MEETINGS),
        attended=None if attended is None else _whole(attended, "attended", 0, 500),
        present=present,
        rating=None if item.get("rating") is None else _whole(item.get("rating"), "rating", 1, 5),
        plus=checked_text(item.get("plus", ""), "plus", MAX_NOTE),
        delta=checked_text(item.get("delta", ""), "delta", MAX_NOTE),
        note=checked_text(item.get("note", ""), "note", MAX_NOTE),
    )
    return meeting.validate()


def _goal(raw: Any) -> Goal:
    item = _table(raw, GOAL_FIELDS, "goals")
    status = checked_text(item.get("status", "open"), "status", 20)
    if status not in GOAL_STATUSES:
        raise CircleLogError(
            translate("circle", "A goal's status must be one of {statuses}, not '{value}'.").format(
                statuses=", ".join(GOAL_STATUSES), value=status
            )
        )
    learner = " ".join(checked_text(item.get("learner", ""), "learner", MAX_NAME).split())
    return Goal(learner, checked_text(item.get("text", ""), "text", MAX_GOAL), status)


def _table(raw: Any, fields: tuple[str, ...], name: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise CircleLogError(translate("circle", "'{field}' must be a table of fields.").format(field=name))
    return only_known_fields(raw, fields)


def _list(value: Any, name: str, high: int) -> list[Any]:
    if not isinstance(value, list):
        raise CircleLogError(translate("circle", "'{field}' must be a list.").format(field=name))
    if len(value) > high:
        raise CircleLogError(
            translate("circle", "'{field}' has {count} entries; at most {high} are allowed.").format(
                field=name, count=len(value), high=high
            )
        )
    return value


def _names(value: Any, name: str) -> tuple[str, ...]:
    return check_names(checked_text(item, name, MAX_NAME) for item in _list(value, name, MAX_LEARNERS))


def _whole(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise CircleLogError(
            translate("circle", "'{field}' must be a whole number from {low} to {high}.").format(
                field=name, low=low, high=high
            )
        )
    return value
