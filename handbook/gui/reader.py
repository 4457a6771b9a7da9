"""The reader: shows one rendered page and turns clicks into signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

MIN_ZOOM = -4
MAX_ZOOM = 10


class ReaderView(QTextBrowser):
    """A read-only page view. Links never navigate by themselves: the window decides."""

    pageLinkActivated = Signal(str, str)  # pack path, fragment
    externalLinkActivated = Signal(QUrl)
    taskToggled = Signal(int)
    quizAnswered = Signal(int, int)  # quiz index, choice index

    def __init__(self, style_sheet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Page"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._style_sheet = style_sheet
        self.zoom_level = 0
        self._base_point_size = self.font().pointSizeF()
        self.current_path = ""
        self.anchorClicked.connect(self._on_anchor)

    def show_page(self, html: str, path: str, base_dir: Path, fragment: str = "") -> None:
        """Show a page's HTML; relative image paths resolve against the pack folder."""
        document = self.document()
        document.setDefaultStyleSheet(self._style_sheet)
        document.setDocumentMargin(18)
        document.setBaseUrl(QUrl.fromLocalFile(str(base_dir) + "/"))
        self.setSearchPaths([str(base_dir)])
        self.current_path = path
        self.setHtml(html)
        if fragment:
            self.scrollToAnchor(fragment)

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "page":
            self.pageLinkActivated.emit(url.path(), url.fragment())
        elif scheme in ("http", "https"):
            self.externalLinkActivated.emit(url)
        elif scheme == "task":
            if url.path().isdigit():
                self.taskToggled.emit(int(url.path()))
        elif scheme == "quiz":
            quiz, _, choice = url.path().partition("/")
            if quiz.isdigit() and choice.isdigit():
                self.quizAnswered.emit(int(quiz), int(choice))
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
