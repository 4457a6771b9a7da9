"""Planner, library and printing reached from the main window: menus, lazy windows, print and save."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.content.model import AgendaItem
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey
from handbook.core.planning.store import default_planner_path
from handbook.core.resources import bundled_pack_dir
from handbook.core.settings import Settings
from handbook.gui.planner.planner_tools import PlanningTools
from handbook.gui.planner.planning_menu import install_planning_tools
from handbook.gui.reader.main_window import MainWindow
from tests.pdftext import pdf_pages_text

CIRCLE = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90)


@pytest.fixture
def tools(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PlanningTools:
    settings = Settings(tmp_path / "settings.json")
    settings.set("page_size", "A4")
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_pack(bundled_pack_dir()), settings, state)
    qtbot.addWidget(window)
    menu = install_planning_tools(window, default_planner_path(tmp_path).parent, settings)
    assert menu._tools is None  # nothing more is loaded or read at start-up
    installed = menu.tools
    assert installed._store is None
    installed.store.set_details(CIRCLE)
    errors: list[str] = []
    monkeypatch.setattr(installed, "show_error", errors.append)
    installed.errors = errors  # type: ignore[attr-defined]
    window.show()
    return installed


def test_menus_hold_the_actions_and_no_window_is_built_yet(tools: PlanningTools) -> None:
    window = tools.window
    tools_menu = [a.objectName() for a in window.tools_menu.actions()]
    assert tools_menu[:2] == ["openPlanner", "openLibrary"]
    file_menu = [a.objectName() for a in window.file_menu.actions()]
    assert file_menu.index("printPlan") < file_menu.index("printOrExport") < file_menu.index("quit")
    assert window.actions_by_name["openPlanner"].shortcut().toString() == "Ctrl+Shift+L"
    assert window.actions_by_name["openLibrary"].shortcut().toString() == "Ctrl+Shift+A"
    assert window.actions_by_name["printPlan"].shortcut().toString() == "Ctrl+P"
    assert tools.planner is None and tools.library is None


def test_the_shortcut_opens_the_planner_once(tools: PlanningTools, qtbot: QtBot) -> None:
    tools.window.activateWindow()
    qtbot.keyClick(tools.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    planner = tools.planner
    assert planner is not None and planner.isVisible()
    assert tools.open_planner() is planner
    assert planner.form.course.text() == "Python"


def test_add_to_plan_from_the_library(tools: PlanningTools) -> None:
    library = tools.open_library()
    planner = tools.open_planner()
    planner.select_week(2)
    planner.editor.table.selectRow(0)
    library.select("shakedown")
    library.actions_by_name["addToPlan"].trigger()
    meeting = planner.current_meeting()
    assert meeting is not None and meeting.number == 2 and meeting.agenda[1].activity == "shakedown"
    assert tools.window.statusBar().currentMessage() == "Added Shakedown to week 2."
    assert tools.store.edit_for(meeting.key).agenda == meeting.agenda


def test_print_this_weeks_plan_opens_a_preview(tools: PlanningTools, qtbot: QtBot) -> None:
    tools.open_planner().select_week(3)  # the planner's chosen week is "this week"
    tools.window.actions_by_name["printPlan"].trigger()
    preview = tools.preview
    assert preview is not None and preview.isVisible()
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    assert preview.job.title == "Week 3 of 6: Critique and feedback"
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    preview.close()


def test_save_the_packet_as_pdf(
    tools: PlanningTools, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(tools, "ask_pdf_path", lambda job: target)
    planner = tools.open_planner()
    planner.actions_by_name["savePacket"].trigger()
    assert tools.exports
    with qtbot.waitSignal(tools.exports[0].finished, timeout=30_000):
        pass
    assert "Contents" in pdf_pages_text(target)[0]
    assert tools.window.statusBar().currentMessage().startswith(f"Saved {target}")


def test_a_plan_with_a_missing_activity_is_an_error_not_a_print(tools: PlanningTools) -> None:
    tools.store.set_agenda(EditKey("1", "getting-started"), (AgendaItem("Juggling", 90, "juggling"),))
    tools.print_job(lambda: tools._plan_job(1))
    assert tools.preview is None
    assert "'juggling', which the pack does not have" in tools.errors[0]  # type: ignore[attr-defined]


def test_print_dialog_saves_a_sign_in_sheet(
    tools: PlanningTools, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sign-in.pdf"
    monkeypatch.setattr(tools, "ask_pdf_path", lambda job: target)
    tools.window.open_path("forms/sign-in-sheet.md")
    dialog = tools.open_print_dialog()
    assert dialog.form.isChecked() and dialog.form_choice.currentData() == "sign-in-sheet"
    dialog.rows.setValue(40)
    dialog.page_size.setCurrentText("Letter")
    assert tools.settings.get("page_size") == "Letter"
    dialog.save_button.click()
    with qtbot.waitSignal(tools.exports[0].finished, timeout=30_000):
        pass
    first, *more = pdf_pages_text(target)
    assert first.startswith("Sign-in sheet") and len(more) == 2  # 40 rows on Letter, under a dated head
    assert all(text.startswith("Sign-in sheet, continued Name") for text in more)
    dialog.close()


def test_a_planner_saved_by_an_earlier_version_opens_with_its_edits_in_place(tools: PlanningTools) -> None:
    """Earlier versions kept edits under week numbers; the wrap-up's stayed on week 8 when a circle got 10 meetings."""
    path = tools.store.path
    wrap_up = [{"title": "Check-in with cake", "minutes": 30}, {"title": "Certificates", "minutes": 60}]
    circle = {**CIRCLE.to_dict(), "meetings": 10}
    path.write_text(
        json.dumps({"format": 1, "circle": circle, "meetings": {"8": {"template": "wrapping-up", "agenda": wrap_up}}})
    )
    tools.set_profile_dir(path.parent)  # read the file again, as when the app starts
    planner = tools.open_planner()
    listed = [planner.meeting_list.item(row).text() for row in range(planner.meeting_list.count())]
    assert "Goal setting" in listed[7] and "Wrapping up   (edited)" in listed[9]
    assert [m.title for m in tools.meetings()].count("Wrapping up") == 1
    assert json.loads(path.read_text())["format"] == 1  # written as format 2 at the next change only


