"""Case- and accent-insensitive finding of words in a page's plain text (for find-in-page).

The search index matches ``facilitacion`` to ``facilitación``; the reader's own find has to do
the same, or Enter on a search result would open a page and highlight nothing. So text and
needle are folded character by character (accents dropped, case folded) while remembering where
each folded character came from, and matches map back to spans of the original text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

Span = tuple[int, int]  # [start, end) in the original text


@dataclass(frozen=True)
class Needle:
    """What to look for. ``whole_words``: only at word starts, and at word ends unless ``prefix``."""

    text: str
    whole_words: bool = False
    prefix: bool = False


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character without accents and case: 'É' -> 'e', 'ß' -> 'ss', 'ø' stays 'ø'."""
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _is_word_char(char: str) -> bool:
    return char.isalnum()


@dataclass(frozen=True)
class FoldedText:
    """A text folded for finding; ``source[i]`` is the index in the original of folded char i."""

    text: str
    source: tuple[int, ...]
    original_length: int

    @classmethod
    def of(cls, text: str, *, words_only: bool = False) -> FoldedText:
        """Fold ``text``; with ``words_only`` every run of non-word characters becomes one space."""
        chars: list[str] = []
        source: list[int] = []
        in_gap = False
        for index, char in enumerate(text):
            folded = fold_char(char)
            if words_only and not _is_word_char(char):
                # Combining marks alone fold to nothing and are not gaps between words.
                if not folded:
                    continue
                if not in_gap:
                    chars.append(" ")
                    source.append(index)
                in_gap = True
                continue
            in_gap = False
            for piece in folded:
                chars.append(piece)
                source.append(index)
        return cls("".join(chars), tuple(source), len(text))

    def span(self, start: int, end: int) -> Span:
        """The original span of folded [start, end)."""
        return (self.source[start], self.source[end - 1] + 1)


def fold_needle(needle: Needle) -> str:
    folded = FoldedText.of(needle.text, words_only=needle.whole_words).text
    return folded.strip() if needle.whole_words else folded


def find_spans(text: str | FoldedText, needle: Needle) -> list[Span]:
    """Every non-overlapping match of ``needle`` in ``text``, in order, as original spans."""
    folded = text if isinstance(text, FoldedText) else FoldedText.of(text, words_only=needle.whole_words)
    target = fold_needle(needle)
    if not target:
        return []
    haystack = folded.text
    spans: list[Span] = []
    start = haystack.find(target)
    while start >= 0:
        end = start + len(target)
        if not needle.whole_words or _bounded(haystack, start, end, needle.prefix):
            while needle.prefix and end < len(haystack) and _is_word_char(haystack[end]):
                end += 1  # the whole word that starts with the prefix
            spans.append(folded.span(start, end))
            start = haystack.find(target, end)
        else:
            start = haystack.find(target, start + 1)
    return spans


def _bounded(haystack: str, start: int, end: int, prefix: bool) -> bool:
    if start > 0 and _is_word_char(haystack[start - 1]):
        return False
    return prefix or end >= len(haystack) or not _is_word_char(haystack[end])


def find_all(text: str, needles: Iterable[Needle]) -> list[Span]:
    """The matches of any of ``needles``, sorted, overlaps merged."""
    needles = list(needles)
    cache: dict[bool, FoldedText] = {}
    spans: list[Span] = []
    for needle in needles:
        if needle.whole_words not in cache:
            cache[needle.whole_words] = FoldedText.of(text, words_only=needle.whole_words)
        spans.extend(find_spans(cache[needle.whole_words], needle))
    return merge_spans(spans)


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def utf16_positions(text: str) -> list[int] | None:
    """For each index of ``text`` (and its end), the UTF-16 offset Qt uses; None if they agree."""
    if all(ord(char) < 0x10000 for char in text):
        return None
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) >= 0x10000 else 1))
    return positions
