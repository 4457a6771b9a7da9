"""Opening a lesson costs one write of the progress file: the time on the page before, the page, the lesson begun."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handbook.core.paths import DataDir
from handbook.core.progress import storage
from handbook.core.progress.record import IN_PROGRESS
from tests.unit.gui.progress_helpers import CHECKLIST, PACK, WELCOME, make_profile, open_window


def test_opening_a_lesson_after_time_on_another_is_one_write(
    qtbot: QtBot, mini_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "data")
    make_profile(data)
    window, progress, _ = open_window(qtbot, mini_pack, data)
    window.open_path(WELCOME)
    for _ in range(5):  # five counted seconds on the welcome lesson, not yet written
        progress.timer.touch()
        progress.timer.tick()
    writes: list[Path] = []
    real_write = storage.atomic_write_bytes

    def counting_write(path: Path, data: bytes) -> None:  # the temp file, fsync and rename of one write
        writes.append(path)
        real_write(path, data)

    monkeypatch.setattr(storage, "atomic_write_bytes", counting_write)
    window.open_path(CHECKLIST)
    assert progress.store is not None
    assert progress.store.get(PACK, "start/checklist").status == IN_PROGRESS
    assert progress.store.get(PACK, "start/welcome").seconds == 5
    assert progress.store.last_page(PACK) == progress.store.last_lesson(PACK) == CHECKLIST
    assert len(writes) == 1
