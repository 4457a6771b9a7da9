"""The Backups dialog: a profile's backups, newest first; make one now or restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from handbook.core.progress.backup import Backup

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    restoreRequested = Signal(object)  # Backup
    backupRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("backupsList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        row.addWidget(self.list, 1)
        column = QVBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button.clicked.connect(self._on_restore)
        self.backup_button.clicked.connect(self.backupRequested)
        column.addWidget(self.restore_button)
        column.addWidget(self.backup_button)
        column.addStretch(1)
        row.addLayout(column)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._backups: dict[str, Backup] = {}
        self.resize(520, 360)

    def set_backups(self, profile_name: str, folder: Path, backups: list[Backup]) -> None:
        self.intro.setText(
            self.tr(
                "Handbook backs up the progress of <b>{name}</b> when it starts and closes, every half hour "
                "while you work, and before an import or a course update. Older backups are thinned out.<br/>"
                "Folder: {folder}"
            ).format(name=_escape(profile_name), folder=_escape(str(folder)))
        )
        self.list.clear()
        self._backups = {}
        for backup in backups:
            item = QListWidgetItem(backup.label)
            item.setData(PATH_ROLE, str(backup.path))
            item.setToolTip(str(backup.path))
            self._backups[str(backup.path)] = backup
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No backups yet."))
        self._update_buttons()

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        return self._backups.get(str(item.data(PATH_ROLE))) if item is not None else None

    def _on_restore(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.restoreRequested.emit(backup)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
