"""Activity cards, 2 or 4 to a page, each laid out on its own so every card has the same size.

Each card comes as HTML variants, fullest first. A card gets the fullest variant that fits its
box at a readable size, as large as fits; dashed lines show where to cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen, QTextDocument

from handbook.core.i18n import translate
from handbook.printing.options import PrintError, PrintOptions
from handbook.printing.pdf import build_document, draw_on_paper

CARDS_PER_PAGE = (2, 4)
FRAME_INSET_MM = 5.0  # from the cut line to the card's frame


@dataclass(frozen=True)
class CardFit:
    document: QTextDocument
    point_size: float
    variant: int
    clipped: bool


def card_boxes(page: QRectF, per_page: int) -> list[QRectF]:
    """The cells a page is cut into: two halves one above the other, or four quarters."""
    if per_page not in CARDS_PER_PAGE:
        raise PrintError(
            translate("print", "cards can be printed 2 or 4 to a page, not {count}.").format(count=per_page)
        )
    half_h = page.height() / 2
    if per_page == 2:
        return [QRectF(0, row * half_h, page.width(), half_h) for row in range(2)]
    half_w = page.width() / 2
    return [QRectF(col * half_w, row * half_h, half_w, half_h) for row in range(2) for col in range(2)]


def fit_card(
    device: QPagedPaintDevice, variants: Sequence[str], css: str, options: PrintOptions, box: QRectF
) -> CardFit:
    """The fullest variant that fits ``box`` at the smallest size allowed, then as large as it fits."""
    steps = []
    size = options.font_point_size
    while size >= options.min_font_point_size - 1e-6:
        steps.append(round(size, 2))
        size -= 0.5

    def lay_out(html: str, point_size: float) -> QTextDocument:
        document = build_document(html, css, options, point_size)
        document.documentLayout().setPaintDevice(device)
        document.setTextWidth(box.width())
        return document

    smallest = steps[-1] if steps else options.min_font_point_size
    for number, html in enumerate(variants):
        document = lay_out(html, smallest)
        if document.size().height() > box.height():
            continue
        best = CardFit(document, smallest, number, False)
        low, high = 0, len(steps) - 1  # steps run from the largest size down
        while low < high:
            middle = (low + high) // 2
            candidate = lay_out(html, steps[middle])
            if candidate.size().height() <= box.height():
                best = CardFit(candidate, steps[middle], number, False)
                high = middle
            else:
                low = middle + 1
        return best
    return CardFit(lay_out(variants[-1], smallest), smallest, len(variants) - 1, True)


def paint_cards(
    device: QPagedPaintDevice, cards: Sequence[Sequence[str]], css: str, options: PrintOptions, per_page: int = 4
) -> int:
    """Paint the cards onto a PDF writer or printer; returns the page count."""
    return _paint_cards(device, cards, css, options, per_page)


def _paint_cards(
    device: QPagedPaintDevice, cards: Sequence[Sequence[str]], css: str, options: PrintOptions, per_page: int
) -> int:
    dpi = device.logicalDpiY()
    page = QRectF(device.pageLayout().fullRectPixels(dpi))
    boxes = card_boxes(page, per_page)
    frame_inset = FRAME_INSET_MM / 25.4 * dpi
    text_inset = max(options.margin_mm / 25.4 * dpi, frame_inset * 2)
    pages = max(1, -(-len(cards) // per_page))

    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(translate("print", "the PDF could not be started; check the disk has free space."))
    try:
        for page_index in range(pages):
            if page_index:
                device.newPage()
            _cut_lines(painter, page, per_page, dpi, min(per_page, len(cards) - page_index * per_page))
            for slot, box in enumerate(boxes):
                number = page_index * per_page + slot
                if number >= len(cards):
                    break
                frame = box.adjusted(frame_inset, frame_inset, -frame_inset, -frame_inset)
                inner = box.adjusted(text_inset, text_inset, -text_inset, -text_inset)
                painter.setPen(QPen(Qt.GlobalColor.black, dpi / 150))
                painter.drawRoundedRect(frame, dpi / 20, dpi / 20)
                fit = fit_card(device, cards[number], css, options, inner)
                painter.save()
                painter.translate(inner.topLeft())
                draw_on_paper(painter, fit.document, QRectF(0, 0, inner.width(), inner.height()))
                painter.restore()
    finally:
        painter.end()
    return pages


def _cut_lines(painter: QPainter, page: QRectF, per_page: int, dpi: int, count: int) -> None:
    """Dashed lines between the cards on this page (``count`` of them), to cut along."""
    pen = QPen(Qt.GlobalColor.darkGray, dpi / 200, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    middle_y = page.height() / 2
    painter.drawLine(QLineF(0, middle_y, page.width(), middle_y))
    if per_page == 4:
        middle_x = page.width() / 2
        painter.drawLine(QLineF(middle_x, 0, middle_x, page.height() if count > 2 else middle_y))
