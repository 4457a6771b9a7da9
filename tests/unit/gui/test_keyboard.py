"""Everything can be reached and read by keyboard alone: no table traps Tab, the page has a caret and headings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from handbook.app import build_session, start_search
from handbook.core.content.loader import load_pack
from handbook.core.paths import DataDir
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.store import PlannerStore
from handbook.core.resources import bundled_pack_dir
from handbook.gui.planner.planner_window import PlannerWindow
from tests.unit.gui.progress_helpers import make_profile


def tab_through(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets that have focus as Tab is pressed ``presses`` times from ``start``."""
    start.setFocus()
    visited = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


def test_tab_leaves_the_agenda_table_and_reaches_every_button_of_the_planner(qtbot: QtBot, tmp_path: Path) -> None:
    store = PlannerStore(tmp_path / "planner.json")
    store.set_details(CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90))
    planner = PlannerWindow(load_pack(bundled_pack_dir()), store)
    qtbot.addWidget(planner)
    planner.show()
    planner.activateWindow()
    qtbot.waitUntil(planner.isActiveWindow)
    planner.select_week(1)
    table = planner.editor.table
    table.setCurrentCell(0, 2)
    visited = tab_through(qtbot, table, 60)
    assert visited[1] is not table, "Tab stays inside the agenda table"
    buttons = [
        b for b in planner.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus  # not a field's clear button
    ]  # fmt: skip
    assert len(buttons) >= 8
    missed = [b.text() for b in buttons if b not in visited]
    assert missed == []


def test_tab_goes_search_sidebar_page_status_bar_and_round_again(qtbot: QtBot, tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    data.ensure()
    make_profile(data)  # so that the notes pane takes notes
    session = build_session(data.root)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert session.progress is not None
    session.progress.attach_ui()
    start_search(session)
    window.open_path(window.pack.modules[0].lessons[0].path)
    search = window.findChild(QWidget, "searchField")
    assert search is not None
    order = []
    for widget in tab_through(qtbot, search, 40):
        name = widget.objectName()
        if name in ("searchField", "courseTree", "reader", "notesEditor", "profileButton") and (
            not order or order[-1] != name
        ):
            order.append(name)
    assert order[:6] == ["searchField", "courseTree", "reader", "notesEditor", "profileButton", "searchField"]


def test_the_page_has_a_caret_and_h_goes_from_heading_to_heading(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    window.show()
    lesson = window.pack.modules[0].lessons[0]
    window.open_path(lesson.path)
    reader = window.reader
    # The caret comes a moment after the first page is painted (start-up does not wait for it).
    qtbot.waitUntil(lambda: bool(reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard))
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    reader.setFocus()
    cursor = reader.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    reader.setTextCursor(cursor)
    headings = []
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_H)
        block = reader.textCursor().block()
        assert block.blockFormat().headingLevel() > 0
        headings.append(block.text())
    assert len(set(headings)) == 3, headings
    qtbot.keyClick(reader, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert reader.textCursor().block().text() == headings[1]
    # The arrow keys move a caret through the text.
    before = reader.textCursor().position()
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    assert reader.textCursor().position() > before


def test_a_question_link_leads_to_its_choices_and_the_keyboard_stays_on_the_answer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "data")
    data.ensure()
    make_profile(data)
    session = build_session(data.root)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert session.progress is not None
    session.progress.attach_ui()
    quiz = next(lesson for module in window.pack.modules for lesson in module.lessons if lesson.kind == "quiz")
    window.open_path(quiz.path)
    reader = window.reader
    reader.setFocus()
    for _ in range(80):  # Tab from link to link to the second question's link
        if reader.focused_link() == "answer:1":
            break
        qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.focused_link() == "answer:1"
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    box = window.answer_panel.quiz_boxes[1]
    assert QApplication.focusWidget() is box.choices[0]
    qtbot.keyClick(box.choices[0], Qt.Key.Key_Down)
    qtbot.keyClick(box.choices[1], Qt.Key.Key_Space)
    assert QApplication.focusWidget() is box.choices[1]  # not back at the first choice of the page
    assert window.answer_panel.last_announcement.split()[0] in ("\u2713", "Not")
    assert "\u25c9" in reader.toPlainText()  # the answer is shown in the page as well as said
