"""Print jobs: what to print (a plan, the packet, cards, a form) ready for a PDF file or a printer.

The CLI writes a job to a PDF; the GUI also hands it to a print preview. Building a job checks
the input, so a bad plan fails before any file is opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from handbook.core.content.model import Activity, Form, Pack
from handbook.core.filenames import safe_file_name
from handbook.core.i18n import translate
from handbook.core.planning.circle import CircleDetails, format_date
from handbook.core.planning.plans import Meeting, check_fits, check_meeting, meeting_for_week
from handbook.printing.card_sheet import card_variants
from handbook.printing.cards import paint_cards
from handbook.printing.form_sheet import MAX_ROWS, check_rows, form_html, form_orientation, has_blank_rows
from handbook.printing.markup import PrintInputError, esc, print_css, split_title
from handbook.printing.options import PrintOptions, body_width_mm
from handbook.printing.packet import contents_html, packet_parts
from handbook.printing.pdf import HtmlSource, Measure, Painter, PrintPart, paint_pages, paint_parts, write_with
from handbook.printing.plan_sheet import plan_html

FILL_PAGE_LIMIT = 40  # the most blank rows a form gets when it fills its page by itself
PLAN_MIN_POINT_SIZE = 9.0  # a plan shrinks to fit one page, but its text no smaller than this
PLAN_MIN_SMALL_POINT_SIZE = 8.0  # nor the steps of its activities, printed a size smaller
PLAN_MARGIN_MM = 12.0  # a little narrower than the default: within what any printer prints


@dataclass(frozen=True)
class PrintJob:
    """A document ready to paint: its title, a file name to suggest, page options and the painter."""

    title: str
    filename: str
    options: PrintOptions
    paint: Painter

    @property
    def document_name(self) -> str:
        """The title as a printer's queue shows it and a "print to file" dialog suggests it as a file name."""
        return safe_file_name(self.title)

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


def plan_job(
    pack: Pack, meetings: Sequence[Meeting], details: CircleDetails, week: int, page_size: str, blank: bool = False
) -> PrintJob:
    """One meeting's plan, shrunk a little where that keeps it on one page; ``blank``: date and times by hand."""
    meeting = meeting_for_week(meetings, week)
    check_meeting(meeting, pack)
    check_fits(meeting, pack)
    options = PrintOptions(
        page_size=page_size,
        header_left=_header(details),
        header_right="" if blank else format_date(meeting.date),
        title=f"{details.name}: {meeting.heading}",
        margin_mm=PLAN_MARGIN_MM,
        min_font_point_size=PLAN_MIN_POINT_SIZE,
        min_small_point_size=PLAN_MIN_SMALL_POINT_SIZE,
    )
    parts = [plan_part(meeting, pack, details, blank)]
    css = print_css()

    def paint(device: QPagedPaintDevice) -> int:
        return paint_parts(device, parts, css, options)

    return PrintJob(meeting.heading, safe_file_name(f"week-{meeting.number}-plan", ".pdf"), options, paint)


def plan_part(meeting: Meeting, pack: Pack, details: CircleDetails, blank: bool = False) -> PrintPart:
    """A plan on one page where it fits at a readable size; else on two, the second page
    holding the steps of the activities (shrunk a little if that keeps it to two)."""
    return PrintPart(
        plan_html(meeting, pack, details, blank=blank),
        fit_pages=1,
        overflow=PrintPart(plan_html(meeting, pack, details, steps_on_new_page=True, blank=blank), fit_pages=2),
    )


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
        header_right=(
            translate("packet", "{first} to {last}").format(
                first=format_date(first, short=True), last=format_date(last, short=True)
            )
            if last != first
            else format_date(first, short=True)
        ),
        title=f"{details.name}: circle packet",
        margin_mm=PLAN_MARGIN_MM,
        min_font_point_size=PLAN_MIN_POINT_SIZE,
        min_small_point_size=PLAN_MIN_SMALL_POINT_SIZE,
    )
    css = print_css()
    printed = []
    for part in parts:
        if part.meeting is not None:
            printed.append(plan_part(part.meeting, pack, details))
        elif part.form is not None:
            printed.append(_form_part(part.form, None, details, options))

    def contents(starts: list[int]) -> str:
        return contents_html(parts, meetings, details, starts)

    def paint(device: QPagedPaintDevice) -> int:
        return paint_parts(device, printed, css, options, contents)

    return PrintJob(
        f"{details.name}: circle packet", safe_file_name(f"{_slug(details.name)}-packet", ".pdf"), options, paint
    )


