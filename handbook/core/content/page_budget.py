"""Whether Qt can lay a page's HTML out quickly, judged from its shape before Qt sees it; if not, a plain form.

Qt's rich-text layout has costs that explode with a page's shape, not its size: each table inside a
table doubles the time (admonitions are one-cell tables: 20 deep took 84 s), list items and
unbroken words cost the square of their number or length (5,000 items: 0.7 s; a 400 kB word: 3 s).
``layout_overrun`` measures those in one linear pass over the HTML, without laying anything out;
a page over the budget is shown by ``plain_form``: its text in paragraphs, no tables or lists,
long words broken, which Qt lays out in linear time. Measured in benchmarks/bench_page_budget.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tags that do not end a word: "a<b>b</b>c" is one unbroken word for Qt's line breaking.
_INLINE = frozenset(
    {"a", "b", "i", "em", "strong", "span", "code", "s", "del", "sub", "sup", "u", "small", "big", "tt"}
)
_BLOCKS_BREAK = frozenset({"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
                           "table", "ul", "ol", "blockquote", "hr", "dt", "dd"})  # fmt: skip
_TAG_NAME = re.compile(r"/?([A-Za-z][A-Za-z0-9]*)")
_WHITE = re.compile(r"\s+")


@dataclass(frozen=True)
class LayoutBudget:
    # Tables in tables; real pages: 2 (a quiz in a box). Each level doubles the time.
    table_depth: int = 8
    # List items on one page; Qt numbers them by counting (quadratic). 2,000 take about 0.1 s.
    list_items: int = 2_000
    # The longest run of characters without a space; Qt searches it for break points (quadratic).
    word_chars: int = 20_000
    # Elements of any kind, and characters in all: beyond these even a plain page is slow.
    elements: int = 100_000
    chars: int = 4_000_000


LAYOUT_BUDGET = LayoutBudget()
PLAIN_CHARS = 1_000_000  # the plain form shows at most this much text
PLAIN_WORD = 80  # and breaks longer words every this many characters


@dataclass(frozen=True)
class Shape:
    """What the layout time depends on, counted in one pass."""

    table_depth: int = 0
    list_items: int = 0
    word_chars: int = 0
    elements: int = 0
    chars: int = 0


def page_shape(markup: str) -> Shape:
    """The shape of ``markup`` (our own HTML: every '<' opens a tag), in linear time."""
    depth = deepest = items = elements = longest = run = 0
    position = 0
    size = len(markup)
    while position < size:
        opening = markup.find("<", position)
        text_end = size if opening < 0 else opening
        if text_end > position:
            run, longest = _runs(markup, position, text_end, run, longest)
        if opening < 0:
            break
        closing = markup.find(">", opening)
        if closing < 0:
            break
        found = _TAG_NAME.match(markup, opening + 1, closing)
        position = closing + 1
        if found is None:
            continue
        name = found.group(1).lower()
        is_end = found.group(0).startswith("/")
        elements += not is_end
        if name not in _INLINE:
            run = 0
        if name == "table":
            depth = max(0, depth - 1) if is_end else depth + 1
            deepest = max(deepest, depth)
        elif name == "li" and not is_end:
            items += 1
    return Shape(deepest, items, longest, elements, size)


def _runs(text: str, start: int, end: int, run: int, longest: int) -> tuple[int, int]:
    """The run carried in from before and the longest one, after the text between ``start`` and ``end``."""
    words = _WHITE.split(text[start:end])
    if len(words) == 1:
        run += len(words[0])
        return run, max(longest, run)
    longest = max(longest, run + len(words[0]), *(len(w) for w in words[1:]))
    return len(words[-1]), longest


def layout_overrun(markup: str, budget: LayoutBudget = LAYOUT_BUDGET) -> str | None:
    """Why Qt would take too long over ``markup`` (a short English phrase for the log), or None."""
    shape = page_shape(markup)
    if shape.table_depth > budget.table_depth:
        return f"boxes nested {shape.table_depth} deep (at most {budget.table_depth})"
    if shape.list_items > budget.list_items:
        return f"{shape.list_items:,} list items (at most {budget.list_items:,})"
    if shape.word_chars > budget.word_chars:
        return f"a word of {shape.word_chars:,} characters (at most {budget.word_chars:,})"
    if shape.elements > budget.elements:
        return f"{shape.elements:,} elements (at most {budget.elements:,})"
    if shape.chars > budget.chars:
        return f"{shape.chars:,} characters (at most {budget.chars:,})"
    return None


def plain_text(markup: str) -> str:
    """The text of ``markup``: block tags become line breaks, other tags go, entities are decoded."""
    import html  # its entity table loads only for a page over the budget, never on the way to a first paint

    out: list[str] = []
    position = 0
    size = len(markup)
    while position < size:
        opening = markup.find("<", position)
        if opening < 0:
            out.append(markup[position:])
            break
        out.append(markup[position:opening])
        closing = markup.find(">", opening)
        if closing < 0:
            break
        found = _TAG_NAME.match(markup, opening + 1, closing)
        if found is not None and found.group(1).lower() in _BLOCKS_BREAK:
            out.append("\n")
        position = closing + 1
    return html.unescape("".join(out))


def plain_form(markup: str, notice: str) -> str:
    """Safe HTML for a page over the budget: ``notice`` (HTML) above its text as flat paragraphs."""
    import html

    text = plain_text(markup)
    cut = len(text) > PLAIN_CHARS
    text = text[:PLAIN_CHARS]
    paragraphs = []
    for line in text.split("\n"):
        words = [_broken(word) for word in line.split()]
        if words:
            paragraphs.append(f"<p>{html.escape(' '.join(words))}</p>")
    more = "<p>[...]</p>" if cut else ""
    return f'<p class="plain-notice">{notice}</p>\n' + "\n".join(paragraphs) + more


def _broken(word: str) -> str:
    if len(word) <= PLAIN_WORD:
        return word
    return " ".join(word[i : i + PLAIN_WORD] for i in range(0, len(word), PLAIN_WORD))
