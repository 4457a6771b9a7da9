"""Menu actions for the session planner, the activity library and printing.

Only these actions exist at start-up; the first one used loads the tools behind them
(planner_tools.py), so the app starts as fast as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from handbook.core.settings import Settings

if TYPE_CHECKING:
    from handbook.gui.planner.planner_tools import PlanningTools
    from handbook.gui.reader.main_window import MainWindow
    from handbook.gui.shared.message import MessageBridge


class PlanningMenu(QObject):
    def __init__(
        self,
        window: MainWindow,
        profile_dir: Path,
        settings: Settings,
        style_sheet: str = "",
        messages: MessageBridge | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.profile_dir = profile_dir
        self.settings = settings
        self.style_sheet = style_sheet
        self._tools: PlanningTools | None = None
        planner = self._action(
            "openPlanner", self.tr("Session &planner"), lambda: self.tools.open_planner(), "Ctrl+Shift+L"
        )
        library = self._action(
            "openLibrary", self.tr("&Activity library"), lambda: self.tools.open_library(), "Ctrl+Shift+A"
        )
        window.tools_menu.addAction(planner)
        window.tools_menu.addAction(library)
        print_plan = self._action(
            "printPlan", self.tr("Print this &week's plan..."), lambda: self.tools.print_current_plan(), "Ctrl+P"
        )
        print_any = self._action(
            "printOrExport", self.tr("Print or e&xport PDF..."), lambda: self.tools.open_print_dialog(), "Ctrl+Shift+P"
        )
        actions = window.file_menu.actions()
        quit_action = window.actions_by_name.get("quit")
        before = quit_action if quit_action in actions else (actions[0] if actions else None)
        window.file_menu.insertAction(before, print_plan)  # type: ignore[arg-type]
        window.file_menu.insertAction(before, print_any)  # type: ignore[arg-type]
        window.file_menu.insertSeparator(before)  # type: ignore[arg-type]
        window.circle_start = self.circle_start

    def circle_start(self) -> dt.time | None:
        """When the circle meets, if its details are set: plans in the reader show its clock times."""
        details = self.tools.store.details
        return details.start_time if details is not None else None

    def _action(self, name: str, text: str, slot: Callable[[], object], key: str) -> QAction:
        return self.window.add_action(name, text, slot, key)

    def set_profile_dir(self, profile_dir: Path) -> None:
        """Another profile is open: its circle details and plans are used from now on."""
        if profile_dir == self.profile_dir:
            return
        self.profile_dir = profile_dir
        if self._tools is not None:
            self._tools.set_profile_dir(profile_dir)

    @property
    def tools(self) -> PlanningTools:
        if self._tools is None:
            from handbook.gui.planner.planner_tools import PlanningTools

            self._tools = PlanningTools(self.window, self.profile_dir, self.settings, self.style_sheet, self.messages)
        return self._tools


def install_planning_tools(
    window: MainWindow,
    profile_dir: Path,
    settings: Settings,
    style_sheet: str = "",
    messages: MessageBridge | None = None,
) -> PlanningMenu:
    """Add the planner, library and print actions to ``window``; the rest loads when first used.

    The planner's edits are kept in ``profile_dir`` (one profile's folder in the data dir).
    """
    return PlanningMenu(window, profile_dir, settings, style_sheet, messages)
