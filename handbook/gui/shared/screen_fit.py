"""Windows open no larger than the screen they are on: library computers often have 1366x768 or less."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
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
    if widget.isWindow() and widget.findChild(_KeepOnScreen) is None:
        _KeepOnScreen(widget)


def move_onto_screen(widget: QWidget) -> None:
    """Move a window whose frame reaches past the screen's free area (below it, or off a side) back inside."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area, frame = screen.availableGeometry(), widget.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)


class _KeepOnScreen(QObject):
    """Each time the window is shown, once placed (a turn later), it is moved inside the screen if it is not.

    A window centred over a taller one, or a size saved on a bigger screen, opened partly below a 1366x768
    screen in a user test, hiding its buttons.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            QTimer.singleShot(0, self, lambda: move_onto_screen(watched))
        return False
