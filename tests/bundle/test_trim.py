"""The bundle leaves out what the app does not use, and nothing that it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from freeze import trim
from tests.conftest import REPO


def test_the_app_imports_nothing_the_bundle_leaves_out() -> None:
    imported = trim.imported_modules(REPO / "handbook")
    excluded = [*trim.EXCLUDED_PYTHON_MODULES, *(f"PySide6.{name}" for name in trim.EXCLUDED_QT_MODULES)]
    clashes = sorted(name for name in imported for gone in excluded if name == gone or name.startswith(f"{gone}."))
    assert clashes == [], "the bundle excludes these; take them out of freeze/trim.py's lists"
    assert "PySide6.QtWidgets" in imported  # the scan does see the app's imports


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),  # types not listed keep everything
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),  # not a plugin
        ("otherpkg/plugins/platforms/libqvnc.so", True),  # not one of Qt's plugins
    ],
)
def test_plugins_kept(dest: str, kept: bool) -> None:
    assert trim.plugin_kept(dest, keep_svg=False) is kept


def test_svg_plugins_only_when_there_are_svg_pictures(tmp_path: Path) -> None:
    assert not trim.needs_svg(REPO / "tests/fixtures/mini-pack")
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "Map.SVG").write_text("<svg/>", encoding="utf-8")
    assert trim.needs_svg(REPO / "tests/fixtures/mini-pack", tmp_path)
    assert trim.plugin_kept("PySide6/Qt/plugins/imageformats/libqsvg.so", keep_svg=True)
    assert trim.plugin_kept("PySide6/Qt/plugins/iconengines/libqsvgicon.so", keep_svg=True)


def test_qt_translations_only_for_languages_the_app_ships(tmp_path: Path) -> None:
    assert trim.shipped_languages(tmp_path) == set()
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "handbook_pt_BR.qm").write_bytes(b"")
    assert trim.shipped_languages(tmp_path) == {"pt_BR"}
    assert trim.translation_kept("PySide6/Qt/translations/qtbase_pt_BR.qm", {"pt_BR"})
    assert trim.translation_kept("PySide6/translations/qt_pt_BR.qm", {"pt_BR"})
    assert not trim.translation_kept("PySide6/Qt/translations/qtbase_de.qm", {"pt_BR"})
    assert trim.translation_kept("resources/translations/handbook_de.qm", set())  # the app's own data stays


def test_pruning_drops_the_libraries_only_dropped_plugins_needed() -> None:
    links = {
        "/qt/libqgtk3.so": ["libQt6Gui.so.6", "libcairo.so.2", "libglib-2.0.so.0"],
        "/qt/libqxcb.so": ["libQt6Gui.so.6"],
        "/qt/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/qt/libQt6Core.so.6": ["libglib-2.0.so.0"],
        "/lib/libcairo.so.2": ["libpixman-1.so.0"],
        "/lib/libpixman-1.so.0": [],
        "/lib/libglib-2.0.so.0": [],
        "/py/QtGui.abi3.so": ["libQt6Gui.so.6"],
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/qt/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/qt/libQt6Core.so.6", "BINARY"),
        ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/lib/libpixman-1.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/lib/libglib-2.0.so.0", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/py/QtGui.abi3.so", "EXTENSION"),
    ]
    kept, removed = trim.prune_binaries(
        binaries, lambda entry: not trim.plugin_kept(entry[0], keep_svg=False), lambda source: links[source]
    )
    assert sorted(dest for dest, _, _ in removed) == [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libcairo.so.2",
        "libpixman-1.so.0",
    ]
    assert len(kept) + len(removed) == len(binaries)


def test_trimmed_data_loses_links_to_pruned_libraries_and_foreign_translations() -> None:
    removed = [("PySide6/Qt/lib/libQt6Network.so.6", "/qt/libQt6Network.so.6", "BINARY")]
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/qt/qtbase_fr.qm", "DATA"),
        ("content/pack.yaml", "/repo/content/pack.yaml", "DATA"),
    ]
    assert trim.trim_datas(datas, removed, set()) == [datas[1], datas[3]]
