"""An agenda's maths and edits: totals, clock times, and adding, moving, timing or swapping its items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import replace

from handbook.core.content.model import Activity, AgendaItem
from handbook.core.errors import HandbookError
from handbook.core.i18n import translate


class PlanError(HandbookError):
    """A plan that cannot be used as it is (a missing activity, no templates, a bad week)."""


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
        raise PlanError(
            translate("planner", "the agenda has no item {number}; it has {count}.").format(
                number=index + 1, count=len(agenda)
            )
        )


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
        raise PlanError(
            translate("planner", "an agenda item cannot last {minutes} minutes; give it 0 or more.").format(
                minutes=minutes
            )
        )
    return _replace_at(agenda, index, replace(agenda[index], minutes=minutes))


def set_title(agenda: Sequence[AgendaItem], index: int, title: str) -> tuple[AgendaItem, ...]:
    _check_index(agenda, index)
    return _replace_at(agenda, index, replace(agenda[index], title=title.strip() or agenda[index].title))


def set_notes(agenda: Sequence[AgendaItem], index: int, notes: str) -> tuple[AgendaItem, ...]:
    _check_index(agenda, index)
    return _replace_at(agenda, index, replace(agenda[index], notes=notes.strip()))


def fit_minutes(minutes: int, activity: Activity) -> int:
    """Minutes within the activity's range: as they are when they fit, else the nearest end."""
    low, high = activity.minutes
    if high <= 0:  # the activity gives no time
        return minutes
    return max(low, min(minutes, high))


def swap_activity(
    agenda: Sequence[AgendaItem], index: int, activity: Activity | None, plan_notes: Collection[str] = ()
) -> tuple[AgendaItem, ...]:
    """Use another activity for an item, which then is about the new activity: its title, minutes
    within its range (see fit_minutes), and no notes that came with the plan (``plan_notes``, which
    were written for the old activity); notes the user wrote stay. With no activity, only the
    activity goes.
    """
    _check_index(agenda, index)
    item = agenda[index]
    if activity is None:
        return _replace_at(agenda, index, replace(item, activity=None))
    notes = "" if item.notes in plan_notes else item.notes
    swapped = AgendaItem(activity.title, fit_minutes(item.minutes, activity), activity.id, notes)
    return _replace_at(agenda, index, swapped)


def _replace_at(agenda: Sequence[AgendaItem], index: int, item: AgendaItem) -> tuple[AgendaItem, ...]:
    items = list(agenda)
    items[index] = item
    return tuple(items)
