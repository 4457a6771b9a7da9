"""The circle log: who came to each meeting, how it went, the learners' goals and the facilitator's reflection.

Everything here is bounded (names, texts, lists), because the log travels on USB sticks between public
computers and is read back from files anyone could have edited.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.planning.circle import MAX_MEETINGS

GOAL_STATUSES = ("open", "met", "partly", "not-met")
MIN_RATING, MAX_RATING = 1, 5
MAX_LEARNERS = 100  # a learning circle has 5 to 25 people; a generous bound for a big library room
MAX_ATTENDED = 500  # a count typed from the sign-in sheet
MAX_NAME = 80  # characters in a learner's name
MAX_NOTE = 2000  # characters in one Plus, Delta or note
MAX_GOAL = 500  # characters in one learner's goal
MAX_REFLECTION = 8000  # characters in the facilitator's reflection


class CircleLogError(HandbookError):
    """A circle log entry that cannot be kept: the message says which field and what to do."""


@dataclass(frozen=True)
class MeetingLog:
    """What happened at one meeting. ``attended`` is a count when names are not kept; with ``present``
    (the names ticked on the sign-in sheet) the count is its length."""

    week: int
    attended: int | None = None
    present: tuple[str, ...] = ()
    rating: int | None = None
    plus: str = ""
    delta: str = ""
    note: str = ""

    @property
    def count(self) -> int | None:
        """How many came: the names ticked, else the count typed, else None (not recorded)."""
        return len(self.present) if self.present else self.attended

    def validate(self, meetings: int | None = None) -> MeetingLog:
        """This entry, checked; CircleLogError says what is wrong. ``meetings``: how many the circle has."""
        check_week(self.week, meetings)
        if self.attended is not None and (
            isinstance(self.attended, bool)
            or not isinstance(self.attended, int)
            or not 0 <= self.attended <= MAX_ATTENDED
        ):
            raise CircleLogError(
                translate("circle", "The number of people who came must be from 0 to {high}, not {value}.").format(
                    high=MAX_ATTENDED, value=self.attended
                )
            )
        present = check_names(self.present)
        if len(set(name.casefold() for name in present)) != len(present):
            raise CircleLogError(
                translate("circle", "A name is ticked twice for the same meeting; tick each person once.")
            )
        if self.rating is not None and (
            isinstance(self.rating, bool)
            or not isinstance(self.rating, int)
            or not MIN_RATING <= self.rating <= MAX_RATING
        ):
            raise CircleLogError(
                translate("circle", "The rating must be a whole number from 1 to 5, not {value}.").format(
                    value=self.rating
                )
            )
        for text in (self.plus, self.delta, self.note):
            check_text(text, MAX_NOTE)
        count = len(present) if present else self.attended
        return MeetingLog(self.week, count, present, self.rating, self.plus, self.delta, self.note)

    def to_dict(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "attended": self.count,
            "present": list(self.present),
            "rating": self.rating,
            "plus": self.plus,
            "delta": self.delta,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, raw: Any) -> MeetingLog:
        """A meeting from a file: every field checked for its type, then validated."""
        data = _mapping(raw, ("week", "attended", "present", "rating", "plus", "delta", "note"))
        present = data.get("present", [])
        if not isinstance(present, list):
            raise CircleLogError(translate("circle", "'present' must be a list of names."))
        return cls(
            week=_whole(data.get("week"), "week"),
            attended=_whole_or_none(data.get("attended"), "attended"),
            present=tuple(checked_text(name, "present", MAX_NAME) for name in present[: MAX_LEARNERS + 1]),
            rating=_whole_or_none(data.get("rating"), "rating"),
            plus=checked_text(data.get("plus", ""), "plus", MAX_NOTE),
            delta=checked_text(data.get("delta", ""), "delta", MAX_NOTE),
            note=checked_text(data.get("note", ""), "note", MAX_NOTE),
        ).validate()


@dataclass(frozen=True)
class Goal:
    """One learner's goal for the circle (from the goals form) and, at the end, whether it was met."""

    learner: str
    text: str
    status: str = "open"

    def validate(self) -> Goal:
        learner = check_name(self.learner)
        check_text(self.text, MAX_GOAL)
        if self.status not in GOAL_STATUSES:
            raise CircleLogError(
                translate("circle", "A goal's status must be one of {statuses}, not '{value}'.").format(
                    statuses=", ".join(GOAL_STATUSES), value=str(self.status)[:40]
                )
            )
        return Goal(learner, self.text.strip(), self.status)

    def to_dict(self) -> dict[str, Any]:
        return {"learner": self.learner, "text": self.text, "status": self.status}

    @classmethod
    def from_dict(cls, raw: Any) -> Goal:
        data = _mapping(raw, ("learner", "text", "status"))
        return cls(
            learner=checked_text(data.get("learner"), "learner", MAX_NAME),
            text=checked_text(data.get("text", ""), "text", MAX_GOAL),
            status=checked_text(data.get("status", "open"), "status", 20),
        ).validate()


