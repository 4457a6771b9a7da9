"""Every action of the whole app has its own keys: a shared shortcut makes Qt fire neither."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
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

    from handbook.gui.planner.planning_menu import PlanningMenu
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


def bindings(window: QWidget) -> dict[tuple[str, str], list[str]]:
    """Every key sequence bound in ``window`` or a window it owns, by (window, keys): who answers it, once per binding.

    One action holding the same keys twice counts twice: Qt then finds two matches for one key press, logs
    "Ambiguous shortcut overload" and does nothing.
    """
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        owner = action.parent()
        if not isinstance(owner, QWidget):
            continue
        context = (
            "application"
            if action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
            else owner.window().objectName()
        )
        for keys in action.shortcuts():
            if not keys.isEmpty():
                found[(context, keys.toString())].append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        widget = shortcut.parentWidget()
        scope = (
            widget.objectName()
            if shortcut.context() == Qt.ShortcutContext.WidgetShortcut
            else widget.window().objectName()
        )
        found[(scope, shortcut.key().toString())].append(f"QShortcut in {widget.objectName()}")
    return found


def test_no_key_sequence_is_bound_twice_in_one_window(qtbot: QtBot, tmp_path: Path) -> None:
    """The real window with everything added after the first paint, the planner and the library built too."""
    from handbook.gui.planner.planning_menu import PlanningMenu

    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    assert session.progress is not None
    session.progress.attach_ui()
    start_search(session)
    try:
        tools = next(child for child in window.children() if isinstance(child, PlanningMenu)).tools
        others = [tools.open_planner(), tools.open_library()]
        for top in (window, *others):
            found = bindings(top)
            twice = {keys: owners for keys, owners in found.items() if len(owners) > 1}
            assert twice == {}, top.objectName()
        quit_keys = window.actions_by_name["quit"].shortcuts()
        about_keys = window.actions_by_name["about"].shortcuts()
        assert QKeySequence("Ctrl+Q") in quit_keys and QKeySequence("F1") in about_keys
        for other in others:
            other.close()
    finally:
        assert session.search is not None
        session.search.shutdown()
        session.progress.shutdown()
