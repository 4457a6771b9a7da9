"""HTML for print -> a paginated PDF or printer with a header and page numbers (QTextDocument).

The PDF is written to a temporary file beside the target and renamed into place, so a failure
never leaves a half-written PDF behind.

Besides plain HTML, ``write_pdf`` and ``paint_pages`` take a builder: a function that gets
``measure(html) -> Layout`` and returns the final HTML. A packet uses it to put the pages where
its parts start into its contents; a form uses it to fill its page with blank rows.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from handbook.core.i18n import translate
from handbook.core.storage import replace_file, temp_file_beside
from handbook.printing.options import (
    Layout,
    PrintError,
    PrintOptions,
    check_options,
    page_layout,
)
from handbook.printing.typesetting import PAGE_EDGE, floor_small_print, hang_checklists, keep_together, page_of

RESOLUTION = 300  # dots per inch of the PDF's layout; text stays vector
LIST_INDENT = 20  # of a list level, in Qt's pixels: half Qt's default, room enough for '10.' or a box


Measure = Callable[[str], Layout]
HtmlSource = str | Callable[[Measure], str]
Painter = Callable[[QPagedPaintDevice], int]


def ensure_gui_application() -> None:
    """Text layout needs a Qt application; headless tools get an offscreen one.

    It is a QApplication (widgets), not a bare QGuiApplication, so that a window opened later in
    the same process, e.g. after printing from the command line or in tests, still works.
    """
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt"
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        global _APP  # kept alive for the life of the process
        _APP = QApplication([])
        from PySide6.QtCore import QLocale

        from handbook.translation import install_translation

        install_translation(_APP, QLocale())  # a command prints in the user's language, as the app does


_APP: QGuiApplication | None = None


def build_document(html: str, css: str, options: PrintOptions, font_point_size: float | None = None) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(font_point_size or options.font_point_size)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    document.setDocumentMargin(0)
    document.setIndentWidth(LIST_INDENT)
    if options.base_url:
        document.setBaseUrl(QUrl(options.base_url))
    document.setHtml(html)
    first = document.begin()
    if first.isValid() and first.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        # A part that starts a new page must not leave the first page empty.
        cursor = QTextCursor(first)
        block_format = first.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor.setBlockFormat(block_format)
    if options.min_small_point_size:
        floor_small_print(document, options.min_small_point_size)
    return document


def write_pdf(html: HtmlSource, target: Path, css: str = "", options: PrintOptions | None = None) -> int:
    """Lay out ``html`` and write it to ``target`` as a PDF. Returns the number of pages."""
    options = options or PrintOptions()
    return write_with(lambda device: paint_pages(device, html, css, options), target, options)


def write_with(paint: Painter, target: Path, options: PrintOptions) -> int:
    """Run ``paint`` on a PDF writer for ``target``, atomically: all pages or no file at all."""
    ensure_gui_application()
    check_options(options)
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PrintError(
            translate(
                "pdf", "{file}: the folder {folder} does not exist; choose another place to save the PDF."
            ).format(file=target, folder=folder)
        )
    if target.is_dir():
        raise PrintError(
            translate("pdf", "{file} is a folder; give a file name for the PDF, like {example}.").format(
                file=target, example=target / "plan.pdf"
            )
        )
    try:
        fd, tmp_name = temp_file_beside(folder / target.name)
        os.close(fd)
    except OSError as exc:
        raise PrintError(
            translate("pdf", "{file}: cannot write here ({reason}); choose another folder.").format(
                file=target, reason=exc.strerror
            )
        ) from None
    try:
        pages = _paint_file(Path(tmp_name), paint, options)
        replace_file(tmp_name, target)
    except OSError as exc:
        raise PrintError(
            translate("pdf", "{file}: the PDF could not be saved ({reason}).").format(file=target, reason=exc.strerror)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    return pages


def _paint_file(path: Path, paint: Painter, options: PrintOptions) -> int:
    writer = QPdfWriter(str(path))  # the file is complete once the writer is gone, on return
    writer.setResolution(RESOLUTION)
    writer.setTitle(options.title)
    writer.setCreator("Handbook")
    writer.setPageLayout(page_layout(options))
    return paint(writer)


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on a page, in device pixels."""

    full: QRectF
    margin: float
    band: float  # height of the header and of the footer
    body: QRectF

    @classmethod
    def of(cls, device: QPagedPaintDevice, options: PrintOptions, turned: bool = False) -> PageGeometry:
        """The device's page, or with ``turned`` the page on its side (a landscape part of a portrait packet)."""
        dpi = device.logicalDpiY()  # the writer's or printer's resolution
        full = QRectF(device.pageLayout().fullRectPixels(dpi))
        if turned:
            full = QRectF(0, 0, full.height(), full.width())
        margin = options.margin_mm / 25.4 * dpi
        band = 0.30 * dpi
        body = QRectF(margin, margin + band, full.width() - 2 * margin, full.height() - 2 * margin - 2 * band)
        return cls(full, margin, band, body)


