"""Every name a printout suggests (to save a PDF, or in a printer's queue) is one Windows accepts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from handbook.core.content.loader import load_pack
from handbook.core.filenames import windows_name_problem
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import build_meetings
from handbook.core.resources import bundled_pack_dir
from handbook.gui.planner.print_support import make_printer
from handbook.printing.jobs import PrintJob, cards_job, form_job, packet_job, plan_job

CIRCLE = CircleDetails(
    course_title="Python: the basics? Week 1/6 <new>",
    venue="Central Library",
    facilitators=("Ana Silva",),
    first_meeting=dt.date(2027, 3, 2),
    start_time=dt.time(18, 0),
    meetings=6,
    meeting_minutes=90,
)


def _assert_safe(job: PrintJob) -> None:
    for name in (job.filename, job.document_name):
        assert windows_name_problem(name) is None, name


def test_every_printout_of_the_course_suggests_safe_names() -> None:
    pack = load_pack(bundled_pack_dir())
    meetings = build_meetings(pack, CIRCLE)
    jobs = [plan_job(pack, meetings, CIRCLE, meeting.number, "A4") for meeting in meetings]
    jobs += [packet_job(pack, meetings, CIRCLE, "A4"), cards_job(pack, pack.activities[:4], "A4")]
    jobs += [form_job(form, "A4", details=CIRCLE) for form in pack.forms]
    for job in jobs:
        _assert_safe(job)
    first = jobs[0]
    assert ":" in first.title  # "Week 1 of 6: Getting started", as the page heads it
    assert first.document_name == first.title.replace(":", " -")
    assert first.filename == "week-1-plan.pdf"


def test_the_printer_gets_the_safe_name(qapp) -> None:  # type: ignore[no-untyped-def]
    # Windows' "Microsoft Print to PDF" and Qt's "print to file" suggest the document name as the file's.
    pack = load_pack(bundled_pack_dir())
    job = plan_job(pack, build_meetings(pack, CIRCLE), CIRCLE, 1, "A4")
    assert make_printer(job).docName() == job.document_name
    assert windows_name_problem(make_printer(job).docName() + ".pdf") is None


def test_a_form_named_like_a_windows_device_is_saved_under_another_name(mini_pack: Path) -> None:
    # A source file named con.md is refused when a pack is read (packs travel to Windows), so the
    # name can only come from elsewhere, e.g. a pack made before that rule: the file name is still safe.
    form = dataclasses.replace(load_pack(mini_pack).forms[0], id="con")
    job = form_job(form, "A4")
    assert job.filename == "con_.pdf"
    _assert_safe(job)
