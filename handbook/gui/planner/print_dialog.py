"""File > Print: choose what to print (a plan, the packet, a form, activity cards) and the paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.model import ACTIVITY_KINDS, Pack
from handbook.core.planning.plans import Meeting
from handbook.gui.shared.core_labels import format_date, kind_label
from handbook.printing.form_sheet import MAX_ROWS, has_blank_rows

PLAN, PACKET, FORM, CARDS = "plan", "packet", "form", "cards"


@dataclass(frozen=True)
class PrintRequest:
    what: str  # plan, packet, form or cards
    page_size: str
    week: int = 1
    form_id: str = ""
    rows: int | None = None  # None: as many blank rows as fill the page
    kind: str | None = None  # cards of this kind only
    per_page: int = 4
    language: str = ""  # the printouts' language; empty: the course's own


class PrintDialog(QDialog):
    printRequested = Signal(object)  # PrintRequest
    saveRequested = Signal(object)
    languageChosen = Signal(str)  # a language code: the owner answers with set_content

    def __init__(
        self,
        pack: Pack,
        meetings: list[Meeting],
        page_size: str,
        week: int = 1,
        form_id: str = "",
        parent: QWidget | None = None,
        languages: Sequence[tuple[str, str]] = (),
        language: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print or save as PDF"))
        self.pack = pack
        # First in the dialog and in the Tab order: the lists below follow the language chosen here.
        self.language = QComboBox()
        self.language.setObjectName("printLanguage")
        for code, name in languages:
            self.language.addItem(name, code)
            if code == language:
                self.language.setCurrentIndex(self.language.count() - 1)
        language_label = QLabel(self.tr("&Language of the printouts:"))
        language_label.setBuddy(self.language)
        self.changes_note = QLabel()
        self.changes_note.setObjectName("printChangesNote")
        self.changes_note.setWordWrap(True)
        self.choice = QButtonGroup(self)
        self.plan = QRadioButton(self.tr("Session &plan for"))
        self.packet = QRadioButton(self.tr("&Circle packet: every plan, the checklist and the forms"))
        self.form = QRadioButton(self.tr("&Form"))
        self.cards = QRadioButton(self.tr("Activity c&ards"))
        for button in (self.plan, self.packet, self.form, self.cards):
            self.choice.addButton(button)

        self.week = QComboBox()
        self.week.setAccessibleName(self.tr("Meeting"))
        self.form_choice = QComboBox()
        self.form_choice.setAccessibleName(self.tr("Form"))
        self._fill_lists(meetings, week, form_id or "sign-in-sheet")  # the sheet printed before every meeting
        self.rows = QSpinBox()
        self.rows.setAccessibleName(self.tr("Blank rows"))
        self.rows.setRange(0, MAX_ROWS)
        self.rows.setSpecialValueText(self.tr("enough to fill the page"))
        self.rows.setSuffix(self.tr(" blank rows"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        self.kind.addItem(self.tr("All activities"), None)
        for kind in ACTIVITY_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.per_page = QComboBox()
        self.per_page.setAccessibleName(self.tr("Cards per page"))
        self.per_page.addItem(self.tr("4 to a page"), 4)
        self.per_page.addItem(self.tr("2 to a page"), 2)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(page_size)

        what = QGroupBox(self.tr("What to print"))
        grid = QGridLayout(what)
        grid.addWidget(self.plan, 0, 0)
        grid.addWidget(self.week, 0, 1, 1, 2)
        grid.addWidget(self.packet, 1, 0, 1, 3)
        grid.addWidget(self.form, 2, 0)
        grid.addWidget(self.form_choice, 2, 1)
        grid.addWidget(self.rows, 2, 2)
        grid.addWidget(self.cards, 3, 0)
        grid.addWidget(self.kind, 3, 1)
        grid.addWidget(self.per_page, 3, 2)
        paper = QHBoxLayout()
        paper_label = QLabel(self.tr("Paper si&ze:"))
        paper_label.setBuddy(self.page_size)
        paper.addWidget(paper_label)
        paper.addWidget(self.page_size)
        paper.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Pre&view and print..."))
        self.save_button = QPushButton(self.tr("&Save as PDF..."))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.printRequested.emit(self.request()))
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.request()))
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        if self.language.count() > 1:  # a choice only where there is one
            chooser = QHBoxLayout()
            chooser.addWidget(language_label)
            chooser.addWidget(self.language)
            chooser.addStretch(1)
            layout.addLayout(chooser)
        else:
            self.language.hide()
            language_label.hide()
        layout.addWidget(what)
        layout.addWidget(self.changes_note)
        self.changes_note.hide()
        layout.addLayout(paper)
        layout.addWidget(buttons)
        (self.form if form_id or not self.plan.isEnabled() else self.plan).setChecked(True)
        if not self.form_choice.count() and not self.plan.isEnabled():
            self.cards.setChecked(True)
        self.choice.buttonToggled.connect(self._update)
        self.form_choice.currentIndexChanged.connect(self._update)
        self.language.currentIndexChanged.connect(lambda: self.languageChosen.emit(self.chosen_language()))
        self._update()

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def set_content(self, pack: Pack, meetings: list[Meeting], note: str = "") -> None:
        """Show the forms and meetings of ``pack`` (the chosen language's), keeping the week and form chosen."""
        self.pack = pack
        self._fill_lists(meetings, int(self.week.currentData() or 1), str(self.form_choice.currentData() or ""))
        self.changes_note.setText(note)
        self.changes_note.setVisible(bool(note))
        self._update()

    def _fill_lists(self, meetings: list[Meeting], week: int, form_id: str) -> None:
        self.week.clear()
        for meeting in meetings:
            self.week.addItem(
                f"{meeting.number}. {format_date(meeting.date, short=True)} · {meeting.title}", meeting.number
            )
        self.week.setCurrentIndex(max(0, min(week, len(meetings)) - 1))
        for button in (self.plan, self.packet):  # a course without session plans still prints its forms and cards
            button.setEnabled(bool(meetings))
            button.setToolTip("" if meetings else self.tr("This course has no session plans."))
        self.form_choice.clear()
        for form in self.pack.forms:  # the same ids in every language: the chosen form stays chosen
            self.form_choice.addItem(form.title, form.id)
            if form.id == form_id:
                self.form_choice.setCurrentIndex(self.form_choice.count() - 1)

    def request(self) -> PrintRequest:
        checked = self.choice.checkedButton()
        what = {self.plan: PLAN, self.packet: PACKET, self.form: FORM, self.cards: CARDS}[checked]  # type: ignore[index]
        return PrintRequest(
            what=what,
            page_size=self.page_size.currentText(),
            week=int(self.week.currentData() or 1),
            form_id=str(self.form_choice.currentData() or ""),
            rows=self.rows.value() or None,
            kind=self.kind.currentData(),
            per_page=int(self.per_page.currentData()),
            language=self.chosen_language(),
        )

    def _update(self) -> None:
        self.week.setEnabled(self.plan.isChecked())
        self.form_choice.setEnabled(self.form.isChecked())
        form = next((f for f in self.pack.forms if f.id == self.form_choice.currentData()), None)
        self.rows.setEnabled(self.form.isChecked() and form is not None and has_blank_rows(form))
        self.kind.setEnabled(self.cards.isChecked())
        self.per_page.setEnabled(self.cards.isChecked())
