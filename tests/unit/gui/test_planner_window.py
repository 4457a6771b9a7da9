"""The planner as a librarian uses it: set up the circle, edit a meeting's agenda, reset it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey
from handbook.core.planning.store import PlannerStore
from handbook.core.resources import bundled_pack_dir
from handbook.gui.planner.agenda_editor import ACTIVITY, MINUTES, NOTES, TIME, TITLE
from handbook.gui.planner.planner_window import PlannerWindow

CIRCLE = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90)


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


@pytest.fixture
def planner(qtbot: QtBot, tmp_path: Path) -> PlannerWindow:
    store = PlannerStore(tmp_path / "planner.json")
    store.set_details(CIRCLE)
    window = PlannerWindow(bundled(), store)
    qtbot.addWidget(window)
    window.show()
    window.select_week(1)
    return window


def times(window: PlannerWindow) -> list[str]:
    table = window.editor.table
    return [table.item(row, TIME).text() for row in range(table.rowCount())]


def titles(window: PlannerWindow) -> list[str]:
    table = window.editor.table
    return [table.item(row, TITLE).text() for row in range(table.rowCount())]


def test_meetings_are_listed_with_their_dates(planner: PlannerWindow) -> None:
    items = [planner.meeting_list.item(row).text() for row in range(planner.meeting_list.count())]
    assert items[0].startswith("1. Tue 2 Mar 2027") and "Getting started" in items[0]
    assert items[-1].startswith("6. Tue 6 Apr 2027") and "Wrapping up" in items[-1]
    assert planner.editor.heading.text() == "Week 1 of 6: Getting started"
    assert planner.editor.when.text() == "Tuesday 2 March 2027, 18:00-19:30"
    assert times(planner)[:2] == ["18:00–18:10", "18:10–18:20"]
    assert planner.editor.total.property("status") == "exact"


def test_changing_minutes_moves_the_clock_and_shows_the_overrun(planner: PlannerWindow, qtbot: QtBot) -> None:
    table = planner.editor.table
    table.item(0, MINUTES).setData(Qt.ItemDataRole.EditRole, 20)
    assert times(planner)[:2] == ["18:00–18:20", "18:20–18:30"]
    total = planner.editor.total
    assert total.property("status") == "over" and "100 of 90 minutes: 10 over" in total.text()
    assert "10 min over" in planner.meeting_list.item(0).text()
    key = EditKey("1", "getting-started")
    assert planner.store.edit_for(key).agenda is not None and planner.store.edit_for(key).agenda[0].minutes == 20
    assert PlannerStore(planner.store.path).edit_for(key).agenda[0].minutes == 20  # type: ignore[index]


def test_add_remove_reorder_and_rename(planner: PlannerWindow, qtbot: QtBot) -> None:
    editor = planner.editor
    original = titles(planner)
    editor.table.selectRow(0)
    planner.activateWindow()
    editor.table.setFocus()
    qtbot.waitUntil(lambda: editor.table.hasFocus())
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Move down
    assert titles(planner)[:2] == [original[1], original[0]]
    assert editor.current_row() == 1
    editor.actions_by_name["moveUp"].trigger()
    assert titles(planner) == original
    editor.table.selectRow(1)
    editor.actions_by_name["removeItem"].trigger()
    assert titles(planner) == original[:1] + original[2:]
    assert editor.total.property("status") == "under" and "10 to spare" in editor.total.text()
    editor.table.selectRow(0)
    editor.actions_by_name["addItem"].trigger()
    assert titles(planner)[1] == "New item"
    editor.table.item(1, TITLE).setText("Tea break")
    editor.table.item(1, NOTES).setText("Kettle in room 3")
    meeting = planner.current_meeting()
    assert (
        meeting is not None and meeting.agenda[1].title == "Tea break" and meeting.agenda[1].notes == "Kettle in room 3"
    )
    assert editor.total.property("status") == "exact"


def test_swap_and_add_an_activity(planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planner, "choose_activity", lambda title: "shakedown")
    planner.editor.table.selectRow(1)
    planner.editor.actions_by_name["swapActivity"].trigger()
    meeting = planner.current_meeting()
    assert meeting is not None and meeting.agenda[1].activity == "shakedown"
    assert planner.editor.table.item(1, 3).text() == "Shakedown"
    planner.editor.actions_by_name["addActivity"].trigger()
    meeting = planner.current_meeting()
    assert meeting is not None and meeting.agenda[2].activity == "shakedown" and meeting.agenda[2].minutes == 5


def row(window: PlannerWindow, number: int) -> list[str]:
    table = window.editor.table
    return [table.item(number, column).text() for column in (MINUTES, TITLE, ACTIVITY, NOTES)]


def test_a_swapped_activity_brings_its_title_and_time(
    planner: PlannerWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planner, "choose_activity", lambda title: "fishbowl")
    planner.select_week(3)
    assert row(planner, 2)[:3] == ["30", "Critique activity", "Critique and feedback"]
    planner.editor.table.selectRow(2)
    planner.editor.actions_by_name["swapActivity"].trigger()
    assert row(planner, 2) == ["30", "Fishbowl", "Fishbowl", ""]  # 30 fits Fishbowl's 20-30; the critique rules go
    assert planner.editor.total.property("status") == "exact"
    notice = planner.editor.notice
    assert notice.isVisible() and "“Critique activity” is now Fishbowl." in notice.text()
    assert "notes for the old activity are gone" in notice.text() and "lasts" not in notice.text()

    planner.select_week(2)  # a 10-minute item: Fishbowl needs at least 20
    assert not notice.isVisible()
    planner.editor.table.item(1, NOTES).setText("Bring pens and the goal sheets")
    planner.editor.table.selectRow(1)
    planner.editor.actions_by_name["swapActivity"].trigger()
    assert row(planner, 1) == ["20", "Fishbowl", "Fishbowl", "Bring pens and the goal sheets"]  # the user's notes stay
    assert "Fishbowl takes 20-30 minutes, so the item now lasts 20 instead of 10." in notice.text()
    total = planner.editor.total
    assert total.property("status") == "over" and "100 of 90 minutes: 10 over" in total.text()
    assert "10 min over" in planner.meeting_list.item(1).text()

    planner.activateWindow()
    planner.meeting_list.setFocus()
    qtbot.waitUntil(planner.meeting_list.hasFocus)
    qtbot.keyClick(planner.meeting_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo, from anywhere
    assert row(planner, 1) == [
        "10",
        "Write and refine goals in threes",
        "One, some, many",
        "Bring pens and the goal sheets",
    ]
    assert planner.editor.total.property("status") == "exact" and not notice.isVisible()
    planner.editor.actions_by_name["undo"].trigger()  # the notes typed before
    assert row(planner, 1)[3].startswith("Each person writes a goal alone")
    planner.editor.actions_by_name["undo"].trigger()  # the swap in week 3
    assert planner.selected_week() == 3 and row(planner, 2)[1] == "Critique activity"
    assert planner.store.edits == {} and not planner.editor.actions_by_name["undo"].isEnabled()


def set_meetings(window: PlannerWindow, count: int) -> list[str]:
    window.form.meetings.setValue(count)
    assert window.meeting_list.count() == count
    return [window.meeting_list.item(n).text() for n in range(count)]


def test_edits_follow_their_meeting_when_the_number_of_meetings_changes(planner: PlannerWindow) -> None:
    set_meetings(planner, 8)
    planner.select_week(8)
    planner.editor.table.item(0, TITLE).setText("Check-in with cake")
    assert titles(planner)[0] == "Check-in with cake"

    listed = set_meetings(planner, 10)
    assert "Goal setting" in listed[7] and "edited" not in listed[7]  # week 8 of 10 is no wrap-up
    assert "Wrapping up" in listed[9] and "(edited)" in listed[9]
    assert sum("Wrapping up" in text for text in listed) == 1
    planner.select_week(10)
    assert titles(planner)[0] == "Check-in with cake" and planner.editor.heading.text() == "Week 10 of 10: Wrapping up"

    listed = set_meetings(planner, 6)
    assert "Wrapping up" in listed[5] and "(edited)" in listed[5]
    planner.select_week(6)
    assert titles(planner)[0] == "Check-in with cake"
    assert planner.kept_box.isHidden()
    again = PlannerWindow(planner.pack, PlannerStore(planner.store.path))  # after a restart too
    again.select_week(6)
    assert titles(again)[0] == "Check-in with cake"
    again.deleteLater()


def test_edits_no_meeting_uses_are_kept_and_can_be_discarded(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(planner, "confirm", lambda title, text, yes: questions.append(title) or True)
    set_meetings(planner, 8)
    planner.select_week(7)
    planner.editor.table.item(1, TITLE).setText("Read on your own")
    listed = set_meetings(planner, 6)
    assert "Wrapping up" in listed[5] and "edited" not in listed[5]  # not put on another plan's meeting
    assert planner.kept_box.isVisible()
    assert "Your changes to week 7 (Peer teaching) are kept but not used" in planner.kept_note.text()
    set_meetings(planner, 8)
    assert planner.kept_box.isHidden()
    planner.select_week(7)
    assert titles(planner)[1] == "Read on your own"  # back where it was made

    set_meetings(planner, 6)
    planner.discard_button.click()
    assert questions == ["Discard the kept changes?"] and planner.kept_box.isHidden()
    assert planner.store.edits == {} and PlannerStore(planner.store.path).edits == {}
    planner.editor.actions_by_name["undo"].trigger()
    assert planner.kept_box.isVisible() and len(planner.store.edits) == 1


def test_choose_another_template_and_reset(planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planner, "confirm", lambda title, text, yes: True)
    planner.select_week(3)
    combo = planner.editor.template
    combo.setCurrentIndex(combo.findData("short-meeting"))
    combo.activated.emit(combo.currentIndex())
    meeting = planner.current_meeting()
    assert meeting is not None and meeting.template.id == "short-meeting" and meeting.chosen
    assert "30 min to spare" in planner.meeting_list.item(2).text()
    assert planner.editor.reset_button.isEnabled()
    planner.editor.reset_button.click()
    meeting = planner.current_meeting()
    assert meeting is not None and meeting.template.id == "critique-and-feedback" and not meeting.chosen
    assert planner.store.edit_for(meeting.key).is_empty and planner.store.edits == {}


def test_circle_details_are_checked_before_they_are_saved(planner: PlannerWindow) -> None:
    form = planner.form
    form.meetings.setValue(8)
    assert planner.meeting_list.count() == 8 and planner.store.details is not None
    assert planner.store.details.meetings == 8
    form.minutes.setValue(45)
    assert form.problem.isVisible() and "shorter than the agenda" in form.problem.text()
    assert planner.store.details.meeting_minutes == 90  # not saved
    form.minutes.setValue(120)
    assert not form.problem.isVisible() and planner.store.details.meeting_minutes == 120
    form.first_date.setDate(QDate(2027, 3, 4))
    assert form.weekday.currentText() == "Thursday"
    assert planner.meeting_list.item(1).text().startswith("2. Thu 11 Mar 2027")
    form.weekday.setCurrentIndex(0)
    form.weekday.activated.emit(0)
    assert form.first_date.date() == QDate(2027, 3, 8)  # the next Monday
    form.start.setTime(form.start.time().fromString("23:30", "HH:mm"))
    planner.select_week(1)
    assert times(planner)[-1] == "00:55–01:00"  # the 90 minutes of agenda, past midnight


def test_edits_made_on_another_packs_plans_wait_for_that_pack(planner: PlannerWindow, mini_pack: Path) -> None:
    for week in range(2, 7):
        planner.select_week(week)
        planner.editor.table.item(0, TITLE).setText(f"Hello {week}")
    planner.set_pack(load_pack(mini_pack))  # its one plan is used for every week
    listed = [planner.meeting_list.item(n).text() for n in range(6)]
    assert not any("edited" in text for text in listed)
    assert planner.kept_box.isVisible()
    assert planner.kept_note.text().startswith(
        "Your changes to week 2 (goal-setting), week 3 (critique-and-feedback), week 4 (sharing), 2 more are kept"
    )
    planner.set_pack(bundled())
    assert planner.kept_box.isHidden()
    planner.select_week(6)
    assert titles(planner)[0] == "Hello 6"


def test_an_hour_typed_after_a_click_in_starts_at_is_taken(planner: PlannerWindow, qtbot: QtBot) -> None:
    """A user test: a click into 18:00, then 17:45 typed, gave 18:45 (the hour's digits were refused)."""
    edit = planner.form.start
    line = edit.lineEdit()
    qtbot.mouseClick(
        line,
        Qt.MouseButton.LeftButton,
        pos=QPoint(line.fontMetrics().horizontalAdvance("1") // 2 + 2, line.height() // 2),
    )
    qtbot.wait(5)
    qtbot.keyClicks(edit, "17:45")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert planner.store.details is not None and planner.store.details.start_time == dt.time(17, 45)
    assert times(planner)[0] == "17:45–17:55"


def test_agenda_rows_keep_their_height_after_an_edit(qtbot: QtBot, tmp_path: Path) -> None:
    """As the app opens it: the rows are filled before the window is shown, then a first edit fills them again."""
    store = PlannerStore(tmp_path / "planner.json")
    store.set_details(CIRCLE)
    planner = PlannerWindow(bundled(), store)
    qtbot.addWidget(planner)
    planner.show()
    qtbot.waitExposed(planner)
    table = planner.editor.table
    editor = planner.editor

    def heights() -> list[int]:
        return [table.rowHeight(row) for row in range(table.rowCount())]

    qtbot.waitUntil(lambda: not editor._fit_timer.isActive())
    before = heights()
    table.item(0, MINUTES).setData(Qt.ItemDataRole.EditRole, 15)  # as typing 15 in the first row
    assert times(planner)[0] == "18:00–18:15"
    qtbot.waitUntil(lambda: heights() == before, timeout=2000)
