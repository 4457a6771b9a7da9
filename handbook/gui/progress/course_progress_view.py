"""Progress shown around the reader: marks and bars in the course tree, the course bar and profile in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QProgressBar, QStatusBar, QStyledItemDelegate, QToolButton, QTreeView

from handbook.core.content.model import Pack
from handbook.gui.reader.sidebar import CourseTree
from handbook.gui.shared.theme import page_colours, theme_of

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from handbook.core.progress.record import Records

DONE_COLUMN = 2
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 20  # (done, total) on module rows
MARKS = {"done": "\u2713", "in-progress": "\u25d0"}  # by status


class ModuleBarDelegate(QStyledItemDelegate):
    """Draws a module row's lessons done as a slim bar with "done/total" beside it."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)  # background and selection
        counts = index.data(COUNTS_ROLE)
        if not counts:
            return
        done, total = counts
        rect: QRect = option.rect
        metrics = option.fontMetrics
        text = f"{done}/{total}"
        text_width = metrics.horizontalAdvance("00/00")
        bar = QRect(rect.left() + 4, rect.center().y() - 3, max(8, rect.width() - text_width - 14), 7)
        view = option.widget
        selected = isinstance(view, QTreeView) and view.selectionModel().isRowSelected(index.row(), index.parent())
        palette = option.palette
        # The theme's colours (its outline and "good" lines are checked at 3:1 on the page): seen in dark and
        # high contrast too; on the selected row, the selection's text colour.
        colours = page_colours(palette, theme_of(palette))
        outline = palette.highlightedText().color() if selected else QColor(colours["border"])
        fill = palette.highlightedText().color() if selected else QColor(colours["border_good"])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 3, 3)
        if done and total:
            filled = QRect(bar.left(), bar.top(), max(4, round(bar.width() * done / total)), bar.height())
            painter.setBrush(fill)
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen((palette.highlightedText() if selected else palette.text()).color())
        text_rect = QRect(bar.right() + 4, rect.top(), rect.right() - bar.right() - 6, rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()


class CourseProgressView(QObject):
    """Keeps the tree's Done column and the status bar in step with a profile's records."""

    profileClicked = Signal()

    def __init__(self, tree: CourseTree, status_bar: QStatusBar) -> None:
        super().__init__(tree)
        self.tree = tree
        self.delegate = ModuleBarDelegate(tree)
        self.profile_button = QToolButton()
        self.profile_button.setObjectName("profileButton")
        self.profile_button.setAutoRaise(True)
        self.profile_button.setAccessibleName(self.tr("Profile"))
        self.profile_button.clicked.connect(self.profileClicked)
        self.course_bar = QProgressBar()
        self.course_bar.setObjectName("courseProgress")
        self.course_bar.setAccessibleName(self.tr("Lessons done in the course"))
        self.course_bar.setMaximumWidth(220)
        status_bar.addPermanentWidget(self.course_bar)
        status_bar.addPermanentWidget(self.profile_button)

    def _prepare_tree(self) -> None:
        """The tree rebuilds its items when a pack is set; add the Done column (again) if needed."""
        if self.tree.columnCount() == DONE_COLUMN + 1:
            return
        self.tree.setColumnCount(DONE_COLUMN + 1)
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Min"), self.tr("Done")])
        header = self.tree.headerItem()
        header.setToolTip(1, self.tr("Suggested minutes"))
        header.setToolTip(2, self.tr("Lessons done; a half circle means started, a tick means done"))
        self.tree.setItemDelegateForColumn(DONE_COLUMN, self.delegate)
        header = self.tree.header()
        header.setSectionResizeMode(DONE_COLUMN, header.ResizeMode.Fixed)
        header.resizeSection(DONE_COLUMN, 78)
        current = self.tree.currentIndex()
        if current.isValid():  # a row selected before the column existed: select all of it
            flags = QItemSelectionModel.SelectionFlag
            self.tree.selectionModel().select(current, flags.ClearAndSelect | flags.Rows)

    def update_progress(self, pack: Pack, records: Records | None, profile_name: str) -> None:
        from handbook.core.progress.record import DONE, IN_PROGRESS, lesson_record, module_counts

        self._prepare_tree()
        records = records or {}
        counts = module_counts(pack, records)
        for module in pack.modules:
            item = self.tree.item_for(module.path)
            if item is not None:
                done, total = counts[module.id]
                item.setData(DONE_COLUMN, COUNTS_ROLE, (done, total))
                said = self.tr("{done} of {total} lessons done").format(done=done, total=total)
                item.setToolTip(DONE_COLUMN, said)
                item.setData(DONE_COLUMN, Qt.ItemDataRole.AccessibleTextRole, said)  # the bar alone says nothing
            for lesson in module.lessons:
                child = self.tree.item_for(lesson.path)
                if child is None:
                    continue
                status = lesson_record(pack, lesson, records).status
                child.setText(DONE_COLUMN, MARKS.get(status, ""))
                child.setTextAlignment(DONE_COLUMN, Qt.AlignmentFlag.AlignCenter)
                label = {DONE: self.tr("Done"), IN_PROGRESS: self.tr("In progress")}.get(status, self.tr("Not started"))
                child.setToolTip(DONE_COLUMN, label)
                child.setData(DONE_COLUMN, Qt.ItemDataRole.AccessibleTextRole, label)
        done = sum(pair[0] for pair in counts.values())
        total = sum(pair[1] for pair in counts.values())
        self.course_bar.setRange(0, max(1, total))
        self.course_bar.setValue(done)
        self.course_bar.setFormat(self.tr("%v of %m lessons done") if total else self.tr("No lessons"))
        self.course_bar.setVisible(bool(profile_name))
        label = (
            self.tr("Profile: {name}").format(name=profile_name)
            if profile_name
            else self.tr("No profile: progress is not kept")
        )
        self.profile_button.setText(label)
        self.profile_button.setAccessibleName(label)  # whose progress this is, as a sighted person reads it
