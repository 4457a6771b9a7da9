"""GitBook: SUMMARY.md gives the tree; {% hint %}, {% embed %}, {% content-ref %} and .gitbook/assets/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from handbook.core.content.frontmatter import parse_yaml, split_front_matter
from handbook.core.content.headings import atx_heading
from handbook.core.errors import ContentError
from handbook.core.i18n import translate
from handbook.core.packs.importers.base import (
    CourseDraft,
    Importer,
    ModuleDraft,
    PageDraft,
    drop_title_heading,
)
from handbook.core.packs.importers.files import CourseFileError
from handbook.core.packs.importers.scan import LineCounter, replace_blocks
from handbook.core.packs.limits import DEFAULT_IMPORT_LIMITS, ImportLimits

HINT_KINDS = {"info": "note", "success": "tip", "warning": "warning", "danger": "warning"}
_BULLET = re.compile(r"^(\s*)[*+-]\s+\[(?P<title>[^\]]*)\]\((?P<path>[^)]*)\)")
_PLAIN_BULLET = re.compile(r"^(\s*)[*+-]\s+(\S.*)$")
# Blocks whose body may be long are found in linear time by scan.replace_blocks, opener and closer apart.
_HINT = re.compile(r"\{%\s*hint\s+style=[\"'](\w+)[\"']\s*%\}")
_END_HINT = re.compile(r"\{%\s*endhint\s*%\}")
_EMBED = re.compile(
    r"\{%\s*embed\s+url=[\"']([^\"']+)[\"'](?P<args>[^%]*)%\}(?P<body>(?:(?!\{%).)*?\{%\s*endembed\s*%\})?", re.DOTALL
)
_CONTENT_REF = re.compile(r"\{%\s*content-ref\s+url=[\"']([^\"']+)[\"']\s*%\}")
_END_CONTENT_REF = re.compile(r"\{%\s*endcontent-ref\s*%\}")
_FILE = re.compile(
    r"\{%\s*file\s+src=[\"']([^\"']+)[\"'][^%]*%\}(?P<body>(?:(?!\{%).)*?\{%\s*endfile\s*%\})?", re.DOTALL
)
_TAB = re.compile(r"\{%\s*tab\s+title=[\"']([^\"']*)[\"']\s*%\}")
_CODE = re.compile(r"\{%\s*code\b([^%]*)%\}")
_QUIET = re.compile(r"\{%\s*(tabs|endtabs|endtab|endcode)\s*%\}")
_ANY_BLOCK = re.compile(r"\{%\s*(\w[\w-]*)\b[^%]*%\}(?:(?:(?!\{%).)*?\{%\s*end\1\s*%\})?", re.DOTALL)
_CAPTION = re.compile(r"caption=[\"']([^\"']*)[\"']")


def _lines_of(text: str) -> str:
    return "\n" * text.count("\n")


def _paragraphs(text: str) -> list[str]:
    """The text's paragraphs (runs of lines that are not blank), without a backtracking split."""
    found: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            found.append("\n".join(current))
            current = []
    if current:
        found.append("\n".join(current))
    return found


