"""Read a content file: UTF-8 text, YAML front matter between ``---`` lines, and a body."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handbook.core.content.limits import CONTENT_LIMITS, word_longer_than
from handbook.core.errors import ContentError
from handbook.core.i18n import format_number, translate

if TYPE_CHECKING:
    import yaml


@lru_cache(maxsize=1)
def _safe_loader() -> type[yaml.SafeLoader]:
    """The C loader is several times faster; both are "safe" loaders that build only plain types.

    YAML is imported on first use: a start-up that finds the pack in its cache never needs it.
    """
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


@dataclass
class SourceFile:
    """A content file split into its front matter and its body."""

    path: Path
    meta: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        """The line where ``key`` is set in the front matter, or line 1 when it is missing."""
        return self.key_lines.get(key, 1)


def read_text(path: Path, data: bytes | None = None, *, max_bytes: int = CONTENT_LIMITS.page_bytes) -> str:
    """A file's text, or a ContentError saying where the first non-UTF-8 byte is.

    ``data`` is the file's bytes when the caller already holds them (a pack just unpacked). The
    file must be a regular file of at most ``max_bytes``: a FIFO, a device or a link is refused
    without being read (see ``source_folder.read_regular_file``).
    """
    if data is None:
        # Imported here: a start-up that finds the pack in its cache reads no file.
        from handbook.core.content.source_folder import read_regular_file

        data = read_regular_file(path, max_bytes)
    elif len(data) > max_bytes:
        raise ContentError(
            path,
            None,
            translate(
                "content",
                "has {count} bytes; the most allowed is {limit}. Make it shorter or split it into several files.",
            ).format(count=format_number(len(data)), limit=format_number(max_bytes)),
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ContentError(
            path,
            line,
            translate("content", "is not UTF-8 text. Open it in a text editor and save it with the UTF-8 encoding."),
        ) from None


# Front matter never needs anchors or aliases, and aliases are how a few bytes of YAML become
# gigabytes ("billion laughs"): they are refused before anything is built. Depth and node count
# are capped too, so a document's cost is bounded by its size.
YAML_MAX_CHARS = 256 * 1024
YAML_MAX_DEPTH = 20
YAML_MAX_NODES = 20_000


def _check_yaml_shape(text: str, path: Path, first_line: int) -> None:
    """Refuse anchors, aliases, deep nesting and too many values, reading only YAML's events."""
    import yaml

    if len(text) > YAML_MAX_CHARS:
        raise ContentError(
            path,
            first_line,
            translate(
                "content",
                "the YAML is {count} characters long; the most allowed is {limit}. Move long text into the page.",
            ).format(count=format_number(len(text)), limit=format_number(YAML_MAX_CHARS)),
        )
    depth = 0
    nodes = 0
    for event in yaml.parse(text, Loader=_safe_loader()):
        line = _file_line(text, event.start_mark, first_line)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise ContentError(
                path,
                line,
                translate(
                    "content",
                    "YAML anchors and aliases ('&name', '*name') are not allowed here; write each value out in full.",
                ),
            )
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > YAML_MAX_DEPTH:
                raise ContentError(
                    path,
                    line,
                    translate(
                        "content", "the YAML is nested more than {limit} levels deep; use a flatter list."
                    ).format(limit=YAML_MAX_DEPTH),
                )
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            nodes += 1
            if nodes > YAML_MAX_NODES:
                raise ContentError(
                    path,
                    line,
                    translate(
                        "content", "the YAML holds more than {limit} values; split it into smaller files."
                    ).format(limit=format_number(YAML_MAX_NODES)),
                )


def _file_line(text: str, mark: Any, first_line: int) -> int:
    """The file's line (lines end at '\n') of a YAML mark.

    YAML also ends lines at NEL, LS and PS (U+0085, U+2028, U+2029), so its own line number can
    point past the end of the file: count the file's line breaks up to the mark's position instead.
    """
    if mark is None:
        return first_line
    index = getattr(mark, "index", None)
    if not isinstance(index, int) or index < 0:
        return first_line + int(mark.line)
    return first_line + text.count("\n", 0, index)


