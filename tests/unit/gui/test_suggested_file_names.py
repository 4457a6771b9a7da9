"""The file names the app suggests when saving progress, a summary or a journal are ones Windows accepts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from handbook.core.filenames import windows_name_problem
from handbook.core.paths import DataDir
from tests.unit.gui.progress_helpers import make_profile, open_window


def test_a_profile_named_like_a_device_gets_names_that_save(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    make_profile(data, "Con: Ana?")
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    suggested: list[str] = []
    prompts.answers["save_path"] = lambda name: suggested.append(name) or ""  # then cancel
    for action in ("exportProgress", "progressCsv"):
        window.actions_by_name[action].trigger()
    progress.files().export_journal_markdown()
    progress.files().export_journal_pdf()
    assert len(suggested) == 4
    for path in suggested:
        name = Path(path).name
        assert windows_name_problem(name) is None, name
        assert ":" not in name and "?" not in name
