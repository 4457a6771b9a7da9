"""The page's questions and checklist as real controls, below the page: radio buttons and check boxes a screen reader knows.

The page's text still shows each question and task where it is written (and prints them); here a keyboard or
screen-reader user answers and ticks. Nothing is decided here: a press asks the reading rules (through the
reader's signals) and the state they keep comes back through ``show_page``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.model import Page
from handbook.core.content.quiz_words import choice_label, question_number, verdict
from handbook.core.content.render_model import PageState, Quiz, TaskItem
from handbook.core.progress.course import page_facts
from handbook.core.progress.reading import has_answers

# Qt is imported inside each function: the panel is made before the first paint, and naming Qt's own enums
# there would build all of them (see ReaderView._add_caret).


class ButtonWords(QLabel):
    """A choice's or a task's words beside its button, wrapped (a button's own words cannot wrap); a click presses it."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)  # a screen reader knows the words label the button

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton:
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()


class QuizBox(QGroupBox):
    """One question: its choices as radio buttons, one Tab stop (arrows go between choices, Space answers)."""

    answered = Signal(int, int)  # quiz index, choice index

    def __init__(self, quiz: Quiz, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        # The frame's title is short (it cannot wrap); the question is a wrapped line inside, and the group's name.
        super().__init__(question_number(quiz).rstrip("."), parent)
        self.quiz = quiz
        self.chosen: int | None = None
        self.setAccessibleName(f"{question_number(quiz)} {quiz.question}")
        layout = QGridLayout(self)
        layout.setColumnStretch(1, 1)
        question = QLabel(quiz.question, self)
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(question, 0, 0, 1, 2)
        self.choices: list[QRadioButton] = []
        for number, choice in enumerate(quiz.choices):
            # A radio button's words cannot wrap: its letter only, and the choice in a wrapped label beside it.
            button = QRadioButton(f"{chr(ord('A') + number)}.", self)
            button.setObjectName(f"quiz{quiz.index}choice{number}")
            button.setAccessibleName(choice_label(number, choice))
            button.clicked.connect(lambda _checked=False, n=number: self._on_click(n))
            button.installEventFilter(self)
            words = ButtonWords(choice, button, self)
            layout.addWidget(button, number + 1, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(words, number + 1, 1)
            self.choices.append(button)
        self.feedback = QLabel(self)
        self.feedback.setObjectName(f"quiz{quiz.index}feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)  # the verdict in bold; the words escaped
        self.feedback.hide()
        layout.addWidget(self.feedback, len(quiz.choices) + 1, 0, 1, 2)
        self._set_tab_stop(0)

    def set_chosen(self, chosen: int | None) -> None:
        """Show the kept answer (or none) and what it earned."""
        self.chosen = chosen
        for number, button in enumerate(self.choices):
            # Qt never unchecks the checked button of a group by itself (after a retry there is none).
            button.setAutoExclusive(False)
            button.setChecked(number == chosen)
            button.setAutoExclusive(True)
            right = chosen is not None and number == self.quiz.answer
            button.setAccessibleDescription(self.tr("The right answer") if right else "")
        if chosen is None:
            self.feedback.clear()
            self.feedback.hide()
        else:
            self.feedback.setText(self._feedback_html())
            self.feedback.show()
            if not any(button.hasFocus() for button in self.choices):
                self._set_tab_stop(chosen)

    def feedback_text(self) -> str:
        """What the answer earned, as said to a screen reader: the verdict, the right letter, the explanation."""
        return " ".join(part for part in self._feedback_parts() if part)

    def _feedback_html(self) -> str:
        said, more = self._feedback_parts()
        return f"<b>{html.escape(said)}</b> {html.escape(more)}".strip()

    def _feedback_parts(self) -> tuple[str, str]:
        if self.chosen is None:
            return "", ""
        right, said, more = verdict(self.quiz, self.chosen)
        return ("\u2713 " if right else "") + said, " ".join(word for word in (more, self.quiz.explanation) if word)

    def _on_click(self, number: int) -> None:
        self.answered.emit(self.quiz.index, number)  # the rules answer at once: show_page has run when it returns
        # The button changed its own mark: the kept answer again (no change when the rules took this one,
        # so a screen reader hears "checked" once).
        self.set_chosen(self.chosen)

    def _set_tab_stop(self, number: int) -> None:
        """Tab reaches one choice of the question (the chosen one, else the first), as in any radio group."""
        from PySide6.QtCore import Qt

        for index, button in enumerate(self.choices):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if index == number else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import Qt

        if watched in self.choices and event.type() == QEvent.Type.FocusIn:
            self._set_tab_stop(self.choices.index(watched))  # type: ignore[arg-type]
        # The arrow keys only move between the choices (Qt's own would choose, and a choice is an answer).
        if watched in self.choices and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            step = (
                1
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
                else -1
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Left)
                else 0
            )
            if step and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                index = (self.choices.index(watched) + step) % len(self.choices)  # type: ignore[arg-type]
                self._set_tab_stop(index)
                self.choices[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class AnswerPanel(QScrollArea):
    """The questions and the checklist of the page shown; hidden on a page with neither."""

    quizAnswered = Signal(int, int)  # quiz index, choice index
    taskToggled = Signal(int)
    retryRequested = Signal()

    def __init__(self, tab_after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPanel")
        self.setWidgetResizable(True)
        self._configured = False  # the frame's policies are set when it first gets controls (see _build)
        self._tab_after = tab_after  # the reader: Tab goes from the page to its questions
        self._key: tuple[str, tuple[Quiz, ...], tuple[TaskItem, ...]] | None = None
        self.quiz_boxes: list[QuizBox] = []
        self.task_boxes: list[QCheckBox] = []
        self.retry_button: QPushButton | None = None
        self._kept_ticks: list[bool] = []
        self.last_announcement = ""  # what a screen reader was last told (the feedback to an answer)
        self.hide()

    def show_for(self, page: Page, state: PageState) -> None:
        """The controls of ``page`` (which the window shows) with its kept answers and ticks."""
        if not has_answers(page):
            self.clear_page()  # no question, no task: no need to render the page to find them
            return
        facts = page_facts(page)  # renders the page: the window calls this after the first paint
        self.show_page(page.path, facts.quizzes, facts.tasks, state)

    def show_page(self, path: str, quizzes: Sequence[Quiz], tasks: Sequence[TaskItem], state: PageState) -> None:
        """Show the controls of the page at ``path`` with its kept answers and ticks; the same page is updated in place."""
        key = (path, tuple(quizzes), tuple(tasks))
        if key != self._key:
            self._build(quizzes, tasks)
            self._key = key
            self._update(state, announce=False)
        else:
            self._update(state, announce=True)
        self.setVisible(bool(quizzes or tasks))

    def clear_page(self) -> None:
        if self._key is not None:
            self._build((), ())
            self._key = None
        self.hide()

    def _build(self, quizzes: Sequence[Quiz], tasks: Sequence[TaskItem]) -> None:
        from PySide6.QtCore import Qt

        if not self._configured:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the words wrap instead
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the keyboard, not the frame
            self._configured = True
        self.quiz_boxes, self.task_boxes, self.retry_button = [], [], None
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        if not quizzes and not tasks:
            return
        content = QWidget()
        layout = QVBoxLayout(content)
        focusable: list[QWidget] = []
        if quizzes:
            heading = QLabel(self.tr("Answer the questions of this page here"), content)
            heading.setWordWrap(True)
            layout.addWidget(heading)
        for quiz in quizzes:
            box = QuizBox(quiz, content)
            box.answered.connect(self.quizAnswered)
            layout.addWidget(box)
            self.quiz_boxes.append(box)
            focusable.extend(box.choices)
        if quizzes:
            self.retry_button = QPushButton(self.tr("Clear my answers and try again"), content)
            self.retry_button.setObjectName("answerPanelRetry")
            self.retry_button.clicked.connect(self.retryRequested)
            layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
            focusable.append(self.retry_button)
        if tasks:
            group = QGroupBox(self.tr("Checklist"), content)
            group_layout = QGridLayout(group)
            group_layout.setColumnStretch(1, 1)
            for row, task in enumerate(tasks):
                check = QCheckBox(group)
                check.setObjectName(f"task{task.index}")
                check.setAccessibleName(task.text)
                check.clicked.connect(lambda _checked=False, i=task.index: self._on_tick(i))
                group_layout.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
                group_layout.addWidget(ButtonWords(task.text, check, group), row, 1)
                self.task_boxes.append(check)
                focusable.append(check)
            layout.addWidget(group)
        layout.addStretch(1)
        self.setWidget(content)
        previous = self._tab_after
        for widget in focusable:  # right after the page in the Tab order, not after the status bar
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _update(self, state: PageState, announce: bool) -> None:
        for box in self.quiz_boxes:
            before = box.chosen
            box.set_chosen(state.answers.get(box.quiz.index))
            if announce and before is None and box.chosen is not None and box.isAncestorOf(self.focusWidget()):
                self._announce(box.choices[box.chosen], box.feedback_text())
        self._kept_ticks = self._ticks(state)
        for check, tick in zip(self.task_boxes, self._kept_ticks, strict=True):
            check.setChecked(tick)
        if self.retry_button is not None:
            self.retry_button.setEnabled(bool(state.answers))

    def _ticks(self, state: PageState) -> list[bool]:
        tasks = self._key[2] if self._key is not None else ()
        return [state.ticks.get(task.index, task.checked) for task in tasks]

    def _on_tick(self, index: int) -> None:
        self.taskToggled.emit(index)  # the rules tick at once: show_page has run when it returns
        self.task_boxes[index].setChecked(self._kept_ticks[index])  # not kept (no profile): as it was

    def _announce(self, source: QWidget, text: str) -> None:
        self.last_announcement = text
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))

    def focus_question(self, index: int) -> bool:
        """Put the keyboard on a question's choices (a link in the page asks for it); False if there is no such one."""
        from PySide6.QtCore import Qt

        if not 0 <= index < len(self.quiz_boxes):
            return False
        box = self.quiz_boxes[index]
        self.ensureWidgetVisible(box)
        target = box.choices[box.chosen if box.chosen is not None else 0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
