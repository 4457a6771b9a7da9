"""Windows open inside the screen's free area, as on a 1366x768 library computer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handbook.gui.shared.screen_fit import resize_to_fit


def test_a_window_placed_partly_below_the_screen_is_moved_up_when_shown(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    resize_to_fit(window, 400, 300)
    area = window.screen().availableGeometry()
    window.move(area.left() + 10, area.bottom() - 100)  # as if centred over a taller window
    window.show()
    qtbot.waitUntil(lambda: window.frameGeometry().bottom() <= area.bottom())
    assert window.frameGeometry().top() >= area.top() and window.frameGeometry().left() == area.left() + 10
