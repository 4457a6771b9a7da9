"""Certificates of participation for the learners who qualify, from the report (CLI and the report window)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handbook.cli import main
from handbook.core.circle.store import CIRCLE_LOG_FILE, CircleLogStore
from handbook.core.content.loader import load_pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.resources import bundled_pack_dir, bundled_translations
from handbook.gui.meeting.report_dialog import ReportDialog
from handbook.printing.certificates import CERTIFICATE_FORM, certificate_for, certificates_job
from handbook.printing.form_sheet import find_form
from handbook.printing.markup import PrintInputError
from tests.pdftext import pdf_pages_text
from tests.unit.printing.test_circle_report import CIRCLE

ATTENDANCE = (
    (1, "Ana, Ben, Chen"),
    (2, "Ana, Ben"),
    (3, "Ana, Chen"),
    (4, "Ana, Ben"),
    (5, "Ana, Ben"),
    (6, "Ana, Ben"),
)


@pytest.fixture
def logged(tmp_path: Path, private_data_dir: Path) -> Path:
    """A six-meeting circle where Ana and Ben came to 6 and 5 meetings, Chen to 2."""
    circle = tmp_path / "circle.yaml"
    circle.write_text(CIRCLE, encoding="utf-8")
    assert main(["circle", "set", str(circle), "--profile", "Sam"]) == 0
    for week, names in ATTENDANCE:
        assert main(["circle", "log", "--week", str(week), "--learners", names, "--profile", "Sam"]) == 0
    return private_data_dir


def test_each_learner_who_qualifies_gets_a_page_with_their_name(logged: Path, tmp_path: Path) -> None:
    report, certificates = tmp_path / "report.pdf", tmp_path / "certificates.pdf"
    assert main(["circle", "report", "-o", str(report), "--certificates", str(certificates), "--profile", "Sam"]) == 0
    pages = pdf_pages_text(certificates)
    assert len(pages) == 2
    assert "Ana" in pages[0] and "Ben" in pages[1] and not any("Chen" in page for page in pages)
    for page in pages:
        assert (
            "of participation" in page
        )  # "Certificate" is set with an fi ligature and "Reading club" in page and "Branch library" in page
        assert "Notes for the facilitator" not in page  # the facilitator's notes are not printed


def test_the_report_window_saves_the_certificates(logged: Path, tmp_path: Path, qtbot: QtBot) -> None:
    details = CircleDetails("Reading club", "Branch library", ("Sam Lee",), dt.date(2027, 9, 7))
    store = CircleLogStore(logged / "profiles" / "sam" / CIRCLE_LOG_FILE, details.meetings)
    dialog = ReportDialog(store.log, details, lambda *args: "", pack=load_pack(bundled_pack_dir()))
    qtbot.addWidget(dialog)
    target = tmp_path / "from-window.pdf"
    assert dialog.save_certificates(str(target)) == target
    assert len(pdf_pages_text(target)) == 2 and "Saved 2 certificates" in dialog.said.text()


def test_the_spanish_certificate_takes_the_name_and_nobody_qualifying_is_said() -> None:
    pack = load_pack(bundled_translations()["es"])
    form = certificate_for(find_form(pack, CERTIFICATE_FORM), "María *José* López")
    assert "**María José López**" in form.body and "Notas para quien facilita" not in form.body
    details = CircleDetails("Club de lectura", "Biblioteca", ("Ana",), dt.date(2027, 9, 7))
    with pytest.raises(PrintInputError, match="Nobody qualifies"):
        certificates_job(pack, [], details, "A4")
