"""write_pdf lays out HTML on real pages with a header and page numbers, and never half-writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from handbook.printing.options import PrintError, PrintOptions, default_page_size
from handbook.printing.pdf import write_pdf
from tests.pdftext import pdf_pages_text


def test_one_page_with_header_and_footer(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    pages = write_pdf(
        "<h1>Week 1</h1><p>18:00 Check-in</p>",
        target,
        options=PrintOptions(header_left="Tuesday circle", header_right="3 March 2027", title="Plan"),
    )
    assert pages == 1
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = pdf_pages_text(target)[0]
    for expected in ("Week 1", "18:00 Check-in", "Tuesday circle", "3 March 2027", "Page 1 of 1"):
        assert expected in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_a_long_header_gives_way_to_the_dates(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    circle = "Introduction to Data Analysis with Spreadsheets for Small Business Owners · Riverside Branch Library"
    write_pdf(
        "<p>Plan</p>",
        target,
        options=PrintOptions(header_left=circle, header_right="Wed 22 Sep 2027 to Wed 8 Dec 2027"),
    )
    text = pdf_pages_text(target)[0]
    assert "Introduction to Data Analysis" in text and "…" in text  # cut short, not run into the dates
    assert "Riverside Branch Library" not in text and "Wed 22 Sep 2027 to Wed 8 Dec 2027" in text


def test_long_text_breaks_into_pages_and_letter_size(tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    html = "".join(f"<p>Paragraph number {n} of a long text.</p>" for n in range(400))
    pages = write_pdf(html, target, options=PrintOptions(page_size="Letter"))
    reader = PdfReader(target)
    assert pages == len(reader.pages) > 3
    assert f"Page {pages} of {pages}" in pdf_pages_text(target)[-1]
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_unwritable_target_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="does not exist"):
        write_pdf("<p>x</p>", tmp_path / "missing" / "out.pdf")
    with pytest.raises(PrintError, match="unknown page size"):
        write_pdf("<p>x</p>", tmp_path / "out.pdf", options=PrintOptions(page_size="A5"))
    assert list(tmp_path.iterdir()) == []


def test_default_page_size_follows_locale() -> None:
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    assert default_page_size(QLocale(QLocale.Language.French, QLocale.Country.France)) == "A4"
