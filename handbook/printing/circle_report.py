"""The end-of-circle report on paper, black and white: details and charts on the first page, then the notes,
the goals, who qualifies for a certificate and the facilitator's reflection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter

from handbook.core.circle.log import CircleLog
from handbook.core.circle.summary import certificate_learners, meetings_needed, names_kept, shown_rating, summarise
from handbook.core.i18n import format_date, translate
from handbook.core.planning.circle import CircleDetails
from handbook.printing.circle_chart import Bar, draw_bar_chart
from handbook.printing.markup import esc, print_css
from handbook.printing.options import PrintOptions
from handbook.printing.pdf import PageGeometry, PrintError, lay_out, paint_header_footer, paint_page, write_with

REPORT_CSS = "h2 { font-size: 13pt; margin-top: 12px; } p { margin-top: 2px; margin-bottom: 4px; }"


def attendance_bars(log: CircleLog, meetings: int) -> list[Bar]:
    """One bar per meeting of the circle (and any logged after it): how many came, None when not logged."""
    weeks = range(1, max([meetings, *log.meetings]) + 1) if (meetings or log.meetings) else range(0)
    return [(str(week), log.meetings[week].count if week in log.meetings else None) for week in weeks]


def rating_bars(log: CircleLog, meetings: int) -> list[Bar]:
    weeks = range(1, max([meetings, *log.meetings]) + 1) if (meetings or log.meetings) else range(0)
    return [(str(week), log.meetings[week].rating if week in log.meetings else None) for week in weeks]


def detail_lines(log: CircleLog, details: CircleDetails) -> list[str]:
    summary = summarise(log, details.meetings)
    rating = shown_rating(summary.average_rating)
    return [
        translate("circle report", "Venue: {venue}").format(venue=details.venue or "-"),
        translate("circle report", "Facilitators: {names}").format(names=", ".join(details.facilitators) or "-"),
        translate("circle report", "{count} meetings from {date}").format(
            count=details.meetings, date=format_date(details.first_meeting)
        ),
        translate(
            "circle report", "Meetings held: {held}. Average rating: {rating}. Goals met: {met} of {set}."
        ).format(held=summary.meetings_held, rating=rating, met=summary.goals_met, set=summary.goals_set),
    ]


def h2(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def para(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def report_html(log: CircleLog, details: CircleDetails) -> str:
    """The pages after the charts: ratings, Plus/Delta notes, goals, certificates, reflection."""
    parts = [h2(translate("circle report", "Plus and Delta, meeting by meeting"))]
    for meeting in log.held:
        rating = (
            translate("circle report", ", rated {rating} of 5").format(rating=meeting.rating) if meeting.rating else ""
        )
        week = translate("circle report", "Week {n}").format(n=meeting.week)
        parts.append(f"<p><b>{esc(week)}{esc(rating)}</b></p>")
        for label, text in ((translate("circle report", "Plus"), meeting.plus),
                            (translate("circle report", "Delta"), meeting.delta)):  # fmt: skip
            if text.strip():
                parts.append(f"<p>{esc(label)}: {esc(text)}</p>")
    if not log.held:
        parts.append(para(translate("circle report", "No meetings logged yet.")))
    parts.append(h2(translate("circle report", "Learners’ goals")))
    statuses = {"open": translate("circle report", "not known yet"), "met": translate("circle report", "met"),
                "partly": translate("circle report", "partly met"), "not-met": translate("circle report", "not met")}  # fmt: skip
    for goal in log.goals:
        parts.append(
            f"<p><b>{esc(goal.learner)}</b>: {esc(goal.text)} ({esc(statuses.get(goal.status, goal.status))})</p>"
        )
    if not log.goals:
        parts.append(para(translate("circle report", "No goals written down.")))
    parts.append(h2(translate("circle report", "Certificates")))
    needed = meetings_needed(details.meetings)
    if names_kept(log):
        names = certificate_learners(log, details.meetings)
        parts.append(
            "<p>"
            + esc(
                translate("circle report", "Came to {needed} or more of {count} meetings: {names}").format(
                    needed=needed, count=details.meetings, names=", ".join(names) or "-"
                )
            )
            + "</p>"
        )
    else:
        parts.append(
            "<p>"
            + esc(translate("circle report", "Attendance was kept as numbers: use the paper sign-in sheet."))
            + "</p>"
        )
    parts.append(h2(translate("circle report", "Reflection")))
    for paragraph in (log.reflection or "-").split("\n\n"):
        parts.append(f"<p>{esc(paragraph)}</p>")
    return "\n".join(parts)


def write_circle_report(log: CircleLog, details: CircleDetails, target: Path, page_size: str = "A4") -> int:
    """Write the report to ``target`` (all pages or no file); returns the page count."""
    title = translate("circle report", "End-of-circle report: {course}").format(course=details.name or "-")
    options = PrintOptions(page_size=page_size, header_left=details.name, title=title)
    html = report_html(log, details)

    def paint(device: QPagedPaintDevice) -> int:
        geometry = PageGeometry.of(device, options)
        body = geometry.body
        document = lay_out(device, html, print_css() + REPORT_CSS, options, QSizeF(body.width(), body.height()))
        total = 1 + max(1, document.pageCount())
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(translate("print", "the PDF could not be started; check the disk has free space."))
        try:
            paint_first_page(painter, body, title, log, details)
            paint_header_footer(painter, geometry, options, 0, total)
            for page in range(total - 1):
                device.newPage()
                paint_page(painter, document, geometry, page)
                paint_header_footer(painter, geometry, options, page + 1, total)
        finally:
            painter.end()
        return total

    return write_with(paint, target, options)


def paint_first_page(painter: QPainter, body: QRectF, title: str, log: CircleLog, details: CircleDetails) -> None:
    """Title, the circle's details, then attendance and ratings per meeting as bar charts."""
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    line = body.height() / 40
    font = QFont(painter.font())
    font.setPixelSize(int(line * 1.3))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(body.left(), body.top(), body.width(), line * 2), title)
    font.setPixelSize(int(line * 0.8))
    font.setBold(False)
    painter.setFont(font)
    y = body.top() + line * 2.2
    for text in detail_lines(log, details):
        painter.drawText(QRectF(body.left(), y, body.width(), line), text)
        y += line
    y += line
    chart_height = (body.bottom() - y - line * 3) / 2
    for heading, bars, top in (
        (
            translate("circle report", "People who came, meeting by meeting"),
            attendance_bars(log, details.meetings),
            None,
        ),
        (translate("circle report", "Rating of each meeting (1 to 5)"), rating_bars(log, details.meetings), 5),
    ):
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(body.left(), y, body.width(), line), heading)
        font.setBold(False)
        painter.setFont(font)
        draw_bar_chart(painter, QRectF(body.left(), y + line * 1.2, body.width() * 0.9, chart_height), bars, top)
        y += chart_height + line * 1.5
    painter.restore()
