"""What the bundle leaves out: Python and Qt modules, Qt plugins and Qt translations the app never uses.

handbook.spec hands these to PyInstaller's Analysis and filters its lists of binaries and data with the
functions below. A test checks that the app imports none of the excluded modules, so a feature that
starts to need one fails that test rather than the frozen app.
"""

from __future__ import annotations

import ast
import os
import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Entries of PyInstaller's TOC lists: (destination name, source path, typecode).
TocEntry = tuple[str, str, str]

EXCLUDED_PYTHON_MODULES = (
    # Tk and its tools
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    # tests, docs and packaging tools of the standard library
    "unittest", "doctest", "pydoc", "pydoc_data", "test", "lib2to3", "distutils", "ensurepip", "venv",
    # (ssl stays: a pack feed on an https:// address is read with urllib, only when the person asks)
    # installed beside the app but never imported by it: the test extra and the build tools
    "setuptools", "pkg_resources", "pip", "pytest", "_pytest", "pytestqt", "pluggy", "pypdf", "codespell_lib",
    "PyInstaller", "freeze", "benchmarks", "tests",
)  # fmt: skip

# PySide6 modules the app does not import (QDesktopServices, QPdfWriter and QTextDocument are in QtGui).
EXCLUDED_QT_MODULES = (
    "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets",
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtUiTools", "QtXml",
)  # fmt: skip

# Per plugin type, the plugins kept (file name without "lib" and extension). Types not listed keep
# everything PyInstaller collected (e.g. "styles" for the native look on Windows and macOS, "printsupport").
QT_PLUGINS_KEPT: dict[str, frozenset[str]] = {
    # the desktop (X11, Wayland, Windows, macOS) and offscreen for the smoke test; no kiosk back-ends
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # dead keys and compose sequences, and ibus input methods
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # the GTK theme pulls in GTK's own cairo, pango and friends; Qt's built-in themes serve instead
    "platformthemes": frozenset(),
    # PNG is built into QtGui; SVG is added only when content or resources hold SVG files
    "imageformats": frozenset({"qjpeg", "qgif"}),
    "iconengines": frozenset(),
    # OpenGL and kiosk (eglfs, linuxfb) integrations: the app draws with Qt's raster engine
    "xcbglintegrations": frozenset(),
    "egldeviceintegrations": frozenset(),
    "generic": frozenset(),
    "wayland-graphics-integration-client": frozenset(),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient"}),
    # QtNetwork's plugins (the app never goes online)
    "tls": frozenset(),
    "networkinformation": frozenset(),
}

# Kept only when the bundle shows SVG images: they need QtSvg (and adwaita, GNOME's title bars, needs it too).
SVG_PLUGINS = {"imageformats": "qsvg", "iconengines": "qsvgicon", "wayland-decoration-client": "adwaita"}

# Binaries dropped by name: Windows' 20 MB software OpenGL fallback (the app never uses OpenGL).
DROPPED_BINARIES = frozenset({"opengl32sw.dll"})

# Qt's own catalogues, kept for each language the app ships a translation for.
QT_TRANSLATION_CATALOGUES = ("qt", "qtbase")


def needs_svg(*folders: Path) -> bool:
    return any(path.suffix.lower() in (".svg", ".svgz") for folder in folders for path in folder.rglob("*"))


def shipped_languages(resources: Path) -> set[str]:
    """Languages of the app's own translations, resources/translations/handbook_<lang>.qm."""
    return {path.stem.split("_", 1)[1] for path in (resources / "translations").glob("handbook_*.qm")}


def _plugin_parts(dest: str) -> tuple[str, str] | None:
    """(plugin type, plugin name) for a file under a Qt plugins folder, else None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts[0] != "PySide6" or "plugins" not in parts[:-2]:
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    plugin_type = "/".join(parts[index + 1 : -1])
    name = parts[-1].split(".", 1)[0]
    return plugin_type, name.removeprefix("lib")


def plugin_kept(dest: str, keep_svg: bool) -> bool:
    found = _plugin_parts(dest)
    if found is None:
        return True
    plugin_type, name = found
    if plugin_type not in QT_PLUGINS_KEPT:
        return True
    return name in QT_PLUGINS_KEPT[plugin_type] or (keep_svg and SVG_PLUGINS.get(plugin_type) == name)


def translation_kept(dest: str, languages: Iterable[str]) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.suffix != ".qm" or "translations" not in path.parts or path.parts[0] != "PySide6":
        return True
    wanted = {f"{catalogue}_{lang}" for catalogue in QT_TRANSLATION_CATALOGUES for lang in languages}
    return path.stem in wanted


def _key(name: str) -> str:
    return os.path.basename(name.replace("\\", "/")).casefold()


def prune_binaries(
    binaries: list[TocEntry], drop: Callable[[TocEntry], bool], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop the entries ``drop`` picks, and the libraries only they needed; returns (kept, removed).

    ``imports_of(source path)`` names the libraries a binary links to. A library reached from a dropped
    plugin is removed unless something kept also reaches it.
    """
    by_key = {_key(entry[0]): entry for entry in binaries}

    def reach(start: Iterable[TocEntry]) -> set[str]:
        seen: set[str] = set()
        todo = [_key(entry[0]) for entry in start]
        while todo:
            key = todo.pop()
            if key in seen or key not in by_key:
                continue
            seen.add(key)
            todo.extend(_key(name) for name in imports_of(by_key[key][1]))
        return seen

    dropped = [entry for entry in binaries if drop(entry)]
    candidates = reach(dropped)
    roots = [entry for entry in binaries if _key(entry[0]) not in candidates]
    needed = reach(roots)
    removed_keys = candidates - needed
    kept = [entry for entry in binaries if _key(entry[0]) not in removed_keys]
    removed = [entry for entry in binaries if _key(entry[0]) in removed_keys]
    return kept, removed


def trim_datas(datas: list[TocEntry], removed_binaries: list[TocEntry], languages: Iterable[str]) -> list[TocEntry]:
    """Drop Qt translations the app does not ship, and links to binaries that were pruned."""
    languages = set(languages)
    removed = {entry[0].replace("\\", "/") for entry in removed_binaries}
    kept = []
    for dest, source, typecode in datas:
        if typecode == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), source))
            if target in removed:
                continue
        elif not translation_kept(dest, languages):
            continue
        kept.append((dest, source, typecode))
    return kept


def imported_modules(package: Path) -> set[str]:
    """Every module a source package imports, anywhere in its code; ``from A import B`` gives A and A.B."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found
