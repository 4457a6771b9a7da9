"""Run something once the window has shown its first page, so that start-up does not wait for it."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 3000  # in case nothing is ever painted (a minimised window)


class _FirstPaintHook(QObject):
    """One per widget: its callbacks run in the order they were given (Qt would call filters last-first)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callbacks: list[Callable[[], object]] = []
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting before the calls (--exit-after-start quits on the first paint): never make them.
            app.aboutToQuit.connect(self._disarm)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has reached the screen, not during it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _disarm(self) -> None:
        self.callbacks.clear()

    def _fire(self) -> None:
        if _HOOKS.get(self.widget) is self:
            del _HOOKS[self.widget]
        if not shiboken6.isValid(self.widget):  # closed before its calls were due: they were for it, drop them
            self.callbacks.clear()
            return
        self.widget.removeEventFilter(self)
        while self.callbacks:
            self.callbacks.pop(0)()


_HOOKS: dict[QWidget, _FirstPaintHook] = {}


def call_after_first_paint(widget: QWidget, callback: Callable[[], object], *, first: bool = False) -> None:
    """Call ``callback`` once, on the event loop, after ``widget`` is first painted (in the order given).

    ``first``: before the callbacks given so far (the start-up benchmark's mark, which must not wait for them).
    """
    hook = _HOOKS.get(widget)
    if hook is None:
        hook = _HOOKS[widget] = _FirstPaintHook(widget)
        widget.destroyed.connect(lambda *_: _HOOKS.pop(widget, None))
    if first:
        hook.callbacks.insert(0, callback)
    else:
        hook.callbacks.append(callback)
