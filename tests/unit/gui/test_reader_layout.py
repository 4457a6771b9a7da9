"""Pages read well at the window's default size: no word is broken across two lines (as '(optio' 'nal)')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from handbook.app import build_session


def words_broken(document: QTextDocument) -> list[str]:
    """The texts of the blocks where a line ends inside a word."""
    found = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for number in range(layout.lineCount() - 1):
            line = layout.lineAt(number)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                found.append(text)
        block = block.next()
    return found


def test_no_form_or_plan_breaks_a_word_at_the_default_size(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    window.resize(1180, 780)  # the default on a 1366x768 screen
    window.show()
    assert session.progress is not None
    session.progress.attach_ui()  # with the notes pane, as after the first paint
    try:
        qtbot.waitUntil(lambda: window.reader.viewport().width() < 560)
        for page in [*window.pack.forms, *window.pack.plans]:
            window.open_path(page.path)
            assert words_broken(window.reader.document()) == [], page.path
    finally:
        session.progress.shutdown()
