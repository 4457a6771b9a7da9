"""Meeting mode's clock, driven by a fake clock: countdown, time up, five more minutes, skip, back, re-flow."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.content.model import AgendaItem
from handbook.core.planning.meeting_clock import MeetingClock, activity_steps, booked_end, clock_text

T0 = dt.datetime(2026, 3, 4, 18, 0)
AGENDA = (AgendaItem("Welcome", 10), AgendaItem("Video", 20), AgendaItem("Talk", 20), AgendaItem("Close", 10))


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_countdown_runs_only_while_started() -> None:
    clock = MeetingClock(AGENDA, 60)
    assert clock.remaining(at(5)) == 600  # not started: nothing counts
    clock.start(at(0))
    assert clock.remaining(at(4)) == 360
    clock.pause(at(4))
    assert clock.remaining(at(30)) == 360  # paused
    clock.toggle(at(30))
    assert clock.running and clock.remaining(at(31)) == 300


def test_time_up_is_signalled_once_and_again_after_more_time() -> None:
    clock = MeetingClock(AGENDA, 60)
    clock.start(at(0))
    assert not clock.take_time_up(at(9.9))
    assert clock.take_time_up(at(10))
    assert not clock.take_time_up(at(10.5))  # once
    clock.add_minutes(at(10.5))
    assert clock.minutes_for(0) == 15 and clock.remaining(at(10.5)) == 270
    assert not clock.take_time_up(at(14))
    assert clock.take_time_up(at(15))


def test_skip_and_back_keep_each_items_time() -> None:
    clock = MeetingClock(AGENDA, 60)
    clock.start(at(0))
    clock.skip(at(7))
    assert clock.item() == AGENDA[1] and clock.next_item() == AGENDA[2]
    assert clock.remaining(at(8)) == 19 * 60  # the new item counts from the skip
    clock.back(at(8))
    assert clock.item() == AGENDA[0] and clock.remaining(at(8)) == 180  # 7 minutes already run
    for _ in range(5):
        clock.skip(at(9))
    assert clock.finished and clock.item() is None and not clock.running


def test_an_item_running_over_reflows_the_agenda_and_shows_what_no_longer_fits() -> None:
    clock = MeetingClock(AGENDA, 60)
    clock.start(at(0))
    on_time = clock.schedule(at(5))
    assert [slot.end for slot in on_time] == [at(10), at(30), at(50), at(60)]
    assert all(slot.fits for slot in on_time) and clock.over_by(at(5)) == 0
    # The welcome runs 8 minutes over: everything after it moves, and the close no longer fits.
    slots = clock.schedule(at(18))
    assert slots[0].state == "current" and slots[0].end == at(18)
    assert [slot.start for slot in slots[1:]] == [at(18), at(38), at(58)]
    assert [slot.fits for slot in slots] == [True, True, True, False]
    assert clock.over_by(at(18)) == 8
    clock.skip(at(18))
    slots = clock.schedule(at(18))
    assert slots[0].state == "done" and slots[0].end == at(18) and slots[1].state == "current"
    assert clock.time_left(at(18)) == 42 * 60


def test_the_booked_end_is_used_when_the_meeting_is_under_way_by_the_clock() -> None:
    assert booked_end(T0.date(), dt.time(17, 45), 90, at(0)) == at(75)
    assert booked_end(T0.date(), dt.time(20, 0), 90, at(0)) is None  # hours early: counts from the start
    clock = MeetingClock(AGENDA, 90, booked_end=at(60))
    clock.start(at(0))
    assert clock.time_left(at(10)) == 50 * 60


def test_steps_are_the_first_numbered_list() -> None:
    body = "Intro text.\n\n## Steps\n\n1. Write the topic.\n2. Ask: what\n   ideas?\n\n## Tip\n\n1. Not a step."
    assert activity_steps(body) == ["Write the topic.", "Ask: what ideas?"]
    assert activity_steps("No list here.") == []


def test_clock_text() -> None:
    assert clock_text(600) == "10:00"
    assert clock_text(59.2) == "1:00"
    assert clock_text(-75) == "-1:15"
    assert clock_text(3725) == "1:02:05"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ssbpa+"), st.integers(0, 900)), max_size=25))
def test_any_sequence_of_keys_keeps_the_clock_consistent(moves: list[tuple[str, int]]) -> None:
    clock = MeetingClock(AGENDA, 60)
    now = T0
    for key, seconds in moves:
        now += dt.timedelta(seconds=seconds)
        {"s": clock.toggle, "b": clock.back, "p": clock.pause, "a": clock.skip, "+": clock.add_minutes}[key](now)
        assert 0 <= clock.current <= len(AGENDA)
        assert all(spent >= 0 for spent in clock.spent)
        slots = clock.schedule(now)
        assert len(slots) == len(AGENDA)
        assert all(a.end <= b.start or b.state != "waiting" for a, b in pairwise(slots))
