"""The sign-in sheet follows the circle: a tick column per meeting, headed with its number and
date, on one sheet a librarian can write names on, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Form, Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import build_meetings
from handbook.core.resources import bundled_pack_dir, bundled_translations
from handbook.printing.attendance import WRITE_MM, with_meeting_columns, with_week_blanks
from handbook.printing.form_sheet import find_form, form_html
from handbook.printing.jobs import form_job, form_source, packet_job
from handbook.printing.markup import print_css
from handbook.printing.pdf import Measure, write_pdf
from tests import pdftext
from tests.test_translations import spanish  # noqa: F401  (the fixture)

EIGHT_WEEKS = CircleDetails(
    course_title="Learning to code with Python",
    venue="Central Library, room 2",
    facilitators=("Ana Silva", "Ben Okafor"),
    first_meeting=dt.date(2027, 3, 2),
    meetings=8,
).validate()
EIGHT_DATES = ["2 Mar", "9 Mar", "16 Mar", "23 Mar", "30 Mar", "6 Apr", "13 Apr", "20 Apr"]
A4, LETTER = (595, 842), (612, 792)


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


def sign_in_sheet() -> Form:
    return find_form(bundled(), "sign-in-sheet")


def page_sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in PdfReader(path).pages]


def head_of_ticks(dates: list[str]) -> str:
    """How the tick columns' head reads back: 'Week', then each number over its date."""
    return "Week " + " ".join(f"{number} {date}" for number, date in enumerate(dates, start=1))


