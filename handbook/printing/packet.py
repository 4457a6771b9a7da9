"""The circle packet: a contents page, every meeting's plan, the preparation checklist and the forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from handbook.core.content.model import Form, Pack
from handbook.core.i18n import translate, weekday_plural
from handbook.core.planning.circle import CircleDetails, format_date
from handbook.core.planning.plans import Meeting
from handbook.printing.markup import esc

CHECKLIST_FORM = "preparation-checklist"


@dataclass(frozen=True)
class PacketPart:
    """A line of the contents: a meeting's plan, the checklist or a form."""

    label: str
    detail: str
    meeting: Meeting | None = None
    form: Form | None = None


def packet_parts(meetings: Sequence[Meeting], pack: Pack) -> list[PacketPart]:
    """The plans in meeting order, then the preparation checklist, then the other forms."""
    week = translate("packet", "Week {n}: {title}")
    parts = [
        PacketPart(week.format(n=m.number, title=m.title), format_date(m.date, short=True), meeting=m) for m in meetings
    ]
    forms = sorted(pack.forms, key=lambda form: (form.id != CHECKLIST_FORM, form.path))
    checklist, form_word = translate("packet", "Checklist"), translate("packet", "Form")
    parts.extend(
        PacketPart(form.title, checklist if form.id == CHECKLIST_FORM else form_word, form=form) for form in forms
    )
    return parts


def circle_summary(meetings: Sequence[Meeting], details: CircleDetails) -> str:
    rows = [
        (translate("packet", "Course"), details.course_title),
        (translate("packet", "Venue"), details.venue),
        (translate("packet", "Facilitators"), ", ".join(details.facilitators)),
    ]
    if meetings:
        first, last = meetings[0], meetings[-1]
        if len(meetings) == 1:
            count = translate("packet", "1 meeting, {weekday} {times}")
            weekday = translate("dates", details.weekday_name)
        else:
            count = translate("packet", "{n} meetings, {weekday} {times}")  # weekday: 'Tuesdays', 'los sábados'
            weekday = weekday_plural(details.first_meeting)
        rows.append((
            translate("packet", "Meetings"), count.format(n=len(meetings), weekday=weekday, times=first.time_range())
        ))  # fmt: skip
        dates = format_date(first.date)
        if last is not first:
            dates = translate("packet", "{first} to {last}").format(first=dates, last=format_date(last.date))
        rows.append((translate("packet", "Dates"), dates))
    cells = "".join(f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>" for label, value in rows if value)
    return f'<table class="facts" cellspacing="0" cellpadding="3">{cells}</table>'


def contents_html(
    parts: Sequence[PacketPart], meetings: Sequence[Meeting], details: CircleDetails, starts: Sequence[int]
) -> str:
    """The packet's first page; ``starts`` holds the first page of each part (0 while unknown)."""
    rows = "".join(
        f'<tr><td>{esc(part.label)}</td><td class="detail">{esc(part.detail)}</td>'
        f'<td class="page">{start or ""}</td></tr>'
        for part, start in zip(parts, starts, strict=True)
    )
    part, page = esc(translate("packet", "Part")), esc(translate("packet", "Page"))
    subtitle = esc(translate("packet", "Circle packet: session plans, preparation checklist and forms"))
    contents = esc(translate("packet", "Contents"))
    head = f'<thead><tr><th>{part}</th><th class="detail"></th><th class="page">{page}</th></tr></thead>'
    return "\n".join(
        [
            f"<h1>{esc(details.name)}</h1>",
            f'<p class="subtitle">{subtitle}</p>',
            circle_summary(meetings, details),
            f"<h2>{contents}</h2>",
            f'<table class="contents" width="100%" cellspacing="0" cellpadding="4">{head}{rows}</table>',
        ]
    )
