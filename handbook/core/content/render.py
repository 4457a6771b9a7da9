"""Markdown to HTML as a pure function: pack links rewritten, raw HTML escaped, quizzes laid out.

The HTML targets Qt's rich-text engine (QTextBrowser and QTextDocument for print), so boxes are
one-cell tables and anchors use ``<a name>``. Links the app handles itself use these schemes:
``page:<pack path>#fragment`` opens a page, ``task:N`` ticks task N, ``answer:Q`` goes to the controls
that answer quiz Q (its choices are words, not links). ``http(s)`` links keep their address and get class
``external``.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.footnote import footnote_plugin

from handbook.core.content.frontmatter import check_page_text, parse_yaml
from handbook.core.content.limits import CONTENT_LIMITS, clipped, shown
from handbook.core.content.media import image_src, image_target
from handbook.core.content.render_checks import structure_problems, tasklists_plugin
from handbook.core.content.render_model import LinkRef, PageState, Quiz, RenderResult, TaskItem, slugify
from handbook.core.content.render_rules import install_rules
from handbook.core.errors import ContentError, Problem
from handbook.core.i18n import format_number, translate

QUIZ_KEYS = ("question", "choices", "answer", "explanation")
ADMONITION_KINDS = ("note", "tip", "warning", "example", "info", "danger", "important")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def heading_anchors(markdown: str) -> frozenset[str]:
    """The anchor names the headings of a page get (see ``heading_open`` below)."""
    tokens = _parser().parse(markdown)
    return frozenset(
        slugify(tokens[index + 1].content)
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and index + 1 < len(tokens)
    )


def is_external(href: str) -> bool:
    return href.lower().startswith(("http://", "https://"))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table").enable("strikethrough")
    md.use(tasklists_plugin).use(footnote_plugin).use(admon_plugin)
    # We judge every link ourselves (see _Renderer.links) so that a dropped link keeps its text.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def resolve_href(page_dir: str, href: str) -> tuple[str, str] | None:
    """A relative href as (pack path, fragment), or None when it leaves the pack.

    ``page_dir`` is the folder of the linking page inside the pack ("" for the pack root).
    """
    path, _, fragment = href.partition("#")
    # Decoded first, as Qt decodes it when it loads the file: "%2e%2e/" is "../" (a folder of the
    # pack literally named "%2e%2e" must not let a path climb out).
    path = path.split("?", 1)[0]
    if "%" in path:
        try:
            path = unquote(path, errors="strict")
        except UnicodeDecodeError:
            return None
    if not path:
        return ("", fragment)
    if path.startswith("/") or "\\" in path or "\x00" in path:
        return None
    resolved = posixpath.normpath(posixpath.join(page_dir, path))
    if resolved.startswith("../") or resolved == "..":
        return None
    return (resolved, fragment)


class _Renderer:
    """One render: walks the tokens once, rewriting and collecting as it goes."""

    def __init__(
        self,
        page_path: str,
        first_line: int,
        source: Path,
        state: PageState,
        exists: Callable[[str], bool] | None = None,
        shows_image: Callable[[str], bool] | None = None,
    ) -> None:
        self.page_dir = posixpath.dirname(page_path)
        self.shows_image = shows_image
        self.first_line = first_line
        self.source = source
        self.state = state
        self.exists = exists
        self.result = RenderResult(html="")

    def line(self, token: Token | None) -> int:
        if token is not None and token.map:
            return self.first_line + token.map[0]
        return self.first_line

    def resolve(self, href: str) -> tuple[str, str] | None:
        return resolve_href(self.page_dir, href)

    def rewrite(self, tokens: list[Token]) -> None:
        for token in tokens:
            if token.type == "heading_open":
                pass
            if token.type == "inline" and token.children:
                self.rewrite_inline(token, token.children)
            if token.type == "fence" and token.info.strip() == "quiz":
                token.meta["quiz"] = self.read_quiz(token)
            if token.type == "admonition_open":
                kind = str(token.meta.get("tag", "note")).lower()
                token.meta["kind"] = kind if kind in ADMONITION_KINDS else "note"

    def rewrite_inline(self, parent: Token, children: list[Token]) -> None:
        line = self.line(parent)
        stack: list[Token] = []
        task_label: int | None = None  # the task whose words, after its box, also tick it
        for child in children:
            if child.type == "link_open":
                stack.append(child)
                self.rewrite_link(child, line)
            elif child.type == "link_close":
                opener = stack.pop() if stack else None
                if opener is not None and opener.meta.get("drop"):
                    child.meta["drop"] = True
            elif child.type == "image":
                self.rewrite_image(child, line)
            elif child.type == "html_inline" and "task-list-item-checkbox" in child.content:
                index = len(self.result.tasks)
                written = 'checked="checked"' in child.content
                # A line break in the Markdown is a space between words ("the\n[group...]" is "the group...").
                spaces = ("softbreak", "hardbreak")
                words = (
                    c.content if c.type in ("text", "code_inline") else " " if c.type in spaces else ""
                    for c in children
                )
                text = " ".join("".join(words).split())
                self.result.tasks.append(TaskItem(index, text, written, line))
                ticked = self.state.ticks.get(index, written)
                mark = "&#9745;" if ticked else "&#9744;"
                state = "done" if ticked else "open"
                child.content = f'<a class="task {state}" href="task:{index}">{mark}</a>'
                task_label = index
        if task_label is not None and not any(c.type in ("link_open", "image", "footnote_ref") for c in children):
            # The words are a second, larger target for the same tick: a small box is hard to hit.
            box = next(i for i, c in enumerate(children) if c.type == "html_inline" and "task:" in c.content)
            opening, closing = Token("html_inline", "", 0), Token("html_inline", "", 0)
            opening.content = f'<a class="task-label" href="task:{task_label}">'
            closing.content = "</a>"
            children[box + 1 : box + 1] = [opening]
            children.append(closing)

    def rewrite_link(self, token: Token, line: int) -> None:
        href = str(token.attrGet("href") or "")
        if href.startswith("#"):
            return
        if is_external(href):
            token.attrSet("class", "external")
            token.attrSet("title", href)
            self.result.external.append(href)
            return
        if _SCHEME.match(href):
            token.meta["drop"] = True  # javascript:, file:, data:, mailto: ... never become links
            return
        target = self.resolve(href)
        if target is None:
            token.meta["drop"] = True
            self.result.problems.append(
                Problem(
                    self.source,
                    line,
                    translate(
                        "render", "the link '{link}' points outside the pack; link only to files inside it."
                    ).format(link=clipped(href)),
                )
            )
            return
        path, fragment = target
        self.result.links.append(LinkRef(path, fragment, line))
        token.attrSet("href", f"page:{quote(path)}" + (f"#{fragment}" if fragment else ""))
        if path and self.exists is not None and not self.exists(path):
            token.attrSet("class", "broken")  # shown as broken, so an author sees it before a reader clicks
            token.attrSet("title", translate("render", "{path} is missing").format(path=path))

    def rewrite_image(self, token: Token, line: int) -> None:
        src = str(token.attrGet("src") or "")
        if _SCHEME.match(src) or not src:
            # Offline by design: no remote images, and nothing outside the pack.
            token.meta["drop"] = True
            if not is_external(src):
                self.result.problems.append(
                    Problem(
                        self.source,
                        line,
                        translate("media", "the image '{image}' is not a file of the pack; put it in media/.").format(
                            image=clipped(src)
                        ),
                    )
                )
            return
        target = image_target(self.page_dir, src)  # the reader's own rule, decoded as Qt would
        if not target.allowed:
            token.meta["drop"] = True
            self.result.problems.append(Problem(self.source, line, target.refusal, target.severity))
            return
        self.result.images.append(LinkRef(target.path, "", line))
        token.attrSet("src", image_src(target.path))
        shown = self.shows_image or self.exists
        if shown is not None and not shown(target.path):
            token.meta["drop"] = True  # "[alt text]" in red, not an empty frame

    def read_quiz(self, token: Token) -> Quiz | Problem:
        line = self.line(token) + 1
        try:
            data: Any = parse_yaml(token.content, self.source, first_line=line)
        except ContentError as exc:
            self.result.problems.append(exc.problem)
            return exc.problem
        problem = _check_quiz(data)
        if problem:
            key, message = problem
            found = Problem(self.source, _key_line(token.content, key, line), message)
            self.result.problems.append(found)
            return found
        quiz = Quiz(
            index=len(self.result.quizzes),
            question=str(data["question"]).strip(),
            choices=tuple(str(c).strip() for c in data["choices"]),
            answer=int(data["answer"]) - 1,
            explanation=str(data.get("explanation", "")).strip(),
            line=line,
        )
        for key in data:
            if key not in QUIZ_KEYS:
                self.result.problems.append(
                    Problem(
                        self.source,
                        _key_line(token.content, str(key), line),
                        translate("render", "quiz: unknown field '{field}' (use {known}).").format(
                            field=clipped(str(key), 40), known=", ".join(QUIZ_KEYS)
                        ),
                    )
                )
        self.result.quizzes.append(quiz)
        return quiz


def _check_quiz(data: Any) -> tuple[str, str] | None:
    """The first problem of a quiz block as (the key it is about, the message), or None."""
    if not isinstance(data, dict):
        return "", translate(
            "render", "quiz: write the question as 'question:', 'choices:', 'answer:' and 'explanation:' lines."
        )
    if not isinstance(data.get("question"), str) or not data["question"].strip():
        return "question", translate("render", "quiz: 'question' is missing; add 'question: ...'.")
    choices = data.get("choices")
    if not isinstance(choices, list) or len(choices) < 2:
        return "choices", translate("render", "quiz: 'choices' must be a list of at least two answers.")
    if len(choices) > CONTENT_LIMITS.quiz_choices:
        said = translate(
            "render", "quiz: 'choices' lists {count} answers; the most allowed is {limit} (lettered A to Z)."
        )
        return "choices", said.format(count=format_number(len(choices)), limit=CONTENT_LIMITS.quiz_choices)
    answer = data.get("answer")
    if isinstance(answer, bool) or not isinstance(answer, int) or not 1 <= answer <= len(choices):
        said = translate("render", "quiz: 'answer' must be the number of the right choice, from 1 to {count}.")
        return "answer", said.format(count=len(choices))
    if "explanation" in data and not isinstance(data["explanation"], str):
        return "explanation", translate("render", "quiz: 'explanation' must be text.")
    return None


def _key_line(block: str, key: str, first_line: int) -> int:
    """The file line where ``key:`` is set in a quiz block, or the block's first line."""
    for offset, text in enumerate(block.split("\n")):
        if key and text.startswith(f"{key}:"):
            return first_line + offset
    return first_line


