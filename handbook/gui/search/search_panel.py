"""The search panel: a field above the sidebar; its results take the sidebar's place while there is a query."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from handbook.core.search.index import SearchHit
from handbook.gui.search.search_results import SearchResults

DEBOUNCE_MS = 150
RESULT_LIMIT = 50

Searcher = Callable[[str], list[SearchHit]]


class SearchPanel(QWidget):
    """The field, and under it either ``browse`` (the sidebar) or the results.

    It knows nothing of the index: it is handed a ``searcher`` (query -> hits) once one is ready.
    """

    hitChosen = Signal(object, str)  # SearchHit, the query it answered
    dismissed = Signal()  # Esc in an empty field: back to the page

    def __init__(self, browse: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.searcher: Searcher | None = None
        self.status_text = ""
        self.last_announcement = ""  # the count of results a screen reader was last told
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search the handbook"))
        self.field.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.field.setToolTip(self.tr('Search lessons, activities, plans and forms. Use "quotes" for an exact phrase.'))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))
        self.results = SearchResults()
        self.results.hitActivated.connect(lambda hit: self.hitChosen.emit(hit, self.field.text()))

        self.results_page = QWidget()
        page_layout = QVBoxLayout(self.results_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.status)
        page_layout.addWidget(self.results, 1)
        self.browse = browse
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.results_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._on_text_changed)
        self._show_status()

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:  # cleared: the sidebar comes back at once
            self.run_search()

    def show_browse(self) -> None:
        """Show the sidebar again (the query stays in the field)."""
        self.stack.setCurrentWidget(self.browse)

    def showing_results(self) -> bool:
        return self.stack.currentWidget() is self.results_page

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.stack.setCurrentWidget(self.results_page)

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
        self.stack.setCurrentWidget(self.results_page if query.strip() else self.browse)
        self._show_status()

    def _show_status(self) -> None:
        parts = [self.status_text] if self.status_text else []
        query = self.field.text().strip()
        count_text = ""
        if query and self.searcher is not None:
            count = len(self.results.hits())
            if count == 0:
                count_text = self.tr("Nothing found for '{query}'. Try fewer or shorter words.")
            elif count >= RESULT_LIMIT:
                count_text = self.tr("The best {count} results for '{query}'.")
            elif count == 1:
                count_text = self.tr("1 result for '{query}'.")
            else:
                count_text = self.tr("{count} results for '{query}'.")
            count_text = count_text.format(count=count, query=query)
            parts.append(count_text)
        elif not self.status_text:
            parts.append(self.tr('Type a few words. Use "quotes" for an exact phrase.'))
        self.status.setText(" ".join(parts))
        if count_text and count_text != self.last_announcement:
            # Said as well as shown: someone typing in the field does not see the list change.
            self.last_announcement = count_text
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.field, count_text))

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
