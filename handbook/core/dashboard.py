"""The "My progress" page as HTML: the course and each module with a bar, what is next, recent notes.

Links: ``page:<path>`` opens a page; ``action:<name>`` asks the app to do something (journal,
certificate).
"""

from __future__ import annotations

import html

from handbook.core.certificate import missing_for_certificate
from handbook.core.content import Pack, Page
from handbook.core.course_progress import QuizResult, course_progress, format_duration
from handbook.core.journal import note_date, recent_notes
from handbook.core.progress_record import DONE, IN_PROGRESS, ItemProgress, Records, item_id_for

BAR_DONE = "#2e7d32"
BAR_EMPTY = "#e1e6eb"


def bar_html(fraction: float, width: str = "100%") -> str:
    """A progress bar Qt's rich text can draw: a one-row table with two coloured cells."""
    percent = max(0, min(100, round(fraction * 100)))
    cells = []
    if percent > 0:
        cells.append(f'<td width="{percent}%" bgcolor="{BAR_DONE}"></td>')
    if percent < 100:
        cells.append(f'<td width="{100 - percent}%" bgcolor="{BAR_EMPTY}"></td>')
    return (
        f'<table class="bar" width="{width}" height="12" cellspacing="0" cellpadding="0" '
        f'style="border: 1px solid #9aa5b1;"><tr>{"".join(cells)}</tr></table>'
    )


def _quiz_cell(results: tuple[QuizResult, ...]) -> str:
    if not results:
        return '<span class="meta">none</span>'
    parts = []
    for result in results:
        if result.passed:
            parts.append(f"&#10003; passed ({result.right}/{result.total})")
        elif result.answered == 0:
            parts.append("not tried yet")
        elif result.answered < result.total:
            parts.append(f"{result.answered} of {result.total} answered")
        else:
            parts.append(f"not passed ({result.right}/{result.total})")
    return "<br/>".join(parts)


def records_not_in_pack(pack: Pack, records: Records) -> list[ItemProgress]:
    """This pack's progress on pages it no longer has (removed in an update), kept and listed apart."""
    known = {item_id_for(page) for page in pack.pages()}
    return sorted(
        (r for (pack_id, item_id), r in records.items() if pack_id == pack.info.id and item_id not in known),
        key=lambda r: r.item_id,
    )


def dashboard_html(pack: Pack, records: Records, profile_name: str, last_page: Page | None = None) -> str:
    esc = html.escape
    progress = course_progress(pack, records)
    parts = [f"<h1>Progress of {esc(profile_name)}</h1>"]
    parts.append(
        f'<p class="meta">{esc(pack.info.title)} &middot; {progress.done} of {progress.total} lessons done '
        f"&middot; {format_duration(progress.seconds)} spent</p>"
    )
    parts.append(bar_html(progress.fraction))
    parts.append('<p style="font-size: 4pt;">&nbsp;</p>')  # Qt ignores margins below tables

    parts.append("<h2>Carry on</h2><ul>")
    next_lesson = progress.next_lesson
    if last_page is not None:
        parts.append(
            f'<li>Continue where you left off: <a href="page:{esc(last_page.path)}">{esc(last_page.title)}</a></li>'
        )
    if next_lesson is not None and (last_page is None or last_page.path != next_lesson.path):
        parts.append(
            f'<li>Next lesson not done yet: <a href="page:{esc(next_lesson.path)}">'
            f"{esc(next_lesson.title)}</a> ({next_lesson.minutes} min)</li>"
        )
    if next_lesson is None:
        parts.append("<li>Every lesson is done.</li>")
    parts.append('<li><a href="action:journal">Open your journal</a> (all your notes, by module)</li></ul>')

    parts.append("<h2>Certificate</h2>")
    missing = missing_for_certificate(progress, limit=3)
    if not missing:
        parts.append(
            '<p>&#10003; You have finished the course. <a href="action:certificate">Save your certificate</a> '
            "as a PDF to print.</p>"
        )
    else:
        parts.append("<p>The certificate is ready when every lesson is done and every self-check is passed "
                     "(75% right). Still to do:</p><ul>")
        parts.extend(f"<li>{esc(reason)}</li>" for reason in missing[:4])
        if len(missing) > 4:
            parts.append(f"<li>and {len(missing) - 4} more self-checks</li>")
        parts.append("</ul>")

    parts.append("<h2>Modules</h2>")
    parts.append(
        '<table class="modules" width="100%" cellspacing="0" cellpadding="5">'
        "<tr><th align=left>Module</th><th align=left width=\"28%\">Lessons done</th>"
        "<th align=left>Self-check</th><th align=right>Time</th></tr>"
    )
    for number, module in enumerate(progress.modules, start=1):
        parts.append(
            f'<tr><td><a href="page:{esc(module.module.path)}">{number}. {esc(module.module.title)}</a></td>'
            f'<td>{bar_html(module.fraction)}<span class="meta">{module.done} of {module.total}</span></td>'
            f"<td>{_quiz_cell(module.quizzes)}</td>"
            f'<td align="right">{format_duration(module.seconds)}</td></tr>'
        )
    parts.append("</table>")

    gone = records_not_in_pack(pack, records)
    if gone:
        parts.append("<h2>No longer in this pack</h2>")
        parts.append(
            '<p class="meta">These pages were in an earlier version of the course. What you did on them is '
            "kept; it does not count towards this version.</p><ul>"
        )
        for record in gone:
            state = {DONE: "done", IN_PROGRESS: "started"}.get(record.status, "not started")
            extra = ", with a note (see your journal)" if record.note.strip() else ""
            parts.append(f"<li>{esc(record.item_id)}: {state}{extra}</li>")
        parts.append("</ul>")

    parts.append("<h2>Recent notes</h2>")
    notes = recent_notes(pack, records)
    if not notes:
        parts.append('<p class="meta">No notes yet. Write in the Notes pane beside a lesson.</p>')
    for entry in notes:
        text = " ".join(entry.record.note.split())
        if len(text) > 220:
            text = text[:220].rsplit(" ", 1)[0] + " …"
        title = esc(entry.title)
        if entry.lesson is not None:
            title = f'<a href="page:{esc(entry.lesson.path)}">{title}</a>'
        parts.append(f'<p><b>{title}</b> <span class="meta">{note_date(entry.record)}</span><br/>{esc(text)}</p>')
    return "\n".join(parts)
