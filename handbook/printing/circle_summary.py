"""The organiser's summary of many circles on paper: the totals, then one row per circle, black on white."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from handbook.core.circle.organiser import CircleRow, Totals, rating_text, totals
from handbook.core.i18n import format_day, translate
from handbook.printing.markup import esc, print_css
from handbook.printing.options import PrintOptions
from handbook.printing.pdf import write_pdf

SUMMARY_CSS = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
p.meta { font-size: 9.5pt; }
td, th { vertical-align: top; }
th { font-weight: bold; text-align: left; }
td.number, th.number { text-align: right; }
span.small { font-size: 8.5pt; }
"""


def share(part: int, whole: int) -> str:
    """'73%' of ``whole``, or '' when there is nothing to divide by."""
    return f"{round(100 * part / whole)}%" if whole else ""


def totals_html(total: Totals) -> str:
    rating = rating_text(total.average_rating) or "-"
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


def circle_cell(row: CircleRow) -> str:
    lines = [f"<b>{esc(row.course)}</b>"]
    if row.venue:
        lines.append(esc(row.venue))
    if row.facilitators:
        lines.append(esc(", ".join(row.facilitators)))
    if row.source:
        lines.append(f'<span class="small">{esc(row.source)}</span>')
    return "<br/>".join(lines)


def circles_html(rows: Sequence[CircleRow]) -> str:
    heads = (
        (translate("circle summary", "Circle"), ""),
        (translate("circle summary", "First meeting"), ""),
        (translate("circle summary", "Meetings held"), "number"),
        (translate("circle summary", "Learners"), "number"),
        (translate("circle summary", "First"), "number"),
        (translate("circle summary", "Last"), "number"),
        (translate("circle summary", "Rating"), "number"),
        (translate("circle summary", "Goals met"), "number"),
    )
    widths = ("34%", "16%") + ("",) * 6  # the circle's name, venue and facilitators need the room
    head = "".join(
        f'<th class="{kind}"{f" width={chr(34)}{width}{chr(34)}" if width else ""}>{esc(text)}</th>'
        for (text, kind), width in zip(heads, widths, strict=True)
    )
    body = []
    for row in rows:
        held = (
            translate("circle summary", "{held} of {planned}").format(held=row.held, planned=row.planned)
            if row.planned is not None
            else str(row.held)
        )
        cells = (
            (circle_cell(row), ""),
            (esc(format_day(row.first_meeting)) if row.first_meeting else "-", ""),
            (esc(held), "number"),
            (str(row.learners), "number"),
            ("-" if row.first_attendance is None else str(row.first_attendance), "number"),
            ("-" if row.last_attendance is None else str(row.last_attendance), "number"),
            (rating_text(row.average_rating) or "-", "number"),
            (
                esc(translate("circle summary", "{met} of {set}").format(met=row.goals_met, set=row.goals_set)),
                "number",
            ),
        )
        body.append("<tr>" + "".join(f'<td class="{kind}">{text}</td>' for text, kind in cells) + "</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def summary_html(rows: Sequence[CircleRow], today: dt.date) -> str:
    title = translate("circle summary", "Learning circles: summary")
    if len(rows) == 1:
        made = translate("circle summary", "Made on {date} from 1 circle's file.")
    else:
        made = translate("circle summary", "Made on {date} from the files of {count} circles.")
    note = translate(
        "circle summary",
        "First and Last: how many came to the first and to the last meeting whose attendance was recorded. "
        "Rating: the average of the meetings' ratings, from 1 (poor) to 5 (very good).",
    )
    return (
        f"<h1>{esc(title)}</h1>"
        f'<p class="meta">{esc(made.format(date=format_day(today), count=len(rows)))}</p>'
        f"<h2>{esc(translate('circle summary', 'All circles'))}</h2>{totals_html(totals(rows))}"
        f"<h2>{esc(translate('circle summary', 'Each circle'))}</h2>{circles_html(rows)}"
        f'<p class="meta">{esc(note)}</p>'
    )


def write_summary_pdf(
    rows: Sequence[CircleRow], target: Path, page_size: str = "A4", today: dt.date | None = None
) -> int:
    """The summary as a PDF; returns the number of pages."""
    today = today or dt.date.today()
    title = translate("circle summary", "Learning circles: summary")
    options = PrintOptions(
        page_size=page_size,
        header_left=title,
        header_right=format_day(today),
        title=title,
    )
    return write_pdf(summary_html(rows, today), Path(target), print_css() + SUMMARY_CSS, options)
