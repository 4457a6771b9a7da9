"""The caps every piece of content must fit, and safe short forms of untrusted text for messages.

One set of numbers for ``validate``, ``preview``, ``pack build/verify/install`` and the app's
loader. Each is far above what a real course needs (see docs/authoring.md for the reasons) and low
enough that the worst page they allow still lays out quickly in Qt
(``benchmarks/bench_limits.py`` measures it).
"""

from __future__ import annotations

import re
from functools import lru_cache

KiB = 1024
MiB = 1024 * KiB
# A pack file holds at most this many entries, one of them its manifest; handbook/core/packs/limits.py
# takes the pack-wide caps from here, so a folder and a pack file have the same ones.
PACK_ENTRIES = 20_000
FILE_BYTES = 256 * MiB
TOTAL_BYTES = 2048 * MiB


class ContentLimits:
    """The caps, as class attributes; ``ContentLimits(files=3)`` changes some (tests, pack build).

    A plain class, not a dataclass: this module is imported at start-up, and making a dataclass
    of twenty fields costs milliseconds there.
    """

    # A Markdown page. The longest page of the bundled course is under 5 kB.
    page_bytes: int = 128 * KiB
    # pack.yaml and the front matter of one file.
    front_matter_bytes: int = 64 * KiB
    # One value of the front matter: a title, an id, a kind ...
    short_value_chars: int = 200
    # ... a summary, a description, an objective, agenda notes.
    long_value_chars: int = 2_000
    # Items in one front matter list (objectives, materials, tags, authors, agenda).
    list_values: int = 100
    # Lines of a page: Markdown reads blocks line by line, at tens of microseconds a line (125,000
    # one-character table rows took 5 s before the table was refused for its cells).
    lines: int = 10_000
    # Markdown tries every '[' as the start of a link, image or footnote: tens of microseconds
    # each, so a page of nothing but '[^' took 8 s to read. A page of 1,000 links has 2,000.
    brackets: int = 5_000
    # Qt's layout time grows with the square of an unbroken word's length.
    word_chars: int = 10_000
    # Qt numbers list items by counting: a page's layout grows with the square of its items.
    list_items: int = 1_000
    quizzes: int = 100
    # Qt's table layout grows faster than the cells; the longest bundled form has 54.
    table_cells: int = 1_000
    # Choices are lettered A to Z.
    quiz_choices: int = 26
    # Lists, quotes and boxes inside one another; real pages stay within 4.
    nesting: int = 8
    # Boxes (admonitions, quizzes, tables) inside one another: Qt lays out the content of each
    # box twice, so every level doubles the time of everything inside it.
    boxes: int = 3
    # The folder as a whole: the same numbers as a pack file (handbook/core/packs/limits.py).
    files: int = PACK_ENTRIES - 1  # one entry of a pack is its manifest
    file_bytes: int = FILE_BYTES
    total_bytes: int = TOTAL_BYTES

    def __init__(self, **changes: int) -> None:
        for name, value in changes.items():
            if not hasattr(ContentLimits, name):
                raise TypeError(f"ContentLimits has no cap named {name!r}")
            setattr(self, name, value)


CONTENT_LIMITS = ContentLimits()

EXCERPT_CHARS = 40
# Characters a terminal or a line-based report would act on: C0 and C1 controls (newline, ESC,
# ...), DEL, the Unicode line and paragraph separators, direction overrides, and the lone
# surrogates Python uses for bytes of a file name that are not UTF-8.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_UNSAFE_IN_TEXT = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


@lru_cache(maxsize=2)
def _pattern(chars: str) -> re.Pattern[str]:
    """Compiled on first use: start-up imports this module but seldom shows a message."""
    return re.compile(chars)


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """``text`` on one line with every control character written as an escape (``\\n``, ``\\x1b``).

    For file names and values that end up in a terminal or in a 'file:line: message' report: a
    name can neither start a forged line nor send escape codes.
    """
    return _pattern(_UNSAFE).sub(_escape, text)


def shown_lines(text: str) -> str:
    """Like ``shown`` but keeps line breaks and tabs: for whole messages of several lines."""
    return _pattern(_UNSAFE_IN_TEXT).sub(_escape, text)


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, quoted, one-line form of a value for a message, with its length when cut.

    ``excerpt("a" * 100_000)`` is ``'aaaa...' (100,000 characters)``; a list shows its first
    items and its length. Never more than about ``limit`` characters of the value itself.
    """
    if isinstance(value, (list, tuple)):
        inner = ", ".join(excerpt(item, limit // 2) for item in value[:3])
        more = f", ... ({len(value):,} items)" if len(value) > 3 else ""
        return f"[{inner}{more}]"
    if isinstance(value, dict):
        return f"a mapping of {len(value):,} keys"
    if not isinstance(value, str):
        return shown(repr(value))[: 2 * limit]  # a number, a date, true or false: short already
    if len(value) <= limit:
        return shown(repr(value))
    return f"{shown(repr(value[:limit]))}... ({len(value):,} characters)"


def clipped(text: str, limit: int = 120) -> str:
    """``text`` for a message: on one line, cut to ``limit`` characters with '...' when longer."""
    text = shown(text)
    return text if len(text) <= limit else f"{text[:limit]}..."


def control_character(text: str) -> str | None:
    """The first character of ``text`` a one-line value may not hold, as 'U+001B', or None."""
    found = _pattern(_UNSAFE).search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def word_longer_than(text: str, limit: int) -> int | None:
    """The index in ``text`` of the first run of more than ``limit`` characters without white space.

    Linear time: the look-behind lets the search try only where a word starts.
    """
    found = re.search(rf"(?<!\S)\S{{{limit + 1}}}", text)
    return found.start() if found else None
