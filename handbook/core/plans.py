"""Session plans for a circle: a plan per meeting from the pack's templates, agenda maths, clock times."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from handbook.core.circle import CircleDetails, CircleError, clock, format_date
from handbook.core.content import Activity, AgendaItem, Pack, SessionPlan
from handbook.core.errors import HandbookError

__all__ = [
    "CircleDetails",
    "CircleError",
    "Meeting",
    "MeetingEdit",
    "PlanError",
    "TimeBalance",
    "agenda_clock_times",
    "build_meetings",
    "clock",
    "default_template",
    "format_date",
]

FIRST_MEETING_TAG = "first-meeting"
WRAP_UP_TAG = "wrap-up"
REGULAR_TAG = "regular"
_WEEK_PREFIX = re.compile(r"^\s*week\s+\d+\s*[-–—:]\s*", re.IGNORECASE)


class PlanError(HandbookError):
    """A plan that cannot be used as it is (a missing activity, no templates, a bad week)."""


@dataclass(frozen=True)
class MeetingEdit:
    """What the user changed for one meeting: another template, and/or an edited agenda."""

    template: str | None = None  # a plan id chosen by the user; None follows the default
    agenda: tuple[AgendaItem, ...] | None = None  # None keeps the template's agenda

    @property
    def is_empty(self) -> bool:
        return self.template is None and self.agenda is None


@dataclass(frozen=True)
class TimeBalance:
    """An agenda's total against the meeting's length."""

    total: int
    length: int

    @property
    def difference(self) -> int:
        return self.total - self.length

    @property
    def status(self) -> str:
        """"over", "under" or "exact"."""
        if self.difference > 0:
            return "over"
        return "under" if self.difference < 0 else "exact"

    def describe(self) -> str:
        if self.status == "over":
            return f"{self.total} of {self.length} minutes: {self.difference} over"
        if self.status == "under":
            return f"{self.total} of {self.length} minutes: {-self.difference} to spare"
        return f"{self.total} of {self.length} minutes"


@dataclass(frozen=True)
class Meeting:
    """One meeting of the circle with the agenda it will follow."""

    number: int  # 1-based
    count: int  # meetings in the circle
    date: dt.date
    start: dt.time
    length: int  # minutes booked
    template: SessionPlan
    agenda: tuple[AgendaItem, ...]
    edited: bool = False
    chosen: bool = False

    @property
    def title(self) -> str:
        return plan_title(self.template)

    @property
    def heading(self) -> str:
        """'Week 3 of 6: Critique and feedback'."""
        return f"Week {self.number} of {self.count}: {self.title}"

    @property
    def balance(self) -> TimeBalance:
        return TimeBalance(agenda_total(self.agenda), self.length)

    def clock_times(self) -> list[tuple[dt.time, dt.time]]:
        return agenda_clock_times(self.start, self.agenda)

    def time_range(self) -> str:
        end = (dt.datetime.combine(self.date, self.start) + dt.timedelta(minutes=self.length)).time()
        return f"{clock(self.start)}-{clock(end)}"


def plan_title(plan: SessionPlan) -> str:
    """A template's title without its 'Week N - ' prefix, since it may serve another week."""
    return _WEEK_PREFIX.sub("", plan.title).strip() or plan.title


# templates


def templates_tagged(pack: Pack, tag: str) -> list[SessionPlan]:
    plans = [plan for plan in pack.plans if tag in plan.tags]
    return sorted(plans, key=lambda plan: (plan.week or 99, plan.path))


def default_template(pack: Pack, number: int, count: int) -> SessionPlan:
    """Week 1 from the first-meeting plan, the last week from the wrap-up plan, the rest from the
    regular plans in order of their week (over again when a long circle runs out of them).

    When a pack lacks a kind, the nearest kind it has stands in, so any pack with plans works.
    """
    if not pack.plans:
        raise PlanError(f"the pack '{pack.info.title}' has no session plans; add some to its plans/ folder.")
    first = templates_tagged(pack, FIRST_MEETING_TAG)
    wrap_up = templates_tagged(pack, WRAP_UP_TAG)
    regular = templates_tagged(pack, REGULAR_TAG)
    if number == 1 and first:
        return first[0]
    if number == count and count > 1 and wrap_up:
        return wrap_up[0]
    if regular:
        return regular[(number - 2) % len(regular)] if number >= 2 else regular[0]
    ordered = sorted(pack.plans, key=lambda plan: (plan.week or 99, plan.path))
    return (first or wrap_up or ordered)[0]


def template_by_id(pack: Pack, plan_id: str) -> SessionPlan | None:
    return next((plan for plan in pack.plans if plan.id == plan_id), None)


def build_meetings(
    pack: Pack, details: CircleDetails, edits: Mapping[int, MeetingEdit] | None = None
) -> list[Meeting]:
    """A meeting for every date of the circle, with the user's template choices and edits applied.

    An edit naming a template the pack no longer has falls back to the default template.
    """
    edits = edits or {}
    meetings = []
    for number, day in enumerate(details.meeting_dates(), start=1):
        edit = edits.get(number, MeetingEdit())
        chosen = template_by_id(pack, edit.template) if edit.template else None
        template = chosen or default_template(pack, number, details.meetings)
        agenda = edit.agenda if edit.agenda is not None else template.agenda
        meetings.append(
            Meeting(
                number=number,
                count=details.meetings,
                date=day,
                start=details.start_time,
                length=details.meeting_minutes,
                template=template,
                agenda=agenda,
                edited=edit.agenda is not None and edit.agenda != template.agenda,
                chosen=chosen is not None,
            )
        )
    return meetings


