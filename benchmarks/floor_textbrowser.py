"""The start-up floor: a bare PySide6 script that shows one QTextBrowser and quits after painting it."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
browser = QTextBrowser()
browser.setHtml("<h1>Hello</h1><p>One page of text.</p>")
browser.resize(1180, 780)
watcher = FirstPaint()
browser.viewport().installEventFilter(watcher)
browser.show()
sys.exit(app.exec())
