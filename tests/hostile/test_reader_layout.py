"""Pages whose layout would freeze Qt (boxes 20 deep, a 400 kB word, 20,000 items) are drawn in a plain form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument, QTextFrame, QTextTable
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.settings import Settings
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.reader.reader import ReaderView

LESSON = "course/01-start/01-hostile.md"
NESTED_BOXES = "".join("    " * d + "!!! note\n" for d in range(20)) + "    " * 20 + "Deep inside.\n"
HOSTILE_PAGES = {
    "boxes 20 deep": NESTED_BOXES,
    "a 400 kB word": "Before. " + "w" * 400_000 + " After.\n",
    "20,000 list items": "".join(
        f"- item {n}\n" for n in range(20_000)
    ),  # plain items: the cost of task lists before Qt is the content caps' concern
}
HOSTILE_HTML = {
    "tables 20 deep": "<table><tr><td>" * 20 + "Deep inside." + "</td></tr></table>" * 20,
    "a 400 kB word": "<p>Before. " + "w" * 400_000 + " After.</p>",
    "a word split by inline tags": "<p>" + "<b>ab</b>cd" * 100_000 + "</p>",
    "20,000 list items": "<ol>" + "<li>item</li>" * 20_000 + "</ol>",
}


def table_depth(document: QTextDocument) -> int:
    def depth(frame: QTextFrame) -> int:
        inner = [depth(child) for child in frame.childFrames()]
        return (1 if isinstance(frame, QTextTable) else 0) + max(inner, default=0)

    return depth(document.rootFrame())


def longest_line(document: QTextDocument) -> int:
    block, longest = document.begin(), 0
    while block.isValid():
        longest = max(longest, max((len(w) for w in block.text().split()), default=0))
        block = block.next()
    return longest


@pytest.mark.parametrize("case", sorted(HOSTILE_HTML))
def test_the_reader_shows_hostile_html_plainly(qtbot: QtBot, tmp_path: Path, case: str) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.show_page(HOSTILE_HTML[case], LESSON, tmp_path)
    reader.show()
    reader.grab()  # paints: with the page as it was, this took from seconds to minutes
    assert reader.plain_reason
    text = reader.toPlainText()
    assert text.startswith("This page is shown as plain text")
    assert table_depth(reader.document()) == 0 and longest_line(reader.document()) <= 80
    assert "Deep inside." in text or "item" in text or "Before." in text or "abcd" in text


def test_an_ordinary_page_keeps_its_layout(qtbot: QtBot, mini_pack: Path) -> None:
    window = MainWindow(
        load_pack(mini_pack),
        Settings(mini_pack.parent / "s.json"),
        QSettings(str(mini_pack.parent / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    for path in ("course/01-start/01-welcome.md", "course/02-next/01-quiz.md", "plans/01-first-meeting.md"):
        window.open_path(path)
        assert window.reader.plain_reason is None, path


@pytest.mark.parametrize("case", sorted(HOSTILE_PAGES))
def test_a_hostile_last_page_does_not_freeze_the_start(qtbot: QtBot, mini_pack: Path, case: str) -> None:
    """The page a facilitator last read opens at every start: it must paint promptly."""
    (mini_pack / LESSON).write_text(
        f"---\ntitle: Hostile\nminutes: 5\nkind: read\n---\n{HOSTILE_PAGES[case]}", encoding="utf-8"
    )
    settings = Settings(mini_pack.parent / "s.json")
    window = MainWindow(
        load_pack(mini_pack), settings, QSettings(str(mini_pack.parent / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.open_path(LESSON)
    window.grab()
    document = window.reader.document()
    assert table_depth(document) <= 8 and longest_line(document) <= 20_000
