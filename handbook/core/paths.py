"""Where user data lives: --data-dir, then HANDBOOK_DATA_DIR, then portable mode, then the platform default."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate

APP_NAME = "Handbook"
ENV_DATA_DIR = "HANDBOOK_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "HandbookData"


class PortableDataError(HandbookError):
    """Portable mode is on, but the folder beside the app cannot be written (a locked USB stick, a read-only share)."""


def executable_dir() -> Path:
    """The folder the user sees the app in: the frozen executable's, or the source checkout's.

    On macOS the executable sits inside ``Handbook.app/Contents/MacOS``; the user sees ``Handbook.app``,
    so its folder is the one beside the app (writing inside the bundle would also break its signature).
    """
    if not getattr(sys, "frozen", False):
        return Path(__file__).resolve().parents[2]
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents" and folder.parent.parent.suffix == ".app":
        return folder.parent.parent.parent
    return folder


def is_portable(exe_dir: Path | None = None) -> bool:
    return ((exe_dir or executable_dir()) / PORTABLE_MARKER).is_file()


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    *,
    portable: bool = False,
    env: Mapping[str, str] | None = None,
    exe_dir: Path | None = None,
) -> Path:
    """The data dir, by precedence. Only the portable one is created here, to check it can be written."""
    env = os.environ if env is None else env
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser().resolve()
    exe_dir = exe_dir or executable_dir()
    if portable or is_portable(exe_dir):
        return portable_data_dir(exe_dir, by_marker=not portable)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def portable_data_dir(exe_dir: Path, *, by_marker: bool) -> Path:
    """``HandbookData`` beside the app, created and checked to be writable."""
    folder = exe_dir / PORTABLE_FOLDER
    try:
        folder.mkdir(exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        if by_marker:
            said = translate(
                "data folder",
                "{folder}: portable mode keeps your data in this folder beside the app, but it cannot be written "
                "({reason}). Copy Handbook to a place you can write to (a USB stick that is not write-protected, "
                "or your own folder), or remove {marker} from {app_folder} to keep your data in your user folder.",
            )
        else:
            said = translate(
                "data folder",
                "{folder}: portable mode keeps your data in this folder beside the app, but it cannot be written "
                "({reason}). Copy Handbook to a place you can write to (a USB stick that is not write-protected, "
                "or your own folder), or start Handbook without --portable to keep your data in your user folder.",
            )
        raise PortableDataError(
            said.format(folder=folder, reason=exc.strerror or exc, marker=PORTABLE_MARKER, app_folder=exe_dir)
        ) from None
    return folder


GUEST_PROFILE = "guest"  # the guest profile's folder
OLD_PLANNER_PROFILE = "default"  # where the planner was kept with no profile, before the guest profile
PROGRESS_FILE = "progress.json"  # in each profile's folder
BACKUPS_FOLDER = "backups"  # in each profile's folder


class DataDir:
    """The layout of a data dir (DESIGN.md, "User data")."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def profiles(self) -> Path:
        return self.root / "profiles"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    def profile(self, name: str) -> Path:
        return self.profiles / name

    def last_profile(self, settings_value: object) -> str:
        """The profile folder the settings name as last used, or "" when there is none (or it was moved away)."""
        folder = str(settings_value or "")
        return folder if folder and self.profile(folder).is_dir() else ""

    @property
    def guest(self) -> Path:
        """The shared guest profile: used by whoever has no profile of their own (and the planner until then)."""
        return self.profiles / GUEST_PROFILE

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
