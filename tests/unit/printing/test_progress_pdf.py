"""The journal and the certificate as PDFs a facilitator can print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from handbook.core.certificate import CertificateFacts
from handbook.core.loader import load_pack
from handbook.core.progress_record import ItemProgress
from handbook.printing.progress_pdf import write_certificate_pdf, write_journal_pdf
from tests.pdftext import pdf_pages_text


def test_journal_pdf_holds_the_notes_by_module(tmp_path: Path, mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    note = ItemProgress("mini-pack", "start/welcome", note="Bring name tags next time.", updated="2027-03-03T10:00:00+00:00")
    target = tmp_path / "journal.pdf"
    pages = write_journal_pdf(pack, {note.key: note}, "Amina", target, today=date(2027, 3, 4))
    text = pdf_pages_text(target)[0]
    assert pages == 1
    for expected in ("Journal of Amina", "1. Starting out", "Welcome", "Bring name tags next time.", "4 March 2027",
                     "Page 1 of 1"):  # fmt: skip
        assert expected in text


def test_certificate_pdf_is_one_page_with_name_course_date_and_version(tmp_path: Path) -> None:
    target = tmp_path / "certificate.pdf"
    facts = CertificateFacts("Amina Diallo", "Facilitating Learning Circles", "1.0.0", date(2027, 3, 4), 42)
    assert write_certificate_pdf(facts, target, page_size="Letter") == 1
    reader = PdfReader(target)
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 612
    text = pdf_pages_text(target)[0]
    for expected in ("CERTIFICATE OF COMPLETION", "Amina Diallo", "Facilitating Learning Circles", "4 March 2027",
                     "Course version 1.0.0"):  # fmt: skip
        assert expected in text
    assert "Page 1" not in text  # a certificate carries no page number
    assert "Certificate of completion: Amina Diallo" in str(reader.metadata.title)
