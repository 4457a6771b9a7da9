"""Counts in plain English for messages: "1 error", "3 errors", never "error(s)"."""

from __future__ import annotations


def count(number: int, one: str, many: str | None = None) -> str:
    """``count(1, "error")`` is "1 error"; ``count(2, "error")`` is "2 errors".

    Give ``many`` when adding an "s" is wrong: ``count(2, "thing", "things")``.
    """
    word = one if number == 1 else (many if many is not None else one + "s")
    return f"{number} {word}"
