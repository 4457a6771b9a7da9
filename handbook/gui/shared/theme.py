"""Colours and text size for the whole app: the chosen theme's palette, the reader's stylesheet from it, the zoom."""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from handbook.core.colours import (
    TEXT_CONTRAST,
    THEMES,
    UI_CONTRAST,
    Colours,
    fill_style_sheet,
    mix,
    readable,
    reader_colours,
)

Role = QPalette.ColorRole
# Window, window text, base, alternate base, text, button, highlight, highlighted text, link, placeholder, tooltip.
_APP_COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f0f0f0", "window_text": "#1f2328", "base": "#ffffff", "alternate": "#f4f6f8", "text": "#1f2328",
        "button": "#e8e8e8", "highlight": "#1f5fa8", "highlighted_text": "#ffffff", "link": "#0b5cad",
        "placeholder": "#5f6368", "tooltip": "#ffffdc", "outline": "#767676",
    },
    "dark": {
        "window": "#2b2d30", "window_text": "#e6e8eb", "base": "#1e1f22", "alternate": "#26282b", "text": "#e6e8eb",
        "button": "#3a3d41", "highlight": "#8ab4f8", "highlighted_text": "#0d1117", "link": "#8ab4f8",
        "placeholder": "#a3abb4", "tooltip": "#3a3d41", "outline": "#8b949e",
    },
    "high-contrast": {
        "window": "#000000", "window_text": "#ffffff", "base": "#000000", "alternate": "#141414", "text": "#ffffff",
        "button": "#000000", "highlight": "#ffff00", "highlighted_text": "#000000", "link": "#00ffff",
        "placeholder": "#d0d0d0", "tooltip": "#000000", "outline": "#ffffff",
    },
}  # fmt: skip

_system: dict[str, object] = {}  # the palette and style the app started with, to go back to "system"


def app_colours(theme: str, system: QPalette | None = None) -> dict[str, str]:
    """The app's window colours for a theme; "system" keeps the system's, with placeholder and outlines made readable."""
    if theme in _APP_COLOURS:
        return dict(_APP_COLOURS[theme])
    palette = system or QGuiApplication.palette()

    def name(role: Role) -> str:
        return str(palette.color(QPalette.ColorGroup.Active, role).name())

    base, window, text = name(Role.Base), name(Role.Window), name(Role.Text)
    return {
        "window": window, "window_text": name(Role.WindowText), "base": base, "alternate": name(Role.AlternateBase),
        "text": text, "button": name(Role.Button),
        # Qt's own light palette puts white on a mid blue (3.7:1) for the selected row.
        "highlight": readable(name(Role.Highlight), [name(Role.HighlightedText)], TEXT_CONTRAST),
        "highlighted_text": name(Role.HighlightedText), "link": readable(name(Role.Link), [base], TEXT_CONTRAST),
        # Qt's own placeholder is the text at half strength: 4:1 on white, too faint for the search field's only label.
        "placeholder": readable(mix(text, base, 0.4), [base], TEXT_CONTRAST),
        "tooltip": name(Role.ToolTipBase),
        "outline": readable(mix(text, window, 0.5), [window, base], UI_CONTRAST),
    }  # fmt: skip


def palette_for(colours: dict[str, str], start: QPalette | None = None) -> QPalette:
    # copy.copy, not QPalette(start): choosing among QPalette's constructors builds all of Qt's own
    # enums, about 15 ms before the first paint (see ReaderView._add_caret).
    palette = copy.copy(start) if start is not None else QPalette(QColor(colours["button"]), QColor(colours["window"]))
    pairs = {
        Role.Window: "window", Role.WindowText: "window_text", Role.Base: "base", Role.AlternateBase: "alternate",
        Role.Text: "text", Role.Button: "button", Role.ButtonText: "window_text", Role.Highlight: "highlight",
        Role.HighlightedText: "highlighted_text", Role.Link: "link", Role.LinkVisited: "link",
        Role.PlaceholderText: "placeholder", Role.ToolTipBase: "tooltip", Role.ToolTipText: "window_text",
    }  # fmt: skip
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, key in pairs.items():
            palette.setColor(group, role, QColor(colours[key]))
    # Greyed-out text is exempt from contrast rules but must still be seen as greyed out, not vanish.
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(mix(colours["text"], colours["base"], 0.45)))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Base, QColor(colours["window"]))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Window, QColor(colours["window"]))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Button, QColor(colours["button"]))
    return palette


