"""The circle log of one profile, in one JSON file next to the planner's: read once, written atomically.

A damaged file is moved aside (never lost) and the log starts empty; a file written by a newer Handbook is
left where it is and refused: the log can be read by that newer version, and this one changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from handbook.core.circle.log import (
    CircleLog,
    CircleLogError,
    Goal,
    MeetingLog,
    check_name,
    check_names,
    check_week,
)
from handbook.core.circle.log_merge import LogMergeReport, merge_logs
from handbook.core.i18n import translate
from handbook.core.paths import GUEST_PROFILE
from handbook.core.storage import atomic_write_json, move_aside, read_json_object

FORMAT = 1
CIRCLE_LOG_FILE = "circle-log.json"
MAX_LOG_BYTES = 2 * 1024 * 1024  # a full log of 16 meetings with long notes is under 200 kB
MEETING_FIELDS = ("attended", "present", "rating", "plus", "delta", "note")


def default_circle_log_path(data_root: Path, profile: str = GUEST_PROFILE) -> Path:
    """Where a profile's circle log lives (``profile`` is its folder); the one place that knows the name."""
    return Path(data_root) / "profiles" / profile / CIRCLE_LOG_FILE


def log_to_file(log: CircleLog) -> dict[str, Any]:
    """The log as the file keeps it (also how backups and progress exports carry it)."""
    return {"format": FORMAT, **log.to_dict()}


def log_from_file(data: Any, source: str = "") -> CircleLog:
    """A log from a file's JSON value; CircleLogError naming ``source`` when it cannot be used.

    A file from a newer Handbook raises too (its message says to update), so nothing is lost by reading it wrong.
    """
    where = f"{source}: " if source else ""
    if not isinstance(data, dict):
        raise CircleLogError(where + translate("circle", "this is not a circle log."))
    version = data.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise CircleLogError(
            where
            + translate(
                "circle",
                "this circle log was written by a newer version of Handbook (format {version}). Update Handbook to use it.",
            ).format(version=version)
        )
    if version != FORMAT:
        raise CircleLogError(where + translate("circle", "this is not a circle log."))
    try:
        return CircleLog.from_dict({key: value for key, value in data.items() if key != "format"})
    except CircleLogError as exc:
        raise CircleLogError(where + exc.message) from None


class CircleLogStore:
    """One profile's circle log. ``meetings`` is how many meetings the circle has, when known (from the
    planner's circle details): a week outside them is refused. Every change is saved at once."""

    def __init__(self, path: Path, meetings: int | None = None) -> None:
        self.path = Path(path)
        self.meetings = meetings
        self.moved_aside: Path | None = None
        self.refused: str | None = None  # why the file is left alone (a newer format), or None
        self._log = CircleLog()
        self._load()

    @property
    def log(self) -> CircleLog:
        return self._log

    def _load(self) -> None:
        if not self.path.exists() and not self.path.is_symlink():
            return
        try:
            if not self.path.is_file():  # a FIFO or a device would block the app or never end
                raise ValueError("not a plain file")
            data = read_json_object(self.path, max_bytes=MAX_LOG_BYTES)
        except (OSError, ValueError):
            self.moved_aside = move_aside(self.path)
            return
        version = data.get("format")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
            self.refused = translate(
                "circle",
                "{path}: this circle log was written by a newer version of Handbook. Update Handbook to change it; "
                "this version leaves it as it is.",
            ).format(path=self.path)
            return
        try:
            self._log = log_from_file(data, str(self.path))
        except CircleLogError:
            self.moved_aside = move_aside(self.path)

    def _check_writable(self) -> None:
        if self.refused:
            raise CircleLogError(self.refused)

    def replace(self, log: CircleLog) -> None:
        """Keep ``log`` as the whole log (restoring a backup, importing progress); checked first.

        Weeks already logged are not checked against the circle's meetings: when the circle is made
        shorter, what was logged stays (only a new entry must fit the circle).
        """
        self._check_writable()
        checked = log.validate()
        atomic_write_json(self.path, log_to_file(checked))
        self._log = checked

    def meeting(self, week: int) -> MeetingLog | None:
        return self._log.meetings.get(week)

    def log_meeting(self, week: int, **fields: Any) -> MeetingLog:
        """Record or update one meeting: only the fields given change.

        Names in ``present`` that are not yet among the learners are added to them (typed once, ticked
        after). Giving ``attended`` without ``present`` keeps a count and forgets the names ticked.
        """
        unknown = [name for name in fields if name not in MEETING_FIELDS]
        if unknown:
            raise TypeError(f"log_meeting() got an unexpected field {unknown[0]!r}")
        check_week(week, self.meetings)
        old = self._log.meetings.get(week, MeetingLog(week))
        changes = dict(fields)
        if "present" in changes:
            changes["present"] = check_names(changes["present"] or ())
            if changes["present"]:
                changes.pop("attended", None)
            elif "attended" not in changes:
                changes["attended"] = None
        elif "attended" in changes:
            changes["present"] = ()
        meeting = replace(old, **changes).validate(self.meetings)
        known = {name.casefold() for name in self._log.learners}
        learners = self._log.learners + tuple(name for name in meeting.present if name.casefold() not in known)
        self.replace(replace(self._log, learners=learners, meetings={**self._log.meetings, week: meeting}))
        return meeting

    def forget_meeting(self, week: int) -> None:
        """Remove one meeting's entry (logged by mistake)."""
        if week in self._log.meetings:
            meetings = {key: value for key, value in self._log.meetings.items() if key != week}
            self.replace(replace(self._log, meetings=meetings))

    def set_learners(self, names: Iterable[str]) -> None:
        """The circle's learners, as typed once from the sign-in sheet (duplicates kept once)."""
        unique: dict[str, str] = {}
        for name in check_names(names):
            unique.setdefault(name.casefold(), name)
        self.replace(replace(self._log, learners=tuple(unique.values())))

    def set_goal(self, learner: str, text: str, status: str = "open") -> Goal:
        """A learner's goal and its status; replaces that learner's earlier goal."""
        goal = Goal(check_name(learner), text, status).validate()
        goals = tuple(old for old in self._log.goals if old.learner.casefold() != goal.learner.casefold())
        self.replace(replace(self._log, goals=(*goals, goal)))
        return goal

    def forget_goal(self, learner: str) -> None:
        key = learner.strip().casefold()
        goals = tuple(goal for goal in self._log.goals if goal.learner.casefold() != key)
        if len(goals) != len(self._log.goals):
            self.replace(replace(self._log, goals=goals))

    def set_reflection(self, text: str) -> None:
        self.replace(replace(self._log, reflection=text))


def read_circle_log(path: Path) -> CircleLog | None:
    """A profile's circle log as it is on disk, changing nothing (for exports and backups);
    None when there is none, CircleLogError when it cannot be used."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        if not path.is_file():
            raise ValueError(translate("circle", "this is not a plain file"))
        data = read_json_object(path, max_bytes=MAX_LOG_BYTES)
    except (OSError, ValueError) as exc:
        raise CircleLogError(f"{path}: {exc}") from None
    return log_from_file(data, str(path))


def plan_log_merge(path: Path, incoming: CircleLog) -> tuple[CircleLogStore, CircleLog, LogMergeReport]:
    """What bringing ``incoming`` into the log at ``path`` would give, checked, without writing it.

    CircleLogError when the log here is from a newer Handbook or the result would break a limit.
    """
    store = CircleLogStore(path)
    if store.refused:
        raise CircleLogError(store.refused)
    merged, report = merge_logs(store.log, incoming)
    return store, merged, report
