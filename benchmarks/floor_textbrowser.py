"""The start-up floor: a bare PySide6 script that shows one QTextBrowser and quits after painting it."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser


def say_painted_and_quit():
    if sys.stdout is not None:
        print("first page painted", flush=True)  # the same mark as the app's --exit-after-start
    QApplication.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, say_painted_and_quit)  # after this paint is done
        return False


app = QApplication(sys.argv)
browser = QTextBrowser()
browser.setHtml("<h1>Hello</h1><p>One page of text.</p>")
browser.resize(1180, 780)
watcher = FirstPaint()
browser.viewport().installEventFilter(watcher)
browser.show()
sys.exit(app.exec())
