"""Search finds what a facilitator types: titles first, any accents, words as typed, phrases, notes."""

from __future__ import annotations

import random

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.search.index import (
    KINDS,
    SearchIndex,
    parse_query,
)
from tests.conftest import PackWriter
from tests.unit.core.search_demo import demo_files


@pytest.fixture
def pack(write_pack: PackWriter) -> Pack:
    loaded = load_pack(write_pack(demo_files()))
    assert loaded.problems == []
    return loaded


@pytest.fixture
def index(pack: Pack) -> SearchIndex:
    index = SearchIndex(":memory:")
    assert index.build(pack)
    return index


def titles(index: SearchIndex, query: str, **options: object) -> list[str]:
    return [hit.title for hit in index.search(query, **options)]  # type: ignore[arg-type]


def test_every_page_is_indexed_with_its_kind(index: SearchIndex, pack: Pack) -> None:
    assert index.complete
    assert index.count() == len(list(pack.pages()))
    assert {hit.kind for hit in index.search("a")} <= set(KINDS)
    assert index.search("meetings", kind="module")[0].path == "course/01-meetings/_module.md"


def test_a_title_match_beats_a_body_match(index: SearchIndex) -> None:
    # "Quiet rooms" says "silence" six times in its body; the activity is called "Silence".
    found = titles(index, "silence")
    assert found[0] == "Silence"
    assert "Quiet rooms" in found


def test_case_and_accents_do_not_matter(index: SearchIndex) -> None:
    assert set(titles(index, "facilitación")) >= {"La facilitación", "Plain spelling"}
    assert set(titles(index, "FACILITACION")) >= {"La facilitación", "Plain spelling"}


def test_the_last_word_is_a_prefix_while_typing(index: SearchIndex) -> None:
    assert "La facilitación" in titles(index, "facilitat")  # facilitator
    assert titles(index, "facilitat ") == []  # a space ends the word: no such whole word
    assert "Shakedown" in titles(index, "sha")


def test_quotes_find_an_exact_phrase(index: SearchIndex) -> None:
    assert titles(index, '"learning circle"') == ["La facilitación"]
    # Both words, but not side by side: found without quotes only.
    assert "Plain spelling" in titles(index, "learning circle")


def test_all_words_first_then_any_word(index: SearchIndex) -> None:
    found = titles(index, "shake knit")
    assert set(found) == {"Shakedown", "Skills bingo"}  # nothing has both: either will do
    assert titles(index, "shake arm")[0] == "Shakedown"


def test_little_words_of_a_question_are_ignored(index: SearchIndex) -> None:
    assert titles(index, "what is an energizer")[0] == "Shakedown"  # its kind, from front matter
    assert titles(index, "the")  # a query of only little words still searches


def test_facts_from_front_matter_are_searchable(index: SearchIndex) -> None:
    assert titles(index, "icebreaker") == ["Skills bingo"]
    assert titles(index, "bingo cards") == ["Skills bingo"]
    assert "Shakedown" in titles(index, "energizer no materials")


def test_snippets_highlight_matches_and_are_html_safe(index: SearchIndex) -> None:
    hit = index.search("bold")[0]
    assert hit.title == "Markup"
    # Raw HTML in Markdown is shown as text, so it is escaped; only the highlight is markup.
    assert "Use &lt;b&gt;<b>bold</b>&lt;/b&gt; &amp; a link" in hit.snippet_html
    assert "Use <b>[bold]</b> & a link" in hit.snippet_text
    assert "example.org" not in hit.snippet_text  # link targets are not text
    assert titles(index, "whiteboard") == ["Markup"]  # a quiz's choices are
    assert titles(index, "answer") == []  # its YAML keys are not


def test_kind_filter_and_limit(index: SearchIndex) -> None:
    assert {hit.kind for hit in index.search("silence", kind="activity")} == {"activity"}
    assert len(index.search("a", limit=2)) == 2
    assert index.search("silence", limit=0) == []


def test_matching_ids_for_the_activity_library(index: SearchIndex) -> None:
    assert index.matching_ids("shake") == {"shakedown"}
    assert index.matching_ids("SILENCE minute") == {"silence"}
    assert index.matching_ids("") == set()
    assert index.matching_ids("facilitación", kind="lesson") == {"meetings/facilitation", "meetings/plain"}


