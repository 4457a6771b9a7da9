"""Where the bundled content/ and resources/ are, the same from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding content/ and resources/.

    PyInstaller unpacks data next to the bundled modules and sets ``sys._MEIPASS``; from source,
    it is the checkout's top folder.
    """
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base)
    return Path(__file__).resolve().parents[2]


def bundled_pack_dir() -> Path:
    return base_dir() / "content"


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def read_resource_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