def meeting_for_week(meetings: Sequence[Meeting], week: int) -> Meeting:
    if not 1 <= week <= len(meetings):
        raise PlanError(f"week {week} is not a meeting of this circle; choose a week from 1 to {len(meetings)}.")
    return meetings[week - 1]


def next_meeting(meetings: Sequence[Meeting], today: dt.date | None = None) -> Meeting | None:
    """The first meeting on or after today, else the last one ("this week's plan")."""
    today = today or dt.date.today()
    return next((m for m in meetings if m.date >= today), meetings[-1] if meetings else None)


# checks


def missing_activities(agenda: Sequence[AgendaItem], pack: Pack) -> list[AgendaItem]:
    return [item for item in agenda if item.activity and pack.activity(item.activity) is None]


def check_meeting(meeting: Meeting, pack: Pack) -> None:
    """Raise PlanError when the agenda names an activity the pack lacks."""
    missing = missing_activities(meeting.agenda, pack)
    if missing:
        item = missing[0]
        raise PlanError(
            f"week {meeting.number} ({meeting.title}, from {meeting.template.path}): the agenda item "
            f"'{item.title}' names the activity '{item.activity}', which the pack does not have. "
            "Choose another activity for it in the planner, or correct the plan's 'activity:'."
        )


def agenda_minimum(agenda: Sequence[AgendaItem], pack: Pack) -> int:
    """The fewest minutes the agenda can take: each activity at its shortest, other items as planned."""
    total = 0
    for item in agenda:
        activity = pack.activity(item.activity) if item.activity else None
        total += min(item.minutes, activity.minutes[0]) if activity is not None else item.minutes
    return total


def check_fits(meeting: Meeting, pack: Pack) -> None:
    """Raise CircleError when the meeting is too short for its agenda even at its shortest."""
    shortest = agenda_minimum(meeting.agenda, pack)
    if meeting.length < shortest:
        raise CircleError(
            f"a meeting of {meeting.length} minutes is shorter than the agenda of week {meeting.number} "
            f"({meeting.title}) can be: it needs at least {shortest} minutes with every activity at its "
            "shortest. Make the meetings longer or choose a shorter plan for that week."
        )


def check_meetings(meetings: Sequence[Meeting], pack: Pack) -> None:
    for meeting in meetings:
        check_meeting(meeting, pack)
        check_fits(meeting, pack)


# agenda maths


def agenda_total(agenda: Sequence[AgendaItem]) -> int:
    return sum(item.minutes for item in agenda)


def agenda_clock_times(start: dt.time, agenda: Sequence[AgendaItem]) -> list[tuple[dt.time, dt.time]]:
    """Each item's start and end on the clock; a meeting may run past midnight (23:50 -> 00:10)."""
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start)
    times = []
    for item in agenda:
        end = moment + dt.timedelta(minutes=item.minutes)
        times.append((moment.time(), end.time()))
        moment = end
    return times


def item_for_activity(activity: Activity) -> AgendaItem:
    return AgendaItem(activity.title, activity.minutes[0], activity.id, "")


def add_item(agenda: Sequence[AgendaItem], item: AgendaItem, index: int | None = None) -> tuple[AgendaItem, ...]:
    items = list(agenda)
    items.insert(len(items) if index is None else max(0, min(index, len(items))), item)
    return tuple(items)


def _check_index(agenda: Sequence[AgendaItem], index: int) -> None:
    if not 0 <= index < len(agenda):
        raise PlanError(f"the agenda has no item {index + 1}; it has {len(agenda)}.")


def remove_item(agenda: Sequence[AgendaItem], index: int) -> tuple[AgendaItem, ...]:
    _check_index(agenda, index)
    return tuple(item for position, item in enumerate(agenda) if position != index)


def move_item(agenda: Sequence[AgendaItem], index: int, to: int) -> tuple[AgendaItem, ...]:
    """Move an item so that it ends up at position ``to`` (clamped to the agenda)."""
    _check_index(agenda, index)
    items = list(agenda)
    item = items.pop(index)
    items.insert(max(0, min(to, len(items))), item)
    return tuple(items)


def set_minutes(agenda: Sequence[AgendaItem], index: int, minutes: int) -> tuple[AgendaItem, ...]:
    _check_index(agenda, index)
    if minutes < 0:
        raise PlanError(f"an agenda item cannot last {minutes} minutes; give it 0 or more.")
    return _replace_at(agenda, index, replace(agenda[index], minutes=minutes))


def set_title(agenda: Sequence[AgendaItem], index: int, title: str) -> tuple[AgendaItem, ...]:
    _check_index(agenda, index)
    return _replace_at(agenda, index, replace(agenda[index], title=title.strip() or agenda[index].title))


def set_notes(agenda: Sequence[AgendaItem], index: int, notes: str) -> tuple[AgendaItem, ...]:
    _check_index(agenda, index)
    return _replace_at(agenda, index, replace(agenda[index], notes=notes.strip()))


def swap_activity(agenda: Sequence[AgendaItem], index: int, activity: Activity | None) -> tuple[AgendaItem, ...]:
    """Use another activity (or none) for an item; its title, minutes and notes stay."""
    _check_index(agenda, index)
    return _replace_at(agenda, index, replace(agenda[index], activity=activity.id if activity else None))


def _replace_at(agenda: Sequence[AgendaItem], index: int, item: AgendaItem) -> tuple[AgendaItem, ...]:
    items = list(agenda)
    items[index] = item
    return tuple(items)
