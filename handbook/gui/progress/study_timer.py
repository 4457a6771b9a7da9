"""Counts the time spent on a lesson while the window is active and someone is at the computer.

Presence is judged without watching every event of the app (which would tax every paint): the
reader tells the timer when the page scrolls, a note is typed or something is clicked, and
each tick looks whether the mouse pointer moved.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor

IDLE_AFTER_S = 5 * 60  # no scroll, typing, click or pointer move for this long: nobody is reading
FLUSH_EVERY_S = 60  # write the time at least this often, so a crash loses at most a minute


def _pointer() -> tuple[int, int]:
    point = QCursor.pos()
    return (point.x(), point.y())


class StudyTimer(QObject):
    """Ticks once a second; a second counts when ``is_active()`` and the person was seen recently.

    ``timeSpent(key, seconds)`` reports counted time for the lesson ``key`` when the lesson
    changes, on ``flush()``, and every minute.
    """

    timeSpent = Signal(object, int)  # (pack id, item id), seconds

    def __init__(self, is_active: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_active = is_active
        self.clock: Callable[[], float] = time.monotonic
        self.pointer: Callable[[], tuple[int, int]] = _pointer
        self._key: tuple[str, str] | None = None
        self._pending = 0
        self._last_seen = self.clock()
        self._last_pointer: tuple[int, int] | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)

    def start(self) -> None:
        self._ticker.start()

    def stop(self) -> None:
        self._ticker.stop()
        self.flush()

    def touch(self) -> None:
        """The person did something (scrolled, typed, clicked, opened a page)."""
        self._last_seen = self.clock()

    def set_item(self, key: tuple[str, str] | None) -> None:
        """Start counting for another lesson (None: not a lesson); reports the previous one."""
        if key != self._key:
            self.flush()
            self._key = key
        self.touch()

    def switch_to(self, key: tuple[str, str] | None) -> tuple[tuple[str, str], int] | None:
        """Like ``set_item``, but hands back the previous lesson's time, for the caller to write with its own change."""
        spent: tuple[tuple[str, str], int] | None = None
        if key != self._key:
            if self._key is not None and self._pending > 0:
                spent = (self._key, self._pending)
            self._pending = 0
            self._key = key
        self.touch()
        return spent

    def tick(self) -> None:
        pointer = self.pointer()
        if pointer != self._last_pointer:
            self._last_pointer = pointer
            self.touch()
        if self._key is None or not self.is_active():
            return
        if self.clock() - self._last_seen > IDLE_AFTER_S:
            return
        self._pending += 1
        if self._pending >= FLUSH_EVERY_S:
            self.flush()

    def flush(self) -> None:
        if self._key is not None and self._pending > 0:
            seconds, self._pending = self._pending, 0
            self.timeSpent.emit(self._key, seconds)
        self._pending = 0
