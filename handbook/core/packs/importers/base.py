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

from handbook.core.content.headings import atx_heading
from handbook.core.content.loader import MEDIA_SUFFIXES
from handbook.core.errors import Problem
from handbook.core.packs.errors import PackError
from handbook.core.packs.importers import messages as say
from handbook.core.packs.importers.files import OutputBudget, UniqueNames, inside, read_course_text, safe_suffix
from handbook.core.packs.importers.html import html_to_markdown, mask_code, unmask_code
from handbook.core.packs.importers.scan import LineCounter, Work
from handbook.core.packs.limits import DEFAULT_IMPORT_LIMITS, DEFAULT_LIMITS, ImportLimits

WORDS_PER_MINUTE = 200
# Titles and summaries are written into front matter, which caps their length (docs/authoring.md).
NOTES_PER_FILE = 100  # a page of 100,000 Liquid tags must not give 100,000 lines of report
TITLE_CHARS = 200
DESCRIPTION_CHARS = 2_000
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
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

    def __init__(self, root: Path, notes: list[Problem], limits: ImportLimits = DEFAULT_IMPORT_LIMITS) -> None:
        self.root = Path(root).resolve()
        self.notes = notes
        self.pages: dict[Path, PageDraft] = {}  # by resolved source file
        self.media: dict[Path, str] = {}  # source file -> pack path under media/
        self.work = Work()  # characters the Liquid and GitBook scans looked at (tests show it is linear)
        self.limits = limits
        self.media_names = UniqueNames()
        self.notes_per_file: dict[Path, int] = {}

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
        """Tell the person what was lost; after NOTES_PER_FILE for one file, only that there is more."""
        count = self.notes_per_file.get(path, 0) + 1
        self.notes_per_file[path] = count
        if count <= NOTES_PER_FILE:
            self.notes.append(Problem(path, line, message, "warning"))
        elif count == NOTES_PER_FILE + 1:
            self.notes.append(Problem(path, line, say.more_not_listed(), "warning"))

    def inside(self, path: Path) -> Path | None:
        """``path`` resolved, if it is in the course; links out of the course never count."""
        return inside(self.root, path)

    def read_text(self, path: Path, limit: int | None = None) -> str:
        """A text file of the course: inside it, regular, UTF-8, within the cap (CourseFileError)."""
        return read_course_text(self.root, path, limit or self.limits.page_bytes)

    def media_path(self, source: Path) -> str:
        """The pack path under media/ a course file is copied to, with a safe, unique name."""
        if source not in self.media:
            stem = slugify(os.path.splitext(source.name)[0], "file")[: self.limits.name_chars].strip("-") or "file"
            self.media[source] = "media/" + self.media_names.claim(stem, safe_suffix(source.name))
        return self.media[source]

    # the conversion

    def layout(self, course: CourseDraft) -> None:
        """Give every page its place in the pack: short unique names, and each source file once."""
        modules = UniqueNames()
        placed: dict[Path, PageDraft] = {}
        count = 0
        course.title = plain_value(course.title, TITLE_CHARS) or "Imported course"
        course.description = plain_value(course.description, DESCRIPTION_CHARS)
        for number, module in enumerate(course.modules, start=1):
            module.title = plain_value(module.title, TITLE_CHARS) or f"Module {number}"
            module.summary = plain_value(module.summary, DESCRIPTION_CHARS)
            slug = self.short_slug(module.slug or module.title, "module")
            module.output = f"course/{number:02d}-{modules.claim(slug)}"
            if module.intro is not None:
                if self.already_placed(module.intro, placed):
                    module.intro = None
                else:
                    module.intro.output = f"{module.output}/_module.md"
            lessons = UniqueNames()
            kept: list[PageDraft] = []
            for lesson in module.lessons:
                if self.already_placed(lesson, placed):
                    continue
                lesson.title = plain_value(lesson.title, TITLE_CHARS) or lesson.source.stem
                kept.append(lesson)
                lesson_slug = lessons.claim(self.short_slug(lesson.slug or lesson.title, "page"))
                lesson.output = f"{module.output}/{len(kept):02d}-{lesson_slug}.md"
            module.lessons = kept
            count += len(kept) + (module.intro is not None)
            if count > self.limits.pages:
                raise PackError(say.too_many_pages(self.root, self.limits.pages))
        self.pages.update(placed)

    def short_slug(self, text: str, fallback: str) -> str:
        return slugify(text, fallback)[: self.limits.name_chars].strip("-") or fallback

    def already_placed(self, page: PageDraft, placed: dict[Path, PageDraft]) -> bool:
        """True for a file listed a second time: it is imported once, where it first appears."""
        key = page.source.resolve()
        if key in placed:
            self.note(page.source, None, say.listed_again(page.title, placed[key].title))
            return True
        placed[key] = page
        return False

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
                # Words of the new pack, not of the app: they stay as the course's other words are.
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
                    self.note(page.source, line, say.web_picture(dest))
                return (dest, label)
            if dest.lower().startswith("mailto:"):
                return (dest, label)
            self.note(page.source, line, say.link_removed(dest))
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
                self.note(page.source, line, say.page_not_in_contents(dest))
                return None
        self.note(page.source, line, say.goes_to_nothing(dest, is_image))
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
            raise PackError(say.folder_not_empty(dest))
        dest.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
        try:
            self._write_into(course, work, OutputBudget(self.limits))
            if dest.exists():
                dest.rmdir()
            os.rename(work, dest)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise

    def _write_into(self, course: CourseDraft, root: Path, budget: OutputBudget) -> None:
        pack_id = slugify(course.title, "imported-course")[:64].strip("-")
        meta: dict[str, Any] = {"id": pack_id, "title": course.title, "version": "1.0.0", "language": course.language}
        if course.license:
            meta["license"] = course.license
        if course.authors:
            meta["authors"] = list(course.authors)
        if course.description:
            meta["description"] = course.description
        budget.write_text(root / "pack.yaml", _yaml(meta), self.root)
        for module in course.modules:
            folder = root / module.output
            folder.mkdir(parents=True)
            intro = self.page_markdown(module.intro) if module.intro else ""
            front = {"title": module.title, **({"summary": module.summary} if module.summary else {})}
            source = module.intro.source if module.intro else folder
            budget.write_text(folder / "_module.md", _page_text(front, intro), source)
            for lesson in module.lessons:
                body = self.page_markdown(lesson)
                minutes = lesson.minutes or estimate_minutes(body)
                fields: dict[str, Any] = {"title": lesson.title, "minutes": minutes, "kind": "read"}
                budget.write_text(root / lesson.output, _page_text(fields, body), lesson.source)
        for linked, target in self.media.items():
            (root / target).parent.mkdir(exist_ok=True)
            budget.copy(self.root, linked, root / target, DEFAULT_LIMITS.max_file_bytes)

    def page_markdown(self, page: PageDraft) -> str:
        """The page converted, refused when conversion made it larger than a page may be."""
        text = self.markdown_for(page)
        if len(text) > self.limits.page_bytes:  # e.g. a Liquid value repeated many times
            raise PackError(say.page_too_big(page.source, self.limits.page_bytes))
        return text


def plain_value(text: str, limit: int) -> str:
    """A title or summary for front matter: one line, no control or direction characters, not too long."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _wrap(url: str) -> str:
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)


def _page_text(front: dict[str, Any], body: str) -> str:
    body = body.strip("\n")
    return f"---\n{_yaml(front)}---\n{body}\n" if body else f"---\n{_yaml(front)}---\n"


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


LineNote = Callable[[int, str], None]
