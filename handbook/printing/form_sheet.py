"""A form of the pack on paper, with as many blank rows as asked for at the end of its table."""

from __future__ import annotations

import re

from handbook.core.content import Form, Pack
from handbook.printing.markup import PrintInputError, markdown_html, split_title, trailing_blank_rows, with_blank_rows
from handbook.printing.plan_sheet import part_heading

MAX_ROWS = 200
NARROW = 0.5  # the width of a tick or number column, against 1 for a column people write in
_TABLE = re.compile(r'<table class="md"[^>]*>(.*?)</table>', re.DOTALL)
_CELL = re.compile(r"<t([hd])>(.*?)</t[hd]>", re.DOTALL)
_TICK_HEADER = re.compile(r"^(week|meeting|day)\s*\d+$", re.IGNORECASE)


class FormError(PrintInputError):
    """An unknown form or an impossible number of rows."""


def find_form(pack: Pack, name: str) -> Form:
    """A form by id ('sign-in-sheet'), file name or title, ignoring case."""
    wanted = name.strip().casefold().removesuffix(".md")
    for form in pack.forms:
        if wanted in (form.id.casefold(), form.title.casefold(), form.path.casefold().removesuffix(".md")):
            return form
    names = ", ".join(form.id for form in pack.forms) or "none"
    raise FormError(f"the pack has no form called '{name}'. Its forms are: {names}.")


def has_blank_rows(form: Form) -> bool:
    return trailing_blank_rows(form.body) > 0


def check_rows(rows: int | None) -> None:
    if rows is not None and not 1 <= rows <= MAX_ROWS:
        raise FormError(f"the number of blank rows must be from 1 to {MAX_ROWS}, not {rows}.")


def form_html(form: Form, rows: int | None = None, anchor: str | None = None) -> str:
    """The form as print HTML; ``rows`` blank rows end its last table (when it ends with one)."""
    check_rows(rows)
    title, body = split_title(form.body)
    if rows is not None:
        body = with_blank_rows(body, rows)
    return part_heading(title or form.title, anchor) + "\n" + size_columns(markdown_html(body, form))


def size_columns(html: str) -> str:
    """Full-width tables whose columns have room to write in: Qt would size them by their (mostly
    empty) cells. Tick columns ('Week 3') and number columns ('1', '2') stay narrow."""
    return _TABLE.sub(_sized_table, html)


def _sized_table(match: re.Match[str]) -> str:
    inner = match.group(1)
    rows = [_CELL.findall(row) for row in re.findall(r"<tr>(.*?)</tr>", inner, re.DOTALL)]
    if not rows or not rows[0] or rows[0][0][0] != "h":
        return match.group(0)
    headers = [text for _, text in rows[0]]
    weights = []
    for column, header in enumerate(headers):
        values = [row[column][1].strip() for row in rows[1:] if column < len(row) and row[column][1].strip()]
        numbers = bool(values) and all(value.isdigit() for value in values)
        weights.append(NARROW if numbers or _TICK_HEADER.match(header.strip()) else 1.0)
    total = sum(weights)
    widths = iter(f"{100 * weight / total:.0f}%" for weight in weights)
    sized = re.sub(r"<th>", lambda _: f'<th width="{next(widths, "")}">', inner, count=len(headers))
    return f'<table class="md" width="100%" cellspacing="0" cellpadding="5" border="1">{sized}</table>'
