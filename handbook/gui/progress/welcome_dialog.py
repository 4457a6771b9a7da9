"""The first-run welcome: asks the facilitator's name (or lets them pick an existing profile)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

FOLDER_ROLE = Qt.ItemDataRole.UserRole


class WelcomeDialog(QDialog):
    """``chosen_folder`` is set when an existing profile was picked, otherwise ``new_name``."""

    def __init__(self, existing: list[tuple[str, str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Handbook"))
        self.chosen_folder = ""
        self.new_name = ""
        existing = existing or []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<h2>Welcome</h2><p>Handbook keeps track of the lessons you have read, your self-check "
                "answers and your notes, so you can carry on next time, even over several weeks.</p>"
                "<p>Several people can use this computer: each has a profile of their own. Not ready to make "
                "one? <b>Continue as guest</b>: what you do is kept in the shared Guest profile, which anyone at "
                "this computer can carry on with.</p>"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("welcomeProfiles")
        self.list.setAccessibleName(self.tr("Existing profiles"))
        if existing:
            layout.addWidget(QLabel(self.tr("Pick your profile:")))
            for folder, name in existing:
                item = QListWidgetItem(name)
                item.setData(FOLDER_ROLE, folder)
                self.list.addItem(item)
            layout.addWidget(self.list)
            self.list.itemDoubleClicked.connect(lambda _item: self.accept())
            self.list.itemSelectionChanged.connect(self._on_pick)
        else:
            self.list.hide()
        label = QLabel(self.tr("Or start a new profile; type your name:") if existing else self.tr("Your &name:"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("welcomeName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Amina"))
        self.name_edit.setMaxLength(60)
        label.setBuddy(self.name_edit)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        self.error = QLabel()
        self.error.setObjectName("welcomeError")
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start"))
        guest = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        guest.setText(self.tr("Continue as &guest"))
        guest.setIcon(QIcon())  # not a "cancel" cross: it opens the Guest profile
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.textEdited.connect(lambda _text: self.list.clearSelection())
        self.name_edit.setFocus()
        self.resize(440, self.sizeHint().height())

    def _on_pick(self) -> None:
        if self.list.selectedItems():
            self.name_edit.clear()

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def accept(self) -> None:
        picked = self.list.selectedItems()
        if picked:
            self.chosen_folder = str(picked[0].data(FOLDER_ROLE))
            self.new_name = ""
        else:
            self.chosen_folder = ""
            self.new_name = " ".join(self.name_edit.text().split())
            if not self.new_name:
                self.show_error(self.tr("Type your name, or pick a profile."))
                return
        super().accept()
