"""The content caps a page's Markdown structure must fit, and task lists found in linear time.

Checked on markdown-it's tokens before anything is rewritten: a page over a cap is not rendered
at all (Qt would freeze on it), only reported. ``may_break_caps`` is a quick look at the text that
tells ``validate`` which pages cannot break a cap, so those keep skipping the full parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from handbook.core.content.limits import CONTENT_LIMITS, ContentLimits
from handbook.core.errors import Problem
from handbook.core.i18n import format_number, translate

_CONTAINERS_OPEN = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open", "admonition_open"})
_CONTAINERS_CLOSE = frozenset({"blockquote_close", "bullet_list_close", "ordered_list_close", "admonition_close"})
# Qt draws each of these as a table, and lays a table's content out twice.
_BOXES_OPEN = frozenset({"admonition_open", "table_open"})
_BOXES_CLOSE = frozenset({"admonition_close", "table_close"})


def structure_problems(
    tokens: Sequence[Token], source: Path, first_line: int, limits: ContentLimits = CONTENT_LIMITS
) -> list[Problem]:
    """The caps the page's blocks break (nesting, boxes in boxes, list items, table cells, quizzes), one pass."""
    problems: list[Problem] = []
    depth = boxes = items = quizzes = cells = 0
    found: set[str] = set()

    def report(what: str, token: Token, message: str) -> None:
        if what not in found:  # once per kind: the first place is the one to fix
            found.add(what)
            line = first_line + token.map[0] if token.map else first_line
            problems.append(Problem(source, line, message))

    row: Token | None = None  # cells have no line of their own; their row has
    for token in tokens:
        kind = token.type
        if kind == "tr_open":
            row = token
        if kind in _CONTAINERS_OPEN:
            depth += 1
            if depth > limits.nesting:
                report(
                    "nesting",
                    token,
                    translate(
                        "render",
                        "lists, quotes and boxes are nested {depth} deep here; the most allowed is {limit}. "
                        "Use a flatter layout.",
                    ).format(depth=depth, limit=limits.nesting),
                )
        elif kind in _CONTAINERS_CLOSE:
            depth -= 1
        if kind in _BOXES_OPEN or (kind == "fence" and token.info.strip() == "quiz"):
            boxes += 1
            if boxes > limits.boxes:
                report(
                    "boxes",
                    token,
                    translate(
                        "render",
                        "boxes (notes, tips, tables, quizzes) are nested {depth} deep here; the most allowed is "
                        "{limit}, as each level doubles the time the page takes to show. Take the inner box out.",
                    ).format(depth=boxes, limit=limits.boxes),
                )
            if kind == "fence":
                boxes -= 1
        elif kind in _BOXES_CLOSE:
            boxes -= 1
        if kind == "list_item_open":
            items += 1
            if items > limits.list_items:
                report(
                    "items",
                    token,
                    translate(
                        "render", "the page has more than {limit} list items. Split it into several pages."
                    ).format(limit=format_number(limits.list_items)),
                )
        elif kind in ("td_open", "th_open"):
            cells += 1
            if cells > limits.table_cells:
                report(
                    "cells",
                    row or token,
                    translate(
                        "render", "the page's tables have more than {limit} cells. Split the table or the page."
                    ).format(limit=format_number(limits.table_cells)),
                )
        elif kind == "fence" and token.info.strip() == "quiz":
            quizzes += 1
            if quizzes > limits.quizzes:
                report(
                    "quizzes",
                    token,
                    translate(
                        "render",
                        "the page has more than {limit} quiz questions. Split the self-check into several pages.",
                    ).format(limit=format_number(limits.quizzes)),
                )
    return problems


# The start of a line that may hold block markers: indentation, quote marks, list markers. Every
# container a line opens takes at least one column of it, and every list item one of "-*+.)".
_LINE_PREFIX = re.compile(r"\n([ \t>*+\-0-9.)]+)")  # after a "\n": several times faster than "^"
_ITEM_MARKS = re.compile(r"[-*+.)]")


def may_break_caps(body: str, limits: ContentLimits = CONTENT_LIMITS) -> bool:
    """False only when the page certainly fits the structure caps, by a look at its line starts.

    Quizzes live in fences, admonitions start with '!!!' or '???', and tables need a '|': a page
    with none of these has no box at all. Nesting is at most the widest line start (a tab counts 4).
    """
    if "|" in body or _holds(body, "!!!") or _holds(body, "???") or _holds(body, "```") or _holds(body, "~~~"):
        return True
    marks = 0
    for match in _LINE_PREFIX.finditer("\n" + body):
        prefix = match.group(1)
        if len(prefix) + 3 * prefix.count("\t") >= limits.nesting:
            return True
        marks += len(_ITEM_MARKS.findall(prefix))
    return marks > limits.list_items


def _holds(text: str, mark: str) -> bool:
    """``mark in text``, looking for its first character first: several times faster on pages
    that lack it (one character is found with memchr, three need a slower search)."""
    return mark[0] in text and mark in text


def tasklists_rule(state: StateCore) -> None:
    """GitHub task lists ('- [ ] text') as mdit_py_plugins' tasklists plugin makes them, in linear time.

    The plugin looks for each item's list by walking back through the tokens, which takes 27 s
    for 20,000 items; here the open lists are kept on a stack as the tokens go by.
    """
    tokens = state.tokens
    lists: list[int] = []
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(index)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif (
            token.type == "inline"
            and index >= 2
            and tokens[index - 1].type == "paragraph_open"
            and tokens[index - 2].type == "list_item_open"
            and _TODO.match(token.content)
            and token.children
        ):
            _todoify(token)
            tokens[index - 2].attrSet("class", "task-list-item")
            if lists:
                tokens[lists[-1]].attrSet("class", "contains-task-list")


_TODO = re.compile(r"\[[ xX]\][ \t\n\v\f\r]+")


def _todoify(token: Token) -> None:
    assert token.children is not None
    checkbox = Token("html_inline", "", 0)
    checked = 'checked="checked" ' if token.content[1] in "xX" else ""
    checkbox.content = f'<input class="task-list-item-checkbox" {checked}disabled="disabled" type="checkbox">'
    token.children.insert(0, checkbox)
    token.children[1].content = token.children[1].content[3:]
    token.content = token.content[3:]


def tasklists_plugin(md: MarkdownIt) -> None:
    md.core.ruler.after("inline", "github-tasklists", tasklists_rule)
