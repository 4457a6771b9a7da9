"""Hostile course pages that once took 40-60 s each to import: the work now grows with the text.

The Liquid and GitBook scans count the characters they look at (scan.Work): doubling the text at
most doubles that count, and it stays a small multiple of the text's length. The other former
culprits (reference links, HTML comments and unclosed attributes, long headings) are plain
regular expressions made linear or string work; each runs here on 500 kB, which took minutes
before the fix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from handbook.core.packs.importers.base import Importer, PageDraft, drop_title_heading
from handbook.core.packs.importers.course_in_a_box import CourseInABox
from handbook.core.packs.importers.gitbook import GitBook
from handbook.core.packs.importers.html import html_to_markdown
from handbook.core.packs.importers.scan import LineCounter, Work, replace_spans

SIZE = 500_000

SCANNED: dict[str, tuple[type[Importer], Callable[[int], str]]] = {
    "unclosed hints": (GitBook, lambda n: '{% hint style="info" %}x\n' * (n // 25)),
    "unclosed content-refs": (GitBook, lambda n: '{% content-ref url="a.md" %}\n' * (n // 29)),
    "Liquid {{ never closed": (CourseInABox, lambda n: "{{" * (n // 2)),
    "Liquid {% never closed": (CourseInABox, lambda n: "{%" * (n // 2)),
    "Liquid {%{% nameless": (CourseInABox, lambda n: "{%" * (n // 2) + "%}"),
    "unclosed raw blocks": (CourseInABox, lambda n: "{% raw %}" * (n // 9)),
    "include with a long word": (CourseInABox, lambda n: "{% include " + "a" * n + " %}"),
    "many closed tags": (CourseInABox, lambda n: "{% if a %}x{{ page.title }}\n" * (n // 28)),
}


def convert(importer_class: type[Importer], text: str, tmp_path: Path) -> tuple[str, int]:
    importer = importer_class(tmp_path, [])
    page = PageDraft(tmp_path / "page.md", "Page", text, 1, output="course/01-a/01-page.md")
    out = importer.markdown_for(page)
    return out, importer.work.chars


@pytest.mark.parametrize("case", sorted(SCANNED))
def test_scans_do_linear_work(case: str, tmp_path: Path) -> None:
    importer_class, make = SCANNED[case]
    half = make(SIZE // 2)
    full = make(SIZE)
    _, work_half = convert(importer_class, half, tmp_path)
    out, work_full = convert(importer_class, full, tmp_path)
    assert work_full <= 8 * len(full), f"{work_full:,} characters looked at for {len(full):,}"
    assert work_full <= 2.2 * max(work_half, 1), (work_half, work_full)
    assert len(out) <= 2 * len(full)  # and the output does not blow up either


@pytest.mark.parametrize(
    "text",
    [
        "[a\n" * (SIZE // 3),  # reference-link labels running over lines
        "[a]: <" + "x\n" * (SIZE // 2),
        "<div><!--" * (SIZE // 9),  # HTML comments never closed
        "<![CDATA[" * (SIZE // 9),
        "<a b='" * (SIZE // 6),  # attributes whose quotes never close
        '<img src="' * (SIZE // 10),
        "`a" * (SIZE // 2),
    ],
    ids=["brackets", "reference", "comments", "cdata", "quotes", "img-quotes", "backticks"],
)
def test_former_backtracking_inputs_finish(text: str, tmp_path: Path) -> None:
    for importer_class in (GitBook, CourseInABox):
        out, _ = convert(importer_class, text, tmp_path)
        assert len(out) <= 2 * len(text)


def test_a_heading_line_of_spaces_is_read_without_backtracking() -> None:
    line = "# a" + " " * SIZE + "x"
    assert drop_title_heading(line, "a" + " " * SIZE + "x") == ""
    assert drop_title_heading("# Title #\nbody", "title") == "\nbody"


def test_unclosed_html_is_kept_as_text() -> None:
    notes: list[tuple[int, str]] = []
    out = html_to_markdown(
        "Keep <b>this</b> and <a href='x.md>that\n<!-- open", lambda line, message: notes.append((line, message))
    )
    assert out.startswith("Keep **this** and ")
    assert "that" in out and "open" in out


def test_replace_spans_matches_a_lazy_regular_expression() -> None:
    import re

    pattern = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
    for text in ("{{a}} {{b}}", "{{ {{a}}", "{{a}}}}", "{{", "x}}{{y}}", "{{{{}}}}", "{{a\n}}b{{"):
        expected = pattern.sub(lambda m: f"<{m.group(1)}>", text)
        assert replace_spans(text, "{{", "}}", lambda s, i, e, t=text: f"<{t[i:e]}>", Work()) == expected, text


def test_line_counter_counts_each_newline_once() -> None:
    text = "a\nb\nc\nd"
    lines = LineCounter(text, 10)
    assert [lines.at(i) for i in (0, 2, 4, 6)] == [10, 11, 12, 13]
    assert lines.at(1) == 10  # going back counts again from the start


def test_notes_about_one_page_are_capped(tmp_path: Path) -> None:
    importer = CourseInABox(tmp_path, [])
    page = PageDraft(tmp_path / "page.md", "Page", "{% unknown %}\n" * 10_000, 1, output="course/01-a/01-page.md")
    importer.markdown_for(page)
    assert len(importer.notes) == 101 and "the rest are not listed" in importer.notes[-1].message
