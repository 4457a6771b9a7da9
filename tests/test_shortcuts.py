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
