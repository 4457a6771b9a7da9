"""Building a window with progress for GUI tests, and prompts that answer without a person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from handbook.app import build_session
from handbook.core.paths import DataDir
from handbook.core.progress.profiles import Profiles
from handbook.core.settings import Settings
from handbook.gui.progress.progress_controller import ProgressController
from handbook.gui.reader.main_window import MainWindow

WELCOME = "course/01-start/01-welcome.md"
CHECKLIST = "course/01-start/02-checklist.md"
QUIZ = "course/02-next/01-quiz.md"
PACK = "mini-pack"


class FakePrompts:
    """Records every message and answers questions from ``answers`` (or a callable there)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: dict[str, Any] = {}

    def tr(self, text: str) -> str:
        return text

    def _answer(self, kind: str, default: Any, *args: Any) -> Any:
        value = self.answers.get(kind, default)
        return value(*args) if callable(value) else value

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def confirm(self, title: str, text: str, yes: str) -> bool:
        self.shown.append(("confirm", title, text))
        return bool(self._answer("confirm", True, text))

    def text(self, title: str, label: str, value: str = "") -> str | None:
        return self._answer("text", None, label)  # type: ignore[no-any-return]

    def save_path(self, title: str, suggested: str, file_filter: str) -> str:
        return str(self._answer("save_path", "", suggested))

    def open_path(self, title: str, file_filter: str) -> str:
        return str(self._answer("open_path", ""))

    def run(self, dialog: QDialog) -> bool:
        handler: Callable[[QDialog], bool] | None = self.answers.get("run")
        return handler(dialog) if handler else False

    def titles(self, kind: str) -> list[str]:
        return [title for shown_kind, title, _ in self.shown if shown_kind == kind]


def make_profile(data: DataDir, name: str = "Amina", *, last: bool = True) -> str:
    profile, store = Profiles(data).create(name)
    store.close()
    if last:
        Settings(data.settings_file).set("last_profile", profile.folder)
    return profile.folder


def open_window(
    qtbot: QtBot, pack_dir: Path, data: DataDir, prompts: FakePrompts | None = None
) -> tuple[MainWindow, ProgressController, FakePrompts]:
    """The app's own wiring (``build_session``), then what ``run_gui`` does: first page, then the after-start step."""
    session = build_session(data.root, pack_dir)
    window, controller = session.window, session.progress
    assert controller is not None
    qtbot.addWidget(window)
    prompts = prompts or FakePrompts()
    session.messages.ask = prompts
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # for keyboard shortcuts
    window.open_path(controller.start_page() or window.first_page_path())
    controller.after_start(interactive=True)
    controller.refresh_now()
    return window, controller, prompts


TICKED, OPEN = "\u2611", "\u2610"


def click(window: Any, href: str) -> None:
    """A task's box in the page, or a choice ("quiz:Q/C") among the controls below it."""
    scheme, _, where = href.partition(":")
    if scheme == "quiz":
        quiz, choice = (int(part) for part in where.split("/"))
        window.answer_panel.quiz_boxes[quiz].choices[choice].click()
    else:
        window.reader.anchorClicked.emit(QUrl(href))
