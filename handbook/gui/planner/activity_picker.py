"""A small dialog to pick one activity of the pack, with a text filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.activities import ActivityFilter, filter_activities
from handbook.core.content.model import Activity
from handbook.gui.shared.core_labels import kind_label

ID_ROLE = Qt.ItemDataRole.UserRole


class ActivityPicker(QDialog):
    def __init__(self, activities: list[Activity], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPicker")
        self.setWindowTitle(title)
        self.activities = activities
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter by title, text or tag"))
        self.filter.setAccessibleName(self.tr("Filter activities"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Activities"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._refill)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.resize(460, 520)
        self._refill()

    def _refill(self) -> None:
        self.list.clear()
        for activity in filter_activities(self.activities, ActivityFilter(text=self.filter.text()), sort="kind"):
            label = f"{activity.title}  ·  {kind_label(activity.kind)}, {activity.minutes_label} min"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, activity.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0 if self.list.count() else -1)
        self.ok.setEnabled(self.list.count() > 0)

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None
