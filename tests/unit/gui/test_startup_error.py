"""A start-up error (e.g. a locked USB stick in portable mode) is shown in a dialog, not only on stderr."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from handbook.core.paths import PortableDataError
from handbook.gui.shared import startup_error

ERROR = PortableDataError("E:/Handbook/HandbookData: portable mode keeps your data in this folder ...")


def test_the_dialog_says_what_went_wrong(qtbot: QtBot) -> None:
    box = startup_error.startup_error_box(ERROR)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.windowTitle() == box.accessibleName() == "Handbook cannot start"
    assert box.text() == ERROR.message
    assert "Nothing was changed" in box.informativeText()


def test_shown_on_a_screen_but_not_headless(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        startup_error, "startup_error_box", lambda error: SimpleNamespace(exec=lambda: shown.append(error.message))
    )
    startup_error.show_startup_error(ERROR)  # the tests run offscreen: no dialog to wait for
    assert shown == []
    monkeypatch.setattr(startup_error, "QGuiApplication", SimpleNamespace(platformName=lambda: "xcb"))
    startup_error.show_startup_error(ERROR)
    assert shown == [ERROR.message]
