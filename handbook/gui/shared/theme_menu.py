"""View > Colours: light, dark, high contrast or the system's, kept in the settings."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from handbook.core.settings import Settings
from handbook.gui.shared.theme import apply_text_size, apply_theme


def add_theme_menu(window: QMainWindow, menu: QMenu, settings: Settings) -> QMenu:
    """A submenu of ``menu`` whose choice colours the whole app at once and at every start."""
    colours = menu.addMenu(QApplication.translate("theme_menu", "&Colours"))
    colours.setObjectName("coloursMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    labels = {
        "system": QApplication.translate("theme_menu", "As the &computer is set"),
        "light": QApplication.translate("theme_menu", "&Light"),
        "dark": QApplication.translate("theme_menu", "&Dark"),
        "high-contrast": QApplication.translate("theme_menu", "&High contrast"),
    }
    chosen = str(settings.get("theme"))
    for theme, label in labels.items():
        action = QAction(label, window)
        action.setObjectName(f"theme-{theme}")
        action.setCheckable(True)
        action.setChecked(theme == chosen)
        action.triggered.connect(lambda _checked=False, t=theme: choose_theme(settings, t))
        group.addAction(action)
        colours.addAction(action)
    return colours


def choose_theme(settings: Settings, theme: str) -> None:
    settings.set("theme", theme)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)


def apply_chosen_theme(settings: Settings) -> None:
    """At start: the chosen colours for the whole app (the system's style is left as it is, not set again)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, str(settings.get("theme")))


def install_theme(window: QMainWindow, menu: QMenu, settings: Settings) -> QMenu:
    """At start: the chosen text size for the whole app, and the menu to change the colours.

    The colours themselves are applied earlier, by ``apply_chosen_theme``.
    """
    # After the reader took its own size from the unzoomed font: it zooms itself, by the same steps.
    apply_text_size(int(settings.get("zoom")))
    return add_theme_menu(window, menu, settings)
