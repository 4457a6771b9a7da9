"""Printed pages stay black on white whatever colours the screen's theme gives the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtWidgets import QApplication

from handbook.core.colours import contrast, hex_colour
from handbook.core.content.loader import load_pack
from handbook.core.resources import bundled_pack_dir
from handbook.gui.shared.theme import apply_theme
from handbook.printing.jobs import PrintJob, cards_job, html_job
from handbook.printing.options import PrintOptions

LESSON = (
    "<h1>Steps</h1><ol><li>Say the question out loud</li><li>Write it down</li></ol>"
    "<ul class='contains-task-list'><li><a class='task'>\u2610</a> Bring pens</li></ul>"
    "<table class='md'><tr><th>Time</th><th>What</th></tr><tr><td>5 min</td><td>Check-in</td></tr></table>"
    "<p>Plain text with <a href='page:x'>a link</a>.</p>"
)


def text_colours(path: Path) -> set[str]:
    """The fill colour in force at every piece of text drawn in the PDF."""
    reader = PdfReader(path)
    found: set[str] = set()
    for page in reader.pages:
        fill = "#000000"
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"scn", b"sc", b"rg") and len(operands) == 3:
                fill = hex_colour(*(float(v) * 255 for v in operands))
            elif operator == b"g" and len(operands) == 1:
                fill = hex_colour(*(float(operands[0]) * 255,) * 3)
            elif operator in (b"Tj", b"TJ"):
                found.add(fill)
    return found


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_printed_pages_are_black_on_white_in_a_dark_theme(qapp: QApplication, tmp_path: Path, theme: str) -> None:
    apply_theme(qapp, theme)
    pack = load_pack(bundled_pack_dir())
    jobs: list[PrintJob] = [
        html_job("Lesson", "lesson.pdf", LESSON, PrintOptions()),
        cards_job(pack, list(pack.activities)[:2], "A4", 2),
    ]
    for number, job in enumerate(jobs):
        target = tmp_path / f"{number}.pdf"
        job.write_pdf(target)
        colours = text_colours(target)
        assert colours, "no text found in the PDF"
        faint = {colour for colour in colours if contrast(colour, "#ffffff") < 7}
        assert faint == set(), f"{job.title}: text in {faint} on white paper"
