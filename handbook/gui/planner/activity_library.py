"""The activity library: filter, sort, read an activity, suggest one at random, add it to the plan."""

from __future__ import annotations

import random

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.activities import ActivityFilter, filter_activities, suggest
from handbook.core.content.model import ACTIVITY_KINDS, ENERGY_LEVELS, SETTINGS, Activity, Pack
from handbook.core.content.pages import render_page
from handbook.gui.reader.action_bar import ActionSpec, add_action_buttons
from handbook.gui.reader.reader import ReaderView
from handbook.gui.shared.core_labels import energy_label, kind_label
from handbook.gui.shared.screen_fit import resize_to_fit

ID_ROLE = Qt.ItemDataRole.UserRole
SORTS = (
    ("kind", QT_TRANSLATE_NOOP("ActivityLibrary", "Kind")),
    ("title", QT_TRANSLATE_NOOP("ActivityLibrary", "Title")),
    ("shortest", QT_TRANSLATE_NOOP("ActivityLibrary", "Shortest first")),
    ("longest", QT_TRANSLATE_NOOP("ActivityLibrary", "Longest first")),
    ("energy", QT_TRANSLATE_NOOP("ActivityLibrary", "Energy")),
)


class ActivityLibrary(QWidget):
    """Browses the pack's activities. Adding and printing are asked for through the signals."""

    addToPlanRequested = Signal(str)  # activity id
    cardsPrintRequested = Signal(list, int)  # activity ids, cards per page
    cardsSaveRequested = Signal(list, int)
    pageLinkActivated = Signal(str, str)  # a link in an activity's text

    def __init__(self, pack: Pack, style_sheet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("activityLibrary")
        self.setWindowTitle(self.tr("Activity library - Handbook"))
        self.pack = pack
        self.rng = random.Random()
        self.shown: list[Activity] = []

        self.kind = self._combo(
            self.tr("Kind"), [(None, self.tr("Any kind"))] + [(k, kind_label(k)) for k in ACTIVITY_KINDS]
        )
        self.minutes = self._spin(self.tr("Minutes available"), 0, 120, self.tr("Any time"), self.tr(" min or less"))
        self.group = self._spin(self.tr("Group size"), 0, 60, self.tr("Any size"), self.tr(" people"))
        setting_labels = {"in-person": self.tr("In person"), "online": self.tr("Online")}
        energy_labels = {
            "low": self.tr("Low energy"),
            "medium": self.tr("Medium energy"),
            "high": self.tr("High energy"),
        }
        self.setting = self._combo(
            self.tr("Setting"), [(None, self.tr("In person or online"))] + [(s, setting_labels[s]) for s in SETTINGS]
        )
        self.energy = self._combo(
            self.tr("Energy"), [(None, self.tr("Any energy"))] + [(e, energy_labels[e]) for e in ENERGY_LEVELS]
        )
        self.no_materials = QCheckBox(self.tr("Needs &no materials"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Words in the title, text or tags"))
        self.text.setAccessibleName(self.tr("Search text"))
        self.text.setClearButtonEnabled(True)
        self.sort = self._combo(self.tr("Sort by"), [(key, self.tr(str(label))) for key, label in SORTS])
        self.per_page = self._combo(
            self.tr("Cards per page"), [(4, self.tr("4 cards to a page")), (2, self.tr("2 cards to a page"))]
        )

        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.text)
        filters.addRow(self.tr("&Kind:"), self.kind)
        filters.addRow(self.tr("&Time:"), self.minutes)
        filters.addRow(self.tr("&Group:"), self.group)
        filters.addRow(self.tr("Sett&ing:"), self.setting)
        filters.addRow(self.tr("&Energy:"), self.energy)
        filters.addRow("", self.no_materials)
        filters.addRow(self.tr("S&ort:"), self.sort)

        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self.results = QTreeWidget()
        self.results.setObjectName("libraryResults")
        self.results.setAccessibleName(self.tr("Activities found"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels(
            [self.tr("Activity"), self.tr("Kind"), self.tr("Min"), self.tr("People"), self.tr("Energy")]
        )
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = ReaderView(style_sheet)
        self.detail.setAccessibleName(self.tr("The chosen activity"))
        self.detail.pageLinkActivated.connect(self.pageLinkActivated)

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        specs: list[ActionSpec] = [
            ("suggest", self.tr("Suggest &one"), "Ctrl+G", self.suggest_one),
            ("addToPlan", self.tr("&Add to plan"), "Ctrl+Return", self._add_to_plan),
            (
                "printCards",
                self.tr("&Print cards..."),
                "Ctrl+P",
                lambda: self.cardsPrintRequested.emit(self.card_ids(), self.cards_per_page()),
            ),
            (
                "saveCards",
                self.tr("Save cards as P&DF..."),
                "Ctrl+S",
                lambda: self.cardsSaveRequested.emit(self.card_ids(), self.cards_per_page()),
            ),
            ("close", self.tr("Close"), "Esc", self.close),
        ]
        add_action_buttons(self, specs, self.actions_by_name, buttons)
        buttons.addWidget(self.per_page)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.results, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 620])
        QVBoxLayout(self).addWidget(splitter)

        for combo in (self.kind, self.setting, self.energy, self.sort):
            combo.currentIndexChanged.connect(self.refresh)
        for spin in (self.minutes, self.group):
            spin.valueChanged.connect(self.refresh)
        self.no_materials.toggled.connect(self.refresh)
        self.text.textChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(self._show_current)
        self.results.itemSelectionChanged.connect(self._update_buttons)
        resize_to_fit(self, 1120, 740)
        self.refresh()

    def _combo(self, name: str, choices: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def _spin(self, name: str, low: int, high: int, any_text: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setAccessibleName(name)
        spin.setRange(low, high)
        spin.setSpecialValueText(any_text)  # shown at the lowest value, which means "no filter"
        spin.setSuffix(suffix)
        return spin

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.refresh()

    def current_filter(self) -> ActivityFilter:
        kind, energy = self.kind.currentData(), self.energy.currentData()
        return ActivityFilter(
            kinds=frozenset([kind]) if kind else frozenset(),
            minutes=self.minutes.value() or None,
            group_size=self.group.value() or None,
            setting=self.setting.currentData() or None,
            energy=frozenset([energy]) if energy else frozenset(),
            no_materials=self.no_materials.isChecked(),
            text=self.text.text(),
        )

    def refresh(self) -> None:
        """Filter and sort again, keeping the chosen activity when it is still in the list."""
        keep = self.current_id()
        self.shown = filter_activities(self.pack.activities, self.current_filter(), self.sort.currentData())
        self.results.blockSignals(True)
        self.results.clear()
        for activity in self.shown:
            low, high = activity.group
            item = QTreeWidgetItem(
                [activity.title, kind_label(activity.kind), activity.minutes_label,
                 f"{low}-{high}", energy_label(activity.energy)]
            )  # fmt: skip
            item.setData(0, ID_ROLE, activity.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(0, ", ".join(activity.materials) or self.tr("No materials needed"))
            self.results.addTopLevelItem(item)
        self.results.blockSignals(False)
        total = len(self.pack.activities)
        self.count.setText(self.tr("{shown} of {total} activities").format(shown=len(self.shown), total=total))
        ids = [a.id for a in self.shown]
        self.select(keep if keep in ids else (ids[0] if ids else None))

    def current_id(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, activity_id: str | None) -> None:
        for row in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == activity_id:
                self.results.setCurrentItem(item)
                self.results.scrollToItem(item)
                self._show_current()
                return
        self.detail.clear()
        self.detail.current_path = ""
        self._update_buttons()

    def _show_current(self) -> None:
        activity = self.pack.activity(self.current_id() or "")
        if activity is not None:
            self.detail.show_page(render_page(activity, self.pack).html, activity.path, self.pack.root)
        self._update_buttons()

    def suggest_one(self) -> Activity | None:
        """Pick an activity at random among those the filters let through."""
        picked = suggest(self.shown, self.rng, avoid=self.current_id())
        if picked is not None:
            self.select(picked.id)
        return picked

    def card_ids(self) -> list[str]:
        """The selected activities when several are selected, else every one in the list."""
        selected = [str(item.data(0, ID_ROLE)) for item in self.results.selectedItems()]
        return selected if len(selected) > 1 else [a.id for a in self.shown]

    def cards_per_page(self) -> int:
        return int(self.per_page.currentData())

    def _add_to_plan(self) -> None:
        activity_id = self.current_id()
        if activity_id:
            self.addToPlanRequested.emit(activity_id)

    def _update_buttons(self) -> None:
        has_current = self.current_id() is not None
        self.actions_by_name["addToPlan"].setEnabled(has_current)
        self.actions_by_name["suggest"].setEnabled(bool(self.shown))
        count = len(self.card_ids())
        for name in ("printCards", "saveCards"):
            self.actions_by_name[name].setEnabled(count > 0)
        text = self.tr("&Print 1 card...") if count == 1 else self.tr("&Print {n} cards...").format(n=count)
        self.actions_by_name["printCards"].setText(text)