def blank_rows(html: str, cells: int) -> int:
    return html.count("<tr>\n" + "<td></td>\n" * cells + "</tr>")


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_an_eight_week_circle_signs_in_on_one_portrait_sheet(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    target = tmp_path / "sign-in.pdf"
    assert form_job(sign_in_sheet(), paper, details=EIGHT_WEEKS).write_pdf(target) == 1
    assert page_sizes(target) == [size]
    [text] = pdftext.pdf_pages_text(target)
    assert "Name " + head_of_ticks(EIGHT_DATES) in text
    assert "Week 7 13 Apr Week 8 20 Apr" in text  # the dates line has every meeting too
    assert "9 " + EIGHT_DATES[8 - 1] not in text  # and no ninth column


def test_the_columns_leave_room_to_write_a_name(tmp_path: Path) -> None:
    html = form_html(sign_in_sheet(), rows=3, details=EIGHT_WEEKS, width_mm=180)
    assert blank_rows(html, 1 + 8) == 3
    widths = [float(width) for width in re.findall(r'<th (?:rowspan="2" )?width="([\d.]+)%"', html)]
    name, *ticks = widths  # no contact column: contact details go on the facilitator's own list
    assert len(ticks) == 8 and math.isclose(sum(widths), 100, abs_tol=0.5)
    assert name * 1.8 >= WRITE_MM  # per cent of 180 mm
    assert all(tick * 1.8 >= 10 for tick in ticks)  # a box you can tick, under '30' over 'Mar'


def test_without_the_circle_the_sheet_keeps_six_undated_weeks(tmp_path: Path) -> None:
    target = tmp_path / "sign-in.pdf"
    form_job(sign_in_sheet(), "A4", rows=5).write_pdf(target)
    [text] = pdftext.pdf_pages_text(target)
    assert "Name Week 1 2 3 4 5 6 " in text
    assert "Dates: Week 1 ________ Week 2" in text
    assert blank_rows(form_html(sign_in_sheet(), rows=5), 1 + 6) == 5


def test_a_short_circle_gets_fewer_columns_and_dates() -> None:
    four = replace(EIGHT_WEEKS, meetings=4)
    html = form_html(sign_in_sheet(), rows=2, details=four)
    assert blank_rows(html, 1 + 4) == 2
    assert "Week 5" not in html and ">5<" not in html
    assert re.search(r"<p><strong>Week\s4</strong>\s<span[^>]*underline[^>]*>23\sMar\s*</span></p>", html)
    single = form_html(sign_in_sheet(), rows=2, details=replace(EIGHT_WEEKS, meetings=1))
    assert blank_rows(single, 1 + 1) == 2 and '1<br/><span class="date">2 Mar</span>' in single


@pytest.mark.parametrize(("paper", "size"), [("A4", (842, 595)), ("Letter", (792, 612))])
def test_a_long_circle_turns_the_sheet_to_landscape(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    sixteen = replace(EIGHT_WEEKS, meetings=16)  # a name column and 16 ticks are too wide for portrait
    target = tmp_path / "sign-in.pdf"
    job = form_job(sign_in_sheet(), paper, details=sixteen)
    assert job.options.orientation == "landscape"
    assert job.write_pdf(target) == 1
    assert page_sizes(target) == [size]
    assert "16 15 Jun" in pdftext.pdf_pages_text(target)[0]


def test_many_rows_run_onto_pages_each_with_the_head(tmp_path: Path) -> None:
    form = sign_in_sheet()
    captured: list[str] = []
    source = form_source(form, 40, EIGHT_WEEKS, 180)
    assert callable(source)

    def recorded(measure: Measure) -> str:
        captured.append(source(measure))
        return captured[-1]

    target = tmp_path / "sign-in.pdf"
    pages = write_pdf(recorded, target, print_css())
    assert pages >= 2 and blank_rows(captured[-1], 1 + 8) == 40
    texts = pdftext.pdf_pages_text(target)
    assert texts[0].startswith("Sign-in sheet Course:")
    for text in texts[1:]:
        assert text.startswith("Sign-in sheet, continued Name " + head_of_ticks(EIGHT_DATES))
    assert form_job(form, "A4", 40, EIGHT_WEEKS).write_pdf(tmp_path / "again.pdf") == pages


def test_the_packet_turns_a_long_circles_sheet_on_its_portrait_page(tmp_path: Path) -> None:
    sixteen = replace(EIGHT_WEEKS, meetings=16)  # a name column and 16 ticks are too wide for portrait
    target = tmp_path / "packet.pdf"
    pages = packet_job(bundled(), build_meetings(bundled(), sixteen), sixteen, "A4").write_pdf(target)
    reader = PdfReader(target)
    texts = pdftext.pdf_pages_text(target)
    sheet = next(number for number, text in enumerate(texts) if text.startswith("Sign-in sheet"))
    assert "16 15 Jun" in texts[sheet] and f"Page {sheet + 1} of {pages}" in texts[sheet]
    assert set(page_sizes(target)) == {A4}
    assert text_turns(reader, sheet) == {"turned"}
    assert text_turns(reader, 0) == {"upright"}


def text_turns(reader: PdfReader, page: int) -> set[str]:
    """Whether the page's text runs across the page ('upright') or up it ('turned')."""
    found: set[str] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            across = tm[0] * cm[0] + tm[1] * cm[2]
            found.add("upright" if across > 0 else "turned")

    reader.pages[page].extract_text(visitor_text=visit)
    return found


def test_columns_and_week_blanks_follow_the_meetings_in_the_markdown() -> None:
    body = "Dates: Week 1 ___ Week 2 ___\n\n| Name | Week 1 | Week 2 |\n|---|---|---|\n|  |  |  |\n"
    three = with_meeting_columns(with_week_blanks(body, 3), 3)
    assert "Dates: Week 1 ___ Week 2 ___\n\nWeek 3 ___\n" in three
    assert "| Name | Week 1 | Week 2 | Week 3 |\n| --- | --- | --- | --- |\n|  |  |  |  |" in three
    one = with_meeting_columns(with_week_blanks(body, 1), 1)
    assert "Week 2" not in one
    filled = body.replace("|  |  |  |", "| Ana | x |  |")
    assert with_meeting_columns(filled, 3) == filled  # a table with ticks in it is left alone


@pytest.mark.usefixtures("spanish")
def test_the_spanish_sheet_has_the_same_dated_week_columns_and_room_for_names(tmp_path: Path) -> None:
    """content-es heads its columns 'Semana 1'...: recognised as the English 'Week 1' is, dated in Spanish."""
    hoja = find_form(load_pack(bundled_translations()["es"]), "sign-in-sheet")
    target = tmp_path / "hoja.pdf"
    assert form_job(hoja, "A4", details=EIGHT_WEEKS).write_pdf(target) == 1
    [text] = pdftext.pdf_pages_text(target)
    spanish_dates = ["2 mar", "9 mar", "16 mar", "23 mar", "30 mar", "6 abr", "13 abr", "20 abr"]
    assert "Nombre Semana " + " ".join(f"{n} {date}" for n, date in enumerate(spanish_dates, start=1)) in text
    assert "Semana 8 20/4" in text  # the dates line has every meeting, bold labels and all
    html = form_html(hoja, rows=3, details=EIGHT_WEEKS, width_mm=180)
    name, *ticks = [float(width) for width in re.findall(r'<th (?:rowspan="2" )?width="([\d.]+)%"', html)]
    assert len(ticks) == 8 and name * 1.8 >= WRITE_MM
    assert re.search(r"<strong>Semana\s8</strong>", html)