def cards_job(
    pack: Pack, activities: Sequence[Activity], page_size: str, per_page: int = 4, title: str = "Activity cards"
) -> PrintJob:
    if not activities:
        raise PrintInputError(
            translate("print", "no activities match; loosen the filters or name some activities to print.")
        )
    if per_page not in (2, 4):
        raise PrintInputError(
            translate("print", "cards can be printed 2 or 4 to a page, not {count}.").format(count=per_page)
        )
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

    return PrintJob(title, safe_file_name("activity-cards", ".pdf"), options, paint)


def form_job(form: Form, page_size: str, rows: int | None = None, details: CircleDetails | None = None) -> PrintJob:
    """A form; its table ends with ``rows`` blank rows, or with as many as fill its last page.

    A sheet with more meetings than fit across a portrait page prints on landscape paper."""
    check_rows(rows)
    upright = PrintOptions(page_size=page_size, header_left=_header(details) if details else "", title=form.title)
    part = _form_part(form, rows, details, upright)
    options = replace(upright, orientation=part.orientation or upright.orientation)
    css = print_css()

    def paint(device: QPagedPaintDevice) -> int:
        return paint_parts(device, [part], css, options)

    return PrintJob(form.title, safe_file_name(form.id, ".pdf"), options, paint)


def _form_part(form: Form, rows: int | None, details: CircleDetails | None, options: PrintOptions) -> PrintPart:
    """A form as a part of a document printed with ``options``, turned on its side when its
    attendance table needs a landscape page."""
    orientation = form_orientation(form, details, body_width_mm(options, "portrait"))
    source = form_source(form, rows, details, body_width_mm(options, orientation))
    return PrintPart(source, orientation=orientation)


def form_source(form: Form, rows: int | None, details: CircleDetails | None, width_mm: float) -> HtmlSource:
    """The form's HTML, or for a form ending in blank rows, a builder that measures its pages:
    with no count given, as many rows as keep it on the pages it needs anyway; with more rows than
    a page holds, a table per page, each under its own head (Qt would stretch the last row on a
    page to the page's foot and leave it open at the bottom)."""
    if not has_blank_rows(form):
        return form_html(form, rows, details=details, width_mm=width_mm)

    def html(count: int) -> str:
        return form_html(form, count, details=details, width_mm=width_mm)

    continued = f"{split_title(form.body)[0] or form.title}, continued"

    def table(count: int) -> str:
        sheet = html(count)
        return sheet[sheet.rindex('<table class="md"') :]

    def page_of_table(count: int) -> str:
        return f'<p class="continued">{esc(continued)}</p>{table(count)}'

    next_page = f'<p class="continued" style="page-break-before: always">{esc(continued)}</p>'

    def most_rows(measure: Measure, make: Callable[[int], str], pages: int, high: int) -> int:
        low = 1
        while low < high:
            middle = (low + high + 1) // 2
            if measure(make(middle)).pages <= pages:
                low = middle
            else:
                high = middle - 1
        return low

    def fill(measure: Measure) -> str:
        return html(most_rows(measure, html, measure(html(1)).pages, FILL_PAGE_LIMIT))

    if rows is None:
        return fill
    total = rows

    def split(measure: Measure) -> str:
        whole = html(total)
        if measure(whole).pages == 1 or measure(html(1)).pages > 1:
            return whole
        # Measured with the next page's start after them: what follows a table takes room too.
        first = most_rows(measure, lambda n: html(n) + next_page, 2, total)
        per_page = most_rows(measure, lambda n: page_of_table(n) + next_page, 2, total)
        rest = total - first
        pages = -(-rest // per_page)  # the rows after the first page, shared evenly: no last page of one row
        counts = [rest // pages + (1 if page < rest % pages else 0) for page in range(pages)]
        return html(first) + "".join(next_page + table(count) for count in counts)

    return split


__all__ = [
    "MAX_ROWS",
    "PrintJob",
    "cards_job",
    "form_job",
    "form_source",
    "html_job",
    "packet_job",
    "plan_job",
    "plan_part",
]