@dataclass(frozen=True)
class PrintPart:
    """One part of a document; each part starts on a new page and may have its own text size."""

    html: HtmlSource
    fit_pages: int | None = None  # None follows the options
    font_point_size: float | None = None  # None follows the options
    overflow: PrintPart | None = None  # printed instead when this cannot be shrunk to fit_pages
    orientation: str | None = None  # None follows the options; the other one turns this part's pages

    def turned(self, options: PrintOptions) -> bool:
        return self.orientation is not None and self.orientation != options.orientation


Contents = Callable[[list[int]], str]  # the first page of every part -> the contents page's HTML


def lay_out(
    device: QPagedPaintDevice, html: str, css: str, options: PrintOptions, size: QSizeF, part: PrintPart | None = None
) -> QTextDocument:
    """The HTML laid out in pages of ``size``; shrunk to fit its pages where it can be."""
    fit_pages = options.fit_pages if part is None or part.fit_pages is None else part.fit_pages
    point_size = (part.font_point_size if part else None) or options.font_point_size

    def at(points: float) -> QTextDocument:
        document = build_document(html, css, options, points)
        document.documentLayout().setPaintDevice(device)
        hang_checklists(document, device)
        document.setPageSize(size)
        keep_together(document)
        return document

    full_size = document = at(point_size)
    while fit_pages and document.pageCount() > fit_pages:
        if point_size <= options.min_font_point_size:
            return full_size  # small print that still runs over helps nobody: keep it readable
        point_size = max(options.min_font_point_size, point_size - 0.5)
        document = at(point_size)
    return document


