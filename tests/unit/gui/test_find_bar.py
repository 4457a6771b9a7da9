"""Find in page: Ctrl+F, every match highlighted, F3 and Shift+F3 step through, Esc closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.search.textfind import Needle
from handbook.core.settings import Settings
from handbook.gui.reader.main_window import MainWindow
from tests.conftest import PackWriter

PAGE = """---
title: Facilitación
minutes: 5
kind: read
---
La facilitación de un círculo. A facilitacion, a FACILITACION.

| Step | What |
|---|---|
| 1 | Plan the circle 😀 circle |
"""


@pytest.fixture
def window(qtbot: QtBot, write_pack: PackWriter, tmp_path: Path) -> MainWindow:
    root = write_pack(
        {
            "pack.yaml": "id: find\ntitle: Find\nversion: 1.0.0\n",
            "course/01-one/_module.md": "---\ntitle: One\n---\nFirst circle.\n",
            "course/01-one/01-page.md": PAGE,
        }
    )
    settings = Settings(tmp_path / "settings.json")
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(load_pack(root), settings, state)
    qtbot.addWidget(win)
    win.show()
    win.open_path("course/01-one/01-page.md")
    return win


def highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.reader.extraSelections()]


def test_ctrl_f_finds_every_match_ignoring_case_and_accents(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.find_bar
    window.actions_by_name["find"].trigger()
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "facilitacion")
    assert highlighted(window) == ["Facilitación", "facilitación", "facilitacion", "FACILITACION"]
    assert bar.count_label.text() == "1 of 4"
    assert window.reader.textCursor().position() == bar.spans[0][0]


def test_next_and_previous_wrap_around(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.field, "circle")
    assert len(bar.spans) == 2  # in a table cell, the second after an emoji
    assert highlighted(window) == ["circle"] * 2
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 of 2"
    window.actions_by_name["findNext"].trigger()
    assert bar.count_label.text() == "1 of 2"  # round to the first again
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "2 of 2"
    window.actions_by_name["findPrevious"].trigger()
    assert bar.count_label.text() == "1 of 2"
    assert window.reader.textCursor().position() == bar.spans[0][0]


def test_no_match_says_so(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.field, "zebra")
    assert bar.count_label.text() == "No matches" and highlighted(window) == []


def test_esc_closes_and_clears(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.field, "circle")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and highlighted(window) == []


def test_the_open_bar_finds_again_on_the_next_page(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.field, "circle")
    window.open_path("course/01-one/_module.md")
    assert highlighted(window) == ["circle"]
    bar.close_bar()
    window.open_path("course/01-one/01-page.md")
    assert highlighted(window) == []


def test_search_terms_are_highlighted_as_whole_words(window: MainWindow) -> None:
    bar = window.find_bar
    bar.highlight_terms([Needle("circ", whole_words=True, prefix=True), Needle("un", whole_words=True)])
    assert highlighted(window) == ["un", "círculo", "circle", "circle"]
    assert not bar.isVisible()
    window.actions_by_name["findNext"].trigger()  # F3 goes on through the search's words
    assert bar.current == 1


def test_f3_with_nothing_to_find_opens_the_bar(window: MainWindow) -> None:
    window.actions_by_name["findNext"].trigger()
    assert window.find_bar.isVisible()


def test_a_match_out_of_sight_is_scrolled_into_view(window: MainWindow, qtbot: QtBot) -> None:
    paragraphs = [f"<p>Paragraph {n} about nothing much.</p>" for n in range(200)]
    paragraphs[100] = "<p>The hidden treasure.</p>"
    window.reader.setHtml("".join(paragraphs))
    window.reader.verticalScrollBar().setValue(0)
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.field, "treasure")
    rect = window.reader.cursorRect(window.reader.textCursor())
    assert window.reader.verticalScrollBar().value() > 0
    height = window.reader.viewport().height()
    assert height // 4 <= rect.top() <= height // 2  # about a third of the way down, not at the edge
