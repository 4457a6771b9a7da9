"""Session plans for a circle: a plan per meeting from the pack's templates, agenda maths, clock times."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from handbook.core.content.model import AgendaItem, Pack, SessionPlan
from handbook.core.i18n import translate
from handbook.core.planning.agenda import PlanError, agenda_clock_times, agenda_total
from handbook.core.planning.circle import CircleDetails, CircleError, clock

FIRST_MEETING_TAG = "first-meeting"
WRAP_UP_TAG = "wrap-up"
REGULAR_TAG = "regular"
LAST = "last"  # the slot of a closing meeting, whatever its number
_WEEK_PREFIX = re.compile(r"^\s*(?:week|semana)\s+\d+\s*[-–—:]\s*", re.IGNORECASE)  # English and Spanish packs


class EditKey(NamedTuple):
    """Which meeting an edit belongs to, however many meetings the circle has.

    ``slot`` is the meeting's place in the circle (see meeting_slot): "last" for the closing
    meeting, else its week number as text. ``made_on`` is the plan the meeting took by default when
    the edit was made, so an edit is never put on a meeting that follows another plan; None for
    edits saved by older versions, which did not record it (they go by their slot alone).
    """

    slot: str
    made_on: str | None


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
        """ "over", "under" or "exact"."""
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
    chosen: bool = False  # the user chose a template other than the default
    slot: str = ""  # where its edits are kept (meeting_slot)
    default_id: str = ""  # the plan it takes by default

    @property
    def key(self) -> EditKey:
        """The key an edit made to this meeting now is kept under."""
        return EditKey(self.slot, self.default_id)

    @property
    def title(self) -> str:
        return plan_title(self.template)

    @property
    def heading(self) -> str:
        """'Week 3 of 6: Critique and feedback'."""

        return translate("plans", "Week {n} of {count}: {title}").format(
            n=self.number, count=self.count, title=self.title
        )

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
        raise PlanError(
            translate("plans", "the pack '{title}' has no session plans; add some to its plans/ folder.").format(
                title=pack.info.title
            )
        )
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


def meeting_slot(pack: Pack, number: int, count: int) -> str:
    """Where the edits of meeting ``number`` of ``count`` are kept, so they follow that meeting.

    The closing meeting, which takes the wrap-up plan, is "last": its edits move with the end of
    the circle when meetings are added or taken away. Every other meeting is its week number:
    week 3 takes the same plan in a circle of 4 or of 16 (see default_template).
    """
    if number == count and count > 1 and templates_tagged(pack, WRAP_UP_TAG):
        return LAST
    return str(number)


def edit_key(pack: Pack, number: int, count: int) -> EditKey:
    """The key an edit made now to meeting ``number`` of ``count`` is kept under."""
    return EditKey(meeting_slot(pack, number, count), default_template(pack, number, count).id)


def slot_order(slot: str) -> int:
    """Week numbers in order, the last meeting after them."""
    return int(slot) if slot.isdigit() else 1000


def _placed_key(edits: Mapping[EditKey, MeetingEdit], slot: str, made_on: str) -> EditKey | None:
    """The edit a meeting gets: one made on its plan, else one from an older version for its slot."""
    for key in (EditKey(slot, made_on), EditKey(slot, None)):
        if key in edits and not edits[key].is_empty:
            return key
    return None


def build_meetings(
    pack: Pack, details: CircleDetails, edits: Mapping[EditKey, MeetingEdit] | None = None
) -> list[Meeting]:
    """A meeting for every date of the circle, with the user's template choices and edits applied.

    An edit goes to the meeting of its slot when that meeting takes the plan the edit was made on;
    other edits are kept but not used (see unplaced_edits). An edit naming a template the pack no
    longer has falls back to the default template.
    """
    edits = edits or {}
    meetings = []
    for number, day in enumerate(details.meeting_dates(), start=1):
        default = default_template(pack, number, details.meetings)
        slot = meeting_slot(pack, number, details.meetings)
        key = _placed_key(edits, slot, default.id)
        edit = edits[key] if key is not None else MeetingEdit()
        chosen = template_by_id(pack, edit.template) if edit.template else None
        template = chosen or default
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
                chosen=template.id != default.id,
                slot=slot,
                default_id=default.id,
            )
        )
    return meetings


def unplaced_edits(pack: Pack, details: CircleDetails, edits: Mapping[EditKey, MeetingEdit]) -> list[EditKey]:
    """The edits no meeting of this circle gets, in week order: kept, so they come back when the
    circle has their meeting again (a week beyond its end, or one that now follows another plan)."""
    used = set()
    for number in range(1, details.meetings + 1):
        default = default_template(pack, number, details.meetings)
        used.add(_placed_key(edits, meeting_slot(pack, number, details.meetings), default.id))
    unplaced = [key for key, edit in edits.items() if key not in used and not edit.is_empty]
    return sorted(unplaced, key=lambda key: (slot_order(key.slot), key.made_on or ""))


def edit_title(pack: Pack, key: EditKey, edit: MeetingEdit) -> str:
    """The name of the plan an edit was made on (or chose), for telling the user about it."""
    for plan_id in (edit.template, key.made_on):
        plan = template_by_id(pack, plan_id) if plan_id else None
        if plan is not None:
            return plan_title(plan)
    return edit.template or key.made_on or ""


def meeting_for_week(meetings: Sequence[Meeting], week: int) -> Meeting:
    if not 1 <= week <= len(meetings):
        raise PlanError(
            translate("plans", "week {week} is not a meeting of this circle; choose a week from 1 to {count}.").format(
                week=week, count=len(meetings)
            )
        )
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
            translate(
                "plans",
                "week {week} ({title}, from {file}): the agenda item '{item}' names the activity '{activity}', "
                "which the pack does not have. Choose another activity for it in the planner, or correct the "
                "plan's 'activity:'.",
            ).format(
                week=meeting.number,
                title=meeting.title,
                file=meeting.template.path,
                item=item.title,
                activity=item.activity,
            )
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
            translate(
                "plans",
                "a meeting of {length} minutes is shorter than the agenda of week {week} ({title}) can be: it "
                "needs at least {shortest} minutes with every activity at its shortest. Make the meetings longer "
                "or choose a shorter plan for that week.",
            ).format(length=meeting.length, week=meeting.number, title=meeting.title, shortest=shortest)
        )


def check_meetings(meetings: Sequence[Meeting], pack: Pack) -> None:
    for meeting in meetings:
        check_meeting(meeting, pack)
        check_fits(meeting, pack)


# agenda maths
