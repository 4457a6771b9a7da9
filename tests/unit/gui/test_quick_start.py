"""A returning start paints the saved page the user left at once, then loads the pack and checks the page against it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from handbook.app import WindowStart, open_data, saved_first_page, start_window
from handbook.core.content.page_copy_file import FILE_NAME
from handbook.core.content.pages import render_page
from handbook.core.paths import DataDir
from tests.unit.gui.progress_helpers import make_profile

ARGS = argparse.Namespace(exit_after_start=False)
PROFILE = "amina"  # the folder of the profile "Amina"


def _start(qtbot: QtBot, data: DataDir) -> WindowStart:
    start = start_window(ARGS, *open_data(data.root))
    qtbot.addWidget(start.window)
    return start


def _close(start: WindowStart) -> None:
    """What leaving the app does: progress closed and the page the user left saved for the next start."""
    assert start.session is not None and start.session.progress is not None
    start.session.progress.shutdown()
    assert start.window.page_copy is not None
    start.window.page_copy.save()
    start.window.close()


def _left_on_a_page(qtbot: QtBot, tmp_path: Path) -> tuple[DataDir, str]:
    """A facilitator who read the third page of the course and closed the app."""
    data = DataDir(tmp_path / "data")
    data.ensure()
    assert make_profile(data) == PROFILE
    first = _start(qtbot, data)
    assert first.session is not None  # no saved page yet: everything was built before the window showed
    page = first.window.pack.reading_order()[2]
    first.window.open_path(page.path)
    _close(first)
    return data, page.path


def test_the_saved_page_is_painted_before_the_pack_loads_and_the_rest_follows(qtbot: QtBot, tmp_path: Path) -> None:
    data, path = _left_on_a_page(qtbot, tmp_path)
    start = _start(qtbot, data)
    window = start.window
    assert start.session is None  # not yet: the pack, progress and menus come after the first paint
    assert window.reader.current_path == path
    assert "Facilitating Learning Circles" in window.windowTitle()
    painted = window.reader.toPlainText()
    assert painted.strip()

    qtbot.waitUntil(lambda: start.session is not None, timeout=5000)
    assert start.error is None
    assert window.page_copy is not None and window.page_copy.on_disk is not None  # the copy checked out: not rendered
    assert len(window.pack.reading_order()) > 3  # the real pack now, with its course tree
    assert window.current is not None and window.current.path == path
    assert window.reader.toPlainText() == painted  # the saved page checked out: the same text stays
    assert window.sidebar.course.topLevelItemCount() > 0
    assert window.actions_by_name["next"].isEnabled()
    # The progress menus and marks follow the page's next paint, as on any start.
    qtbot.waitUntil(lambda: "markDone" in window.actions_by_name, timeout=5000)
    _close(start)


def test_a_saved_page_that_no_longer_matches_is_rendered_afresh(qtbot: QtBot, tmp_path: Path) -> None:
    data, path = _left_on_a_page(qtbot, tmp_path)
    file = data.cache / FILE_NAME
    saved = json.loads(file.read_text(encoding="utf-8"))
    # Same start key, so it is painted first; its full key no longer matches the pack, so it is replaced.
    saved.update(key="from another edition of the pack", html="<p>An old version of this page.</p>")
    file.write_text(json.dumps(saved), encoding="utf-8")

    start = _start(qtbot, data)
    assert start.session is None
    assert "An old version" in start.window.reader.toPlainText()
    qtbot.waitUntil(lambda: start.session is not None, timeout=5000)
    page = start.window.pack.page_at(path)
    assert page is not None
    assert "An old version" not in start.window.reader.toPlainText()
    assert page.title in start.window.reader.toPlainText()
    _close(start)
    rewritten = json.loads(file.read_text(encoding="utf-8"))
    assert rewritten["html"] == render_page(page, start.window.pack).html


def test_a_page_saved_for_another_profile_or_language_waits_for_the_pack(qtbot: QtBot, tmp_path: Path) -> None:
    data, path = _left_on_a_page(qtbot, tmp_path)
    assert saved_first_page(*open_data(data.root)) is not None
    _, settings = open_data(data.root)
    settings.set("last_page", "course/another-page.md")  # the person moved on, and the app stopped before saving
    assert saved_first_page(*open_data(data.root)) is None
    settings.set("last_page", path)
    (data.profiles / PROFILE).rename(data.root / "moved away")  # no profile will open: not its ticks
    assert saved_first_page(*open_data(data.root)) is None
    (data.root / "moved away").rename(data.profiles / PROFILE)
    file = data.cache / FILE_NAME
    original = file.read_text(encoding="utf-8")
    saved = json.loads(original)
    start_key = json.loads(saved["start"])
    for index, other in ((1, "es_ES"), (2, str(tmp_path / "another-pack")), (3, "another-profile")):
        changed = list(start_key)
        changed[index] = other
        file.write_text(json.dumps(dict(saved, start=json.dumps(changed))), encoding="utf-8")
        assert saved_first_page(*open_data(data.root)) is None, other
    file.write_text(original, encoding="utf-8")
    start = _start(qtbot, data)
    assert start.session is None  # the untouched copy is painted first again
    qtbot.waitUntil(lambda: start.session is not None, timeout=5000)
    _close(start)


def test_a_damaged_copy_with_a_matching_start_key_is_not_painted(qtbot: QtBot, tmp_path: Path) -> None:
    data, path = _left_on_a_page(qtbot, tmp_path)
    file = data.cache / FILE_NAME
    saved = json.loads(file.read_text(encoding="utf-8"))
    file.write_text(json.dumps(dict(saved, html=None)), encoding="utf-8")
    start = _start(qtbot, data)
    assert start.session is not None  # built before the window showed, as on a first start
    page = start.window.pack.page_at(path)
    assert page is not None and start.window.current is page
    assert page.title in start.window.reader.toPlainText()
    _close(start)
