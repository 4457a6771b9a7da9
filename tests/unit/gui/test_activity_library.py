"""The activity library as a facilitator uses it: filter, sort, read, suggest, pick cards."""

from __future__ import annotations

import random
from functools import lru_cache

import pytest
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.resources import bundled_pack_dir
from handbook.gui.planner.activity_library import ID_ROLE, ActivityLibrary


@lru_cache(maxsize=1)
def bundled() -> Pack:
    return load_pack(bundled_pack_dir())


@pytest.fixture
def library(qtbot: QtBot) -> ActivityLibrary:
    widget = ActivityLibrary(bundled())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_ids(library: ActivityLibrary) -> list[str]:
    results = library.results
    return [results.topLevelItem(row).data(0, ID_ROLE) for row in range(results.topLevelItemCount())]


def test_everything_is_listed_and_the_first_is_shown(library: ActivityLibrary) -> None:
    total = len(bundled().activities)
    assert len(shown_ids(library)) == total
    assert library.count.text() == f"{total} of {total} activities"
    assert library.current_id() == shown_ids(library)[0]
    assert "Steps" in library.detail.toPlainText()


def test_filters_narrow_the_list(library: ActivityLibrary, qtbot: QtBot) -> None:
    library.kind.setCurrentIndex(library.kind.findData("energizer"))
    energizers = shown_ids(library)
    assert energizers and all(bundled().activity(i).kind == "energizer" for i in energizers)  # type: ignore[union-attr]
    library.no_materials.setChecked(True)
    assert set(shown_ids(library)) <= set(energizers) and "shakedown" in shown_ids(library)
    library.setting.setCurrentIndex(library.setting.findData("online"))
    library.group.setValue(25)
    assert all(bundled().activity(i).group[1] >= 25 for i in shown_ids(library))  # type: ignore[union-attr]
    library.kind.setCurrentIndex(0)
    library.no_materials.setChecked(False)
    library.setting.setCurrentIndex(0)
    library.group.setValue(0)  # "Any size"
    qtbot.keyClicks(library.text, "delta")
    assert "plus-delta" in shown_ids(library)
    assert len(shown_ids(library)) < len(bundled().activities)
    library.text.clear()
    library.minutes.setValue(3)
    assert all(bundled().activity(i).minutes[0] <= 3 for i in shown_ids(library))  # type: ignore[union-attr]
    library.energy.setCurrentIndex(library.energy.findData("high"))
    library.text.setText("nothing matches this")
    assert shown_ids(library) == [] and library.count.text().startswith("0 of")
    assert not library.actions_by_name["addToPlan"].isEnabled()
    assert not library.actions_by_name["suggest"].isEnabled()


def test_sorting(library: ActivityLibrary) -> None:
    library.sort.setCurrentIndex(library.sort.findData("shortest"))
    shortest = [bundled().activity(i).minutes[0] for i in shown_ids(library)]  # type: ignore[union-attr]
    assert shortest == sorted(shortest)
    library.sort.setCurrentIndex(library.sort.findData("title"))
    titles = [bundled().activity(i).title.lower() for i in shown_ids(library)]  # type: ignore[union-attr]
    assert titles == sorted(titles)


def test_suggest_one_stays_within_the_filters(library: ActivityLibrary) -> None:
    library.rng = random.Random(7)
    library.kind.setCurrentIndex(library.kind.findData("reflection"))
    allowed = set(shown_ids(library))
    picks = set()
    for _ in range(10):
        picked = library.suggest_one()
        assert picked is not None and picked.id in allowed and library.current_id() == picked.id
        assert picked.title in library.detail.toPlainText()
        picks.add(picked.id)
    assert len(picks) > 1


def test_add_to_plan_and_cards_ask_through_signals(library: ActivityLibrary, qtbot: QtBot) -> None:
    library.select("plus-delta")
    with qtbot.waitSignal(library.addToPlanRequested) as added:
        library.actions_by_name["addToPlan"].trigger()
    assert added.args == ["plus-delta"]
    library.kind.setCurrentIndex(library.kind.findData("energizer"))
    with qtbot.waitSignal(library.cardsPrintRequested) as cards:
        library.actions_by_name["printCards"].trigger()
    assert cards.args == [shown_ids(library), 4]
    library.results.topLevelItem(0).setSelected(True)
    library.results.topLevelItem(1).setSelected(True)
    library.per_page.setCurrentIndex(library.per_page.findData(2))
    assert library.actions_by_name["printCards"].text() == "&Print 2 cards..."
    with qtbot.waitSignal(library.cardsSaveRequested) as saved:
        library.actions_by_name["saveCards"].trigger()
    assert saved.args == [shown_ids(library)[:2], 2]
