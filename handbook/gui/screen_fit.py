"""Windows open no larger than the screen they are on: library computers often have 1366x768 or less."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the taskbar, the title bar and the window frame, which availableGeometry() may not count.
_FRAME_W, _FRAME_H = 16, 48


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to fit the available screen area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = max(min(width, area.width() - _FRAME_W), 1)
        height = max(min(height, area.height() - _FRAME_H), 1)
    widget.resize(width, height)
