"""The content of a pack as plain dataclasses: modules, lessons, activities, plans, forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from handbook.core.errors import Problem

LESSON_KINDS = ("read", "activity", "reflect", "quiz")
ACTIVITY_KINDS = ("check-in", "icebreaker", "energizer", "learning-format", "reflection")
SETTINGS = ("in-person", "online")
ENERGY_LEVELS = ("low", "medium", "high")
# A pack's id and version become folder names (see core/packs): checked here, where the app reads them at start.
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")


@dataclass(frozen=True)
class PackInfo:
    """The fields of pack.yaml."""

    id: str
    title: str
    version: str
    language: str = "en"
    license: str = ""
    authors: tuple[str, ...] = ()
    description: str = ""
    min_app_version: str = ""


class SavedBody(Protocol):
    """A page's body kept elsewhere (the pack's saved copy, core/content/bodies.py), read when first asked for."""

    def read(self) -> str: ...


class _Body:
    """The ``body`` field: text, or a ``SavedBody`` read (once) the first time the page's body is used.

    A 2,000-lesson pack's bodies are 5 MB: start-up reads only titles and the tree, and a body is read
    when its page is opened, searched or printed. Code everywhere sees plain text.
    """

    def __get__(self, page: Page | None, owner: type | None = None) -> str:
        if page is None:
            raise AttributeError("body")
        value: str | SavedBody = page.__dict__["_body"]
        if isinstance(value, str):
            return value
        text = page.__dict__["_body"] = value.read()
        return text

    def __set__(self, page: Page, value: str) -> None:
        page.__dict__["_body"] = value


def keep_body_saved(page: Page, saved: SavedBody) -> None:
    """Read ``page.body`` from ``saved`` when it is first used (for pages decoded from a saved copy)."""
    page.__dict__["_body"] = saved


@dataclass
class Page:
    """Anything the reader can show: it has a title and a Markdown body in a file."""

    id: str
    title: str
    path: str  # the source file, relative to the pack root, with forward slashes
    body: str  # read through _Body (set on the class below), so a saved copy's body is read when first used
    body_line: int  # the 1-based line of the file where the body starts
    key_lines: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def section(self) -> str:
        return "page"


# After the dataclass is made, so its fields and type hints (the cache's codec reads them) say ``str``.
setattr(Page, "body", _Body())  # noqa: B010


@dataclass
class Lesson(Page):
    module_id: str = ""
    minutes: int = 0
    kind: str = "read"
    objectives: tuple[str, ...] = ()

    @property
    def section(self) -> str:
        return "lesson"


@dataclass
class Module(Page):
    summary: str = ""
    lessons: list[Lesson] = field(default_factory=list)

    @property
    def section(self) -> str:
        return "module"

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons)


@dataclass
class Activity(Page):
    kind: str = "check-in"
    minutes: tuple[int, int] = (0, 0)
    group: tuple[int, int] = (1, 100)
    setting: tuple[str, ...] = SETTINGS
    energy: str = "low"
    materials: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def section(self) -> str:
        return "activity"

    @property
    def minutes_label(self) -> str:
        low, high = self.minutes
        return f"{low}" if low == high else f"{low}-{high}"


@dataclass(frozen=True)
class AgendaItem:
    title: str
    minutes: int
    activity: str | None = None
    notes: str = ""


@dataclass
class SessionPlan(Page):
    week: int | None = None
    theme: str = ""
    minutes: int = 0
    agenda: tuple[AgendaItem, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def section(self) -> str:
        return "plan"


@dataclass
class Form(Page):
    description: str = ""

    @property
    def section(self) -> str:
        return "form"


@dataclass
class Pack:
    """A loaded pack. ``problems`` lists what could not be loaded; the rest is usable."""

    info: PackInfo
    root: Path
    modules: list[Module] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    plans: list[SessionPlan] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    media: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    def lessons(self) -> Iterator[Lesson]:
        for module in self.modules:
            yield from module.lessons

    def pages(self) -> Iterator[Page]:
        for module in self.modules:
            yield module
            yield from module.lessons
        yield from self.activities
        yield from self.plans
        yield from self.forms

    def page_at(self, path: str) -> Page | None:
        """The page whose source file is ``path`` (relative to the pack root)."""
        return self._pages_by_path().get(path)

    def page_by_id(self, section: str, page_id: str) -> Page | None:
        for page in self.pages():
            if page.section == section and page.id == page_id:
                return page
        return None

    def activity(self, activity_id: str) -> Activity | None:
        for activity in self.activities:
            if activity.id == activity_id:
                return activity
        return None

    def reading_order(self) -> list[Page]:
        """Module introductions and lessons in the order a learner reads them."""
        order: list[Page] = []
        for module in self.modules:
            order.append(module)
            order.extend(module.lessons)
        return order

    def _pages_by_path(self) -> dict[str, Page]:
        cache: dict[str, Page] | None = self.__dict__.get("_by_path")
        if cache is None:
            cache = {page.path: page for page in self.pages()}
            self.__dict__["_by_path"] = cache
        return cache

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == "error" for problem in self.problems)
