"""Raw HTML inside Markdown, made Markdown: links, emphasis, images and simple blocks; the rest dropped.

Only real HTML tags are touched; the Markdown around them passes through unchanged. Code (fenced
blocks and `spans`) is masked first, so HTML shown as an example stays as written.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

from handbook.core.i18n import translate
from handbook.core.packs.importers.scan import replace_spans

INLINE_MARKS = {"em": "*", "i": "*", "strong": "**", "b": "**", "code": "`", "s": "~~", "del": "~~", "strike": "~~"}
HEADINGS = {f"h{n}": "#" * n for n in range(1, 7)}
BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption",
    "blockquote", "center", "table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "li", "dl", "dt", "dd",
    "details", "summary", "address", "hr",
})  # fmt: skip
# Dropped with everything inside: scripts, styles, forms and players that cannot work offline.
DROPPED = frozenset({
    "script", "style", "noscript", "template", "form", "input", "select", "option", "textarea", "button",
    "object", "canvas", "svg", "map", "area", "head", "title", "meta", "link", "base",
})  # fmt: skip
PLAYERS = {"iframe": "Embedded page", "video": "Video", "audio": "Audio", "embed": "Embedded content"}
PLAYER_PARTS = frozenset({"source", "track"})
# Wrappers whose text is kept; the tag itself has no Markdown form.
KNOWN = frozenset({
    "span", "font", "small", "big", "sup", "sub", "u", "ins", "mark", "abbr", "cite", "q", "kbd", "samp",
    "var", "time", "label", "td", "th", "caption", "col", "colgroup", "picture",
}) | BLOCKS  # fmt: skip
VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "source", "track", "embed", "area", "base", "col", "wbr"})

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_TAG_START = re.compile(r"</?[A-Za-z]")
_TAG_STRUCTURE = re.compile(r"[>\"']")
_TAG_HINT = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*[\s>/]|<!--")

Note = Callable[[int, str], None]  # (line in the text, message)
_PLACEHOLDER = re.compile(r"\x00(\d+)\x00(?:\n\x01)*")


def mask_code(text: str) -> tuple[str, list[str]]:
    """Replace fenced blocks and code spans by placeholders; returns the text and what was taken out.

    A placeholder keeps the line count (padding lines hold a \x01 mark), so notes still point at
    the right line, and unmask_code finds exactly what to put back whatever happened around it.
    """
    kept: list[str] = []

    def hold(chunk: str) -> str:
        kept.append(chunk)
        return f"\x00{len(kept) - 1}\x00" + "\n\x01" * chunk.count("\n")

    out: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match:
            fence = match.group(2)
            end = index + 1
            while end < len(lines) and not lines[end].lstrip().startswith(fence[0] * len(fence)):
                end += 1
            out.append(hold("\n".join(lines[index : end + 1])))
            index = end + 1
            continue
        out.append(lines[index])
        index += 1
    masked = "\n".join(out)
    masked = _CODE_SPAN.sub(lambda m: hold(m.group(0)), masked)
    return masked, kept


def unmask_code(text: str, kept: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: kept[int(m.group(1))], text)


class _Converter(HTMLParser):
    def __init__(self, note: Note, first_line: int) -> None:
        super().__init__(convert_charrefs=False)
        self.note = note
        self.first_line = first_line
        self.out: list[str] = []
        self.links: list[str | None] = []  # the href of each open <a>, None if it was dropped
        self.dropping = 0
        self.block_depth = 0
        self.literal = 0  # inside <code> or <pre>: entities become characters
        self.noted: set[tuple[int, str]] = set()

    def _line(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def _note(self, tag: str, message: str, address: str = "") -> None:
        """Say once per line and tag what became of ``tag``: ``message`` (translated) names it as {tag}."""
        line = self._line()
        if (line, tag) not in self.noted:
            self.noted.add((line, tag))
            self.note(line, message.format(tag=f"<{tag}>", address=address))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        raw = self.get_starttag_text() or ""
        if self.dropping:
            if tag in DROPPED and tag not in VOID:
                self.dropping += 1
            return
        if tag in DROPPED:
            self._note(
                tag,
                translate(
                    "pack_import", "the HTML {tag} was dropped with its content (it cannot be shown in Handbook)."
                ),
            )
            if tag not in VOID and not raw.endswith("/>"):
                self.dropping = 1
            return
        if tag in PLAYER_PARTS:
            return
        if tag in PLAYERS:
            src = values.get("src", "")
            if src:
                self.out.append(f"[{PLAYERS[tag]}: {values.get('title') or src}]({_destination(src)})")
                self._note(
                    tag, translate("pack_import", "the HTML {tag} player was turned into a link to {address}."), src
                )
            else:
                self._note(tag, translate("pack_import", "the HTML {tag} was dropped (it has no address to link to)."))
            return
        if tag == "a":
            href = values.get("href", "")
            if href and not href.lower().startswith(("javascript:", "data:", "vbscript:")):
                self.out.append("[")
                self.links.append(href)
            else:
                self.links.append(None)
            return
        if tag == "img":
            src = values.get("src", "")
            alt = values.get("alt", "").replace("]", "")
            if src:
                self.out.append(f"![{alt}]({_destination(src)})")
            else:
                self._note(tag, translate("pack_import", "an HTML {tag} without a 'src' was dropped."))
            return
        if tag == "br":
            self.out.append("\n")
            return
        if tag in INLINE_MARKS:
            if tag == "code":
                self.literal += 1
            self.out.append(INLINE_MARKS[tag])
            return
        if tag in HEADINGS:
            self.out.append("\n\n" + HEADINGS[tag] + " ")
            self.block_depth += 1
            return
        if tag == "pre":
            self.literal += 1
            self.out.append("\n\n```\n")
            return
        if tag == "li":
            self.out.append("\n- ")
            self.block_depth += 1
            return
        if tag in ("td", "th"):
            self.out.append(" ")
        if tag in BLOCKS:
            self.block_depth += 1
            self.out.append("\n\n" if tag in ("p", "figure", "figcaption", "blockquote", "table", "hr") else "\n")
            if tag not in ("p", "figure", "figcaption", "ul", "ol", "hr"):
                self._note(
                    tag, translate("pack_import", "the HTML {tag} has no Markdown form; its text was kept without it.")
                )
            return
        if tag in KNOWN:
            self._note(
                tag, translate("pack_import", "the HTML {tag} has no Markdown form; its text was kept without it.")
            )
            return
        self.out.append(raw)  # not HTML after all: an autolink <https://...>, or a < in text

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag in DROPPED:
                self.dropping -= 1
            return
        if tag in DROPPED or tag in PLAYERS or tag in PLAYER_PARTS or tag in VOID:
            return
        if tag == "a":
            href = self.links.pop() if self.links else None
            if href is not None:
                self.out.append(f"]({_destination(href)})")
            return
        if tag in INLINE_MARKS:
            if tag == "code":
                self.literal = max(0, self.literal - 1)
            self.out.append(INLINE_MARKS[tag])
            return
        if tag in HEADINGS or tag == "li":
            self.block_depth = max(0, self.block_depth - 1)
            self.out.append("\n")
            return
        if tag == "pre":
            self.literal = max(0, self.literal - 1)
            self.out.append("\n```\n\n")
            return
        if tag in BLOCKS:
            self.block_depth = max(0, self.block_depth - 1)
            self.out.append("\n\n" if tag in ("p", "figure", "figcaption", "blockquote", "table") else "\n")
            return
        if tag in KNOWN:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.block_depth and not self.literal:
            # Indented HTML would turn into a code block once it is Markdown.
            data = re.sub(r"\n[ \t]+", "\n", data)
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        if not self.dropping:
            self.out.append(html.unescape(f"&{name};") if self.literal else f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.dropping:
            self.out.append(html.unescape(f"&#{name};") if self.literal else f"&#{name};")

    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass


def _destination(url: str) -> str:
    url = url.strip()
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url


def _without_declarations(text: str) -> str:
    """Comments, <!...> and <?...> taken out before HTMLParser sees them, their line breaks kept.

    Python's HTMLParser looks at the whole rest of the text again for every '<!--' that is not
    closed (50 kB took seconds, growing with the square). Nothing in them is shown anyway; one
    left open becomes plain text ('&lt;!--').
    """

    def blank(start: int, inner: int, end: int) -> str:
        return "\n" * text.count("\n", start, end)

    for opener, closer in (("<!--", "-->"), ("<!", ">"), ("<?", ">")):
        text = replace_spans(text, opener, closer, blank)
        text = text.replace(opener, "&lt;" + opener[1:])  # those left have no closer after them
    return _unclosed_tags_as_text(text)


def _unclosed_tags_as_text(text: str) -> str:
    """Every tag that never ends (no '>' outside quotes) made text: '&lt;a b='.

    HTMLParser scans such a tag to the end of the text, then does it again from the next '<'
    (``<a b='`` repeated took seconds for 50 kB). Here each quote and '>' is looked at a bounded
    number of times: where a scan has been, its answer is remembered.
    """
    marks = [m.start() for m in _TAG_STRUCTURE.finditer(text)]
    quotes = {q: [i for i in marks if text[i] == q] for q in "\"'"}
    answers: dict[int, int] = {}  # index in marks, outside quotes -> where the tag ends, -1: never

    def end_from(k: int) -> int:
        path: list[int] = []
        result = -1
        while k < len(marks):
            if k in answers:
                result = answers[k]
                break
            path.append(k)
            at = marks[k]
            if text[at] == ">":
                result = at
                break
            same = quotes[text[at]]
            after = bisect.bisect_right(same, at)
            if after == len(same):
                break  # a quote that never closes
            k = bisect.bisect_right(marks, same[after])
        for step in path:
            answers[step] = result
        return result

    out: list[str] = []
    kept = 0
    for tag in _TAG_START.finditer(text):
        if end_from(bisect.bisect_right(marks, tag.start())) < 0:
            out.append(text[kept : tag.start()])
            out.append("&lt;")
            kept = tag.start() + 1
    out.append(text[kept:])
    return "".join(out)


def html_to_markdown(text: str, note: Note, first_line: int = 1) -> str:
    """Convert the HTML tags in Markdown ``text``; ``note(line, message)`` hears what was dropped."""
    if not _TAG_HINT.search(text):
        return text
    masked, kept = mask_code(text)
    converter = _Converter(note, first_line)
    converter.feed(_without_declarations(masked))
    converter.close()
    converted = "".join(converter.out)
    converted = re.sub(r"\n{3,}", "\n\n", converted)
    return unmask_code(converted, kept)
