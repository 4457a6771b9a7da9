"""Meeting mode by keyboard, its timer driven by a fake clock: start, time up, five more minutes, skip, re-flow, leave."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.meeting_clock import clock_text
from handbook.core.planning.plans import build_meetings
from handbook.core.resources import bundled_pack_dir
from handbook.gui.meeting.meeting_window import MeetingWindow

CIRCLE = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90)


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


class FakeClock:
    def __init__(self) -> None:
        self.moment = dt.datetime(2027, 3, 9, 18, 0)  # week 2, on time

    def __call__(self) -> dt.datetime:
        return self.moment

    def wait(self, minutes: float) -> None:
        self.moment += dt.timedelta(minutes=minutes)


class Answers:
    """Prompts that answer as a test says and remember what was asked."""

    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def confirm(self, title: str, text: str, yes: str, detail: str = "", *, default_yes: bool = False) -> bool:
        self.asked.append(title)
        return self.yes


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock()


@pytest.fixture
def meeting_window(qtbot: QtBot, fake: FakeClock) -> MeetingWindow:
    meeting = build_meetings(bundled(), CIRCLE)[1]
    window = MeetingWindow(meeting, bundled(), now=fake)
    window.timer.stop()  # the test moves time and refreshes itself
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    window.prompts = Answers(yes=True)  # type: ignore[assignment]  # qtbot closes it after the test: no dialog
    return window


def press(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(window, key)


def agenda_rows(window: MeetingWindow) -> list[str]:
    return [window.agenda.item(row).text() for row in range(window.agenda.count())]


def test_a_meeting_run_by_keyboard(qtbot: QtBot, meeting_window: MeetingWindow, fake: FakeClock) -> None:
    window = meeting_window
    items = window.meeting.agenda
    first = items[0].minutes
    assert items[0].title in window.item_title.text()
    assert window.countdown.text() == f"{first}:00"
    assert "Space" in window.state_note.text()
    assert window.wall_clock.text() == "18:00"
    assert window.next_label.text().endswith(f"{items[1].title} ({items[1].minutes} min)")

    press(qtbot, window, Qt.Key.Key_Space)
    assert window.clock.running
    fake.wait(first - 1)
    window.refresh()
    assert window.countdown.text() == "1:00" and not window.signalled
    assert window.time_left.text().startswith(clock_text((90 - first + 1) * 60) + " ")

    fake.wait(3)  # two minutes over
    window.refresh()
    assert window.signalled and "-2:00" == window.countdown.text()
    assert window.countdown.palette().color(window.countdown.backgroundRole()) == window.palette().highlight().color()
    assert "Time is up" in window.state_note.text()
    # Every item after the first now starts two minutes later than planned.
    planned_second_start = (dt.datetime(2027, 3, 9, 18, 0) + dt.timedelta(minutes=first)).time()
    assert agenda_rows(window)[1].startswith(f"{planned_second_start.hour:02d}:{planned_second_start.minute + 2:02d}")

    press(qtbot, window, Qt.Key.Key_Plus)
    assert window.countdown.text() == "3:00" and not window.signalled

    press(qtbot, window, Qt.Key.Key_Right)
    assert items[1].title in window.item_title.text()
    assert window.countdown.text() == f"{items[1].minutes}:00"
    assert agenda_rows(window)[0].startswith("✓")

    press(qtbot, window, Qt.Key.Key_Left)
    assert items[0].title in window.item_title.text() and window.countdown.text() == "3:00"


def test_running_over_shows_what_no_longer_fits(meeting_window: MeetingWindow, fake: FakeClock) -> None:
    window = meeting_window
    window.toggle()
    fake.wait(window.meeting.agenda[0].minutes + 30)  # the first item runs half an hour over
    window.refresh()
    rows = agenda_rows(window)
    assert any("✗" in row for row in rows)
    assert "minutes past the end" in window.over_note.text()
    struck = [window.agenda.item(row).font().strikeOut() for row in range(window.agenda.count())]
    assert struck == ["✗" in row for row in rows]


def test_leaving_a_running_meeting_asks_first(qtbot: QtBot, meeting_window: MeetingWindow) -> None:
    window = meeting_window
    ended: list[int] = []
    window.ended.connect(ended.append)
    window.toggle()
    window.prompts = Answers(yes=False)  # type: ignore[assignment]
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.prompts.asked == ["Leave the meeting?"]  # type: ignore[attr-defined]
    window.prompts = Answers(yes=True)  # type: ignore[assignment]
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isVisible() and ended == [2]


def test_the_last_skip_ends_the_meeting_and_space_leaves_without_asking(
    qtbot: QtBot, meeting_window: MeetingWindow
) -> None:
    window = meeting_window
    ended: list[int] = []
    window.ended.connect(ended.append)
    window.prompts = Answers(yes=False)  # type: ignore[assignment]
    window.toggle()
    for _ in window.meeting.agenda:
        press(qtbot, window, Qt.Key.Key_N)
    assert window.clock.finished and "over" in window.item_title.text()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.isVisible() and ended == [2] and window.prompts.asked == []  # type: ignore[attr-defined]


def test_every_control_is_named(meeting_window: MeetingWindow) -> None:
    from PySide6.QtWidgets import QLabel, QListWidget, QToolButton

    for button in meeting_window.findChildren(QToolButton):
        assert button.defaultAction().text()
    for widget in meeting_window.findChildren(QListWidget):
        assert widget.accessibleName()
    named = [label.accessibleName() for label in meeting_window.findChildren(QLabel) if label.accessibleName()]
    assert len(named) >= 8
