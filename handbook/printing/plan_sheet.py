"""One meeting's plan on paper: date and times, the agenda on the clock, notes and activity steps."""

from __future__ import annotations

import re
from html import unescape as html_unescape

from handbook.core.content.model import Activity, Pack, SessionPlan
from handbook.core.content.pages import kind_label
from handbook.core.i18n import translate
from handbook.core.planning.circle import CircleDetails, clock, format_date
from handbook.core.planning.plans import Meeting
from handbook.printing.markup import esc, markdown_html, section_text, sections


def part_heading(text: str, anchor: str | None) -> str:
    """A heading that starts a new page and is listed in the contents when ``anchor`` is given."""
    if anchor is None:
        return f"<h1>{esc(text)}</h1>"
    return f'<h1 class="part"><a name="{esc(anchor)}"></a>{esc(text)}</h1>'


BLANK = "_" * 8  # a line to write on by hand


def when_line(meeting: Meeting, details: CircleDetails, blank: bool = False) -> str:
    if blank:  # no circle details: the librarian writes the date and times in
        date, start, end = (
            translate("plan sheet", "Date:"),
            translate("plan sheet", "Starts at:"),
            translate("plan sheet", "Ends at:"),
        )
        return (
            f'<p class="when"><b>{esc(date)}</b> {BLANK * 3} &nbsp; <b>{esc(start)}</b> {BLANK} &nbsp; '
            f"<b>{esc(end)}</b> {BLANK} &nbsp; ({meeting.length} min)</p>"
        )
    parts = [f"<b>{esc(format_date(meeting.date))}, {meeting.time_range()}</b>"]
    if details.venue:
        parts.append(esc(details.venue))
    return '<p class="when">' + " &middot; ".join(parts) + "</p>"


def facts_line(meeting: Meeting, details: CircleDetails) -> str:
    facts = []
    if details.course_title:
        facts.append(esc(translate("plan sheet", "Course: {title}").format(title=details.course_title)))
    if details.facilitators:
        label = (
            translate("plan sheet", "Facilitator: {names}")
            if len(details.facilitators) == 1
            else translate("plan sheet", "Facilitators: {names}")
        )
        facts.append(esc(label.format(names=", ".join(details.facilitators))))
    if meeting.template.theme:
        facts.append(esc(translate("plan sheet", "Theme: {theme}").format(theme=meeting.template.theme)))
    return f'<p class="meta">{" &middot; ".join(facts)}</p>' if facts else ""


def agenda_table(meeting: Meeting, pack: Pack, blank: bool = False) -> str:
    rows = []
    for item, (start, end) in zip(meeting.agenda, meeting.clock_times(), strict=True):
        activity = pack.activity(item.activity) if item.activity else None
        what = f"<b>{esc(item.title)}</b>"
        if activity is not None and activity.title.casefold() != item.title.casefold():
            what += f' &middot; <span class="activity">{esc(activity.title)}</span>'
        if item.notes:
            what += f'<br/><span class="notes">{esc(item.notes)}</span>'
        rows.append(
            f'<tr><td class="time">{"______" if blank else f"{clock(start)}&ndash;{clock(end)}"}</td>'
            f'<td class="minutes">{item.minutes}</td><td>{what}</td>'
            '<td class="tick">&#9744;</td></tr>'
        )
    balance = meeting.balance
    if balance.status == "over":
        total = translate("plan sheet", "Total {total} minutes: {n} over the {length}-minute meeting")
    elif balance.status == "under":
        total = translate("plan sheet", "Total {total} minutes: {n} to spare in the {length}-minute meeting")
    else:
        total = translate("plan sheet", "Total {total} minutes, the whole meeting")
    total = esc(total.format(total=balance.total, n=abs(balance.difference), length=balance.length))
    heads = [
        translate("plan sheet", "Time"),
        translate("plan sheet", "Min"),
        translate("plan sheet", "What happens"),
        translate("plan sheet", "Done"),
    ]
    head = (
        f"<thead><tr><th>{esc(heads[0])}</th><th>{esc(heads[1])}</th><th>{esc(heads[2])}</th>"
        f'<th class="tick">{esc(heads[3])}</th></tr></thead>'
    )
    return (
        '<table class="agenda" width="100%" cellspacing="0" cellpadding="3">'
        f"{head}{''.join(rows)}"
        f'<tr class="total"><td></td><td class="minutes"><b>{balance.total}</b></td>'
        f'<td colspan="2">{total}</td></tr></table>'
    )


STEPS_HEADINGS = ("Steps", "Pasos")  # an activity's steps, in an English or a Spanish pack


def activities_used(meeting: Meeting, pack: Pack) -> list[Activity]:
    seen: dict[str, Activity] = {}
    for item in meeting.agenda:
        activity = pack.activity(item.activity) if item.activity else None
        if activity is not None and activity.id not in seen:
            seen[activity.id] = activity
    return list(seen.values())


