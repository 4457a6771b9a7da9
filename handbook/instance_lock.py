"""One running Handbook per data dir: a QLockFile at ``<data dir>/handbook.lock``.

A lock left by a crashed Handbook on this computer is taken over (Qt sees its process is
gone). The app may stay open for days, so a lock is never judged stale by its age alone; a
lock from another computer (a data dir on a USB stick) is reported with its computer's name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

LOCK_NAME = "handbook.lock"


class AlreadyRunningError(HandbookError):
    """Another Handbook holds the data dir."""

    def __init__(self, message: str, lock_path: Path, pid: int, host: str, other_computer: bool) -> None:
        super().__init__(message)
        self.lock_path = lock_path
        self.pid = pid
        self.host = host
        self.other_computer = other_computer


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_NAME


def acquire_lock(data_dir: Path, *, doing: str = "") -> QLockFile:
    """Lock the data dir for this process; AlreadyRunningError if another Handbook has it.

    ``doing`` names what a command wanted to do, for the message ("import progress"), in the user's language.
    Keep the returned object alive as long as the lock is needed; ``unlock()`` releases it.
    """
    from PySide6.QtCore import QLockFile

    path = lock_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HandbookError(
            translate(
                "data folder", "{folder}: cannot create the data folder ({reason}). Choose another one with --data-dir."
            ).format(folder=path.parent, reason=exc.strerror)
        ) from None
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(300):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise HandbookError(
            translate(
                "data folder",
                "{file}: cannot create the lock file in the data folder. Check that you may write there, "
                "or choose another data folder with --data-dir.",
            ).format(file=path)
        )
    import socket

    pid, host, _app = lock.getLockInfo()
    other_computer = bool(host) and host != socket.gethostname()
    if other_computer and doing:
        message = translate(
            "data folder",
            "Cannot {doing} while Handbook seems to be open with this data folder on the computer '{host}'. "
            "Close it there first. If it is not open there any more, delete the file {file} and try again.",
        )
    elif other_computer:
        message = translate(
            "data folder",
            "Handbook seems to be open with this data folder on the computer '{host}'. "
            "Close it there first. If it is not open there any more, delete the file {file} and try again.",
        )
    elif doing:
        message = translate(
            "data folder",
            "Cannot {doing} while Handbook is already open with this data folder (process {pid}). "
            "Switch to that window, or close it and try again.",
        )
    else:
        message = translate(
            "data folder",
            "Handbook is already open with this data folder (process {pid}). "
            "Switch to that window, or close it and try again.",
        )
    said = message.format(doing=doing, host=host, file=path, pid=pid)
    raise AlreadyRunningError(said, path, int(pid), str(host), other_computer)


def take_over(data_dir: Path) -> QLockFile:
    """Remove a lock the person says is left over (from another computer) and lock again."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)
    lock.removeStaleLockFile()
    if not lock.tryLock(300):
        raise HandbookError(
            translate(
                "data folder", "{file}: the lock could not be taken over; close Handbook everywhere first."
            ).format(file=lock_path(data_dir))
        )
    return lock


@contextmanager
def holding_lock(data_dir: Path, doing: str) -> Iterator[None]:
    """Hold the data dir's lock for one command that changes it (``doing`` says what, for the message).

    The app and every such command take this same lock: a change made while the app has the
    folder open would be lost, or would pull a pack out from under the page being read.
    """
    lock = acquire_lock(data_dir, doing=doing)
    try:
        yield
    finally:
        lock.unlock()
