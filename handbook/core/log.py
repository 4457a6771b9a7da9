"""Named loggers for each area and the one place that sends them to a rotating file in the data folder.

Modules call ``get_logger("progress")`` and log; nothing is written anywhere until
``init_logging(data_root)`` runs (the app and the command line call it once they know the data
folder). The file is ``<data dir>/logs/handbook.log``, kept to a few small files, and made only
when the first line is written, so a command that has nothing to say leaves no trace.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

ROOT = "handbook"
LOGS_FOLDER = "logs"
LOG_FILE = "handbook.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logging.getLogger(ROOT).addHandler(logging.NullHandler())  # nothing on stderr until configured


def get_logger(area: str) -> logging.Logger:
    """The logger of one area of the app, e.g. ``get_logger("backup")`` -> ``handbook.backup``."""
    return logging.getLogger(f"{ROOT}.{area}")


def log_file(data_root: Path) -> Path:
    return Path(data_root) / LOGS_FOLDER / LOG_FILE


class _RotatingLog(logging.FileHandler):
    """A log file kept under MAX_BYTES by moving it to .1, .2 ... (the oldest dropped).

    Made here rather than with logging.handlers, whose import (sockets, pickle, queues) would
    cost every start a few milliseconds. The folder is made when the first line is written, and
    a failure to write never stops the app: a read-only stick or a full disk only loses the log.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            elif self.stream.tell() > MAX_BYTES:
                self._rotate()
        except OSError:
            return
        super().emit(record)

    def _rotate(self) -> None:
        self.close()  # FileHandler opens the file again on the next line (delay=True)
        base = self.baseFilename
        for number in range(BACKUP_COUNT - 1, 0, -1):
            with contextlib.suppress(OSError):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")

    def handleError(self, record: logging.LogRecord) -> None:
        pass


_handler: logging.Handler | None = None


def init_logging(data_root: Path, level: int = logging.INFO) -> Path:
    """Send every ``handbook.*`` logger to the data folder's rotating log; returns the file. Safe to call again."""
    global _handler
    root = logging.getLogger(ROOT)
    path = log_file(data_root)
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = _RotatingLog(path, encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(_handler)
    root.setLevel(level)
    return path


def current_log_file() -> Path | None:
    """The file the log goes to now, if ``init_logging`` was called."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None
