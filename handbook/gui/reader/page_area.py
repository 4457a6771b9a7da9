"""The reader with, below it, the answer panel and the find bar, each made the first time it is needed.

Most first pages have no question and nobody searches before the page is painted: making the panel
and the bar (and importing their modules) waits until then, and start-up does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from handbook.core.content.model import Page
from handbook.core.content.render_model import PageState

if TYPE_CHECKING:
    from handbook.gui.reader.answer_panel import AnswerPanel
    from handbook.gui.reader.find_bar import FindBar
    from handbook.gui.reader.reader import ReaderView


class PageArea(QWidget):
    """The page above its questions and checklist (neither can be squeezed away), the find bar below both."""

    quizAnswered = Signal(int, int)  # the answer panel's: quiz index, choice index
    taskToggled = Signal(int)
    retryRequested = Signal()

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerArea")
        self.reader = reader
        self._panel: AnswerPanel | None = None
        self._bar: FindBar | None = None
        self.split = QSplitter()
        # Set as a property (2 is Qt::Vertical): naming Qt.Orientation would build all of Qt's enums before the
        # first paint (see ReaderView._add_caret).
        self.split.setProperty("orientation", 2)
        self.split.setObjectName("pageSplitter")
        self.split.addWidget(reader)
        # The panel's place, kept by a hidden stand-in until the panel is made: it then opens as tall as
        # it did when it was made with the window.
        stand_in = QWidget()
        stand_in.hide()
        self.split.addWidget(stand_in)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setCollapsible(0, False)
        self.split.setCollapsible(1, False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.split, 1)

    def answer_panel(self) -> AnswerPanel:
        if self._panel is None:
            from handbook.gui.reader.answer_panel import AnswerPanel

            self._panel = AnswerPanel(self.reader)
            self._panel.quizAnswered.connect(self.quizAnswered)
            self._panel.taskToggled.connect(self.taskToggled)
            self._panel.retryRequested.connect(self.retryRequested)
            self.split.replaceWidget(1, self._panel).deleteLater()
        return self._panel

    def find_bar(self) -> FindBar:
        if self._bar is None:
            from handbook.gui.reader.find_bar import FindBar

            self._bar = FindBar(self.reader)
            self._layout.addWidget(self._bar)
        return self._bar

    def find(self) -> None:
        self.find_bar().open()

    def find_next(self) -> None:
        self.find_bar().find_next()

    def find_previous(self) -> None:
        self.find_bar().find_previous()

    def show_answers(self, page: Page, state: PageState) -> None:
        """The controls of ``page``'s questions and tasks, or none (a page without them makes no panel)."""
        from handbook.core.progress.reading import has_answers  # the reading rules load after the first paint

        if self._panel is not None or has_answers(page):
            self.answer_panel().show_for(page, state)

    def clear_answers(self) -> None:
        if self._panel is not None:
            self._panel.clear_page()