@dataclass(frozen=True)
class CircleLog:
    """The whole log of one circle: the learners' names (typed once), the meetings by week, the goals."""

    learners: tuple[str, ...] = ()
    meetings: dict[int, MeetingLog] = field(default_factory=dict)
    goals: tuple[Goal, ...] = ()
    reflection: str = ""

    @property
    def held(self) -> list[MeetingLog]:
        """The meetings logged, in week order."""
        return [self.meetings[week] for week in sorted(self.meetings)]

    def goal_for(self, learner: str) -> Goal | None:
        key = learner.strip().casefold()
        return next((goal for goal in self.goals if goal.learner.casefold() == key), None)

    def validate(self, meetings: int | None = None) -> CircleLog:
        """The log, checked as a whole; ``meetings`` is how many the circle has, if known."""
        learners = check_names(self.learners)
        if len(self.meetings) > MAX_MEETINGS:
            raise CircleLogError(translate("circle", "A circle has at most {high} meetings.").format(high=MAX_MEETINGS))
        checked = {}
        for week, meeting in self.meetings.items():
            if week != meeting.week:
                raise CircleLogError(translate("circle", "A meeting is filed under the wrong week."))
            checked[week] = meeting.validate(meetings)
        if len(self.goals) > MAX_LEARNERS:
            raise CircleLogError(
                translate("circle", "A circle can keep at most {high} goals.").format(high=MAX_LEARNERS)
            )
        goals = tuple(goal.validate() for goal in self.goals)
        if len({goal.learner.casefold() for goal in goals}) != len(goals):
            raise CircleLogError(translate("circle", "Each learner has one goal; a name has two."))
        check_text(self.reflection, MAX_REFLECTION)
        return CircleLog(learners, checked, goals, self.reflection)

    def to_dict(self) -> dict[str, Any]:
        return {
            "learners": list(self.learners),
            "meetings": [meeting.to_dict() for meeting in self.held],
            "goals": [goal.to_dict() for goal in self.goals],
            "reflection": self.reflection,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> CircleLog:
        """A log from a file's values (a strict reader: CircleLogError on anything unexpected)."""
        data = _mapping(raw, ("learners", "meetings", "goals", "reflection"))
        learners, meetings, goals = data.get("learners", []), data.get("meetings", []), data.get("goals", [])
        for name, value, high in (
            ("learners", learners, MAX_LEARNERS),
            ("meetings", meetings, MAX_MEETINGS),
            ("goals", goals, MAX_LEARNERS),
        ):
            if not isinstance(value, list):
                raise CircleLogError(translate("circle", "'{field}' must be a list.").format(field=name))
            if len(value) > high:
                raise CircleLogError(
                    translate("circle", "'{field}' has {count} entries; at most {high} are allowed.").format(
                        field=name, count=len(value), high=high
                    )
                )
        read = [MeetingLog.from_dict(item) for item in meetings]
        by_week = {meeting.week: meeting for meeting in read}
        if len(by_week) != len(read):
            raise CircleLogError(translate("circle", "A week is logged twice."))
        return cls(
            learners=tuple(checked_text(name, "learners", MAX_NAME) for name in learners),
            meetings=by_week,
            goals=tuple(Goal.from_dict(item) for item in goals),
            reflection=checked_text(data.get("reflection", ""), "reflection", MAX_REFLECTION),
        ).validate()


def check_week(week: Any, meetings: int | None = None) -> int:
    """``week`` if the circle has that meeting (1 to ``meetings``, or to MAX_MEETINGS when not known)."""
    high = meetings if meetings is not None else MAX_MEETINGS
    if isinstance(week, bool) or not isinstance(week, int) or not 1 <= week <= high:
        if meetings is not None:
            message = translate("circle", "The circle has meetings 1 to {high}; there is no week {week}.")
        else:
            message = translate("circle", "A week must be a number from 1 to {high}, not {week}.")
        raise CircleLogError(message.format(high=high, week=str(week)[:20]))
    return week


def check_text(text: Any, high: int) -> str:
    if not isinstance(text, str):
        raise CircleLogError(translate("circle", "A note must be text."))
    if len(text) > high:
        raise CircleLogError(
            translate("circle", "A text is {count} characters long; at most {high} fit. Make it shorter.").format(
                count=len(text), high=high
            )
        )
    return text


def check_name(name: Any) -> str:
    """A learner's name, trimmed; CircleLogError when it is empty, too long or not one line."""
    if not isinstance(name, str) or not name.strip():
        raise CircleLogError(translate("circle", "A learner's name cannot be empty."))
    text = " ".join(name.split())  # a line break or tab in a name would break the sign-in sheet and the CSV
    if len(text) > MAX_NAME:
        raise CircleLogError(
            translate("circle", "A name is {count} characters long; at most {high} fit.").format(
                count=len(text), high=MAX_NAME
            )
        )
    return text


def check_names(names: Iterable[Any]) -> tuple[str, ...]:
    """Names trimmed and checked, at most MAX_LEARNERS of them."""
    checked = tuple(check_name(name) for name in names)
    if len(checked) > MAX_LEARNERS:
        raise CircleLogError(
            translate("circle", "A circle can keep at most {high} names, not {count}.").format(
                high=MAX_LEARNERS, count=len(checked)
            )
        )
    return checked


def split_names(text: str) -> tuple[str, ...]:
    """'Ana, Ben ,  Chen' as ('Ana', 'Ben', 'Chen'): the way names are typed on the command line."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _mapping(raw: Any, fields: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise CircleLogError(translate("circle", "An entry in the circle log is not a table of fields."))
    return only_known_fields(raw, fields)


def only_known_fields(raw: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """``raw`` when every key is one of ``fields``; CircleLogError naming the first stranger otherwise."""
    unknown = [str(key) for key in raw if key not in fields]
    if unknown:
        raise CircleLogError(
            translate("circle", "Unknown field '{field}'; the fields are {fields}.").format(
                field=unknown[0][:40], fields=", ".join(fields)
            )
        )
    return raw


def _whole(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CircleLogError(translate("circle", "'{field}' must be a whole number.").format(field=name))
    return value


def _whole_or_none(value: Any, name: str) -> int | None:
    return None if value is None else _whole(value, name)


def checked_text(value: Any, name: str, high: int) -> str:
    """``value`` when it is text of at most ``high`` characters; CircleLogError naming the field otherwise."""
    if not isinstance(value, str):
        raise CircleLogError(translate("circle", "'{field}' must be text.").format(field=name))
    if len(value) > high:
        raise CircleLogError(
            translate("circle", "'{field}' is {count} characters long; at most {high} fit.").format(
                field=name, count=len(value), high=high
            )
        )
    return value
