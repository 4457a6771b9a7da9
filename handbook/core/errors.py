"""Error types whose messages are written for the person who has to fix the problem."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from handbook.core.content.limits import shown
from handbook.core.i18n import translate


class HandbookError(Exception):
    """A failure the user can understand and act on; the CLI prints it, the GUI shows it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Problem:
    """One problem in a content file: where it is and what to do about it."""

    path: Path
    line: int | None
    message: str
    severity: str = "error"  # "error" or "warning"

    def location(self, relative_to: Path | None = None) -> str:
        path = self.path
        if relative_to is not None:
            with contextlib.suppress(ValueError):
                path = self.path.relative_to(relative_to)
        where = shown(path.as_posix())  # a file name with a line break cannot forge a second report
        return f"{where}:{self.line}" if self.line is not None else where

    def format(self, relative_to: Path | None = None) -> str:
        """'path:line: message' on one line, whatever the name or the message holds."""
        said = shown(self.message)
        if self.severity != "error":
            said = translate("cli", "warning: {message}").format(message=said)  # as 'error: ' is, in cli.py
        return f"{self.location(relative_to)}: {said}"


class ContentError(HandbookError):
    """A content file that cannot be used as it is."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.problem = Problem(Path(path), line, message)
        super().__init__(self.problem.format())
        self.path = Path(path)
        self.line = line
