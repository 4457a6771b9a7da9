"""The list of search results: grouped by kind, each with its title and a highlighted snippet."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from handbook.core.search.index import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class _RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title, snippet with the matched words in bold), wrapped to the width."""

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(80, option.rect.width()))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else None
        if style is not None and not index.data(HEADER_ROLE):
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        document = self._document(options, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorGroup.Active, role))
        painter.save()
        painter.translate(options.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        view = options.widget
        if isinstance(view, QListView):
            options.rect.setWidth(view.viewport().width())
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class SearchResults(QListWidget):
    """Hits under a heading per kind. Up/Down skip the headings; Enter or a click opens a hit."""

    hitActivated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.setItemDelegate(_RichTextDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)

    def group_label(self, kind: str, count: int) -> str:
        labels = {
            "lesson": self.tr("Lessons"),
            "module": self.tr("Module introductions"),
            "activity": self.tr("Activities"),
            "plan": self.tr("Session plans"),
            "form": self.tr("Forms"),
            "note": self.tr("Your notes"),
        }
        return f"{labels.get(kind, kind)} ({count})"

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        """Show ``hits`` grouped by kind; a group comes where its best hit ranks."""
        self.clear()
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        for kind, group in groups.items():
            header = QListWidgetItem()
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(HEADER_ROLE, True)
            header.setData(
                HTML_ROLE, f'<p style="margin-top:6px"><b>{html.escape(self.group_label(kind, len(group)))}</b></p>'
            )
            header.setData(Qt.ItemDataRole.AccessibleTextRole, self.group_label(kind, len(group)))
            self.addItem(header)
            for hit in group:
                item = QListWidgetItem()
                item.setData(HIT_ROLE, hit)
                item.setData(HTML_ROLE, f"<b>{html.escape(hit.title)}</b><br/>{hit.snippet_html}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}: {hit.snippet_text}")
                item.setToolTip(hit.path)
                self.addItem(item)

    def hits(self) -> list[SearchHit]:
        return [hit for row in range(self.count()) if isinstance(hit := self.item(row).data(HIT_ROLE), SearchHit)]

    def current_hit(self) -> SearchHit | None:
        item = self.currentItem()
        hit = item.data(HIT_ROLE) if item is not None and item.isSelected() else None
        return hit if isinstance(hit, SearchHit) else None

    def move_selection(self, step: int) -> None:
        """Select the next (or previous) hit, skipping headings; stops at either end."""
        rows = [row for row in range(self.count()) if isinstance(self.item(row).data(HIT_ROLE), SearchHit)]
        if not rows:
            return
        current = self.currentRow() if self.current_hit() is not None else -1
        if current < 0:
            target = rows[0] if step > 0 else rows[-1]
        else:
            position = rows.index(current) + step
            target = rows[max(0, min(len(rows) - 1, position))]
        self.setCurrentRow(target)
        self.scrollToItem(self.item(target))

    def activate_current(self) -> bool:
        """Open the selected hit, or the first if none is selected; False if there are none."""
        hit = self.current_hit()
        if hit is None:
            hits = self.hits()
            hit = hits[0] if hits else None
        if hit is None:
            return False
        self.hitActivated.emit(hit)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_selection(+1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_current()
        else:
            super().keyPressEvent(event)

    def _on_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hitActivated.emit(hit)
