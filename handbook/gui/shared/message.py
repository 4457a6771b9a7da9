"""One way for logic objects to tell and ask the person: a bridge the window connects once, tests record.

Logic objects get a ``MessageBridge`` handed to them (see ``app.build_session``) and call
``info``/``error`` for a line in the status bar and ``ask`` for a question (a confirmation,
a name, a file, a dialog to run). They never touch a status bar or build a message box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMainWindow

INFO_MS = 10_000
ERROR_MS = 15_000


class Asker(Protocol):
    """Modal questions and messages (``gui.prompts.Prompts``; tests use a recorder with these methods)."""

    def tr(self, text: str) -> str: ...
    def info(self, title: str, text: str) -> None: ...
    def warn(self, title: str, text: str) -> None: ...
    def confirm(self, title: str, text: str, yes: str, detail: str = "", *, default_yes: bool = False) -> bool: ...
    def text(self, title: str, label: str, value: str = "") -> str | None: ...
    def save_path(self, title: str, suggested: str, file_filter: str) -> str: ...
    def open_path(self, title: str, file_filter: str) -> str: ...
    def run(self, dialog: QDialog) -> bool: ...


class MessageBridge(QObject):
    """Carries status lines to whatever shows them (``shown``) and questions to one ``Asker``."""

    shown = Signal(str, str, int)  # level ("info" or "error"), text, milliseconds (0: until the next one)

    def __init__(self, asker: Asker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asker = asker
        self.last_announcement = ""  # the last status line said to a screen reader

    @property
    def ask(self) -> Asker:
        """Where questions go; a dialog over the window unless another asker was set."""
        if self._asker is None:
            raise RuntimeError("no asker connected: call connect_window() first")
        return self._asker

    @ask.setter
    def ask(self, asker: Asker) -> None:
        self._asker = asker

    def info(self, text: str, timeout_ms: int = INFO_MS) -> None:
        self.shown.emit("info", text, timeout_ms)

    def error(self, text: str, timeout_ms: int = ERROR_MS) -> None:
        self.shown.emit("error", text, timeout_ms)

    def _announce(self, where: QObject, level: str, text: str) -> None:
        """A status line is also said to a screen reader, which does not watch the status bar by itself."""
        # Imported with the first status line: QAccessible's Python type costs about 4 ms of start-up.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.last_announcement = text
        event = QAccessibleAnnouncementEvent(where, text)
        if level == "error":
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)  # an error interrupts
        QAccessible.updateAccessibility(event)

    @classmethod
    def for_window(cls, window: QMainWindow) -> MessageBridge:
        """A bridge connected to ``window``, for an object built without the composition root (a test, a command)."""
        bridge = cls()
        bridge.connect_window(window)
        return bridge

    def connect_window(self, window: QMainWindow) -> None:
        """Show status lines in ``window``'s status bar and ask over it (done once, by the composition root)."""
        if self.parent() is None:
            self.setParent(window)  # the bridge, and the connection, go when the window goes
        bar = window.statusBar()
        self.shown.connect(lambda _level, text, timeout: bar.showMessage(text, timeout))
        self.shown.connect(lambda level, text, _timeout: self._announce(bar, level, text))
        if self._asker is None:
            from handbook.gui.shared.prompts import Prompts

            self._asker = Prompts(window)
