"""Circles of 6, 7 and 8 meetings: every printed plan and planner heading names the week it is used in,
and no plan's words promise a week or a last meeting that is not so in that circle."""

from __future__ import annotations

import datetime as dt
import html
import re
from functools import lru_cache

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.content.pages import render_page
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import build_meetings
from handbook.core.resources import bundled_pack_dir
from handbook.printing.plan_sheet import plan_html

_TAG = re.compile(r"<[^>]+>")
_WEEK_NUMBER = re.compile(r"\bweek\s+(\d+)", re.IGNORECASE)
_NEXT_IS_LAST = re.compile(r"next (week|meeting) is the (last|final)", re.IGNORECASE)


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


def text_of(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


@pytest.mark.parametrize("count", [6, 7, 8])
def test_printed_plans_name_only_their_own_week(count: int) -> None:
    pack = bundled()
    circle = CircleDetails("Python", "Central Library", ("Ana",), dt.date(2027, 3, 2), meetings=count)
    meetings = build_meetings(pack, circle)
    assert meetings[-1].template.id == "wrapping-up"
    for meeting in meetings:
        assert meeting.heading.startswith(f"Week {meeting.number} of {count}: ")
        printed = text_of(plan_html(meeting, pack, circle))
        weeks = {int(number) for number in _WEEK_NUMBER.findall(printed)}
        assert weeks == {meeting.number}, f"week {meeting.number} of {count} ({meeting.template.path}): {weeks}"
        if meeting.number != count - 1:
            assert not _NEXT_IS_LAST.search(printed), f"week {meeting.number} of {count}: {meeting.template.path}"


def test_plan_titles_and_pages_name_no_week_a_circle_may_not_use_them_in() -> None:
    pack = bundled()
    for plan in pack.plans:
        assert not _WEEK_NUMBER.search(plan.title), plan.path
    seven_or_eight = [plan for plan in pack.plans if "eight-week" in plan.tags]
    assert seven_or_eight, "the extra plans for longer circles"
    for plan in seven_or_eight:
        assert not _WEEK_NUMBER.search(text_of(render_page(plan, pack).html)), plan.path
    wrap_up = next(plan for plan in pack.plans if "wrap-up" in plan.tags)
    page = text_of(render_page(wrap_up, pack).html)
    assert "The last meeting" in page and not _WEEK_NUMBER.search(page)
