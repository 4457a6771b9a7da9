"""A facilitator's session with qtbot: tick, answer, mark done, write notes, come back later and find it all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handbook.core.paths import DataDir
from handbook.core.progress.record import DONE, IN_PROGRESS
from handbook.gui.progress.course_progress_view import DONE_COLUMN
from tests.conftest import PackWriter
from tests.unit.gui.progress_helpers import (
    CHECKLIST,
    OPEN,
    PACK,
    QUIZ,
    TICKED,
    WELCOME,
    FakePrompts,
    click,
    make_profile,
    open_window,
)


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


def test_tick_answer_mark_done_then_restart_and_find_it_all(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert (
        window.current is not None and window.current.path == "course/01-start/_module.md"
    )  # a new profile starts at the top

    window.open_path(CHECKLIST)
    assert progress.store is not None
    assert progress.store.get(PACK, "start/checklist").status == IN_PROGRESS  # opening a lesson
    text = window.reader.toPlainText()
    assert f"{OPEN} Book the room" in text and f"{TICKED} Buy snacks" in text
    click(window, "task:0")
    click(window, "task:1")  # un-tick what the Markdown had ticked
    text = window.reader.toPlainText()
    assert f"{TICKED} Book the room" in text and f"{OPEN} Buy snacks" in text
    assert dict(progress.store.get(PACK, "start/checklist").ticks) == {0: True, 1: False}

    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Mark lesson as done
    assert progress.store.get(PACK, "start/checklist").status == DONE
    qtbot.waitUntil(lambda: window.sidebar.course.item_for(CHECKLIST).text(DONE_COLUMN) == "\u2713")  # type: ignore[union-attr]
    assert progress.mark_done.isChecked()

    window.open_path(QUIZ)
    assert "Answer question 1" in window.reader.toPlainText()
    click(window, "quiz:0/1")
    assert "Right." in window.reader.toPlainText()
    click(window, "quiz:0/0")  # a second click does not change a given answer
    assert dict(progress.store.get(PACK, "next/renamed-quiz").answers) == {0: 1}
    assert "answered this question" in window.statusBar().currentMessage()
    assert progress.store.get(PACK, "next/renamed-quiz").status == DONE  # the self-check is passed: done
    window.close()

    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert window.current is not None and window.current.path == QUIZ  # continue where I left off
    assert "Right." in window.reader.toPlainText() and "Learning circles are peer-led." in window.reader.toPlainText()
    window.open_path(CHECKLIST)
    assert f"{TICKED} Book the room" in window.reader.toPlainText()
    tree = window.sidebar.course
    assert tree.item_for(CHECKLIST).text(DONE_COLUMN) == "\u2713"  # type: ignore[union-attr]
    assert tree.item_for(WELCOME).text(DONE_COLUMN) == ""  # type: ignore[union-attr]
    module = tree.item_for("course/02-next/_module.md")
    assert module is not None and "1 of 1 lessons done" in module.toolTip(DONE_COLUMN)
    assert progress.overview.course_bar.value() == 2 and progress.overview.course_bar.maximum() == 3
    assert "Amina" in progress.overview.profile_button.text()


def test_try_the_self_check_again_and_unmark_done(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(QUIZ)
    click(window, "quiz:0/0")  # wrong
    assert progress.store is not None
    assert progress.store.get(PACK, "next/renamed-quiz").status == IN_PROGRESS
    assert "0 of 1 right; passing takes 1" in window.statusBar().currentMessage()
    progress.refresh_now()
    assert progress.retry.isEnabled()
    window.actions_by_name["retryQuiz"].trigger()
    assert "Answer question 1" in window.reader.toPlainText()
    click(window, "quiz:0/1")
    assert progress.store.get(PACK, "next/renamed-quiz").status == DONE
    window.actions_by_name["markDone"].trigger()  # a self-check is done by passing it, not by Ctrl+D
    assert progress.store.get(PACK, "next/renamed-quiz").status == DONE
    assert "done when you pass it" in window.statusBar().currentMessage()

    # Trying a passed self-check again asks first, and then it is no longer done.
    prompts.answers["confirm"] = False
    window.actions_by_name["retryQuiz"].trigger()
    assert prompts.titles("confirm")[-1] == "Try the self-check again"
    assert dict(progress.store.get(PACK, "next/renamed-quiz").answers) == {0: 1}  # kept: the person said no
    prompts.answers["confirm"] = True
    window.actions_by_name["retryQuiz"].trigger()
    record = progress.store.get(PACK, "next/renamed-quiz")
    assert dict(record.answers) == {} and record.status == IN_PROGRESS


def test_the_scroll_position_comes_back(qtbot: QtBot, write_pack: PackWriter, data: DataDir) -> None:
    long_body = "\n\n".join(f"Paragraph {n} of a long lesson about circles." for n in range(300))
    root = write_pack(
        {
            "pack.yaml": "id: long\ntitle: Long\nversion: 1.0.0\n",
            "course/01-m/_module.md": "---\ntitle: M\n---\nIntro",
            "course/01-m/01-long.md": f"---\ntitle: Long\nminutes: 30\nkind: read\n---\n{long_body}",
        }
    )
    make_profile(data)
    window, progress, _ = open_window(qtbot, root, data)
    window.open_path("course/01-m/01-long.md")
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    window.open_path("course/01-m/_module.md")  # leaving the page saves where it was
    assert progress.store is not None and progress.store.get("long", "m/long").scroll == kept
    window.open_path("course/01-m/01-long.md")
    assert bar.value() == kept
    bar.setValue(kept + 40)
    window.close()  # closing saves it too

    window, progress, _ = open_window(qtbot, root, data)
    bar = window.reader.verticalScrollBar()
    assert window.current is not None and window.current.path == "course/01-m/01-long.md"
    qtbot.waitUntil(lambda: bar.value() == kept + 40)


def test_notes_save_as_you_type_and_when_you_move_on(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.store is not None
    heard: list[tuple[str, str, str]] = []
    progress.store.add_note_listener(lambda *args: heard.append(args))
    window.open_path(WELCOME)
    editor = progress.notes.editor
    assert editor.isEnabled() and "Welcome" in progress.notes.heading.text()
    qtbot.keyClicks(editor, "Name tags!")
    assert progress.store.get(PACK, "start/welcome").note == ""  # not on every key
    qtbot.waitUntil(lambda: progress.store.get(PACK, "start/welcome").note == "Name tags!", timeout=3000)  # type: ignore[union-attr]
    assert heard == [(PACK, "start/welcome", "Name tags!")]
    assert progress.notes.status.text() == "Saved."

    qtbot.keyClicks(editor, " And snacks.")
    window.open_path(CHECKLIST)  # moving on saves the note at once, to the lesson it belongs to
    assert progress.store.get(PACK, "start/welcome").note == "Name tags! And snacks."
    assert progress.store.get(PACK, "start/checklist").note == ""
    assert editor.toPlainText() == ""
    window.open_path("activities/plus-delta.md")
    assert not editor.isEnabled()  # notes are for lessons
    window.open_path(WELCOME)
    assert editor.toPlainText() == "Name tags! And snacks."


def test_time_counts_only_while_the_window_is_active_and_someone_is_there(
    qtbot: QtBot, mini_pack: Path, data: DataDir
) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    timer = progress.timer
    now = [1000.0]
    timer.clock = lambda: now[0]
    active = [True]
    timer.is_active = lambda: active[0]
    window.open_path(WELCOME)
    for _ in range(30):
        now[0] += 1
        timer.tick()
    active[0] = False
    for _ in range(30):
        timer.tick()  # another window in front: not counted
    active[0] = True
    now[0] += 10 * 60  # nobody touched anything for ten minutes
    for _ in range(30):
        now[0] += 1
        timer.tick()
    window.open_path(CHECKLIST)
    assert progress.store is not None and progress.store.get(PACK, "start/welcome").seconds == 30


def test_first_run_welcome_makes_a_profile(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    prompts = FakePrompts()
    names = iter(["Bell\x07", "Amina"])

    def fill(dialog: Any) -> bool:
        dialog.name_edit.setText(next(names))
        dialog.accept()
        return dialog.result() == 1

    prompts.answers["run"] = fill
    window, progress, _ = open_window(qtbot, mini_pack, data, prompts)
    assert progress.profile is not None and progress.profile.name == "Amina"
    assert progress.settings.get("last_profile") == "amina"
    assert (data.profiles / "amina" / "progress.json").is_file()
    window.open_path(WELCOME)
    assert progress.notes.editor.isEnabled()


def test_continue_as_guest_keeps_progress_in_the_shared_guest_profile_and_says_so(
    qtbot: QtBot, mini_pack: Path, data: DataDir
) -> None:
    """One clear model: the welcome's other button opens a profile named Guest; no profile nobody made appears."""
    old_planner = data.profiles / "default"  # where an earlier version kept the planner with no profile
    old_planner.mkdir(parents=True)
    (old_planner / "planner.json").write_text("{}", encoding="utf-8")
    window, progress, prompts = open_window(qtbot, mini_pack, data)  # the welcome is dismissed
    assert prompts.shown == []
    assert progress.profile is not None and progress.profile.name == "Guest" and progress.store is not None
    assert "Shared Guest profile" in window.statusBar().currentMessage()
    window.open_path(CHECKLIST)
    click(window, "task:0")
    assert progress.store.get(PACK, "start/checklist").ticks == {0: True}
    progress.refresh_now()
    assert progress.overview.profile_button.text() == "Profile: Guest"
    assert sorted(p.name for p in data.profiles.iterdir()) == ["guest"]  # the old planner is the guest's now
    assert (data.profiles / "guest" / "planner.json").exists()
    window.close()

    window, progress, prompts = open_window(qtbot, mini_pack, data)  # the next start: no welcome again
    assert progress.profile is not None and progress.profile.name == "Guest"
    assert progress.store is not None and progress.store.get(PACK, "start/checklist").ticks == {0: True}


