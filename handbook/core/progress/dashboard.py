"""The "My progress" page as HTML: the course and each module with a bar, what is next, recent notes.

Links: ``page:<path>`` opens a page; ``action:<name>`` asks the app to do something (journal,
certificate).
"""

from __future__ import annotations

import html

from handbook.core.content.model import Pack, Page
from handbook.core.i18n import translate
from handbook.core.progress.certificate import missing_for_certificate
from handbook.core.progress.course import QuizResult, course_progress, format_duration
from handbook.core.progress.journal import note_date, recent_notes
from handbook.core.progress.record import DONE, IN_PROGRESS, ItemProgress, Records, item_id_for

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
        none = translate("dashboard", "none")
        return f'<span class="meta">{html.escape(none)}</span>'
    parts = []
    for result in results:
        if result.passed:
            text = translate("dashboard", "passed ({right}/{total})")
        elif result.answered == 0:
            text = translate("dashboard", "not tried yet")
        elif result.answered < result.total:
            text = translate("dashboard", "{answered} of {total} answered")
        else:
            text = translate("dashboard", "not passed ({right}/{total})")
        text = html.escape(text.format(right=result.right, total=result.total, answered=result.answered))
        parts.append(f"&#10003; {text}" if result.passed else text)
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

    def link(href: str, text: str) -> str:
        return f'<a href="{esc(href)}">{esc(text)}</a>'

    def tag(name: str, text: str) -> str:
        return f"<{name}>{esc(text)}</{name}>"

    progress = course_progress(pack, records)
    parts = [tag("h1", translate("dashboard", "Progress of {name}").format(name=profile_name))]
    summary = translate("dashboard", "{done} of {total} lessons done").format(done=progress.done, total=progress.total)
    spent = translate("dashboard", "{time} spent").format(time=format_duration(progress.seconds))
    parts.append(f'<p class="meta">{esc(pack.info.title)} &middot; {esc(summary)} &middot; {esc(spent)}</p>')
    parts.append(bar_html(progress.fraction))
    parts.append('<p style="font-size: 4pt;">&nbsp;</p>')  # Qt ignores margins below tables

    parts.append(tag("h2", translate("dashboard", "Carry on")) + "<ul>")
    next_lesson = progress.next_lesson
    if last_page is not None:
        text = esc(translate("dashboard", "Continue where you left off: {link}"))
        parts.append(f"<li>{text.format(link=link('page:' + last_page.path, last_page.title))}</li>")
    if next_lesson is not None and (last_page is None or last_page.path != next_lesson.path):
        text = esc(translate("dashboard", "Next lesson not done yet: {link} ({n} min)"))
        lesson_link = link("page:" + next_lesson.path, next_lesson.title)
        parts.append(f"<li>{text.format(link=lesson_link, n=next_lesson.minutes)}</li>")
    if next_lesson is None:
        parts.append(tag("li", translate("dashboard", "Every lesson is done.")))
    text = esc(translate("dashboard", "{link} (all your notes, by module)"))
    journal = link("action:journal", translate("dashboard", "Open your journal"))
    parts.append(f"<li>{text.format(link=journal)}</li></ul>")

    parts.append(tag("h2", translate("dashboard", "Certificate")))
    missing = missing_for_certificate(progress, limit=3)
    if not missing:
        text = esc(translate("dashboard", "You have finished the course. {link} as a PDF to print."))
        certificate = link("action:certificate", translate("dashboard", "Save your certificate"))
        parts.append(f"<p>&#10003; {text.format(link=certificate)}</p>")
    else:
        rule = translate(
            "dashboard",
            "The certificate is ready when every lesson is done and every self-check is passed "
            "(75% right or more). Still to do:",
        )
        parts.append(tag("p", rule) + "<ul>")
        parts.extend(tag("li", reason) for reason in missing[:4])
        if len(missing) > 4:
            parts.append(tag("li", translate("dashboard", "and {n} more self-checks").format(n=len(missing) - 4)))
        parts.append("</ul>")

    parts.append(tag("h2", translate("dashboard", "Modules")))
    heads = (
        translate("dashboard", "Module"),
        translate("dashboard", "Lessons done"),
        translate("dashboard", "Self-check"),
        translate("dashboard", "Time"),
    )
    parts.append(
        '<table class="modules" width="100%" cellspacing="0" cellpadding="5">'
        f'<tr><th align=left>{esc(heads[0])}</th><th align=left width="28%">{esc(heads[1])}</th>'
        f"<th align=left>{esc(heads[2])}</th><th align=right>{esc(heads[3])}</th></tr>"
    )
    for number, module in enumerate(progress.modules, start=1):
        counts = esc(translate("dashboard", "{done} of {total}").format(done=module.done, total=module.total))
        parts.append(
            f'<tr><td><a href="page:{esc(module.module.path)}">{number}. {esc(module.module.title)}</a></td>'
            f'<td>{bar_html(module.fraction)}<span class="meta">{counts}</span></td>'
            f"<td>{_quiz_cell(module.quizzes)}</td>"
            f'<td align="right">{esc(format_duration(module.seconds))}</td></tr>'
        )
    parts.append("</table>")

    gone = records_not_in_pack(pack, records)
    if gone:
        parts.append(tag("h2", translate("dashboard", "No longer in this pack")))
        kept = translate(
            "dashboard",
            "These pages were in an earlier version of the course. What you did on them is kept; it does not "
            "count towards this version.",
        )
        parts.append(f'<p class="meta">{esc(kept)}</p><ul>')
        states = {DONE: translate("dashboard", "done"), IN_PROGRESS: translate("dashboard", "started")}
        for record in gone:
            state = states.get(record.status, translate("dashboard", "not started"))
            extra = translate("dashboard", ", with a note (see your journal)") if record.note.strip() else ""
            parts.append(f"<li>{esc(record.item_id)}: {esc(state)}{esc(extra)}</li>")
        parts.append("</ul>")

    parts.append(tag("h2", translate("dashboard", "Recent notes")))
    notes = recent_notes(pack, records)
    if not notes:
        none_yet = translate("dashboard", "No notes yet. Write in the Notes pane beside a lesson.")
        parts.append(f'<p class="meta">{esc(none_yet)}</p>')
    for entry in notes:
        text = " ".join(entry.record.note.split())
        if len(text) > 220:
            text = text[:220].rsplit(" ", 1)[0] + " …"
        title = esc(entry.title)
        if entry.lesson is not None:
            title = f'<a href="page:{esc(entry.lesson.path)}">{title}</a>'
        parts.append(f'<p><b>{title}</b> <span class="meta">{note_date(entry.record)}</span><br/>{esc(text)}</p>')
    return "\n".join(parts)
