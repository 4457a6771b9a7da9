"""The sidebar: the course tree and the lists of activities, session plans and forms."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from handbook.core.content.model import Module, Pack, Page
from handbook.gui.shared.first_paint import call_after_first_paint

# Qt's roles and flags as the numbers these calls take: naming Qt's own enums (Qt.X) before the first
# paint would build all of them, about 15 ms of start-up (see ReaderView._add_caret).
PATH_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
RIGHT_ALIGNED = 0x0002  # Qt.AlignmentFlag.AlignRight
WORD_WRAP = 0x1000  # Qt.TextFlag.TextWordWrap


class TitleDelegate(QStyledItemDelegate):
    """Measures a title for the width it is drawn in (the column less the row's indentation), so it wraps whole."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return hint
        depth, parent = (1 if view.rootIsDecorated() else 0), index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = view.columnWidth(0) - depth * view.indentation() - 6  # 3 pixels of margin each side of the text
        text = str(index.data() or "")  # the text shown (DisplayRole)
        if width <= 40 or not text:
            return hint
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), WORD_WRAP, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + hint.height() - option.fontMetrics.height()))


class CourseTree(QTreeWidget):
    """Modules and their lessons, with suggested minutes.

    A module's lesson rows are made when first needed (the module opened, a lesson shown or asked
    for) and all of them once the window has painted: a 2,000-lesson pack's rows cost start-up time.
    """

    pageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseTree")
        self.setAccessibleName(self.tr("Course contents"))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Lesson"), self.tr("Min")])
        self.headerItem().setToolTip(1, self.tr("Suggested minutes"))
        # A long title wraps onto a second line instead of being cut off; its tooltip shows it whole too.
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegateForColumn(0, TitleDelegate(self))
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._unfilled: dict[str, tuple[QTreeWidgetItem, Module]] = {}  # module path -> its row, no lessons yet
        self._module_of: dict[str, str] = {}  # lesson path -> module path, for the lessons not yet made
        self.itemExpanded.connect(lambda item: self._fill(str(item.data(0, PATH_ROLE))))
        # Rows are measured for the width the title column has now: measure again when it changes.
        self.header().sectionResized.connect(lambda index, _old, _new: index == 0 and self.scheduleDelayedItemsLayout())

    def set_pack(self, pack: Pack) -> None:
        self.clear()
        self._items.clear()
        self._unfilled.clear()
        self._module_of.clear()
        for number, module in enumerate(pack.modules, start=1):
            top = QTreeWidgetItem([f"{number}. {module.title}", str(module.minutes)])
            top.setData(0, PATH_ROLE, module.path)
            top.setToolTip(0, f"{module.title}\n\n{module.summary}" if module.summary else module.title)
            self._items[module.path] = top
            if module.lessons:
                top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                self._unfilled[module.path] = (top, module)
                self._module_of.update(dict.fromkeys((lesson.path for lesson in module.lessons), module.path))
            top.setData(1, ALIGNMENT_ROLE, RIGHT_ALIGNED)
            self.addTopLevelItem(top)
        self.resizeColumnToContents(1)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        call_after_first_paint(self.viewport(), self._after_first_paint)

    def _after_first_paint(self) -> None:
        from PySide6.QtCore import Qt

        # A title too long even when wrapped is cut at the row's end, not in the middle with "...".
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.fill_all()

    def _fill(self, module_path: str) -> None:
        """Make the lesson rows of one module, if not made yet."""
        entry = self._unfilled.pop(module_path, None)
        if entry is None:
            return
        top, module = entry
        children = []
        for lesson in module.lessons:
            child = QTreeWidgetItem([lesson.title, str(lesson.minutes)])
            child.setData(0, PATH_ROLE, lesson.path)
            child.setToolTip(0, lesson.title)
            child.setData(1, ALIGNMENT_ROLE, RIGHT_ALIGNED)
            self._items[lesson.path] = child
            self._module_of.pop(lesson.path, None)
            children.append(child)
        top.addChildren(children)
        top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def fill_all(self) -> None:
        """Make every lesson row not made yet."""
        for module_path in list(self._unfilled):
            self._fill(module_path)

    def item_for(self, path: str) -> QTreeWidgetItem | None:
        if path in self._module_of:
            self._fill(self._module_of[path])
        return self._items.get(path)

    def select_path(self, path: str) -> None:
        item = self.item_for(path)
        if item is None:
            self.clearSelection()  # a plan or form is open: no lesson is "current"
            return
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.pageChosen.emit(path)


class PageList(QListWidget):
    """A flat list of pages: activities, plans or forms."""

    pageChosen = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)

    def set_pages(self, pages: list[tuple[str, Page]]) -> None:
        self.clear()
        for label, page in pages:
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, page.path)
            self.addItem(item)

    def select_path(self, path: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(PATH_ROLE) == path:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return
        self.clearSelection()

    def _on_item(self, item: QListWidgetItem) -> None:
        self.pageChosen.emit(item.data(PATH_ROLE))


class Sidebar(QTabWidget):
    """Tabs for the course, the activity library, the session plans and the forms."""

    pageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.course = CourseTree()
        self.activities = PageList(self.tr("Activities"))
        self.plans = PageList(self.tr("Session plans"))
        self.forms = PageList(self.tr("Forms"))
        self.addTab(self.course, self.tr("&Course"))
        self.addTab(self.activities, self.tr("&Activities"))
        self.addTab(self.plans, self.tr("&Plans"))
        self.addTab(self.forms, self.tr("Fo&rms"))
        for widget in (self.course, self.activities, self.plans, self.forms):
            widget.pageChosen.connect(self.pageChosen)

    def set_pack(self, pack: Pack) -> None:
        self.course.set_pack(pack)
        activities = sorted(pack.activities, key=lambda a: (a.kind, a.title.lower()))
        self.activities.set_pages([(f"{a.title}  ({a.minutes_label} min)", a) for a in activities])
        self.plans.set_pages([(p.title, p) for p in pack.plans])
        self.forms.set_pages([(f.title, f) for f in pack.forms])

    def select_path(self, path: str) -> None:
        self.course.select_path(path)
        for page_list in (self.activities, self.plans, self.forms):
            page_list.select_path(path)

    def focus_tab(self, index: int) -> None:
        self.setCurrentIndex(index)
        widget = self.currentWidget()
        if widget is not None:
            widget.setFocus()
