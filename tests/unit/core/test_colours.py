"""Every text colour of the reader reads on every box it can sit in, in every theme (WCAG 2.1 AA)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.colours import THEMES, contrast, fill_style_sheet, reader_colours
from handbook.core.resources import read_resource_text

RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def used_colours(css: str) -> tuple[set[str], set[str], set[str]]:
    """Text colours, background colours and border colours that the filled stylesheet uses."""
    texts, backgrounds, borders = set(), set(), set()
    for _selectors, body in RULE.findall(re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        for prop, value in (d.split(":", 1) for d in body.split(";") if ":" in d):
            found = re.findall(r"#[0-9a-fA-F]{6}", value)
            prop = prop.strip()
            if prop == "color":
                texts.update(found)
            elif prop == "background-color":
                backgrounds.update(found)
            elif prop.startswith("border"):
                borders.update(found)
    return texts, backgrounds, borders


def check_sheet(css: str, page: str) -> list[str]:
    texts, backgrounds, borders = used_colours(css)
    backgrounds.add(page)
    problems = [
        f"text {fg} on {bg}: {contrast(fg, bg):.2f}:1" for fg in texts for bg in backgrounds if contrast(fg, bg) < 4.5
    ]
    problems += [
        f"outline {line} on {page}: {contrast(line, page):.2f}:1" for line in borders if contrast(line, page) < 3.0
    ]
    return problems


def test_contrast_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_reads_on_every_background_of_each_theme(theme: str) -> None:
    template = read_resource_text("style", "reader.css")
    colours = reader_colours(theme)
    css = fill_style_sheet(template, colours)
    texts, backgrounds, borders = used_colours(css)
    # The sheet really uses its colours: headings, links, quiz feedback, boxes and outlines.
    assert {colours[name] for name in ("text", "heading", "link", "broken", "meta", "good", "bad", "warn")} <= texts
    assert {colours[name] for name in ("box_info", "box_tip", "box_warn", "box_good", "code", "th")} <= backgrounds
    assert colours["border"] in borders
    assert check_sheet(css, colours["page"]) == []


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_fixed_themes_need_no_correction(theme: str) -> None:
    """The hand-picked colours already pass: the safety net in reader_colours only serves odd system palettes."""
    from handbook.core.colours import FIXED

    assert reader_colours(theme) == FIXED[theme]


def test_the_dark_theme_is_dark_and_high_contrast_is_black_and_white() -> None:
    assert contrast(reader_colours("dark")["page"], "#000000") < 2
    hc = reader_colours("high-contrast")
    assert contrast(hc["text"], hc["page"]) == pytest.approx(21.0)


hex_colours = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")


@settings(max_examples=60, deadline=None)
@given(page=hex_colours, text=hex_colours, link=hex_colours)
def test_any_system_palette_gives_a_readable_page(page: str, text: str, link: str) -> None:
    """Whatever the computer's colours (a grey page, a faint link), the page that results reads."""
    colours = reader_colours("system", page=page, text=text, link=link)
    assert colours["page"] == page
    css = fill_style_sheet(read_resource_text("style", "reader.css"), colours)
    assert check_sheet(css, page) == []
