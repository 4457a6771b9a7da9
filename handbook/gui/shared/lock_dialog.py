"""At start: take the data dir's lock, or tell the person plainly that Handbook is already open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from handbook.instance_lock import AlreadyRunningError, acquire_lock, take_over


def lock_data_dir(data_dir: Path, interactive: bool = True) -> QLockFile:
    """The lock, or AlreadyRunningError after a dialog saying so (the CLI then prints it and exits)."""
    try:
        return acquire_lock(data_dir)
    except AlreadyRunningError as exc:
        if not interactive:
            raise
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("lock_dialog", "Handbook is already open")
        box = QMessageBox(QMessageBox.Icon.Information, title, exc.message)
        box.setObjectName("alreadyRunningBox")
        take = None
        if exc.other_computer:
            take = box.addButton(
                QCoreApplication.translate("lock_dialog", "It is not open there: open it here"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if take is not None and box.clickedButton() is take:
            return take_over(data_dir)
        raise
