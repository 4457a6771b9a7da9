"""What Qt's text layout leaves to us on paper: small print with a floor, checklist items that
hang, and clean page breaks (a heading stays with what follows it; a short paragraph or list item
is not split to leave one lone line at the foot or the head of a page)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import (
    QFontMetricsF,
    QPaintDevice,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

CHECKBOXES = ("\u2610", "\u2611", "\u2612")  # how task lists print: an empty or a ticked box

KEEP_WHOLE_LINES = 6  # a paragraph up to this long moves whole rather than leave a lone line behind
# Qt puts what starts a page a hair above the page's top (its page positions are rounded to 1/64
# of a pixel), so a page is taken to begin one device pixel early.
PAGE_EDGE = 1.0


def page_of(y: float, height: float) -> int:
    """The page (from 0) that a point ``y`` down a document of pages ``height`` tall is on."""
    return int((y + PAGE_EDGE) // height)


def keep_together(document: QTextDocument) -> None:
    """Move what would break badly to the next page, one thing at a time, from the top."""
    height = document.pageSize().height()
    if height <= 0:
        return
    for _ in range(2 * document.pageCount() + 2):  # each move settles one break; a few per page at most
        if document.pageCount() <= 1:
            return
        move = first_bad_break(document, height)
        if move is None:
            return
        move()


def line_pages(document: QTextDocument, block: QTextBlock, height: float) -> list[int]:
    """The page (from 0) each line of a block is on."""
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [page_of(top + layout.lineAt(n).y(), height) for n in range(layout.lineCount())]


def first_bad_break(document: QTextDocument, height: float) -> Callable[[], None] | None:
    """What to move to the next page first, if anything: a block of the main text or a grid."""
    found: list[tuple[float, Callable[[], None]]] = []
    block = first_bad_block(document, height)
    if block is not None:
        found.append((document.documentLayout().blockBoundingRect(block).top(), partial(_break_before_block, block)))
    grid = first_broken_grid(document, height)
    if grid is not None:
        found.append((document.documentLayout().frameBoundingRect(grid).top(), partial(_break_before_grid, grid)))
    return min(found, key=lambda item: item[0])[1] if found else None


def first_bad_block(document: QTextDocument, height: float) -> QTextBlock | None:
    """The first block of the main text that ends a page alone or leaves one line on either side."""
    root = document.rootFrame()
    previous_page = -1
    block = document.begin()
    while block.isValid():
        pages = line_pages(document, block, height)
        in_main_text = QTextCursor(block).currentFrame() == root
        starts_page = not pages or pages[0] != previous_page
        if pages and in_main_text and not starts_page:
            if block.blockFormat().headingLevel() > 0:
                following = _next_with_text(block)
                if following is not None:
                    next_pages = line_pages(document, following, height)
                    if next_pages and next_pages[0] > pages[-1]:
                        return block
            elif pages[0] != pages[-1] and len(pages) <= KEEP_WHOLE_LINES:
                on_first = pages.count(pages[0])
                if on_first == 1 or len(pages) - on_first == 1:
                    return block
        if pages:
            previous_page = pages[-1]
        block = block.next()
    return None


def first_broken_grid(document: QTextDocument, height: float) -> QTextTable | None:
    """The first grid that runs over a page but would fit on one. A grid is a table without
    border or padding that sets things side by side (the steps of two activities), not a table
    to read down (the agenda) or to write in (a form)."""
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        table_format = frame.format()
        if table_format.border() or table_format.cellPadding() or table_format.pageBreakPolicy():
            continue
        rect = layout.frameBoundingRect(frame)
        if rect.height() <= height and page_of(rect.top(), height) != page_of(rect.bottom() - 2 * PAGE_EDGE, height):
            return frame
    return None


def _break_before_block(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def _break_before_grid(grid: QTextTable) -> None:
    table_format = grid.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    grid.setFormat(table_format)


def _next_with_text(block: QTextBlock) -> QTextBlock | None:
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    return following if following.isValid() else None


def floor_small_print(document: QTextDocument, points: float) -> None:
    """Raise text made smaller than its surroundings ('font-size: small') to at least ``points``.

    Qt scales small text with the rest when a document shrinks to fit its pages; this keeps it
    readable. List numbers follow their item's block format, so that is raised too.
    """
    adjustment = QTextFormat.Property.FontSizeAdjustment

    def raised(char_format: QTextCharFormat) -> QTextCharFormat | None:
        if (char_format.property(adjustment) or 0) >= 0 or char_format.font().pointSizeF() >= points:
            return None
        char_format.clearProperty(adjustment)  # an adjustment would win over the point size
        char_format.setFontPointSize(points)
        return char_format

    spans: list[tuple[int, int, QTextCharFormat]] = []
    blocks: list[tuple[int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        block_format = raised(block.charFormat())
        if block_format is not None:
            blocks.append((block.position(), block_format))
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = raised(fragment.charFormat())
            if char_format is not None:
                spans.append((fragment.position(), fragment.position() + fragment.length(), char_format))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for start, end, char_format in spans:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(char_format)
    for position, char_format in blocks:
        cursor.setPosition(position)
        cursor.setBlockCharFormat(char_format)


def hang_checklists(document: QTextDocument, device: QPaintDevice) -> None:
    """A checklist item ('☐ Send a reminder...') that wraps goes on under its text, not its box."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        text = block.text()
        if block.textList() is not None and text[:1] in CHECKBOXES:
            font = block.begin().fragment().charFormat().font().resolve(document.defaultFont())
            block_format = block.blockFormat()
            block_format.setTextIndent(-QFontMetricsF(font, device).horizontalAdvance(text[:2]))
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
        block = block.next()
