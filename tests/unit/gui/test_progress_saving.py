"""Progress that cannot be saved (a full disk, text the file cannot hold): said once, kept, written when it can be."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handbook.core.paths import DataDir
from handbook.core.progress.store import ProgressStore
from tests.unit.gui.progress_helpers import CHECKLIST, PACK, TICKED, click, make_profile, open_window


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file written from now on fails as on a full disk (until ``monkeypatch.undo()``)."""

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", no_space)


def test_a_full_disk_is_said_once_and_nothing_is_lost(
    qtbot: QtBot, mini_pack: Path, data: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(CHECKLIST)
    assert progress.store is not None
    saved = progress.store.path.read_bytes()

    fill_the_disk(monkeypatch)
    click(window, "task:0")
    click(window, "task:1")
    assert prompts.titles("warn") == ["Progress not saved"]  # once, not on every click
    assert "No space left on device" in window.statusBar().currentMessage()
    assert f"{TICKED} Book the room" in window.reader.toPlainText()  # the screen still shows the tick
    assert progress.store.path.read_bytes() == saved
    monkeypatch.undo()
    click(window, "task:0")  # the next change writes everything, the ticks made meanwhile too
    assert window.statusBar().currentMessage() == "Progress saved again."
    window.close()
    window, progress, _ = open_window(qtbot, mini_pack, data)
    assert progress.store is not None
    assert dict(progress.store.get(PACK, "start/checklist").ticks) == {0: False, 1: False}


def test_work_kept_in_memory_is_written_when_the_disk_comes_back_without_another_click(
    qtbot: QtBot, mini_pack: Path, data: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(CHECKLIST)
    assert progress.store is not None

    fill_the_disk(monkeypatch)
    click(window, "task:0")
    assert progress.saving.retry_timer.isActive() and progress.store.unsaved
    progress.saving.retry()  # what the timer does every 20 seconds: still failing, said in the status bar
    assert prompts.titles("warn") == ["Progress not saved"]
    monkeypatch.undo()
    progress.saving.retry()
    assert window.statusBar().currentMessage() == "Progress saved again."
    assert not progress.saving.retry_timer.isActive() and not progress.store.unsaved
    reread = ProgressStore.open(progress.store.path, read_only=True)
    assert dict(reread.get(PACK, "start/checklist").ticks) == {0: True}


def test_work_that_cannot_be_written_by_closing_time_is_said(
    qtbot: QtBot, mini_pack: Path, data: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_profile(data)
    window, _progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(CHECKLIST)

    fill_the_disk(monkeypatch)
    click(window, "task:0")
    window.close()
    warnings = [text for kind, _title, text in prompts.shown if kind == "warn"]
    assert len(warnings) == 2 and "could not be written" in warnings[1] and "progress.json" in warnings[1]


def test_a_change_the_store_refuses_is_said_each_time(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    _window, progress, prompts = open_window(qtbot, mini_pack, data)
    assert not progress.save(lambda store: store.set_note(PACK, "start/welcome", "broken \ud800 text"))
    assert not progress.save(lambda store: store.set_note(PACK, "start/welcome", "broken \udc00 text"))
    assert prompts.titles("warn") == ["Change not saved", "Change not saved"]
    assert progress.save(lambda store: store.set_note(PACK, "start/welcome", "fine"))
