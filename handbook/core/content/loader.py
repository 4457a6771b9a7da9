"""Read a pack's source folder into a Pack, collecting every problem with its file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.core.content.agenda_items import read_agenda
from handbook.core.content.front_fields import FieldReader
from handbook.core.content.frontmatter import SourceFile, parse_yaml, read_source, read_text
from handbook.core.content.limits import CONTENT_LIMITS, excerpt
from handbook.core.content.model import (
    ACTIVITY_KINDS,
    ENERGY_LEVELS,
    LESSON_KINDS,
    PACK_ID,
    SEMVER,
    SETTINGS,
    Activity,
    Form,
    Lesson,
    Module,
    Pack,
    PackInfo,
    SessionPlan,
)
from handbook.core.errors import ContentError, Problem
from handbook.core.i18n import translate

if TYPE_CHECKING:
    from handbook.core.content.source_folder import SourceFolder

PACK_FILE = "pack.yaml"
MEDIA_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
_NUMBER_PREFIX = re.compile(r"^\d+[-_]")

PACK_KEYS = ("id", "title", "version", "language", "license", "authors", "description", "min_app_version")
MODULE_KEYS = ("title", "summary")
LESSON_KEYS = ("title", "minutes", "kind", "id", "objectives")
ACTIVITY_KEYS = ("title", "kind", "minutes", "group", "setting", "energy", "materials", "tags")
PLAN_KEYS = ("title", "week", "theme", "minutes", "agenda", "tags")
FORM_KEYS = ("title", "description")


def slug_of(name: str) -> str:
    """A file or folder name without its ordering number and suffix: '01-intro.md' -> 'intro'."""
    stem = name[:-3] if name.endswith(".md") else name
    return _NUMBER_PREFIX.sub("", stem)


class PackLoader:
    """Loads one pack folder. Broken files are reported in ``problems`` and left out."""

    def __init__(self, root: Path, texts: Mapping[str, bytes] | None = None) -> None:
        self.root = Path(root)
        self.problems: list[Problem] = []
        self.texts = texts or {}  # file path (as str) -> bytes already in memory
        self._root_prefix = os.path.join(str(self.root), "")
        self.folder: SourceFolder  # what load() finds in the folder

    def rel(self, path: Path) -> str:
        text, root = str(path), self._root_prefix
        if text.startswith(root):  # the usual case, without pathlib's slower relative_to
            return text[len(root) :].replace(os.sep, "/")
        return path.relative_to(self.root).as_posix()

    def load(self) -> Pack:
        # Imported here: a start-up that finds the pack in its cache loads nothing.
        from handbook.core.content.source_folder import SourceFolder, scan_source_folder

        self.folder = SourceFolder(self.root)
        if self.root.is_dir():
            # Only what this listing found is ever opened: regular files inside the folder.
            self.folder = scan_source_folder(self.root)
            self.problems.extend(self.folder.problems)
        info = self._load_info()
        pack = Pack(info=info, root=self.root, problems=self.problems)
        pack.modules = self._load_modules()
        pack.activities = [a for a in map(self._load_activity, self._markdown_in("activities")) if a]
        pack.plans = [p for p in map(self._load_plan, self._markdown_in("plans")) if p]
        pack.forms = [f for f in map(self._load_form, self._markdown_in("forms")) if f]
        pack.media = tuple(rel for rel in self.folder.files if rel.startswith("media/"))
        self._check_duplicates(pack)
        return pack

    # pack.yaml

    def _load_info(self) -> PackInfo:
        path = self.root / PACK_FILE
        fallback = PackInfo(id=self.root.name, title=self.root.name, version="0.0.0")
        if not self.root.is_dir():
            self.problems.append(
                Problem(self.root, None, translate("content", "this folder does not exist; check the path."))
            )
            return fallback
        if PACK_FILE not in self.folder.files:
            if not os.path.lexists(path):  # else the folder's listing said what is wrong with it
                self.problems.append(
                    Problem(
                        path,
                        None,
                        translate(
                            "content", "pack.yaml is missing; every pack needs one with its id, title and version."
                        ),
                    )
                )
            return fallback
        try:
            text = read_text(path, self.texts.get(str(path)), max_bytes=CONTENT_LIMITS.front_matter_bytes)
            meta = parse_yaml(text, path, first_line=1)
        except ContentError as exc:
            self.problems.append(exc.problem)
            return fallback
        if not isinstance(meta, dict):
            self.problems.append(
                Problem(path, 1, translate("content", "pack.yaml must be a list of 'key: value' lines."))
            )
            return fallback
        lines: dict[str, int] = {}
        for number, line in enumerate(text.split("\n"), start=1):
            match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
            if match:
                lines.setdefault(match.group(1), number)
        fields = FieldReader(SourceFile(path, meta, "", 1, lines), self.problems)
        pack_id = fields.text("id", default=self.root.name)
        if "id" in meta and not PACK_ID.match(pack_id):
            said = translate("content", "the id {id} may use only lowercase letters, digits and '-'.")
            fields.problem("id", said.format(id=excerpt(pack_id)))
            pack_id = re.sub(r"[^a-z0-9-]", "-", pack_id.lower()).strip("-")[:64] or "pack"
        version = fields.text("version", default="0.0.0")
        if "version" in meta and not SEMVER.match(version):
            said = translate("content", "the version {version} must look like 1.0.0 (major.minor.patch).")
            fields.problem("version", said.format(version=excerpt(version)))
        min_app = fields.text("min_app_version", required=False)
        if min_app and not SEMVER.match(min_app):
            said = translate("content", "min_app_version {version} must look like 0.1.0.")
            fields.problem("min_app_version", said.format(version=excerpt(min_app)))
        fields.unknown_keys(PACK_KEYS)
        return PackInfo(
            id=pack_id,
            title=fields.text("title", default=pack_id),
            version=version,
            language=fields.text("language", required=False, default="en"),
            license=fields.text("license", required=False),
            authors=fields.text_list("authors"),
            description=fields.text("description", required=False, long=True),
            min_app_version=min_app,
        )

    # course

    def _markdown_in(self, folder: str) -> list[Path]:
        return [self.root / rel for rel in self.folder.markdown_in(folder)]

    def _read(self, path: Path) -> SourceFile | None:
        try:
            return read_source(path, self.texts.get(str(path)))
        except ContentError as exc:
            self.problems.append(exc.problem)
            return None

    def _load_modules(self) -> list[Module]:
        course = self.root / "course"
        if "course" not in self.folder.folders:
            self.problems.append(
                Problem(
                    course,
                    None,
                    translate("content", "the course folder is missing; add course/01-first-module/_module.md."),
                )
            )
            return []
        modules = []
        for rel in self.folder.subfolders("course"):
            module = self._load_module(self.root / rel, rel)
            if module is not None:
                modules.append(module)
        return modules

    def _load_module(self, folder: Path, rel: str) -> Module | None:
        intro = folder / "_module.md"
        module_id = slug_of(folder.name)
        if f"{rel}/_module.md" not in self.folder.files:
            if os.path.lexists(intro):
                return None  # a link or a FIFO: the folder's listing said so
            self.problems.append(
                Problem(
                    intro,
                    None,
                    translate("content", "this module has no _module.md; add one with a title and a summary."),
                )
            )
            return None
        source = self._read(intro)
        if source is None:
            return None
        fields = FieldReader(source, self.problems)
        module = Module(
            id=module_id,
            title=fields.text("title", default=module_id),
            path=self.rel(intro),
            body=source.body,
            body_line=source.body_line,
            key_lines=source.key_lines,
            summary=fields.text("summary", required=False, long=True),
        )
        fields.unknown_keys(MODULE_KEYS)
        for path in self._markdown_in(rel):
            if path.name.startswith("_"):
                continue
            lesson = self._load_lesson(path, module_id)
            if lesson is not None:
                module.lessons.append(lesson)
        return module

    def _load_lesson(self, path: Path, module_id: str) -> Lesson | None:
        source = self._read(path)
        if source is None:
            return None
        fields = FieldReader(source, self.problems)
        lesson_id = fields.text("id", required=False) or f"{module_id}/{slug_of(path.name)}"
        lesson = Lesson(
            id=lesson_id,
            title=fields.text("title"),
            path=self.rel(path),
            body=source.body,
            body_line=source.body_line,
            key_lines=source.key_lines,
            module_id=module_id,
            minutes=fields.whole_number("minutes", low=1),
            kind=fields.choice("kind", LESSON_KINDS, default="read"),
            objectives=fields.text_list("objectives"),
        )
        fields.unknown_keys(LESSON_KEYS)
        # A lesson without a title cannot be listed; everything else has a usable default.
        return lesson if lesson.title else None

    # activities, plans, forms

    def _load_activity(self, path: Path) -> Activity | None:
        source = self._read(path)
        if source is None:
            return None
        fields = FieldReader(source, self.problems)
        title = fields.text("title")
        kind = fields.choice("kind", ACTIVITY_KINDS, default="check-in")
        minutes = fields.number_range("minutes", low=1) or (0, 0)
        group = fields.number_range("group", required=False, low=1) or (1, 100)
        setting = fields.text_list("setting") or SETTINGS
        for value in setting:
            if value not in SETTINGS:
                said = translate("content", "setting {value} is unknown; use in-person, online or both.")
                fields.problem("setting", said.format(value=excerpt(value)))
        energy = fields.choice("energy", ENERGY_LEVELS, default="low") if "energy" in source.meta else "low"
        fields.unknown_keys(ACTIVITY_KEYS)
        if not title:
            return None
        return Activity(
            id=slug_of(path.name),
            title=title,
            path=self.rel(path),
            body=source.body,
            body_line=source.body_line,
            key_lines=source.key_lines,
            kind=kind,
            minutes=minutes,
            group=group,
            setting=tuple(s for s in setting if s in SETTINGS) or SETTINGS,
            energy=energy,
            materials=fields.text_list("materials"),
            tags=fields.text_list("tags"),
        )

    def _load_plan(self, path: Path) -> SessionPlan | None:
        source = self._read(path)
        if source is None:
            return None
        fields = FieldReader(source, self.problems)
        title = fields.text("title")
        week = fields.whole_number("week", required=False, default=0, low=1) or None
        minutes = fields.whole_number("minutes", low=1)
        agenda = read_agenda(source, fields)
        fields.unknown_keys(PLAN_KEYS)
        if not title:
            return None
        return SessionPlan(
            id=slug_of(path.name),
            title=title,
            path=self.rel(path),
            body=source.body,
            body_line=source.body_line,
            key_lines=source.key_lines,
            week=week,
            theme=fields.text("theme", required=False),
            minutes=minutes,
            agenda=agenda,
            tags=fields.text_list("tags"),
        )

    def _load_form(self, path: Path) -> Form | None:
        source = self._read(path)
        if source is None:
            return None
        fields = FieldReader(source, self.problems)
        title = fields.text("title")
        description = fields.text("description", required=False, long=True)
        fields.unknown_keys(FORM_KEYS)
        if not title:
            return None
        return Form(
            id=slug_of(path.name),
            title=title,
            path=self.rel(path),
            body=source.body,
            body_line=source.body_line,
            key_lines=source.key_lines,
            description=description,
        )

    def _check_duplicates(self, pack: Pack) -> None:
        seen: dict[tuple[str, str], str] = {}
        for page in pack.pages():
            key = (page.section, page.id)
            if key in seen:
                said = _duplicate_id(page.section).format(id=page.id, path=seen[key])
                self.problems.append(Problem(self.root / page.path, 1, said))
            else:
                seen[key] = page.path


def _duplicate_id(section: str) -> str:
    """The sentence for a page whose id another page of its section has (one sentence per section, for translators)."""
    if section == "module":
        return translate("content", "the module id '{id}' is already used by {path}; rename one of the folders.")
    sentences = {
        "lesson": translate(
            "content",
            "the lesson id '{id}' is already used by {path}; rename one of the files or give it its own 'id'.",
        ),
        "activity": translate("content", "the activity id '{id}' is already used by {path}; rename one of the files."),
        "plan": translate("content", "the plan id '{id}' is already used by {path}; rename one of the files."),
        "form": translate("content", "the form id '{id}' is already used by {path}; rename one of the files."),
    }
    return sentences[section]  # every page of a pack is one of these


def load_pack(root: Path, texts: Mapping[str, bytes] | None = None) -> Pack:
    """Load a pack's source folder; check ``pack.problems`` for what could not be loaded.

    ``texts`` maps file paths (``str(root / ...)``) to the bytes they hold, for files the caller
    has just written: those are not read back from the disk.
    """
    return PackLoader(Path(root), texts).load()
