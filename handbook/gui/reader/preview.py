"""Preview of a pack's source folder: reload when a file changes and list the problems by file and line."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTime, QTimer, Signal

from handbook.core.content.validate import ValidationReport, validate_pack
from handbook.core.errors import Problem
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.shared.message import MessageBridge

DEBOUNCE_MS = 300  # editors write a file in several steps; wait until they are done


class PreviewController(QObject):
    """Keeps a MainWindow showing the folder as it is now: watch, wait a moment, validate, show."""

    reloaded = Signal(int)  # the number of problems found

    def __init__(
        self, window: MainWindow, root: Path, delay_ms: int = DEBOUNCE_MS, messages: MessageBridge | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages or MessageBridge.for_window(window)
        self.root = Path(root)
        self.report: ValidationReport | None = None
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.reload)
        self.watcher.fileChanged.connect(self.schedule)
        self.watcher.directoryChanged.connect(self.schedule)
        window.problems_panel.problemChosen.connect(self.show_problem)

    def schedule(self, _path: str = "") -> None:
        self.timer.start()  # restarts: a burst of changes gives one reload

    def reload(self) -> None:
        report = validate_pack(self.root)
        self.report = report
        window = self.window
        current = window.current.path if window.current is not None else ""
        window.set_pack(report.pack)
        window.setWindowTitle(self.tr("Preview: {title} - Handbook").format(title=report.pack.info.title))
        window.show_problems(report.problems)
        if current and report.pack.page_at(current) is not None:
            window.open_path(current, record=False)
        else:
            window.current = None
            window.open_path(window.first_page_path(), record=False)
        self._watch()
        self.messages.info(
            self.tr("Reloaded at {time}: {errors}, {warnings}").format(
                time=QTime.currentTime().toString("HH:mm:ss"),
                errors=self.tr("1 error")
                if len(report.errors) == 1
                else self.tr("{n} errors").format(n=len(report.errors)),
                warnings=(
                    self.tr("1 warning")
                    if len(report.warnings) == 1
                    else self.tr("{n} warnings").format(n=len(report.warnings))
                ),
            ),
            0,  # until the next reload
        )
        self.reloaded.emit(len(report.problems))

    def _watch(self) -> None:
        """Watch every folder and file again: an editor that saves by renaming drops the old watch."""
        paths = [str(self.root)]
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            paths.extend(os.path.join(folder, d) for d in dirs)
            paths.extend(os.path.join(folder, f) for f in files if not f.startswith("."))
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        gone = [p for p in watched if p not in paths]
        if gone:
            self.watcher.removePaths(gone)
        new = [p for p in paths if p not in watched and os.path.exists(p)]
        if new:
            self.watcher.addPaths(new)

    def show_problem(self, problem: object) -> None:
        """Open the page the problem is in, if it is one; always say where, as path:line."""
        if not isinstance(problem, Problem):
            return
        where = problem.location(self.root)
        try:
            relative = problem.path.relative_to(self.root).as_posix()
        except ValueError:
            relative = ""
        page = self.window.pack.page_at(relative) if relative else None
        if page is not None:
            self.window.open_path(relative)
            if problem.line:
                QTimer.singleShot(0, self, lambda: self.show_source_line(page.body, problem.line - page.body_line))
        self.messages.error(f"{where}: {problem.message}", 0)

    def show_source_line(self, body: str, index: int) -> bool:
        """Scroll the reader to the words of the body's line ``index`` (from 0) and select them; False if not found.

        The reader shows HTML made from the Markdown, so the line is found by its words: a few of them, with
        the Markdown marks taken out; a line with none (a blank, a table rule) gives way to the next lines.
        """
        lines = body.splitlines()
        for number in (index, index + 1, index + 2, index - 1):
            if not 0 <= number < len(lines):
                continue
            for phrase in _phrases(lines[number]):
                cursor = self.window.reader.document().find(phrase)
                if not cursor.isNull():
                    self.window.reader.setTextCursor(cursor)
                    self.window.reader.ensureCursorVisible()
                    return True
        return False


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LEAD = re.compile(r"^\s*(?:[#>]+|[-*+]\s+\[[ xX]\]|[-*+]|\d+[.)]|!!!\s*\w+)?\s*")


def _phrases(line: str) -> list[str]:
    """Runs of up to six words of a Markdown line as they read on screen, longest first."""
    text = _LINK.sub(r"\1", _LEAD.sub("", line, count=1))
    runs = [" ".join(run.split()) for run in re.split(r"[*_`|\\\"<>]+", text)]
    runs = [" ".join(run.split()[:6]) for run in runs if len(run) >= 4]
    return sorted(runs, key=len, reverse=True)
