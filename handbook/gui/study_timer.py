"""Counts the time spent on a lesson while the window is active and someone is at the computer."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

IDLE_AFTER_S = 5 * 60  # no key, click, scroll or mouse move for this long: nobody is reading
FLUSH_EVERY_S = 60  # write the time at least this often, so a crash loses at most a minute
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class StudyTimer(QObject):
    """Ticks once a second; a second counts when ``is_active()`` and there was input recently.

    ``timeSpent(key, seconds)`` reports counted time for the lesson ``key`` when the lesson
    changes, on ``flush()``, and every minute.
    """

    timeSpent = Signal(object, int)  # (pack id, item id), seconds

    def __init__(self, is_active: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_active = is_active
        self.clock: Callable[[], float] = time.monotonic
        self._key: tuple[str, str] | None = None
        self._pending = 0
        self._last_input = self.clock()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)

    def start(self) -> None:
        self._ticker.start()

    def stop(self) -> None:
        self._ticker.stop()
        self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def touch(self) -> None:
        """Count the person as present now (opening a page, for one)."""
        self._last_input = self.clock()

    def set_item(self, key: tuple[str, str] | None) -> None:
        """Start counting for another lesson (None: not a lesson); reports the previous one."""
        if key != self._key:
            self.flush()
            self._key = key
        self.touch()

    def tick(self) -> None:
        if self._key is None or not self.is_active():
            return
        if self.clock() - self._last_input > IDLE_AFTER_S:
            return
        self._pending += 1
        if self._pending >= FLUSH_EVERY_S:
            self.flush()

    def flush(self) -> None:
        if self._key is not None and self._pending > 0:
            seconds, self._pending = self._pending, 0
            self.timeSpent.emit(self._key, seconds)
        self._pending = 0
