"""The About box: what the app is, the content's licence, and the credit to P2PU."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from handbook import __version__
from handbook.core.content.model import PackInfo
from handbook.gui.shared.accessibility import name_message_icon


def show_about(parent: QWidget, info: PackInfo) -> None:
    about_box(parent, info).exec()


def about_box(parent: QWidget, info: PackInfo) -> QMessageBox:
    """The box, not yet shown (tests read what a screen reader would find in it)."""
    text = QCoreApplication.translate(
        "about",
        "<h2>Handbook {version}</h2>"
        "<p>Offline training and session planning for learning circle facilitators.</p>"
        "<p><b>Content:</b> {title}, version {pack_version}<br/>"
        "<b>Licence:</b> {license}<br/><b>Authors:</b> {authors}</p>"
        "<p>The learning circle model was created by Peer 2 Peer University (P2PU), "
        "who share their materials under CC BY-SA 4.0. This course is written in our own "
        "words and shared under the same licence.</p>",
    ).format(
        version=__version__,
        title=html.escape(info.title),
        pack_version=html.escape(info.version),
        license=html.escape(info.license or QCoreApplication.translate("about", "not stated")),
        authors=html.escape(", ".join(info.authors) or QCoreApplication.translate("about", "not stated")),
    )
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("about", "About Handbook"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Information)
    name_message_icon(box)
    return box
