"""Profiles, backups, files, the overview windows and the certificate, as a facilitator reaches them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from handbook.core.paths import DataDir
from handbook.core.progress.backup import list_backups
from handbook.core.progress.record import DONE
from tests.pdftext import pdf_pages_text
from tests.unit.gui.progress_helpers import CHECKLIST, PACK, QUIZ, WELCOME, make_profile, open_window


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


def test_make_switch_rename_and_delete_profiles(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data, "Amina")
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(WELCOME)
    assert progress.store is not None
    progress.store.set_note(PACK, "start/welcome", "Amina's note")
    progress.show_profiles()
    actions = progress._profile_actions
    assert actions is not None
    dialog = actions.dialog
    assert dialog.list.count() == 1 and "open now" in dialog.list.item(0).text()
    assert not dialog.delete_button.isEnabled()  # not the open profile

    heard: list[tuple[str, str, str]] = []
    opened: list[str] = []
    progress.add_note_listener(lambda *args: heard.append(args))  # e.g. search, across profiles
    progress.profileChanged.connect(opened.append)
    prompts.answers.update(text="Bob", confirm=True)
    dialog.new_button.click()
    assert progress.profile is not None and progress.profile.name == "Bob"
    assert progress.settings.get("last_profile") == "bob" and opened == ["bob"]
    window.open_path(WELCOME)
    assert progress.notes.editor.toPlainText() == ""  # Bob's notes, not Amina's
    progress.notes.editor.setPlainText("Bob's note")
    progress.notes.flush()
    assert heard == [(PACK, "start/welcome", "Bob's note")]

    prompts.answers["text"] = "Robert"
    dialog.select("bob")
    dialog.rename_button.click()
    assert progress.profile.name == "Robert"
    progress.refresh_now()
    assert "Robert" in progress.overview.profile_button.text()
    suggested: list[str] = []
    prompts.answers["save_path"] = lambda name: suggested.append(name) or ""  # then cancel
    window.actions_by_name["exportProgress"].trigger()
    assert Path(suggested[0]).name.startswith("handbook-progress-robert-")  # the new name, not the folder's

    dialog.select("amina")
    dialog.open_button.click()
    assert progress.profile.name == "Amina"
    assert progress.notes.editor.toPlainText() == "Amina's note"

    prompts.answers["confirm"] = False
    dialog.select("bob")
    dialog.delete_button.click()
    assert (data.profiles / "bob").is_dir()  # cancelled: nothing deleted
    question = prompts.shown[-1][2]
    assert "Delete the profile 'Robert'?" in question and str(data.profiles / "bob") in question
    assert "backup" in question and "cannot be undone" in question
    prompts.answers["confirm"] = True
    dialog.delete_button.click()
    assert not (data.profiles / "bob").exists()
    assert [dialog.list.item(row).text() for row in range(dialog.list.count())] == ["Amina (open now)"]


def test_back_up_now_and_restore_a_backup(qtbot: QtBot, mini_pack: Path, data: DataDir) -> None:
    make_profile(data)
    window, progress, _prompts = open_window(qtbot, mini_pack, data)
    assert progress.store is not None
    progress.store.set_note(PACK, "start/welcome", "before")
    progress.show_backups()
    actions = progress._backup_actions
    assert actions is not None
    actions.dialog.backup_button.click()
    assert actions.dialog.list.count() == 1 and "made by hand" in actions.dialog.list.item(0).text()
    progress.store.set_note(PACK, "start/welcome", "after")

    actions.dialog.restore_button.click()
    assert progress.store.get(PACK, "start/welcome").note == "before"
    assert "Restored the backup" in window.statusBar().currentMessage()
    reasons = [backup.reason for backup in list_backups(data.profiles / "amina" / "backups")]
    assert "before-restore" in reasons  # what it replaced is kept
    window.open_path(WELCOME)
    assert progress.notes.editor.toPlainText() == "before"


def test_a_backup_that_cannot_be_restored_says_so_and_keeps_the_progress(
    qtbot: QtBot, mini_pack: Path, data: DataDir
) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    assert progress.store is not None
    progress.store.set_note(PACK, "start/welcome", "kept")
    progress.show_backups()
    actions = progress._backup_actions
    assert actions is not None
    actions.dialog.backup_button.click()
    (backup,) = list_backups(data.profiles / "amina" / "backups")
    backup.path.write_bytes(b"damaged")  # e.g. a bad sector on a USB stick
    window.statusBar().clearMessage()
    actions.dialog.restore_button.click()
    assert "Backup not restored" in prompts.titles("warn")
    assert "Restored" not in window.statusBar().currentMessage()
    assert progress.store is not None and progress.store.get(PACK, "start/welcome").note == "kept"


def test_export_then_import_on_another_computer(qtbot: QtBot, mini_pack: Path, data: DataDir, tmp_path: Path) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(CHECKLIST)
    window.actions_by_name["markDone"].trigger()
    exported = tmp_path / "amina.json"
    prompts.answers["save_path"] = str(exported)
    window.actions_by_name["exportProgress"].trigger()
    assert prompts.titles("info") == ["Progress exported"]
    assert json.loads(exported.read_text(encoding="utf-8"))["profile"] == "Amina"
    window.close()

    other = DataDir(tmp_path / "other-computer")
    make_profile(other, "Amina")
    window, progress, prompts = open_window(qtbot, mini_pack, other)
    prompts.answers["open_path"] = str(exported)
    window.actions_by_name["importProgress"].trigger()
    assert progress.store is not None and progress.store.get(PACK, "start/checklist").status == DONE
    report = prompts.shown[-1]
    assert report[1] == "Progress imported" and "New: Checklist (done)" in report[2]
    progress.refresh_now()
    assert window.sidebar.course.item_for(CHECKLIST).text(2) == "\u2713"  # type: ignore[union-attr]


def test_a_hostile_import_is_refused_and_changes_nothing(
    qtbot: QtBot, mini_pack: Path, data: DataDir, tmp_path: Path
) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    assert progress.store is not None
    before = progress.store.path.read_bytes()
    hostile = tmp_path / "evil.json"
    hostile.write_text(
        json.dumps(
            {"format": "handbook-progress", "format_version": 1, "records": [{"pack": PACK, "item": "x" * 5000}]}
        ),
        encoding="utf-8",
    )
    prompts.answers["open_path"] = str(hostile)
    window.actions_by_name["importProgress"].trigger()
    assert prompts.titles("warn") == ["Progress not imported"]
    assert "Nothing was imported" in prompts.shown[-1][2]
    assert "confirm" not in [kind for kind, _, _ in prompts.shown]  # refused before asking
    assert progress.store.path.read_bytes() == before


def test_csv_summary_lists_every_profile(qtbot: QtBot, mini_pack: Path, data: DataDir, tmp_path: Path) -> None:
    make_profile(data, "Bob", last=False)
    make_profile(data, "Amina")
    window, _progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(WELCOME)
    target = tmp_path / "summary.csv"
    prompts.answers["save_path"] = str(target)
    window.actions_by_name["progressCsv"].trigger()
    text = target.read_text(encoding="utf-8-sig")
    assert text.count("\nAmina,") == 3 and text.count("\nBob,") == 3
    assert "Amina,1. Starting out,Welcome,start/welcome,read,in-progress" in text


def test_certificate_only_when_everything_is_done_and_passed(
    qtbot: QtBot, mini_pack: Path, data: DataDir, tmp_path: Path
) -> None:
    make_profile(data)
    window, _progress, prompts = open_window(qtbot, mini_pack, data)
    target = tmp_path / "certificate.pdf"
    prompts.answers["save_path"] = str(target)
    window.actions_by_name["certificate"].trigger()
    assert prompts.shown[-1][1] == "Certificate not ready yet"
    assert "3 lessons still to mark as done" in prompts.shown[-1][2]
    assert not target.exists()

    for path in (WELCOME, CHECKLIST):
        window.open_path(path)
        window.actions_by_name["markDone"].trigger()
    window.open_path(QUIZ)
    window.answer_panel.quiz_boxes[0].choices[1].click()
    window.actions_by_name["certificate"].trigger()
    assert prompts.shown[-1][1] == "Certificate saved"
    text = pdf_pages_text(target)[0]
    assert "Amina" in text and "Mini pack" in text and "Course version 1.2.3" in text


def test_dashboard_and_journal_windows(qtbot: QtBot, mini_pack: Path, data: DataDir, tmp_path: Path) -> None:
    make_profile(data)
    window, progress, prompts = open_window(qtbot, mini_pack, data)
    window.open_path(WELCOME)
    assert progress.store is not None
    progress.store.set_note(PACK, "start/welcome", "Remember the name tags.")
    window.actions_by_name["dashboard"].trigger()
    dashboard = progress.overview_windows().dashboard
    assert dashboard is not None and dashboard.isVisible()
    text = dashboard.browser.toPlainText()
    assert "Progress of Amina" in text and "0 of 3 lessons done" in text and "Remember the name tags." in text
    dashboard.browser.anchorClicked.emit(QUrl(f"page:{CHECKLIST}"))
    assert window.current is not None and window.current.path == CHECKLIST
    window.actions_by_name["markDone"].trigger()
    progress.refresh_now()
    assert "1 of 3 lessons done" in dashboard.browser.toPlainText()  # kept up to date while open

    dashboard.browser.anchorClicked.emit(QUrl("action:journal"))
    journal = progress.overview_windows().journal
    assert journal is not None and "Remember the name tags." in journal.browser.toPlainText()
    prompts.answers["save_path"] = str(tmp_path / "journal.md")
    journal.markdown_button.click()
    assert "Remember the name tags." in (tmp_path / "journal.md").read_text(encoding="utf-8")
    prompts.answers["save_path"] = str(tmp_path / "journal.pdf")
    journal.pdf_button.click()
    assert "Remember the name tags." in pdf_pages_text(tmp_path / "journal.pdf")[0]
    window.open_path(WELCOME)
    qtbot.keyClicks(progress.notes.editor, " And snacks.")  # typing, then the journal at once: it is there
    window.actions_by_name["journal"].trigger()
    assert "Remember the name tags. And snacks." in journal.browser.toPlainText()
