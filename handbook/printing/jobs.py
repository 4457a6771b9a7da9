"""Print jobs: what to print (a plan, the packet, cards, a form) ready for a PDF file or a printer.

The CLI writes a job to a PDF; the GUI also hands it to a print preview. Building a job checks
the input, so a bad plan fails before any file is opened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from handbook.core.circle import CircleDetails, format_date
from handbook.core.content import Activity, Form, Pack
from handbook.core.plans import Meeting, check_fits, check_meeting, meeting_for_week
from handbook.printing.card_sheet import card_variants
from handbook.printing.cards import paint_cards
from handbook.printing.form_sheet import MAX_ROWS, check_rows, form_html, has_blank_rows
from handbook.printing.markup import PrintInputError, print_css
from handbook.printing.packet import contents_html, packet_parts
from handbook.printing.pdf import (
    HtmlSource,
    Measure,
    Painter,
    PrintOptions,
    PrintPart,
    paint_pages,
    paint_parts,
    write_with,
)
from handbook.printing.plan_sheet import plan_html

FILL_PAGE_LIMIT = 40  # the most blank rows a form gets when it fills its page by itself


@dataclass(frozen=True)
class PrintJob:
    """A document ready to paint: its title, a file name to suggest, page options and the painter."""

    title: str
    filename: str
    options: PrintOptions
    paint: Painter

    def write_pdf(self, target: Path) -> int:
        """Write the PDF atomically; returns the page count."""
        return write_with(self.paint, target, self.options)

    def with_page_size(self, page_size: str) -> PrintJob:
        return replace(self, options=replace(self.options, page_size=page_size))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "handbook"


def _header(details: CircleDetails) -> str:
    return " · ".join(part for part in (details.name, details.venue) if part)


def html_job(title: str, filename: str, html: str, options: PrintOptions, css: str | None = None) -> PrintJob:
    """Any print HTML (a certificate, say) as a job; ``css`` defaults to the print stylesheet."""
    style = print_css() if css is None else css

    def paint(device: QPagedPaintDevice) -> int:
        return paint_pages(device, html, style, options)

    return PrintJob(title, filename, options, paint)


def plan_job(pack: Pack, meetings: Sequence[Meeting], details: CircleDetails, week: int, page_size: str) -> PrintJob:
    """One meeting's plan, shrunk a little where that keeps it on one page."""
    meeting = meeting_for_week(meetings, week)
    check_meeting(meeting, pack)
    check_fits(meeting, pack)
    options = PrintOptions(
        page_size=page_size,
        header_left=_header(details),
        header_right=format_date(meeting.date),
        title=f"{details.name}: {meeting.heading}",
        fit_pages=1,
    )
    return html_job(meeting.heading, f"week-{meeting.number}-plan.pdf", plan_html(meeting, pack, details), options)


def packet_job(pack: Pack, meetings: Sequence[Meeting], details: CircleDetails, page_size: str) -> PrintJob:
    """Every meeting's plan, the preparation checklist and the forms, after a contents page."""
    for meeting in meetings:
        check_meeting(meeting, pack)
        check_fits(meeting, pack)
    parts = packet_parts(meetings, pack)
    first, last = meetings[0].date, meetings[-1].date
    options = PrintOptions(
        page_size=page_size,
        header_left=_header(details),
        header_right=format_date(first, short=True) + (f" to {format_date(last, short=True)}" if last != first else ""),
        title=f"{details.name}: circle packet",
    )
    css = print_css()
    printed = []
    for part in parts:
        if part.meeting is not None:
            printed.append(PrintPart(plan_html(part.meeting, pack, details), fit_pages=1))
        elif part.form is not None:
            printed.append(PrintPart(_form_source(part.form, None, details)))

    def contents(starts: list[int]) -> str:
        return contents_html(parts, meetings, details, starts)

    def paint(device: QPagedPaintDevice) -> int:
        return paint_parts(device, printed, css, options, contents)

    return PrintJob(f"{details.name}: circle packet", f"{_slug(details.name)}-packet.pdf", options, paint)


def cards_job(
    pack: Pack, activities: Sequence[Activity], page_size: str, per_page: int = 4, title: str = "Activity cards"
) -> PrintJob:
    if not activities:
        raise PrintInputError("no activities match; loosen the filters or name some activities to print.")
    if per_page not in (2, 4):
        raise PrintInputError(f"cards can be printed 2 or 4 to a page, not {per_page}.")
    options = PrintOptions(
        page_size=page_size,
        title=title,
        margin_mm=10,
        font_point_size=11.0 if per_page == 2 else 9.5,
        min_font_point_size=7.0,
    )
    variants = [card_variants(activity) for activity in activities]
    css = print_css()

    def paint(device: QPagedPaintDevice) -> int:
        return paint_cards(device, variants, css, options, per_page)

    return PrintJob(title, "activity-cards.pdf", options, paint)


def form_job(form: Form, page_size: str, rows: int | None = None, details: CircleDetails | None = None) -> PrintJob:
    """A form; its table ends with ``rows`` blank rows, or with as many as fill its last page."""
    check_rows(rows)
    options = PrintOptions(
        page_size=page_size,
        header_left=_header(details) if details else "",
        title=form.title,
    )
    source = _form_source(form, rows, details)
    css = print_css()

    def paint(device: QPagedPaintDevice) -> int:
        return paint_pages(device, source, css, options)

    return PrintJob(form.title, f"{form.id}.pdf", options, paint)


def _form_source(form: Form, rows: int | None, details: CircleDetails | None = None) -> HtmlSource:
    """The form's HTML, or for a form ending in blank rows and no count given, a builder that
    adds as many rows as keep it on the pages it needs anyway."""
    if rows is not None or not has_blank_rows(form):
        return form_html(form, rows, details=details)

    def build(measure: Measure) -> str:
        pages = measure(form_html(form, 1, details=details)).pages
        low, high = 1, FILL_PAGE_LIMIT
        while low < high:
            middle = (low + high + 1) // 2
            if measure(form_html(form, middle, details=details)).pages <= pages:
                low = middle
            else:
                high = middle - 1
        return form_html(form, low, details=details)

    return build


__all__ = ["MAX_ROWS", "PrintJob", "cards_job", "form_job", "html_job", "packet_job", "plan_job"]
