"""The errors of pack operations, each with a message that names the file and says what to do."""

from __future__ import annotations

from handbook.core.errors import HandbookError


class PackError(HandbookError):
    """A pack file or an installed pack that cannot be used; nothing was changed."""


class PackCancelledError(PackError):
    """The user cancelled; everything written so far was removed."""


class OlderVersionError(PackError):
    """The pack is older than the installed version; installing it needs the user's explicit yes."""

    def __init__(self, message: str, *, title: str = "", version: str = "", installed: str = "") -> None:
        super().__init__(message)
        self.title, self.version, self.installed = title, version, installed
