"""Default file names save on Windows, the strictest system, and stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.filenames import MAX_NAME_CHARS, safe_file_name, windows_name_problem


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("Week 1 of 6: Getting started", "Week 1 of 6 - Getting started.pdf"),
        ("Learning circle: week 2/3?", "Learning circle - week 2-3.pdf"),
        ('The "plus-delta" <card>|*', "The 'plus-delta' -card.pdf"),
        ("notes. . ", "notes.pdf"),
        ("CON", "CON_.pdf"),
        ("nul.backup", "nul_.backup.pdf"),
        ("lpt1", "lpt1_.pdf"),
        ("COM¹", "COM¹_.pdf"),
        ("console", "console.pdf"),  # only the exact names are reserved
        ("", "handbook.pdf"),
        ("...", "handbook.pdf"),
        (".hidden", "hidden.pdf"),
        ("tab\there\nnew line", "tab here new line.pdf"),
        ("Café ñandú", "Café ñandú.pdf"),
    ],
)
def test_names_windows_would_refuse_are_made_safe(stem: str, expected: str) -> None:
    assert safe_file_name(stem, ".pdf") == expected
    assert windows_name_problem(expected) is None


def test_a_long_title_is_cut_and_keeps_its_suffix() -> None:
    name = safe_file_name("A very long title " * 20, ".hbpack")
    assert len(name) == MAX_NAME_CHARS and name.startswith("A very long title") and name.endswith(".hbpack")
    assert windows_name_problem(name) is None


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Week 1 of 6: Getting started.pdf", "contains ':'"),
        ("plan.pdf.", "ends in a space or a dot"),
        ("aux.txt", "is a reserved name"),
        ("a" * 256, "is longer than 255 characters"),
        ("", "is empty"),
    ],
)
def test_the_check_names_what_windows_refuses(name: str, problem: str) -> None:
    assert windows_name_problem(name) == problem


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["", ".pdf", ".json", ".hbpack", ".md"]))
def test_any_title_gives_a_name_every_system_accepts(stem: str, suffix: str) -> None:
    name = safe_file_name(stem, suffix)
    assert windows_name_problem(name) is None
    assert name.endswith(suffix) and len(name) > len(suffix)
    assert len(name) <= MAX_NAME_CHARS
    assert safe_file_name(name.removesuffix(suffix), suffix) == name  # a safe name stays as it is
