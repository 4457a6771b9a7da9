"""What the user typed, as FTS5 terms: words, phrases and a prefix, never FTS5 syntax."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from handbook.core.search.textfind import Needle

MAX_TERMS = 24
MAX_TERM_LENGTH = 64
_WORD = re.compile(r"[^\W_]+")
# A quoted phrase, a run of anything but quotes and spaces, or a quote with no partner.
_PIECE = re.compile(r'"([^"]*)"|[^"\s]+|"')
# Little words that only get in the way of "what to do when nobody talks" in an English pack.
# Not "no", "not" or "without": "an energizer with no materials" needs them.
ENGLISH_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "should",
        "so",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "this",
        "to",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    }
)


@dataclass(frozen=True)
class Term:
    """One word or phrase of a query.

    ``prefix``: also matches words that start with it (the word being typed). ``exact``: the
    user put it in quotes, so no other form of it is searched for. ``forms``: other words of
    the index with the same stem (icebreaker for icebreakers), matched as whole words.
    """

    text: str
    prefix: bool = False
    exact: bool = False
    forms: tuple[str, ...] = ()

    def expression(self) -> str:
        # Quoted, every term is a plain string to FTS5, even AND, OR, NOT or NEAR.
        typed = f'"{self.text}"' + ("*" if self.prefix else "")
        if not self.forms:
            return typed
        return "(" + " OR ".join([typed, *(f'"{form}"' for form in self.forms)]) + ")"

    def as_typed(self) -> Term:
        """The term without its other forms."""
        return Term(self.text, self.prefix, self.exact)

    def can_have_forms(self) -> bool:
        """A single word the user did not quote: its other forms may be searched for."""
        return not self.exact and " " not in self.text


def parse_query(query: str) -> list[Term]:
    """What the user typed as terms: words, "quoted phrases", the last word a prefix.

    Only letters and digits are kept, so no character can be FTS5 syntax; a word joined to
    another by punctuation (``check-in``, ``plus/delta``) is a phrase. The last term is a
    prefix while it is being typed (no space after it, no closing quote).
    """
    text = unicodedata.normalize("NFC", query)
    terms: list[Term] = []
    last_is_open = False
    for match in _PIECE.finditer(text):
        phrase = match.group(1)
        words = _WORD.findall(phrase if phrase is not None else match.group(0))
        words = [word[:MAX_TERM_LENGTH] for word in words]
        if words:
            terms.append(Term(" ".join(words), exact=phrase is not None))
            last_is_open = phrase is None and match.end() == len(text)
    terms = terms[:MAX_TERMS]
    if terms and last_is_open:
        terms[-1] = Term(terms[-1].text, prefix=True)
    return terms


def drop_stopwords(terms: list[Term], language: str) -> list[Term]:
    """Without the little words of an English query, unless nothing else is left."""
    if not language.lower().startswith("en"):
        return terms
    kept = [term for term in terms if term.text.lower() not in ENGLISH_STOPWORDS]
    return kept or terms


def match_expression(terms: Iterable[Term], *, any_term: bool = False) -> str:
    # FTS5 reads "a b" as a AND b, but not "(a OR b) (c OR d)": the AND is written out.
    return (" OR " if any_term else " AND ").join(term.expression() for term in terms)


def highlighted_words(terms: Iterable[Term]) -> list[Needle]:
    """What to highlight on a page opened from a search: each term as a whole word, and its forms."""
    needles: list[Needle] = []
    for term in terms:
        needles.append(Needle(term.text, whole_words=True, prefix=term.prefix))
        needles.extend(Needle(form, whole_words=True) for form in term.forms)
    return needles
