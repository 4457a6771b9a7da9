"""A sign-in sheet's attendance table on paper: a tick column per meeting of the circle, headed
with the meeting's number and date, and the width its columns need to be written in by hand.

Without the circle's details a form keeps the tick columns it has (six in the bundled pack)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from handbook.core.i18n import translate
from handbook.core.planning.circle import MONTHS, CircleDetails

# In millimetres: the text of an A4 page across, inside its margins; a tick column headed by its
# number over the date ('30 Mar' in small print), with its padding; the narrowest one, the date's
# day over its month; the widest worth giving; and the least a column people write a name in needs.
PORTRAIT_WIDTH_MM = 180.0
TICK_MM, COMPACT_TICK_MM, WIDEST_TICK_MM, WRITE_MM = 13.0, 10.5, 15.0, 45.0

# The words a form's own language heads a meeting's column with: the bundled packs' English and Spanish.
_TICK = re.compile(r"^(?P<word>week|meeting|session|semana|sesión)\s*(?P<number>\d{1,2})$", re.IGNORECASE)
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_WEEK_BLANK = re.compile(r" ?\b(?P<word>Week|Semana) (?P<number>\d{1,2}) (?P<blank>_{3,})")


@dataclass(frozen=True)
class TickRun:
    """Where a table's tick columns ('Week 1' to 'Week 6') are among its cells."""

    start: int
    count: int
    word: str  # as the form writes it: 'Week'
    columns: int  # all the table's columns


def short_dates(details: CircleDetails) -> list[str]:
    """One short date per meeting of the circle: '2 Mar' ('2 mar' in Spanish)."""
    return [f"{day.day} {translate('short dates', MONTHS[day.month - 1][:3])}" for day in details.meeting_dates()]


def row_cells(line: str) -> list[str] | None:
    """The cells of a Markdown table line, or None when the line is not one."""
    if not _TABLE_LINE.match(line):
        return None
    return [cell.strip() for cell in _CELL_SPLIT.split(line.strip()[1:-1])]


def tick_run(headers: list[str], shortest: int = 2) -> TickRun | None:
    """The first run of numbered headers from 1 ('Week 1', 'Week 2'...), at least ``shortest``
    long: two, unless the table is known to be one (a circle of one meeting has one column)."""
    for start, header in enumerate(headers):
        first = _TICK.match(header)
        if not first or first["number"] != "1":
            continue
        count = 1
        while start + count < len(headers) and headers[start + count].casefold() == (
            f"{first['word']} {count + 1}".casefold()
        ):
            count += 1
        if count >= shortest:
            return TickRun(start, count, first["word"], len(headers))
    return None


def find_tick_run(body: str) -> TickRun | None:
    """The tick columns of the form's first table that has them."""
    for line in body.split("\n"):
        cells = row_cells(line)
        run = tick_run(cells) if cells else None
        if run is not None:
            return run
    return None


def with_meeting_columns(body: str, meetings: int) -> str:
    """The form with one tick column per meeting in its attendance table.

    Only a table whose tick cells are all empty changes: a filled-in one is left as it is.
    """
    lines = body.split("\n")
    for index, line in enumerate(lines):
        cells = row_cells(line)
        run = tick_run(cells) if cells else None
        if cells is None or run is None:
            continue
        end = index + 1
        while end < len(lines) and row_cells(lines[end]) is not None:
            end += 1
        rows = [row_cells(row) or [] for row in lines[index + 1 : end]]
        if not rows or any(len(row) != run.columns for row in rows):
            return body
        separator, *body_rows = rows
        if any(cell for row in body_rows for cell in row[run.start : run.start + run.count]):
            return body
        table = [
            _with_ticks(cells, run, [f"{run.word} {number}" for number in range(1, meetings + 1)]),
            _with_ticks(separator, run, [separator[run.start]] * meetings),
            *(_with_ticks(row, run, [""] * meetings) for row in body_rows),
        ]
        return "\n".join([*lines[:index], *table, *lines[end:]])
    return body


def _with_ticks(cells: list[str], run: TickRun, ticks: list[str]) -> str:
    """A table line with its tick cells replaced."""
    return "| " + " | ".join([*cells[: run.start], *ticks, *cells[run.start + run.count :]]) + " |"


def with_week_blanks(body: str, meetings: int) -> str:
    """'Week 7 ______' blanks for every meeting: those past the last meeting go; missing ones are
    added after the last (in the form's word: 'Semana 7'), in lines of as many as its last line of them holds."""
    found = list(_WEEK_BLANK.finditer(body))
    if not found:
        return body
    highest = max(int(match["number"]) for match in found)
    if highest >= meetings:
        return _WEEK_BLANK.sub(lambda m: "" if int(m["number"]) > meetings else m[0], body)
    last = found[-1]
    line_start = body.rfind("\n", 0, last.start()) + 1
    line_end = body.find("\n", last.end())
    line_end = len(body) if line_end < 0 else line_end
    per_line = len(_WEEK_BLANK.findall(body[line_start:line_end]))
    more = [f"{last['word']} {number} {last['blank']}" for number in range(highest + 1, meetings + 1)]
    lines = [" ".join(more[at : at + per_line]) for at in range(0, len(more), per_line)]
    return body[:line_end] + "".join(f"\n\n{line}" for line in lines) + body[line_end:]


def tick_width_mm(ticks: int, write_columns: int, width_mm: float) -> float:
    """How wide each tick column gets: what the columns people write in leave, shared out."""
    room = (width_mm - write_columns * WRITE_MM) / max(1, ticks)
    return max(COMPACT_TICK_MM, min(WIDEST_TICK_MM, room))


def fits_across(run: TickRun, meetings: int, width_mm: float) -> bool:
    """Whether ``meetings`` tick columns, at their narrowest, leave room enough to write names in
    across a page ``width_mm`` wide (with 15 mm margins, eight do on A4 and nine on Letter)."""
    write_columns = run.columns - run.count
    return (width_mm - write_columns * WRITE_MM) / max(1, meetings) >= COMPACT_TICK_MM


def attendance_head(headers: list[str], run: TickRun, width_mm: float, dates: Sequence[str]) -> str:
    """The head of an attendance table (``headers`` as HTML): the tick columns under one heading
    ('Week'), each headed by its number and, when known, its date; the other columns share the rest."""
    tick_mm = tick_width_mm(run.count, run.columns - run.count, width_mm)
    tick = 100 * tick_mm / width_mm
    share = (100 - tick * run.count) / max(1, run.columns - run.count)
    before, after = headers[: run.start], headers[run.start + run.count :]

    def spanning(text: str) -> str:
        return f'<th rowspan="2" width="{share:.1f}%">{text}</th>'

    numbers = []
    for number in range(1, run.count + 1):
        date = html.escape(dates[number - 1] if number <= len(dates) else "")
        if tick_mm < TICK_MM:
            date = date.replace(" ", "<br/>")  # '30' over 'Mar'
        label = f'{number}<br/><span class="date">{date}</span>' if date else str(number)
        numbers.append(f'<th width="{tick:.1f}%" class="tick">{label}</th>')
    top = [*map(spanning, before), f'<th colspan="{run.count}" class="ticks">{html.escape(run.word)}</th>']
    top += map(spanning, after)
    return f"<thead><tr>{''.join(top)}</tr><tr>{''.join(numbers)}</tr></thead>"
