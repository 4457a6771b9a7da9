"""The session planner: the circle's details, its meetings with dates, and each meeting's agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handbook.core import plans
from handbook.core.circle import CircleDetails
from handbook.core.content import Pack
from handbook.core.errors import HandbookError
from handbook.core.planner_store import PlannerStore
from handbook.core.plans import Meeting, build_meetings
from handbook.gui.action_bar import ActionSpec, add_action_buttons
from handbook.gui.agenda_editor import AgendaEditor
from handbook.gui.circle_form import CircleForm
from handbook.gui.core_labels import format_date
from handbook.gui.screen_fit import resize_to_fit

WEEK_ROLE = Qt.ItemDataRole.UserRole


class PlannerWindow(QWidget):
    """Edits are saved to the store at once; printing is asked for through the signals."""

    planPrintRequested = Signal(int)  # week
    planSaveRequested = Signal(int)
    packetPrintRequested = Signal()
    packetSaveRequested = Signal()

    def __init__(self, pack: Pack, store: PlannerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("plannerWindow")
        self.setWindowTitle(self.tr("Session planner - Handbook"))
        self.pack = pack
        self.store = store
        self.draft = store.details or CircleDetails()  # shown until the user changes something
        self.meetings: list[Meeting] = []

        self.form = CircleForm()
        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        meetings_label = QLabel(self.tr("M&eetings"))
        meetings_label.setBuddy(self.meeting_list)
        self.editor = AgendaEditor()

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        specs: list[ActionSpec] = [
            ("printPlan", self.tr("&Print plan..."), "Ctrl+P", lambda: self.planPrintRequested.emit(self.selected_week())),
            ("savePlan", self.tr("Save plan as P&DF..."), "Ctrl+S", lambda: self.planSaveRequested.emit(self.selected_week())),
            ("printPacket", self.tr("Print circle packet (&all weeks)..."), "Ctrl+Shift+P", self.packetPrintRequested.emit),
            ("savePacket", self.tr("Save packet as PDF..."), "Ctrl+Shift+S", self.packetSaveRequested.emit),
            ("close", self.tr("Close"), "Esc", self.close),
        ]
        add_action_buttons(self, specs, self.actions_by_name, buttons)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form)
        left_layout.addWidget(meetings_label)
        left_layout.addWidget(self.meeting_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.form.detailsEdited.connect(self.apply_details)
        self.meeting_list.currentRowChanged.connect(self._show_row)
        self.editor.agendaEdited.connect(self._agenda_edited)
        self.editor.templateChosen.connect(self._template_chosen)
        self.editor.resetRequested.connect(self.reset_current)
        self.editor.addActivityRequested.connect(self._add_activity_at)
        self.editor.swapActivityRequested.connect(self._swap_activity)

        self.form.set_details(self.draft)
        resize_to_fit(self, 1220, 760)
        self.rebuild()
        if self.meetings:
            self.select_week(plans.next_meeting(self.meetings).number)  # type: ignore[union-attr]

    # the circle

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.rebuild()

    def details(self) -> CircleDetails:
        return self.store.details or self.draft

    def apply_details(self, details: CircleDetails) -> bool:
        """Check the details against the plans and save them; a problem is shown, not saved."""
        try:
            details = details.validate()
            for meeting in build_meetings(self.pack, details, self.store.edits):
                plans.check_fits(meeting, self.pack)
            self.store.set_details(details)
        except HandbookError as exc:
            self.form.show_problem(exc.message)
            return False
        self.form.show_problem("")
        self.rebuild()
        return True

    def rebuild(self) -> None:
        """Build the meetings again from the saved state and show them, keeping the selection."""
        week = self.selected_week()
        try:
            self.meetings = build_meetings(self.pack, self.details(), self.store.edits)
        except HandbookError as exc:
            self.meetings = []
            self.form.show_problem(exc.message)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in self.meetings:
            self.meeting_list.addItem(self._meeting_item(meeting))
        self.meeting_list.blockSignals(False)
        if self.meetings:
            self.select_week(min(max(week, 1), len(self.meetings)))

    def _meeting_item(self, meeting: Meeting) -> QListWidgetItem:
        text = f"{meeting.number}. {format_date(meeting.date, short=True)}  ·  {meeting.title}"
        balance = meeting.balance
        notes = []
        if meeting.edited:
            notes.append(self.tr("edited"))
        if balance.status == "over":
            notes.append(self.tr("▲ {n} min over").format(n=balance.difference))
        elif balance.status == "under":
            notes.append(self.tr("▼ {n} min to spare").format(n=-balance.difference))
        if plans.missing_activities(meeting.agenda, self.pack):
            notes.append(self.tr("⚠ missing activity"))
        item = QListWidgetItem(text + (f"   ({', '.join(notes)})" if notes else ""))
        item.setData(WEEK_ROLE, meeting.number)
        if balance.status == "over" or "⚠" in item.text():
            item.setForeground(QColor("#b42318"))
        return item

    # meetings

    def selected_week(self) -> int:
        return self.meeting_list.currentRow() + 1 if self.meeting_list.currentRow() >= 0 else 1

    def select_week(self, week: int) -> None:
        self.meeting_list.setCurrentRow(week - 1)
        self._show_row(week - 1)

    def current_meeting(self) -> Meeting | None:
        row = self.meeting_list.currentRow()
        return self.meetings[row] if 0 <= row < len(self.meetings) else None

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.meetings):
            self.editor.set_meeting(self.meetings[row], self.pack)

    def _agenda_edited(self, agenda: tuple[object, ...]) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        if agenda == meeting.template.agenda and not meeting.chosen:
            self.store.reset(meeting.number)
        else:
            self.store.set_agenda(meeting.number, agenda, meeting.template.id)  # type: ignore[arg-type]
        self.rebuild()

    def _template_chosen(self, plan_id: str) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        if meeting.edited and not self.confirm(
            self.tr("Use another template?"),
            self.tr("The changes to this meeting's agenda will be lost. Use the other template?"),
        ):
            self.editor.set_meeting(meeting, self.pack)
            return
        default = plans.default_template(self.pack, meeting.number, meeting.count)
        if plan_id == default.id:
            self.store.reset(meeting.number)
        else:
            self.store.set_template(meeting.number, plan_id)
        self.rebuild()

    def reset_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and self.confirm(
            self.tr("Reset to the template?"),
            self.tr("Week {n} goes back to its template as the pack has it. Your changes to it are lost.").format(
                n=meeting.number
            ),
        ):
            self.store.reset(meeting.number)
            self.rebuild()

    # activities

    def add_activity(self, activity_id: str, at: int | None = None) -> bool:
        """Add an activity to the selected meeting, after the selected item (used by the library too)."""
        meeting, activity = self.current_meeting(), self.pack.activity(activity_id)
        if meeting is None or activity is None:
            return False
        if at is None:
            row = self.editor.current_row()
            at = row + 1 if row >= 0 else len(meeting.agenda)
        self.editor.table.selectRow(at)
        self._agenda_edited(plans.add_item(meeting.agenda, plans.item_for_activity(activity), at))
        self.editor.table.selectRow(at)
        return True

    def _add_activity_at(self, at: int) -> None:
        chosen = self.choose_activity(self.tr("Add an activity"))
        if chosen:
            self.add_activity(chosen, at)

    def _swap_activity(self, row: int) -> None:
        meeting = self.current_meeting()
        chosen = self.choose_activity(self.tr("Swap the activity"))
        if meeting is None or not chosen:
            return
        self._agenda_edited(plans.swap_activity(meeting.agenda, row, self.pack.activity(chosen)))

    # questions to the user; tests replace these

    def choose_activity(self, title: str) -> str | None:
        from handbook.gui.activity_picker import ActivityPicker

        picker = ActivityPicker(self.pack.activities, title, self)
        return picker.chosen_id() if picker.exec() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
