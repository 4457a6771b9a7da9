"""The worst pages the content caps allow, against a typical bundled lesson: Markdown -> HTML, and Qt layout.

Each worst page passes ``validate`` (the benchmark checks it) and pushes one or all of the caps
of ``handbook/core/content/limits.py`` as far as they go: boxes nested to the box cap, lists to
the nesting cap, the most list items, the longest words, the most quizzes with the most
choices, all within the page size cap. Layout is what the reader does: ``QTextDocument.setHtml``
with the reader's style sheet, then a full layout at the reader's width, offscreen.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from benchmarks.common import Row, median_time, print_table

TITLE = "Worst pages the content caps allow"
TARGET = 1.0  # seconds, for Markdown -> HTML plus layout of the worst page
READER_WIDTH = 760  # pixels: the reader's pane (780 in the default window) less its scroll bar
WORDS = "learning circle facilitator library meeting notes share listen reflect plan week goal".split()


def _prose(chars: int) -> str:
    words, size = [], 0
    while size < chars:
        word = WORDS[len(words) % len(WORDS)]
        words.append(word)
        size += len(word) + 1
    return " ".join(words)


def _indent(text: str, spaces: int) -> str:
    return "".join(f"{' ' * spaces}{line}\n" if line else "\n" for line in text.split("\n"))


def _in_boxes(text: str, depth: int) -> str:
    for level in range(depth):
        text = f'!!! tip "Box {depth - level}"\n' + _indent(text, 4)
    return text


def _nested_list(items: int, depth: int, text: Callable[[int], str]) -> str:
    """``items`` list items, each chain of ``depth`` nested lists holding one item per level."""
    lines = []
    for number in range(items):
        level = number % depth
        lines.append("  " * level + f"- {text(number)}")
    return "\n".join(lines) + "\n"


def _quiz(choices: int, choice_chars: int) -> str:
    listed = "".join(f'  - "{_prose(choice_chars)} {n}"\n' for n in range(choices))
    return f"```quiz\nquestion: Which of these is right?\nchoices:\n{listed}answer: 1\nexplanation: Because.\n```\n"


def _table(cells: int, columns: int, text: Callable[[int], str]) -> str:
    rows = cells // columns
    lines = ["| " + " | ".join(text(r * columns + c) for c in range(columns)) + " |" for r in range(rows)]
    lines.insert(1, "|" + "---|" * columns)
    return "\n".join(lines) + "\n"


def worst_pages() -> dict[str, str]:
    """Pages at the caps, by what they push; each fits every cap (see ``check_within_caps``)."""
    from handbook.core.content.limits import CONTENT_LIMITS

    caps = CONTENT_LIMITS
    room = caps.page_bytes - 4096  # the front matter and the boxes' own lines
    word = "w" * caps.word_chars
    lists_inside = caps.nesting - (caps.boxes - 1)  # the boxes count as nesting too
    per_item = room // caps.list_items - 2 * lists_inside - 8
    return {
        "plain text in boxes nested to the cap": _in_boxes(_prose(room), caps.boxes),
        "emphasis marks throughout, in boxes nested to the cap": _in_boxes(
            "*a " * (room // 3), caps.boxes
        ),  # Markdown's slowest text per byte that no cap refuses
        "longest words, in boxes nested to the cap": _in_boxes(
            "\n\n".join([word] * (room // (caps.word_chars + 2))), caps.boxes
        ),
        "most list items, nested to the cap, in boxes": _in_boxes(
            _nested_list(caps.list_items, lists_inside, lambda n: _prose(per_item)), caps.boxes - 1
        ),
        "most '[' (links, footnotes), in boxes": _in_boxes(
            " ".join(f"[{_prose(30)}]({n}.md)" if n % 10 else f"word[^{n}]" for n in range(caps.brackets // 2))
            + "\n\n"
            + "\n".join(f"[^{n}]: A note." for n in range(0, caps.brackets // 2, 10)),
            caps.boxes,
        ),
        "most table cells, in boxes": _in_boxes(
            _table(caps.table_cells, 4, lambda n: _prose(room // caps.table_cells - 8)), caps.boxes - 1
        ),
        "most quizzes with the most choices, in boxes": _in_boxes(
            _quiz(caps.quiz_choices, room // (caps.quizzes * caps.quiz_choices) - 40) * caps.quizzes,
            caps.boxes - 1,
        ),
        "all the caps at once": _in_boxes(
            _nested_list(caps.list_items // 2, lists_inside, lambda n: word if n % 200 == 0 else _prose(30))
            + "\n"
            + _quiz(caps.quiz_choices, 12) * (caps.quizzes // 2)
            + "\n"
            + _table(caps.table_cells, 5, lambda n: _prose(8)),
            caps.boxes - 1,
        ),
    }


def check_within_caps(name: str, body: str) -> None:
    """The page must pass the checks ``validate`` makes; else it is no 'allowed' page."""
    from pathlib import Path

    from handbook.core.content.frontmatter import check_page_text
    from handbook.core.content.limits import CONTENT_LIMITS
    from handbook.core.content.render import render_markdown
    from handbook.core.errors import ContentError

    source = Path(f"<{name}>")
    size = len(body.encode("utf-8"))
    if size > CONTENT_LIMITS.page_bytes:
        raise RuntimeError(f"{name}: {size} bytes is over the page cap")
    try:
        check_page_text(body, source)
    except ContentError as exc:
        raise RuntimeError(f"{name}: {exc}") from None
    problems = render_markdown(body, source=source).problems
    if problems:
        raise RuntimeError(f"{name}: {problems[0].format()}")


def measure(repeat: int = 5) -> list[Row]:
    from handbook.core.content.loader import load_pack
    from handbook.core.content.render import render_markdown
    from handbook.core.resources import bundled_pack_dir, read_resource_text
    from handbook.printing.pdf import ensure_gui_application

    ensure_gui_application()
    from PySide6.QtGui import QTextDocument

    style = read_resource_text("style", "reader.css")
    pack = load_pack(bundled_pack_dir())
    lessons = sorted((lesson for module in pack.modules for lesson in module.lessons), key=lambda page: len(page.body))
    typical = lessons[len(lessons) // 2]

    def render(body: str) -> str:
        return render_markdown(body, page_path=typical.path).html

    def layout(html: str) -> None:
        document = QTextDocument()
        document.setDefaultStyleSheet(style)
        document.setDocumentMargin(18)
        document.setHtml(html)
        document.setTextWidth(READER_WIDTH)
        document.documentLayout().documentSize()  # the whole layout, as showing the page needs

    def timed(body: str, times: int) -> tuple[float, float]:
        html = render(body)
        layout(html)  # warm fonts and caches once
        return median_time(lambda: render(body), times)[0], median_time(lambda: layout(html), times)[0]

    base_render, base_layout = timed(typical.body, repeat * 3)
    base_name = f"typical lesson ({typical.path}, {len(typical.body.encode()) / 1000:.1f} kB)"
    rows: list[Row] = []
    worst_total = 0.0
    for name, body in worst_pages().items():
        check_within_caps(name, body)
        render_time, layout_time = timed(body, repeat)
        worst_total = max(worst_total, render_time + layout_time)
        size = f"{len(body.encode()) / 1000:.0f} kB"
        rows.append(Row(f"{name} ({size}): Markdown -> HTML", render_time, "s", base_name, base_render))
        rows.append(
            Row(f"{name} ({size}): Qt layout at {READER_WIDTH} px", layout_time, "s", base_name, base_layout,
                f"< {TARGET} s with HTML", render_time + layout_time < TARGET)
        )  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
