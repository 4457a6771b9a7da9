"""The questions progress asks a person (names, files, confirmations), in one place tests can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


class Prompts:
    """Modal questions and messages over ``parent``. Tests swap in an object with the same methods."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def tr(self, text: str) -> str:
        return self.parent.tr(text)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str, yes: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self.parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def text(self, title: str, label: str, value: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        answer, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, value)
        return answer if ok else None

    def save_path(self, title: str, suggested: str, file_filter: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return path

    def open_path(self, title: str, file_filter: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return path

    def run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted
