"""A panel listing the problems found in the pack, so the user sees what could not be loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from handbook.core.errors import Problem


class ProblemsPanel(QDockWidget):
    problemChosen = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # made when there are problems to show: see gui/reader/main_window

        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.setWindowTitle(self.tr("Problems in this content"))
        self.hint = QLabel(self.tr("Double-click a problem, or select it and press Enter, to open its page."))
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems in this content"))
        # Long messages wrap instead of running off to the right.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._on_item)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        self.setWidget(body)
        self._problems: list[Problem] = []

    def fitting_height(self, most_rows: int = 5) -> int:
        """A height that shows up to ``most_rows`` problems of two lines each, not more."""
        rows = min(max(len(self._problems), 1), most_rows)
        line = self.list.fontMetrics().lineSpacing()
        title = self.fontMetrics().lineSpacing() + 8
        return title + self.hint.sizeHint().height() + rows * (2 * line + 6) + 16

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
