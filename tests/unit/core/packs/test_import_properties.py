"""Property tests of the importers: any text converts without error, in linear work, with sane names.

Inputs are made of the pieces the importers react to (Liquid and GitBook tags, brackets, HTML),
so that Hypothesis finds the combinations a person would not think of. Bounded: the whole file
runs in a few seconds.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook.core.content.headings import atx_heading
from handbook.core.packs.errors import PackError
from handbook.core.packs.importers import import_course
from handbook.core.packs.importers.base import PageDraft
from handbook.core.packs.importers.course_in_a_box import CourseInABox
from handbook.core.packs.importers.gitbook import GitBook
from handbook.core.packs.importers.html import html_to_markdown
from handbook.core.packs.importers.scan import Work, replace_blocks, replace_spans

PIECES = [
    "{%", "%}", "{{", "}}", "-", " ", "\n", "a", "x.md", "'", '"', "=", "[", "]", "(", ")", "!", "<", ">", "/",
    "`", "#", "hint style=\"info\"", "endhint", "raw", "endraw", "comment", "endcomment", "include",
    "content-ref url=\"a.md\"", "endcontent-ref", "embed url=\"https://x\"", "page.title", "<!--", "-->",
    "<a href='", "<b>", "</b>", "<img src=\"", "<![CDATA[", "]:",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(TEXT)
@FAST
def test_any_page_converts_in_linear_work(tmp_path: Path, text: str) -> None:
    for importer_class in (GitBook, CourseInABox):
        importer = importer_class(tmp_path, [])
        page = PageDraft(tmp_path / "page.md", "Page", text, 3, output="course/01-a/01-page.md")
        out = importer.markdown_for(page)
        assert len(out) <= 4 * len(text) + 200
        assert importer.work.chars <= 8 * len(text) + 8
        last = 3 + text.count("\n")
        assert all(3 <= (note.line or 3) <= last for note in importer.notes), importer.notes


@given(TEXT)
@FAST
def test_html_conversion_never_fails_and_plain_text_passes_unchanged(text: str) -> None:
    html_to_markdown(text, lambda line, message: None)
    plain = re.sub(r"[<>&`]", "", text)
    assert html_to_markdown(plain, lambda line, message: None) == plain


SPAN_TEXT = st.text(alphabet="{}%ab\n", max_size=40)


@given(SPAN_TEXT)
@settings(max_examples=300, deadline=None)
def test_replace_spans_is_the_lazy_expression(text: str) -> None:
    expected = re.sub(r"\{\{(.*?)\}\}", lambda m: f"<{m.group(1)}>", text, flags=re.DOTALL)
    assert replace_spans(text, "{{", "}}", lambda s, i, e: f"<{text[i:e]}>", Work()) == expected


@given(
    st.lists(st.sampled_from(["{% a %}", "{% b %}", "{% enda %}", "{% endb %}", "x", "\n"]), max_size=30).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_replace_blocks_is_the_lazy_expression_with_a_back_reference(text: str) -> None:
    expected = re.sub(
        r"\{% (a|b) %\}(.*?)\{% end\1 %\}", lambda m: f"<{m.group(1)}:{m.group(2)}>", text, flags=re.DOTALL
    )
    closers = {name: re.compile(rf"\{{% end{name} %\}}") for name in "ab"}
    found = replace_blocks(
        text, re.compile(r"\{% (a|b) %\}"), lambda m: closers[m.group(1)],
        lambda m, inner_end, end: f"<{m.group(1)}:{text[m.end():inner_end]}>", Work(),
    )  # fmt: skip
    assert found == expected


@given(st.text(alphabet="# \tab", max_size=20))
@settings(max_examples=300, deadline=None)
def test_headings_are_read_as_the_old_expression_read_them(line: str) -> None:
    old = re.match(r"^(#{1,6})\s+(.+?)\s*#*\s*$", line)
    new = atx_heading(line)
    if old is None:
        assert new is None
    elif new is not None:  # the old one kept a lone '#' as a title ('# #'); an empty title is no heading
        assert new == (len(old.group(1)), old.group(2).strip())


TITLES = st.text(alphabet=st.sampled_from([*"aé Z-#*[]()/.:\\%\n", "\u202e", "\x00"]), min_size=0, max_size=80)


@given(st.lists(st.tuples(TITLES, st.integers(0, 5)), min_size=1, max_size=12))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_table_of_contents_imports_into_short_unique_names(
    tmp_path_factory: object, entries: list[tuple[str, int]]
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "book"
        root.mkdir()
        lines = []
        for title, page in entries:
            (root / f"p{page}.md").write_text(f"Page {page}.\n", encoding="utf-8")
            clean = title.replace("\n", " ").replace("]", "").replace("[", "")
            lines.append(f"* [{clean}](p{page}.md)")
        (root / "SUMMARY.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            result = import_course(root, Path(folder) / "pack")
        except PackError as exc:
            assert str(exc)  # a refusal says why
            return
        files = [p for p in (Path(folder) / "pack").rglob("*") if p.is_file()]
        names = [p.relative_to(Path(folder) / "pack").as_posix() for p in files]
        assert len({n.casefold() for n in names}) == len(names)
        assert all(len(part) <= 80 and re.fullmatch(r"[a-z0-9._-]+", part) for n in names for part in n.split("/"))
        sources = {page for _title, page in entries}
        lessons = list(result.validation.pack.lessons())
        assert len(lessons) <= len(sources)  # each page once
        for lesson in lessons:  # titles are single, clean lines that front matter accepts
            assert lesson.title and len(lesson.title) <= 200
            assert not re.search("[\x00-\x1f\u202e]", lesson.title)
