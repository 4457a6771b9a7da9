"""Where user data lives: --data-dir, then HANDBOOK_DATA_DIR, then portable mode, then the platform default."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "Handbook"
ENV_DATA_DIR = "HANDBOOK_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "HandbookData"


def executable_dir() -> Path:
    """The folder of the frozen executable, or of the source checkout when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def is_portable(exe_dir: Path | None = None) -> bool:
    return ((exe_dir or executable_dir()) / PORTABLE_MARKER).is_file()


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    *,
    portable: bool = False,
    env: Mapping[str, str] | None = None,
    exe_dir: Path | None = None,
) -> Path:
    """The data dir, by precedence. It is not created here."""
    env = os.environ if env is None else env
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser().resolve()
    exe_dir = exe_dir or executable_dir()
    if portable or is_portable(exe_dir):
        return exe_dir / PORTABLE_FOLDER
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


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

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