def _yaml_error(exc: Exception, path: Path, first_line: int, text: str) -> ContentError:
    import yaml

    # The context mark is where the broken construct began, which is the line to fix.
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    line = _file_line(text, mark, first_line)
    # YAML's own words for the problem ("mapping values are not allowed here") stay English: they come from
    # PyYAML, and say exactly where the reader stopped.
    problem = getattr(exc, "problem", None)
    if isinstance(exc, yaml.constructor.ConstructorError):
        message = translate(
            "content",
            "the YAML cannot be read ({problem}). YAML tags such as !!python/object are not allowed; "
            "use plain text, numbers and lists.",
        )
    elif problem:
        message = translate(
            "content",
            "the YAML cannot be read ({problem}). Check the indentation and put text that contains a colon in quotes.",
        )
    else:
        message = translate(
            "content",
            "the YAML cannot be read. Check the indentation and put text that contains a colon in quotes.",
        )
    return ContentError(path, line, message.format(problem=problem))


def parse_yaml(text: str, path: Path, first_line: int) -> Any:
    """YAML with only plain types and no aliases, bounded in size; errors point at the line in the file."""
    import yaml

    try:
        _check_yaml_shape(text, path, first_line)
        return yaml.load(text, Loader=_safe_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, path, first_line, text) from None
    except RecursionError:
        raise ContentError(
            path,
            first_line,
            translate("content", "the YAML is nested too deeply; use at most {limit} levels.").format(
                limit=YAML_MAX_DEPTH
            ),
        ) from None
    except ValueError:
        # Python refuses to turn a number of thousands of digits into an int (a denial of service).
        raise ContentError(
            path,
            first_line,
            translate("content", "the YAML holds a number too long to read; write it in quotes if it is text."),
        ) from None


# Most front matter is a few "key: value" lines. Those are read here directly, giving exactly
# what the YAML loader gives (its own resolver decides what a bare word means: "yes" is not text),
# and anything else (lists, nesting, comments, escapes, dates, ...) goes to the YAML loader.
# tests/unit/core/test_quick_paths.py compares the two on many tricky lines.
_STR_TAG = "tag:yaml.org,2002:str"


