"""The journal and the certificate as PDFs a facilitator can print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from handbook.core.content.loader import load_pack
from handbook.core.progress.certificate import CertificateFacts
from handbook.core.progress.record import ItemProgress
from handbook.printing.progress_pdf import write_certificate_pdf, write_journal_pdf
from tests.pdftext import pdf_pages_text


def test_journal_pdf_holds_the_notes_by_module(tmp_path: Path, mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    note = ItemProgress(
        "mini-pack", "start/welcome", note="Bring name tags next time.", updated="2027-03-03T10:00:00+00:00"
    )
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


def frame_and_words(path: Path) -> tuple[tuple[float, float], tuple[float, float, float, float], tuple[float, float]]:
    """The page's size, the outermost rectangle drawn on it (left, bottom, right, top) and how
    high its words reach (top of the first line, bottom of the last), in points from the foot."""
    page = PdfReader(path).pages[0]
    rectangles: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float]] = []

    def before(operator: bytes, args: list[float], cm: list[float], tm: list[float]) -> None:
        if operator == b"re":
            x, y, width, height = map(float, args)
            xs = (x * cm[0] + cm[4], (x + width) * cm[0] + cm[4])
            ys = (y * cm[3] + cm[5], (y + height) * cm[3] + cm[5])
            rectangles.append((min(xs), min(ys), max(xs), max(ys)))

    def text(words: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if words.strip():
            lines.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], abs(tm[3] * cm[3]) * size))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    outer = max(rectangles, key=lambda box: (box[2] - box[0]) * (box[3] - box[1]))
    top = max(base + 0.75 * size for base, size in lines)  # a line's letters rise about 3/4 of its size
    bottom = min(base - 0.25 * size for base, size in lines)
    return (float(page.mediabox.width), float(page.mediabox.height)), outer, (top, bottom)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_certificate_is_centred_on_the_page(tmp_path: Path, paper: str) -> None:
    target = tmp_path / "certificate.pdf"
    facts = CertificateFacts("Amina Diallo", "Facilitating Learning Circles", "1.0.0", date(2027, 3, 4), 42)
    write_certificate_pdf(facts, target, page_size=paper)
    (width, height), (left, bottom, right, top), (words_top, words_bottom) = frame_and_words(target)
    margins = [left, bottom, width - right, height - top]
    assert max(margins) - min(margins) < 1 and 40 < min(margins) < 60  # the frame: 18 mm from every edge
    above, below = top - words_top, words_bottom - bottom
    assert abs(above - below) < 0.03 * height and min(above, below) > 0.08 * height  # the words: in the middle
