"""Find in page ignores case and accents, and maps matches back to the original text exactly."""

from __future__ import annotations

from handbook.core.search.textfind import Needle, find_all, find_spans, fold_char, utf16_positions


def found(text: str, needle: Needle) -> list[str]:
    return [text[start:end] for start, end in find_spans(text, needle)]


def test_folding() -> None:
    assert fold_char("É") == "e" and fold_char("ç") == "c" and fold_char("ß") == "ss"
    assert fold_char("A") == "a" and fold_char("-") == "-"


def test_case_and_accents_are_ignored_both_ways() -> None:
    text = "La Facilitación y la facilitacion."
    assert found(text, Needle("facilitacion")) == ["Facilitación", "facilitacion"]
    assert found(text, Needle("FACILITACIÓN")) == ["Facilitación", "facilitacion"]


def test_plain_find_matches_inside_words() -> None:
    assert found("Restart the start", Needle("start")) == ["start", "start"]


def test_whole_words_and_prefixes() -> None:
    text = "Restart: the start of starting."
    assert found(text, Needle("start", whole_words=True)) == ["start"]
    assert found(text, Needle("start", whole_words=True, prefix=True)) == ["start", "starting"]


def test_a_phrase_matches_across_punctuation_and_lines() -> None:
    text = "Use Plus/Delta, or plus\ndelta, or plus - delta."
    assert found(text, Needle("plus delta", whole_words=True)) == ["Plus/Delta", "plus\ndelta", "plus - delta"]


def test_expanding_and_decomposed_characters_map_back() -> None:
    text = "Die Straße und e\u0301te"
    assert found(text, Needle("strasse")) == ["Straße"]
    assert found(text, Needle("ete", whole_words=True)) == ["e\u0301te"]


def test_find_all_merges_and_sorts() -> None:
    text = "circle learning circle"
    spans = find_all(text, [Needle("circle", whole_words=True), Needle("learning circle", whole_words=True)])
    assert spans == [(0, 6), (7, 22)]
    assert find_all(text, [Needle("")]) == []


def test_utf16_positions() -> None:
    assert utf16_positions("plain") is None
    assert utf16_positions("a😀b") == [0, 1, 3, 4]
