"""Linear-time scanning of a course's text: spans and paired blocks found without backtracking.

A regular expression like ``\\{\\{(.*?)\\}\\}`` tries every ``{{`` against the rest of the text when
nothing closes it: 50 kB of ``{{`` took 30 s. Here openers are found by a forward search, the span
to their closer by one ``str.find`` or one forward search, and a closer missing after one opener
is missing after every later one too, so the scan stops instead of trying again. Regular
expressions only ever match a short piece at a known place (a tag's name). ``Work`` counts the
characters each search looks at, so tests can show that the work grows with the text, not with
its square.
"""

from __future__ import annotations

import re
from collections.abc import Callable


class Work:
    """Characters looked at by the scans; only tests read it."""

    def __init__(self) -> None:
        self.chars = 0

    def add(self, count: int) -> None:
        self.chars += max(0, count)


SpanReplace = Callable[[int, int, int], str | None]  # (start, inner start, inner end) -> text, None: no match
BlockReplace = Callable[[re.Match[str], int, int], str]  # (opener, inner end, block end) -> text


def replace_spans(text: str, opener: str, closer: str, replace: SpanReplace, work: Work | None = None) -> str:
    """Each ``opener ... closer`` (the first closer after the opener) replaced by ``replace``.

    When ``replace`` returns None the opener is not one after all; the search goes on from the
    next character, as a regular expression would, so a later opener inside the span still counts.
    """
    work = work or Work()
    out: list[str] = []
    kept = 0  # text[kept:start] is copied as it is
    search = 0
    closer_at = -1  # the first closer after the last opener tried, reused while it still lies ahead
    while True:
        start = text.find(opener, search)
        work.add((start if start >= 0 else len(text)) - search)
        if start < 0:
            break
        inner = start + len(opener)
        if closer_at < inner:
            closer_at = text.find(closer, inner)
            work.add((closer_at if closer_at >= 0 else len(text)) - inner)
            if closer_at < 0:
                break  # no closer after here, so none for any later opener either
        replacement = replace(start, inner, closer_at)
        if replacement is None:
            search = start + 1
            continue
        out.append(text[kept:start])
        out.append(replacement)
        kept = search = closer_at + len(closer)
        work.add(closer_at - inner)
    out.append(text[kept:])
    return "".join(out)


def replace_blocks(
    text: str,
    opener: re.Pattern[str],
    closer_for: Callable[[re.Match[str]], re.Pattern[str]],
    replace: BlockReplace,
    work: Work | None = None,
) -> str:
    """Each block from a match of ``opener`` to the first match of its closer after it, replaced.

    ``opener`` must match only short, bounded text (no ``.*``); ``closer_for(match)`` gives the
    closer for that opener (e.g. ``endhint`` for ``hint``). A closer that is missing once is
    remembered as missing, so later openers of the same kind cost nothing.
    """
    work = work or Work()
    out: list[str] = []
    kept = search = 0
    missing: set[str] = set()
    while True:
        found = opener.search(text, search)
        work.add((found.end() if found else len(text)) - search)
        if found is None:
            break
        closer = closer_for(found)
        end = None if closer.pattern in missing else closer.search(text, found.end())
        if closer.pattern not in missing:
            work.add((end.end() if end else len(text)) - found.end())
        if end is None:
            missing.add(closer.pattern)
            search = found.end()
            continue
        out.append(text[kept : found.start()])
        out.append(replace(found, end.start(), end.end()))
        kept = search = end.end()
    out.append(text[kept:])
    return "".join(out)


class LineCounter:
    """The line of an offset in ``text``, for offsets that only grow: each newline is counted once."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.first_line = first_line
        self.offset = 0
        self.line = first_line

    def at(self, offset: int) -> int:
        if offset < self.offset:  # an earlier place: count again from the start (rare)
            self.offset, self.line = 0, self.first_line
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line
