"""A form of the pack on paper, with as many blank rows as asked for at the end of its table."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handbook.core.content.model import Form, Pack
from handbook.core.i18n import translate
from handbook.core.planning.circle import CircleDetails
from handbook.printing.attendance import (
    PORTRAIT_WIDTH_MM,
    attendance_head,
    find_tick_run,
    fits_across,
    short_dates,
    tick_run,
    with_meeting_columns,
    with_week_blanks,
)
from handbook.printing.form_fill import circle_answers, fill_blanks, text_width, underline_filled, with_week_rows
from handbook.printing.markup import (
    PrintInputError,
    markdown_html,
    split_title,
    trailing_blank_rows,
    with_blank_rows,
)
from handbook.printing.plan_sheet import part_heading

MAX_ROWS = 200
NARROW = 0.5  # the width of a tick or number column, against 1 for a column people write in
HEADER_EM_MM = 4.0  # an em of a table heading's font on paper, about 11 pt
CELL_PADDING_MM = 3.0  # a cell's padding and borders, both sides
_TABLE = re.compile(r'<table class="md"[^>]*>(.*?)</table>', re.DOTALL)
_CELL = re.compile(r"<t([hd])>(.*?)</t[hd]>", re.DOTALL)
_TICK_HEADER = re.compile(r"^(week|meeting|session|day|semana|sesión|día)\s*\d+$", re.IGNORECASE)
_TABLE_OPEN = '<table class="md" width="100%" cellspacing="0" cellpadding="5" border="1">'


class FormError(PrintInputError):
    """An unknown form or an impossible number of rows."""


def find_form(pack: Pack, name: str) -> Form:
    """A form by id ('sign-in-sheet'), file name or title, ignoring case."""
    wanted = name.strip().casefold().removesuffix(".md")
    for form in pack.forms:
        if wanted in (form.id.casefold(), form.title.casefold(), form.path.casefold().removesuffix(".md")):
            return form
    if not pack.forms:
        raise FormError(translate("print", "the pack has no form called '{name}'. It has no forms.").format(name=name))
    raise FormError(
        translate("print", "the pack has no form called '{name}'. Its forms are: {names}.").format(
            name=name, names=", ".join(form.id for form in pack.forms)
        )
    )


def has_blank_rows(form: Form) -> bool:
    return trailing_blank_rows(form.body) > 0


def check_rows(rows: int | None) -> None:
    if rows is not None and not 1 <= rows <= MAX_ROWS:
        raise FormError(
            translate("print", "the number of blank rows must be from 1 to {most}, not {count}.").format(
                most=MAX_ROWS, count=rows
            )
        )


def form_html(
    form: Form,
    rows: int | None = None,
    anchor: str | None = None,
    details: CircleDetails | None = None,
    width_mm: float = PORTRAIT_WIDTH_MM,
) -> str:
    """The form as print HTML; ``rows`` blank rows end its last table (when it ends with one).

    With the circle's ``details``, blanks they answer (course, library, dates...) are filled in, an
    attendance table gets a column per meeting, headed with its date, and a table numbering the
    weeks a row per meeting. ``width_mm``, the width
    of the printed page inside its margins, lets tick columns take what they need and no more.
    """
    check_rows(rows)
    title, body = split_title(form.body)
    dates: list[str] = []
    if details is not None:
        dates = short_dates(details)
        body = with_meeting_columns(with_week_blanks(body, len(dates)), len(dates))
        body = fill_blanks(with_week_rows(body, details), circle_answers(details))
    if rows is not None:
        body = with_blank_rows(body, rows)
    tables = size_columns(underline_filled(markdown_html(body, form)), width_mm, dates)
    return part_heading(title or form.title, anchor) + "\n" + tables


def form_orientation(form: Form, details: CircleDetails | None, portrait_mm: float) -> str:
    """'landscape' for a sheet whose tick columns leave too little room to write names across a
    portrait page ``portrait_mm`` wide (an eight-meeting circle on A4); else 'portrait'."""
    run = find_tick_run(form.body)
    if run is None:
        return "portrait"
    meetings = details.meetings if details is not None else run.count
    return "portrait" if fits_across(run, meetings, portrait_mm) else "landscape"


def size_columns(html: str, width_mm: float = PORTRAIT_WIDTH_MM, dates: Sequence[str] = ()) -> str:
    """Full-width tables whose columns have room to write in: Qt would size them by their (mostly
    empty) cells. Tick columns ('Week 3') and number columns ('1', '2') stay narrow.

    An attendance table's tick columns go under one 'Week' heading, each headed by its number and
    its date from ``dates`` when known, as wide as that needs on a page ``width_mm`` wide."""
    return _TABLE.sub(lambda match: _sized_table(match, width_mm, dates), html)


def _header_room(headers: list[str], shares: list[float], width_mm: float) -> list[float]:
    """Narrow columns widened to their heading's longest word ('Semana' must not break into 'Sema/na'), taken
    from the columns people write in."""
    needed = [
        (max((text_width(word, bold=True) for word in header.split()), default=0) * HEADER_EM_MM + CELL_PADDING_MM)
        / width_mm
        for header in headers
    ]
    narrow = [share < max(shares) and share < need for share, need in zip(shares, needed, strict=True)]
    fixed = [max(share, need) if wide else share for share, need, wide in zip(shares, needed, narrow, strict=True)]
    rest = 1 - sum(share for share, wide in zip(fixed, narrow, strict=True) if wide)
    others = sum(share for share, wide in zip(shares, narrow, strict=True) if not wide)
    if not any(narrow) or others <= 0 or rest <= 0:
        return shares
    return [share if wide else share * rest / others for share, wide in zip(fixed, narrow, strict=True)]


def _sized_table(match: re.Match[str], width_mm: float, dates: Sequence[str]) -> str:
    inner = match.group(1)
    rows = [_CELL.findall(row) for row in re.findall(r"<tr>(.*?)</tr>", inner, re.DOTALL)]
    if not rows or not rows[0] or rows[0][0][0] != "h":
        return match.group(0)
    headers = [text.strip() for _, text in rows[0]]
    run = tick_run(headers, 1 if dates else 2)
    if run is not None and "</thead>" in inner:
        body = inner[inner.index("</thead>") + len("</thead>") :]
        return _TABLE_OPEN + attendance_head(headers, run, width_mm, dates) + body + "</table>"
    weights = []
    for column, header in enumerate(headers):
        values = [row[column][1].strip() for row in rows[1:] if column < len(row) and row[column][1].strip()]
        numbers = bool(values) and all(value.isdigit() for value in values)
        weights.append(NARROW if numbers or _TICK_HEADER.match(header) else 1.0)
    shares = _header_room(headers, [weight / sum(weights) for weight in weights], width_mm)
    widths = iter(f"{100 * share:.0f}%" for share in shares)
    sized = re.sub(r"<th>", lambda _: f'<th width="{next(widths, "")}">', inner, count=len(headers))
    return _TABLE_OPEN + sized + "</table>"
