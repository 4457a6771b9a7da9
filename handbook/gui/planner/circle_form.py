"""The circle details form: course, venue, facilitators, first date, weekday, time, meetings, length."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from handbook.core.planning.circle import (
    MAX_MEETING_MINUTES,
    MAX_MEETINGS,
    MIN_MEETING_MINUTES,
    MIN_MEETINGS,
    CircleDetails,
)
from handbook.gui.shared.core_labels import weekday_names


class ClockEdit(QTimeEdit):
    """A time field where digits typed after a click replace the hour or minutes clicked on.

    QTimeEdit puts a click's cursor inside the digits and refuses a digit that would make "117": the typed
    hour was lost while the minutes were taken (17:45 typed over 18:00 gave 18:45).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)  # the digits' own widget gets the clicks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, lambda: self.setSelectedSection(self.currentSection()))
        return False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.lineEdit().hasSelectedText():
            self.setSelectedSection(self.currentSection())


class CircleForm(QGroupBox):
    """Edits circle details; every change is sent out as ``detailsEdited`` for the planner to check."""

    detailsEdited = Signal(object)  # CircleDetails, not yet checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Circle details"))
        self.setObjectName("circleForm")
        self._filling = False
        self.course = self._line(self.tr("Course title"), self.tr("e.g. Learning to code with Python"))
        self.venue = self._line(self.tr("Venue"), self.tr("e.g. Central Library, room 2"))
        self.facilitators = self._line(self.tr("Facilitators"), self.tr("Names, separated by commas"))
        self.first_date = QDateEdit()
        self.first_date.setCalendarPopup(True)
        self.first_date.setDisplayFormat("ddd d MMM yyyy")
        self.first_date.setAccessibleName(self.tr("First meeting date"))
        self.weekday = QComboBox()
        self.weekday.addItems(weekday_names())
        self.weekday.setAccessibleName(self.tr("Weekday"))
        self.weekday.setToolTip(self.tr("Choosing a day moves the first meeting to the next such day."))
        self.start = ClockEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.meetings = QSpinBox()
        self.meetings.setRange(MIN_MEETINGS, MAX_MEETINGS)
        self.meetings.setAccessibleName(self.tr("Number of meetings"))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MEETING_MINUTES, MAX_MEETING_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Meeting length in minutes"))
        self.problem = QLabel()
        self.problem.setObjectName("circleProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b42318; font-weight: bold; }")
        self.problem.setAccessibleName(self.tr("Problem with the circle details"))
        self.problem.hide()

        # Typed digits are taken when the field is left (or Enter pressed), not one at a time: "17" would
        # otherwise be saved as 1 first, the plans rebuilt, and the hour typed over.
        for box in (self.first_date, self.start, self.meetings, self.minutes):
            box.setKeyboardTracking(False)

        form = QFormLayout(self)
        form.addRow(self.tr("&Course:"), self.course)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&Facilitators:"), self.facilitators)
        form.addRow(self.tr("First &meeting:"), self.first_date)
        form.addRow(self.tr("&Weekday:"), self.weekday)
        form.addRow(self.tr("&Starts at:"), self.start)
        form.addRow(self.tr("&Number of meetings:"), self.meetings)
        form.addRow(self.tr("Meeting &length:"), self.minutes)
        form.addRow(self.problem)

        for line in (self.course, self.venue, self.facilitators):
            line.editingFinished.connect(self._edited)
        self.first_date.dateChanged.connect(self._date_changed)
        self.weekday.activated.connect(self._weekday_chosen)
        self.start.timeChanged.connect(self._edited)
        self.meetings.valueChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def set_details(self, details: CircleDetails) -> None:
        """Show ``details`` without sending them back out."""
        self._filling = True
        try:
            self.course.setText(details.course_title)
            self.venue.setText(details.venue)
            self.facilitators.setText(", ".join(details.facilitators))
            day = details.first_meeting
            self.first_date.setDate(QDate(day.year, day.month, day.day))
            self.weekday.setCurrentIndex(day.weekday())
            self.start.setTime(QTime(details.start_time.hour, details.start_time.minute))
            self.meetings.setValue(details.meetings)
            self.minutes.setValue(details.meeting_minutes)
        finally:
            self._filling = False

    def details(self) -> CircleDetails:
        date, time = self.first_date.date(), self.start.time()
        return CircleDetails(
            course_title=self.course.text().strip(),
            venue=self.venue.text().strip(),
            facilitators=tuple(n.strip() for n in self.facilitators.text().split(",") if n.strip()),
            first_meeting=dt.date(date.year(), date.month(), date.day()),
            start_time=dt.time(time.hour(), time.minute()),
            meetings=self.meetings.value(),
            meeting_minutes=self.minutes.value(),
        )

    def show_problem(self, message: str) -> None:
        """An empty message hides the problem line."""
        self.problem.setText(message[:1].upper() + message[1:])
        self.problem.setVisible(bool(message))

    def _edited(self) -> None:
        if not self._filling:
            self.detailsEdited.emit(self.details())

    def _date_changed(self, date: QDate) -> None:
        self.weekday.setCurrentIndex(date.dayOfWeek() - 1)
        self._edited()

    def _weekday_chosen(self, index: int) -> None:
        date = self.first_date.date()
        self.first_date.setDate(date.addDays((index - (date.dayOfWeek() - 1)) % 7))
