"""Planner maths: templates per week, clock times (also past midnight), totals, edits, checks."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest

from handbook.core import plans
from handbook.core.circle import CircleDetails, CircleError
from handbook.core.content import AgendaItem, Pack
from handbook.core.loader import load_pack
from handbook.core.plans import MeetingEdit, PlanError, TimeBalance, agenda_clock_times, build_meetings
from handbook.core.resources import bundled_pack_dir

TUESDAY = dt.date(2027, 3, 2)


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


def details(**changes: object) -> CircleDetails:
    values: dict[str, object] = {"course_title": "Python", "first_meeting": TUESDAY, "meetings": 6}
    values.update(changes)
    return CircleDetails(**values)  # type: ignore[arg-type]


def items(*minutes: int) -> tuple[AgendaItem, ...]:
    return tuple(AgendaItem(f"Item {n}", m) for n, m in enumerate(minutes, start=1))


def test_six_weeks_use_first_meeting_regular_and_wrap_up_templates() -> None:
    meetings = build_meetings(bundled(), details())
    assert [m.template.id for m in meetings] == [
        "getting-started", "goal-setting", "critique-and-feedback", "sharing", "failing-is-learning", "wrapping-up",
    ]  # fmt: skip
    assert [m.date for m in meetings] == [TUESDAY + dt.timedelta(weeks=n) for n in range(6)]
    assert meetings[2].heading == "Week 3 of 6: Critique and feedback"
    assert meetings[2].time_range() == "18:00-19:30"


def test_eight_weeks_follow_the_regular_plans_in_week_order() -> None:
    meetings = build_meetings(bundled(), details(meetings=8))
    assert [m.template.week for m in meetings] == [1, 2, 3, 4, 5, 7, 8, 6]
    assert meetings[-1].title == "Wrapping up"  # the template says "Week 6 - ...", but it is week 8 here


def test_short_and_long_circles() -> None:
    one = build_meetings(bundled(), details(meetings=1))
    assert [m.template.id for m in one] == ["getting-started"]
    two = build_meetings(bundled(), details(meetings=2))
    assert [m.template.id for m in two] == ["getting-started", "wrapping-up"]
    sixteen = build_meetings(bundled(), details(meetings=16))
    assert sixteen[-1].template.id == "wrapping-up"
    assert all("regular" in m.template.tags for m in sixteen[1:-1])


def test_a_pack_with_only_a_first_meeting_plan_uses_it_for_every_week(mini_pack: Path) -> None:
    meetings = build_meetings(load_pack(mini_pack), details(meetings=3))
    assert {m.template.id for m in meetings} == {"first-meeting"}


def test_a_pack_without_plans_says_so(write_pack: object) -> None:
    empty = load_pack(write_pack({"pack.yaml": "id: e\ntitle: Empty\nversion: 1.0.0\n"}))  # type: ignore[operator]
    with pytest.raises(PlanError, match="has no session plans"):
        build_meetings(empty, details())


def test_chosen_templates_and_edits_apply_to_their_meeting() -> None:
    agenda = items(30, 60)
    edits = {2: MeetingEdit(template="short-meeting"), 3: MeetingEdit(template="sharing", agenda=agenda)}
    meetings = build_meetings(bundled(), details(), edits)
    assert meetings[1].template.id == "short-meeting" and meetings[1].chosen and not meetings[1].edited
    assert meetings[2].agenda == agenda and meetings[2].edited
    assert meetings[3].template.id == "sharing" and not meetings[3].chosen
    gone = build_meetings(bundled(), details(), {1: MeetingEdit(template="no-such-plan")})
    assert gone[0].template.id == "getting-started"


def test_clock_times_run_on_from_the_start() -> None:
    times = agenda_clock_times(dt.time(18, 0), items(10, 45, 30, 5))
    assert [(plans.clock(a), plans.clock(b)) for a, b in times] == [
        ("18:00", "18:10"), ("18:10", "18:55"), ("18:55", "19:25"), ("19:25", "19:30"),
    ]  # fmt: skip


def test_clock_times_cross_midnight() -> None:
    times = agenda_clock_times(dt.time(23, 30), items(20, 15, 60))
    assert [plans.clock(start) for start, _ in times] == ["23:30", "23:50", "00:05"]
    assert plans.clock(times[-1][1]) == "01:05"


def test_totals_against_the_meeting_length() -> None:
    assert TimeBalance(95, 90).status == "over" and TimeBalance(95, 90).describe() == "95 of 90 minutes: 5 over"
    assert TimeBalance(80, 90).status == "under" and TimeBalance(80, 90).describe() == "80 of 90 minutes: 10 to spare"
    assert TimeBalance(90, 90).status == "exact"
    meeting = build_meetings(bundled(), details(meeting_minutes=75))[0]
    assert meeting.balance.total == 90 and meeting.balance.difference == 15


def test_agenda_edits() -> None:
    agenda = items(10, 20, 30)
    moved = plans.move_item(agenda, 0, 2)
    assert [i.title for i in moved] == ["Item 2", "Item 3", "Item 1"]
    assert [i.title for i in plans.move_item(agenda, 2, 0)] == ["Item 3", "Item 1", "Item 2"]
    assert [i.title for i in plans.move_item(agenda, 1, 99)] == ["Item 1", "Item 3", "Item 2"]
    assert plans.agenda_total(plans.remove_item(agenda, 1)) == 40
    assert plans.set_minutes(agenda, 2, 45)[2].minutes == 45
    added = plans.add_item(agenda, AgendaItem("Energizer", 5), 1)
    assert [i.title for i in added] == ["Item 1", "Energizer", "Item 2", "Item 3"]
    assert plans.set_title(agenda, 0, "  ")[0].title == "Item 1"  # an empty title keeps the old one
    assert plans.set_notes(agenda, 0, " bring pens ")[0].notes == "bring pens"
    shakedown = bundled().activity("shakedown")
    assert shakedown is not None
    swapped = plans.swap_activity(agenda, 0, shakedown)
    assert swapped[0].activity == "shakedown" and swapped[0].title == "Item 1" and swapped[0].minutes == 10
    assert plans.item_for_activity(shakedown) == AgendaItem("Shakedown", 5, "shakedown", "")
    with pytest.raises(PlanError, match="no item 4"):
        plans.remove_item(agenda, 3)
    with pytest.raises(PlanError, match="cannot last -5 minutes"):
        plans.set_minutes(agenda, 0, -5)


def test_a_missing_activity_is_named() -> None:
    agenda = (AgendaItem("Warm-up", 10, "juggling"),)
    meeting = build_meetings(bundled(), details(), {1: MeetingEdit("getting-started", agenda)})[0]
    with pytest.raises(PlanError, match="'Warm-up' names the activity 'juggling', which the pack does not have"):
        plans.check_meeting(meeting, bundled())


def test_a_meeting_shorter_than_the_agenda_minimum_is_refused() -> None:
    pack = bundled()
    first = build_meetings(pack, details())[0]
    shortest = plans.agenda_minimum(first.agenda, pack)
    assert 30 < shortest < 90
    plans.check_fits(first, pack)
    short = build_meetings(pack, details(meeting_minutes=shortest - 1))[0]
    with pytest.raises(CircleError, match=f"needs at least {shortest} minutes"):
        plans.check_fits(short, pack)
    plans.check_meetings(build_meetings(pack, details(meeting_minutes=shortest)), pack)


def test_every_bundled_plan_fits_a_90_minute_meeting() -> None:
    pack = bundled()
    for plan in pack.plans:
        assert plans.agenda_total(plan.agenda) == plan.minutes
        assert plans.agenda_minimum(plan.agenda, pack) <= 90
        assert not plans.missing_activities(plan.agenda, pack), plan.path


def test_next_meeting_is_this_weeks() -> None:
    meetings = build_meetings(bundled(), details())
    assert plans.next_meeting(meetings, TUESDAY - dt.timedelta(days=3)) is meetings[0]
    assert plans.next_meeting(meetings, TUESDAY + dt.timedelta(days=1)) is meetings[1]
    assert plans.next_meeting(meetings, TUESDAY + dt.timedelta(days=365)) is meetings[-1]
    with pytest.raises(PlanError, match="week 7 is not a meeting of this circle; choose a week from 1 to 6"):
        plans.meeting_for_week(meetings, 7)
