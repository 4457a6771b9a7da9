"""Run something once the window has shown its first page, so that start-up does not wait for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 3000  # in case nothing is ever painted (a minimised window)


class _FirstPaintHook(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting before the call (--exit-after-start quits on the first paint): never call it.
            app.aboutToQuit.connect(self._disarm)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has reached the screen, not during it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _disarm(self) -> None:
        self.callback = None

    def _fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.widget.removeEventFilter(self)
            callback()


def call_after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, on the event loop, after ``widget`` is first painted."""
    _FirstPaintHook(widget, callback)
