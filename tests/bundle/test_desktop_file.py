"""The Linux .desktop file matches how the README installs the bundle and how the window names itself."""

from __future__ import annotations

import configparser

from tests.conftest import REPO


def test_desktop_entry_matches_the_install() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(REPO / "resources" / "handbook.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Handbook"
    # README: /usr/local/bin/handbook links to /opt/handbook/Handbook
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert entry["Exec"] == "handbook" and "/usr/local/bin/handbook" in readme
    # README copies resources/icons/handbook.png to .../hicolor/256x256/apps/handbook.png
    assert entry["Icon"] == "handbook" and (REPO / "resources" / "icons" / "handbook.png").is_file()
    assert "/usr/share/icons/hicolor/256x256/apps/handbook.png" in readme
    # Qt names the X11 window class after the application name that app.py sets
    app_source = (REPO / "handbook" / "app.py").read_text(encoding="utf-8")
    assert f'setApplicationName("{entry["StartupWMClass"]}")' in app_source
    assert 'setDesktopFileName("handbook")' in app_source  # Wayland matches the window to handbook.desktop
