"""Tools > Packs: the menu entry that opens the Packs window; its modules load only when it is used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from handbook.core.settings import Settings
from handbook.gui.shared.message import MessageBridge

if TYPE_CHECKING:
    from handbook.gui.packs.packs_window import PacksWindow
    from handbook.gui.reader.main_window import MainWindow

BeforeUpdate = Callable[[str], None]
SHORTCUT = "Ctrl+Shift+K"


def show_active_pack(window: MainWindow, data_dir: Path, settings: Settings, messages: MessageBridge) -> None:
    """Load the active pack (or the bundled one) and show it from its first page."""
    from handbook.core.packs.active import load_active_pack

    active = load_active_pack(data_dir, settings)
    window.history.clear()
    window.future.clear()
    window.current = None
    window.set_pack(active.pack)
    window.open_path(window.first_page_path(), record=False)
    if active.note:
        messages.info(active.note, 20_000)


def add_packs_action(
    window: MainWindow,
    data_dir: Path,
    settings: Settings,
    before_update: BeforeUpdate | None = None,
    messages: MessageBridge | None = None,
) -> QAction:
    """``before_update(pack_id)`` runs before an installed pack's content changes (the progress backup)."""
    opened: list[PacksWindow] = []
    bridge = messages or MessageBridge.for_window(window)

    def open_packs() -> None:
        if not opened:
            from handbook.core.packs.library import PackLibrary
            from handbook.gui.packs.packs_window import PacksWindow
            from handbook.gui.packs.updates_button import add_updates_button

            packs = PacksWindow(PackLibrary(data_dir, before_update=before_update), settings, window)
            add_updates_button(packs)
            packs.activePackChanged.connect(lambda: show_active_pack(window, data_dir, settings, bridge))
            opened.append(packs)
        opened[0].refresh()
        opened[0].show()
        opened[0].raise_()
        opened[0].activateWindow()

    action = window.add_action(
        "packs", QCoreApplication.translate("packs_action", "Pac&ks…"), open_packs, SHORTCUT, menu=window.tools_menu
    )
    tip = QCoreApplication.translate("packs_action", "Install, update and choose course packs ({keys})")
    action.setToolTip(tip.format(keys=SHORTCUT))
    return action
