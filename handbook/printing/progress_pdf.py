"""PDFs of a facilitator's own work: the journal and the certificate of completion."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from handbook.core.content.model import Pack
from handbook.core.i18n import translate
from handbook.core.progress.certificate import CERTIFICATE_CSS, CertificateFacts, certificate_text_html
from handbook.core.progress.journal import journal_html, long_date
from handbook.core.progress.record import Records
from handbook.printing.options import PrintError, PrintOptions
from handbook.printing.pdf import build_document, draw_on_paper, write_pdf, write_with

# The certificate's frame, in millimetres: a heavy outer line with a thin one just inside it,
# then, a little further in, a thin inner line; the words keep some room from it.
OUTER_LINE_MM, THIN_LINE_MM = 0.7, 0.25
OUTER_GAP_MM, INNER_GAP_MM, TEXT_ROOM_MM = 0.8, 2.0, 12.0

JOURNAL_CSS = """
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
p.meta { color: #555555; }
"""


def write_journal_pdf(
    pack: Pack, records: Records, profile_name: str, target: Path, page_size: str = "A4", today: date | None = None
) -> int:
    """The journal as a PDF; returns the number of pages."""
    today = today or date.today()
    html = journal_html(pack, records, profile_name, today, links=False)
    options = PrintOptions(
        page_size=page_size,
        header_left=translate("journal", "Journal of {name}").format(name=profile_name),
        header_right=pack.info.title,
        title=translate("journal", "Journal of {name}").format(name=profile_name),
    )
    return write_pdf(html, target, JOURNAL_CSS, options)


def write_certificate_pdf(facts: CertificateFacts, target: Path, page_size: str = "A4") -> int:
    """The certificate on one page: a frame the same distance from every edge of the paper (A4 or
    Letter), the words centred in it."""
    options = PrintOptions(
        page_size=page_size,
        margin_mm=18,
        title=f"Certificate of completion: {facts.name}, {facts.course_title}, {long_date(facts.day)}",
        font_point_size=12,
        page_numbers=False,
    )
    return write_with(lambda device: paint_certificate(device, facts, options), target, options)


def paint_certificate(device: QPagedPaintDevice, facts: CertificateFacts, options: PrintOptions) -> int:
    """Paint the certificate on the device's first page; returns the page count (1)."""
    dots = device.logicalDpiY() / 25.4  # per millimetre
    page = QRectF(device.pageLayout().fullRectPixels(device.logicalDpiY()))
    margin = options.margin_mm * dots
    frame = page.adjusted(margin, margin, -margin, -margin)
    document = build_document(certificate_text_html(facts), CERTIFICATE_CSS, options)
    document.documentLayout().setPaintDevice(device)
    room = (OUTER_LINE_MM / 2 + OUTER_GAP_MM + INNER_GAP_MM + TEXT_ROOM_MM) * dots
    text = frame.adjusted(room, room, -room, -room)
    document.setTextWidth(text.width())
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(translate("print", "the PDF could not be started; check the disk has free space."))
    try:
        painter.setPen(QPen(Qt.GlobalColor.black, OUTER_LINE_MM * dots))
        painter.drawRect(frame)
        painter.setPen(QPen(Qt.GlobalColor.black, THIN_LINE_MM * dots))
        for inset_mm in (OUTER_LINE_MM / 2 + OUTER_GAP_MM, OUTER_LINE_MM / 2 + OUTER_GAP_MM + INNER_GAP_MM):
            inset = inset_mm * dots
            painter.drawRect(frame.adjusted(inset, inset, -inset, -inset))
        painter.translate(text.left(), text.top() + max(0.0, (text.height() - document.size().height()) / 2))
        draw_on_paper(painter, document)
    finally:
        painter.end()
    return 1
