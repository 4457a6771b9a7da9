"""Property-based fuzzing of the front matter reader, the Markdown renderer and the loader.

Inputs are built from the pieces that break parsers (YAML anchors, tags, brackets, deep
nesting, control characters, raw HTML, dangerous links, quiz fences, task boxes), so every
example is near an edge. Each run is bounded by ``max_examples``; none depends on timing.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.tasklists import tasklists_plugin as upstream_tasklists

from handbook.core.content.front_fields import FieldReader
from handbook.core.content.frontmatter import split_front_matter
from handbook.core.content.limits import CONTENT_LIMITS, ContentLimits
from handbook.core.content.render import _parser, render_markdown
from handbook.core.content.render_checks import may_break_caps, structure_problems, tasklists_plugin
from handbook.core.content.validate import validate_pack
from handbook.core.errors import ContentError, Problem

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOURCE = Path("/packs/fuzz/course/01-m/01-page.md")

YAML_PIECES = [
    "title: ",
    "minutes: ",
    "kind: ",
    "objectives: ",
    "id: ",
    "\n",
    "  ",
    "- ",
    ": ",
    "&a ",
    "*a",
    "&b [*a, *a]",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    '"',
    "\\e",
    "\\n",
    "!!python/object:os.system ",
    "!!binary ",
    "~",
    "null",
    "yes",
    "1e400",
    "9" * 30,
    "#",
    "|\n",
    ">\n",
    "---",
    "...",
    "%YAML 1.1\n",
    "<<: ",
    "? ",
    "\x1b[2J",
    "\u2028",
    "\t",
    "read",
    "quiz",
    "x" * 300,
    "[[[[[[[[[[",
    "]]]]]]]]]]",
    "-1",
    "0x1F",
]
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6)), max_size=40).map("".join)

MD_PIECES = [
    "\n",
    "\n\n",
    "  ",
    "    ",
    "# ",
    "## ",
    "- ",
    "* ",
    "1. ",
    "> ",
    "- [ ] ",
    "- [x] ",
    '!!! note "T"\n    ',
    "!!! danger\n",
    "```quiz\nquestion: Q\nchoices: [a, b]\nanswer: 1\n```\n",
    "```quiz\nchoices: &x [a]\n```\n",
    "```\n",
    "~~~\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "[link](",
    "](",
    "[",
    "]",
    "(",
    ")",
    "![img](",
    "javascript:alert(1)",
    "JaVaScRiPt:x",
    "file:///etc/passwd",
    "data:text/html,x",
    "../../../etc",
    "%2e%2e/",
    "media/a.png",
    "https://example.org/",
    "<script>alert(1)</script>",
    "<SCRIPT>",
    "<img src=x onerror=y>",
    "<a href='javascript:x'>",
    "&lt;",
    "&#60;script",
    "[^1]",
    "[^1]: note\n",
    "*",
    "_",
    "`",
    "\\",
    "word ",
    "\x1b[31m",
    "\u202e",
    "\x00",
    "<",
    ">",
    '"',
    "'",
    "#anchor",
]
markdown_text = st.lists(st.one_of(st.sampled_from(MD_PIECES), st.text(max_size=4)), max_size=60).map("".join)

# Attributes of real tags: raw "<" never reaches the HTML from the text (it is escaped).
_HREF = re.compile(r"""<[^<>]*?\b(href|src)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_SAFE_HREF = re.compile(r"^(page:|task:\d+$|answer:\d+$|https?://|#)")


def _one_line(problem: Problem) -> None:
    text = problem.format()
    assert "\n" not in text and "\x1b" not in text and "\r" not in text


