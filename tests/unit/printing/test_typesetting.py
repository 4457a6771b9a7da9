"""What Qt's text layout leaves to us on paper: headings kept with their text, no lone lines at a
page break, a floor under small print, and checklist items that hang under their text."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QImage, QTextBlock, QTextDocument

from handbook.printing import typesetting
from handbook.printing.typesetting import floor_small_print, hang_checklists, keep_together, line_pages

PAGE = QSizeF(400, 300)
LONG = "A paragraph long enough to run over three lines of this narrow page, and then some more words."


def document(html: str, fix: Callable[[QTextDocument], None] | None = None) -> QTextDocument:
    laid_out = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    laid_out.setDefaultFont(font)
    laid_out.setHtml(html)
    laid_out.setPageSize(PAGE)
    if fix:
        fix(laid_out)
    return laid_out


def blocks(laid_out: QTextDocument) -> list[QTextBlock]:
    found, block = [], laid_out.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def text_sizes(laid_out: QTextDocument) -> dict[str, float]:
    """The size of each block's first piece of text, by the block's text."""
    return {
        block.text(): block.begin().fragment().charFormat().font().pointSizeF()
        for block in blocks(laid_out)
        if block.text()
    }


def orphaned_headings(laid_out: QTextDocument) -> int:
    """Headings whose text goes on only on the next page."""
    height = laid_out.pageSize().height()
    return sum(
        1
        for block, following in pairwise(blocks(laid_out))
        if block.blockFormat().headingLevel()
        and line_pages(laid_out, following, height)[0] > line_pages(laid_out, block, height)[-1]
    )


def lone_lines(laid_out: QTextDocument) -> int:
    """Short paragraphs split to leave one line alone on a page."""
    height = laid_out.pageSize().height()
    count = 0
    for block in blocks(laid_out):
        pages = line_pages(laid_out, block, height)
        if len(set(pages)) > 1 and min(pages.count(page) for page in set(pages)) == 1:
            count += 1
    return count


@pytest.mark.parametrize(("check", "tail"), [
    (orphaned_headings, "<h2>What comes next</h2><p>The text under the heading.</p>"),
    (lone_lines, f"<p>{LONG}</p><p>After.</p>"),
])  # fmt: skip
def test_a_page_never_ends_with_a_heading_or_a_lone_line(check: Callable[[QTextDocument], int], tail: str) -> None:
    lines = "".join(f"<p>Line {n}.</p>" for n in range(6))
    sweeps = [f'<p>Start.</p><p style="margin-top: {space}px">Gap.</p>{lines}{tail}' for space in range(12, 72, 2)]
    plain = [document(html) for html in sweeps]
    assert any(check(laid_out) for laid_out in plain)  # Qt alone leaves some behind
    for html in sweeps:
        assert check(document(html, keep_together)) == 0


def test_a_grid_moves_whole_to_the_next_page() -> None:
    grid = (
        '<table cellspacing="0" cellpadding="0" width="100%"><tr><td>'
        + "<p>Step.</p>" * 4
        + "</td><td>x</td></tr></table>"
    )
    lines = "".join(f"<p>Line {n}.</p>" for n in range(6))

    def split(laid_out: QTextDocument) -> bool:
        rect = laid_out.documentLayout().frameBoundingRect(laid_out.rootFrame().childFrames()[0])
        return int(rect.top() // PAGE.height()) != int((rect.bottom() - 1) // PAGE.height())

    sweeps = [f'<p>Start.</p><p style="margin-top: {space}px">Gap.</p>{lines}{grid}' for space in range(12, 72, 2)]
    plain = [document(html) for html in sweeps]
    assert any(split(laid_out) for laid_out in plain)  # Qt alone splits it
    for html in sweeps:
        assert not split(document(html, keep_together))


def test_small_print_has_a_floor() -> None:
    html = '<p>Plan.</p><table style="font-size: small"><tr><td><p>Step</p><ol><li>one</li></ol></td></tr></table>'
    plain = document(html)  # kept: its blocks live only as long as it does
    sizes = text_sizes(plain)
    assert sizes["Step"] == pytest.approx(8.0)  # 'small' is four fifths of the 10 pt text
    floored = document(html, lambda laid_out: floor_small_print(laid_out, 9))
    sizes = text_sizes(floored)
    assert (
        sizes["Plan."] == pytest.approx(10) and sizes["Step"] == pytest.approx(9) and sizes["one"] == pytest.approx(9)
    )


def test_a_checklist_item_wraps_under_its_text() -> None:
    device = QImage(10, 10, QImage.Format.Format_RGB32)
    html = f'<ul style="list-style-type: none"><li>{typesetting.CHECKBOXES[0]} {LONG}</li></ul>'
    laid_out = document(html, lambda d: (d.documentLayout().setPaintDevice(device), hang_checklists(d, device)))
    item = next(block for block in blocks(laid_out) if block.text().startswith(typesetting.CHECKBOXES[0]))
    first, second = item.layout().lineAt(0), item.layout().lineAt(1)
    box = item.layout().lineAt(0).cursorToX(2)[0] - first.x()  # the box and its space
    assert second.x() == pytest.approx(first.x() + box, abs=1)
