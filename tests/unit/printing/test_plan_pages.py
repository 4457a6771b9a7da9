"""Every session plan of the bundled pack on A4 and Letter: one page where it fits at a readable
size, else two, the second holding the steps of the activities; never small print."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import Meeting, MeetingEdit, build_meetings, edit_key
from handbook.core.resources import bundled_pack_dir
from handbook.printing.jobs import plan_job
from handbook.printing.plan_sheet import activities_used
from tests import pdftext

ONE_PAGE = ("02-goal-setting.md", "03-critique-and-feedback.md", "04-sharing.md", "05-failing-is-learning.md")


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


@lru_cache(maxsize=1)
def every_plan() -> tuple[CircleDetails, list[Meeting]]:
    """A circle with a meeting for each plan of the pack, in the order of their files."""
    plans = sorted(bundled().plans, key=lambda plan: plan.path)
    circle = CircleDetails(
        "Learning to code with Python", "Central Library, room 2", ("Ana Silva", "Ben Okafor"),
        dt.date(2027, 3, 2), meetings=len(plans),
    )  # fmt: skip
    edits = {edit_key(bundled(), n, len(plans)): MeetingEdit(template=plan.id) for n, plan in enumerate(plans, start=1)}
    return circle, build_meetings(bundled(), circle, edits)


def text_sizes(path: Path) -> tuple[set[float], set[float]]:
    """The sizes, in points, of all the PDF's text and of the agenda's clock times ('18:00–18:10')."""
    sizes: set[float] = set()
    clock_sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        points = size * math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
        if text.strip():
            sizes.add(round(points, 1))
        if re.search(r"\d\d:\d\d–\d\d:\d\d", text):
            clock_sizes.add(round(points, 1))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes, clock_sizes


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_plan_on_one_page_or_two_with_the_steps_on_the_second(tmp_path: Path, paper: str) -> None:
    circle, meetings = every_plan()
    pages = {}
    for meeting in meetings:
        target = tmp_path / f"{meeting.number}.pdf"
        count = plan_job(bundled(), meetings, circle, meeting.number, paper).write_pdf(target)
        name = meeting.template.path.rsplit("/", 1)[-1]
        pages[name] = count
        texts = pdftext.pdf_pages_text(target)
        assert count == len(texts) <= 2, name
        assert meeting.heading in texts[0]
        if count == 2:
            assert "Steps of the activities" not in texts[0], name
            assert texts[1].startswith("Steps of the activities"), name
        for activity in activities_used(meeting, bundled()):
            assert activity.title in texts[-1], (name, activity.title)
        sizes, agenda = text_sizes(target)
        assert min(sizes) >= 7.9, (name, sorted(sizes))  # the steps a size smaller, never below 8 pt
        assert agenda and min(agenda) >= 8.9, (name, sorted(agenda))  # the plan itself at 9 pt or more
    assert pages["01-getting-started.md"] == 2  # the first meeting has too much for one readable page
    assert all(pages[name] == 1 for name in ONE_PAGE), pages


def test_the_first_meeting_reads_as_the_plan_then_a_sheet_of_steps(tmp_path: Path) -> None:
    circle, meetings = every_plan()
    target = tmp_path / "week1.pdf"
    assert plan_job(bundled(), meetings, circle, 1, "Letter").write_pdf(target) == 2
    first, second = (unicodedata.normalize("NFKC", text) for text in pdftext.pdf_pages_text(target))  # 'ﬁ' as 'fi'
    for expected in (
        "18:00–18:10",
        "19:25–19:30",
        "Total 90 minutes",
        "Send a reminder two days ahead",
        "Account creation",
    ):
        assert expected in first
    for step in ("Tell your own story first", "Make groups of three or four people", "Keep the list and put it up"):
        assert step in second
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