def test_a_damaged_planner_file_is_kept_aside_and_said(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(
        load_pack(bundled_pack_dir()), settings, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    path = default_planner_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 2, "circle": ' + "[" * 50_000 + "]" * 50_000 + "}", encoding="utf-8")
    tools = install_planning_tools(window, path.parent, settings).tools
    assert tools.store.details is None
    message = window.statusBar().currentMessage()
    assert "planner's file could not be read" in message and "planner.json.damaged-1" in message
    assert (path.parent / "planner.json.damaged-1").read_text(encoding="utf-8").startswith('{"format": 2')


def test_a_plan_in_the_reader_shows_the_circles_clock_times(qtbot: QtBot, tmp_path: Path) -> None:
    """Minute offsets (0-10, 10-20) with no circle; the circle's times once it is set, as in the planner and PDFs."""
    from handbook.app import build_session
    from handbook.gui.planner.planning_menu import PlanningMenu

    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    plan = window.pack.plans[0]
    window.open_path(plan.path)
    assert "0\u201310" in window.reader.toPlainText() and "Minute" in window.reader.toPlainText()
    tools = next(child for child in window.children() if isinstance(child, PlanningMenu)).tools
    planner = tools.open_planner()
    planner.form.set_details(CircleDetails(first_meeting=dt.date(2027, 3, 2), start_time=dt.time(17, 45)))
    planner.form.detailsEdited.emit(planner.form.details())  # as a person's edit in the form
    qtbot.waitUntil(lambda: "17:45\u201317:55" in window.reader.toPlainText())
    assert "which starts at 17:45" in window.reader.toPlainText()
    planner.close()
    assert session.progress is not None
    session.progress.shutdown()


def test_the_pdf_is_saved_where_the_person_says_through_the_one_way_of_asking(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from handbook.gui.planner.print_support import ask_pdf_path

    asked: list[tuple[str, str, str]] = []
    answers = [str(tmp_path / "week 3"), str(tmp_path / "plan.PDF"), ""]

    class Answers:  # what Prompts does, without a dialog
        def save_path(self, title: str, suggested: str, file_filter: str) -> str:
            asked.append((title, suggested, file_filter))
            return answers.pop(0)

    job = SimpleNamespace(filename="week-3-plan.pdf")
    assert ask_pdf_path(Answers(), job, str(tmp_path)) == tmp_path / "week 3.pdf"  # type: ignore[arg-type]
    assert ask_pdf_path(Answers(), job, str(tmp_path)) == tmp_path / "plan.PDF"  # type: ignore[arg-type]
    assert ask_pdf_path(Answers(), job, str(tmp_path)) is None  # type: ignore[arg-type]
    assert asked[0] == ("Save as PDF", str(tmp_path / "week-3-plan.pdf"), "PDF files (*.pdf)")
