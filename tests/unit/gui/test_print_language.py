"""File > Print in Spanish: the dialog offers the paper's language, prints Spanish PDFs and keeps the choice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from handbook.core import i18n
from handbook.core.content.loader import load_pack
from handbook.core.content.model import AgendaItem, Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import edit_key
from handbook.core.planning.store import default_planner_path
from handbook.core.resources import bundled_pack_dir
from handbook.core.settings import Settings
from handbook.gui.planner.planner_tools import PlanningTools
from handbook.gui.planner.planning_menu import install_planning_tools
from handbook.gui.planner.print_dialog import PrintDialog
from handbook.gui.reader.main_window import MainWindow
from tests.conftest import PackWriter
from tests.pdftext import pdf_pages_text
from tests.test_spanish import english_words
from tests.test_translations import spanish  # noqa: F401  (the fixture)

CIRCLE = CircleDetails("Python", "Biblioteca Central", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90)


def make_tools(qtbot: QtBot, folder: Path, pack: Pack | None = None) -> PlanningTools:
    """The planning tools of a main window on the built-in course, with a circle set, as a librarian has them."""
    settings = Settings(folder / "settings.json")
    settings.set("page_size", "A4")
    state = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack or load_pack(bundled_pack_dir()), settings, state)
    qtbot.addWidget(window)
    tools = install_planning_tools(window, default_planner_path(folder).parent, settings).tools
    tools.store.set_details(CIRCLE)
    window.show()
    return tools


@pytest.fixture
def tools(qtbot: QtBot, tmp_path: Path) -> PlanningTools:
    return make_tools(qtbot, tmp_path)


def offered(dialog: PrintDialog) -> list[str]:
    return [dialog.language.itemText(row) for row in range(dialog.language.count())]


def save(tools: PlanningTools, dialog: PrintDialog, qtbot: QtBot, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Press "Save as PDF" and return the PDF's text."""
    monkeypatch.setattr(tools, "ask_pdf_path", lambda job: target)
    dialog.save_button.click()
    with qtbot.waitSignal(tools.exports[-1].finished, timeout=60_000):
        pass
    return " ".join(pdf_pages_text(target))


def test_the_dialog_offers_english_and_espanol_and_starts_in_the_apps_language(tools: PlanningTools) -> None:
    dialog = tools.open_print_dialog()
    assert offered(dialog) == ["English", "Español"] and dialog.language.isVisible()
    assert dialog.chosen_language() == "en" and dialog.form_choice.currentText() == "Sign-in sheet"
    dialog.language.setCurrentIndex(1)  # as a librarian picks Español
    assert dialog.form_choice.currentText() == "Hoja de asistencia"  # the same form, named in Spanish
    assert dialog.pack.info.language == "es"
    assert "Ponerse metas" in dialog.week.itemText(1)
    assert dialog.changes_note.isHidden()  # no edits in the planner: nothing left out
    dialog.close()


