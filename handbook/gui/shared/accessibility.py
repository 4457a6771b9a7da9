"""Names for what a screen reader would otherwise announce as nothing: message-box icons, empty cells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox

ICON_LABEL = "qt_msgboxex_icon_label"  # the name Qt gives the picture of a message box


def name_message_icon(box: QMessageBox) -> None:
    """The box's picture says what kind of message it is: a screen reader should say so too."""
    label = box.findChild(QLabel, ICON_LABEL)
    if label is None:
        return
    names = {
        QMessageBox.Icon.Question: QCoreApplication.translate("accessibility", "Question"),
        QMessageBox.Icon.Information: QCoreApplication.translate("accessibility", "Information"),
        QMessageBox.Icon.Warning: QCoreApplication.translate("accessibility", "Warning"),
        QMessageBox.Icon.Critical: QCoreApplication.translate("accessibility", "Error"),
    }
    label.setAccessibleName(names.get(box.icon(), ""))
