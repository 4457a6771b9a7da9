"""Opening meeting mode and the log entry after it, for the planner and for ``handbook meeting``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from handbook.core.circle.store import CircleLogStore, default_circle_log_path
from handbook.core.content.model import Pack
from handbook.core.planning.plans import Meeting
from handbook.gui.meeting.log_dialog import LogDialog
from handbook.gui.meeting.meeting_window import MeetingWindow


def log_path(data_root: Path, profile_folder: str) -> Path:
    return default_circle_log_path(data_root, profile_folder)


def open_log_dialog(store: CircleLogStore, meeting: Meeting, parent: QWidget | None = None) -> LogDialog:
    """'How did it go?' for one meeting, shown (not modal, so meeting mode can close behind it)."""
    dialog = LogDialog(store, meeting.number, meeting.heading, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def run_meeting_mode(path: Path, pack: Pack, meeting: Meeting, parent: QWidget | None = None) -> MeetingWindow:
    """Meeting mode full screen; leaving a meeting that was started opens its log entry (``path``: the log's file)."""
    window = MeetingWindow(meeting, pack, parent=parent)
    dialogs: list[LogDialog] = []  # kept alive: a dialog without a parent would be collected at once

    def ended(_week: int) -> None:
        dialogs.append(open_log_dialog(CircleLogStore(path, meeting.count), meeting, parent))

    window.ended.connect(ended)
    window.dialogs = dialogs  # type: ignore[attr-defined]
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    return window