def activity_steps(activity: Activity) -> str:
    """The activity's numbered steps, or its opening paragraph when it has no 'Steps' section."""
    steps = next((text for text in (section_text(activity.body, name) for name in STEPS_HEADINGS) if text), "")
    if not steps:
        opening = sections(activity.body)
        steps = opening[0].text if opening else ""
    materials = ", ".join(activity.materials) or translate("plan sheet", "no materials")
    minutes = translate("plan sheet", "{n} min").format(n=activity.minutes_label)
    return (
        f"<h3>{esc(activity.title)}</h3>"
        f'<p class="meta">{esc(kind_label(activity.kind))} &middot; {esc(minutes)} &middot; {esc(materials)}</p>'
        f"{markdown_html(steps, activity)}"
    )


def plan_html(
    meeting: Meeting,
    pack: Pack,
    details: CircleDetails,
    anchor: str | None = None,
    steps_on_new_page: bool = False,
    blank: bool = False,
) -> str:
    """The plan of one meeting as print HTML (a packet part when ``anchor`` is given).

    With ``steps_on_new_page`` the steps of the activities start a page of their own: a plan too
    long for one page then reads as the plan itself and a sheet of steps to keep at hand.
    With ``blank`` (no circle details known) the date and the clock times are lines to fill in by hand.
    """
    parts = [
        part_heading(meeting.heading, anchor),
        when_line(meeting, details, blank),
        facts_line(meeting, details),
        agenda_table(meeting, pack, blank),
    ]
    body = meeting.template.body.strip()
    if body:
        notes_heading = translate("plan sheet", "Notes for the facilitator")
        parts.append(f"<h2>{esc(notes_heading)}</h2>")
        parts.append(notes_html(meeting.template))
    used = activities_used(meeting, pack)
    if used:
        steps = [activity_steps(activity) for activity in used]
        steps_heading = esc(translate("plan sheet", "Steps of the activities"))
        if steps_on_new_page:  # with a page to themselves, the steps print as large as the rest
            parts.append(f'<h2 style="page-break-before: always">{steps_heading}</h2>')
            parts.append(side_by_side(steps))
        else:
            parts.append(f"<h2>{steps_heading}</h2>")
            parts.append(two_columns(steps, "steps"))
    return "\n".join(part for part in parts if part)


def notes_html(plan: SessionPlan) -> str:
    """The plan's own notes: the opening across the page, its sections ('Before the meeting',
    'Watch for') side by side, where short checklist lines would leave half the width empty."""
    body = plan.body.strip()
    found = sections(body)
    titled = [section for section in found if section.title]
    if len(titled) < 2:
        return markdown_html(body, plan, shift_headings=1)
    opening = "" if found[0].title else markdown_html(found[0].text, plan)
    blocks = [markdown_html(f"## {section.title}\n\n{section.text}", plan, shift_headings=1) for section in titled]
    return opening + two_columns(blocks)


def two_columns(blocks: list[str], kind: str = "columns") -> str:
    """Blocks side by side in two columns of about equal height, keeping their order.

    ``kind`` is the table's class in the print stylesheet: 'steps' prints a size smaller."""
    heights = [estimated_lines(block) for block in blocks]
    split = min(range(len(blocks) + 1), key=lambda n: (max(sum(heights[:n]), sum(heights[n:])), -n))
    left, right = blocks[:split], blocks[split:]
    return (
        f'<table class="{kind}" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="50%" valign="top" class="left">{"".join(left)}</td>'
        f'<td width="50%" valign="top" class="right">{"".join(right)}</td>'
        "</tr></table>"
    )


def side_by_side(blocks: list[str]) -> str:
    """Blocks two by two, each pair a grid of its own, so that a pair moves whole to the next
    page rather than leave a heading at the foot of one (see typesetting.keep_together)."""
    pairs = [blocks[at : at + 2] for at in range(0, len(blocks), 2)]
    return "".join(
        '<table class="columns" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="50%" valign="top" class="left">{pair[0]}</td>'
        f'<td width="50%" valign="top" class="right">{pair[1] if len(pair) > 1 else ""}</td>'
        "</tr></table>"
        for pair in pairs
    )


COLUMN_CHARACTERS = 52  # about what a line of a half-page column holds in small print
_LINE_BLOCK = re.compile(r"<(h[1-6]|p|li)\b[^>]*>(.*?)</\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def estimated_lines(html: str) -> float:
    """About how many lines a block of print HTML takes in a column: wrapped text, plus a little
    for the space around each heading, paragraph and list item."""
    lines = 0.0
    for match in _LINE_BLOCK.finditer(html):
        text = html_unescape(_TAG.sub("", match.group(2))).strip()
        wrapped = max(1, -(-len(text) // COLUMN_CHARACTERS))
        lines += wrapped * (1.3 if match.group(1).startswith("h") else 1) + 0.3
    return lines
