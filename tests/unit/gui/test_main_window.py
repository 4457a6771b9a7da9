"""The main window as a facilitator uses it: tree, links, previous/next, zoom, web links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.settings import Settings
from handbook.gui.reader.main_window import MainWindow
from tests.conftest import PackWriter

WELCOME = "course/01-start/01-welcome.md"
CHECKLIST = "course/01-start/02-checklist.md"


@pytest.fixture
def window(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> MainWindow:
    settings = Settings(tmp_path / "settings.json")
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(load_pack(mini_pack), settings, state)
    qtbot.addWidget(win)
    win.show()
    win.open_path(win.first_page_path())
    return win


def test_first_page_is_the_first_module(window: MainWindow) -> None:
    assert window.current is not None and window.current.path == "course/01-start/_module.md"
    assert "Starting out" in window.reader.toPlainText()
    assert window.windowTitle() == "Mini pack - Handbook"
    assert not window.problems_panel.isVisible()


def test_open_a_lesson_from_the_tree(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.sidebar.course
    item = tree.item_for(CHECKLIST)
    assert item is not None
    assert item.text(1) == "10"  # suggested minutes
    rect = tree.visualItemRect(item)
    tree.expandAll()
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current is not None and window.current.path == CHECKLIST
    assert "Before you start" in window.reader.toPlainText()
    assert window.settings.get("last_page") == CHECKLIST


def test_follow_an_internal_link_and_go_back(window: MainWindow) -> None:
    window.open_path(WELCOME)
    with_signal = []
    window.pageShown.connect(with_signal.append)
    window.reader.anchorClicked.emit(QUrl("page:course/01-start/02-checklist.md"))
    assert window.current is not None and window.current.path == CHECKLIST
    assert with_signal == [CHECKLIST]
    window.actions_by_name["back"].trigger()
    assert window.current.path == WELCOME
    window.actions_by_name["forward"].trigger()
    assert window.current.path == CHECKLIST


def test_link_to_a_missing_page_says_so(window: MainWindow) -> None:
    assert window.open_path("course/01-start/99-gone.md") is False
    assert "not in the pack" in window.statusBar().currentMessage()


def test_next_and_previous_follow_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.actions_by_name["previous"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.current is not None and window.current.path == WELCOME
    window.actions_by_name["next"].trigger()
    window.actions_by_name["next"].trigger()
    assert window.current.path == "course/02-next/_module.md"
    window.actions_by_name["previous"].trigger()
    assert window.current.path == CHECKLIST
    window.open_path("course/02-next/01-quiz.md")
    assert not window.actions_by_name["next"].isEnabled()


def test_zoom_changes_text_size_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    before = window.reader.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    window.actions_by_name["zoomIn"].trigger()
    assert window.reader.font().pointSizeF() > before
    assert window.settings.get("zoom") == 2
    window.actions_by_name["zoomOut"].trigger()
    assert window.settings.get("zoom") == 1
    window.actions_by_name["zoomReset"].trigger()
    assert window.reader.font().pointSizeF() == pytest.approx(before)


def test_external_link_needs_confirmation(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    window.externalLinkConfirmed.disconnect()
    window.externalLinkConfirmed.connect(opened.append)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> int:
            asked.append(box.text())
            return button.value

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Cancel))
    window.reader.anchorClicked.emit(QUrl("https://example.org"))
    assert opened == [] and "https://example.org" in asked[0]
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Open))
    window.reader.anchorClicked.emit(QUrl("https://example.org"))
    assert [url.toString() for url in opened] == ["https://example.org"]


def test_answer_and_task_links_emit_signals(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.reader.questionLinkActivated) as question:
        window.reader.anchorClicked.emit(QUrl("answer:2"))
    assert question.args == [2]
    with qtbot.waitSignal(window.reader.taskToggled) as task:
        window.reader.anchorClicked.emit(QUrl("task:3"))
    assert task.args == [3]


def test_lists_of_activities_plans_and_forms_open_in_reader(window: MainWindow) -> None:
    activities = window.sidebar.activities
    assert activities.count() == 2
    activities.itemClicked.emit(activities.item(0))
    assert window.current is not None and window.current.section == "activity"
    plans = window.sidebar.plans
    plans.itemClicked.emit(plans.item(0))
    assert "What happens" in window.reader.toPlainText()
    forms = window.sidebar.forms
    forms.itemClicked.emit(forms.item(0))
    assert window.current.title == "Sign-in sheet"


def test_every_action_has_a_shortcut_and_controls_have_names(window: MainWindow) -> None:
    for name, action in window.actions_by_name.items():
        assert not action.shortcut().isEmpty(), name
    for widget in (window.reader, window.sidebar.course, window.sidebar.activities, window.sidebar.plans):
        assert widget.accessibleName()


def test_geometry_is_remembered(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = MainWindow(load_pack(mini_pack), settings, state)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow(
        load_pack(mini_pack), settings, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(second)
    assert second.size().width() == 700


def test_problems_are_listed_and_the_rest_still_opens(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    (mini_pack / "course/01-start/02-checklist.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    win = MainWindow(
        load_pack(mini_pack),
        Settings(tmp_path / "s.json"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(win)
    win.show()
    assert win.problems_panel.isVisible()
    assert win.problems_panel.list.count() == 1
    assert win.problems_panel.list.item(0).text().startswith("course/01-start/02-checklist.md:2:")
    assert win.open_path(WELCOME)


def test_only_the_page_shown_is_highlighted_in_the_sidebar(window: MainWindow) -> None:
    window.open_path(CHECKLIST)
    assert [item.text(0) for item in window.sidebar.course.selectedItems()] == ["Checklist"]
    window.open_path("plans/01-first-meeting.md")
    assert window.sidebar.course.selectedItems() == []
    assert [item.text() for item in window.sidebar.plans.selectedItems()] == ["Week 1 - Getting started"]
    window.open_path(WELCOME)
    assert window.sidebar.plans.selectedItems() == []


def test_a_long_lesson_title_wraps_in_the_course_tree_and_shows_whole_in_its_tooltip(
    qtbot: QtBot, write_pack: PackWriter, tmp_path: Path
) -> None:
    long_title = "Introductions and getting to know each other in a room full of strangers"
    root = write_pack(
        {
            "pack.yaml": "id: t\ntitle: T\nversion: 1.0.0\n",
            "course/01-m/_module.md": "---\ntitle: M\n---\nIntro",
            "course/01-m/01-a.md": f"---\ntitle: {long_title}\nminutes: 5\nkind: read\n---\nText",
            "course/01-m/02-b.md": "---\ntitle: Short\nminutes: 5\nkind: read\n---\nText",
        }
    )
    win = MainWindow(
        load_pack(root), Settings(tmp_path / "s.json"), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    win.show()
    tree = win.sidebar.course
    tree.expandAll()
    tree.setColumnWidth(0, 220)
    long_item, short_item = tree.item_for("course/01-m/01-a.md"), tree.item_for("course/01-m/02-b.md")
    assert long_item is not None and short_item is not None
    assert long_item.toolTip(0) == long_title
    qtbot.waitUntil(lambda: tree.visualItemRect(long_item).height() >= 2 * tree.visualItemRect(short_item).height())