def app_style_sheet(colours: dict[str, str], fields: bool = False) -> str:
    """The few widgets whose drawing ignores the palette's contrast: progress bars' outline, the reader's focus frame.

    ``fields``: outline text fields too, whose frame Fusion draws from the window colour (black on black in high contrast).
    """
    c = colours
    field_rule = f"QLineEdit, QPlainTextEdit {{ border: 1px solid {c['outline']}; padding: 2px; }} " if fields else ""
    if fields:  # Fusion draws a choice's circle and a box's square from the window colour: dark on dark
        dot = f"qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c['text']}, stop:0.45 {c['text']}"
        field_rule += (
            f"QRadioButton::indicator, QCheckBox::indicator {{ width: 12px; height: 12px;"
            f" border: 2px solid {c['outline']}; background: {c['base']}; }}"
            f" QRadioButton::indicator {{ border-radius: 8px; }} QCheckBox::indicator {{ border-radius: 2px; }}"
            f" QRadioButton::indicator:checked {{ background: {dot}, stop:0.55 {c['base']}, stop:1 {c['base']}); }}"
            f" QCheckBox::indicator:checked {{ background: {c['text']}; }}"
            f" QRadioButton::indicator:focus, QCheckBox::indicator:focus {{ border-color: {c['highlight']}; }} "
        )
    return field_rule + (
        f"QProgressBar {{ border: 1px solid {c['outline']}; border-radius: 3px; background: {c['base']};"
        f" color: {c['text']}; text-align: center; }}"
        f" QProgressBar::chunk {{ background-color: {c['highlight']}; }}"
        # The page shows where the keyboard is: a frame in the highlight colour while it has focus.
        f" QTextBrowser {{ border: 2px solid transparent; }}"
        f" QTextBrowser:focus {{ border: 2px solid {c['highlight']}; }}"
    )


def apply_theme(app: QApplication, theme: str) -> None:
    """Colour the whole app; the readers follow through their palette-change event."""
    if theme not in THEMES:
        theme = "system"
    if "palette" not in _system:
        _system["palette"] = app.palette()  # a copy already (see palette_for)
    system_palette = _system["palette"]
    assert isinstance(system_palette, QPalette)
    _system["theme"] = theme
    colours = app_colours(theme, system_palette)
    if theme == "system":
        # Only a style that was changed is set back: setting the same style again polishes every widget again.
        if "style" in _system:
            app.setStyle(str(_system["style"]))
        app.setPalette(palette_for(colours, system_palette))
    else:
        # Native Windows and macOS styles draw their own colours; Fusion draws the palette it is given.
        _system.setdefault("style", app.style().name())  # the system's style, to go back to
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(palette_for(colours))
    app.setStyleSheet(app_style_sheet(colours, fields=theme != "system"))


def page_colours(palette: QPalette, theme: str) -> Colours:
    """The reader's colours: a fixed theme's, or built from the page background, text and link of ``palette``."""
    if theme != "system":
        return reader_colours(theme)
    return reader_colours(
        "system",
        page=palette.color(Role.Base).name(),
        text=palette.color(Role.Text).name(),
        link=palette.color(Role.Link).name(),
    )


def theme_of(palette: QPalette) -> str:
    """Which fixed theme a palette is (its page colour tells), or "system"."""
    page = palette.color(Role.Base).name()
    text = palette.color(Role.Text).name()
    for theme, colours in _APP_COLOURS.items():
        if colours["base"] == page and colours["text"] == text:
            return theme
    return "system"


def reader_style_sheet(template: str, palette: QPalette) -> str:
    """reader.css with the colours that read on ``palette``'s page background."""
    return fill_style_sheet(template, page_colours(palette, theme_of(palette))) if "$" in template else template


def apply_text_size(level: int) -> None:
    """The app's text grows with the reader's zoom, ten per cent a step, so menus and lists are as readable.

    Widgets with a font of their own (the reader) keep it: the reader zooms itself.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = _system.setdefault("font", QFont(app.font()))
    assert isinstance(base, QFont)
    _system["level"] = level
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(6.0, base.pointSizeF() * (1 + 0.1 * level)))
    app.setFont(font)


def restore_system(app: QApplication) -> None:
    """Back to the colours, style and text size the app started with (tests share one application)."""
    if _system.get("theme", "system") != "system":
        apply_theme(app, "system")
    if _system.get("level", 0):
        apply_text_size(0)
