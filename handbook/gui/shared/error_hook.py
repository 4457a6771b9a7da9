"""The app's exception hook: an error nobody expected is logged, shown in a short dialog, and the app goes on.

PySide6 hands an exception raised in a slot or an event handler to ``sys.excepthook`` and then
carries on with the event loop, so the app keeps running when it can. The dialog says what
happened in one line and where the log with the details is; while one is open, further errors
are only logged, so a fault that repeats cannot bury the window under dialogs.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from handbook.core.errors import HandbookError
from handbook.core.log import get_logger

log = get_logger("errors")
Show = Callable[[str, str], None]  # title, text


class ErrorHook:
    """``sys.excepthook`` for the GUI; ``show`` puts a message in front of the person (a dialog in the app)."""

    def __init__(self, show: Show, log_file: Path | None) -> None:
        self.show = show
        self.log_file = log_file
        self.showing = False
        self.previous = sys.excepthook

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started the app
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details.rstrip())
        if self.showing:
            return
        what = error.message if isinstance(error, HandbookError) else f"{kind.__name__}: {error}"
        where = (
            str(self.log_file)
            if self.log_file is not None
            else QCoreApplication.translate("ErrorHook", "(no log file: the data folder cannot be written)")
        )
        self.showing = True
        try:
            self.show(
                QCoreApplication.translate("ErrorHook", "Something went wrong"),
                QCoreApplication.translate(
                    "ErrorHook",
                    "Handbook met a problem it did not expect:\n{error}\n\nYour progress is saved as you go, and "
                    "Handbook keeps running. If this happens again, close Handbook and open it again, and send "
                    "this file to whoever looks after this computer:\n{log}",
                ).format(error=what[:500], log=where),
            )
        except Exception:  # the hook must never raise: the error is in the log already
            log.exception("the error dialog could not be shown")
        finally:
            self.showing = False


def dialog_over(parent: Callable[[], object]) -> Show:
    """A ``Show`` that opens a warning box over the window ``parent()`` returns (None: no parent)."""

    def show(title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox, QWidget

        window = parent()
        QMessageBox.warning(window if isinstance(window, QWidget) else None, title, text)

    return show
