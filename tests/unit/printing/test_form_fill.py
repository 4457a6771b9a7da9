"""Forms filled in from the circle: every blank its details answer, in every form of the packet
and in a form printed alone, read back from the PDF; blanks they cannot answer stay lines."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from handbook.cli import main
from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import build_meetings
from handbook.core.resources import bundled_pack_dir
from handbook.printing.form_fill import (
    FILLED_CLOSE,
    FILLED_OPEN,
    circle_answers,
    fill_blanks,
    spell,
    with_week_rows,
)
from handbook.printing.form_sheet import find_form, form_html
from handbook.printing.jobs import form_job, packet_job
from handbook.printing.markup import split_title
from tests import pdftext

CIRCLE = CircleDetails(
    course_title="Learning to code with Python",
    venue="Central Library, room 2",
    facilitators=("Ana Silva", "Ben Okafor"),
    first_meeting=dt.date(2027, 3, 2),
    meetings=8,
).validate()
COURSE, VENUE, PEOPLE = CIRCLE.course_title, CIRCLE.venue, "Ana Silva, Ben Okafor"
LINE = "_" * 8  # part of any blank line still there to write on


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


def squashed(text: str) -> str:
    """Text without any spaces: PDF text comes back with headings' first letters apart ('C ourse')."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def as_printed(markdown: str) -> str:
    """A filled Markdown line as it reads on paper: no marks, no underline markers."""
    text = re.sub(f"\u00a0*{FILLED_CLOSE}", "", markdown)  # the rest of the blank's line
    text = text.replace(FILLED_OPEN, "").replace("\u00a0", " ")
    return re.sub(r"\\(.)", r"\1", text.replace("**", "").replace("#", "")).strip()


@pytest.mark.parametrize(
    ("form", "printed"),
    [
        ("Course: ______________________________", f"Course: {COURSE}"),
        ("Course title: ______________________________", f"Course title: {COURSE}"),
        ("Circle: ______________________________ Week: ________", f"Circle: {COURSE} Week: ________"),
        ("## Course\n\n\\______________________________", f"Course\n\n{COURSE}"),
        ("took part in the learning circle\n\n**________________**", f"took part in the learning circle\n\n{COURSE}"),
        (
            "studied the free online course\n______________________________, and",
            f"studied the free online course\n{COURSE}, and",
        ),
        ("Where: ______________________________", f"Where: {VENUE}"),
        ("Place: ______________________________", f"Place: {VENUE}"),
        ("Venue: ______________________________", f"Venue: {VENUE}"),
        ("Library: ______________________________", f"Library: {VENUE}"),
        ("## Where\n\n\\______________________________", f"Where\n\n{VENUE}"),
        ("held at ______________________________.", f"held at {VENUE}."),
        ("Facilitators: ______________________________", f"Facilitators: {PEOPLE}"),
        ("Facilitator: ______________________________ Date: ________", f"Facilitator: {PEOPLE} Date: ________"),
        ("First meeting: ________________", "First meeting: 2 March 2027"),
        ("from ________________ to ________________.", "from 2 March 2027 to 20 April 2027."),
        ("From: ________________ To: ________________", "From: 2 March 2027 To: 20 April 2027"),
        ("Dates: ______________________________", "Dates: 2 March to 20 April 2027"),
        ("Dates: ______________________________________________", "Dates: Tuesday 2 March to Tuesday 20 April 2027"),
        ("Day and time: ______________________________", "Day and time: Tuesdays, 18:00-19:30"),
        ("Day and time: ________________", "Day and time: Tue 18:00-19:30"),
        ("Dates: Week 1 ________ Week 8 ____________________", "Dates: Week 1 2 Mar Week 8 Tue 20 Apr 2027"),
    ],
)
def test_a_blank_is_named_by_the_words_before_it(form: str, printed: str) -> None:
    filled = fill_blanks(form, circle_answers(CIRCLE))
    assert as_printed(filled) == printed


@pytest.mark.parametrize(
    "form",
    [
        "Name: ______________________________ Date: ________________",
        "Week: ________ Room: ________________",
        "Signature: ______________________________",
        "Agreed by the group on: ________________",
        "This certifies that\n\n**______________________________**",
        "What was your goal for this course?\n\n\\______________________________",
        "What do I want to do at the end of this course?\n\n\\______________________________",
        "## How to sign up\n\n\\______________________________\n\n\\______________________________",
        "Ask for help from ______________________________",  # 'from' names a date only before 'to'
        "| Course | Where |\n|---|---|\n| ____ | ____ |",  # a table's cells are written in by hand
    ],
)
def test_blanks_the_details_cannot_answer_stay_lines(form: str) -> None:
    assert fill_blanks(form, circle_answers(CIRCLE)).replace("\u00a0", " ") == form  # 'Name:' kept with its line


