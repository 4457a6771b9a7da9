"""A panel listing the problems found in the pack, so the user sees what could not be loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from handbook.core.errors import Problem


class ProblemsPanel(QDockWidget):
    problemChosen = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.setWindowTitle(self.tr("Problems in this content"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems in this content"))
        self.list.itemActivated.connect(self._on_item)
        self.setWidget(self.list)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem], root: Path | None = None) -> None:
        self._problems = list(problems)
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(problem.format(root))
            item.setToolTip(str(problem.path))
            self.list.addItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._problems):
            self.problemChosen.emit(self._problems[row])
