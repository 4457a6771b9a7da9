"""Long pack work (install, export) on a worker thread, with a cancellable progress dialog."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from handbook.core.errors import HandbookError
from handbook.core.packs.errors import PackCancelledError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]


class _Worker(QThread):
    progressed = Signal(int)  # percent
    succeeded = Signal(object)
    failed = Signal(object)  # the HandbookError
    cancelled = Signal()

    def __init__(self, work: Work, stop: threading.Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = stop
        self._percent = -1

    def _progress(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != self._percent:  # a signal per percent, not per file
            self._percent = percent
            self.progressed.emit(percent)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except PackCancelledError:
            self.cancelled.emit()
        except HandbookError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug, not the user's doing: report it rather than hang the window
            traceback.print_exc()
            self.failed.emit(HandbookError(f"Something went wrong: {exc}. Nothing was changed."))
        else:
            self.succeeded.emit(result)


class PackJob(QObject):
    """Runs ``work(progress, cancelled)`` off the GUI thread; results come back as signals on it.

    The dialog appears only if the work takes more than a moment. Cancelling sets a flag the
    work checks between chunks; it then cleans up after itself and ``cancelled`` is emitted.
    """

    succeeded = Signal(object)
    failed = Signal(object)  # a HandbookError, whose message is for the user
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget, label: str, work: Work, *, finishing_label: str = "") -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.label = label
        self.finishing_label = finishing_label
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, parent)
        self.dialog.setObjectName("packProgress")
        self.dialog.setWindowTitle(self.tr("Packs"))
        self.dialog.setAccessibleName(self.tr("Progress"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setMinimumWidth(380)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.reset()  # keeps it hidden until start(); a new QProgressDialog would show itself
        self.worker = _Worker(work, self._stop, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)  # never quit with the worker still writing

    def dispose(self) -> None:
        """Free a finished job and its dialog."""
        self.stop_and_wait()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.stop_and_wait)
        self.dialog.deleteLater()
        self.deleteLater()

    @property
    def was_cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        self.dialog.setValue(0)
        self.worker.start()

    def cancel(self) -> None:
        self._stop.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self.worker.isRunning()

    def stop_and_wait(self) -> None:
        self._stop.set()
        self.worker.wait()

    def _progressed(self, percent: int) -> None:
        self.dialog.setValue(percent)
        if percent >= 100 and self.finishing_label and not self._stop.is_set():
            self.dialog.setLabelText(self.finishing_label)

    def _end(self) -> None:
        self.worker.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit()

    def _succeeded(self, result: object) -> None:
        self._end()
        self.succeeded.emit(result)

    def _failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)

    def _cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