@lru_cache(maxsize=1)
def _configured() -> MarkdownIt:
    md = _parser()
    install_rules(md)
    return md


def render_markdown(
    text: str,
    *,
    page_path: str = "",
    first_line: int = 1,
    source: Path | None = None,
    state: PageState | None = None,
    exists: Callable[[str], bool] | None = None,
    shows_image: Callable[[str], bool] | None = None,
) -> RenderResult:
    """Render Markdown to HTML for Qt. Pure: the same arguments give the same result.

    ``page_path`` is the file's path inside the pack, used to resolve relative links;
    ``first_line`` is the line of the file where ``text`` starts, for problem reports;
    ``exists(pack path)``, when given, says which linked files are there: links to missing ones
    get class "broken" and missing images show their alt text; ``shows_image(pack path)``, when
    given, says which pictures the reader can show (``exists`` is asked otherwise).
    """
    md = _configured()
    state = state or PageState()
    renderer = _Renderer(page_path, first_line, source or Path(page_path or "<text>"), state, exists, shows_image)
    env: dict[str, Any] = {"answers": state.answers}
    try:
        check_page_text(text, renderer.source, first_line)  # the loader did, but a page may come from elsewhere
    except ContentError as exc:
        return _refused([exc.problem])
    tokens = md.parse(text, env)
    too_much = structure_problems(tokens, renderer.source, first_line)
    if too_much:
        return _refused(too_much)
    renderer.rewrite(tokens)
    renderer.result.html = md.renderer.render(tokens, md.options, env)
    return renderer.result


def _refused(too_much: list[Problem]) -> RenderResult:
    """A page over the caps is not laid out at all: Qt could take minutes over it. The reader sees why."""
    line_said = translate("render", "Line {line}: {problem}")
    said_each = (
        line_said.format(line=p.line, problem=shown(p.message)) if p.line else shown(p.message) for p in too_much
    )
    reasons = "".join(f"<li>{html.escape(text)}</li>" for text in said_each)
    said = translate(
        "render", "This page is too big or too deeply nested to show safely. Please tell whoever made the pack:"
    )
    notice = f'<p class="content-error">{html.escape(said)}</p><ul>{reasons}</ul>'
    return RenderResult(html=notice, problems=too_much)
