"""The reader: shows one rendered page and turns clicks into signals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from handbook.core.content.media import MAX_IMAGE_PIXELS, READER_BASE_URL, read_media
from handbook.core.content.page_budget import layout_overrun, plain_form
from handbook.gui.shared.first_paint import call_after_first_paint
from handbook.gui.shared.theme import reader_style_sheet

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

MIN_ZOOM = -4
MAX_ZOOM = 10


class ReaderView(QTextBrowser):
    """A read-only page view. Links never navigate by themselves: the window decides."""

    pageLinkActivated = Signal(str, str)  # pack path, fragment
    externalLinkActivated = Signal(QUrl)
    taskToggled = Signal(int)
    questionLinkActivated = Signal(int)  # quiz index: its choices are controls below the page

    def __init__(self, style_sheet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Page"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._style_sheet = style_sheet  # reader.css with $colour names, filled from the palette
        self._shown: tuple[str, str, Path] | None = None  # html, path, folder: to show again in new colours
        self.zoom_level = 0
        self._base_point_size = self.font().pointSizeF()
        self.current_path = ""
        self.pack_root: Path | None = None
        self.plain_reason: str | None = None  # why the page shown is in its plain form
        self.last_announcement = ""  # what a screen reader was last told (a link or heading reached)
        self._activated = ""  # the task box just pressed: Qt moves the caret off it when it is pressed
        self.anchorClicked.connect(self._on_anchor)
        call_after_first_paint(self.viewport(), self._add_caret)

    def _add_caret(self) -> None:
        """A caret, moved by the arrow keys, lets a keyboard or screen-reader user read and select by line and word.

        Tab still goes from link to link. Set once the first page is painted: naming any of Qt's own
        enums (``Qt.X``) builds all of them, about 15 ms that the first paint does not wait for.
        """
        from PySide6.QtCore import Qt

        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def show_page(self, html: str, path: str, base_dir: Path, fragment: str = "") -> None:
        """Show a page's HTML; its pictures come from the pack folder's media/, through loadResource."""
        # The same page again (after a tick): the keyboard stays on the link it was on.
        same = self._shown is not None and self._shown[1] == path
        focused = (self._activated or self.focused_link()) if same else ""
        self._activated = ""
        self._shown = (html, path, Path(base_dir))
        document = self.document()
        document.setDefaultStyleSheet(reader_style_sheet(self._style_sheet, self.palette()))
        document.setDocumentMargin(18)
        # Our own scheme, never file:, so that Qt has no local path to fall back on.
        document.setBaseUrl(QUrl(READER_BASE_URL))
        self.pack_root = Path(base_dir)
        self.current_path = path
        self.plain_reason = layout_overrun(html)
        if self.plain_reason is not None:
            # Qt would freeze the window (at every start, if it is the last page read): plain text instead.
            html = plain_form(
                html,
                self.tr(
                    "This page is shown as plain text, without its layout: drawing it would take too long. "
                    "Tell whoever made the course."
                ),
            )
        self.setHtml(html)
        if fragment:
            self.scrollToAnchor(fragment)
        if focused:
            self.focus_link(focused)

    def focused_link(self) -> str:
        """The address of the link the keyboard is on (Tab selects it), or ""."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        probe = QTextCursor(self.document())
        probe.setPosition(cursor.selectionStart() + 1)
        return str(probe.charFormat().anchorHref())

    def focus_link(self, href: str) -> bool:
        """Put the keyboard on the first link to ``href``, as Tab would; False if the page has none."""
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    self.setTextCursor(cursor)
                    return True
                iterator += 1
            block = block.next()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # H and Shift+H go to the next and previous heading, as in a screen reader's browse mode.
        from PySide6.QtCore import Qt  # not at start: see _add_caret

        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_H and modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            self.go_to_heading(forward=modifiers == Qt.KeyboardModifier.NoModifier)
            return
        super().keyPressEvent(event)

    def go_to_heading(self, forward: bool = True) -> bool:
        """Put the caret at the start of the next (or previous) heading and show it; False when there is none."""
        block = self.textCursor().block()
        block = block.next() if forward else block.previous()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.next() if forward else block.previous()
        if not block.isValid():
            return False
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)  # selected, so that a screen reader reads the heading
        self.ensureCursorVisible()
        level = block.blockFormat().headingLevel()
        self.announce(self.tr("Heading level {level}: {text}").format(level=level, text=block.text().strip()))
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        # Qt's page gives a screen reader the text, not what a link is: say it as a browser would.
        if moved and self.hasFocus() and (href := self.focused_link()):
            text = self.textCursor().selectedText().strip()
            if href.startswith(("http:", "https:")):
                said = self.tr("{text}, link to a web page")
            else:
                said = self.tr("{text}, link")
            self.announce(said.format(text=text))
        return moved

    def announce(self, text: str) -> None:
        """Say ``text`` to a screen reader (Qt's announcement event; AT-SPI passes it on)."""
        self.last_announcement = text
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not at start: see gui/shared/message

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Another theme: the page's colours come from the stylesheet, so draw it again, where it was.
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            scroll = self.verticalScrollBar().value()
            self.show_page(*self._shown)
            self.verticalScrollBar().setValue(scroll)

    def loadResource(self, kind: int, url: QUrl) -> object:
        """A picture from the pack's media/ (core decides which file), or a 'broken picture' mark.

        Never returns nothing: QTextDocument would then open the address itself, outside our checks.
        """
        if kind == QTextDocument.ResourceType.ImageResource and self.pack_root is not None:
            data = read_media(self.pack_root, url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            image = _decoded(data) if data is not None else None
            if image is not None:
                return image
        return _broken_picture()

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        self._activated = url.toString() if scheme == "task" else ""
        if scheme == "page":
            self.pageLinkActivated.emit(url.path(), url.fragment())
        elif scheme in ("http", "https"):
            self.externalLinkActivated.emit(url)
        elif scheme == "task":
            if url.path().isdigit():
                self.taskToggled.emit(int(url.path()))
        elif scheme == "answer":
            if url.path().isdigit():
                self.questionLinkActivated.emit(int(url.path()))
        elif not scheme and url.hasFragment():
            self.scrollToAnchor(url.fragment())

    def set_zoom(self, level: int) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        self.zoom_level = level
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self._base_point_size * (1 + 0.1 * level)))
        self.setFont(font)
        self.document().setDefaultFont(font)

    def zoom_in_step(self) -> None:
        self.set_zoom(self.zoom_level + 1)

    def zoom_out_step(self) -> None:
        self.set_zoom(self.zoom_level - 1)


def _decoded(data: bytes) -> QImage | None:
    """The picture in ``data``, unless it would take more than MAX_IMAGE_PIXELS once decoded."""
    # Imported with the first picture: a page without one is painted sooner.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()  # from the header: a tiny file may declare a huge picture
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image


def _broken_picture() -> QImage:
    """Qt's own small 'file' mark: a visible sign that a picture was not loaded."""
    from PySide6.QtGui import QImage

    image = QImage(":/qt-project.org/styles/commonstyle/images/file-16.png")
    if image.isNull():
        image = QImage(16, 16, QImage.Format.Format_ARGB32)
        image.fill(0xFF999999)
    return image
