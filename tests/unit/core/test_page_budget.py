"""The layout budget: a page's shape is measured in one pass, and only pages Qt would choke on go plain."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.content.loader import load_pack
from handbook.core.content.page_budget import LayoutBudget, layout_overrun, page_shape, plain_form
from handbook.core.content.pages import render_page
from handbook.core.resources import bundled_pack_dir


def test_the_shape_counts_nesting_items_and_unbroken_words() -> None:
    shape = page_shape(
        "<table><tr><td><table><tr><td>a</td></tr></table></td></tr></table>"
        "<ul><li>one</li><li>two</li></ul><p>ab<b>cd</b>ef gh</p><p>ijklmnopq</p>"
    )
    assert shape.table_depth == 2 and shape.list_items == 2
    assert shape.word_chars == 9  # "abcdef" runs across inline tags; a new paragraph starts a new word
    assert page_shape("<p>a" + "b" * 50 + "</p><p>" + "c" * 10 + "</p>").word_chars == 51


def test_overrun_names_what_is_too_much() -> None:
    budget = LayoutBudget(table_depth=2, list_items=3, word_chars=10, elements=50, chars=10_000)
    assert layout_overrun("<table><tr><td>" * 3, budget) == "boxes nested 3 deep (at most 2)"
    assert layout_overrun("<li>" * 4, budget) == "4 list items (at most 3)"
    assert layout_overrun("<p>" + "x" * 11 + "</p>", budget) == "a word of 11 characters (at most 10)"
    assert layout_overrun("<br/>" * 51, budget) == "51 elements (at most 50)"
    assert layout_overrun("x " * 5001, budget) == "10,002 characters (at most 10,000)"
    assert layout_overrun("<p>fine</p>", budget) is None


def test_every_page_of_the_bundled_course_keeps_its_layout() -> None:
    pack = load_pack(bundled_pack_dir())
    for page in pack.pages():
        assert layout_overrun(render_page(page, pack).html) is None, page.path


def test_the_plain_form_is_flat_escaped_text_with_the_notice() -> None:
    markup = "<h1>Title &amp; more</h1><table><tr><td><p>In a &lt;box&gt;</p></td></tr></table><p>" + "w" * 200 + "</p>"
    plain = plain_form(markup, "Shown plainly.")
    assert plain.startswith('<p class="plain-notice">Shown plainly.</p>')
    assert "<table" not in plain and "<p>Title &amp; more</p>" in plain and "<p>In a &lt;box&gt;</p>" in plain
    assert page_shape(plain).word_chars <= 80 and layout_overrun(plain) is None


@given(st.text(alphabet="<>/tablerdpi &;x\n", max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_markup_gives_a_shape_and_a_plain_form_within_budget(markup: str) -> None:
    shape = page_shape(markup)
    assert shape.chars == len(markup) and shape.table_depth >= 0
    plain = plain_form(markup, "n")
    assert layout_overrun(plain) is None
    assert set(re.findall(r"<(/?\w+)", plain)) <= {"p", "/p"}  # the page's own markup became text
