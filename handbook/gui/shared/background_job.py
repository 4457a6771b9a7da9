"""Long work off the GUI thread, reported back on it: the one way Handbook runs a background job.

In the spirit of Anki's operations: ``work(progress, cancelled)`` runs on a worker thread; its
result, its error (a ``HandbookError`` whose message is for the person) or its cancellation, and
its progress, arrive as signals on the GUI thread, so callbacks may touch widgets. Cancelling sets
a flag the work checks between chunks; work that stops raises one of ``cancel_errors``.

Work that must stay on the GUI thread (Qt's text layout for a PDF; see ``print_support``) is made
with ``on_gui_thread=True``: the same signals, one event-loop turn later, under a busy cursor.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from handbook.core.errors import HandbookError

Progress = Callable[[int, int], None]  # done, total
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]


class _Worker(QThread):
    progressed = Signal(int)  # percent
    counted = Signal(int, int)  # done, total (at the same moments as ``progressed``)
    succeeded = Signal(object)
    failed = Signal(object)  # the HandbookError
    cancelled = Signal()

    def __init__(
        self, work: Work, stop: threading.Event, cancel_errors: tuple[type[BaseException], ...], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = stop
        self._cancel_errors = cancel_errors
        self._percent = -1

    def _progress(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != self._percent:  # a signal per percent, not per file
            self._percent = percent
            self.progressed.emit(percent)
            self.counted.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except self._cancel_errors:
            self.cancelled.emit()
        except HandbookError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug, not the user's doing: report it rather than hang the window
            traceback.print_exc()
            self.failed.emit(HandbookError(f"Something went wrong: {exc}. Nothing was changed."))
        else:
            self.succeeded.emit(result)


class BackgroundJob(QObject):
    """Runs ``work`` once, off the GUI thread; every signal below is delivered on the GUI thread.

    ``finished`` comes first, once the thread has ended, then exactly one of ``succeeded``,
    ``failed`` or ``cancelled``. The app never quits with the work still writing.
    """

    progressed = Signal(int)  # percent done
    counted = Signal(int, int)  # done and total, with each new percent
    noted = Signal(object)  # something the work passed on before it ended (``note``)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # a HandbookError, whose message is for the person
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        work: Work,
        parent: QObject | None = None,
        *,
        cancel_errors: tuple[type[BaseException], ...] = (),
        on_gui_thread: bool = False,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._on_gui_thread = on_gui_thread
        self.worker = _Worker(work, self._stop, cancel_errors, self)
        self.worker.progressed.connect(self.progressed)
        self.worker.counted.connect(self.counted)
        self.worker.succeeded.connect(lambda result: self._end(self.succeeded, result))
        self.worker.failed.connect(lambda error: self._end(self.failed, error))
        self.worker.cancelled.connect(lambda: self._end(self.cancelled))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)

    def on_success(self, callback: Callable[[object], object]) -> BackgroundJob:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[object], object]) -> BackgroundJob:
        self.failed.connect(callback)
        return self

    def start(self) -> None:
        if self._on_gui_thread:
            QTimer.singleShot(0, self, self._run_here)  # lets the window say "Saving..." first
        else:
            self.worker.start()

    def _run_here(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.worker.run()  # the same reporting, without a thread
        finally:
            QGuiApplication.restoreOverrideCursor()

    def note(self, value: object) -> None:
        """Called by the work, on its thread: hand ``value`` to the GUI thread now (``noted``), not at the end."""
        self.noted.emit(value)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``cancelled`` follows if it does."""
        self._stop.set()

    @property
    def was_cancelled(self) -> bool:
        return self._stop.is_set()

    def is_running(self) -> bool:
        return self.worker.isRunning()

    def stop_and_wait(self) -> None:
        self._stop.set()
        self.worker.wait()

    def dispose(self) -> None:
        """Free a finished job."""
        self.stop_and_wait()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.stop_and_wait)
        self.deleteLater()

    def _end(self, signal: object, *args: object) -> None:
        self.worker.wait()
        self.finished.emit()
        signal.emit(*args)  # type: ignore[attr-defined]
