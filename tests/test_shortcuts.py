"""Every action of the whole app has its own keys: a shared shortcut makes Qt fire neither."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from handbook.app import build_session, start_search


def test_no_two_actions_share_a_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data")
    qtbot.addWidget(session.window)
    assert session.progress is not None
    session.progress.attach_ui()  # the progress menus, normally added after the first paint
    start_search(session)
    try:
        owners: dict[str, list[str]] = defaultdict(list)
        for action in session.window.findChildren(QAction):
            for keys in action.shortcuts():
                if not keys.isEmpty():
                    owners[keys.toString()].append(action.text().replace("&", ""))
        shared = {keys: names for keys, names in owners.items() if len(set(names)) > 1}
        assert shared == {}
        assert len(owners) > 30
    finally:
        assert session.search is not None
        session.search.shutdown()
        session.progress.shutdown()


def test_no_two_entries_of_a_menu_or_window_share_an_alt_letter(qtbot: QtBot, tmp_path: Path) -> None:
    """Alt+letter reaches one entry; with two, the first press only moves between them."""
    from PySide6.QtWidgets import QApplication, QMenu

    from handbook.gui.planning_menu import PlanningMenu
    from tests.test_translations import mnemonics, window_mnemonic_texts

    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    assert session.progress is not None
    session.progress.attach_ui()
    try:
        bar = [action.text() for action in window.menuBar().actions()]
        menus = window.findChildren(QMenu)
        assert len(menus) >= 6
        for menu in menus:
            texts = [action.text() for action in menu.actions() if not action.isSeparator()]
            assert mnemonics(texts) == {}, menu.title()
        assert mnemonics(bar + window_mnemonic_texts(window)) == {}
        tools = next(child for child in window.children() if isinstance(child, PlanningMenu)).tools
        planner = tools.open_planner()
        window.actions_by_name["packs"].trigger()
        packs = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "packsWindow" and w.isVisible())
        window.actions_by_name["printOrExport"].trigger()
        assert tools.print_dialog is not None
        for other in (planner, tools.open_library(), packs, tools.print_dialog):
            assert mnemonics(window_mnemonic_texts(other)) == {}, other.windowTitle()
            other.close()
            other.deleteLater()
    finally:
        session.progress.shutdown()
