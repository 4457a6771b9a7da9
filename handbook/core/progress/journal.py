"""A facilitator's journal: their lesson notes by module, as Markdown and as HTML (screen and print)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from handbook.core.content.model import Lesson, Module, Pack
from handbook.core.i18n import format_day, translate
from handbook.core.progress.record import ItemProgress, Records, item_id_for, parse_time


def long_date(day: date) -> str:
    """'3 March 2027', in the user's language once the app set it (core.i18n)."""
    return format_day(day)


def note_date(record: ItemProgress) -> str:
    try:
        return long_date(parse_time(record.updated).astimezone().date())
    except ValueError:
        return ""


@dataclass(frozen=True)
class JournalEntry:
    record: ItemProgress
    lesson: Lesson | None  # None when the page is no longer in the pack
    title: str


@dataclass(frozen=True)
class JournalSection:
    title: str
    module: Module | None
    entries: tuple[JournalEntry, ...]


def journal_sections(pack: Pack, records: Records) -> list[JournalSection]:
    """Notes in course order, by module; notes on pages the pack no longer has come last."""
    sections = []
    placed: set[tuple[str, str]] = set()
    for number, module in enumerate(pack.modules, start=1):
        entries = []
        for lesson in module.lessons:
            key = (pack.info.id, item_id_for(lesson))
            record = records.get(key)
            if record is not None and record.note.strip():
                entries.append(JournalEntry(record, lesson, lesson.title))
                placed.add(key)
        if entries:
            sections.append(JournalSection(f"{number}. {module.title}", module, tuple(entries)))
    others = [
        JournalEntry(record, None, record.item_id)
        for key, record in sorted(records.items())
        if key[0] == pack.info.id and key not in placed and record.note.strip()
    ]
    if others:
        sections.append(
            JournalSection(translate("journal", "Notes on pages no longer in the course"), None, tuple(others))
        )
    return sections


def recent_notes(pack: Pack, records: Records, count: int = 5) -> list[JournalEntry]:
    entries = [entry for section in journal_sections(pack, records) for entry in section.entries]
    return sorted(entries, key=lambda entry: entry.record.updated, reverse=True)[:count]


def journal_markdown(pack: Pack, records: Records, profile_name: str, today: date) -> str:
    lines = [
        f"# Journal of {profile_name}",
        "",
        f"{pack.info.title}, version {pack.info.version}. Written out on {long_date(today)}.",
        "",
    ]
    sections = journal_sections(pack, records)
    if not sections:
        lines += ["No notes yet.", ""]
    for section in sections:
        lines += [f"## {section.title}", ""]
        for entry in section.entries:
            lines += [
                f"### {entry.title}",
                "",
                f"*{note_date(entry.record)}*",
                "",
                _note_markdown(entry.record.note),
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


_MARKDOWN_MARKS = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def _note_markdown(text: str) -> str:
    """A note as Markdown that shows exactly what was typed: marks escaped, line breaks kept."""
    paragraphs = [part.strip() for part in text.strip().split("\n\n") if part.strip()]
    escaped = (_MARKDOWN_MARKS.sub(r"\\\1", part) for part in paragraphs)
    return "\n\n".join(part.replace("\n", "\\\n") for part in escaped)


def _note_html(text: str) -> str:
    paragraphs = [part.strip() for part in text.strip().split("\n\n") if part.strip()]
    return "".join(f"<p>{html.escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs)


def journal_html(pack: Pack, records: Records, profile_name: str, today: date, *, links: bool = True) -> str:
    """The journal as HTML; with ``links``, lesson titles open the lesson (``page:`` links)."""
    esc = html.escape
    heading = translate("journal", "Journal of {name}").format(name=esc(profile_name))
    meta = translate("journal", "{course}, version {version}. Written out on {date}.").format(
        course=esc(pack.info.title), version=esc(pack.info.version), date=long_date(today)
    )
    parts = [f"<h1>{heading}</h1>", f'<p class="meta">{meta}</p>']
    sections = journal_sections(pack, records)
    if not sections:
        none_yet = translate(
            "journal",
            "No notes yet. Open a lesson and write in the <b>Notes</b> pane beside it: what you want to try, "
            "what surprised you, what you would do differently.",
        )
        parts.append(f"<p>{none_yet}</p>")
    for section in sections:
        parts.append(f"<h2>{esc(section.title)}</h2>")
        for entry in section.entries:
            title = esc(entry.title)
            if links and entry.lesson is not None:
                title = f'<a href="page:{esc(entry.lesson.path)}">{title}</a>'
            parts.append(f'<h3>{title}</h3><p class="meta">{note_date(entry.record)}</p>')
            parts.append(_note_html(entry.record.note))
    return "\n".join(parts)