@FUZZ
@given(front=yaml_text, body=st.text(max_size=80))
@example(front="\u2028\u20280\u2028title: ", body="")  # YAML's own line breaks: the line must be the file's
def test_front_matter_gives_a_mapping_or_a_content_error_naming_the_file(front: str, body: str) -> None:
    text = f"---\n{front}\n---\n{body}"
    lines = text.count("\n") + 1
    try:
        source = split_front_matter(text, SOURCE)
    except ContentError as exc:
        assert exc.path == SOURCE
        assert exc.line is None or 1 <= exc.line <= lines
        _one_line(exc.problem)
        return
    assert isinstance(source.meta, dict)
    problems: list[Problem] = []
    fields = FieldReader(source, problems)
    title = fields.text("title")
    fields.text("summary", required=False, long=True)
    fields.whole_number("minutes")
    fields.choice("kind", ("read", "quiz"), default="read")
    objectives = fields.text_list("objectives")
    fields.number_range("group", required=False)
    fields.unknown_keys(("title", "minutes", "kind", "objectives"))
    assert len(title) <= CONTENT_LIMITS.short_value_chars and "\x1b" not in title
    assert len(objectives) <= CONTENT_LIMITS.list_values
    for problem in problems:
        assert problem.path == SOURCE and problem.line is not None and 1 <= problem.line <= lines
        _one_line(problem)
        assert len(problem.message) < 400  # an excerpt of a value, never all of it


@FUZZ
@given(text=markdown_text)
def test_rendered_html_has_no_script_and_only_safe_links(text: str) -> None:
    result = render_markdown(text, page_path="course/01-m/01-page.md", first_line=7, source=SOURCE)
    lowered = result.html.lower()
    assert "<script" not in lowered and "<img src=x" not in lowered and "\x00" not in result.html
    for attribute, value in _HREF.findall(result.html):
        if attribute.lower() == "href":
            assert _SAFE_HREF.match(value), value
        else:  # an image: a path inside the pack, nothing else
            assert value and ":" not in value and not value.startswith("/") and ".." not in value.split("/"), value
    last = 7 + text.count("\n") + 1
    for problem in result.problems:
        assert problem.path == SOURCE and problem.line is not None and 7 <= problem.line <= last
        _one_line(problem)
    assert [task.index for task in result.tasks] == list(range(len(result.tasks)))
    assert len(result.quizzes) <= CONTENT_LIMITS.quizzes


NESTING_PIECES = [
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    ">",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "x",
    "| a |\n|---|\n",
    "!!! note\n",
]
SMALL = ContentLimits(nesting=3, list_items=5, boxes=1, quizzes=1)


@FUZZ
@given(text=st.lists(st.sampled_from(NESTING_PIECES), max_size=50).map("".join))
def test_the_quick_look_never_clears_a_page_that_breaks_a_cap(text: str) -> None:
    """validate skips the full parse when may_break_caps says no: it must never be wrong."""
    if not may_break_caps(text, SMALL):
        assert structure_problems(_parser().parse(text), SOURCE, 1, SMALL) == []


TASK_PIECES = ["- ", "* ", "1. ", "  ", "    ", "\n", "\n\n", "[ ] ", "[x] ", "[X] ", "text", "> ", "**b** ", "[l](u) "]


@FUZZ
@given(text=st.lists(st.sampled_from(TASK_PIECES), max_size=40).map("".join))
def test_task_lists_come_out_as_the_upstream_plugin_makes_them(text: str) -> None:
    # Upstream gives an empty box when "[ ]" is followed by a line break rather than a space.
    assume(not re.search(r"\[[ xX]\]\n", text))
    ours = MarkdownIt("commonmark").use(tasklists_plugin).render(text)
    theirs = MarkdownIt("commonmark").use(upstream_tasklists).render(text)
    assert ours == theirs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pack_yaml=yaml_text,
    front=yaml_text,
    body=markdown_text,
    raw=st.binary(max_size=40),
    name=st.sampled_from(["02-page.md", "02 page.md", "02-page.MD", "_02.md", "02-p\u00e9.md", ".hidden.md"]),
)
def test_the_loader_reports_problems_in_the_pack_and_never_raises(
    pack_yaml: str, front: str, body: str, raw: bytes, name: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "pack"
        module = root / "course" / "01-m"
        module.mkdir(parents=True)
        (root / "pack.yaml").write_text("id: fuzz\ntitle: Fuzz\nversion: 1.0.0\n" + pack_yaml, encoding="utf-8")
        (module / "_module.md").write_text("---\ntitle: M\n---\nIntro.\n", encoding="utf-8")
        (module / "01-page.md").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
        (module / name).write_bytes(raw)
        report = validate_pack(root)
        for problem in report.problems:
            assert problem.path == root or root in problem.path.parents
            _one_line(problem)
        if not report.errors:
            assert report.pack.info.id == "fuzz"
