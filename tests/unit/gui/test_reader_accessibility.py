"""What a screen reader is told in the page: a link is a link, a heading says its level, a picture keeps its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handbook.app import build_session
from handbook.core.content.render import render_markdown
from handbook.gui.reader.reader import ReaderView

PAGE = "course/01-start/01-welcome.md"


def shown(qtbot: QtBot, markdown: str, folder: Path) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow)
    reader.show_page(render_markdown(markdown, page_path=PAGE).html, PAGE, folder)
    return reader


def test_tab_to_a_link_says_it_is_a_link(qtbot: QtBot, tmp_path: Path) -> None:
    reader = shown(qtbot, "Read [the next lesson](02-next.md) or [a web page](https://example.org/).\n", tmp_path)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.focused_link() == "page:course/01-start/02-next.md"
    assert reader.last_announcement == "the next lesson, link"
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.last_announcement == "a web page, link to a web page"
    assert QApplication.focusWidget() is reader


def test_h_says_the_heading_and_its_level(qtbot: QtBot, tmp_path: Path) -> None:
    reader = shown(qtbot, "# Welcome\n\nSome words.\n\n## Before you start\n\nMore words.\n", tmp_path)
    reader.setFocus()
    reader.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(reader, Qt.Key.Key_H)
    assert reader.last_announcement == "Heading level 2: Before you start"
    qtbot.keyClick(reader, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert reader.last_announcement == "Heading level 1: Welcome"


def test_a_picture_keeps_its_words_as_tooltip_and_caption(qtbot: QtBot, tmp_path: Path) -> None:
    reader = shown(qtbot, "Before.\n\n![Six people around a table](../../media/circle.png)\n", tmp_path)
    assert "Six people around a table" in reader.toPlainText()  # what a screen reader reads
    where = reader.document().toPlainText().index("\ufffc")  # the picture in the page's text
    probe = QTextCursor(reader.document())
    probe.setPosition(where + 1)
    assert probe.charFormat().isImageFormat()
    assert probe.charFormat().toolTip() == "Six people around a table"


def test_the_bundled_course_links_are_said(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_path(window.pack.modules[0].lessons[0].path)
    window.reader.setFocus()
    window.reader.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(30):
        qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
        if window.reader.focused_link():
            break
    assert window.reader.last_announcement.endswith((", link", ", link to a web page"))
