"""The app's colours: light, dark and high contrast chosen in the View menu, each readable (WCAG 2.1 AA)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handbook.app import build_session
from handbook.core.colours import DARK, HIGH_CONTRAST, contrast
from handbook.gui.shared.theme import app_colours, apply_theme

Role = QPalette.ColorRole
TEXT_PAIRS = [
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),  # the search field's only visible label
    (Role.Link, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
]


def colour(palette: QPalette, role: QPalette.ColorRole) -> str:
    return str(palette.color(QPalette.ColorGroup.Active, role).name())


@pytest.mark.parametrize("theme", ["system", "light", "dark", "high-contrast"])
def test_each_theme_gives_the_windows_readable_text_and_visible_outlines(qapp: QApplication, theme: str) -> None:
    apply_theme(qapp, theme)
    palette = qapp.palette()
    for fg, bg in TEXT_PAIRS:
        ratio = contrast(colour(palette, fg), colour(palette, bg))
        assert ratio >= 4.5, f"{theme}: {fg.name} on {bg.name} is {ratio:.2f}:1"
    # The progress bar's outline and its filled part are drawn from the app stylesheet: 3:1 on what is around them.
    sheet = qapp.styleSheet()
    outline = re.search(r"QProgressBar \{ border: 1px solid (#[0-9a-f]{6})", sheet)
    assert outline is not None
    for around in (colour(palette, Role.Window), colour(palette, Role.Base)):
        assert contrast(outline.group(1), around) >= 3.0
    assert contrast(colour(palette, Role.Highlight), colour(palette, Role.Base)) >= 3.0
    # The reader shows where the keyboard is.
    assert "QTextBrowser:focus" in sheet
    if theme != "system":  # a choice's circle and a task's box (the questions below a page): seen on dark too
        ring = re.search(r"QCheckBox::indicator \{ width: 12px; height: 12px; border: 2px solid (#[0-9a-f]{6})", sheet)
        assert ring is not None
        for around in (colour(palette, Role.Window), colour(palette, Role.Base)):
            assert contrast(ring.group(1), around) >= 3.0


def test_the_system_theme_mends_only_what_is_too_faint(qapp: QApplication) -> None:
    """Qt's own light palette draws placeholder text at 4:1; the system theme keeps its colours but that one."""
    system = QPalette(qapp.palette())
    system.setColor(Role.PlaceholderText, system.color(Role.Text).lighter(300))
    colours = app_colours("system", system)
    assert colours["base"] == colour(system, Role.Base)
    assert colours["text"] == colour(system, Role.Text)
    assert contrast(colours["placeholder"], colours["base"]) >= 4.5


def test_choosing_dark_colours_the_page_and_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    reader = window.reader
    window.resize(900, 500)
    window.show()
    window.open_path(window.first_page_path())
    assert DARK["heading"] not in reader.document().defaultStyleSheet()
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum() // 2)
    scroll_before = reader.verticalScrollBar().value()
    colours = window.view_menu.findChild(type(window.view_menu), "coloursMenu")
    assert colours is not None
    actions = {action.objectName(): action for action in colours.actions()}
    assert set(actions) == {"theme-system", "theme-light", "theme-dark", "theme-high-contrast"}
    actions["theme-dark"].trigger()
    assert session.settings.get("theme") == "dark"
    assert colour(reader.palette(), Role.Base) == DARK["page"]
    # The page shown is drawn again in the dark theme's colours, where it was.
    assert f"color: {DARK['heading']}" in reader.document().defaultStyleSheet()
    assert reader.verticalScrollBar().value() == scroll_before
    window.find_bar.open()
    search = window.find_bar.field
    assert contrast(colour(search.palette(), Role.PlaceholderText), colour(search.palette(), Role.Base)) >= 4.5
    actions["theme-high-contrast"].trigger()
    assert f"color: {HIGH_CONTRAST['link']}" in reader.document().defaultStyleSheet()
    window.close()

    again = build_session(tmp_path / "data")
    qtbot.addWidget(again.window)
    assert colour(QApplication.palette(), Role.Base) == HIGH_CONTRAST["page"]
    again_menu = again.window.view_menu.findChild(type(window.view_menu), "coloursMenu")
    assert [a.objectName() for a in again_menu.actions() if a.isChecked()] == ["theme-high-contrast"]


def test_text_size_applies_to_the_whole_app(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    menu_before = window.menuBar().font().pointSizeF()
    reader_before = window.reader.font().pointSizeF()
    window.actions_by_name["zoomIn"].trigger()
    window.actions_by_name["zoomIn"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().font().pointSizeF() == pytest.approx(menu_before * 1.2, rel=0.05))
    assert window.reader.font().pointSizeF() == pytest.approx(reader_before * 1.2, rel=0.05)  # not zoomed twice
    window.close()

    again = build_session(tmp_path / "data")  # kept for the next start
    qtbot.addWidget(again.window)
    qtbot.waitUntil(lambda: again.window.menuBar().font().pointSizeF() == pytest.approx(menu_before * 1.2, rel=0.05))
    assert again.window.reader.font().pointSizeF() == pytest.approx(reader_before * 1.2, rel=0.05)
    again.window.actions_by_name["zoomReset"].trigger()
    qtbot.waitUntil(lambda: again.window.menuBar().font().pointSizeF() == pytest.approx(menu_before))
