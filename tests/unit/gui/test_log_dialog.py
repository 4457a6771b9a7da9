"""'How did it go?': a meeting logged from the dialog, saved and opened again; from the planner and meeting mode."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from handbook.core.circle.store import CircleLogStore
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.store import PlannerStore
from handbook.gui.meeting.log_dialog import GOAL, LEARNER, STATUS, LogDialog


def test_a_meeting_logged_by_name_is_saved_and_reopened(qtbot: QtBot, tmp_path: Path) -> None:
    store = CircleLogStore(tmp_path / "circle-log.json", 6)
    dialog = LogDialog(store, 2, "Week 2 of 6")
    qtbot.addWidget(dialog)
    dialog.new_names.setText("Ana, Ben, Chen")
    dialog.add_names()
    dialog.names.item(1).setCheckState(Qt.CheckState.Unchecked)  # Ben did not come
    dialog.rating.button(4).setChecked(True)
    dialog.plus.setPlainText("Good talk")
    dialog.delta.setPlainText("Start on time")
    dialog.add_goal_row("Ana", "Write a CV", "met")
    dialog.reflection.setPlainText("A kind group.")
    dialog.save_and_close()
    assert dialog.result() == dialog.DialogCode.Accepted

    again = CircleLogStore(tmp_path / "circle-log.json", 6)  # read back from the file
    meeting = again.meeting(2)
    assert meeting is not None and meeting.present == ("Ana", "Chen") and meeting.rating == 4
    assert (meeting.plus, meeting.delta) == ("Good talk", "Start on time")
    assert again.log.learners == ("Ana", "Ben", "Chen") and again.log.reflection == "A kind group."
    assert [(g.learner, g.text, g.status) for g in again.log.goals] == [("Ana", "Write a CV", "met")]

    reopened = LogDialog(again, 2)
    qtbot.addWidget(reopened)
    assert reopened.by_name.isChecked() and reopened.present() == ["Ana", "Chen"]
    assert reopened.rating.checkedId() == 4 and reopened.plus.toPlainText() == "Good talk"
    assert reopened.goals.item(0, LEARNER).text() == "Ana" and reopened.goals.item(0, GOAL).text() == "Write a CV"
    status = reopened.goals.cellWidget(0, STATUS)
    assert isinstance(status, QComboBox) and status.currentData() == "met"

    week3 = LogDialog(again, 3)  # the roster typed once is there to tick
    qtbot.addWidget(week3)
    assert week3.learners() == ["Ana", "Ben", "Chen"] and week3.present() == []
    week3.by_count.setChecked(True)
    week3.count.setValue(7)
    assert week3.save()
    assert CircleLogStore(tmp_path / "circle-log.json").meeting(3).count == 7  # type: ignore[union-attr]


def test_a_refused_entry_says_why_and_keeps_the_dialog_open(qtbot: QtBot, tmp_path: Path) -> None:
    store = CircleLogStore(tmp_path / "circle-log.json", 6)
    dialog = LogDialog(store, 1)
    qtbot.addWidget(dialog)
    dialog.plus.setPlainText("x" * 3000)  # longer than a note may be
    dialog.save_and_close()
    assert dialog.problem.text() and dialog.result() != dialog.DialogCode.Accepted
    assert store.meeting(1) is None


def test_the_planner_runs_a_meeting_and_logs_a_past_one(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from handbook.core.content.loader import load_pack
    from handbook.core.resources import bundled_pack_dir
    from handbook.core.settings import Settings
    from handbook.gui.meeting.meeting_window import MeetingWindow
    from handbook.gui.planner.planning_menu import install_planning_tools
    from handbook.gui.reader.main_window import MainWindow

    settings = Settings(tmp_path / "settings.json")
    main = MainWindow(
        load_pack(bundled_pack_dir()), settings, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(main)
    tools = install_planning_tools(main, tmp_path / "profiles" / "guest", settings).tools
    tools.store.set_details(CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90))
    planner = tools.open_planner()
    planner.select_week(3)
    planner.actions_by_name["runMeeting"].trigger()
    window = tools.meeting_window
    assert isinstance(window, MeetingWindow) and window.meeting.number == 3 and window.isVisible()
    window.close()  # not started: leaves without asking, and nothing to log
    assert tools.log_dialog is None
    planner.actions_by_name["logMeeting"].trigger()
    dialog = tools.log_dialog
    assert isinstance(dialog, LogDialog) and dialog.week == 3
    dialog.count.setValue(5)
    dialog.save_and_close()
    assert CircleLogStore(tools.profile_dir / "circle-log.json").meeting(3).count == 5  # type: ignore[union-attr]


def test_handbook_meeting_chooses_the_week(private_data_dir: Path) -> None:
    from handbook.commands.meeting import choose_meeting
    from handbook.core.errors import HandbookError
    from handbook.core.paths import DataDir
    from handbook.core.planning.store import default_planner_path
    from handbook.core.progress.profiles import Profiles

    profile, progress = Profiles(DataDir(private_data_dir)).create("Sam")
    progress.close()
    first = dt.date.today() - dt.timedelta(days=14)
    PlannerStore(default_planner_path(private_data_dir, profile.folder)).set_details(
        CircleDetails("Python", "Room 2", ("Ana",), first, "", dt.time(18, 0), 6, 90)
    )
    args = argparse.Namespace(data_dir=str(private_data_dir), portable=False, profile="Sam", week=None)
    assert choose_meeting(args)[3].number == 3  # today is the third meeting's day
    args.week = 5
    assert choose_meeting(args)[3].number == 5
    args.week = 7
    with pytest.raises(HandbookError, match="no week 7"):
        choose_meeting(args)


def test_the_report_shows_the_chart_and_saves_the_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    from handbook.gui.meeting.report_dialog import ReportDialog
    from tests.pdftext import pdf_pages_text

    store = CircleLogStore(tmp_path / "circle-log.json", 6)
    store.log_meeting(1, attended=9, rating=4, plus="Lively")
    store.log_meeting(2, attended=6)
    details = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90)
    dialog = ReportDialog(store.log, details, lambda *_: str(tmp_path / "report.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.chart.drawn))
    assert len(dialog.chart.drawn) == 2 and dialog.chart.drawn[0].height() > dialog.chart.drawn[1].height()
    assert "1: 9" in dialog.chart.accessibleDescription()
    assert dialog.save_pdf() == tmp_path / "report.pdf"
    assert "Lively" in " ".join(pdf_pages_text(tmp_path / "report.pdf"))
