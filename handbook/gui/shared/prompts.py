"""The one way Handbook asks a person something (a name, a file, a yes or no) or tells them in a dialog.

Logic objects reach it through the message bridge (``gui.message``); windows that ask about their
own work (the Packs window, the planner) put their wording on top of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class Prompts:
    """Modal questions and messages over ``parent``. Tests swap in an object with the same methods."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def tr(self, text: str) -> str:
        return self.parent.tr(text)

    def web_page_question(self, url: str) -> QMessageBox:
        """Open or Cancel (the default) before a link leaves the computer; the caller runs it (tests look first)."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from handbook.gui.shared.accessibility import name_message_icon

        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Prompts", "Open a web page?"),
            QCoreApplication.translate(
                "Prompts",
                "This link goes to a web page:\n\n{url}\n\nIt opens in your web browser and needs "
                "the internet. Open it?",
            ).format(url=url),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self.parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name_message_icon(box)
        return box

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str, yes: str, detail: str = "", *, default_yes: bool = False) -> bool:
        """Ask yes (a button saying what happens) or Cancel; Enter means Cancel unless ``default_yes``.

        ``detail`` is a longer text the person can fold out (a list of changes, say).
        """
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self.parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        if default_yes:
            box.setDefaultButton(accept)
        else:
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if detail:
            box.setDetailedText(detail)
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
