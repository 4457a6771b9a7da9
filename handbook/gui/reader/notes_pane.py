"""The Notes pane beside the reader: a lesson's journal note, saved as the person types (debounced)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

SAVE_DELAY_MS = 800


class NotesPane(QDockWidget):
    """Shows one lesson's note. ``noteEdited`` fires once typing pauses, with the lesson it belongs to."""

    noteEdited = Signal(str, str, str)  # pack id, item id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.setWindowTitle(self.tr("Notes"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        self.heading = QLabel()
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("notesEditor")
        self.editor.setAccessibleName(self.tr("Your notes on this lesson"))
        self.editor.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setObjectName("notesStatus")
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self.setWidget(body)

        self._owner: tuple[str, str] | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save)
        self.editor.textChanged.connect(self._on_text_changed)
        self.show_nothing()

    def show_note(self, pack_id: str, item_id: str, title: str, text: str) -> None:
        """Show a lesson's note (any pending edit of the previous lesson is saved first)."""
        self.flush()
        self._owner = (pack_id, item_id)
        self.heading.setText(self.tr("Your notes on <b>{title}</b>").format(title=_escape(title)))
        self.editor.setPlaceholderText(
            self.tr("What will you try in your circle? What surprised you? What would you do differently?")
        )
        self._set_text(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # carry on writing where the note ends
        self.editor.setReadOnly(False)
        self.editor.setEnabled(True)
        self.status.setText(self.tr("Saved as you type.") if text else "")

    def show_nothing(self, reason: str = "") -> None:
        """No lesson is open (or no profile): the pane is shown but cannot be typed in."""
        self.flush()
        self._owner = None
        self.heading.setText(reason or self.tr("Notes are kept for lessons of the course."))
        self.editor.setPlaceholderText("")
        self._set_text("")
        self.editor.setEnabled(False)
        self.status.setText("")

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False

    def _on_text_changed(self) -> None:
        if self._loading or self._owner is None:
            return
        self.status.setText(self.tr("Saving…"))
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now if an edit is waiting (before switching lesson or closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()

    def _save(self) -> None:
        if self._owner is None:
            return
        pack_id, item_id = self._owner
        self.status.setText(self.tr("Saved."))  # before emitting: a failed save replaces it
        self.noteEdited.emit(pack_id, item_id, self.editor.toPlainText())

    def show_error(self, message: str) -> None:
        self.status.setText(message)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
