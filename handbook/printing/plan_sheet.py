"""One meeting's plan on paper: date and times, the agenda on the clock, notes and activity steps."""

from __future__ import annotations

from handbook.core.circle import CircleDetails, clock, format_date
from handbook.core.content import Activity, Pack
from handbook.core.pages import KIND_LABELS
from handbook.core.plans import Meeting
from handbook.printing.markup import esc, markdown_html, section_text, sections


def part_heading(text: str, anchor: str | None) -> str:
    """A heading that starts a new page and is listed in the contents when ``anchor`` is given."""
    if anchor is None:
        return f"<h1>{esc(text)}</h1>"
    return f'<h1 class="part"><a name="{esc(anchor)}"></a>{esc(text)}</h1>'


def when_line(meeting: Meeting, details: CircleDetails) -> str:
    parts = [f"<b>{esc(format_date(meeting.date))}, {meeting.time_range()}</b>"]
    if details.venue:
        parts.append(esc(details.venue))
    return '<p class="when">' + " &middot; ".join(parts) + "</p>"


def facts_line(meeting: Meeting, details: CircleDetails) -> str:
    facts = []
    if details.course_title:
        facts.append(f"Course: {esc(details.course_title)}")
    if details.facilitators:
        label = "Facilitator" if len(details.facilitators) == 1 else "Facilitators"
        facts.append(f"{label}: {esc(', '.join(details.facilitators))}")
    if meeting.template.theme:
        facts.append(f"Theme: {esc(meeting.template.theme)}")
    return f'<p class="meta">{" &middot; ".join(facts)}</p>' if facts else ""


def agenda_table(meeting: Meeting, pack: Pack) -> str:
    rows = []
    for item, (start, end) in zip(meeting.agenda, meeting.clock_times(), strict=True):
        activity = pack.activity(item.activity) if item.activity else None
        what = f"<b>{esc(item.title)}</b>"
        if activity is not None and activity.title.casefold() != item.title.casefold():
            what += f' &middot; <span class="activity">{esc(activity.title)}</span>'
        if item.notes:
            what += f'<br/><span class="notes">{esc(item.notes)}</span>'
        rows.append(
            f'<tr><td class="time">{clock(start)}&ndash;{clock(end)}</td>'
            f'<td class="minutes">{item.minutes}</td><td>{what}</td>'
            '<td class="tick">&#9744;</td></tr>'
        )
    balance = meeting.balance
    if balance.status == "over":
        total = f"Total {balance.total} minutes: <b>{balance.difference} over</b> the {balance.length}-minute meeting"
    elif balance.status == "under":
        total = f"Total {balance.total} minutes: {-balance.difference} to spare in the {balance.length}-minute meeting"
    else:
        total = f"Total {balance.total} minutes, the whole meeting"
    head = '<thead><tr><th>Time</th><th>Min</th><th>What happens</th><th class="tick">Done</th></tr></thead>'
    return (
        '<table class="agenda" width="100%" cellspacing="0" cellpadding="4">'
        f"{head}{''.join(rows)}"
        f'<tr class="total"><td></td><td class="minutes"><b>{balance.total}</b></td>'
        f'<td colspan="2">{total}</td></tr></table>'
    )


def activities_used(meeting: Meeting, pack: Pack) -> list[Activity]:
    seen: dict[str, Activity] = {}
    for item in meeting.agenda:
        activity = pack.activity(item.activity) if item.activity else None
        if activity is not None and activity.id not in seen:
            seen[activity.id] = activity
    return list(seen.values())


def activity_steps(activity: Activity) -> str:
    """The activity's numbered steps, or its opening paragraph when it has no 'Steps' section."""
    steps = section_text(activity.body, "Steps")
    if not steps:
        opening = sections(activity.body)
        steps = opening[0].text if opening else ""
    materials = ", ".join(activity.materials) or "no materials"
    kind = KIND_LABELS.get(activity.kind, activity.kind)
    return (
        f"<h3>{esc(activity.title)}</h3>"
        f'<p class="meta">{esc(kind)} &middot; {activity.minutes_label} min &middot; {esc(materials)}</p>'
        f"{markdown_html(steps, activity)}"
    )


def plan_html(meeting: Meeting, pack: Pack, details: CircleDetails, anchor: str | None = None) -> str:
    """The plan of one meeting as print HTML (a packet part when ``anchor`` is given)."""
    parts = [
        part_heading(meeting.heading, anchor),
        when_line(meeting, details),
        facts_line(meeting, details),
        agenda_table(meeting, pack),
    ]
    body = meeting.template.body.strip()
    if body:
        parts.append("<h2>Notes for the facilitator</h2>")
        parts.append(markdown_html(body, meeting.template, shift_headings=1))
    used = activities_used(meeting, pack)
    if used:
        parts.append("<h2>Steps of the activities</h2>")
        parts.append(two_columns([activity_steps(activity) for activity in used]))
    return "\n".join(part for part in parts if part)


def two_columns(blocks: list[str]) -> str:
    """Blocks side by side in two columns of about equal length, keeping their order."""
    total = sum(len(block) for block in blocks)
    left: list[str] = []
    length = 0
    for block in blocks:
        if left and length + len(block) / 2 > total / 2:
            break
        left.append(block)
        length += len(block)
    right = blocks[len(left) :]
    return (
        '<table class="columns" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="50%" class="left">{"".join(left)}</td><td width="50%" class="right">{"".join(right)}</td>'
        "</tr></table>"
    )
