"""Saving a profile's progress so that a failed write is always shown and the work waits in memory until one works.

A full disk or a pulled USB stick makes a write fail: the person is told once (and in the status
bar each time), what they do is kept in the store's memory, and the whole file is written again
at the next change, every RETRY_MS meanwhile, and when the profile closes. A change the store
refuses (a value it could not read back) is said each time, since trying again cannot help.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from handbook.core.errors import HandbookError
from handbook.core.log import get_logger
from handbook.core.progress.record import RecordRefusedError

if TYPE_CHECKING:
    from handbook.core.progress.store import ProgressStore
    from handbook.gui.shared.message import MessageBridge

RETRY_MS = 20_000
log = get_logger("progress")


class SaveGuard(QObject):
    """Runs changes on the open store and looks after failed writes (see the module docstring)."""

    def __init__(
        self, store: Callable[[], ProgressStore | None], messages: MessageBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._messages = messages
        self.failing = False
        self.retry_timer = QTimer(self, interval=RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)

    def run(self, change: Callable[[ProgressStore], object]) -> bool:
        store = self._store()
        if store is None:
            return False
        try:
            change(store)
        except RecordRefusedError as exc:
            log.warning("%s", exc.message)
            self._messages.error(exc.message)
            self._messages.ask.warn(self.tr("Change not saved"), exc.message)
            return False
        except HandbookError as exc:
            self._failed(exc)
            return False
        self._saved()
        return True

    def retry(self) -> bool:
        """Write everything again if the last write failed; True when all is saved."""
        store = self._store()
        if store is None or not store.unsaved:
            self.retry_timer.stop()
            return True
        try:
            store.save()
        except HandbookError as exc:
            self._failed(exc)
            return False
        self._saved()
        return True

    def before_close(self) -> None:
        """The last chance for work kept in memory: write it, or say plainly that it was not saved."""
        if self.retry():
            return
        store = self._store()
        where = str(store.path) if store is not None else ""
        self._messages.ask.warn(
            self.tr("Progress not saved"),
            self.tr(
                "Your latest progress could not be written to {path}, so it is lost when Handbook closes. "
                "Free some disk space or put the USB stick back, then do the last steps again."
            ).format(path=where),
        )

    def _failed(self, exc: HandbookError) -> None:
        log.error("progress not saved: %s", exc.message)
        self._messages.error(self.tr("Progress not saved: {error}").format(error=exc.message), 0)
        store = self._store()
        if store is not None and store.unsaved:
            self.retry_timer.start()
        if not self.failing:
            self.failing = True
            self._messages.ask.warn(
                self.tr("Progress not saved"),
                self.tr("{error}\n\nHandbook keeps what you do and saves it as soon as writing works again.").format(
                    error=exc.message
                ),
            )

    def _saved(self) -> None:
        self.retry_timer.stop()
        if self.failing:
            self.failing = False
            log.info("progress saved again")
            self._messages.info(self.tr("Progress saved again."), 8000)
