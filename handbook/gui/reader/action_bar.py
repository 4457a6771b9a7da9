"""A row of tool buttons for a window's actions, each with a shortcut shown in its tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

ActionSpec = tuple[str, str, str, Callable[[], object]]  # name, text, keys, slot


def add_action_buttons(
    owner: QWidget, specs: Iterable[ActionSpec], registry: dict[str, QAction], layout: QHBoxLayout
) -> None:
    """Add each action to ``owner`` (so its keys work there) and to ``registry``; all but Close get a button."""
    for name, text, key, slot in specs:
        action = QAction(text, owner)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text.replace('&', '').rstrip('.')} ({key})")
        action.triggered.connect(slot)
        owner.addAction(action)
        registry[name] = action
        if name != "close":
            button = QToolButton()
            button.setDefaultAction(action)
            layout.addWidget(button)
