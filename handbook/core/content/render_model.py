"""What a rendered page is made of (links, quizzes, tasks, the reader's state) and heading anchor names.

Kept below render.py and render_rules.py so that both can use these without importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from handbook.core.errors import Problem

_SLUG_STRIP = re.compile(r"[^\w\s-]")


@dataclass(frozen=True)
class LinkRef:
    """A link from a page to another file of the pack."""

    target: str  # pack-relative path, normalised
    fragment: str
    line: int


@dataclass(frozen=True)
class Quiz:
    index: int
    question: str
    choices: tuple[str, ...]
    answer: int  # 0-based index of the right choice
    explanation: str
    line: int


@dataclass(frozen=True)
class TaskItem:
    index: int
    text: str
    checked: bool  # as written in the Markdown
    line: int


@dataclass
class PageState:
    """What the reader has done on a page: ticked tasks and chosen quiz answers."""

    ticks: Mapping[int, bool] = field(default_factory=dict)
    answers: Mapping[int, int] = field(default_factory=dict)


@dataclass
class RenderResult:
    html: str
    links: list[LinkRef] = field(default_factory=list)
    images: list[LinkRef] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    quizzes: list[Quiz] = field(default_factory=list)
    tasks: list[TaskItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def slugify(text: str) -> str:
    """A heading's anchor name: lowercase words joined by '-'."""
    return re.sub(r"[\s_]+", "-", _SLUG_STRIP.sub("", text.lower()).strip())
