"""An error nobody expected is logged, shown in a short dialog naming the log, and the app keeps running."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from handbook.core import log as log_module
from handbook.core.errors import HandbookError
from handbook.core.log import get_logger, init_logging
from handbook.gui.shared.error_hook import ErrorHook


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = init_logging(tmp_path / "data")
    yield path
    logging.getLogger("handbook").removeHandler(log_module._handler)  # type: ignore[arg-type]
    if log_module._handler is not None:
        log_module._handler.close()
    log_module._handler = None


def test_an_error_in_a_slot_is_logged_shown_once_and_the_window_stays(qtbot: QtBot, log_file: Path) -> None:
    shown: list[tuple[str, str]] = []
    label = QLabel("still here")
    qtbot.addWidget(label)
    label.show()
    hook = ErrorHook(lambda title, text: shown.append((title, text)), log_file)

    def broken() -> None:
        raise ZeroDivisionError("division by zero in the planner")

    hook.install()
    try:
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        hook.uninstall()
    [(title, text)] = shown
    assert title == "Something went wrong"
    assert "ZeroDivisionError: division by zero in the planner" in text and str(log_file) in text
    assert "keeps running" in text
    assert label.isVisible() and QApplication.instance() is not None
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR handbook.errors: unexpected error" in logged and "Traceback" in logged and "def broken" not in text


def test_while_a_dialog_is_open_more_errors_are_only_logged(log_file: Path) -> None:
    shown: list[str] = []

    def show(title: str, text: str) -> None:
        shown.append(text)
        hook(ValueError, ValueError("again"), None)  # e.g. a timer that fails every second

    hook = ErrorHook(show, log_file)
    hook(HandbookError, HandbookError("The disk is full."), None)
    assert len(shown) == 1 and "The disk is full." in shown[0]
    assert log_file.read_text(encoding="utf-8").count("unexpected error") == 2


def test_a_failing_dialog_never_raises_from_the_hook(log_file: Path) -> None:
    def show(title: str, text: str) -> None:
        raise RuntimeError("no screen")

    ErrorHook(show, log_file)(KeyError, KeyError("x"), None)
    assert "the error dialog could not be shown" in log_file.read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_a_few_files(log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(log_module, "MAX_BYTES", 2_000)
    logger = get_logger("test")
    for number in range(400):
        logger.warning("line %d %s", number, "x" * 40)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == ["handbook.log", "handbook.log.1", "handbook.log.2", "handbook.log.3"]
    assert all(p.stat().st_size < 3_000 for p in log_file.parent.iterdir())
    assert "line 399" in log_file.read_text(encoding="utf-8")


def test_nothing_is_written_until_something_is_logged(log_file: Path) -> None:
    assert not log_file.parent.exists()
    get_logger("test").info("now")
    assert log_file.read_text(encoding="utf-8").endswith("INFO handbook.test: now\n")