def test_a_circle_without_a_course_or_venue_leaves_those_blank() -> None:
    answers = circle_answers(replace(CIRCLE, course_title="", venue="", facilitators=()))
    form = "Course: ______ Where: ______ Facilitator: ______ First meeting: ________________"
    assert (
        as_printed(fill_blanks(form, answers))
        == "Course: ______ Where: ______ Facilitator: ______ First meeting: 2 March 2027"
    )


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_form_of_the_packet_is_filled_in(tmp_path: Path, paper: str) -> None:
    pack = bundled()
    target = tmp_path / "packet.pdf"
    packet_job(pack, build_meetings(pack, CIRCLE), CIRCLE, paper).write_pdf(target)
    pages = [squashed(text) for text in pdftext.pdf_pages_text(target)]
    headings = {form.id: squashed(split_title(form.body)[0]) for form in pack.forms}
    forms = {}
    for form_id, heading in headings.items():
        [first] = [number for number, page in enumerate(pages) if page.startswith(heading)]  # each form starts a page
        following = pages[first + 1 :]
        ends = [n for n, page in enumerate(following) if any(page.startswith(h) for h in headings.values())]
        forms[form_id] = "".join(pages[first : first + 1 + (ends[0] if ends else len(following))])
    expected = {
        "preparation-checklist": [f"Circle: {COURSE} First meeting: 2 March 2027"],
        "certificate-wording": [
            f"This certifies that {LINE}",
            f"took part in the learning circle {COURSE} held at {VENUE} from 2 March 2027 to 20 April 2027.",
            f"studied the free online course {COURSE}, and they helped each other learn.",
            f"Facilitator: {PEOPLE} Date: {LINE}",
        ],
        "circle-poster": [
            f"Course {COURSE} When Dates: 2 March to 20 April 2027 Day and time: Tuesdays, 18:00-19:30",
            f"Where {VENUE} How to sign up {LINE}",
        ],
        "contact-list": [f"Course: {COURSE} Facilitator: {PEOPLE}", "Consent line:"],
        "facilitator-reflection": [
            f"Circle: {COURSE} Facilitator: {PEOPLE}",
            "Part 1: Before the circle",
            "Signed up Came to the first meeting Came to the second Came to the last",
            "What to change 1 Tue 2 Mar 2 Tue 9 Mar 3 Tue 16 Mar",
            "7 Tue 13 Apr 8 Tue 20 Apr",
        ],
        "learner-end-survey": [f"Circle: {COURSE} Date: {LINE}"],
        "learner-goals": [f"Name: {LINE}", f"Circle: {COURSE} Date: {LINE}", "Where I need help 1 2 3 4 5 6 7 8"],
        "no-internet-checklist": [f"Circle: {COURSE} Week: ________ Date: {LINE}"],
        "plus-delta-sheet": [f"Circle: {COURSE} Week: ________ Date: {LINE}"],
        "sign-in-sheet": [f"Course: {COURSE} Library: {VENUE} Facilitator: {PEOPLE} Day and time: Tue 18:00-19:30"],
        "group-expectations-poster": [f"Agreed by the group on: {LINE}"],
    }
    expected |= {  # the second edition's forms
        "first-meeting-tonight": [
            f"Course: {COURSE} Place: {VENUE} Facilitator: {PEOPLE} Day and time: Tue 18:00-19:30"
        ],
        "message-templates": [f"Course: {COURSE} Place: {VENUE} Day and time: Tue 18:00-19:30 Facilitator: {PEOPLE}"],
        "paper-slips": [f"Course: {COURSE} Day and time: Tue 18:00-19:30 Where: {VENUE}", f"contact: {LINE}"],
        "facilitator-guide-template": [
            f"Course: {COURSE} Facilitator: {PEOPLE} Day and time: Tue 18:00-19:30 Where: {VENUE}",
            "Print or download first 1 Tue 2 Mar 2 Tue 9 Mar",
            "8 Tue 20 Apr",
        ],
        "programme-report": [f"Branch: {LINE}", f"Written by: {LINE}"],  # a report on many circles: none filled
        "discussion-questions": ["What is one thing you want to get done today?"],
    }
    assert set(expected) == set(forms)
    for form_id, lines in expected.items():
        for line in lines:
            assert squashed(line) in forms[form_id], (form_id, line)
    assert "8Tue20Apr" in forms["facilitator-reflection"] and "9Tue27Apr" not in forms["facilitator-reflection"]