NASTY = [
    "",
    " ",
    '"',
    '""',
    '"""',
    '" "',
    "*",
    "**",
    "a*",
    "*a",
    "-",
    "--",
    "-a",
    "a-",
    ":",
    "a:",
    ":a",
    "title:x",
    "{title}: x",
    "title : x",
    "^",
    "^a",
    "+",
    "a + b",
    "(",
    ")",
    "()",
    "(a",
    "a)",
    "((a))",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "OR a",
    "NOT a",
    "a OR OR b",
    "NEAR",
    "NEAR(",
    "NEAR(a b)",
    "NEAR(a b, 2)",
    "near/2",
    "\\",
    "'",
    "a'b",
    "'a'",
    '"unbalanced',
    'unbalanced"',
    '"a" "b',
    "%",
    "_",
    "%_%",
    "\x00",
    "a\x00b",
    "\ue000",
    "\ue001a",
    "😀",
    "a😀b",
    "ﬁ",
    "ǅ",
    "é" * 500,
    "x" * 10_000,
    " ".join(["a"] * 200),
    ",;.!?",
    "[",
    "]",
    "{",
    "}",
    "<b>",
    "&amp;",
    "c++",
    "#",
    "@",
    "~",
    "`",
    "|",
    "=",
    "$",
    "facilit*ation",
    "\u0301",
    "e\u0301",
]


@pytest.mark.parametrize("query", NASTY)
def test_odd_queries_never_raise(index: SearchIndex, query: str) -> None:
    index.search(query)
    index.search(query, kind="activity")
    index.matching_ids(query)


def test_random_junk_never_raises(index: SearchIndex) -> None:
    rng = random.Random(12)
    alphabet = "aeo\"*-:()^+{}[]NEAR ORANDNOT\\'é_%\x00"
    for _ in range(300):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        index.search(query)


def test_an_empty_query_finds_nothing(index: SearchIndex) -> None:
    for query in ("", "   ", '"', "*", "-", "()"):
        assert index.search(query) == []
        assert parse_query(query) == []


def test_query_parsing() -> None:
    assert parse_query("plan") == [parse_query("plan")[0]]
    assert [(t.text, t.prefix) for t in parse_query("learning circ")] == [("learning", False), ("circ", True)]
    assert [(t.text, t.prefix) for t in parse_query('"ask three" before')] == [("ask three", False), ("before", True)]
    assert [(t.text, t.prefix) for t in parse_query('before "ask three"')] == [("before", False), ("ask three", False)]
    assert [(t.text, t.prefix) for t in parse_query("check-in plus/delta ")] == [
        ("check in", False),
        ("plus delta", False),
    ]
    assert [t.text for t in parse_query('"open phrase')] == ["open", "phrase"]
    # Operators are plain words (each term is quoted for FTS5); punctuation joins a phrase.
    assert [t.text for t in parse_query("NEAR(a OR b)")] == ["NEAR a", "OR", "b"]
    assert [t.expression() for t in parse_query("NOT x*")] == ['"NOT"', '"x"*']


def test_journal_notes_are_found_after_saving(index: SearchIndex) -> None:
    index.update_note("demo", "meetings/quiet", "My note", "Bring the xylophone next week.")
    hit = index.search("xylophone")[0]
    assert (hit.kind, hit.item_id, hit.title) == ("note", "meetings/quiet", "My note")
    assert hit.path == "course/01-meetings/01-quiet.md"  # Enter opens the page the note is on
    index.update_note("demo", "meetings/quiet", "My note", "Bring the kazoo.")
    assert index.search("xylophone") == []
    assert [h.kind for h in index.search("kazoo")] == ["note"]
    assert index.search("kazoo", kind="lesson") == []
    index.remove_note("demo", "meetings/quiet")
    assert index.search("kazoo") == []


def test_notes_of_another_pack_or_empty_are_not_indexed(index: SearchIndex) -> None:
    index.update_note("other-pack", "x", "Elsewhere", "zeppelin")
    index.update_note("demo", "gone/page", "Lost", "   ")
    assert index.search("zeppelin") == [] and index.notes() == []
    index.replace_notes("demo", [("meetings/quiet", "A", "zeppelin"), ("missing", "B", "zeppelin too")])
    hits = index.search("zeppelin")
    assert sorted(h.path for h in hits) == ["", "course/01-meetings/01-quiet.md"]
