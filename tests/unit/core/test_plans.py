"""Planner maths: templates per week, clock times (also past midnight), totals, edits, checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import AgendaItem, Pack
from handbook.core.planning import agenda as agenda_edits
from handbook.core.planning import plans
from handbook.core.planning.agenda import PlanError, agenda_clock_times
from handbook.core.planning.circle import CircleDetails, CircleError, clock
from handbook.core.planning.plans import (
    LAST,
    EditKey,
    MeetingEdit,
    TimeBalance,
    build_meetings,
    edit_key,
    unplaced_edits,
)
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
    assert [m.template.id for m in meetings] == [
        "getting-started", "goal-setting", "critique-and-feedback", "sharing", "failing-is-learning",
        "going-deeper", "peer-teaching", "wrapping-up",
    ]  # fmt: skip
    assert meetings[-1].heading == "Week 8 of 8: Wrapping up"


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
    edits = {
        EditKey("2", "goal-setting"): MeetingEdit(template="short-meeting"),
        EditKey("3", "critique-and-feedback"): MeetingEdit(template="sharing", agenda=agenda),
    }
    meetings = build_meetings(bundled(), details(), edits)
    assert meetings[1].template.id == "short-meeting" and meetings[1].chosen and not meetings[1].edited
    assert meetings[2].agenda == agenda and meetings[2].edited and meetings[2].template.id == "sharing"
    assert meetings[3].template.id == "sharing" and not meetings[3].chosen
    assert [m.key for m in meetings[:2]] == [EditKey("1", "getting-started"), EditKey("2", "goal-setting")]
    assert meetings[-1].key == EditKey(LAST, "wrapping-up")
    gone = build_meetings(bundled(), details(), {EditKey("1", "getting-started"): MeetingEdit(template="no-such-plan")})
    assert gone[0].template.id == "getting-started" and not gone[0].chosen


def test_every_week_keeps_its_plan_whatever_the_number_of_meetings() -> None:
    """Edits are kept by slot (a week number, or "last"): sound only while a slot takes one plan for 1 to 16 meetings."""
    pack = bundled()
    plan_of_slot: dict[str, set[str]] = {}
    for count in range(1, 17):
        for meeting in build_meetings(pack, details(meetings=count)):
            plan_of_slot.setdefault(meeting.slot, set()).add(meeting.template.id)
    assert plan_of_slot[LAST] == {"wrapping-up"} and plan_of_slot["1"] == {"getting-started"}
    assert all(len(ids) == 1 for ids in plan_of_slot.values()), plan_of_slot
    assert set(plan_of_slot) == {LAST, *(str(n) for n in range(1, 16))}  # week 16 is only ever the last


def test_edits_follow_their_meeting_when_meetings_are_added_or_taken_away() -> None:
    pack = bundled()
    wrap_up = build_meetings(pack, details(meetings=8))[7]
    cake = agenda_edits.set_title(wrap_up.agenda, 0, "Check-in with cake")
    peer = build_meetings(pack, details(meetings=8))[6]
    assert peer.template.id == "peer-teaching"
    teach = agenda_edits.set_title(peer.agenda, 1, "Read on your own")
    edits = {wrap_up.key: MeetingEdit(None, cake), peer.key: MeetingEdit(None, teach)}

    ten = build_meetings(pack, details(meetings=10), edits)
    assert [m.title for m in ten if m.edited] == ["Peer teaching", "Wrapping up"]
    assert ten[7].title == "Goal setting" and not ten[7].edited  # no wrap-up in week 8 of 10
    assert ten[9].agenda[0].title == "Check-in with cake" and [m.title for m in ten].count("Wrapping up") == 1
    assert unplaced_edits(pack, details(meetings=10), edits) == []

    six = build_meetings(pack, details(meetings=6), edits)
    assert six[5].title == "Wrapping up" and six[5].agenda[0].title == "Check-in with cake"
    assert unplaced_edits(pack, details(meetings=6), edits) == [peer.key]  # week 7 is not in a circle of 6

    seven = build_meetings(pack, details(meetings=7), edits)
    assert seven[6].title == "Wrapping up" and seven[6].agenda == cake  # not the peer-teaching edit
    assert unplaced_edits(pack, details(meetings=7), edits) == [peer.key]
    assert build_meetings(pack, details(meetings=8), edits)[6].agenda == teach  # back where it was made

    one = details(meetings=1)
    assert build_meetings(pack, one, edits)[0].agenda == pack.plans[0].agenda  # a lone meeting is no wrap-up
    assert unplaced_edits(pack, one, edits) == [peer.key, wrap_up.key]
    assert plans.edit_title(pack, wrap_up.key, edits[wrap_up.key]) == "Wrapping up"


def test_an_edit_made_on_another_plan_is_kept_not_applied() -> None:
    pack = bundled()
    mine = items(45, 45)
    made_on_sharing = {EditKey("3", "sharing"): MeetingEdit(None, mine)}  # e.g. from another pack's week 3
    week3 = build_meetings(pack, details(), made_on_sharing)[2]
    assert week3.template.id == "critique-and-feedback" and not week3.edited
    assert unplaced_edits(pack, details(), made_on_sharing) == [EditKey("3", "sharing")]
    older = {EditKey("3", None): MeetingEdit(None, mine)}  # saved by an earlier version: by its week alone
    assert build_meetings(pack, details(), older)[2].agenda == mine
    assert unplaced_edits(pack, details(), older) == []
    both = {**older, EditKey("3", "critique-and-feedback"): MeetingEdit(None, items(90))}
    assert build_meetings(pack, details(), both)[2].agenda == items(90)
    assert unplaced_edits(pack, details(), both) == [EditKey("3", None)]
    assert edit_key(pack, 6, 6) == EditKey(LAST, "wrapping-up") and edit_key(pack, 6, 8).slot == "6"


def test_clock_times_run_on_from_the_start() -> None:
    times = agenda_clock_times(dt.time(18, 0), items(10, 45, 30, 5))
    assert [(clock(a), clock(b)) for a, b in times] == [
        ("18:00", "18:10"), ("18:10", "18:55"), ("18:55", "19:25"), ("19:25", "19:30"),
    ]  # fmt: skip


def test_clock_times_cross_midnight() -> None:
    times = agenda_clock_times(dt.time(23, 30), items(20, 15, 60))
    assert [clock(start) for start, _ in times] == ["23:30", "23:50", "00:05"]
    assert clock(times[-1][1]) == "01:05"


def test_totals_against_the_meeting_length() -> None:
    assert TimeBalance(95, 90).status == "over" and TimeBalance(95, 90).describe() == "95 of 90 minutes: 5 over"
    assert TimeBalance(80, 90).status == "under" and TimeBalance(80, 90).describe() == "80 of 90 minutes: 10 to spare"
    assert TimeBalance(90, 90).status == "exact"
    meeting = build_meetings(bundled(), details(meeting_minutes=75))[0]
    assert meeting.balance.total == 90 and meeting.balance.difference == 15


def test_agenda_edits() -> None:
    agenda = items(10, 20, 30)
    moved = agenda_edits.move_item(agenda, 0, 2)
    assert [i.title for i in moved] == ["Item 2", "Item 3", "Item 1"]
    assert [i.title for i in agenda_edits.move_item(agenda, 2, 0)] == ["Item 3", "Item 1", "Item 2"]
    assert [i.title for i in agenda_edits.move_item(agenda, 1, 99)] == ["Item 1", "Item 3", "Item 2"]
    assert agenda_edits.agenda_total(agenda_edits.remove_item(agenda, 1)) == 40
    assert agenda_edits.set_minutes(agenda, 2, 45)[2].minutes == 45
    added = agenda_edits.add_item(agenda, AgendaItem("Energizer", 5), 1)
    assert [i.title for i in added] == ["Item 1", "Energizer", "Item 2", "Item 3"]
    assert agenda_edits.set_title(agenda, 0, "  ")[0].title == "Item 1"  # an empty title keeps the old one
    assert agenda_edits.set_notes(agenda, 0, " bring pens ")[0].notes == "bring pens"
    shakedown = bundled().activity("shakedown")
    assert shakedown is not None
    assert agenda_edits.item_for_activity(shakedown) == AgendaItem("Shakedown", 5, "shakedown", "")
    with pytest.raises(PlanError, match="no item 4"):
        agenda_edits.remove_item(agenda, 3)
    with pytest.raises(PlanError, match="cannot last -5 minutes"):
        agenda_edits.set_minutes(agenda, 0, -5)


def test_a_swapped_item_is_about_its_new_activity() -> None:
    pack = bundled()
    fishbowl, shakedown = pack.activity("fishbowl"), pack.activity("shakedown")
    assert fishbowl is not None and fishbowl.minutes == (20, 30) and shakedown is not None
    critique = next(plan for plan in pack.plans if plan.id == "critique-and-feedback").agenda
    plan_notes = {item.notes for item in critique}
    swapped = agenda_edits.swap_activity(critique, 2, fishbowl, plan_notes)
    assert swapped[2] == AgendaItem("Fishbowl", 30, "fishbowl", "")  # 30 minutes fit 20-30; the critique rules go
    assert swapped[:2] == critique[:2] and swapped[3:] == critique[3:]
    assert (
        agenda_edits.swap_activity(critique, 2, fishbowl)[2].notes == critique[2].notes
    )  # notes not from the plan stay
    into_ten = agenda_edits.swap_activity(
        (AgendaItem("Goals in threes", 10, "one-some-many", "Bring pens"),), 0, fishbowl
    )
    assert into_ten[0] == AgendaItem("Fishbowl", 20, "fishbowl", "Bring pens")  # the nearest end of 20-30
    assert agenda_edits.swap_activity(items(45), 0, shakedown)[0].minutes == 5
    assert agenda_edits.swap_activity(items(45), 0, None)[0] == AgendaItem("Item 1", 45)
    assert agenda_edits.fit_minutes(12, replace(shakedown, minutes=(0, 0))) == 12  # an activity that gives no time


def test_a_missing_activity_is_named() -> None:
    agenda = (AgendaItem("Warm-up", 10, "juggling"),)
    meeting = build_meetings(bundled(), details(), {EditKey("1", "getting-started"): MeetingEdit(None, agenda)})[0]
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
        assert agenda_edits.agenda_total(plan.agenda) == plan.minutes
        assert plans.agenda_minimum(plan.agenda, pack) <= 90
        assert not plans.missing_activities(plan.agenda, pack), plan.path


def test_next_meeting_is_this_weeks() -> None:
    meetings = build_meetings(bundled(), details())
    assert plans.next_meeting(meetings, TUESDAY - dt.timedelta(days=3)) is meetings[0]
    assert plans.next_meeting(meetings, TUESDAY + dt.timedelta(days=1)) is meetings[1]
    assert plans.next_meeting(meetings, TUESDAY + dt.timedelta(days=365)) is meetings[-1]
    with pytest.raises(PlanError, match="week 7 is not a meeting of this circle; choose a week from 1 to 6"):
        plans.meeting_for_week(meetings, 7)
