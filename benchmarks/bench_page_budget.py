"""The reader's layout budget: the worst pages it still lays out, and hostile pages in their plain form.

Each figure is the time ReaderView takes to show the HTML and paint it once (offscreen), against a
typical lesson of the bundled course shown the same way in the same run. "Worst allowed" pages sit
just inside ``LAYOUT_BUDGET`` (boxes 8 deep, 2,000 list items, a 20,000-character word); the
hostile ones (boxes 20 deep, a 400 kB word, 20,000 items) are over it and shown plainly.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_time, print_table

TITLE = "Reader layout budget"
TARGET = 0.5  # seconds: a page a person waits for


def _boxes(depth: int) -> str:
    cell = '<table class="admonition" width="100%"><tr><td class="note"><p class="admonition-title">Note</p>'
    return cell * depth + "<p>Deep inside.</p>" + "</td></tr></table>" * depth


PAGES = {
    "boxes 8 deep (worst allowed)": _boxes(8),
    "2,000 list items (worst allowed)": "<ol>" + "<li>An item of the list</li>" * 2_000 + "</ol>",
    "a 20,000-character word (worst allowed)": "<p>" + "w" * 20_000 + "</p>",
    "boxes 20 deep (plain form)": _boxes(20),
    "a 400 kB word (plain form)": "<p>" + "w" * 400_000 + "</p>",
    "20,000 list items (plain form)": "<ol>" + "<li>An item of the list</li>" * 20_000 + "</ol>",
}


def measure(repeat: int = 5) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from handbook.core.content.loader import load_pack
    from handbook.core.content.pages import render_page
    from handbook.core.resources import bundled_pack_dir, read_resource_text
    from handbook.gui.reader.reader import ReaderView

    app = QApplication.instance() or QApplication([])
    pack = load_pack(bundled_pack_dir())
    lesson = max(pack.lessons(), key=lambda page: len(page.body))  # the longest real lesson
    typical = render_page(lesson, pack).html
    reader = ReaderView(read_resource_text("style", "reader.css"))
    reader.resize(900, 700)
    folder = Path(tempfile.mkdtemp(prefix="handbook-bench-"))

    def show(markup: str) -> None:
        reader.show_page(markup, "course/x.md", folder)
        reader.grab()

    show(typical)  # warm fonts once
    base, _ = median_time(lambda: show(typical), repeat)
    rows = [Row(f"typical lesson ({lesson.path})", base, "s", target=f"< {TARGET} s", ok=base < TARGET)]
    for name, markup in PAGES.items():
        value, _ = median_time(lambda markup=markup: show(markup), repeat)
        rows.append(Row(name, value, "s", "typical lesson", base, f"< {TARGET} s", value < TARGET))
    del app
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    print_table(measure(parser.parse_args().repeat), TITLE)


if __name__ == "__main__":
    main()
