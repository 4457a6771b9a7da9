"""The page's questions and checklist as controls: reached by Tab, answered by arrows and Space, named, kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handbook.app import Session, build_session
from handbook.core.content.model import Lesson, SessionPlan
from handbook.core.paths import DataDir
from handbook.core.progress.course import page_facts
from handbook.core.progress.reading import key_for, retry_quiz
from handbook.gui.reader.answer_panel import ButtonWords
from handbook.gui.reader.main_window import MainWindow
from tests.unit.gui.progress_helpers import make_profile


def started(qtbot: QtBot, data: DataDir) -> Session:
    session = build_session(data.root)
    qtbot.addWidget(session.window)
    session.window.show()
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    assert session.progress is not None
    session.progress.attach_ui()
    return session


def with_profile(tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.ensure()
    make_profile(data)
    return data


def self_check(window: MainWindow) -> Lesson:
    return next(lesson for module in window.pack.modules for lesson in module.lessons if lesson.kind == "quiz")


def plan_with_tasks(window: MainWindow) -> SessionPlan:
    return next(plan for plan in window.pack.plans if page_facts(plan).tasks)


def press(qtbot: QtBot, key: Qt.Key) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def test_tab_goes_from_the_page_to_each_question_once_then_on(qtbot: QtBot, tmp_path: Path) -> None:
    session = started(qtbot, with_profile(tmp_path))
    window = session.window
    window.open_path(self_check(window).path)
    panel = window.answer_panel
    assert panel.isVisible()
    assert len(panel.quiz_boxes) == len(page_facts(self_check(window)).quizzes) >= 4
    window.reader.setFocus()
    window.reader.focusNextPrevChild(True)  # past the page's last link
    while QApplication.focusWidget() is window.reader:
        press(qtbot, Qt.Key.Key_Tab)
    visited = [QApplication.focusWidget()]
    for _ in range(len(panel.quiz_boxes) - 1):
        visited.append(press(qtbot, Qt.Key.Key_Tab))
    # One stop per question, on its first choice, in the page's order (arrows go between the choices).
    assert visited == [box.choices[0] for box in panel.quiz_boxes]
    after = press(qtbot, Qt.Key.Key_Tab)
    assert after.objectName() == "notesEditor"  # the retry button waits for an answer; then the notes
    assert press(qtbot, Qt.Key.Key_Backtab) is panel.quiz_boxes[-1].choices[0]


def test_arrows_move_space_answers_and_the_keyboard_stays_on_the_answer(qtbot: QtBot, tmp_path: Path) -> None:
    session = started(qtbot, with_profile(tmp_path))
    window = session.window
    lesson = self_check(window)
    window.open_path(lesson.path)
    panel = window.answer_panel
    box = panel.quiz_boxes[0]
    box.choices[0].setFocus()
    assert press(qtbot, Qt.Key.Key_Down) is box.choices[1]
    assert press(qtbot, Qt.Key.Key_Down) is box.choices[2]
    assert press(qtbot, Qt.Key.Key_Up) is box.choices[1]
    store = session.progress.store if session.progress else None
    assert store is not None
    assert store.get(*key_for(window.pack, lesson)).answers == {}  # moving is not answering
    assert not any(choice.isChecked() for choice in box.choices)
    assert press(qtbot, Qt.Key.Key_Space) is box.choices[1]  # answered, and still there
    assert store.get(*key_for(window.pack, lesson)).answers == {0: 1}
    assert [choice.isChecked() for choice in box.choices] == [number == 1 for number in range(len(box.choices))]
    assert box.feedback.isVisible()
    quiz = box.quiz
    verdict = "\u2713 Right." if quiz.answer == 1 else "Not quite."
    assert box.feedback_text().startswith(verdict)
    assert panel.last_announcement == box.feedback_text()
    shown = QAccessible.queryAccessibleInterface(box.feedback).text(QAccessible.Text.Name)
    assert shown == box.feedback_text()  # what is shown, in bold or not, is what is said
    assert "\u25c9" in window.reader.toPlainText()  # the page's text shows the answer too
    # The Tab stop of the question is now its answer; the retry button can be reached.
    assert box.choices[1].focusPolicy() & Qt.FocusPolicy.TabFocus
    assert panel.retry_button is not None and panel.retry_button.isEnabled()
    # A kept answer stays: another choice pressed changes nothing, and the reader is told why.
    press(qtbot, Qt.Key.Key_Down)
    assert press(qtbot, Qt.Key.Key_Space) is box.choices[2]
    assert store.get(*key_for(window.pack, lesson)).answers == {0: 1}
    assert [choice.isChecked() for choice in box.choices] == [number == 1 for number in range(len(box.choices))]


def test_the_controls_are_named_by_their_words(qtbot: QtBot, tmp_path: Path) -> None:
    session = started(qtbot, with_profile(tmp_path))
    window = session.window
    lesson = self_check(window)
    window.open_path(lesson.path)
    box = window.answer_panel.quiz_boxes[1]
    quiz = page_facts(lesson).quizzes[1]
    group = QAccessible.queryAccessibleInterface(box)
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == f"Question 2. {quiz.question}"
    for number, choice in enumerate(box.choices):
        face = QAccessible.queryAccessibleInterface(choice)
        assert face.role() == QAccessible.Role.RadioButton
        assert face.text(QAccessible.Text.Name) == f"{'ABCDEF'[number]}. {quiz.choices[number]}"
    window.open_path(plan_with_tasks(window).path)
    tasks = page_facts(window.current).tasks if window.current else ()
    for check, task in zip(window.answer_panel.task_boxes, tasks, strict=True):
        face = QAccessible.queryAccessibleInterface(check)
        assert face.role() == QAccessible.Role.CheckBox
        assert face.text(QAccessible.Text.Name) == task.text


def test_ticks_and_answers_come_back_on_reopening(qtbot: QtBot, tmp_path: Path) -> None:
    data = with_profile(tmp_path)
    session = started(qtbot, data)
    window = session.window
    lesson, plan = self_check(window), plan_with_tasks(window)
    window.open_path(plan.path)
    panel = window.answer_panel
    first = panel.task_boxes[0]
    first.setFocus()
    was = first.isChecked()
    assert press(qtbot, Qt.Key.Key_Space) is first
    assert first.isChecked() is not was
    window.open_path(lesson.path)
    words = next(w for w in panel.findChildren(ButtonWords) if w.button is panel.quiz_boxes[2].choices[3])
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)  # a click on a choice's words chooses it
    assert QApplication.focusWidget() is panel.quiz_boxes[2].choices[3]
    window.open_path(plan.path)
    assert panel.task_boxes[0].isChecked() is not was
    window.close()
    again = started(qtbot, data).window
    again.open_path(lesson.path)
    assert again.answer_panel.quiz_boxes[2].chosen == 3
    assert again.answer_panel.quiz_boxes[2].choices[3].isChecked()
    assert again.answer_panel.quiz_boxes[2].feedback.isVisible()
    again.open_path(plan.path)
    assert again.answer_panel.task_boxes[0].isChecked() is not was


def test_a_page_without_questions_or_tasks_has_no_panel(qtbot: QtBot, tmp_path: Path) -> None:
    session = started(qtbot, with_profile(tmp_path))
    window = session.window
    window.open_path(window.pack.modules[0].lessons[0].path)
    assert not window.answer_panel.isVisible()
    assert window.answer_panel.quiz_boxes == [] and window.answer_panel.task_boxes == []


def test_a_retry_clears_the_choices_and_their_feedback(qtbot: QtBot, tmp_path: Path) -> None:
    session = started(qtbot, with_profile(tmp_path))
    window = session.window
    lesson = self_check(window)
    window.open_path(lesson.path)
    box = window.answer_panel.quiz_boxes[0]
    box.choices[2].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert box.choices[2].isChecked()
    assert session.progress is not None and session.progress.store is not None
    retry_quiz(session.progress.store, window.pack, lesson)
    window.refresh()
    assert not any(choice.isChecked() for choice in box.choices)
    assert not box.feedback.isVisible()
    assert window.answer_panel.retry_button is not None and not window.answer_panel.retry_button.isEnabled()


def test_a_self_check_painted_from_its_saved_copy_gets_its_controls_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = with_profile(tmp_path)
    first = started(qtbot, data).window
    lesson = self_check(first)
    first.open_path(lesson.path)
    assert first.page_copy is not None
    first.page_copy.save()
    first.close()
    window = build_session(data.root).window  # not shown yet: nothing painted
    qtbot.addWidget(window)
    window.open_path(lesson.path)
    assert window.page_copy is not None and window.page_copy.on_disk is not None  # painted from the copy
    assert window.answer_panel.quiz_boxes == []  # the renderer waits for the first paint
    window.show()
    qtbot.waitUntil(lambda: len(window.answer_panel.quiz_boxes) == len(page_facts(lesson).quizzes))
    assert window.answer_panel.isVisible()


def test_the_panel_is_made_for_the_first_page_with_questions_and_opens_below_a_readable_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = started(qtbot, with_profile(tmp_path))
    window = session.window
    first = window.pack.reading_order()[0].path  # the course's first page: no question, no task
    window.open_path(first)
    assert window.page_area._panel is None
    window.open_path(self_check(window).path)
    panel = window.page_area._panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and window.page_area.split.sizes()[1] > 0)
    page, answers = window.page_area.split.sizes()
    assert page > 0.35 * (page + answers) and answers > 0.35 * (page + answers)  # both have room, as before
    window.open_path(first)
    assert not panel.isVisible()
