"""The organiser's summary of many circles on paper: the totals, then one row per circle, black on white."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from handbook.core.circle.organiser import CircleRow, Totals, totals
from handbook.core.circle.summary import shown_rating
from handbook.core.i18n import format_date, format_day, translate
from handbook.printing.markup import esc, print_css
from handbook.printing.options import PrintOptions
from handbook.printing.pdf import Measure, ensure_gui_application, write_pdf

SUMMARY_CSS = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
p.meta { font-size: 9.5pt; }
td, th { vertical-align: top; }
th { font-weight: bold; text-align: left; }
td.number, th.number { text-align: right; }
span.small { font-size: 8.5pt; }
table.circles { font-size: 9pt; }
table.circles th { font-size: 8.5pt; }
p.cell { margin: 0px; }
"""


def share(part: int, whole: int) -> str:
    """'73%' of ``whole``, or '' when there is nothing to divide by."""
    return f"{round(100 * part / whole)}%" if whole else ""


def totals_html(total: Totals) -> str:
    rating = shown_rating(total.average_rating)
    kept = share(total.last_attendance, total.first_attendance)
    rows = [
        (translate("circle summary", "Circles"), str(total.circles)),
        (translate("circle summary", "Meetings held"), str(total.held)),
        (translate("circle summary", "Learners"), str(total.learners)),
        (translate("circle summary", "Came to the first meeting"), str(total.first_attendance)),
        (
            translate("circle summary", "Came to the last meeting"),
            translate("circle summary", "{count} ({share} of the first)").format(
                count=total.last_attendance, share=kept
            )
            if kept
            else str(total.last_attendance),
        ),
        (
            translate("circle summary", "Average rating (1 to 5)"),
            translate("circle summary", "{rating}, from {count} meetings rated").format(
                rating=rating, count=total.ratings
            ),
        ),
        (
            translate("circle summary", "Goals met"),
            translate("circle summary", "{met} of {set}").format(met=total.goals_met, set=total.goals_set),
        ),
    ]
    cells = "".join(f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>" for label, value in rows)
    return f'<table cellspacing="0" cellpadding="4" border="1">{cells}</table>'


def circle_cell(row: CircleRow, number: int) -> str:
    """The circle's name, place and people, and its file, one paragraph each: anchors in the first and the
    last tell whether the row runs over a page (see rows_kept_whole)."""
    lines = [f"<b>{esc(row.course)}</b>"]
    where_who = [text for text in (row.venue, ", ".join(row.facilitators)) if text]
    if where_who:
        lines.append(" &middot; ".join(esc(text) for text in where_who))
    if row.source:
        lines.append(f'<span class="small">{esc(row.source)}</span>')
    # Each anchor holds a zero-width space: Qt files an empty <a name> at a paragraph's end with the next block
    # (the next row), and one on the words would cut their first letter off in the PDF's text.
    lines[0] = f'<a name="row{number}-top">\u200b</a>{lines[0]}'
    lines[-1] = f'<a name="row{number}-end">\u200b</a>{lines[-1]}'
    return "".join(f'<p class="cell">{line}</p>' for line in lines)


def circles_head() -> str:
    # Short words (the note below the table explains them): a column of numbers is narrow, and a head
    # that does not fit would break inside a word. Their own context lets a language choose short forms.
    heads = (
        (translate("circle summary table", "Circle"), "", "31%"),  # the name, venue and facilitators need the room
        (translate("circle summary table", "First meeting"), "", "13%"),
        (translate("circle summary table", "Held"), "number", "9%"),
        (translate("circle summary table", "Learners"), "number", "10%"),
        (translate("circle summary table", "First"), "number", "9%"),
        (translate("circle summary table", "Last"), "number", "9%"),
        (translate("circle summary table", "Rating"), "number", "9%"),
        (translate("circle summary table", "Goals met"), "number", "10%"),
    )
    return "".join(f'<th class="{kind}" width="{width}">{esc(text)}</th>' for text, kind, width in heads)


def circle_row_html(row: CircleRow, number: int) -> str:
    held = (
        translate("circle summary", "{held} of {planned}").format(held=row.held, planned=row.planned)
        if row.planned is not None
        else str(row.held)
    )
    goals = translate("circle summary", "{met} of {set}").format(met=row.goals_met, set=row.goals_set)
    cells = (
        (circle_cell(row, number), ""),
        (esc(format_date(row.first_meeting, short=True)) if row.first_meeting else "-", ""),
        (esc(held), "number"),
        (str(row.learners), "number"),
        ("-" if row.first_attendance is None else str(row.first_attendance), "number"),
        ("-" if row.last_attendance is None else str(row.last_attendance), "number"),
        (shown_rating(row.average_rating), "number"),
        (esc(goals), "number"),
    )
    return "<tr>" + "".join(f'<td class="{kind}">{text}</td>' for text, kind in cells) + "</tr>"


def circles_html(rows: Sequence[CircleRow], new_page_before: Collection[int] = ()) -> str:
    """The table of circles; a row in ``new_page_before`` starts a new page (and the table again, with its head)."""
    tables: list[list[str]] = [[]]
    for number, row in enumerate(rows):
        if number in new_page_before and tables[-1]:
            tables.append([])
        tables[-1].append(circle_row_html(row, number))
    head = f"<thead><tr>{circles_head()}</tr></thead>"
    return "".join(
        '<table class="circles" width="100%" cellspacing="0" cellpadding="3" border="1"'
        + (' style="page-break-before: always"' if index else "")
        + f">{head}{''.join(body)}</table>"
        for index, body in enumerate(tables)
    )


def rows_kept_whole(rows: Sequence[CircleRow], page: Callable[[Collection[int]], str], measure: Measure) -> str:
    """The HTML from ``page`` once no row of circles is split over two pages (Qt splits a table's rows).

    Each round moves the first split row to a new page; a row taller than a page cannot be helped.
    """
    breaks: set[int] = set()
    html = page(breaks)
    for _ in range(len(rows)):
        anchors = measure(html).anchors
        split = next(
            (
                number
                for number in range(len(rows))
                if number not in breaks and anchors.get(f"row{number}-top") != anchors.get(f"row{number}-end")
            ),
            None,
        )
        if split is None:
            break
        breaks.add(split)
        html = page(breaks)
    return html


def summary_html(rows: Sequence[CircleRow], today: dt.date, new_page_before: Collection[int] = ()) -> str:
    title = translate("circle summary", "Learning circles: summary")
    all_circles, each_circle = translate("circle summary", "All circles"), translate("circle summary", "Each circle")
    if len(rows) == 1:
        made = translate("circle summary", "Made on {date} from 1 circle's file.")
    else:
        made = translate("circle summary", "Made on {date} from the files of {count} circles.")
    note = translate(
        "circle summary",
        "Held: meetings held of those planned. Learners: how many the circle had. First and Last: how many came to "
        "the first and to the last meeting whose attendance was recorded. Rating: the average of the meetings' "
        "ratings, from 1 (poor) to 5 (very good). Goals met: of the goals the learners set.",
    )
    return (
        f"<h1>{esc(title)}</h1>"
        f'<p class="meta">{esc(made.format(date=format_day(today), count=len(rows)))}</p>'
        f"<h2>{esc(all_circles)}</h2>{totals_html(totals(rows))}"
        f'<h2>{esc(each_circle)}</h2><p class="meta">{esc(note)}</p>{circles_html(rows, new_page_before)}'
    )  # the note before the table: after it, it could end up alone on a last page


def write_summary_pdf(
    rows: Sequence[CircleRow], target: Path, page_size: str = "A4", today: dt.date | None = None
) -> int:
    """The summary as a PDF; returns the number of pages."""
    ensure_gui_application()  # first: it puts the app's language in place for the words below
    today = today or dt.date.today()
    title = translate("circle summary", "Learning circles: summary")
    options = PrintOptions(
        page_size=page_size,
        header_left=title,
        header_right=format_day(today),
        title=title,
    )
    return write_pdf(
        lambda measure: rows_kept_whole(rows, lambda breaks: summary_html(rows, today, breaks), measure),
        Path(target),
        print_css() + SUMMARY_CSS,
        options,
    )
