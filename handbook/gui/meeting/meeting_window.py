"""Meeting mode: one meeting's agenda full screen, readable across a room, run from the keyboard.

The timing is core's MeetingClock; this window only shows it and drives it from a timer and a clock it is
given (tests give a fake one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.model import Pack
from handbook.core.planning.circle import clock
from handbook.core.planning.meeting_clock import MeetingClock, activity_steps, booked_end, clock_text
from handbook.core.planning.plans import Meeting
from handbook.gui.reader.action_bar import ActionSpec, add_action_buttons
from handbook.gui.shared.prompts import Prompts

TICK_MS = 250  # the countdown changes each second; a quarter of a second keeps it from lagging behind
Now = Callable[[], dt.datetime]


def screen_factor() -> float:
    """Type grows with the screen (a projector at 1920x1080 shows it larger than a 1366x768 laptop), never smaller."""
    screen = QApplication.primaryScreen()
    return max(1.0, screen.availableGeometry().height() / 768) if screen is not None else 1.0


def _sized(label: QLabel, scale: float, bold: bool = False) -> QLabel:
    """Large type from the app's own font size (which follows the text-size setting)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * scale * screen_factor()))
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class MeetingWindow(QWidget):
    """Shows the item that is on, its countdown and steps, the next item, the clock and the re-flowed agenda."""

    ended = Signal(int)  # the week, when the facilitator leaves or the last item is done (then: "How did it go?")

    def __init__(self, meeting: Meeting, pack: Pack, now: Now = dt.datetime.now, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingWindow")
        self.setWindowTitle(self.tr("Meeting mode - Handbook"))
        self.meeting = meeting
        self.pack = pack
        self.now = now
        self.prompts = Prompts(self)  # tests swap in their own answers
        self.sound = False
        self.signalled = False  # the current item's time is up and it shows
        start = now()
        self.clock = MeetingClock(
            meeting.agenda, meeting.length, booked_end(meeting.date, meeting.start, meeting.length, start)
        )

        self.heading = _sized(QLabel(meeting.heading), 1.6, bold=True)
        self.wall_clock = _sized(QLabel(), 1.8, bold=True)
        self.wall_clock.setAccessibleName(self.tr("Time now"))
        self.time_left = _sized(QLabel(), 1.4)
        self.time_left.setAccessibleName(self.tr("Time left in the meeting"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.time_left)
        top.addSpacing(24)
        top.addWidget(self.wall_clock)

        self.item_title = _sized(QLabel(), 2.6, bold=True)
        self.item_title.setAccessibleName(self.tr("Now"))
        self.countdown = _sized(QLabel(), 5.0, bold=True)
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName(self.tr("Time left for this item"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAutoFillBackground(True)
        self.state_note = _sized(QLabel(), 1.4)
        self.state_note.setAccessibleName(self.tr("What the timer is doing"))
        self.steps = _sized(QLabel(), 1.4)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.next_label = _sized(QLabel(), 1.5)
        self.next_label.setAccessibleName(self.tr("Next"))
        centre = QVBoxLayout()
        centre.addWidget(self.item_title)
        centre.addWidget(self.countdown)
        centre.addWidget(self.state_note)
        centre.addWidget(self.steps, 1)
        centre.addWidget(self.next_label)

        self.agenda = QListWidget()
        self.agenda.setObjectName("meetingAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda, with new times"))
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys below must reach the window
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.3 * screen_factor())
        self.agenda.setFont(font)
        self.over_note = _sized(QLabel(), 1.3, bold=True)
        self.over_note.setAccessibleName(self.tr("What to cut"))
        side = QVBoxLayout()
        side.addWidget(_sized(QLabel(self.tr("Agenda")), 1.4, bold=True))
        side.addWidget(self.agenda, 1)
        side.addWidget(self.over_note)

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        specs: list[ActionSpec] = [
            ("startPause", self.tr("Start / pause"), "Space", self.toggle),
            ("back", self.tr("Back"), "Left", self.back),
            ("skip", self.tr("Next item"), "Right", self.skip),
            ("addFive", self.tr("Five more minutes"), "+", self.add_five),
            ("sound", self.tr("Sound when time is up"), "S", self.toggle_sound),
            ("close", self.tr("Leave"), "Esc", self.close),
        ]
        add_action_buttons(self, specs, self.actions_by_name, buttons)
        self.actions_by_name["sound"].setCheckable(True)
        for name, key in (("back", "P"), ("skip", "N"), ("addFive", "=")):  # "=" is + without Shift
            action = self.actions_by_name[name]
            action.setShortcuts([action.shortcut(), key])
        for button in self.findChildren(QWidget):
            if button is not self:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addStretch(1)
        self.keys_note = QLabel(
            self.tr(
                "Keys: Space start or pause · Right or N next item · Left or P back · + five more minutes · Esc leave"
            )
        )
        self.keys_note.setWordWrap(True)
        buttons.addWidget(self.keys_note, 2)

        body = QHBoxLayout()
        body.addLayout(centre, 3)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        body.addWidget(line)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # controls

    def toggle(self) -> None:
        if self.clock.finished:
            self.close()
            return
        self.clock.toggle(self.now())
        self.refresh()

    def skip(self) -> None:
        self.clock.skip(self.now())
        self.refresh()

    def back(self) -> None:
        self.clock.back(self.now())
        self.refresh()

    def add_five(self) -> None:
        self.clock.add_minutes(self.now())
        self.refresh()

    def toggle_sound(self) -> None:
        self.sound = self.actions_by_name["sound"].isChecked()

    def closeEvent(self, event: QCloseEvent) -> None:
        running = self.clock.started and not self.clock.finished
        if running and not self.prompts.confirm(
            self.tr("Leave the meeting?"),
            self.tr("The meeting is still running. Leave meeting mode? You can write how it went next."),
            self.tr("&Leave"),
        ):
            event.ignore()
            return
        self.timer.stop()
        event.accept()
        if self.clock.started:
            self.ended.emit(self.meeting.number)

    # showing it

    def refresh(self) -> None:
        now = self.now()
        clock_ = self.clock
        self.wall_clock.setText(clock(now.time()))
        left = clock_.time_left(now)
        if left >= 0:
            self.time_left.setText(self.tr("{time} left in the meeting").format(time=clock_text(left)))
        else:
            self.time_left.setText(self.tr("The meeting is {time} over its time").format(time=clock_text(-left)))
        self._show_item(now)
        self._show_agenda(now)
        if clock_.take_time_up(now):
            self.signal_time_up()

    def _show_item(self, now: dt.datetime) -> None:
        item = self.clock.item()
        if item is None:
            self.item_title.setText(self.tr("The meeting is over"))
            self.countdown.setText("")
            self.state_note.setText(self.tr("Press Esc or Space to write how it went."))
            self.steps.setText("")
            self.next_label.setText("")
            self._mark_time_up(False)
            return
        self.item_title.setText(
            self.tr("{n} of {count}: {title}").format(
                n=self.clock.current + 1, count=len(self.clock.items), title=item.title
            )
        )
        remaining = self.clock.remaining(now)
        self.countdown.setText(clock_text(remaining))
        if remaining <= 0:
            note = self.tr("Time is up: {time} over. Press N for the next item or + for five more minutes.").format(
                time=clock_text(-remaining)
            )
        elif not self.clock.started:
            note = self.tr("Press Space to start the meeting.")
        elif not self.clock.running:
            note = self.tr("Paused. Press Space to go on.")
        else:
            note = self.tr("{minutes} minutes for this item").format(minutes=self.clock.minutes_for(self.clock.current))
        self.state_note.setText(note)
        self._mark_time_up(remaining <= 0)
        steps = [item.notes] if item.notes else []
        activity = self.pack.activity(item.activity) if item.activity else None
        if activity is not None:
            steps += [f"{n}. {step}" for n, step in enumerate(activity_steps(activity.body), start=1)]
        self.steps.setText("\n".join(steps))
        following = self.clock.next_item()
        self.next_label.setText(
            self.tr("Next: {title} ({minutes} min)").format(title=following.title, minutes=following.minutes)
            if following
            else self.tr("Next: the end of the meeting")
        )

    def _mark_time_up(self, up: bool) -> None:
        """The gentle signal: the countdown turns to the theme's highlight colours (yellow on black in high contrast)."""
        if up == self.signalled:
            return
        self.signalled = up
        palette = self.palette()
        if up:
            palette.setColor(self.countdown.backgroundRole(), palette.color(palette.ColorRole.Highlight))
            palette.setColor(self.countdown.foregroundRole(), palette.color(palette.ColorRole.HighlightedText))
        self.countdown.setPalette(palette)

    def signal_time_up(self) -> None:
        item = self.clock.item()
        self.countdown.setAccessibleDescription(
            self.tr("Time is up for {title}.").format(title=item.title) if item else ""
        )
        if self.sound:
            QApplication.beep()

    def _show_agenda(self, now: dt.datetime) -> None:
        slots = self.clock.schedule(now)
        end = self.clock.meeting_end(now)
        rows = []
        for slot in slots:
            times = f"{clock(slot.start.time())}-{clock(slot.end.time())}"
            text = f"{times}  {slot.title} ({slot.minutes} min)"
            if slot.state == "done":
                text = self.tr("✓ {item}").format(item=text)
            elif slot.state == "current":
                text = self.tr("▶ {item}").format(item=text)
            if not slot.fits:
                text += "  " + self.tr("✗ does not fit before {time}").format(time=clock(end.time()))
            rows.append((text, slot))
        if self.agenda.count() != len(rows):
            self.agenda.clear()
            for _ in rows:
                self.agenda.addItem(QListWidgetItem())
        for row, (text, slot) in enumerate(rows):
            entry = self.agenda.item(row)
            if entry.text() != text:
                entry.setText(text)
                font = entry.font()
                font.setBold(slot.state == "current")
                font.setStrikeOut(not slot.fits)  # seen in black and white and in any theme
                entry.setFont(font)
        over = self.clock.over_by(now)
        self.over_note.setText(
            self.tr("The agenda now runs {n} minutes past the end: shorten or cut an item marked ✗.").format(n=over)
            if over
            else ""
        )