def test_a_form_printed_alone_with_the_circle_is_filled_in(tmp_path: Path) -> None:
    circle = tmp_path / "circle.yaml"
    circle.write_text(
        "course_title: Reading club\nvenue: Riverside Branch\nfacilitators: [Sam]\nfirst_meeting: 2027-09-22\n"
        'start_time: "17:30"\nmeetings: 4\nmeeting_minutes: 60\n',
        encoding="utf-8",
    )
    poster = tmp_path / "poster.pdf"
    assert main(["print", "form", "circle-poster", "--circle", str(circle), "-o", str(poster)]) == 0
    [text] = pdftext.pdf_pages_text(poster)
    # 'September' and 'October' in full would run past the line: they are shortened
    assert squashed("Course Reading club When Dates: 22 Sep to 13 Oct 2027") in squashed(text)
    assert squashed("Day and time: Wednesdays, 17:30-18:30 Where Riverside Branch") in squashed(text)
    wording = tmp_path / "wording.pdf"
    assert main(["print", "form", "certificate-wording", "--circle", str(circle), "-o", str(wording)]) == 0
    text = squashed(pdftext.pdf_pages_text(wording)[0])
    assert squashed("held at Riverside Branch from 22 Sep 2027 to 13 Oct 2027.") in text


def test_without_the_circle_forms_stay_as_written(tmp_path: Path) -> None:
    for form_id, table in [
        ("facilitator-reflection", "What to change 1 2 3 4 5 6"),
        ("learner-goals", "Where I need help 1 2 3 4 5 6"),
    ]:
        target = tmp_path / f"{form_id}.pdf"
        form_job(find_form(bundled(), form_id), "A4").write_pdf(target)
        text = squashed(pdftext.pdf_pages_text(target)[0])
        assert squashed(table) in text and squashed(f"Circle: {LINE}") in text
        assert "Mar" not in text


def test_week_tables_follow_the_meetings() -> None:
    body = "| Week | Date | Notes |\n|---|---|---|\n| 1 |  |  |\n| 2 |  |  |\n| 3 |  |  |\n|  |  |  |\n"
    four = with_week_rows(body, replace(CIRCLE, meetings=4))
    assert four == (
        "| Week | Date | Notes |\n|---|---|---|\n| 1 | Tue 2 Mar |  |\n| 2 | Tue 9 Mar |  |\n"
        "| 3 | Tue 16 Mar |  |\n| 4 | Tue 23 Mar |  |\n|  |  |  |\n"
    )
    assert "| 2 | Tue 9 Mar |  |\n|  |" in with_week_rows(body, replace(CIRCLE, meetings=2))
    written = body.replace("| 2 |  |  |", "| 2 |  | Went well |")
    assert with_week_rows(written, CIRCLE) == written  # a table someone wrote in stays as it is
    numbered = body.replace("Week", "Step")
    assert with_week_rows(numbered, CIRCLE) == numbered  # rows numbering something else stay too
    html = form_html(find_form(bundled(), "learner-goals"), rows=1, details=replace(CIRCLE, meetings=3))
    assert "<td>3</td>" in html and "<td>4</td>" not in html


@pytest.mark.parametrize("first", [dt.date(2027, 3, 2), dt.date(2027, 9, 22), dt.date(2027, 11, 24)])
def test_dates_and_times_are_spelled_to_sit_on_their_blank(first: dt.date) -> None:
    """Measured in the print font: what fills a blank of the bundled forms is no wider than its
    line (give or take an underscore). Only a course, venue or names too long for it run past."""
    font = QFont()
    font.setPointSizeF(10.5)
    metrics = QFontMetricsF(font)
    answers = circle_answers(replace(CIRCLE, first_meeting=first, weekday="", meetings=16).validate())
    blanks = {  # the blanks of the bundled forms each answer fills, by their length
        "dates": 30, "first date": 16, "from": 16, "to": 16, "day and time": 16, "week 1": 8, "week 16": 8,
    }  # fmt: skip
    for label, length in blanks.items():
        text = spell(answers[label], length / 2)
        assert metrics.horizontalAdvance(text) <= metrics.horizontalAdvance("_" * (length + 1)), (label, text)
    for label in ("dates", "from", "day and time"):  # and a long blank gets the full spelling
        assert spell(answers[label], 50) == answers[label][0].text
