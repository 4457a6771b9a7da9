"""A session plan's agenda from its front matter: each item checked, a Problem for each bad one."""

from __future__ import annotations

from typing import Any

from handbook.core.content.front_fields import FieldReader
from handbook.core.content.frontmatter import SourceFile
from handbook.core.content.limits import CONTENT_LIMITS, control_character, excerpt
from handbook.core.content.model import AgendaItem
from handbook.core.errors import Problem
from handbook.core.i18n import format_number, translate

AGENDA_KEYS = ("title", "minutes", "activity", "notes")
MAX_MINUTES = 1_000_000


def read_agenda(source: SourceFile, fields: FieldReader) -> tuple[AgendaItem, ...]:
    """The agenda's usable items; what is wrong with the others goes to ``fields.problems``."""
    raw: Any = source.meta.get("agenda")
    line = source.line_of("agenda")
    problems = fields.problems
    if raw is None:
        fields.problem(
            "agenda", translate("content", "'agenda' is missing; list the parts of the meeting with title and minutes.")
        )
        return ()
    if not isinstance(raw, list):
        fields.problem(
            "agenda", translate("content", "'agenda' must be a list of items, each with '- title:' and 'minutes:'.")
        )
        return ()
    if len(raw) > CONTENT_LIMITS.list_values:
        said = translate("content", "the agenda has {count} items; the most allowed is {limit}.")
        fields.problem(
            "agenda", said.format(count=format_number(len(raw)), limit=format_number(CONTENT_LIMITS.list_values))
        )
        return ()
    items = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            said = translate("content", "agenda item {number} must have 'title:' and 'minutes:'.")
            problems.append(Problem(source.path, line, said.format(number=number)))
            continue
        title, minutes = entry.get("title"), entry.get("minutes")
        activity, notes = entry.get("activity"), entry.get("notes", "")
        if not isinstance(title, str) or not title.strip():
            said = translate("content", "agenda item {number} has no title; add 'title: ...'.")
            problems.append(Problem(source.path, line, said.format(number=number)))
            continue
        if not isinstance(notes, str):
            notes = str(notes)
        too_long = _text_problem(number, title.strip(), notes.strip())
        if too_long:
            problems.append(Problem(source.path, line, too_long))
            continue
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
            said = translate(
                "content", "agenda item {number} ({title}) needs 'minutes:' as a whole number from 0 to {limit}."
            )
            problems.append(
                Problem(source.path, line, said.format(number=number, title=title, limit=format_number(MAX_MINUTES)))
            )
            continue
        if activity is not None and (not isinstance(activity, str) or len(activity) > CONTENT_LIMITS.short_value_chars):
            said = translate("content", "agenda item {number} ({title}): 'activity' must be an id.")
            problems.append(Problem(source.path, line, said.format(number=number, title=title)))
            activity = None
        for key in entry:
            if key not in AGENDA_KEYS:
                said = translate("content", "agenda item {number} ({title}) has an unknown field {field}.")
                problems.append(
                    Problem(source.path, line, said.format(number=number, title=title, field=excerpt(key)), "warning")
                )
        items.append(AgendaItem(title.strip(), minutes, activity, notes.strip()))
    return tuple(items)


def _text_problem(number: int, title: str, notes: str) -> str | None:
    """What is wrong with an agenda item's title or notes against the caps, or None."""
    limits = CONTENT_LIMITS
    for key, value, limit in (("title", title, limits.short_value_chars), ("notes", notes, limits.long_value_chars)):
        if len(value) > limit:
            said = translate(
                "content",
                "agenda item {number} has '{key}' of {count} characters; the most allowed is {limit}. Shorten it.",
            )
            return said.format(number=number, key=key, count=format_number(len(value)), limit=format_number(limit))
        bad = control_character(value.replace("\n", " ") if key == "notes" else value)
        if bad:
            said = translate(
                "content", "agenda item {number} has the control character {character} in '{key}'; remove it."
            )
            return said.format(number=number, character=bad, key=key)
    return None