def anchor_pages(document: QTextDocument) -> dict[str, int]:
    """The 1-based page of every ``<a name>`` in a laid-out document: the page of its line (in a table Qt
    moves a line that would cross the foot of a page down to the next, leaving its block's top behind)."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            names = fragment.charFormat().anchorNames()
            if names:
                line = block.layout().lineForTextPosition(fragment.position() - block.position())
                y = layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0.0)
                for name in names:
                    found.setdefault(name, page_of(y, height) + 1)
            fragments += 1
        block = block.next()
    return found


def _lay_out_part(
    device: QPagedPaintDevice, part: PrintPart, css: str, options: PrintOptions, size: QSizeF
) -> QTextDocument:
    html = part.html
    if callable(html):

        def measure(candidate: str) -> Layout:
            document = lay_out(device, candidate, css, options, size, part)
            return Layout(max(1, document.pageCount()), anchor_pages(document))

        html = html(measure)
    document = lay_out(device, html, css, options, size, part)
    fit_pages = options.fit_pages if part.fit_pages is None else part.fit_pages
    if part.overflow is not None and fit_pages and document.pageCount() > fit_pages:
        return _lay_out_part(device, part.overflow, css, options, size)
    return document


def paint_pages(device: QPagedPaintDevice, html: HtmlSource, css: str, options: PrintOptions) -> int:
    """Paint the document page by page onto a PDF writer or printer; returns the page count."""
    return paint_parts(device, [PrintPart(html)], css, options)


def paint_parts(
    device: QPagedPaintDevice,
    parts: Sequence[PrintPart],
    css: str,
    options: PrintOptions,
    contents: Contents | None = None,
) -> int:
    """Paint parts one after another, each from a new page, page numbers running through them all.

    With ``contents``, a contents page comes first, built once the first page of each part is known.
    """
    return _paint_parts(device, parts, css, options, contents)


def _paint_parts(
    device: QPagedPaintDevice,
    parts: Sequence[PrintPart],
    css: str,
    options: PrintOptions,
    contents: Contents | None,
) -> int:
    upright = PageGeometry.of(device, options)
    on_side = PageGeometry.of(device, options, turned=True)
    laid_out: list[tuple[QTextDocument, PageGeometry]] = []
    for part in parts:
        geometry = on_side if part.turned(options) else upright
        size = QSizeF(geometry.body.width(), geometry.body.height())
        laid_out.append((_lay_out_part(device, part, css, options, size), geometry))
    if contents is not None:
        size = QSizeF(upright.body.width(), upright.body.height())
        draft = lay_out(device, contents([0] * len(parts)), css, options, size)
        page = max(1, draft.pageCount()) + 1
        starts = []
        for document, _ in laid_out:
            starts.append(page)
            page += max(1, document.pageCount())
        laid_out.insert(0, (lay_out(device, contents(starts), css, options, size), upright))
    counts = [max(1, document.pageCount()) for document, _ in laid_out]
    total = sum(counts)

    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(translate("pdf", "the PDF could not be started; check the disk has free space."))
    index = 0
    try:
        for (document, geometry), count in zip(laid_out, counts, strict=True):
            for page in range(count):
                if index:
                    device.newPage()
                painter.save()
                if geometry is on_side:
                    # Turned a quarter to the left, as a landscape page comes out of a portrait printer.
                    painter.translate(0, upright.full.height())
                    painter.rotate(-90)
                paint_page(painter, document, geometry, page)
                paint_header_footer(painter, geometry, options, index, total)
                painter.restore()
                index += 1
    finally:
        painter.end()
    return total


def paint_page(painter: QPainter, document: QTextDocument, geometry: PageGeometry, page: int) -> None:
    """Page ``page`` (from 0) of a laid-out document, in the body of the page."""
    body = geometry.body
    painter.save()
    painter.translate(body.left(), body.top() - page * body.height())
    clip = QRectF(0, page * body.height() - PAGE_EDGE, body.width(), body.height())
    painter.setClipRect(clip)
    draw_on_paper(painter, document, clip)
    painter.restore()


def draw_on_paper(painter: QPainter, document: QTextDocument, clip: QRectF | None = None) -> None:
    """Draw a document in black on white, whatever colours the screen's theme gives the app.

    Text without a colour of its own (list numbers, table text, a task's box) takes the palette's: in a dark
    theme that is white, which would vanish on paper.
    """
    context = QAbstractTextDocumentLayout.PaintContext()
    if clip is not None:
        context.clip = clip
    paper = QPalette()
    role = QPalette.ColorRole
    for ink in (role.Text, role.WindowText, role.ButtonText, role.Link, role.LinkVisited):
        paper.setColor(ink, Qt.GlobalColor.black)
    for sheet in (role.Base, role.Window, role.Button):
        paper.setColor(sheet, Qt.GlobalColor.white)
    context.palette = paper
    document.documentLayout().draw(painter, context)


def paint_header_footer(
    painter: QPainter, geometry: PageGeometry, options: PrintOptions, index: int, pages: int
) -> None:
    small = QFont()
    small.setPointSizeF(8.5)
    painter.setFont(small)
    painter.setPen(Qt.GlobalColor.black)
    margin, band, width = geometry.margin, geometry.band, geometry.body.width()
    header = QRectF(margin, margin, width, band)
    footer = QRectF(margin, geometry.full.height() - margin - band, width, band)
    align_v = Qt.AlignmentFlag.AlignVCenter
    # A long circle name and venue give way to the dates on the right rather than run into them.
    metrics = painter.fontMetrics()
    room = (
        width
        - metrics.horizontalAdvance(options.header_right)
        - (2 * metrics.averageCharWidth() if options.header_right else 0)
    )
    left = metrics.elidedText(options.header_left, Qt.TextElideMode.ElideRight, max(0, int(room)))
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | align_v, left)
    painter.drawText(header, Qt.AlignmentFlag.AlignRight | align_v, options.header_right)
    if options.page_numbers:
        painter.drawText(
            footer,
            Qt.AlignmentFlag.AlignHCenter | align_v,
            translate("print", "Page {n} of {count}").format(n=index + 1, count=pages),
        )