@pytest.mark.usefixtures("spanish")
def test_in_a_spanish_app_the_packet_and_a_form_print_in_spanish(
    tools: PlanningTools, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = tools.open_print_dialog()
    assert dialog.chosen_language() == "es" and dialog.language.currentText() == "Español"
    dialog.packet.setChecked(True)
    packet = save(tools, dialog, qtbot, tmp_path / "cuadernillo.pdf", monkeypatch)
    assert "Contenido" in packet and "Semana 1 de 6: Para empezar" in packet and "martes, 2 de marzo de 2027" in packet
    assert english_words(packet) == [], packet
    dialog.form.setChecked(True)
    dialog.form_choice.setCurrentIndex(dialog.form_choice.findData("sign-in-sheet"))
    sheet = save(tools, dialog, qtbot, tmp_path / "asistencia.pdf", monkeypatch)
    assert sheet.startswith("Hoja de asistencia") and "Facilitación: Ana" in sheet
    assert english_words(sheet) == [], sheet
    dialog.language.setCurrentIndex(0)  # English paper from the Spanish app: English throughout
    english = save(tools, dialog, qtbot, tmp_path / "sign-in.pdf", monkeypatch)
    assert english.startswith("Sign-in sheet") and "Page 1 of 1" in english and "Página" not in english
    assert i18n.format_date(dt.date(2027, 3, 9)) == "martes, 9 de marzo de 2027"  # the app speaks Spanish again
    dialog.close()


def test_spanish_paper_from_an_english_app_is_spanish_and_the_app_stays_english(
    tools: PlanningTools, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = tools.open_print_dialog()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.plan.setChecked(True)
    dialog.week.setCurrentIndex(1)
    plan = save(tools, dialog, qtbot, tmp_path / "semana-2.pdf", monkeypatch)
    assert "Semana 2 de 6: Ponerse metas" in plan and "martes, 9 de marzo de 2027" in plan and "Página 1 de 1" in plan
    assert english_words(plan) == [], plan
    assert i18n.format_date(dt.date(2027, 3, 9)) == "Tuesday 9 March 2027"  # the app speaks English again
    dialog.language.setCurrentIndex(0)
    english = save(tools, dialog, qtbot, tmp_path / "week-2.pdf", monkeypatch)
    assert "Week 2 of 6: Goal setting" in english and "Tuesday 9 March 2027" in english
    dialog.close()


def test_the_choice_is_kept_for_the_next_time(tools: PlanningTools, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = tools.open_print_dialog()
    dialog.language.setCurrentIndex(1)
    dialog.close()
    assert Settings(tmp_path / "settings.json").get("print_language") == "es"  # on disk, for the next start
    again = make_tools(qtbot, tmp_path).open_print_dialog()
    assert again.chosen_language() == "es" and again.form_choice.currentText() == "Hoja de asistencia"
    again.close()


def test_a_language_that_is_not_shipped_falls_back_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("print_language", "fr")  # chosen on a computer that had French forms
    tools = make_tools(qtbot, tmp_path)
    errors: list[str] = []
    tools.show_error = errors.append  # type: ignore[method-assign]
    dialog = tools.open_print_dialog()
    assert dialog.chosen_language() == "en" and dialog.form_choice.currentText() == "Sign-in sheet" and not errors
    dialog.close()


def test_a_course_without_a_translation_shows_no_choice(qtbot: QtBot, tmp_path: Path, write_pack: PackWriter) -> None:
    course = load_pack(
        write_pack({
            "pack.yaml": "id: knitting\ntitle: Knitting\nversion: 1.0.0\nlanguage: en\n",
            "forms/sign-in-sheet.md": "---\ntitle: Sign-in sheet\n---\n| Name |\n|---|\n|  |\n",
            "plans/01-first.md": "---\ntitle: First meeting\nweek: 1\nminutes: 90\nagenda:\n  - {title: Knit, minutes: 90}\n---\n",
        })
    )  # fmt: skip
    dialog = make_tools(qtbot, tmp_path, course).open_print_dialog()
    assert offered(dialog) == ["English"] and dialog.language.isHidden()
    dialog.close()


def test_changed_agendas_are_named_and_chosen_plans_carry_over(tools: PlanningTools) -> None:
    """The librarian's own lines are English: the Spanish sheets print those weeks as they come, and say so."""
    pack = tools.pack
    tools.store.set_agenda(edit_key(pack, 4, 6), (AgendaItem("Check-in with cake", 30), AgendaItem("Course work", 60)))
    tools.store.set_template(edit_key(pack, 3, 6), "peer-teaching")
    dialog = tools.open_print_dialog()
    assert dialog.changes_note.isHidden()
    dialog.language.setCurrentIndex(1)
    assert dialog.changes_note.isVisible()
    assert dialog.changes_note.text() == (
        "Not in the Español printouts: your changes to the agenda of week 4. That week's plan is printed as it "
        "comes. Choose English to print your changes."
    )
    assert "Enseñar entre pares" in dialog.week.itemText(2)  # the plan chosen for week 3, in Spanish
    dialog.language.setCurrentIndex(0)
    assert dialog.changes_note.isHidden()
    dialog.close()
    tools.store.set_agenda(edit_key(pack, 2, 6), (AgendaItem("Goals on paper", 90),))
    again = tools.open_print_dialog()
    again.language.setCurrentIndex(1)
    assert "your changes to the agendas of weeks 2, 4." in again.changes_note.text()
    again.close()


def test_the_language_comes_first_by_keyboard(tools: PlanningTools, qtbot: QtBot) -> None:
    """Its label's accelerator reaches it, and Tab goes from it to what to print."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    dialog = tools.open_print_dialog()
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.language)
    assert label.text() == "&Language of the printouts:"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.language
    qtbot.keyClick(dialog.language, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.plan  # the checked choice of what to print
    dialog.close()


def test_this_weeks_plan_follows_the_printouts_language(tools: PlanningTools, qtbot: QtBot) -> None:
    """Ctrl+P prints what File > Print would: the Spanish plan, and the status bar says the changes are not in it."""
    tools.settings.set("print_language", "es")
    tools.store.set_agenda(edit_key(tools.pack, 1, 6), (AgendaItem("Welcome with cake", 90),))
    tools.window.actions_by_name["printPlan"].trigger()  # the circle starts in 2027: this week is week 1
    preview = tools.preview
    assert preview is not None and preview.job.title == "Semana 1 de 6: Para empezar"
    message = tools.window.statusBar().currentMessage()
    assert message.startswith("Not in the Español printouts: your changes to the agenda of week 1."), message
    preview.close()


def test_a_course_without_session_plans_still_prints_its_forms(
    qtbot: QtBot, tmp_path: Path, write_pack: PackWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An imported course often has no plans: File > Print opens on the forms, Ctrl+P says why nothing prints."""
    root = write_pack(
        {
            "pack.yaml": "id: imported\ntitle: Imported course\nversion: 1.0.0\n",
            "course/01-m/_module.md": "---\ntitle: M\n---\nIntro",
            "course/01-m/01-first.md": "---\ntitle: First\nminutes: 30\nkind: read\n---\nHello",
            "forms/sign-in-sheet.md": "---\ntitle: Sign-in sheet\n---\nPlease write your name.\n",
        }
    )
    tools = make_tools(qtbot, tmp_path, load_pack(root))
    dialog = tools.open_print_dialog()
    assert not dialog.plan.isEnabled() and not dialog.packet.isEnabled()
    assert dialog.form.isChecked() and dialog.form_choice.currentText() == "Sign-in sheet"
    assert "Please write your name." in save(tools, dialog, qtbot, tmp_path / "sheet.pdf", monkeypatch)
    tools.print_current_plan()
    assert tools.window.statusBar().currentMessage() == "This course has no session plans to print."
