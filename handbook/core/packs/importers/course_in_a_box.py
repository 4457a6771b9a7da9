"""Course in a Box (P2PU's Jekyll template): _data/course.yml and modules/<Module>/_posts/*.md."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from handbook.core.content.frontmatter import parse_yaml, split_front_matter
from handbook.core.errors import ContentError
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.importers.base import CourseDraft, Importer, ModuleDraft, PageDraft, drop_title_heading
from handbook.core.packs.importers.files import CourseFileError
from handbook.core.packs.importers.scan import LineCounter, replace_blocks, replace_spans
from handbook.core.packs.limits import DEFAULT_IMPORT_LIMITS, ImportLimits

_POST = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$")
_OTHER_POST = re.compile(r"^\d{4}-\d{2}-\d{2}-.+\.\w+$")
_TIMING = re.compile(
    r"^[ \t]*[*_]*suggested timing[*_:\s]*(\d+)\s*(?:minutes?|mins?)\b.*$", re.IGNORECASE | re.MULTILINE
)
# Liquid, scanned in linear time (see scan.py): only short pieces are matched by expressions.
_TAG_NAME = re.compile(r"-?\s*(\w+)")
_BLOCK_OPEN = re.compile(r"\{%-?\s*(comment|raw)\s*-?%\}")
_BLOCK_CLOSE = {name: re.compile(rf"\{{%-?\s*end{name}\s*-?%\}}") for name in ("comment", "raw")}
# The look-behind starts a try only where a word starts: a long word without '=' costs its length once.
_ARGUMENT = re.compile(r"(?<!\w)(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))")
_SITE_VALUES = ("site.baseurl", "site.url", "site.github.url", "site.github.baseurl")


def _humanize(name: str) -> str:
    """Folder names like 'getting-started' become 'Getting started'; 'Running Meetings' stays."""
    if name != name.lower():
        return name
    words = re.sub(r"[-_]+", " ", name).strip()
    return words[:1].upper() + words[1:]


class CourseInABox(Importer):
    format_name = "Course in a Box"

    def __init__(self, root: Path, notes: list[Any], limits: ImportLimits = DEFAULT_IMPORT_LIMITS) -> None:
        super().__init__(root, notes, limits)
        self.posts_by_slug: dict[str, Path] = {}

    @classmethod
    def detect(cls, root: Path) -> bool:
        return (root / "_data" / "course.yml").is_file() and (root / "modules").is_dir()

    def _yaml_file(self, path: Path) -> dict[str, Any]:
        if not path.is_file():
            return {}
        try:
            data = parse_yaml(self.read_text(path, self.limits.index_bytes), path, first_line=1)
        except ContentError as exc:
            if path.name == "course.yml":
                raise PackError(
                    translate("pack_import", "{file}: cannot be read ({reason}); fix it and import again.").format(
                        file=path, reason=exc
                    )
                ) from None
            self.note(
                path,
                None,
                translate("pack_import", "cannot be read ({reason}); its settings were ignored.").format(reason=exc),
            )
            return {}
        except CourseFileError as exc:
            if path.name == "course.yml":
                raise PackError(
                    translate("pack_import", "{problem} Fix it and import again.").format(problem=exc)
                ) from None
            self.note(path, None, translate("pack_import", "{problem} Its settings were ignored.").format(problem=exc))
            return {}
        return data if isinstance(data, dict) else {}

    def plan(self) -> CourseDraft:
        course_file = self.root / "_data" / "course.yml"
        course = self._yaml_file(course_file)
        config = self._yaml_file(self.root / "_config.yml")
        modules_line = next(
            (n for n, line in enumerate(self.read_text(course_file, self.limits.index_bytes).split("\n"), 1)
             if line.startswith("modules")), None
        )  # fmt: skip
        listed = course.get("modules")
        folders = sorted(p.name for p in (self.root / "modules").iterdir() if p.is_dir())
        if not isinstance(listed, list) or not listed:
            self.note(
                course_file,
                modules_line,
                translate(
                    "pack_import",
                    "has no list of modules; every folder in modules/ was imported, in alphabetical order.",
                ),
            )
            listed = folders
        draft = CourseDraft(
            title=str(course.get("title") or config.get("title") or self.root.name).strip(),
            description=str(course.get("description") or config.get("description") or "").strip(),
            language=str(config.get("lang") or config.get("language") or "en"),
            authors=(str(config["author"]),) if isinstance(config.get("author"), str) else (),
        )
        for entry in listed:
            name, title = entry, None
            if isinstance(entry, dict):
                name = entry.get("folder") or entry.get("name") or entry.get("title")
                title = entry.get("title")
            if not isinstance(name, str) or not name:
                self.note(
                    course_file,
                    modules_line,
                    translate("pack_import", "the module entry {entry} has no folder name; it was skipped.").format(
                        entry=repr(entry)
                    ),
                )
                continue
            folder = self.root / "modules" / name
            if "/" in name or "\\" in name or name in (".", "..") or self.inside(folder) is None:
                self.note(
                    course_file,
                    modules_line,
                    translate(
                        "pack_import", "the module '{name}' is not a folder inside modules/; it was skipped."
                    ).format(name=name),
                )
                continue
            if not folder.is_dir():
                self.note(
                    course_file,
                    modules_line,
                    translate(
                        "pack_import", "lists the module '{name}', but modules/{name} does not exist; it was skipped."
                    ).format(name=name),
                )
                continue
            module = ModuleDraft(title=str(title or _humanize(name)), slug="")
            module.lessons = self._posts(folder)
            if module.lessons:
                draft.modules.append(module)
            else:
                self.note(
                    folder,
                    None,
                    translate("pack_import", "holds no Markdown posts in _posts/; the module was skipped."),
                )
        for name in folders:
            if name not in listed and not any(isinstance(e, dict) and name in e.values() for e in listed):
                self.note(
                    self.root / "modules" / name,
                    None,
                    translate(
                        "pack_import", "is not listed in _data/course.yml, so the site hides it; it was not imported."
                    ),
                )
        return draft

    def _posts(self, folder: Path) -> list[PageDraft]:
        posts_dir = folder / "_posts"
        found: list[tuple[str, str, Path]] = []
        for path in sorted(posts_dir.iterdir()) if posts_dir.is_dir() else []:
            match = _POST.match(path.name)
            if match and self.inside(path) is None:
                self.note(
                    path, None, translate("pack_import", "is a link to a file outside the course; it was skipped.")
                )
            elif match and path.is_file():
                found.append((match.group(1), match.group(2), path))
            elif _OTHER_POST.match(path.name):
                self.note(
                    path,
                    None,
                    translate(
                        "pack_import", "is not a Markdown post (only .md and .markdown are imported); it was skipped."
                    ),
                )
        pages = []
        for _date, slug, path in sorted(found):
            page = self._read_post(path, slug)
            if page is not None:
                pages.append(page)
                self.posts_by_slug[slug] = path
                self.posts_by_slug[path.stem] = path
        return pages

    def _read_post(self, path: Path, slug: str) -> PageDraft | None:
        try:
            source = split_front_matter(self.read_text(path), path)
        except CourseFileError as exc:
            self.note(path, None, translate("pack_import", "{problem} It was skipped.").format(problem=exc))
            return None
        except ContentError as exc:
            self.note(
                path,
                exc.line,
                translate("pack_import", "{problem} It was skipped.").format(problem=exc.problem.message),
            )
            return None
        if source.meta.get("published") is False:
            self.note(
                path,
                source.line_of("published"),
                translate("pack_import", "is marked 'published: false'; it was skipped."),
            )
            return None
        title = source.meta.get("title")
        if not isinstance(title, str) or not title.strip():
            title = _humanize(slug)
            self.note(
                path,
                1,
                translate("pack_import", "has no title; it was named '{title}' after its file.").format(title=title),
            )
        body = drop_title_heading(source.body, title)
        minutes = None
        timing = _TIMING.search(body)
        if timing:
            minutes = int(timing.group(1))
            body = body[: timing.start()] + body[timing.end() :]  # the line goes; the app shows the minutes
        else:
            self.note(
                path,
                None,
                translate(
                    "pack_import",
                    "has no 'Suggested timing: N minutes' line; the minutes were estimated from its length.",
                ),
            )
        return PageDraft(path, title.strip(), body, source.body_line, minutes, slug)

    # Liquid

    def convert(self, page: PageDraft) -> str:
        held: list[str] = []
        source = page.body

        def block(opener: re.Match[str], inner_end: int, end: int) -> str:
            if opener.group(1) == "comment":
                return "\n" * source.count("\n", opener.start(), end)
            held.append(source[opener.end() : inner_end])
            return f"\x02{len(held) - 1}\x02"

        text = replace_blocks(source, _BLOCK_OPEN, lambda m: _BLOCK_CLOSE[m.group(1)], block, self.work)
        tags = LineCounter(text, page.first_line)

        def tag(start: int, inner: int, end: int) -> str | None:
            found = _TAG_NAME.match(text, inner, end)
            if found is None:
                return None  # '{%' with no name: not a tag
            name, arguments = found.group(1), text[found.end() : end]
            arguments = (arguments[:-1] if arguments.endswith("-") else arguments).strip()
            line = tags.at(start)
            value = self._tag(name, arguments, page, line)
            if value is None:
                self.note(
                    page.source,
                    line,
                    translate(
                        "pack_import", "the Liquid tag '{tag}' was removed (its content, if any, was kept)."
                    ).format(tag="{% " + name + " %}"),
                )
                return ""
            return value

        text = replace_spans(text, "{%", "%}", tag, self.work)
        outputs = LineCounter(text, page.first_line)

        def output(start: int, inner: int, end: int) -> str:
            expression = text[inner:end]
            expression = expression[:-1] if expression.endswith("-") else expression
            expression = (expression[1:] if expression.startswith("-") else expression).strip()
            value = self._output(expression, page)
            if value is None:
                self.note(
                    page.source,
                    outputs.at(start),
                    translate("pack_import", "the Liquid value '{value}' was removed.").format(
                        value="{{ " + expression + " }}"
                    ),
                )
                return ""
            return value

        text = replace_spans(text, "{{", "}}", output, self.work)
        return re.sub(r"\x02(\d+)\x02", lambda m: held[int(m.group(1))], text)

    def _output(self, expression: str, page: PageDraft) -> str | None:
        if expression in _SITE_VALUES:
            return ""
        if expression == "page.title":
            return page.title
        literal = re.match(
            r"^[\"']([^\"']*)[\"']\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.baseurl)\s*$", expression
        )
        return literal.group(1) if literal else None

    def _tag(self, name: str, arguments: str, page: PageDraft, line: int) -> str | None:
        if name == "highlight":
            return "```" + (arguments.split()[0] if arguments else "")
        if name == "endhighlight":
            return "```"
        if name == "post_url":
            path = self.posts_by_slug.get(arguments) or self.posts_by_slug.get(
                re.sub(r"^\d{4}-\d{2}-\d{2}-", "", arguments)
            )
            return "/" + path.relative_to(self.root).as_posix() if path else None
        if name == "link":
            return "/" + arguments.strip("\"' ")
        if name == "include":
            values = {m.group(1): m.group(2) or m.group(3) or m.group(4) for m in _ARGUMENT.finditer(arguments)}
            include = arguments.split()[0] if arguments else ""
            for key in ("url", "link", "href", "src"):
                if values.get(key, "").startswith(("http://", "https://")):
                    self.note(
                        page.source,
                        line,
                        translate("pack_import", "the include '{include}' became a link to {address}.").format(
                            include=include, address=values[key]
                        ),
                    )
                    return f"[{values.get('title') or values[key]}]({values[key]})"
            if "youtube" in include.lower() and values.get("id"):
                url = f"https://www.youtube.com/watch?v={values['id']}"
                self.note(
                    page.source,
                    line,
                    translate("pack_import", "the video include '{include}' became a link to {address}.").format(
                        include=include, address=url
                    ),
                )
                return f"[Video on YouTube]({url})"
            return None
        if name.startswith("end") or name in ("else", "elsif", "when"):
            return ""  # the opening tag was noted already
        return None

    def resolve_path(self, url: str, page: PageDraft) -> Path | None:
        found = super().resolve_path(url, page)
        if found is not None and (found.is_file() or found in self.pages):
            return found
        # A Jekyll permalink (/modules/planning/a-room/ or .../a-room.html): match the post's slug.
        last = [part for part in url.split("/") if part]
        slug = last[-1].removesuffix(".html") if last else ""
        post = self.posts_by_slug.get(slug)
        return post.resolve() if post is not None else found
