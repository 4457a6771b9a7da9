"""Small pure helpers for print HTML: escaping, Markdown sections, blank form rows, the stylesheet."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from handbook.core.content.headings import atx_heading
from handbook.core.content.model import Page
from handbook.core.content.render import render_markdown
from handbook.core.errors import HandbookError
from handbook.core.resources import read_resource_text

_BLANK_ROW = re.compile(r"^\s*\|(\s*\|)+\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")


class PrintInputError(HandbookError):
    """A request that cannot be printed: an unknown form or activity, an impossible row count."""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@lru_cache(maxsize=1)
def print_css() -> str:
    return read_resource_text("style", "print.css")


def markdown_html(text: str, page: Page, shift_headings: int = 0) -> str:
    """A page's Markdown as print HTML (links print as plain words, tasks as empty boxes).

    ``shift_headings`` moves every heading that many levels down, to nest a page in a part.
    """
    # No pictures on paper: the document has no pack to load them from, and Qt would look for
    # the path relative to wherever the app was started. The picture's words are printed instead.
    rendered = render_markdown(
        text, page_path=page.path, first_line=page.body_line, shows_image=lambda path: False
    ).html
    if shift_headings:
        rendered = _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift_headings)}>", rendered)
    return rendered


@dataclass(frozen=True)
class Section:
    """A part of a Markdown body: the text under one '## ' heading (title '' for the opening)."""

    title: str
    text: str


def sections(body: str, level: int = 2) -> list[Section]:
    """Split Markdown at headings of ``level``, ignoring '#' lines inside fenced code."""
    found: list[Section] = []
    title, fenced = "", False
    lines: list[str] = []
    for line in body.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else atx_heading(line, allow_empty=True)
        if heading and heading[0] == level:
            found.append(Section(title, "\n".join(lines).strip()))
            title, lines = heading[1], []
        else:
            lines.append(line)
    found.append(Section(title, "\n".join(lines).strip()))
    return [s for s in found if s.title or s.text]


def section_text(body: str, title: str) -> str:
    """The text of the first '## title' section (case-insensitive), or ''."""
    wanted = title.casefold()
    return next((s.text for s in sections(body) if s.title.casefold() == wanted), "")


def split_title(body: str) -> tuple[str, str]:
    """A body's leading '# Title' line, if any, and the rest."""
    lines = body.lstrip("\n").split("\n")
    heading = atx_heading(lines[0], allow_empty=True) if lines else None
    if heading and heading[0] == 1:
        return heading[1], "\n".join(lines[1:])
    return "", body


def trailing_blank_rows(body: str) -> int:
    """How many empty rows end the body's last table (0 when it does not end with one)."""
    lines = body.rstrip().split("\n")
    count = 0
    for line in reversed(lines):
        if _BLANK_ROW.match(line):
            count += 1
        else:
            break
    return count


def with_blank_rows(body: str, rows: int) -> str:
    """Make the table that ends a form end with ``rows`` empty rows (for names written by hand).

    Forms end with a table whose last row is empty; that row is repeated or trimmed. A body that
    does not end that way is returned unchanged.
    """
    lines = body.rstrip().split("\n")
    have = trailing_blank_rows(body)
    if not have or rows < 1:
        return body
    blank = lines[-1]
    return "\n".join([*lines[: len(lines) - have], *([blank] * rows)]) + "\n"


def filled_rows(body: str) -> int:
    """Rows of the last table that hold something (after its header and separator lines)."""
    lines = body.rstrip().split("\n")
    have = trailing_blank_rows(body)
    count = 0
    for line in reversed(lines[: len(lines) - have]):
        if not _TABLE_ROW.match(line):
            break
        count += 1
    return max(0, count - 2)
