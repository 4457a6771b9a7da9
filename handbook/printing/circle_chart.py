"""A bar chart drawn with QPainter: attendance (or ratings) per meeting, one drawing for paper and for the screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

Bar = tuple[str, int | None]  # a label under the bar ("1" for week 1) and its value; None: not recorded


def draw_bar_chart(
    painter: QPainter,
    area: QRectF,
    bars: Sequence[Bar],
    top: int | None = None,
    ink: QColor | None = None,
    fill: QColor | None = None,
) -> list[QRectF]:
    """Draw ``bars`` in ``area``: an axis, one filled bar per value with its number above, labels below.

    Black ink and a grey fill by default, so it prints in black and white; the screen passes its theme's colours.
    A bar with no value is drawn as a dash, not as zero. Returns the bars' rectangles (for tests and the screen).
    """
    ink = ink or QColor(Qt.GlobalColor.black)
    fill = fill or QColor("#9a9a9a")
    painter.save()
    font = QFont(painter.font())
    line = max(1.0, area.height() / 14)
    font.setPixelSize(max(6, int(line * 0.8)))
    painter.setFont(font)
    pen = QPen(ink)
    pen.setWidthF(max(1.0, area.height() / 200))
    painter.setPen(pen)
    values = [value for _, value in bars if value is not None]
    highest = max(top or 0, max(values, default=0), 1)
    plot = QRectF(area.left() + line * 2, area.top() + line * 1.4, area.width() - line * 2.5, area.height() - line * 3)
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    painter.drawText(QRectF(area.left(), plot.top() - line * 0.5, line * 1.8, line), Qt.AlignmentFlag.AlignRight,
                     str(highest))  # fmt: skip
    painter.drawText(QRectF(area.left(), plot.bottom() - line * 0.5, line * 1.8, line), Qt.AlignmentFlag.AlignRight,
                     "0")  # fmt: skip
    rects: list[QRectF] = []
    if bars:
        slot = plot.width() / len(bars)
        for position, (label, value) in enumerate(bars):
            left = plot.left() + slot * position + slot * 0.2
            width = slot * 0.6
            label_box = QRectF(plot.left() + slot * position, plot.bottom() + line * 0.2, slot, line)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter, label)
            if value is None:
                painter.drawText(QRectF(left, plot.bottom() - line * 1.2, width, line), Qt.AlignmentFlag.AlignHCenter,
                                 "–")  # fmt: skip
                continue
            height = plot.height() * value / highest
            rect = QRectF(left, plot.bottom() - height, width, height)
            painter.setBrush(QBrush(fill))
            painter.drawRect(rect)
            rects.append(rect)
            painter.drawText(QRectF(left - slot * 0.2, rect.top() - line * 1.1, slot, line),
                             Qt.AlignmentFlag.AlignHCenter, str(value))  # fmt: skip
    painter.restore()
    return rects
