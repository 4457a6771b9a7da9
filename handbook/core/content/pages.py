"""A whole page for the reader: the title and facts from front matter around the rendered body."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from handbook.core.content.media import media_file
from handbook.core.content.model import Activity, Form, Lesson, Module, Pack, Page, SessionPlan
from handbook.core.content.render import render_markdown
from handbook.core.content.render_model import PageState, RenderResult
from handbook.core.i18n import translate

KIND_LABELS = {
    "read": "Reading",
    "activity": "Activity",
    "reflect": "Reflection",
    "quiz": "Self-check",
    "check-in": "Check-in",
    "icebreaker": "Icebreaker",
    "energizer": "Energizer",
    "learning-format": "Learning format",
    "reflection": "Reflection",
}


SETTING_LABELS = {"in-person": "in person", "online": "online"}


def _esc(text: str) -> str:
    return html.escape(text)


def kind_label(kind: str) -> str:
    """'Check-in', 'Self-check'... in the user's language (marked for translation in gui/core_labels.py)."""
    return translate("core_labels", KIND_LABELS.get(kind, kind))


def page_link(path: str) -> str:
    return f"page:{path}"


def _header(page: Page, pack: Pack, start: dt.time | None = None) -> str:
    parts = []
    if isinstance(page, Lesson):
        module = next((m for m in pack.modules if m.id == page.module_id), None)
        crumbs = _esc(module.title) if module else ""
        parts.append(f'<p class="crumbs">{crumbs}</p>')
        parts.append(f"<h1>{_esc(page.title)}</h1>")
        about = translate("pages", "about {n} minutes").format(n=page.minutes)
        parts.append(f'<p class="meta">{_esc(kind_label(page.kind))} &middot; {_esc(about)}</p>')
        if page.objectives:
            items = "".join(f"<li>{_esc(o)}</li>" for o in page.objectives)
            you_will = translate("pages", "In this lesson you will")
            parts.append(
                '<table class="objectives" width="100%" cellspacing="0" cellpadding="8"><tr><td>'
                f"<p><b>{_esc(you_will)}</b></p><ul>{items}</ul></td></tr></table>"
            )
    elif isinstance(page, Module):
        parts.append(f"<h1>{_esc(page.title)}</h1>")
        if page.summary:
            parts.append(f'<p class="summary">{_esc(page.summary)}</p>')
    elif isinstance(page, Activity):
        parts.append(f"<h1>{_esc(page.title)}</h1>")
        parts.append(_activity_facts(page))
    elif isinstance(page, SessionPlan):
        parts.append(f"<h1>{_esc(page.title)}</h1>")
        facts = [_esc(translate("pages", "{n} minutes").format(n=page.minutes))]
        # A wrap-up plan serves the last meeting, whatever its number (see plans.default_template).
        if "wrap-up" in page.tags:
            facts.insert(0, _esc(translate("pages", "The last meeting")))
        elif page.week:
            facts.insert(0, _esc(translate("pages", "Week {n}").format(n=page.week)))
        if page.theme:
            facts.append(_esc(page.theme))
        parts.append(f'<p class="meta">{" &middot; ".join(facts)}</p>')
        parts.append(_agenda_table(page, pack, start))
    elif isinstance(page, Form):
        # A form is written to be printed, so it usually starts with its own title: not twice.
        if page.body.lstrip().split("\n", 1)[0].strip() != f"# {page.title}":
            parts.append(f"<h1>{_esc(page.title)}</h1>")
        if page.description:
            parts.append(f'<p class="summary">{_esc(page.description)}</p>')
    else:
        parts.append(f"<h1>{_esc(page.title)}</h1>")
    return "\n".join(parts)


