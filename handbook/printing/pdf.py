"""HTML for print -> a paginated PDF with a header and page numbers (QTextDocument + QPdfWriter).

The PDF is written to a temporary file beside the target and renamed into place, so a failure
never leaves a half-written PDF behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from handbook.core.errors import HandbookError

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300  # dots per inch of the PDF's layout; text stays vector


class PrintError(HandbookError):
    """A document could not be printed or saved."""


@dataclass(frozen=True)
class PrintOptions:
    page_size: str = "A4"  # "A4" or "Letter"
    margin_mm: float = 15.0
    header_left: str = ""  # e.g. the circle's name
    header_right: str = ""  # e.g. the date
    title: str = ""  # PDF metadata
    font_point_size: float = 10.5
    page_numbers: bool = True  # "Page N of M" in the footer


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where the locale measures in US units (US, Canada...), A4 elsewhere."""
    locale = locale or QLocale.system()
    imperial = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    letter_countries = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "Letter" if imperial or locale.territory() in letter_countries else "A4"


def ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication; headless tools get an offscreen one."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt"
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        global _APP  # kept alive for the life of the process
        _APP = QGuiApplication([])


_APP: QGuiApplication | None = None


def build_document(html: str, css: str, options: PrintOptions) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(options.font_point_size)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def write_pdf(html: str, target: Path, css: str = "", options: PrintOptions | None = None) -> int:
    """Lay out ``html`` and write it to ``target`` as a PDF. Returns the number of pages."""
    ensure_gui_application()
    options = options or PrintOptions()
    target = Path(target)
    if options.page_size not in PAGE_SIZES:
        raise PrintError(f"unknown page size {options.page_size!r}; use A4 or Letter.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PrintError(f"{target}: the folder {folder} does not exist; choose another place to save the PDF.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise PrintError(f"{target}: cannot write here ({exc.strerror}); choose another folder.") from None
    try:
        pages = _paint(html, Path(tmp_name), css, options)
        os.replace(tmp_name, target)
    except OSError as exc:
        raise PrintError(f"{target}: the PDF could not be saved ({exc.strerror}).") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    return pages


def _paint(html: str, path: Path, css: str, options: PrintOptions) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(options.title)
    writer.setCreator("Handbook")
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[options.page_size]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    return paint_pages(writer, html, css, options)


def paint_pages(device: QPdfWriter, html: str, css: str, options: PrintOptions) -> int:
    """Paint the document page by page onto a PDF writer or printer; returns the page count."""
    dpi = device.resolution()
    full = device.pageLayout().fullRectPixels(dpi)
    margin = options.margin_mm / 25.4 * dpi
    band = 0.30 * dpi  # height of the header and of the footer
    body = QRectF(margin, margin + band, full.width() - 2 * margin, full.height() - 2 * margin - 2 * band)

    document = build_document(html, css, options)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = max(1, document.pageCount())

    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the PDF could not be started; check the disk has free space.")
    small = QFont()
    small.setPointSizeF(8.5)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()

            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.black)
            header = QRectF(margin, margin, body.width(), band)
            footer = QRectF(margin, full.height() - margin - band, body.width(), band)
            align_v = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(header, Qt.AlignmentFlag.AlignLeft | align_v, options.header_left)
            painter.drawText(header, Qt.AlignmentFlag.AlignRight | align_v, options.header_right)
            if options.page_numbers:
                painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | align_v, f"Page {index + 1} of {pages}")
    finally:
        painter.end()
    return pages
