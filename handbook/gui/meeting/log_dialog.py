"""'How did it go?': one meeting's entry in the circle log (who came, a 1-5 rating, Plus/Delta, a note), and
the whole circle's learners' goals and reflection. Saved through core's CircleLogStore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from handbook.core.circle.log import GOAL_STATUSES, MAX_ATTENDED, split_names
from handbook.core.circle.store import CircleLogStore
from handbook.core.errors import HandbookError

LEARNER, GOAL, STATUS = range(3)


class LogDialog(QDialog):
    """Opens on one week; Save keeps the meeting and the circle's goals and reflection, or says what is wrong."""

    def __init__(self, store: CircleLogStore, week: int, heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.setWindowTitle(self.tr("How did it go? - Handbook"))
        self.store = store
        self.week = week
        meeting = store.meeting(week)
        log = store.log

        # attendance
        self.by_count = QRadioButton(self.tr("Count &only"))
        self.by_name = QRadioButton(self.tr("By &name"))
        self.count = QSpinBox()
        self.count.setRange(0, MAX_ATTENDED)
        self.count.setAccessibleName(self.tr("How many people came"))
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Learners: tick who came"))
        self.new_names = QLineEdit()
        self.new_names.setAccessibleName(self.tr("New names, separated by commas"))
        self.new_names.setPlaceholderText(self.tr("New names, separated by commas"))
        add = QPushButton(self.tr("&Add names"))
        add.clicked.connect(self.add_names)
        self.new_names.returnPressed.connect(self.add_names)
        present = {name.casefold() for name in (meeting.present if meeting else ())}
        for name in log.learners:
            self._add_name(name, name.casefold() in present)
        self.by_count.toggled.connect(self._show_mode)
        self.by_name.setChecked(bool(log.learners) and (meeting is None or bool(meeting.present)))
        self.by_count.setChecked(not self.by_name.isChecked())
        if meeting is not None and meeting.attended is not None and not meeting.present:
            self.count.setValue(meeting.attended)
        names_row = QHBoxLayout()
        names_row.addWidget(self.new_names, 1)
        names_row.addWidget(add)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.by_count)
        mode_row.addWidget(self.count)
        mode_row.addSpacing(16)
        mode_row.addWidget(self.by_name)
        mode_row.addStretch(1)

        # rating
        self.rating = QButtonGroup(self)
        rating_row = QHBoxLayout()
        labels = [self.tr("Not rated"), self.tr("1 poor"), self.tr("2"), self.tr("3 good"), self.tr("4"),
                  self.tr("5 very good")]  # fmt: skip
        for value, label in enumerate(labels):
            button = QRadioButton(label)
            button.setAccessibleName(self.tr("Rating: {label}").format(label=label) if value else self.tr("Not rated"))
            self.rating.addButton(button, value)
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        chosen = self.rating.button(meeting.rating if meeting and meeting.rating else 0)
        chosen.setChecked(True)

        self.plus = self._text(self.tr("Plus: what went well"), meeting.plus if meeting else "")
        self.delta = self._text(self.tr("Delta: what to change next time"), meeting.delta if meeting else "")
        self.note = self._text(self.tr("A note for yourself"), meeting.note if meeting else "")

        meeting_page = QWidget()
        form = QFormLayout(meeting_page)
        form.addRow(QLabel(heading or self.tr("Week {n}").format(n=week)))
        form.addRow(self.tr("Who came:"), mode_row)
        form.addRow("", self.names)
        form.addRow("", names_row)
        form.addRow(self.tr("Rating:"), rating_row)
        for label, field in ((self.tr("&Plus:"), self.plus), (self.tr("&Delta:"), self.delta),
                             (self.tr("N&ote:"), self.note)):  # fmt: skip
            form.addRow(label, field)

        # the whole circle
        self.goals = QTableWidget(0, 3)
        self.goals.setAccessibleName(self.tr("Learners' goals"))
        self.goals.setHorizontalHeaderLabels([self.tr("Learner"), self.tr("Goal"), self.tr("At the end")])
        self.goals.horizontalHeader().setStretchLastSection(False)
        self.goals.setColumnWidth(GOAL, 320)
        for goal in log.goals:
            self.add_goal_row(goal.learner, goal.text, goal.status)
        add_goal = QPushButton(self.tr("Add a &goal"))
        add_goal.clicked.connect(lambda: self.add_goal_row())
        self.reflection = self._text(self.tr("Your reflection on the whole circle"), log.reflection)
        circle_page = QWidget()
        circle_layout = QVBoxLayout(circle_page)
        circle_layout.addWidget(QLabel(self.tr("Learners' goals (from the goals form) and how far each got:")))
        circle_layout.addWidget(self.goals, 1)
        circle_layout.addWidget(add_goal, 0, Qt.AlignmentFlag.AlignLeft)
        reflection_label = QLabel(self.tr("&Reflection on the whole circle:"))
        reflection_label.setBuddy(self.reflection)
        circle_layout.addWidget(reflection_label)
        circle_layout.addWidget(self.reflection, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(meeting_page, self.tr("This &meeting"))
        self.tabs.addTab(circle_page, self.tr("The whole &circle"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_mode()
        self.resize(760, 640)

    def _text(self, name: str, value: str) -> QPlainTextEdit:
        field = QPlainTextEdit(value)
        field.setAccessibleName(name)
        field.setPlaceholderText(name)
        field.setTabChangesFocus(True)  # Tab moves on, so the dialog works by keyboard
        field.setMaximumHeight(90)
        return field

    def _add_name(self, name: str, ticked: bool = False) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.names.addItem(item)

    def _show_mode(self) -> None:
        self.count.setEnabled(self.by_count.isChecked())
        for widget in (self.names, self.new_names):
            widget.setEnabled(self.by_name.isChecked())

    def learners(self) -> list[str]:
        return [self.names.item(row).text() for row in range(self.names.count())]

    def add_names(self) -> None:
        """Names typed once (from the sign-in sheet), each added ticked; a name already there is ticked."""
        known = {name.casefold(): row for row, name in enumerate(self.learners())}
        for name in split_names(self.new_names.text()):
            if name.casefold() in known:
                self.names.item(known[name.casefold()]).setCheckState(Qt.CheckState.Checked)
            else:
                known[name.casefold()] = self.names.count()
                self._add_name(name, True)
        self.new_names.clear()
        self.by_name.setChecked(True)

    def present(self) -> list[str]:
        return [
            self.names.item(row).text()
            for row in range(self.names.count())
            if self.names.item(row).checkState() == Qt.CheckState.Checked
        ]

    def add_goal_row(self, learner: str = "", text: str = "", status: str = "open") -> None:
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        self.goals.setItem(row, LEARNER, QTableWidgetItem(learner))
        self.goals.setItem(row, GOAL, QTableWidgetItem(text))
        combo = QComboBox()
        names = {"open": self.tr("not known yet"), "met": self.tr("met"), "partly": self.tr("partly met"),
                 "not-met": self.tr("not met")}  # fmt: skip
        for value in GOAL_STATUSES:
            combo.addItem(names.get(value, value), value)
        combo.setCurrentIndex(max(0, combo.findData(status)))
        combo.setAccessibleName(self.tr("Goal status"))
        self.goals.setCellWidget(row, STATUS, combo)

    def goal_rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for row in range(self.goals.rowCount()):
            learner = self.goals.item(row, LEARNER)
            text = self.goals.item(row, GOAL)
            combo = self.goals.cellWidget(row, STATUS)
            status = combo.currentData() if isinstance(combo, QComboBox) else "open"
            if learner is not None and learner.text().strip():
                rows.append((learner.text(), text.text() if text else "", str(status)))
        return rows

    def save(self) -> bool:
        """Keep what the dialog shows; False (and the problem shown) when the log refuses it."""
        rating = self.rating.checkedId()
        try:
            learners = self.learners()
            if learners != list(self.store.log.learners):
                self.store.set_learners(learners)
            who: dict[str, object] = (
                {"present": self.present()} if self.by_name.isChecked() else {"attended": self.count.value()}
            )
            self.store.log_meeting(
                self.week,
                **who,
                rating=rating if rating > 0 else None,
                plus=self.plus.toPlainText().strip(),
                delta=self.delta.toPlainText().strip(),
                note=self.note.toPlainText().strip(),
            )
            kept = {learner.casefold() for learner, _, _ in self.goal_rows()}
            for goal in self.store.log.goals:
                if goal.learner.casefold() not in kept:
                    self.store.forget_goal(goal.learner)
            for learner, text, status in self.goal_rows():
                self.store.set_goal(learner, text, status)
            if self.reflection.toPlainText() != self.store.log.reflection:
                self.store.set_reflection(self.reflection.toPlainText())
        except HandbookError as exc:
            self.problem.setText(exc.message)
            return False
        self.problem.setText("")
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()
