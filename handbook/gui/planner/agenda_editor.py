"""The agenda of one meeting: items on the clock, editable, with the total against the meeting length."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.model import AgendaItem, Pack
from handbook.core.planning import agenda as agenda_edits
from handbook.core.planning import plans
from handbook.core.planning.circle import clock
from handbook.core.planning.plans import Meeting
from handbook.gui.shared.core_labels import format_date

TIME, MINUTES, TITLE, ACTIVITY, NOTES = range(5)
MAX_ITEM_MINUTES = 240
BALANCE_STYLES = {
    # Colour and a sign, so the state reads without colour too.
    "over": ("#fde8e6", "#8c1d13", "▲"),
    "under": ("#fff4d6", "#6b4a00", "▼"),
    "exact": ("#e6f4ea", "#135c28", "✔"),
}


ROW_AIR = 8  # pixels under a row's text


class _MinutesDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_ITEM_MINUTES)
        editor.setAccessibleName(self.tr("Minutes"))
        return editor


class AgendaEditor(QWidget):
    """Shows a meeting's agenda; every edit goes out as a whole new agenda in ``agendaEdited``."""

    agendaEdited = Signal(object)  # tuple[AgendaItem, ...]
    templateChosen = Signal(str)  # a plan id
    resetRequested = Signal()
    addActivityRequested = Signal(int)  # where to insert
    swapActivityRequested = Signal(int)  # the row whose activity to change
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaEditor")
        self.meeting: Meeting | None = None
        self.pack: Pack | None = None
        self._filling = False

        self.heading = QLabel()
        self.heading.setObjectName("agendaHeading")
        self.heading.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.when = QLabel()
        self.when.setObjectName("agendaWhen")
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template for this meeting"))
        self.template.activated.connect(self._template_chosen)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template)
        self.reset_button = QPushButton(self.tr("&Reset to template"))
        self.reset_button.setToolTip(self.tr("Forget the changes to this meeting's agenda"))
        self.reset_button.clicked.connect(self.resetRequested)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Min"), self.tr("What happens"), self.tr("Activity"), self.tr("Notes")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table for the buttons below it; arrow keys move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(MINUTES, _MinutesDelegate(self.table))
        header = self.table.horizontalHeader()
        for column, mode in (
            (TIME, QHeaderView.ResizeMode.ResizeToContents),
            (MINUTES, QHeaderView.ResizeMode.ResizeToContents),
            (TITLE, QHeaderView.ResizeMode.Stretch),
            (ACTIVITY, QHeaderView.ResizeMode.Interactive),
            (NOTES, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(ACTIVITY, 170)
        # Rows are measured for the columns' widths: again when these change (the window shown or resized),
        # so rows keep one height before and after an edit.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.notice = QLabel()
        self.notice.setObjectName("agendaNotice")
        self.notice.setAccessibleName(self.tr("What the last change did"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #eef4fb; color: #1d3f66; border: 1px solid #8fb3d9; "
                                  "border-radius: 4px; padding: 4px; }")  # fmt: skip
        self.notice.hide()

        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.total.setAccessibleName(self.tr("Total time against the meeting length"))
        self.total.setMargin(6)

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for name, text, key, slot in (
            ("addItem", self.tr("&Add item"), "Ctrl+Ins", self.add_item),
            ("addActivity", self.tr("Add a&ctivity..."), "Ctrl+Shift+Ins", self._add_activity),
            ("swapActivity", self.tr("&Swap activity..."), "Ctrl+Shift+W", self._swap_activity),
            ("removeItem", self.tr("Re&move"), "Ctrl+Del", self.remove_selected),
            ("moveUp", self.tr("Move &up"), "Alt+Up", lambda: self.move_selected(-1)),
            ("moveDown", self.tr("Move &down"), "Alt+Down", lambda: self.move_selected(+1)),
            ("undo", self.tr("U&ndo"), "Ctrl+Z", lambda: self.undoRequested.emit()),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut if name == "undo" else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            action.setToolTip(f"{text.replace('&', '').rstrip('.')} ({key})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(template_label)
        top.addWidget(self.template, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.total)
        self.actions_by_name["undo"].setEnabled(False)  # the planner enables it once there is a change to undo
        self._update_buttons()

    # showing

    def set_meeting(self, meeting: Meeting, pack: Pack) -> None:
        row = self.current_row()
        if self.meeting is None or meeting.number != self.meeting.number:
            self.show_notice("")
        self.meeting, self.pack = meeting, pack
        self.heading.setText(
            self.tr("Week {n} of {count}: {title}").format(n=meeting.number, count=meeting.count, title=meeting.title)
        )
        when = f"{format_date(meeting.date)}, {meeting.time_range()}"
        if meeting.edited:
            when += self.tr("  (edited)")
        self.when.setText(when)
        self.template.clear()
        for plan in pack.plans:
            label = plans.plan_title(plan) + (f"  [{', '.join(plan.tags)}]" if plan.tags else "")  # not "Week 6 - "
            self.template.addItem(label, plan.id)
            if plan.id == meeting.template.id:
                self.template.setCurrentIndex(self.template.count() - 1)
        self.reset_button.setEnabled(meeting.edited or meeting.chosen)
        self._fill_rows(meeting, pack)
        if self.table.rowCount():
            self.table.selectRow(max(0, min(row, self.table.rowCount() - 1)))
        self._show_total(meeting)
        self._update_buttons()

    def _fill_rows(self, meeting: Meeting, pack: Pack) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(meeting.agenda))
            for row, (item, (start, end)) in enumerate(zip(meeting.agenda, meeting.clock_times(), strict=True)):
                activity = pack.activity(item.activity) if item.activity else None
                time_cell = QTableWidgetItem(f"{clock(start)}–{clock(end)}")
                minutes = QTableWidgetItem()
                minutes.setData(Qt.ItemDataRole.EditRole, item.minutes)
                minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if item.activity and activity is None:
                    activity_cell = QTableWidgetItem(self.tr("⚠ missing: {id}").format(id=item.activity))
                    activity_cell.setForeground(QColor("#b42318"))
                    activity_cell.setToolTip(self.tr("The pack has no such activity; swap it for another one."))
                else:
                    activity_cell = QTableWidgetItem(activity.title if activity else "")
                    if activity is None:  # an empty cell would be read as nothing at all
                        activity_cell.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("No activity"))
                for cell in (time_cell, activity_cell):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, TIME, time_cell)
                self.table.setItem(row, MINUTES, minutes)
                self.table.setItem(row, TITLE, QTableWidgetItem(item.title))
                self.table.setItem(row, ACTIVITY, activity_cell)
                self.table.setItem(row, NOTES, QTableWidgetItem(item.notes))
            self._fit_rows()
        finally:
            self._filling = False

    def _fit_rows(self) -> None:
        """Each row as tall as its longest cell, with a little air under the text."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_AIR)

    def _describe(self, balance: plans.TimeBalance) -> str:
        """As TimeBalance.describe, in the user's language."""
        if balance.status == "over":
            text = self.tr("{total} of {length} minutes: {n} over")
        elif balance.status == "under":
            text = self.tr("{total} of {length} minutes: {n} to spare")
        else:
            text = self.tr("{total} of {length} minutes")
        return text.format(total=balance.total, length=balance.length, n=abs(balance.difference))

    def _show_total(self, meeting: Meeting) -> None:
        balance = meeting.balance
        background, foreground, sign = BALANCE_STYLES[balance.status]
        text = self.tr("{sign} Total: {text}").format(sign=sign, text=self._describe(balance))
        self.total.setText(text)
        self.total.setProperty("status", balance.status)
        self.total.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; font-weight: bold; "
            f"border: 1px solid {foreground}; border-radius: 4px; }}"
        )

    def show_notice(self, text: str) -> None:
        """Say what a change did that the table does not show by itself; cleared by the next change."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        has_row = self.current_row() >= 0
        count = self.table.rowCount()
        for name in ("swapActivity", "removeItem"):
            self.actions_by_name[name].setEnabled(has_row)
        self.actions_by_name["moveUp"].setEnabled(self.current_row() > 0)
        self.actions_by_name["moveDown"].setEnabled(0 <= self.current_row() < count - 1)
        for name in ("addItem", "addActivity"):
            self.actions_by_name[name].setEnabled(self.meeting is not None)

    # editing

    def _emit(self, agenda: tuple[AgendaItem, ...], select: int | None = None) -> None:
        self.show_notice("")
        if select is not None:
            self.table.selectRow(select)
        self.agendaEdited.emit(agenda)

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or self.meeting is None:
            return
        row, column, agenda = cell.row(), cell.column(), self.meeting.agenda
        if column == MINUTES:
            value = cell.data(Qt.ItemDataRole.EditRole)
            minutes = value if isinstance(value, int) else agenda[row].minutes
            self._emit(agenda_edits.set_minutes(agenda, row, max(0, min(MAX_ITEM_MINUTES, minutes))))
        elif column == TITLE:
            self._emit(agenda_edits.set_title(agenda, row, cell.text()))
        elif column == NOTES:
            self._emit(agenda_edits.set_notes(agenda, row, cell.text()))

    def add_item(self) -> None:
        if self.meeting is None:
            return
        row = self.current_row()
        at = row + 1 if row >= 0 else len(self.meeting.agenda)
        item = AgendaItem(self.tr("New item"), 10)
        self._emit(agenda_edits.add_item(self.meeting.agenda, item, at))
        self.table.selectRow(at)
        cell = self.table.item(at, TITLE)
        if cell is not None:
            self.table.editItem(cell)

    def remove_selected(self) -> None:
        row = self.current_row()
        if self.meeting is not None and row >= 0:
            self._emit(agenda_edits.remove_item(self.meeting.agenda, row))

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if self.meeting is None or row < 0 or not 0 <= row + step < len(self.meeting.agenda):
            return
        self.table.selectRow(row + step)
        self._emit(agenda_edits.move_item(self.meeting.agenda, row, row + step))

    def _add_activity(self) -> None:
        if self.meeting is not None:
            row = self.current_row()
            self.addActivityRequested.emit(row + 1 if row >= 0 else len(self.meeting.agenda))

    def _swap_activity(self) -> None:
        if self.current_row() >= 0:
            self.swapActivityRequested.emit(self.current_row())

    def _template_chosen(self, index: int) -> None:
        plan_id = self.template.itemData(index)
        if self.meeting is not None and isinstance(plan_id, str) and plan_id != self.meeting.template.id:
            self.templateChosen.emit(plan_id)
