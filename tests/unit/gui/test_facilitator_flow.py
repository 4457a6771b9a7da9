"""What a new facilitator met in a user test: where a page opens, what Ctrl+D does, the score after a retry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from handbook.core.paths import DataDir
from handbook.core.progress.record import DONE, IN_PROGRESS
from handbook.gui.progress.course_progress_view import DONE_COLUMN
from tests.conftest import PackWriter
from tests.unit.gui.progress_helpers import CHECKLIST, PACK, QUIZ, WELCOME, make_profile, open_window

LONG = "\n\n".join(f"Paragraph {n} of a long lesson about circles." for n in range(200))
FIRST, SECOND = "course/01-m/01-first.md", "course/01-m/02-second.md"


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def long_pack(write_pack: PackWriter) -> Path:
    return write_pack(
        {
            "pack.yaml": "id: long\ntitle: Long\nversion: 1.0.0\n",
            "course/01-m/_module.md": "---\ntitle: M\n---\nIntro",
            "course/01-m/01-first.md": f"---\ntitle: First\nminutes: 30\nkind: read\n---\n{LONG}",
            "course/01-m/02-second.md": f"---\ntitle: Second\nminutes: 30\nkind: read\n---\n{LONG}",
        }
    )


@pytest.mark.parametrize("with_profile", [True, False])
def test_a_new_page_opens_at_its_top_and_a_page_come_back_to_where_it_was(
    qtbot: QtBot, long_pack: Path, data: DataDir, with_profile: bool
) -> None:
    if with_profile:
        make_profile(data)
    window, _, _ = open_window(qtbot, long_pack, data)
    window.open_path(FIRST)
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(bar.maximum())  # read to the end
    read_to = bar.value()
    window.actions_by_name["next"].trigger()
    assert window.current is not None and window.current.path == SECOND
    qtbot.wait(10)  # a turn of the event loop, as a person sees it
    assert bar.value() == 0
    bar.setValue(300)
    window.reader.anchorClicked.emit(QUrl(f"page:{FIRST}"))  # a link back (or the tree)
    # Within a pixel or two: Qt may lay the page out again once shown (its scroll range then moves a little).
    qtbot.waitUntil(lambda: abs(bar.value() - read_to) <= 2)
    window.actions_by_name["back"].trigger()
    qtbot.waitUntil(lambda: bar.value() == 300)


def test_ctrl_d_marks_and_unmarks_a_lesson_and_says_which(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    window.open_path(CHECKLIST)
    assert progress.store is not None and progress.mark_done is not None
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert progress.store.get(PACK, "start/checklist").status == DONE
    assert progress.mark_done.isChecked()
    assert window.statusBar().currentMessage() == "'Checklist' is marked as done."
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert progress.store.get(PACK, "start/checklist").status == IN_PROGRESS
    assert not progress.mark_done.isChecked()
    assert window.statusBar().currentMessage() == "'Checklist' is no longer marked as done."


def test_ctrl_d_does_not_pass_a_self_check(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    window.open_path(QUIZ)
    assert progress.store is not None and progress.mark_done is not None
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert progress.store.get(PACK, "next/renamed-quiz").status == IN_PROGRESS
    assert not progress.mark_done.isChecked()
    assert "done when you pass it" in window.statusBar().currentMessage()
    progress.refresh_now()
    module = window.sidebar.course.item_for("course/02-next/_module.md")
    assert module is not None and "0 of 1 lessons done" in module.toolTip(DONE_COLUMN)


def test_after_a_failed_try_and_a_retry_the_old_score_is_gone(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, _, _ = open_window(qtbot, mini_pack, data)
    window.open_path(QUIZ)
    window.answer_panel.quiz_boxes[0].choices[0].click()  # wrong
    assert "0 of 1 right" in window.statusBar().currentMessage()
    window.actions_by_name["retryQuiz"].trigger()
    message = window.statusBar().currentMessage()
    assert "right" not in message.replace("75% right", "") and "Answer every question again" in message
    assert "0 of 1" not in window.reader.toPlainText()


def test_the_next_lesson_is_one_click_away_at_the_bottom(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    window, _, _ = open_window(qtbot, mini_pack, data)
    window.open_path(WELCOME)
    assert window.reader.toPlainText().rstrip().endswith("Next lesson: Checklist \u2192 (or press Ctrl+Right)")
    window.reader.anchorClicked.emit(QUrl(f"page:{CHECKLIST}"))
    assert window.current is not None and window.current.path == CHECKLIST
