"""Find in page: a bar under the reader that highlights every match and steps through them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from handbook.core.search.textfind import Needle

# Text classes are imported where used: this module is loaded before the first page is shown.
MATCH_COLOUR = "#ffe27a"
CURRENT_COLOUR = "#ff9f43"


class FindBar(QWidget):
    """Finds text in a QTextEdit, ignoring case and accents. Hidden until asked for."""

    matchesChanged = Signal(int, int)  # current match (1-based, 0 if none), number of matches

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.needles: list[Needle] = []
        self.spans: list[tuple[int, int]] = []  # Qt document positions
        self.current = -1
        self.built = False
        view.textChanged.connect(self._on_page_changed)
        self.hide()

    def _build(self) -> None:
        # Made on first use, not at start-up: the window's first page must not wait for it.
        if self.built:
            return
        self.built = True
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setAccessibleName(self.tr("Find in page"))
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.field.textEdited.connect(self._on_text_edited)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        self.previous_button = self._button(
            "findPreviousButton", "\u25b2", self.tr("Previous match (Shift+F3)"), self.find_previous
        )
        self.next_button = self._button("findNextButton", "\u25bc", self.tr("Next match (F3)"), self.find_next)
        self.close_button = self._button("findCloseButton", "\u2715", self.tr("Close (Esc)"), self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        label = QLabel(self.tr("Find:"))
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.count_label, self.close_button):
            layout.addWidget(widget)

        # Esc in the page clears the highlights too, not only Esc in the field.
        from PySide6.QtCore import Qt  # not at start: see gui/reader/main_window
        from PySide6.QtGui import QKeySequence, QShortcut

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.view)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

    def _button(self, name: str, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # what the window's actions call

    def open(self) -> None:
        """Show the bar with its text selected, ready to type (Ctrl+F)."""
        from PySide6.QtCore import Qt

        from handbook.core.search.textfind import Needle

        self._build()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._set_needles([Needle(self.field.text())], from_view=True)

    def close_bar(self) -> None:
        if not self.built:
            return
        was_open = self.isVisible()
        self.hide()
        self._set_needles([], from_view=False)
        if was_open:
            from PySide6.QtCore import Qt

            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def highlight_terms(self, needles: Sequence[Needle]) -> None:
        """Highlight ``needles`` (e.g. a search's words) and go to the first; F3 goes on from there."""
        self._build()
        self.hide()
        self._set_needles(list(needles), from_view=False)

    # finding

    def _step(self, step: int) -> None:
        if not self.needles:
            self.open()
            return
        if not self.spans:
            return
        self.current = (self.current + step) % len(self.spans)
        self._show_current()

    def _on_text_edited(self, text: str) -> None:
        from handbook.core.search.textfind import Needle

        self._set_needles([Needle(text)] if text else [], from_view=True)

    def _on_page_changed(self) -> None:
        # A new page (or the same one rendered again): keep finding while the bar is open.
        if not self.built:
            return
        if self.isVisible() and self.field.text():
            from handbook.core.search.textfind import Needle

            self._set_needles([Needle(self.field.text())], from_view=True, scroll=False)
        else:
            self.needles, self.spans, self.current = [], [], -1
            self.view.setExtraSelections([])
            self._report()

    def _set_needles(self, needles: list[Needle], *, from_view: bool, scroll: bool = True) -> None:
        self.needles = needles
        self.spans = self._find(needles)
        self.current = -1
        if self.spans:
            first = 0
            if from_view:
                # Like a browser: the first match at or below the top of what is on screen.
                top = self.view.cursorForPosition(self.view.viewport().rect().topLeft()).position()
                first = next((i for i, (start, _end) in enumerate(self.spans) if start >= top), 0)
            self.current = first
        if scroll and self.current >= 0:
            self._show_current()
        else:
            self._paint()
        self._report()

    def _find(self, needles: list[Needle]) -> list[tuple[int, int]]:
        from handbook.core.search.textfind import find_all, utf16_positions

        if not needles:
            return []
        text = self.view.document().toPlainText()
        spans = find_all(text, needles)
        utf16 = utf16_positions(text)
        if utf16 is not None:
            spans = [(utf16[start], utf16[end]) for start, end in spans]
        return spans

    def _show_current(self) -> None:
        from PySide6.QtGui import QTextCursor

        self._paint()
        start, _end = self.spans[self.current]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        # Out of sight, the match comes to a third of the way down, not to the very edge
        # (where setTextCursor alone would leave it).
        rect = self.view.cursorRect(cursor)
        height = self.view.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            scroll_bar = self.view.verticalScrollBar()
            scroll_bar.setValue(scroll_bar.value() + rect.top() - height // 3)
        self.view.setTextCursor(cursor)
        self._report()

    def _paint(self) -> None:
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

        selections = []
        for index, (start, end) in enumerate(self.spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(CURRENT_COLOUR if index == self.current else MATCH_COLOUR))
            text_format.setForeground(QColor("black"))
            selection.format = text_format
            selections.append(selection)
        self.view.setExtraSelections(selections)

    def _report(self) -> None:
        total = len(self.spans)
        current = self.current + 1 if total else 0
        if not self.needles or not any(n.text for n in self.needles):
            self.count_label.setText("")
        elif total:
            self.count_label.setText(self.tr("{current} of {total}").format(current=current, total=total))
        else:
            self.count_label.setText(self.tr("No matches"))
        self.matchesChanged.emit(current, total)

    # keys in the field: Enter, Shift+Enter, Esc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt

            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find_previous() if shift else self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
