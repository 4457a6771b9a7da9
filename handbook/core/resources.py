"""Where the bundled content/ and resources/ are: in a frozen bundle, an installed wheel or a checkout."""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

from handbook.core.errors import HandbookError

# The folder inside the installed package where the wheel's build step (setup.py) puts content/ and
# resources/; the checkout keeps them at its top level, beside the package.
PACKAGE_DATA = "_bundled"
BUNDLED_FOLDERS = ("content", "resources")


class BrokenInstallError(HandbookError):
    """Handbook's own files are missing: the installation is incomplete, not the user's content."""


def _checkout_dir() -> Path:
    return Path(__file__).resolve().parents[2]


def candidate_dirs() -> list[Path]:
    """Where content/ and resources/ may be, first match wins.

    PyInstaller unpacks them beside the bundled modules and sets ``sys._MEIPASS``; a wheel carries
    them inside the package; an editable install or a run from source finds the checkout's.
    """
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return [Path(frozen_base)]
    candidates = []
    package_data = importlib.resources.files("handbook") / PACKAGE_DATA
    if isinstance(package_data, Path):  # a zipped install would have no real folder to hand to Qt
        candidates.append(package_data)
    checkout = _checkout_dir()
    # A checkout has its pyproject.toml; site-packages may hold a stray "content" of another package.
    if (checkout / "pyproject.toml").is_file():
        candidates.append(checkout)
    return candidates


def broken_install(what_is_missing: str, looked_in: list[Path]) -> BrokenInstallError:
    places = ", ".join(str(path) for path in looked_in) or "nowhere: Handbook's package folder is not a real folder"
    return BrokenInstallError(
        f"Handbook is installed incompletely: {what_is_missing} (looked in {places}). "
        "This is not a problem with your content or your data. Reinstall Handbook the way it was installed: "
        "unpack the bundle again, or run the pip install command again."
    )


def base_dir() -> Path:
    """The folder holding content/ and resources/; BrokenInstallError when no candidate has both."""
    candidates = candidate_dirs()
    for folder in candidates:
        if all((folder / name).is_dir() for name in BUNDLED_FOLDERS):
            return folder
    raise broken_install("its built-in course and its resources are missing", candidates)


def bundled_pack_dir() -> Path:
    folder = base_dir() / "content"
    if not (folder / "pack.yaml").is_file():
        raise broken_install("its built-in course is missing (there is no content/pack.yaml)", [base_dir()])
    return folder


# The same course in other languages, shipped beside content/ as content-<language>/ (content-es: Spanish).
TRANSLATED_PACKS = ("es",)


def translated_pack_dir(language: str) -> Path | None:
    """The bundled course in ``language`` (e.g. "es" for content-es/), or None when none is shipped."""
    if language not in TRANSLATED_PACKS:
        return None
    folder = base_dir() / f"content-{language}"
    if not (folder / "pack.yaml").is_file():
        raise broken_install(
            f"its {language} course is missing (there is no content-{language}/pack.yaml)", [base_dir()]
        )
    return folder


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def read_resource_text(*parts: str) -> str:
    path = resource_path(*parts)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise broken_install(f"the file resources/{'/'.join(parts)} is missing or damaged", [base_dir()]) from None
