"""The end-of-circle report: written from the CLI, read back with pypdf; the chart's bars drawn to scale."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from handbook.cli import main
from handbook.printing.circle_chart import draw_bar_chart
from tests.pdftext import pdf_pages_text

CIRCLE = """course_title: Reading club
venue: Branch library
facilitators: [Sam Lee]
first_meeting: 2027-09-07
weekday: Tuesday
start_time: "17:30"
meetings: 6
meeting_minutes: 90
"""


def test_the_bars_are_drawn_to_scale_and_a_meeting_not_logged_has_none() -> None:
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    bars = draw_bar_chart(painter, QRectF(0, 0, 600, 300), [("1", 8), ("2", 4), ("3", None), ("4", 6)])
    painter.end()
    assert len(bars) == 3
    assert bars[0].bottom() == bars[1].bottom() == bars[2].bottom()
    assert abs(bars[0].height() - 2 * bars[1].height()) < 0.01
    assert bars[0].left() < bars[1].left() < bars[2].left()


def test_circle_report_writes_the_pdf(tmp_path: Path, private_data_dir: Path) -> None:
    circle = tmp_path / "circle.yaml"
    circle.write_text(CIRCLE, encoding="utf-8")
    assert main(["circle", "set", str(circle), "--profile", "Sam"]) == 0
    for week, names, rating in ((1, "Ana, Ben, Chen", 4), (2, "Ana, Ben", 5), (3, "Ana, Chen", 3), (4, "Ana", 4),
                                (5, "Ana, Ben", 4), (6, "Ana, Ben", 5)):  # fmt: skip
        argv = ["circle", "log", "--week", str(week), "--learners", names, "--rating", str(rating), "--profile", "Sam"]
        assert main([*argv, "--plus", f"plus {week}", "--delta", f"delta {week}"]) == 0
    target = tmp_path / "report.pdf"
    assert main(["circle", "report", "-o", str(target), "--profile", "Sam"]) == 0
    text = " ".join(pdf_pages_text(target))
    for expected in ("Reading club", "Branch library", "plus 3", "delta 6", "Came to 5 or more of 6 meetings: Ana"):
        assert expected in text
    first = PdfReader(str(target)).pages[0].get_contents()
    assert first is not None
    content = first.get_data().decode("latin-1")
    filled = re.findall(
        r"\bre\b\s*\n?\s*(?:f|B)\b", content
    )  # rectangles that are filled (f) or filled and stroked (B)
    assert len(filled) >= 12  # six attendance bars and six rating bars
