"""Where the bundled content/ and resources/ are: in a frozen bundle, an installed wheel or a checkout."""

from __future__ import annotations

import sys
from pathlib import Path

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate

# The folder inside the installed package where the wheel's build step (setup.py) puts content/ and
# resources/; the checkout keeps them at its top level, beside the package.
PACKAGE_DATA = "_bundled"
BUNDLED_FOLDERS = ("content", "resources")


class BrokenInstallError(HandbookError):
    """Handbook's own files are missing: the installation is incomplete, not the user's content."""


def _checkout_dir() -> Path:
    return Path(__file__).resolve().parents[2]


def _package_dir() -> Path:
    """The folder of the ``handbook`` package, where an installed wheel keeps its content and resources.

    Taken from this file rather than ``importlib.resources``: that module (and zipfile with it) is
    not imported at every start for a path the module already knows.
    """
    return Path(__file__).resolve().parents[1]


def candidate_dirs() -> list[Path]:
    """Where content/ and resources/ may be, first match wins.

    PyInstaller unpacks them beside the bundled modules and sets ``sys._MEIPASS``; a wheel carries
    them inside the package; an editable install or a run from source finds the checkout's.
    """
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return [Path(frozen_base)]
    candidates = []
    # A zipped install has no real folder to hand to Qt: its path is not a folder, and the next one is tried.
    candidates.append(_package_dir() / PACKAGE_DATA)
    checkout = _checkout_dir()
    # A checkout has its pyproject.toml; site-packages may hold a stray "content" of another package.
    if (checkout / "pyproject.toml").is_file():
        candidates.append(checkout)
    return candidates


def broken_install(what_is_missing: str, looked_in: list[Path]) -> BrokenInstallError:
    places = ", ".join(str(path) for path in looked_in) or translate(
        "install", "nowhere: Handbook's package folder is not a real folder"
    )
    return BrokenInstallError(
        translate(
            "install",
            "Handbook is installed incompletely: {missing} (looked in {places}). "
            "This is not a problem with your content or your data. Reinstall Handbook the way it was installed: "
            "unpack the bundle again, or run the pip install command again.",
        ).format(missing=what_is_missing, places=places)
    )


def base_dir() -> Path:
    """The folder holding content/ and resources/; BrokenInstallError when no candidate has both."""
    candidates = candidate_dirs()
    for folder in candidates:
        if all((folder / name).is_dir() for name in BUNDLED_FOLDERS):
            return folder
    raise broken_install(translate("install", "its built-in course and its resources are missing"), candidates)


def bundled_pack_dir() -> Path:
    folder = base_dir() / "content"
    if not (folder / "pack.yaml").is_file():
        raise broken_install(
            translate("install", "its built-in course is missing (there is no content/pack.yaml)"), [base_dir()]
        )
    return folder


# Translations of the printable forms and plans, shipped beside the course: "content-<language>/".
TRANSLATED_PREFIX = "content-"


def bundled_translations() -> dict[str, Path]:
    """The translated packs shipped with Handbook, by language code (e.g. "es" -> content-es/)."""
    base = base_dir()
    found = {}
    for folder in sorted(base.glob(TRANSLATED_PREFIX + "*")):
        language = folder.name[len(TRANSLATED_PREFIX) :]
        if language.isalpha() and len(language) <= 8 and (folder / "pack.yaml").is_file():
            found[language] = folder
    return found


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def read_resource_text(*parts: str) -> str:
    path = resource_path(*parts)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise broken_install(
            translate("install", "the file {file} is missing or damaged").format(file="resources/" + "/".join(parts)),
            [base_dir()],
        ) from None