@lru_cache(maxsize=1)
def _simple_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a simple line, text that is not simple, a plain decimal), compiled on first use.

    Not at import: compiling them takes a few milliseconds that start-up should not pay.
    """
    simple_line = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,99}): +(?:\"([^\"\\]*)\"|'([^']*)'|([^\W_][^:#\t]*?)) *")
    # What YAML refuses, or reads as a line break (NEL, LS, PS): such text goes to the loader.
    not_simple = re.compile("[^\x09\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    decimal = re.compile(r"0|[1-9][0-9]{0,17}")
    return simple_line, not_simple, decimal


_INT_TAG = "tag:yaml.org,2002:int"


@lru_cache(maxsize=1)
def _plain_tag() -> Callable[[str], str]:
    """What the YAML loader makes of a bare (unquoted) word: the tag its resolver gives."""
    import yaml

    plain = yaml.resolver.Resolver()  # the resolver both the C and the Python safe loaders use

    @lru_cache(maxsize=1024)  # the same keys and words come back on every page
    def tag(value: str) -> str:
        return str(plain.resolve(yaml.ScalarNode, value, (True, False)))  # type: ignore[no-untyped-call]

    return tag


def simple_mapping(lines: list[str]) -> dict[str, Any] | None:
    """The front matter as the YAML loader reads it, when it is only simple "key: value" lines.

    None means "not that simple": use the YAML loader.
    """
    if not lines:
        return None
    simple_line, not_simple, decimal = _simple_patterns()
    text = "\n".join(lines)
    if not_simple.search(text):
        return None
    tag = _plain_tag()
    meta: dict[str, Any] = {}
    for line in lines:
        match = simple_line.fullmatch(line)
        if match is None:
            return None
        key, double, single, plain = match.groups()
        if tag(key) != _STR_TAG:
            return None
        value: Any
        if double is not None:
            value = double
        elif single is not None:
            value = single
        else:
            kind = tag(plain)
            if kind == _STR_TAG:
                value = plain
            elif kind == _INT_TAG and decimal.fullmatch(plain):
                value = int(plain)
            else:
                return None
        meta[key] = value
    return meta


def split_front_matter(text: str, path: Path) -> SourceFile:
    """Split a file's text into front matter (a mapping) and body."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return SourceFile(path, {}, text, 1)
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            break
    else:
        raise ContentError(
            path,
            1,
            translate("content", "the front matter starts with '---' but never ends; add a line '---' after it."),
        )
    front = lines[1:index]
    size = sum(len(line) + 1 for line in front)
    if size > CONTENT_LIMITS.front_matter_bytes:
        raise ContentError(
            path,
            2,
            translate(
                "content",
                "the front matter is {count} characters long; the most allowed is {limit}. "
                "Keep it to short facts and move long text into the page.",
            ).format(count=format_number(size), limit=format_number(CONTENT_LIMITS.front_matter_bytes)),
        )
    meta = simple_mapping(front)
    if meta is None:
        meta = parse_yaml("\n".join(front), path, first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError(
            path,
            2,
            translate("content", "the front matter must be a list of 'key: value' lines, like 'title: Welcome'."),
        )
    key_lines: dict[str, int] = {}
    for offset, line in enumerate(front):
        match = _KEY_LINE.match(line)
        if match:
            key_lines.setdefault(match.group(1), offset + 2)
    body = "\n".join(lines[index + 1 :])
    return SourceFile(path, meta, body, index + 2, key_lines)


def check_page_text(text: str, path: Path, first_line: int = 1) -> None:
    """A page's size, lines, longest word and number of '[' must fit CONTENT_LIMITS; else a ContentError.

    All are found before the Markdown is parsed, in linear time. ``first_line`` is the line of
    the file where ``text`` starts.
    """
    if len(text) > CONTENT_LIMITS.page_bytes:
        raise ContentError(
            path,
            None,
            translate("content", "has {count} characters; the most allowed is {limit}. Split it.").format(
                count=format_number(len(text)), limit=format_number(CONTENT_LIMITS.page_bytes)
            ),
        )
    lines = CONTENT_LIMITS.lines
    if text.count("\n") >= lines:
        raise ContentError(
            path,
            first_line + lines,
            translate("content", "the page has more than {limit} lines. Split it into several pages.").format(
                limit=format_number(lines)
            ),
        )
    brackets = CONTENT_LIMITS.brackets
    if text.count("[") > brackets:
        at = -1
        for _ in range(brackets + 1):
            at = text.find("[", at + 1)
        raise ContentError(
            path,
            first_line + text.count("\n", 0, at),
            translate(
                "content",
                "the page has more than {limit} '[' (links, pictures, footnotes, task boxes), and each takes time to "
                "read. Split it into several pages.",
            ).format(limit=format_number(brackets)),
        )
    limit = CONTENT_LIMITS.word_chars
    word = word_longer_than(text, limit)
    if word is not None:
        length = len(text[word:].split(None, 1)[0])
        raise ContentError(
            path,
            first_line + text.count("\n", 0, word),
            translate(
                "content",
                "has a word of {count} characters with no space in it; the most allowed is {limit}, as longer ones "
                "freeze the reader. Break it up with spaces.",
            ).format(count=format_number(length), limit=format_number(limit)),
        )


def read_source(path: Path, data: bytes | None = None) -> SourceFile:
    """A Markdown page split into front matter and body, within the page limits."""
    text = read_text(path, data)
    check_page_text(text, path)
    return split_front_matter(text, path)
