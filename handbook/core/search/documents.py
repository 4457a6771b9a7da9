"""What the search index holds for each page of a pack: its title, facts and the plain text of its body."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.footnote import footnote_plugin

from handbook.core.content.frontmatter import parse_yaml
from handbook.core.content.model import Activity, Form, Lesson, Module, Pack, Page, SessionPlan
from handbook.core.content.pages import KIND_LABELS
from handbook.core.errors import ContentError

# Bump when what is indexed (or how) changes, so old indexes are rebuilt.
SCHEMA_VERSION = 1
# Snippet() marks matches with these; they must never come from the content itself.
MARK_START = "\ue000"
MARK_END = "\ue001"


@dataclass(frozen=True)
class Document:
    """One searchable item. ``kind`` is a page's section ('lesson', 'activity', ...) or 'note'."""

    kind: str
    item_id: str
    path: str
    title: str
    keywords: str
    body: str


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # The reader's Markdown flavour (see render.py), minus what only changes the HTML.
    md = MarkdownIt("commonmark", {"html": False})
    md.enable("table").enable("strikethrough")
    return md.use(footnote_plugin).use(admon_plugin)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _fence_text(token: Token) -> str:
    if token.info.strip() != "quiz":
        return token.content
    # A quiz shows its question, choices and explanation, not its YAML keys.
    try:
        data = parse_yaml(token.content, Path("quiz"), first_line=1)
    except ContentError:
        return token.content
    return "\n".join(_strings(data))


def markdown_text(markdown: str) -> str:
    """The words a reader sees in a Markdown body: no markup, link targets or image paths."""
    blocks: list[str] = []
    for token in _parser().parse(markdown):
        if token.type == "inline":
            parts = []
            for child in token.children or []:
                if child.type in ("text", "code_inline", "image"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
            blocks.append("".join(parts))
        elif token.type in ("fence", "code_block"):
            blocks.append(_fence_text(token))
    return clean("\n".join(block for block in blocks if block.strip()))


def clean(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def page_keywords(page: Page) -> str:
    """The facts shown around a page's body (kind, materials, agenda...), as searchable words."""
    words: list[str] = []
    if isinstance(page, Lesson):
        words.append(KIND_LABELS.get(page.kind, page.kind))
        words.extend(page.objectives)
    elif isinstance(page, Module):
        words.append(page.summary)
    elif isinstance(page, Activity):
        words.append(KIND_LABELS.get(page.kind, page.kind))
        words.extend(page.setting)
        words.append(f"{page.energy} energy")
        words.extend(page.materials or ("no materials",))
        words.extend(tag.replace("-", " ") for tag in page.tags)
    elif isinstance(page, SessionPlan):
        if page.week:
            words.append(f"Week {page.week}")
        words.append(page.theme)
        for item in page.agenda:
            words.extend((item.title, item.notes))
        words.extend(tag.replace("-", " ") for tag in page.tags)
    elif isinstance(page, Form):
        words.append(page.description)
    return clean("\n".join(word for word in words if word))


def page_document(page: Page) -> Document:
    return Document(page.section, page.id, page.path, clean(page.title), page_keywords(page), markdown_text(page.body))


def pack_documents(pack: Pack) -> Iterator[Document]:
    for page in pack.pages():
        yield page_document(page)


def content_key(pack: Pack) -> str:
    """A short hash of everything indexed from ``pack``; another key means another index."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}\0{pack.info.id}\0{pack.info.version}".encode())
    for page in pack.pages():
        for part in (page.section, page.id, page.path, page.title, page_keywords(page), page.body):
            digest.update(b"\0")
            digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]
