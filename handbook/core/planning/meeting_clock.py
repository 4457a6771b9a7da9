"""Meeting mode's clock: which agenda item is on, its countdown, and the agenda re-flowed when an item runs over.

A pure state machine: every method that depends on time takes ``now`` (a datetime from the caller's clock),
so the GUI drives it from a timer and tests drive it with a fake clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handbook.core.content.model import AgendaItem
from handbook.core.i18n import translate
from handbook.core.planning.agenda import PlanError

if TYPE_CHECKING:
    from handbook.core.planning.plans import Meeting

EXTRA_MINUTES = 5  # what "add five minutes" adds to the item that is on
_STEP = re.compile(r"^\s{0,3}\d{1,2}[.)]\s+(.+)$")


@dataclass(frozen=True)
class Slot:
    """One agenda item as the meeting now stands: planned or re-flowed clock times, and whether it fits."""

    index: int
    title: str
    minutes: int  # planned minutes plus any added
    start: dt.datetime
    end: dt.datetime
    state: str  # "done", "current" or "waiting"
    fits: bool  # ends by the end of the meeting


class MeetingClock:
    """The state of a meeting being run: the item that is on, time spent on each item, running or paused.

    The meeting ends at ``booked_end`` when the caller knows it (the circle meets today and the meeting has
    begun by the clock); otherwise ``length`` minutes after it was started.
    """

    def __init__(self, agenda: Sequence[AgendaItem], length: int, booked_end: dt.datetime | None = None) -> None:
        self.items = tuple(agenda)
        self.length = length
        self.booked_end = booked_end
        self.current = 0
        self.spent = [0.0] * len(self.items)  # seconds spent on each item, up to the last pause or move
        self.extra = [0] * len(self.items)  # minutes added to each item
        self.started_at: dt.datetime | None = None  # when the meeting was first started
        self.running_since: dt.datetime | None = None
        self._signalled: set[int] = set()  # items whose "time is up" was already given

    # state

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def running(self) -> bool:
        return self.running_since is not None

    @property
    def finished(self) -> bool:
        return self.current >= len(self.items)

    def item(self) -> AgendaItem | None:
        return self.items[self.current] if not self.finished else None

    def next_item(self) -> AgendaItem | None:
        return self.items[self.current + 1] if self.current + 1 < len(self.items) else None

    def minutes_for(self, index: int) -> int:
        return self.items[index].minutes + self.extra[index]

    def elapsed(self, now: dt.datetime, index: int | None = None) -> float:
        """Seconds spent on an item (the current one by default), counting the run in progress."""
        index = self.current if index is None else index
        if not 0 <= index < len(self.items):
            return 0.0
        seconds = self.spent[index]
        if index == self.current and self.running_since is not None:
            seconds += max(0.0, (now - self.running_since).total_seconds())
        return seconds

    def remaining(self, now: dt.datetime) -> float:
        """Seconds left on the current item; negative once it runs over."""
        if self.finished:
            return 0.0
        return self.minutes_for(self.current) * 60 - self.elapsed(now)

    def time_up(self, now: dt.datetime) -> bool:
        return not self.finished and self.remaining(now) <= 0

    def take_time_up(self, now: dt.datetime) -> bool:
        """True once when the current item's time runs out (for the signal), then False until time is added."""
        if self.time_up(now) and self.current not in self._signalled:
            self._signalled.add(self.current)
            return True
        return False

    def meeting_end(self, now: dt.datetime) -> dt.datetime:
        if self.booked_end is not None:
            return self.booked_end
        return (self.started_at or now) + dt.timedelta(minutes=self.length)

    def time_left(self, now: dt.datetime) -> float:
        """Seconds until the meeting's end (negative after it)."""
        return (self.meeting_end(now) - now).total_seconds()

    # controls

    def start(self, now: dt.datetime) -> None:
        if self.finished or self.running:
            return
        if self.started_at is None:
            self.started_at = now
        self.running_since = now

    def pause(self, now: dt.datetime) -> None:
        if self.running_since is not None and not self.finished:
            self.spent[self.current] += max(0.0, (now - self.running_since).total_seconds())
        self.running_since = None

    def toggle(self, now: dt.datetime) -> None:
        if self.running:
            self.pause(now)
        else:
            self.start(now)

    def _move(self, to: int, now: dt.datetime) -> None:
        was_running = self.running
        self.pause(now)
        self.current = max(0, min(to, len(self.items)))
        if was_running and not self.finished:
            self.running_since = now

    def skip(self, now: dt.datetime) -> None:
        """On to the next item (after the last one, the meeting is finished)."""
        if not self.finished:
            self._move(self.current + 1, now)

    def back(self, now: dt.datetime) -> None:
        """Back to the item before; the time it had already run is kept."""
        if self.current > 0:
            self._move(self.current - 1, now)

    def add_minutes(self, now: dt.datetime, minutes: int = EXTRA_MINUTES) -> None:
        if self.finished:
            return
        self.extra[self.current] += minutes
        if not self.time_up(now):
            self._signalled.discard(self.current)

    # the agenda re-flowed

    def schedule(self, now: dt.datetime) -> list[Slot]:
        """Every item with its clock times as the meeting now stands.

        Items done keep the times they had; the current one ends when its time is up (or now, when it has
        run over); the items after it follow one after another. An item fits when it ends by the meeting's end.
        """
        end_of_meeting = self.meeting_end(now)
        slots: list[Slot] = []
        moment = self.started_at or now
        for index in range(min(self.current, len(self.items))):  # done or skipped
            start = moment
            moment = moment + dt.timedelta(seconds=self.elapsed(now, index))
            slots.append(Slot(index, self.items[index].title, self.minutes_for(index), start, moment, "done", True))
        if not self.finished:
            start = now - dt.timedelta(seconds=self.elapsed(now))
            moment = now + dt.timedelta(seconds=max(0.0, self.remaining(now)))
            fits = moment <= end_of_meeting
            slots.append(Slot(self.current, self.items[self.current].title, self.minutes_for(self.current), start,
                              moment, "current", fits))  # fmt: skip
        for index in range(self.current + 1, len(self.items)):
            start = moment
            moment = moment + dt.timedelta(minutes=self.minutes_for(index))
            fits = moment <= end_of_meeting
            slots.append(Slot(index, self.items[index].title, self.minutes_for(index), start, moment, "waiting", fits))
        return slots

    def over_by(self, now: dt.datetime) -> int:
        """Whole minutes the agenda now runs past the meeting's end (0 when it fits)."""
        slots = self.schedule(now)
        if not slots:
            return 0
        seconds = (slots[-1].end - self.meeting_end(now)).total_seconds()
        return max(0, int(-(-seconds // 60)))


def meeting_to_run(meetings: Sequence[Meeting], week: int | None, today: dt.date | None = None) -> Meeting:
    """The meeting ``week`` of the circle, else the next one by date; PlanError or CircleLogError when there is none."""
    from handbook.core.circle.log import check_week
    from handbook.core.planning.plans import next_meeting

    if week is None:
        chosen = next_meeting(meetings, today)
        if chosen is None:
            raise PlanError(translate("plans", "The circle has no meetings; set it up in the planner first."))
        return chosen
    return meetings[check_week(week, len(meetings)) - 1]


def booked_end(date: dt.date, start: dt.time, length: int, now: dt.datetime) -> dt.datetime | None:
    """The booked end of a meeting on ``date`` at ``start`` when it is under way by the clock at ``now``, else None."""
    begins = dt.datetime.combine(date, start)
    ends = begins + dt.timedelta(minutes=length)
    return ends if begins - dt.timedelta(minutes=30) <= now < ends else None


def activity_steps(body: str, limit: int = 8) -> list[str]:
    """The first numbered list of an activity's text (its steps), at most ``limit`` of them."""
    steps: list[str] = []
    for line in body.splitlines():
        match = _STEP.match(line)
        if match:
            steps.append(match.group(1).strip())
            if len(steps) >= limit:
                break
        elif steps and line.strip() and line.startswith((" ", "\t")):
            steps[-1] += " " + line.strip()  # a step's text wrapped onto the next line
        elif steps and line.strip():
            break  # the list ended
    return steps


def clock_text(seconds: float) -> str:
    """A countdown as m:ss (or h:mm:ss), with a minus sign once it runs over."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))  # 59.2 s left shows 1:00, not 0:59
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
