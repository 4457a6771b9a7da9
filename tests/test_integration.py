"""The features work together as one app: profiles, planner, notes, search and pack updates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handbook.app import Session, backup_every_profile, build_session, start_search
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.store import PLANNER_FILE, PlannerStore
from handbook.gui.planner.planning_menu import PlanningMenu


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path, mini_pack: Path) -> Iterator[Session]:
    made = build_session(tmp_path / "data", mini_pack)
    qtbot.addWidget(made.window)
    made.window.show()
    yield made
    if made.search is not None:
        made.search.shutdown()
    assert made.progress is not None
    made.progress.shutdown()


def test_a_saved_note_is_found_by_search(session: Session, qtbot: QtBot) -> None:
    progress = session.progress
    assert progress is not None
    profile, store = progress.profiles.create("Amina")
    progress.switch_to(profile, store)
    start_search(session)
    search = session.search
    assert search is not None
    lesson = next(session.pack.lessons())
    assert progress.store is not None
    progress.store.set_note(session.pack.info.id, lesson.id, "Bring the zebra puppet next week")
    qtbot.waitUntil(lambda: [hit.path for hit in search.search("zebra")] == [lesson.path], timeout=10_000)


def test_the_planner_follows_the_open_profile(session: Session) -> None:
    progress = session.progress
    assert progress is not None
    amina, store = progress.profiles.create("Amina")
    progress.switch_to(amina, store)
    lee, store = progress.profiles.create("Lee")
    progress.switch_to(lee, store)
    tools_dir = session.data.profile(lee.folder)
    PlannerStore(tools_dir / PLANNER_FILE).set_details(CircleDetails("Lee's circle", first_meeting=dt.date(2027, 1, 5)))
    menus = session.window.findChildren(PlanningMenu)
    assert len(menus) == 1
    assert menus[0].profile_dir == tools_dir
    assert menus[0].tools.details().course_title == "Lee's circle"
    progress.switch_to(amina)
    assert menus[0].tools.details().course_title == ""


def test_a_pack_update_backs_up_every_profile(session: Session) -> None:
    progress = session.progress
    assert progress is not None
    for name in ("Amina", "Lee"):
        profile, store = progress.profiles.create(name)
        progress.switch_to(profile, store)
    backup_every_profile(session.data, progress)
    backups = sorted(session.data.profiles.glob("*/backups/*pack-update*"))
    assert len(backups) == 2
