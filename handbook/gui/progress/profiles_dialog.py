"""The Profiles dialog: the facilitators who use this computer; open, make, rename or delete one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FOLDER_ROLE = Qt.ItemDataRole.UserRole


class ProfilesDialog(QDialog):
    """Lists profiles and asks for changes through signals; the owner does them and calls ``set_profiles``."""

    openRequested = Signal(str)  # folder
    createRequested = Signal()
    renameRequested = Signal(str)  # folder
    deleteRequested = Signal(str)  # folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Profiles"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Each person who trains on this computer has a profile with their own progress and notes.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("profilesList")
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.itemDoubleClicked.connect(lambda _item: self._emit(self.openRequested))
        self.list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        row.addWidget(self.list, 1)
        column = QVBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button, signal in (
            (self.open_button, self.openRequested),
            (self.rename_button, self.renameRequested),
            (self.delete_button, self.deleteRequested),
        ):
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
            column.addWidget(button)
        self.new_button.clicked.connect(self.createRequested)
        column.insertWidget(1, self.new_button)
        column.addStretch(1)
        row.addLayout(column)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._current = ""
        self.resize(460, 320)

    def set_profiles(self, profiles: list[tuple[str, str]], current: str) -> None:
        """``profiles`` as (folder, name); ``current`` is the open profile's folder."""
        selected = self.selected_folder() or current
        self._current = current
        self.list.clear()
        for folder, name in profiles:
            label = self.tr("{name} (open now)").format(name=name) if folder == current else name
            item = QListWidgetItem(label)
            item.setData(FOLDER_ROLE, folder)
            self.list.addItem(item)
            if folder == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected_folder(self) -> str:
        item = self.list.currentItem()
        return str(item.data(FOLDER_ROLE)) if item is not None else ""

    def select(self, folder: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(FOLDER_ROLE) == folder:
                self.list.setCurrentRow(row)

    def _emit(self, signal: SignalInstance) -> None:
        folder = self.selected_folder()
        if folder:
            signal.emit(folder)

    def _update_buttons(self) -> None:
        folder = self.selected_folder()
        is_current = bool(folder) and folder == self._current
        self.open_button.setEnabled(bool(folder) and not is_current)
        self.rename_button.setEnabled(bool(folder))
        self.delete_button.setEnabled(bool(folder) and not is_current)
        self.note.setText(
            self.tr("To delete the profile that is open now, open another one first.") if is_current else ""
        )
