"""The "My progress" window: the dashboard page, whose links open lessons or the journal and certificate."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from handbook.gui.shared.screen_fit import resize_to_fit
from handbook.gui.shared.theme import reader_style_sheet


class LinkBrowser(QTextBrowser):
    """A read-only HTML view that hands ``page:`` and ``action:`` links to its owner."""

    pageRequested = Signal(str)  # pack path
    actionRequested = Signal(str)  # action name

    def __init__(self, style_sheet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._style_sheet = style_sheet
        self._html = ""
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._on_anchor)

    def set_html(self, html: str) -> None:
        self._html = html
        scroll = self.verticalScrollBar().value()
        self.document().setDefaultStyleSheet(reader_style_sheet(self._style_sheet, self.palette()))
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            self.set_html(self._html)  # the new theme's colours

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "page":
            self.pageRequested.emit(url.path())
        elif url.scheme() == "action":
            self.actionRequested.emit(url.path())


class DashboardWindow(QDialog):
    """Non-modal; the owner fills it with ``set_html`` and refreshes it when progress changes."""

    def __init__(self, style_sheet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("My progress"))
        self.browser = LinkBrowser(style_sheet)
        self.browser.setObjectName("dashboardView")
        self.browser.setAccessibleName(self.tr("My progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.pageRequested = self.browser.pageRequested
        self.actionRequested = self.browser.actionRequested
        resize_to_fit(self, 760, 680)

    def set_html(self, html: str) -> None:
        self.browser.set_html(html)
