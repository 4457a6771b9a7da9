"""What every importer shares: the course plan, link and image rewriting, media, and writing the pack."""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import tempfile
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

import yaml

from handbook.core.errors import Problem
from handbook.core.loader import MEDIA_SUFFIXES
from handbook.core.packs.errors import PackError
from handbook.core.packs.importers.html import html_to_markdown, mask_code, unmask_code
from handbook.core.packs.importers.scan import LineCounter, Work

WORDS_PER_MINUTE = 200
LINKED_FILE_SUFFIXES = (*MEDIA_SUFFIXES, ".pdf", ".mp3", ".ogg", ".csv", ".txt", ".docx", ".odt", ".xlsx", ".pptx")
# A Markdown link or image: [text](destination "title"); text may hold one level of brackets.
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(?P<dest><[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?P<title>\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
# One line each: a label or <destination> that could run on over lines made this quadratic.
_REFERENCE = re.compile(
    r"^(?P<lead> {0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*)(?P<dest><[^>\n]*>|\S+)(?P<rest>.*)$", re.MULTILINE
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def slugify(text: str, fallback: str = "page") -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or fallback


def estimate_minutes(text: str) -> int:
    return max(1, round(len(re.findall(r"\w+", text)) / WORDS_PER_MINUTE))


@dataclass
class PageDraft:
    """One page to write: where it came from, its title and its Markdown body (not yet converted)."""

    source: Path
    title: str
    body: str
    first_line: int = 1  # the source line where ``body`` starts
    minutes: int | None = None  # None: estimated from the length
    slug: str = ""
    output: str = ""  # the pack path, set when the layout is planned


@dataclass
class ModuleDraft:
    title: str
    slug: str
    summary: str = ""
    intro: PageDraft | None = None  # a page whose text becomes the module's introduction
    lessons: list[PageDraft] = field(default_factory=list)
    output: str = ""


@dataclass
class CourseDraft:
    title: str
    description: str = ""
    language: str = "en"
    authors: tuple[str, ...] = ()
    license: str = ""
    modules: list[ModuleDraft] = field(default_factory=list)


Resolved = tuple[str, str] | None  # (new destination, new text) or None: not a link any more


class Importer(ABC):
    """One importer per source format: detect() recognises it, plan() reads its structure."""

    format_name: ClassVar[str]

    def __init__(self, root: Path, notes: list[Problem]) -> None:
        self.root = Path(root).resolve()
        self.notes = notes
        self.pages: dict[Path, PageDraft] = {}  # by resolved source file
        self.media: dict[Path, str] = {}  # source file -> pack path under media/
        self.work = Work()  # characters the Liquid and GitBook scans looked at (tests show it is linear)

    @classmethod
    @abstractmethod
    def detect(cls, root: Path) -> bool: ...

    @abstractmethod
    def plan(self) -> CourseDraft:
        """Read the course's structure; bodies stay as written until convert()."""

    def convert(self, page: PageDraft) -> str:
        """The format's own markup made Markdown; the base handles HTML and links afterwards."""
        return page.body

    def resolve_path(self, url: str, page: PageDraft) -> Path | None:
        """The file a relative or site-relative link points at, if it is inside the course."""
        base = self.root if url.startswith("/") else page.source.parent
        return self.inside(base / url.lstrip("/"))

    # shared helpers

    def note(self, path: Path, line: int | None, message: str) -> None:
        self.notes.append(Problem(path, line, message, "warning"))

    def inside(self, path: Path) -> Path | None:
        """``path`` resolved, if it is a file in the course; links out of the course never count."""
        try:
            resolved = path.resolve()
            resolved.relative_to(self.root.resolve())
        except (OSError, ValueError):
            return None
        return resolved

    def media_path(self, source: Path) -> str:
        """The pack path under media/ a course file is copied to, with a safe, unique name."""
        if source not in self.media:
            stem, suffix = os.path.splitext(source.name)
            name = slugify(stem, "file") + suffix.lower()
            taken = set(self.media.values())
            candidate, number = f"media/{name}", 2
            while candidate in taken:
                candidate = f"media/{slugify(stem, 'file')}-{number}{suffix.lower()}"
                number += 1
            self.media[source] = candidate
        return self.media[source]

    # the conversion

    def layout(self, course: CourseDraft) -> None:
        used: set[str] = set()
        for number, module in enumerate(course.modules, start=1):
            slug = module.slug or slugify(module.title, "module")
            while slug in used:
                slug += "-x"
            used.add(slug)
            module.output = f"course/{number:02d}-{slug}"
            if module.intro is not None:
                module.intro.output = f"{module.output}/_module.md"
                self.pages[module.intro.source.resolve()] = module.intro
            lesson_slugs: set[str] = set()
            for index, lesson in enumerate(module.lessons, start=1):
                lesson_slug = lesson.slug or slugify(lesson.title)
                while lesson_slug in lesson_slugs:
                    lesson_slug += "-x"
                lesson_slugs.add(lesson_slug)
                lesson.output = f"{module.output}/{index:02d}-{lesson_slug}.md"
                self.pages.setdefault(lesson.source.resolve(), lesson)

    def markdown_for(self, page: PageDraft) -> str:
        text = self.convert(page)

        def html_note(line: int, message: str) -> None:
            self.note(page.source, line, message)

        text = html_to_markdown(text, html_note, page.first_line)
        text = self.rewrite_links(text, page)
        masked, kept = mask_code(text)
        return unmask_code(re.sub(r"\n[ \t]*(?:\n[ \t]*){2,}", "\n\n", masked), kept)

    def rewrite_links(self, text: str, page: PageDraft) -> str:
        lines = LineCounter(text, page.first_line)  # one per pass: offsets only grow within a pass

        def line_of(offset: int) -> int:
            return lines.at(offset)

        def link(match: re.Match[str]) -> str:
            is_image = bool(match.group("bang"))
            label = match.group("text")
            dest = match.group("dest")
            if dest.startswith("<") and dest.endswith(">"):
                dest = dest[1:-1]
            found = self.resolve_link(dest.strip(), label, is_image, page, line_of(match.start()))
            if found is None:
                return label if not is_image else (f"[{label}]" if label else "")
            new_dest, new_label = found
            if is_image and _SCHEME.match(new_dest):  # offline: a remote picture becomes a link to it
                return f"[{new_label or 'A picture on the web'}]({_wrap(new_dest)})"
            title = match.group("title") or ""
            return f"{match.group('bang')}[{new_label}]({_wrap(new_dest)}{title})"

        # Images first, so that a linked image [![alt](a.png)](b.md) has its inner part done.
        text = _LINK.sub(lambda m: link(m) if m.group("bang") else m.group(0), text)
        lines = LineCounter(text, page.first_line)
        text = _LINK.sub(lambda m: m.group(0) if m.group("bang") else link(m), text)
        lines = LineCounter(text, page.first_line)

        def reference(match: re.Match[str]) -> str:
            dest = match.group("dest").strip("<>")
            found = self.resolve_link(dest, match.group("label"), False, page, line_of(match.start()))
            if found is None:
                return ""
            return f"{match.group('lead')}{_wrap(found[0])}{match.group('rest')}"

        return _REFERENCE.sub(reference, text)

    def resolve_link(self, dest: str, label: str, is_image: bool, page: PageDraft, line: int) -> Resolved:
        if not dest or dest.startswith("#"):
            return (dest, label)
        if dest.startswith("//"):
            dest = "https:" + dest
        if _SCHEME.match(dest):
            if dest.lower().startswith(("http://", "https://")):
                if is_image:
                    self.note(page.source, line, f"the picture {dest} is on the web; it became a link (Handbook works offline).")
                return (dest, label)
            if dest.lower().startswith("mailto:"):
                return (dest, label)
            self.note(page.source, line, f"the link '{dest}' was removed (only web links and pages of the course work).")
            return None
        path_part, _, fragment = dest.partition("#")
        path_part = unquote(path_part.split("?", 1)[0])
        target = self.resolve_path(path_part, page) if path_part else None
        here = posixpath.dirname(page.output)
        if target is not None:
            target_page = self.page_for(target)
            if target_page is not None and not is_image:
                new = posixpath.relpath(target_page.output, here) + (f"#{fragment}" if fragment else "")
                new_label = target_page.title if label.strip() in (dest, path_part, "") else label
                return (new, new_label)
            if target.is_file() and target.suffix.lower() in LINKED_FILE_SUFFIXES:
                return (posixpath.relpath(self.media_path(target), here), label)
            if target.is_file() and target.suffix.lower() in (".md", ".markdown"):
                self.note(page.source, line, f"the page '{dest}' is not part of the course's table of contents, "
                          "so it was not imported; only the link's text was kept.")
                return None
        what = "picture" if is_image else "link"
        self.note(page.source, line, f"the {what} '{dest}' goes to nothing in the course that could be imported; "
                  "only its text was kept.")
        return None

    def page_for(self, target: Path) -> PageDraft | None:
        if target in self.pages:
            return self.pages[target]
        for candidate in (target / "README.md", target.with_suffix(".md"), target / "index.md"):
            if candidate in self.pages:
                return self.pages[candidate]
        return None

    # writing

    def write(self, course: CourseDraft, dest: Path) -> None:
        """Write the pack folder next to ``dest`` and rename it into place: no half-written result."""
        dest = Path(dest)
        if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
            raise PackError(f"{dest}: already exists and is not empty; choose a new folder for the pack.")
        dest.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
        try:
            self._write_into(course, work)
            if dest.exists():
                dest.rmdir()
            os.rename(work, dest)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise

    def _write_into(self, course: CourseDraft, root: Path) -> None:
        pack_id = slugify(course.title, "imported-course")[:64].strip("-")
        meta: dict[str, Any] = {"id": pack_id, "title": course.title, "version": "1.0.0", "language": course.language}
        if course.license:
            meta["license"] = course.license
        if course.authors:
            meta["authors"] = list(course.authors)
        if course.description:
            meta["description"] = course.description
        (root / "pack.yaml").write_text(_yaml(meta), encoding="utf-8")
        for module in course.modules:
            folder = root / module.output
            folder.mkdir(parents=True)
            intro = self.markdown_for(module.intro) if module.intro else ""
            front = {"title": module.title, **({"summary": module.summary} if module.summary else {})}
            _write_page(folder / "_module.md", front, intro)
            for lesson in module.lessons:
                body = self.markdown_for(lesson)
                minutes = lesson.minutes or estimate_minutes(body)
                _write_page(root / lesson.output, {"title": lesson.title, "minutes": minutes, "kind": "read"}, body)
        for source, target in self.media.items():
            (root / target).parent.mkdir(exist_ok=True)
            shutil.copyfile(source, root / target)


def _wrap(url: str) -> str:
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)


def _write_page(path: Path, front: dict[str, Any], body: str) -> None:
    body = body.strip("\n")
    path.write_text(f"---\n{_yaml(front)}---\n{body}\n" if body else f"---\n{_yaml(front)}---\n", encoding="utf-8")


def drop_title_heading(body: str, title: str) -> str:
    """Pages often repeat their title as a first '# Heading'; the app shows the title already."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        heading = atx_heading(line)
        if heading and heading[0] == 1 and heading[1].casefold() == title.strip().casefold():
            lines[index] = ""
        break
    return "\n".join(lines)


def atx_heading(line: str) -> tuple[int, str] | None:
    """A '# Heading #' line as (level, text), else None; plain string work, no backtracking."""
    level = len(line) - len(line.lstrip("#"))
    rest = line[level:]
    if not 1 <= level <= 6 or not rest[:1].isspace():
        return None
    text = rest.strip().rstrip("#").rstrip()
    return (level, text) if text else None


LineNote = Callable[[int, str], None]