class GitBook(Importer):
    format_name = "GitBook"

    def __init__(self, root: Path, notes: list[Any], limits: ImportLimits = DEFAULT_IMPORT_LIMITS) -> None:
        super().__init__(root, notes, limits)
        self.content_root = self.root
        self.summary = self.root / "SUMMARY.md"
        self.readme = self.root / "README.md"

    @classmethod
    def detect(cls, root: Path) -> bool:
        return (root / "SUMMARY.md").is_file() or (root / ".gitbook.yaml").is_file()

    def _configure(self) -> None:
        config_file = self.root / ".gitbook.yaml"
        config: Any = {}
        if config_file.is_file():
            try:
                config = (
                    parse_yaml(self.read_text(config_file, self.limits.index_bytes), config_file, first_line=1) or {}
                )
            except ContentError as exc:
                self.note(
                    config_file,
                    exc.line,
                    translate("pack_import", "cannot be read ({reason}); the usual places were used.").format(
                        reason=exc.problem.message
                    ),
                )
            except CourseFileError as exc:
                self.note(
                    config_file,
                    None,
                    translate("pack_import", "{problem} The usual places were used.").format(problem=exc),
                )
        if not isinstance(config, dict):
            config = {}
        root = self.inside(self.root / str(config.get("root") or "."))
        self.content_root = root if root is not None and root.is_dir() else self.root
        structure = config.get("structure") if isinstance(config.get("structure"), dict) else {}
        self.summary = self._configured_file(config_file, structure, "summary", "SUMMARY.md")
        self.readme = self._configured_file(config_file, structure, "readme", "README.md")

    def _configured_file(self, config_file: Path, structure: dict[Any, Any], key: str, usual: str) -> Path:
        """The file .gitbook.yaml names for ``key``, if it is inside the book; else the usual one."""
        named = structure.get(key)
        if named is None:
            return self.content_root / usual
        found = self.inside(self.content_root / str(named)) if isinstance(named, str) and named.strip() else None
        if found is None:
            self.note(
                config_file,
                None,
                translate("pack_import", "'structure: {key}' names a file outside the book; {usual} was used.").format(
                    key=key, usual=usual
                ),
            )
            return self.content_root / usual
        return found

    def plan(self) -> CourseDraft:
        self._configure()
        if not self.summary.is_file():
            from handbook.core.packs.errors import PackError

            raise PackError(
                translate(
                    "pack_import", "{file}: is missing; a GitBook course needs SUMMARY.md for its table of contents."
                ).format(file=self.summary)
            )
        title, description = self._book_title()
        draft = CourseDraft(title=title, description=description)
        entries = self._summary_entries()
        if any(kind == "heading" for kind, *_ in entries):
            draft.modules = self._modules_by_heading(entries)
        else:
            draft.modules = self._modules_by_nesting(entries)
        self.note(
            self.summary,
            None,
            translate(
                "pack_import",
                "GitBook pages have no timing; each lesson's minutes were estimated from its length (about 200 words "
                "a minute). Check them.",
            ),
        )
        return draft

    def _book_title(self) -> tuple[str, str]:
        title, description = self.root.name, ""
        if self.readme.is_file():
            try:
                text = self.read_text(self.readme, self.limits.index_bytes)
            except CourseFileError as exc:
                self.note(
                    self.readme,
                    None,
                    translate(
                        "pack_import", "{problem} The book's title and description were not taken from it."
                    ).format(problem=exc),
                )
                return title, description
            for line in text.split("\n"):
                heading = atx_heading(line)
                if heading and heading[0] == 1:
                    title = heading[1]
                    break
            paragraphs = [p.strip() for p in _paragraphs(text) if not p.lstrip().startswith(("#", "{%", "!", "<"))]
            if paragraphs:
                description = " ".join(paragraphs[0].split())
        return title, description

    def _summary_entries(self) -> list[tuple[str, int, str, str, int]]:
        """(kind, depth or level, title, path, line) for each heading and page of SUMMARY.md."""
        entries = []
        for number, line in enumerate(self.read_text(self.summary, self.limits.index_bytes).split("\n"), start=1):
            heading = atx_heading(line)
            if heading:
                if heading[0] > 1:  # the single '#' is the book's own title
                    entries.append(("heading", heading[0], heading[1], "", number))
                continue
            bullet = _BULLET.match(line)
            if bullet:
                depth = len(bullet.group(1).expandtabs(4)) // 2
                entries.append(("page", depth, bullet.group("title").strip(), bullet.group("path").strip(), number))
            elif _PLAIN_BULLET.match(line):
                self.note(
                    self.summary, number, translate("pack_import", "this entry has no page to link to; it was skipped.")
                )
        return entries

    def _page(self, title: str, link: str, line: int) -> PageDraft | None:
        path_part = unquote(link.strip("<>").split("#", 1)[0])
        target = self.inside(self.content_root / path_part) if path_part else None
        if target is not None and target.is_dir():
            target = target / "README.md"
        if target is None or not target.is_file():
            self.note(
                self.summary,
                line,
                translate("pack_import", "lists '{link}', which is not in the book; it was skipped.").format(link=link),
            )
            return None
        try:
            source = split_front_matter(self.read_text(target), target)
        except CourseFileError as exc:
            self.note(target, None, translate("pack_import", "{problem} It was skipped.").format(problem=exc))
            return None
        except ContentError as exc:
            self.note(
                target,
                exc.line,
                translate("pack_import", "{problem} It was skipped.").format(problem=exc.problem.message),
            )
            return None
        body = drop_title_heading(source.body, title)
        description = source.meta.get("description")
        if isinstance(description, str) and description.strip():
            # Keeps the line count: the description takes the place of a blank line when there is one.
            body = f"*{' '.join(description.split())}*\n" + body
            first_line = source.body_line - 1
        else:
            first_line = source.body_line
        return PageDraft(target, title or target.stem, body, first_line)

    def _modules_by_heading(self, entries: list[tuple[str, int, str, str, int]]) -> list[ModuleDraft]:
        modules: list[ModuleDraft] = []
        current: ModuleDraft | None = None
        for kind, _depth, title, link, line in entries:
            if kind == "heading":
                current = ModuleDraft(title=title, slug="")
                modules.append(current)
                continue
            page = self._page(title, link, line)
            if page is None:
                continue
            if current is None:  # pages before the first heading: a module of their own
                current = ModuleDraft(title=title, slug="")
                modules.append(current)
            current.lessons.append(page)
        return [m for m in modules if m.lessons or m.intro]

    def _modules_by_nesting(self, entries: list[tuple[str, int, str, str, int]]) -> list[ModuleDraft]:
        modules: list[ModuleDraft] = []
        loose: ModuleDraft | None = None
        for index, (_kind, depth, title, link, line) in enumerate(entries):
            if depth:
                continue
            children = []
            for _k, child_depth, child_title, child_link, child_line in entries[index + 1 :]:
                if child_depth == 0:
                    break
                page = self._page(child_title, child_link, child_line)
                if page is not None:
                    children.append(page)
            page = self._page(title, link, line)
            if children:
                module = ModuleDraft(title=title, slug="", intro=page, lessons=children)
                modules.append(module)
                loose = None
            elif page is not None:
                if loose is None:
                    loose = ModuleDraft(title=title, slug="")
                    modules.append(loose)
                loose.lessons.append(page)
        return modules

    def convert(self, page: PageDraft) -> str:
        text = page.body

        def hint(opener: re.Match[str], inner_end: int, end: int) -> str:
            kind = HINT_KINDS.get(opener.group(1).lower(), "note")
            body = text[opener.end() : inner_end].strip("\n")
            indented = "\n".join(("    " + line) if line.strip() else "" for line in body.split("\n"))
            lines_before = text.count("\n", opener.start(), end)
            result = f"!!! {kind}\n{indented}\n"
            return result + "\n" * max(0, lines_before - result.count("\n"))

        def embed(match: re.Match[str]) -> str:
            url = match.group(1)
            caption = _CAPTION.search(match.group("args") or "")
            body = re.sub(r"\{%\s*endembed\s*%\}", "", match.group("body") or "").strip()
            label = (caption.group(1) if caption else "") or body or url
            return f"[{' '.join(label.split())}]({url})" + _lines_of(match.group(0))

        def content_ref(opener: re.Match[str], inner_end: int, end: int) -> str:
            url = opener.group(1)
            return f"[{url}]({url})" + "\n" * text.count("\n", opener.start(), end)

        def attached(match: re.Match[str]) -> str:
            src = match.group(1)
            body = re.sub(r"\{%\s*endfile\s*%\}", "", match.group("body") or "").strip()
            return f"[{' '.join(body.split()) or Path(src).name}]({src})" + _lines_of(match.group(0))

        def code(match: re.Match[str]) -> str:
            title = re.search(r"title=[\"']([^\"']*)[\"']", match.group(1))
            return f"**{title.group(1)}**" if title else ""

        def unknown(match: re.Match[str]) -> str:
            self.note(
                page.source,
                lines.at(match.start()),
                translate("pack_import", "the GitBook block '{block}' has no Handbook form; it was removed.").format(
                    block="{% " + match.group(1) + " %}"
                ),
            )
            return _lines_of(match.group(0))

        text = replace_blocks(text, _HINT, lambda m: _END_HINT, hint, self.work)
        text = _EMBED.sub(embed, text)
        text = replace_blocks(text, _CONTENT_REF, lambda m: _END_CONTENT_REF, content_ref, self.work)
        for pattern, replace in ((_FILE, attached), (_CODE, code)):
            text = pattern.sub(replace, text)
        text = _TAB.sub(lambda m: f"**{m.group(1)}**\n", text)
        text = _QUIET.sub("", text)
        lines = LineCounter(text, page.first_line)
        return _ANY_BLOCK.sub(unknown, text)