def _activity_facts(activity: Activity) -> str:
    low, high = activity.group
    settings = [translate("core_labels", SETTING_LABELS.get(s, s)) for s in activity.setting]
    rows = [
        (translate("pages", "Kind"), kind_label(activity.kind)),
        (translate("pages", "Time"), translate("pages", "{n} minutes").format(n=activity.minutes_label)),
        (translate("pages", "Group"), translate("pages", "{low} to {high} people").format(low=low, high=high)),
        (translate("pages", "Setting"), translate("pages", " or ").join(settings)),
        (translate("pages", "Energy"), translate("core_labels", activity.energy).capitalize()),
        (translate("pages", "Materials"), ", ".join(activity.materials) or translate("pages", "none")),
    ]
    cells = "".join(f"<tr><th align=left>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="facts" cellspacing="0" cellpadding="4">{cells}</table>'


def _agenda_table(plan: SessionPlan, pack: Pack, start: dt.time | None = None) -> str:
    """The agenda by minutes from the start, or on the clock from ``start`` (the circle's start time)."""
    # Only for a plan: start-up does not need them.
    from handbook.core.planning.agenda import agenda_clock_times
    from handbook.core.planning.circle import clock

    rows = []
    minute = 0
    clock_times = agenda_clock_times(start, plan.agenda) if start is not None else []
    for index, item in enumerate(plan.agenda):
        title = _esc(item.title)
        activity = pack.activity(item.activity) if item.activity else None
        if activity is not None:
            title += f' &middot; <a href="{page_link(activity.path)}">{_esc(activity.title)}</a>'
        notes = f'<br/><span class="notes">{_esc(item.notes)}</span>' if item.notes else ""
        if clock_times:
            begin, end = clock_times[index]
            when = f"{clock(begin)}&ndash;{clock(end)}"
        else:
            when = f"{minute}&ndash;{minute + item.minutes}"
        rows.append(f"<tr><td>{when}</td><td>{item.minutes}</td><td>{title}{notes}</td></tr>")
        minute += item.minutes
    first = translate("agenda", "Time") if clock_times else translate("pages", "Minute")
    length, what, total = translate("pages", "Length"), translate("pages", "What happens"), translate("pages", "Total")
    head = (
        f"<tr><th align=left>{_esc(first)}</th><th align=left>{_esc(length)}</th><th align=left>{_esc(what)}</th></tr>"
    )
    table = (
        f'<table class="agenda" width="100%" cellspacing="0" cellpadding="5">{head}{"".join(rows)}'
        f"<tr><td></td><td><b>{minute}</b></td><td><b>{_esc(total)}</b></td></tr></table>"
    )
    if clock_times:
        note = translate("pages", "Times for your circle, which starts at {time} (Tools > Session planner).")
        table = f'<p class="meta">{_esc(note.format(time=clock(clock_times[0][0])))}</p>' + table
    return table


def _score_box(page: Page, result: RenderResult, state: PageState | None) -> str:
    """Under a self-check whose questions are all answered: the score, and whether it passes."""
    quizzes = result.quizzes
    if not isinstance(page, Lesson) or not quizzes or state is None:
        return ""
    answers = state.answers
    if any(quiz.index not in answers for quiz in quizzes):
        return ""
    from handbook.core.progress.course import QuizResult  # only here: start-up does not need it

    right = sum(1 for quiz in quizzes if answers[quiz.index] == quiz.answer)
    score = QuizResult(page, right, len(quizzes), len(quizzes))
    if score.passed:
        verdict = translate("pages", "You passed this self-check.")
        css = "score-passed"
    else:
        verdict = translate(
            "pages", "Passing takes {n} (75%). Read the module again, then use Tools > Try the self-check again."
        ).format(n=score.needed)
        css = "score-not-yet"
    heading = translate("pages", "Your score: {right} of {total} right.").format(right=right, total=len(quizzes))
    return (
        f'<table class="{css}" width="100%" cellspacing="0" cellpadding="10"><tr><td class="{css}">'
        f"<p><b>{_esc(heading)}</b> {_esc(verdict)}</p></td></tr></table>\n"
    )


def _next_step(page: Page, pack: Pack) -> str:
    """At the bottom of a lesson: the next lesson (or module) to read, one click away, or that the course ends."""
    if not isinstance(page, Lesson):
        return ""
    order = pack.reading_order()
    paths = [item.path for item in order]
    index = paths.index(page.path) if page.path in paths else len(order)
    following = order[index + 1] if index + 1 < len(order) else None
    if following is None:
        text = _esc(
            translate(
                "pages",
                "This is the last lesson of the course. See what is left to do in Go > My progress (Ctrl+Shift+D).",
            )
        )
    else:
        label = (
            translate("pages", "Next module:") if isinstance(following, Module) else translate("pages", "Next lesson:")
        )
        keys = translate("pages", "or press Ctrl+Right")
        text = (
            f'<b>{_esc(label)}</b> <a href="{page_link(following.path)}">{_esc(following.title)}</a> &rarr; '
            f'<span class="meta">({_esc(keys)})</span>'
        )
    return (
        '<table class="next-step" width="100%" cellspacing="0" cellpadding="10"><tr><td class="next-step">'
        f"<p>{text}</p></td></tr></table>\n"
    )


def render_page(page: Page, pack: Pack, state: PageState | None = None, start: dt.time | None = None) -> RenderResult:
    """The page as one HTML document for the reader; a plan's agenda on the clock from ``start`` when given."""
    root = Path(pack.root)
    result = render_markdown(
        page.body,
        page_path=page.path,
        first_line=page.body_line,
        source=root / page.path,
        state=state,
        exists=lambda target: (root / target).is_file(),
        shows_image=lambda target: media_file(root, target) is not None,
    )
    body = result.html + _score_box(page, result, state) + _next_step(page, pack)
    if isinstance(page, Module) and page.lessons:
        minutes, lessons = translate("pages", "{n} min"), translate("pages", "Lessons")
        items = "".join(
            f'<li><a href="{page_link(lesson.path)}">{_esc(lesson.title)}</a>'
            f' <span class="meta">({_esc(minutes.format(n=lesson.minutes))})</span></li>'
            for lesson in page.lessons
        )
        body += f"<h2>{_esc(lessons)}</h2><ol>{items}</ol>"
    result.html = f"{_header(page, pack, start)}\n{body}"
    return result
