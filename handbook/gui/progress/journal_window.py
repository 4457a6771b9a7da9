"""The Journal window: every lesson note by module, with export to Markdown and PDF."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from handbook.gui.progress.dashboard_window import LinkBrowser
from handbook.gui.shared.screen_fit import resize_to_fit


class JournalWindow(QDialog):
    exportMarkdownRequested = Signal()
    exportPdfRequested = Signal()

    def __init__(self, style_sheet: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalWindow")
        self.setWindowTitle(self.tr("Journal"))
        self.browser = LinkBrowser(style_sheet)
        self.browser.setObjectName("journalView")
        self.browser.setAccessibleName(self.tr("Journal"))
        self.pageRequested = self.browser.pageRequested
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"))
        self.markdown_button.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        buttons.addButton(self.markdown_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.markdown_button.clicked.connect(self.exportMarkdownRequested)
        self.pdf_button.clicked.connect(self.exportPdfRequested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_fit(self, 720, 640)

    def set_html(self, html: str) -> None:
        self.browser.set_html(html)
