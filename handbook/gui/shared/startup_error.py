"""A start-up error in a dialog: an app started by double-click has no terminal to print it to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from handbook.core.errors import HandbookError

# Platforms with no screen to show a dialog on; the error line on stderr is all there is.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def startup_error_box(error: HandbookError) -> QMessageBox:
    title = QCoreApplication.translate("StartupError", "Handbook cannot start")
    box = QMessageBox(QMessageBox.Icon.Critical, title, error.message)
    box.setObjectName("startupErrorBox")
    box.setAccessibleName(title)
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupError", "Nothing was changed. Close this message, fix the problem, then start Handbook again."
        )
    )
    return box


def show_startup_error(error: HandbookError) -> None:
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    startup_error_box(error).exec()