def test_a_damaged_progress_file_is_reported_at_start(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    folder = make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    window.open_path(WELCOME)
    progress.backup("manual")
    window.close()
    progress_file = data.profiles / folder / "progress.json"
    progress_file.write_bytes(b'{"_meta": {"1": {"schema": 1}}, "records": {"1": ')

    window, progress, prompts = open_window(qtbot, mini_pack, data)
    warnings = [text for kind, title, text in prompts.shown if kind == "warn"]
    assert len(warnings) == 1
    damaged = data.profiles / folder / "progress.json.damaged-1"
    assert str(damaged) in warnings[0] and "restored from the backup" in warnings[0]
    assert damaged.read_bytes().startswith(b'{"_meta"')
    assert progress.store is not None and progress.store.get(PACK, "start/welcome").status == IN_PROGRESS


def test_progress_actions_have_shortcuts_and_controls_have_names(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    shortcuts: dict[str, str] = {}
    for name, action in window.actions_by_name.items():
        key = action.shortcut().toString()
        assert key, name
        assert key not in shortcuts, f"{name} and {shortcuts.get(key)} share {key}"
        shortcuts[key] = name
    for widget in (progress.notes.editor, progress.overview.course_bar, progress.overview.profile_button):
        assert widget.accessibleName()
    # The tree's marks have words for screen readers too.
    item = window.sidebar.course.item_for(WELCOME)
    assert item is not None and item.data(DONE_COLUMN, Qt.ItemDataRole.AccessibleTextRole) == "Not started"


def test_the_notes_pane_stays_where_the_person_put_it(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.notes is not None and progress.notes.isVisible()
    window.actions_by_name["toggleNotes"].trigger()
    assert not progress.notes.isVisible()
    window.close()
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.notes is not None and not progress.notes.isVisible()
    assert progress.notes in window.findChildren(type(progress.notes))
    window.actions_by_name["toggleNotes"].trigger()
    window.close()
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.notes is not None and progress.notes.isVisible()
    assert window.dockWidgetArea(progress.notes) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_welcome_offers_the_profiles_already_here(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data, "Amina", last=False)
    make_profile(data, "Bob", last=False)
    prompts = FakePrompts()
    offered: list[str] = []

    def pick_bob(dialog: Any) -> bool:
        offered.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        dialog.list.setCurrentRow(1)
        dialog.accept()
        return True

    prompts.answers["run"] = pick_bob
    _window, progress, _ = open_window(qtbot, mini_pack, data, prompts)
    assert offered == ["Amina", "Bob"]
    assert progress.profile is not None and progress.profile.name == "Bob"
    assert progress.settings.get("last_profile") == "bob"


def test_continue_goes_back_to_the_lesson_not_the_last_page_of_any_kind(
    qtbot: QtBot, mini_pack: Path, data: DataDir
) -> None:
    make_profile(data)
    window, _progress, _ = open_window(qtbot, mini_pack, data)
    continue_action = window.actions_by_name["continue"]
    continue_action.trigger()
    assert window.current is not None and window.current.path == WELCOME  # nothing read yet: the first lesson
    window.open_path(CHECKLIST)
    window.open_path("activities/shakedown.md")
    window.open_path("forms/sign-in-sheet.md")
    continue_action.trigger()
    assert window.current.path == CHECKLIST
    window.open_path("forms/sign-in-sheet.md")
    window.close()
    window, _progress, _ = open_window(qtbot, mini_pack, data)
    assert window.current is not None and window.current.path == "forms/sign-in-sheet.md"  # reopens where it was
    continue_action = window.actions_by_name["continue"]
    continue_action.trigger()
    assert window.current.path == CHECKLIST


def test_a_panel_comes_back_where_the_person_put_it(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.notes is not None
    assert window.dockWidgetArea(progress.notes) == Qt.DockWidgetArea.RightDockWidgetArea  # a new panel: at the right
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, progress.notes)  # as dragging it there does
    window.close()
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.notes is not None
    assert window.dockWidgetArea(progress.notes) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.add_panel(progress.notes)  # known to the saved state: put back, not added again
