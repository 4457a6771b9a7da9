"""ATX headings ('## Title ##') read with plain string work: the usual regular expression backtracks.

``^(#{1,6})\\s+(.*?)\\s*#*\\s*$`` takes cubic time on a heading with a long run of spaces inside:
2,000 spaces took 7 s, 4,000 a minute. Printing, the importers and anything else that looks for
headings line by line use this instead.
"""

from __future__ import annotations


def atx_heading(line: str, allow_empty: bool = False) -> tuple[int, str] | None:
    """A '# Heading #' line as (level, text), else None; the closing '#'s and spaces are dropped.

    ``allow_empty``: a line of hashes and spaces only ('## ') is a heading with no text.
    """
    level = len(line) - len(line.lstrip("#"))
    rest = line[level:]
    if not 1 <= level <= 6 or not rest[:1].isspace():
        return None
    text = rest.strip().rstrip("#").rstrip()
    return (level, text) if text or allow_empty else None
