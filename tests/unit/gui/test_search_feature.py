"""Ctrl+K, type, arrow down, Enter: the page opens with the searched words highlighted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from handbook.app import build_session, start_search
from handbook.core.content.loader import load_pack
from handbook.core.search.index import SearchIndex
from handbook.core.search.search_errors import SearchError
from handbook.core.settings import Settings
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.search.search_feature import SearchFeature
from handbook.gui.shared.first_paint import call_after_first_paint

PLUS_DELTA = "activities/plus-delta.md"


@pytest.fixture
def window(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> MainWindow:
    settings = Settings(tmp_path / "settings.json")
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(load_pack(mini_pack), settings, state)
    qtbot.addWidget(win)
    win.show()
    win.open_path(win.first_page_path())
    return win


@pytest.fixture
def search(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Iterator[SearchFeature]:
    feature = SearchFeature(window, tmp_path / "cache")
    with qtbot.waitSignal(feature.indexReady, timeout=10_000):
        pass
    yield feature
    feature.shutdown()


def selected_texts(window: MainWindow) -> list[str]:
    return [selection.cursor.selectedText() for selection in window.reader.extraSelections()]


def test_type_arrow_down_enter_opens_the_page(window: MainWindow, search: SearchFeature, qtbot: QtBot) -> None:
    window.actions_by_name["search"].trigger()
    panel = search.panel
    assert panel.field.hasFocus() and not panel.showing_results()
    assert panel.stack.currentWidget() is window.sidebar  # the tabs, until something is typed
    qtbot.keyClicks(panel.field, "PLUSES")
    qtbot.waitUntil(lambda: bool(panel.results.hits()), timeout=3000)
    assert panel.showing_results()
    assert panel.results.hits()[0].path == PLUS_DELTA
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.results.current_hit() is not None
    assert panel.results.current_hit().path == PLUS_DELTA  # type: ignore[union-attr]
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert window.current is not None and window.current.path == PLUS_DELTA
    assert selected_texts(window) == ["pluses"]  # the word searched for, highlighted on the page


def test_another_form_of_the_word_is_found_and_highlighted(
    window: MainWindow, search: SearchFeature, qtbot: QtBot
) -> None:
    panel = search.panel
    window.actions_by_name["search"].trigger()
    qtbot.keyClicks(panel.field, "drawing")  # the page says "Draw two columns."
    qtbot.waitUntil(lambda: bool(panel.results.hits()), timeout=3000)
    assert panel.results.hits()[0].path == PLUS_DELTA
    assert "<b>Draw</b>" in panel.results.hits()[0].snippet_html
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert window.current is not None and window.current.path == PLUS_DELTA
    assert selected_texts(window) == ["Draw"]


def test_results_are_grouped_by_kind_and_headings_are_skipped(
    window: MainWindow, search: SearchFeature, qtbot: QtBot
) -> None:
    panel = search.panel
    panel.field.setText("plus delta")
    panel.run_search()
    results = panel.results
    kinds = [hit.kind for hit in results.hits()]
    assert kinds == sorted(kinds, key=kinds.index)  # each kind in one block
    headings = [
        results.item(row).text() or results.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(results.count())
        if results.item(row).flags() == Qt.ItemFlag.NoItemFlags
    ]
    assert len(headings) == len(set(kinds))
    assert any(h.startswith("Activities (") for h in headings)
    for _ in range(results.count() + 2):
        qtbot.keyClick(panel.field, Qt.Key.Key_Down)
        assert results.current_hit() is not None  # never lands on a heading
    assert results.current_hit() == results.hits()[-1]  # stops at the end


def test_enter_without_moving_opens_the_first_result(window: MainWindow, search: SearchFeature, qtbot: QtBot) -> None:
    panel = search.panel
    qtbot.keyClicks(panel.field, '"Shake it"')  # Enter before the pause also searches
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert window.current is not None and window.current.path == "plans/01-first-meeting.md"
    assert "Shake it" in selected_texts(window)


def test_odd_queries_in_the_field_show_nothing_and_never_fail(search: SearchFeature) -> None:
    panel = search.panel
    for text in ('"', "NEAR(", "*", "-", "AND OR", "((", ""):
        panel.field.setText(text)
        panel.run_search()
    assert panel.results.hits() == []
    assert "Type a few words" in panel.status.text()


def test_esc_clears_then_returns_to_the_page(window: MainWindow, search: SearchFeature, qtbot: QtBot) -> None:
    panel = search.panel
    returned: list[bool] = []
    panel.dismissed.connect(lambda: returned.append(True))
    panel.field.setText("delta")
    panel.run_search()
    assert panel.showing_results()
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert panel.field.text() == "" and not returned
    assert not panel.showing_results()  # the sidebar is back
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert returned == [True]


def test_the_tab_shortcuts_bring_the_sidebar_back(window: MainWindow, search: SearchFeature) -> None:
    panel = search.panel
    panel.field.setText("delta")
    panel.run_search()
    window.actions_by_name["showTab1"].trigger()
    assert not panel.showing_results() and window.sidebar.currentIndex() == 1
    window.actions_by_name["search"].trigger()
    assert panel.showing_results() and panel.field.selectedText() == "delta"


def test_a_saved_note_is_found(window: MainWindow, search: SearchFeature) -> None:
    search.update_note("mini-pack", "plus-delta", "My note on Plus/Delta", "Try it with the zither group.")
    hits = search.search("zither")
    assert [(h.kind, h.path) for h in hits] == [("note", PLUS_DELTA)]
    search.remove_note("mini-pack", "plus-delta")
    assert search.search("zither") == []
    search.replace_notes("mini-pack", [("shakedown", "Other profile", "kazoo")])
    assert [h.path for h in search.search("kazoo")] == ["activities/shakedown.md"]
    assert search.matching_ids("pluses") == {"plus-delta"}


def test_notes_saved_before_the_index_is_ready_are_kept(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    feature = SearchFeature(window, tmp_path / "cache")
    try:
        feature.update_note("mini-pack", "shakedown", "Note", "bring a tambourine")
        with qtbot.waitSignal(feature.indexReady, timeout=10_000):
            pass
        assert [h.path for h in feature.search("tambourine")] == ["activities/shakedown.md"]
    finally:
        feature.shutdown()


def test_the_index_is_reused_by_the_next_start(
    window: MainWindow, search: SearchFeature, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = list((tmp_path / "cache" / "search" / "mini-pack").glob("*.sqlite"))
    assert len(files) == 1
    built: list[bool] = []
    monkeypatch.setattr(SearchIndex, "build", lambda *args, **kwargs: built.append(True))
    again = SearchFeature(window, tmp_path / "cache")
    try:
        with qtbot.waitSignal(again.indexReady, timeout=10_000):
            pass
        assert built == []
        assert [h.path for h in again.search("pluses")] == [PLUS_DELTA]
        assert list((tmp_path / "cache" / "search" / "mini-pack").glob("*.sqlite")) == files
    finally:
        again.shutdown()


def test_search_starts_after_the_first_paint(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    session = build_session(tmp_path / "data", mini_pack)
    qtbot.addWidget(session.window)
    called: list[bool] = []
    call_after_first_paint(session.window.reader.viewport(), lambda: called.append(True))
    call_after_first_paint(session.window.reader.viewport(), lambda: start_search(session))
    assert session.search is None and not called  # nothing before the window is shown
    session.window.show()
    qtbot.waitUntil(lambda: session.search is not None, timeout=5000)
    assert called == [True]
    search = session.search
    assert isinstance(search, SearchFeature)
    try:
        # The index may be ready before this line runs: wait for the result, not the signal.
        qtbot.waitUntil(lambda: bool(search.search("shakedown")), timeout=10_000)
        assert (tmp_path / "data" / "cache" / "search" / "mini-pack").is_dir()
    finally:
        search.shutdown()


def test_search_follows_the_pack_shown(window: MainWindow, search: SearchFeature, qtbot: QtBot) -> None:
    other = load_pack(Path(__file__).resolve().parents[2] / "fixtures" / "mini-pack")
    other.info = type(other.info)(id="other-pack", title="Other", version="2.0.0")
    other_activity = other.activities[0]
    other_activity.title = "Zebra crossing walk"
    with qtbot.waitSignal(search.indexReady, timeout=10_000):
        window.set_pack(other)
    assert search.pack is other
    assert [hit.path for hit in search.search("zebra")] == [other_activity.path]


def test_the_count_of_results_is_shown_and_said(window: MainWindow, search: SearchFeature, qtbot: QtBot) -> None:
    panel = search.panel
    window.actions_by_name["search"].trigger()
    qtbot.keyClicks(panel.field, "PLUSES")
    qtbot.waitUntil(lambda: bool(panel.results.hits()), timeout=3000)
    count = len(panel.results.hits())
    said = "1 result for 'PLUSES'." if count == 1 else f"{count} results for 'PLUSES'."
    assert panel.last_announcement == said  # to a screen reader, while the keyboard stays in the field
    assert said in panel.status.text()
    panel.field.setText("zzqqxx")
    panel.run_search()
    assert panel.last_announcement == "Nothing found for 'zzqqxx'. Try fewer or shorter words."


def test_a_big_pack_is_searched_while_it_is_indexed_and_a_new_pack_replaces_the_build(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from benchmarks.synthetic_pack import make_synthetic_pack

    big = load_pack(make_synthetic_pack(tmp_path / "big", lessons=450, images=0, modules=5))
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(big, Settings(tmp_path / "settings.json"), state)
    qtbot.addWidget(win)
    feature = SearchFeature(win, tmp_path / "cache")
    statuses: list[str] = []
    hits_while_building: list[int] = []
    set_status = feature.panel.set_status

    def record(text: str) -> None:
        statuses.append(text)
        if text.startswith("Indexing") and feature.index is not None:
            hits_while_building.append(len(feature.search(big.modules[0].lessons[0].title)))
        set_status(text)

    feature.panel.set_status = record  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(feature.indexReady, timeout=30_000):
            pass
        assert any(status.startswith("Indexing pages: 100 of ") for status in statuses), statuses
        assert any(hits_while_building), statuses  # the first batch was searchable before the last was in
        assert statuses[-1] == ""

        # Another pack while the index of the first is still being built: the old build stops, and news it sent
        # before it stopped (still on its way to the GUI thread) is ignored.
        win.set_pack(load_pack(make_synthetic_pack(tmp_path / "again", lessons=460, images=0, modules=5, seed=8)))
        replaced = feature.job
        assert replaced is not None
        other = load_pack(Path(__file__).resolve().parents[2] / "fixtures" / "mini-pack")
        with qtbot.waitSignal(feature.indexReady, timeout=30_000):
            win.set_pack(other)  # stops the old job; it is deleted at the next turn of the event loop
            statuses.clear()
            replaced.counted.emit(100, 466)
            replaced.noted.emit(str(tmp_path / "no such index.sqlite"))
            replaced.failed.emit(SearchError("a late failure"))
            replaced.succeeded.emit("")
            assert statuses == []
        assert feature.pack is other
        assert [hit.path for hit in feature.search("pluses")] == [PLUS_DELTA]
    finally:
        feature.shutdown()
