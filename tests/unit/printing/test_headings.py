"""Headings read by string work give what the old regular expression gave, without its cubic time."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.content.headings import atx_heading
from handbook.printing.markup import sections, split_title

OLD_PRINTING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@given(st.text(alphabet="# \tab\u00a0", max_size=20))
@settings(max_examples=400, deadline=None)
def test_the_same_headings_as_the_old_expression(line: str) -> None:
    old = OLD_PRINTING.match(line)
    assert atx_heading(line, allow_empty=True) == ((len(old.group(1)), old.group(2)) if old else None)


def test_a_heading_with_a_long_run_of_spaces_is_read_at_once() -> None:
    line = "## a" + " " * 200_000 + "x ##"  # 4,000 spaces took the old expression a minute
    assert atx_heading(line) == (2, "a" + " " * 200_000 + "x")
    assert [s.title for s in sections("Intro\n" + line + "\nText\n")] == ["", "a" + " " * 200_000 + "x"]
    assert split_title("# T" + " " * 200_000 + "x\nbody")[1] == "body"
