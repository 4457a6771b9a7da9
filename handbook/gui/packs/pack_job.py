"""Long pack work (install, export) as a background job with a cancellable progress dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from handbook.core.packs.errors import PackCancelledError
from handbook.gui.shared.background_job import BackgroundJob, Cancelled, Progress, Work

__all__ = ["Cancelled", "PackJob", "Progress", "Work"]


class PackJob(BackgroundJob):
    """A ``BackgroundJob`` whose progress shows in a dialog with a Cancel button.

    The dialog appears only if the work takes more than a moment. Cancelling sets a flag the
    work checks between chunks; it then cleans up after itself and ``cancelled`` is emitted.
    """

    def __init__(self, parent: QWidget, label: str, work: Work, *, finishing_label: str = "") -> None:
        super().__init__(work, parent, cancel_errors=(PackCancelledError,))
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
        self.progressed.connect(self._progressed)
        self.finished.connect(self._hide_dialog)

    def dispose(self) -> None:
        """Free a finished job and its dialog."""
        self.dialog.deleteLater()
        super().dispose()

    def start(self) -> None:
        self.dialog.setValue(0)
        super().start()

    def cancel(self) -> None:
        super().cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, percent: int) -> None:
        self.dialog.setValue(percent)
        if percent >= 100 and self.finishing_label and not self.was_cancelled:
            self.dialog.setLabelText(self.finishing_label)

    def _hide_dialog(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
