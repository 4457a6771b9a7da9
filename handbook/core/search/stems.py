"""Other forms of a searched word (icebreakers -> icebreaker), from a Snowball stemmer and the index's own words.

The index keeps words as they are written (``unicode61``, no stemmer), because typing as you go
needs prefixes of real words: a half-typed word's stem is no prefix of the full word's stem.
Forms are found at query time instead: the index's vocabulary (FTS5's ``fts5vocab``) is read
for the words that start like the stem, and those whose stem is the same are searched for too.
So "icebreakers" finds "icebreaker" and "plan" finds "planning", but "plan" does not find
"planet", as searching for the stem as a prefix would.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable

# Shorter words are searched only as typed: their stems say too little ("us", "use", "used").
MIN_STEMMED_LENGTH = 4
# Enough for any real word's forms; a bound on what a query can cost on a huge vocabulary.
MAX_CANDIDATES = 500
MAX_FORMS = 16
# Snowball's algorithms by the language subtag of BCP 47 (pack.yaml's ``language``).
SNOWBALL_LANGUAGES = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "eo": "esperanto", "es": "spanish", "et": "estonian", "eu": "basque", "fa": "persian",
    "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "nb": "norwegian", "ne": "nepali", "nl": "dutch",
    "nn": "norwegian", "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sr": "serbian", "st": "sesotho", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
DEFAULT_LANGUAGE = "en"
_ALGORITHMS = frozenset(SNOWBALL_LANGUAGES.values())

Stemmer = Callable[[str], str]


def snowball_algorithm(language: str) -> str | None:
    """Snowball's name for ``language`` ('pt-BR' -> 'portuguese', 'Spanish' -> 'spanish').

    English when the language is not given or not a language code ('', 'und', 'x-local').
    None for a language Snowball has no stemmer for ('zh', 'ja'): its words are then searched
    only as typed, since an English stemmer would cut another language's endings wrongly.
    """
    subtag = language.strip().replace("_", "-").split("-", 1)[0].lower()
    if subtag in SNOWBALL_LANGUAGES:
        return SNOWBALL_LANGUAGES[subtag]
    if subtag in _ALGORITHMS:  # the language's English name, as a person might write it
        return subtag
    if subtag == "und" or not (subtag.isascii() and subtag.isalpha() and 2 <= len(subtag) <= 3):
        return SNOWBALL_LANGUAGES[DEFAULT_LANGUAGE]
    return None


def stemmer_for(language: str) -> Stemmer | None:
    """A new stemmer for ``language``, or None (no algorithm, or the library is missing).

    Each call gives a stemmer of its own: a Snowball stemmer keeps state while it works, so it
    must not be shared between threads. Without the library, search still finds words as typed.
    """
    algorithm = snowball_algorithm(language)
    if algorithm is None:
        return None
    try:
        import snowballstemmer  # on the first search, not at start
    except ImportError:
        return None
    try:
        stemmer = snowballstemmer.stemmer(algorithm)
    except KeyError:  # an older release without this language
        return None
    stem: Stemmer = stemmer.stemWord
    return stem


def stemming_works() -> bool:
    """True when the stemmer library is there and stems English (for the bundle's smoke test)."""
    stem = stemmer_for("en")
    return stem is not None and stem("icebreakers") == stem("icebreaker")


def fold(word: str) -> str:
    """``word`` as the index's tokenizer keeps it: lower case, accents removed."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


_ISE = re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|er|ers|ation|ations)$")
_IZE = re.compile(r"(?<=[a-z]{2})iz(e|es|ed|ing|er|ers|ation|ations)$")


def english_spellings(word: str) -> list[str]:
    """The other spelling of a British or American word: organise/organize, colour/color.

    Only the regular endings, and "our" only inside longer words, so "four" is never "for".
    """
    variants = [_ISE.sub(r"iz\1", word), _IZE.sub(r"is\1", word)]
    if len(word) >= 6:
        variants.append(word[:1] + word[1:].replace("our", "or", 1))
    if len(word) >= 5 and "our" not in word:
        variants.append(re.sub(r"(?<=[a-z]{3})or(s|ed|ing|ite|ites|able)?$", r"our\1", word))
    return [variant for variant in dict.fromkeys(variants) if variant != word]


def _scan_start(stem: str) -> str:
    # A stem may end otherwise than its words do (a final y becomes i; hope: hoping), so the vocabulary is
    # read from one letter shorter, and every word found there is stemmed to be sure. A stem of 3
    # letters is read whole (for "using": use, used, uses), not from "us", which starts hundreds of words.
    return stem[: max(3, len(stem) - 1)]


class WordForms:
    """The words of one index that share a word's stem. Use it on the connection's own thread."""

    def __init__(self, db: sqlite3.Connection, language: str) -> None:
        self.db = db
        self.language = language
        self._stemmer: Stemmer | None = None
        self._stemmer_loaded = False
        self._stems: dict[str, str] = {}
        self._has_vocabulary = False

    @property
    def stemmer(self) -> Stemmer | None:
        if not self._stemmer_loaded:
            self._stemmer = stemmer_for(self.language)
            self._stemmer_loaded = True
        return self._stemmer

    def stem(self, word: str) -> str:
        """The stem of a folded word; the word itself when there is no stemmer."""
        stem = self._stems.get(word)
        if stem is None:
            stemmer = self.stemmer
            stem = stemmer(word) if stemmer is not None else word
            if len(self._stems) > 50_000:  # a bound, for an app left open for weeks
                self._stems.clear()
            self._stems[word] = stem
        return stem

    def of(self, word: str) -> tuple[str, ...]:
        """Other words in the index with the stem of ``word``, shortest first; () if too short or none.

        ``word`` itself (folded) is not among them: it is searched for anyway. In English the
        British and American spellings count as forms of each other (energiser, energizer).
        """
        folded = fold(word)
        if len(folded) < MIN_STEMMED_LENGTH or not folded.isalpha() or self.stemmer is None:
            return ()
        spellings = [folded]
        if snowball_algorithm(self.language) == "english":
            spellings += english_spellings(folded)
        found: set[str] = set()
        for spelling in spellings:
            stem = self.stem(spelling)
            found.update(
                candidate
                for candidate in self._words_starting_with(_scan_start(stem))
                # Letters only, as the word itself: so no form can ever be FTS5 syntax either.
                if candidate.isalpha() and self.stem(candidate) == stem
            )
        found.discard(folded)
        forms = sorted(found, key=lambda form: (len(form), form))
        return tuple(forms[:MAX_FORMS])

    def _words_starting_with(self, start: str) -> list[str]:
        if not self._has_vocabulary:
            # A temporary table of this connection: nothing is added to the index file.
            self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed_words USING fts5vocab(main, docs, row)")
            self._has_vocabulary = True
        rows = self.db.execute(
            "SELECT term FROM temp.indexed_words WHERE term >= ? AND term < ? LIMIT ?",
            (start, start + "\U0010ffff", MAX_CANDIDATES),
        )
        return [str(row[0]) for row in rows]
