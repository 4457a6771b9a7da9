"""The errors of pack operations, each with a message that names the file and says what to do."""

from __future__ import annotations

import errno
from pathlib import Path

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate

_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


class PackError(HandbookError):
    """A pack file or an installed pack that cannot be used; nothing was changed."""


class PackCancelledError(PackError):
    """The user cancelled; everything written so far was removed."""


class OlderVersionError(PackError):
    """The pack is older than the installed version; installing it needs the user's explicit yes."""

    def __init__(self, message: str, *, title: str = "", version: str = "", installed: str = "") -> None:
        super().__init__(message)
        self.title, self.version, self.installed = title, version, installed


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def disk_error(exc: OSError, where: Path, needed: int) -> PackError:
    if exc.errno in _DISK_FULL:
        return PackError(
            translate(
                "pack_file",
                "{file}: the disk is full; the pack needs about {size}. Free some space and try again. "
                "Nothing was installed.",
            ).format(file=where, size=_mb(needed))
        )
    return PackError(
        translate("pack_file", "{file}: cannot write here ({reason}). Nothing was installed.").format(
            file=where, reason=exc.strerror
        )
    )
