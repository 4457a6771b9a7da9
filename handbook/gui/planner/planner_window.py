"""The session planner: the circle's details, its meetings with dates, and each meeting's agenda."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.model import AgendaItem, Pack
from handbook.core.errors import HandbookError
from handbook.core.planning import agenda as agenda_edits
from handbook.core.planning import plans
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import LAST, EditKey, Meeting, MeetingEdit, build_meetings
from handbook.core.planning.store import PlannerStore
from handbook.gui.planner.agenda_editor import AgendaEditor
from handbook.gui.planner.circle_form import CircleForm
from handbook.gui.reader.action_bar import ActionSpec, add_action_buttons
from handbook.gui.shared.core_labels import format_date
from handbook.gui.shared.screen_fit import resize_to_fit

WEEK_ROLE = Qt.ItemDataRole.UserRole
UNDO_LIMIT = 100


class PlannerWindow(QWidget):
    """Edits are saved to the store at once; printing is asked for through the signals."""

    planPrintRequested = Signal(int)  # week
    planSaveRequested = Signal(int)
    packetPrintRequested = Signal()
    packetSaveRequested = Signal()
    meetingRunRequested = Signal(int)  # week: meeting mode
    meetingLogRequested = Signal(int)  # week: "How did it go?"
    circleReportRequested = Signal()

    def __init__(self, pack: Pack, store: PlannerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("plannerWindow")
        self.setWindowTitle(self.tr("Session planner - Handbook"))
        self.pack = pack
        self.store = store
        self.draft = store.details or CircleDetails()  # shown until the user changes something
        self.meetings: list[Meeting] = []
        self.history: list[tuple[int, dict[EditKey, MeetingEdit]]] = []  # (week, edits before a change), for undo
        self.kept: list[EditKey] = []  # edits no meeting of the circle uses now

        self.form = CircleForm()
        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        meetings_label = QLabel(self.tr("M&eetings"))
        meetings_label.setBuddy(self.meeting_list)
        self.editor = AgendaEditor()

        self.kept_box = QFrame()
        self.kept_box.setObjectName("keptEdits")
        self.kept_box.setStyleSheet(
            "QFrame#keptEdits { background: #fff4d6; border: 1px solid #6b4a00; border-radius: 4px; }"
            "QFrame#keptEdits QLabel { color: #4d3500; }"
        )
        self.kept_note = QLabel()
        self.kept_note.setWordWrap(True)
        self.kept_note.setAccessibleName(self.tr("Changes kept but not used"))
        self.discard_button = QPushButton(self.tr("&Discard them..."))
        self.discard_button.setToolTip(self.tr("Forget these changes for good"))
        self.discard_button.clicked.connect(self.discard_kept)
        kept_layout = QVBoxLayout(self.kept_box)
        kept_layout.addWidget(self.kept_note)
        kept_layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignRight)
        self.kept_box.hide()

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        specs: list[ActionSpec] = [
            (
                "printPlan",
                self.tr("&Print plan..."),
                "Ctrl+P",
                lambda: self.planPrintRequested.emit(self.selected_week()),
            ),
            (
                "savePlan",
                self.tr("Save plan as P&DF..."),
                "Ctrl+S",
                lambda: self.planSaveRequested.emit(self.selected_week()),
            ),
            (
                "printPacket",
                self.tr("Print circle packet (&all weeks)..."),
                "Ctrl+Shift+P",
                self.packetPrintRequested.emit,
            ),
            ("savePacket", self.tr("Save packet as PDF..."), "Ctrl+Shift+S", self.packetSaveRequested.emit),
            (
                "runMeeting",
                self.tr("&Run this meeting"),
                "F5",
                lambda: self.meetingRunRequested.emit(self.selected_week()),
            ),
            (
                "logMeeting",
                self.tr("How did it &go?..."),
                "Ctrl+L",
                lambda: self.meetingLogRequested.emit(self.selected_week()),
            ),
            ("circleReport", self.tr("Circle r&eport..."), "Ctrl+R", self.circleReportRequested.emit),
            ("close", self.tr("Close"), "Esc", self.close),
        ]
        add_action_buttons(self, specs, self.actions_by_name, buttons)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.kept_box)
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
        self.editor.undoRequested.connect(self.undo)

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
        self._show_kept()

    def _show_kept(self) -> None:
        """Tell the user about edits that no meeting uses now, which are kept rather than lost."""
        try:
            self.kept = plans.unplaced_edits(self.pack, self.details(), self.store.edits)
        except HandbookError:
            self.kept = []
        names = []
        for key in self.kept:
            title = plans.edit_title(self.pack, key, self.store.edits[key])
            if key.slot == LAST:
                names.append(self.tr("the last meeting ({title})").format(title=title))
            else:
                names.append(self.tr("week {n} ({title})").format(n=key.slot, title=title))
        if len(names) > 4:  # after a change of pack, say
            names[3:] = [self.tr("{n} more").format(n=len(names) - 3)]
        self.kept_note.setText(
            self.tr(
                "Your changes to {meetings} are kept but not used: this circle has no such meeting now "
                "(or it follows another plan). They come back when it has one again, for example with the "
                "number of meetings set back."
            ).format(meetings=", ".join(names))
        )
        self.kept_box.setVisible(bool(self.kept))

    def discard_kept(self) -> None:
        if self.kept and self.confirm(
            self.tr("Discard the kept changes?"),
            self.tr("Your changes to meetings this circle does not have now are forgotten."),
            self.tr("&Discard"),
        ):
            self._change(lambda: self.store.discard(self.kept))

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

    def _change(self, change: Callable[[], None]) -> None:
        """Make a change to the saved edits that Undo can take back, and show the result."""
        before = dict(self.store.edits)
        change()
        if self.store.edits != before:
            self.history = [*self.history[-(UNDO_LIMIT - 1) :], (self.selected_week(), before)]
        self.editor.actions_by_name["undo"].setEnabled(bool(self.history))
        self.editor.show_notice("")
        self.rebuild()

    def undo(self) -> None:
        """Take back the last change to the plans (not to the circle's details, which the form shows)."""
        if not self.history:
            return
        week, edits = self.history.pop()
        self.store.restore(edits)
        self.editor.actions_by_name["undo"].setEnabled(bool(self.history))
        self.editor.show_notice("")
        self.rebuild()
        if week <= len(self.meetings):
            self.select_week(week)

    def _agenda_edited(self, agenda: tuple[AgendaItem, ...]) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        if agenda == meeting.template.agenda and not meeting.chosen:
            self._change(lambda: self.store.reset(meeting.key))
        else:
            chosen = meeting.template.id if meeting.chosen else None
            self._change(lambda: self.store.set_agenda(meeting.key, agenda, chosen))

    def _template_chosen(self, plan_id: str) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        if meeting.edited and not self.confirm(
            self.tr("Use another template?"),
            self.tr("The changes to this meeting's agenda will be lost. Use the other template?"),
            self.tr("&Use the other template"),
        ):
            self.editor.set_meeting(meeting, self.pack)
            return
        if plan_id == meeting.default_id:
            self._change(lambda: self.store.reset(meeting.key))
        else:
            self._change(lambda: self.store.set_template(meeting.key, plan_id))

    def reset_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and self.confirm(
            self.tr("Reset to the template?"),
            self.tr("Week {n} goes back to its template as the pack has it. Your changes to it are lost.").format(
                n=meeting.number
            ),
            self.tr("&Reset"),
        ):
            self._change(lambda: self.store.reset(meeting.key))

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
        self._agenda_edited(agenda_edits.add_item(meeting.agenda, agenda_edits.item_for_activity(activity), at))
        self.editor.table.selectRow(at)
        return True

    def _add_activity_at(self, at: int) -> None:
        chosen = self.choose_activity(self.tr("Add an activity"))
        if chosen:
            self.add_activity(chosen, at)

    def _swap_activity(self, row: int) -> None:
        meeting = self.current_meeting()
        chosen = self.choose_activity(self.tr("Swap the activity"))
        activity = self.pack.activity(chosen) if chosen else None
        if meeting is None or activity is None or not 0 <= row < len(meeting.agenda):
            return
        old = meeting.agenda[row]
        plan_notes = {item.notes for item in meeting.template.agenda if item.notes}
        swapped = agenda_edits.swap_activity(meeting.agenda, row, activity, plan_notes)
        self._agenda_edited(swapped)
        self.editor.table.selectRow(row)
        new = swapped[row]
        said = [self.tr("“{old}” is now {new}.").format(old=old.title, new=activity.title)]
        if new.minutes != old.minutes:
            said.append(
                self.tr("{activity} takes {range} minutes, so the item now lasts {minutes} instead of {was}.").format(
                    activity=activity.title, range=activity.minutes_label, minutes=new.minutes, was=old.minutes
                )
            )
        if old.notes and not new.notes:
            said.append(self.tr("The plan's notes for the old activity are gone."))
        said.append(self.tr("Undo with Ctrl+Z."))
        self.editor.show_notice(" ".join(said))

    # questions to the user; tests replace these

    def choose_activity(self, title: str) -> str | None:
        from handbook.gui.planner.activity_picker import ActivityPicker

        picker = ActivityPicker(self.pack.activities, title, self)
        return picker.chosen_id() if picker.exec() else None

    def confirm(self, title: str, text: str, yes: str) -> bool:
        from handbook.gui.shared.prompts import Prompts

        return Prompts(self).confirm(title, text, yes)
