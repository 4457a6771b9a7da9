"""The search panel: a field whose results show as you type, grouped by kind, keyboard first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from handbook.core.search import SearchHit
from handbook.gui.search_results import SearchResults

DEBOUNCE_MS = 150
RESULT_LIMIT = 50

Searcher = Callable[[str], list[SearchHit]]


class SearchPanel(QWidget):
    """Knows nothing of the index: it is handed a ``searcher`` (query -> hits) when one is ready."""

    hitChosen = Signal(object, str)  # SearchHit, the query it answered
    dismissed = Signal()  # Esc in an empty field: back to the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.searcher: Searcher | None = None
        self.status_text = ""
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search the handbook"))
        self.field.setPlaceholderText(self.tr("Search lessons, activities, plans..."))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))
        self.results = SearchResults()
        self.results.hitActivated.connect(lambda hit: self.hitChosen.emit(hit, self.field.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self._show_status()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_searcher(self, searcher: Searcher | None) -> None:
        self.searcher = searcher
        self.run_search()

    def set_status(self, text: str) -> None:
        """A note on the index (building, failed) shown above the results; "" when all is well."""
        self.status_text = text
        self._show_status()

    def run_search(self) -> None:
        self.timer.stop()
        query = self.field.text()
        hits = self.searcher(query) if self.searcher is not None and query.strip() else []
        self.results.set_hits(hits)
        self._show_status()

    def _show_status(self) -> None:
        parts = [self.status_text] if self.status_text else []
        query = self.field.text().strip()
        if query and self.searcher is not None:
            count = len(self.results.hits())
            if count == 0:
                parts.append(self.tr("Nothing found. Try fewer or shorter words."))
            elif count >= RESULT_LIMIT:
                parts.append(self.tr("The best {count} results.").format(count=count))
            else:
                parts.append(self.tr("{count} result(s).").format(count=count))
        elif not self.status_text:
            parts.append(self.tr('Type a few words. Use "quotes" for an exact phrase.'))
        self.status.setText(" ".join(parts))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self.timer.isActive():
                    self.run_search()
                self.results.move_selection(+1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.move_selection(+5 if key == Qt.Key.Key_PageDown else -5)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_search()
                self.results.activate_current()
                return True
            if key == Qt.Key.Key_Escape:
                if self.field.text():
                    self.field.clear()
                else:
                    self.dismissed.emit()
                return True
        return super().eventFilter(watched, event)
