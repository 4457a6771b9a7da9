"""The actions of progress in the window's menus and toolbar, each with a keyboard shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from handbook.gui.progress.progress_session import ProgressSession
    from handbook.gui.progress.reading_tracker import ReadingTracker


def _add(c: ProgressSession, menu: QMenu, name: str, text: str, slot: Callable[[], object], key: str) -> QAction:
    return c.window.add_action(name, text, slot, key, menu=menu)


def build_actions(c: ProgressSession, tracker: ReadingTracker) -> tuple[QAction, QAction]:
    """Add the actions of progress to the window's menus and toolbar; returns Mark as done and Try again."""
    win = c.window
    # Each call names its context, so lupdate files the string where the running app looks for it.
    translate = QCoreApplication.translate
    mark_done = _add(
        c,
        win.tools_menu,
        "markDone",
        translate("progress_actions", "&Mark lesson as done"),
        tracker.toggle_done,
        "Ctrl+D",
    )
    mark_done.setCheckable(True)
    retry = _add(
        c,
        win.tools_menu,
        "retryQuiz",
        translate("progress_actions", "&Try the self-check again"),
        tracker.retry_quiz,
        "Ctrl+Shift+R",
    )
    win.tools_menu.addSeparator()
    _add(c, win.tools_menu, "profiles", translate("progress_actions", "P&rofiles…"), c.show_profiles, "Ctrl+Shift+U")
    _add(c, win.tools_menu, "backups", translate("progress_actions", "&Backups…"), c.show_backups, "Ctrl+Shift+B")
    win.go_menu.addSeparator()
    _add(
        c,
        win.go_menu,
        "continue",
        translate("progress_actions", "Continue &where I left off"),
        c.continue_reading,
        "Ctrl+Shift+C",
    )
    _add(c, win.go_menu, "dashboard", translate("progress_actions", "&My progress"), c.show_dashboard, "Ctrl+Shift+D")
    _add(c, win.go_menu, "journal", translate("progress_actions", "&Journal"), c.show_journal, "Ctrl+Shift+J")
    assert c.notes is not None
    toggle_notes = c.notes.toggleViewAction()
    toggle_notes.setText(translate("progress_actions", "&Notes pane"))
    toggle_notes.setObjectName("toggleNotes")
    toggle_notes.setShortcut(QKeySequence("Ctrl+Shift+N"))
    win.view_menu.addAction(toggle_notes)
    win.actions_by_name["toggleNotes"] = toggle_notes
    files = QMenu(translate("progress_actions", "&Progress"), win.file_menu)
    files.setObjectName("progressFilesMenu")
    quit_action = win.actions_by_name.get("quit")
    if quit_action is not None:
        win.file_menu.insertMenu(quit_action, files)
        win.file_menu.insertSeparator(quit_action)
    else:
        win.file_menu.addMenu(files)
    _add(
        c,
        files,
        "exportProgress",
        translate("progress_actions", "&Export progress…"),
        lambda: c.files().export_progress(),
        "Ctrl+Shift+X",
    )
    _add(
        c,
        files,
        "importProgress",
        translate("progress_actions", "&Import progress…"),
        lambda: c.files().import_progress(),
        "Ctrl+Shift+I",
    )
    _add(
        c,
        files,
        "progressCsv",
        translate("progress_actions", "Summary for a &trainer (CSV)…"),
        lambda: c.files().export_csv(),
        "Ctrl+Shift+T",
    )
    _add(
        c,
        files,
        "certificate",
        translate("progress_actions", "Save &certificate (PDF)…"),
        lambda: c.files().save_certificate(),
        "Ctrl+Alt+C",
    )
    win.toolbar.addSeparator()
    win.toolbar.addAction(mark_done)
    return mark_done, retry
