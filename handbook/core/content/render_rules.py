"""How render.py's tokens become HTML for Qt's rich-text engine: boxes as one-cell tables, quizzes, anchors."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from handbook.core.content.quiz_words import choice_label, question_number, verdict
from handbook.core.content.render_model import Quiz, slugify
from handbook.core.errors import Problem
from handbook.core.i18n import translate


def _quiz_html(quiz: Quiz, chosen: int | None) -> str:
    esc = html.escape
    parts = [
        f'<a name="quiz-{quiz.index + 1}"></a>'
        '<table class="quiz" width="100%" cellspacing="0" cellpadding="10"><tr><td>',
        f'<p class="quiz-question"><b>{esc(question_number(quiz))}</b> {esc(quiz.question)}</p>',
    ]
    for number, choice in enumerate(quiz.choices):
        marker = "&#9673;" if chosen == number else "&#9675;"
        css = "choice"
        if chosen is not None and number == quiz.answer:
            css = "choice right"
        elif chosen == number:
            css = "choice wrong"
        # Words, not links: the choices are answered with the reader's controls below the page.
        parts.append(f'<p class="{css}">{marker} {esc(choice_label(number, choice))}</p>')
    if chosen is not None:
        right, said, more = verdict(quiz, chosen)
        if right:
            parts.append(f'<p class="feedback right"><b>&#10003; {esc(said)}</b></p>')
        else:
            parts.append(f'<p class="feedback wrong"><b>{esc(said)}</b> {esc(more)}</p>')
        if quiz.explanation:
            parts.append(f'<p class="explanation">{esc(quiz.explanation)}</p>')
    else:
        hint = translate("quiz", "Answer question {n}").format(n=quiz.index + 1)
        parts.append(f'<p class="hint"><a href="answer:{quiz.index}">{esc(hint)}</a></p>')
    parts.append("</td></tr></table>\n")
    return "".join(parts)


def install_rules(md: MarkdownIt) -> None:
    """Render rules for the Qt rich-text engine; installed once on the shared parser."""

    def link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "" if tokens[idx].meta.get("drop") else str(self.renderToken(tokens, idx, options, env))

    def link_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "" if tokens[idx].meta.get("drop") else "</a>"

    def image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        alt = html.escape(self.renderInlineAsText(token.children or [], options, env))
        if token.meta.get("drop"):
            alt = alt or html.escape(translate("render", "image"))  # not inside the f-string: lupdate would miss it
            return f'<span class="missing-image">[{alt}]</span>'
        src = html.escape(str(token.attrGet("src")))
        if not alt:
            return f'<img src="{src}" alt="" />'
        # Qt keeps no alt text: the words are the picture's tooltip and, under a picture standing alone,
        # a caption, so that a screen reader (which reads the page's text) has them too.
        alone = all(t is token or (t.type == "text" and not t.content.strip()) for t in tokens)
        caption = f'<br /><span class="alt">{alt}</span>' if alone else ""
        return f'<img src="{src}" alt="{alt}" title="{alt}" />{caption}'

    def fence(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        if token.info.strip() != "quiz":
            return f"<pre>{html.escape(token.content)}</pre>\n"
        quiz = token.meta.get("quiz")
        if isinstance(quiz, Quiz):
            answers: Mapping[int, int] = env.get("answers", {})
            return _quiz_html(quiz, answers.get(quiz.index))
        message = quiz.message if isinstance(quiz, Problem) else translate("render", "this question could not be read.")
        said = translate("render", "This question could not be shown: {problem}").format(problem=message)
        return f'<p class="quiz-error">{html.escape(said)}</p>\n'

    def heading_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        inline = tokens[idx + 1]
        anchor = slugify(inline.content)
        return f'<{tokens[idx].tag}><a name="{html.escape(anchor)}"></a>'

    def admonition_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        kind = tokens[idx].meta.get("kind", "note")
        return (
            f'<table class="admonition {kind}" width="100%" cellspacing="0" cellpadding="8">'
            f'<tr><td class="admonition {kind}">'
        )

    def admonition_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "</td></tr></table>\n"

    def admonition_title_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return '<p class="admonition-title"><b>'

    def admonition_title_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "</b></p>\n"

    def footnote_ref(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        number = int(tokens[idx].meta["id"]) + 1
        sub = tokens[idx].meta.get("subId", 0)
        ref = f"fnref{number}" + (f":{sub}" if sub else "")
        return f'<sup><a name="{ref}"></a><a href="#fn{number}">[{number}]</a></sup>'

    def footnote_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        number = int(tokens[idx].meta["id"]) + 1
        return f'<li><a name="fn{number}"></a>'

    def footnote_anchor(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        number = int(tokens[idx].meta["id"]) + 1
        return f' <a href="#fnref{number}" class="backref">&#8593;</a>'

    def footnote_block_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return '<hr class="footnotes-sep" />\n<ol class="footnotes">\n'

    def footnote_block_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "</ol>\n"

    def table_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return '<table class="md" cellspacing="0" cellpadding="5" border="1">\n'

    rules = {
        "table_open": table_open,
        "link_open": link_open,
        "link_close": link_close,
        "image": image,
        "fence": fence,
        "code_block": fence,
        "heading_open": heading_open,
        "admonition_open": admonition_open,
        "admonition_close": admonition_close,
        "admonition_title_open": admonition_title_open,
        "admonition_title_close": admonition_title_close,
        "footnote_ref": footnote_ref,
        "footnote_open": footnote_open,
        "footnote_anchor": footnote_anchor,
        "footnote_block_open": footnote_block_open,
        "footnote_block_close": footnote_block_close,
    }
    for name, rule in rules.items():
        md.add_render_rule(name, rule)
