"""The Packs window's "Check for updates" button, and the updates window it opens over the Packs window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from handbook.core.packs.feed_update import Installed
from handbook.gui.packs.feed_updates import UpdatesDialog

if TYPE_CHECKING:
    from handbook.gui.packs.packs_window import PacksWindow

UPDATES_KEY = "Ctrl+U"


def add_updates_button(window: PacksWindow) -> QPushButton:
    """Put "Check for updates" beside the Packs window's other buttons (packs_window.py is at its size limit)."""
    text = QCoreApplication.translate("UpdatesDialog", "Check for &updates…")
    key = QKeySequence(UPDATES_KEY)
    button = QPushButton(text)
    button.setObjectName("updatesButton")
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setShortcut(key)
    button.setToolTip(f"{text.replace('&', '')} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: open_updates(window))
    remove = window.buttons["remove"]
    row = _row_of(window.layout(), remove)
    row.insertWidget(row.indexOf(remove) + 1, button)
    window.buttons["updates"] = button
    return button


def _row_of(layout: object, widget: QWidget) -> QBoxLayout:
    assert isinstance(layout, QBoxLayout)
    for index in range(layout.count()):
        row = layout.itemAt(index).layout()
        if isinstance(row, QBoxLayout) and row.indexOf(widget) >= 0:
            return row
    raise LookupError("the Packs window's row of buttons")


def open_updates(window: PacksWindow) -> UpdatesDialog:
    """The feeds and what they offer, over the Packs window, which shows what gets installed."""
    info = window.bundled_info()[0]  # a feed may have a newer version of the built-in course too
    dialog = UpdatesDialog(window.library, window.settings, Installed(info.id, info.version, info.title), window)
    dialog.packsChanged.connect(lambda: (window.refresh(), window.packsChanged.emit()))
    dialog.activePackChanged.connect(window.activePackChanged)
    dialog.show_and_check()
    return dialog
