"""Search finds what a facilitator types: titles first, any accents, words as typed, phrases, notes."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.search.documents import page_document
from handbook.core.search.index import (
    KINDS,
    SearchError,
    SearchIndex,
    build_index,
    index_location,
    open_index,
    parse_query,
)
from tests.conftest import PackWriter

MODULE = "---\ntitle: Meetings\nsummary: How meetings go.\n---\nAn introduction to meetings.\n"


def lesson(title: str, body: str, minutes: int = 5) -> str:
    return f"---\ntitle: {title}\nminutes: {minutes}\nkind: read\n---\n{body}\n"


def activity(title: str, kind: str, body: str, materials: str = "[]") -> str:
    return f"---\ntitle: {title}\nkind: {kind}\nminutes: 5\nmaterials: {materials}\n---\n{body}\n"


def demo_files(version: str = "1.0.0") -> dict[str, str | bytes]:
    silence_body = " ".join(["When the room is quiet, silence is thinking time."] * 6)
    return {
        "pack.yaml": f"id: demo\ntitle: Demo\nversion: {version}\nlanguage: en\n",
        "course/01-meetings/_module.md": MODULE,
        "course/01-meetings/01-quiet.md": lesson("Quiet rooms", silence_body),
        "course/01-meetings/02-facilitation.md": lesson(
            "La facilitación", "Notes on facilitación, the work of a facilitator in a learning circle."
        ),
        "course/01-meetings/03-plain.md": lesson(
            "Plain spelling", "Facilitacion without accents, and the circle of learning in a library."
        ),
        "course/01-meetings/04-markup.md": lesson(
            "Markup",
            "Use <b>bold</b> & [a link](https://example.org) and `code` with care.\n\n```quiz\n"
            "question: Which tool?\nchoices: [Hammer, Whiteboard]\nanswer: 1\nexplanation: Markers too.\n```",
        ),
        "activities/silence.md": activity("Silence", "reflection", "Sit together for a minute."),
        "activities/shakedown.md": activity("Shakedown", "energizer", "Shake each arm and leg, counting down."),
        "activities/bingo.md": activity(
            "Skills bingo", "icebreaker", "Find someone who can knit.", "[bingo cards, pens]"
        ),
        "forms/sign-in-sheet.md": "---\ntitle: Sign-in sheet\n---\n| Name | Email |\n|---|---|\n| | |\n",
    }


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


# the index on disk


def test_the_index_is_built_once_and_reused(pack: Pack, tmp_path: Path) -> None:
    calls: list[int] = []
    with build_index(tmp_path, pack, progress=lambda done, total: calls.append(done)) as index:
        path = Path(index.path)
        assert index.complete and calls
    assert path == index_location(tmp_path, pack)
    assert path.parent == tmp_path / "search" / "demo" and path.name.startswith("1.0.0-")
    mtime = path.stat().st_mtime_ns
    calls.clear()
    with build_index(tmp_path, pack, progress=lambda done, total: calls.append(done)) as again:
        assert again.path == str(path) and again.complete
        assert again.search("shakedown")
    assert calls == []  # nothing was indexed again
    assert path.stat().st_mtime_ns == mtime


def test_a_new_pack_version_gets_a_new_index_and_keeps_the_notes(write_pack: PackWriter, tmp_path: Path) -> None:
    old_pack = load_pack(write_pack(demo_files("1.0.0")))
    with build_index(tmp_path, old_pack) as old:
        old.update_note("demo", "meetings/quiet", "Mine", "remember the zither")
        old_path = Path(old.path)
    files = demo_files("1.1.0")
    files["activities/shakedown.md"] = activity("Shakedown", "energizer", "Now with a tambourine.")
    new_pack = load_pack(write_pack(files))
    calls: list[int] = []
    with build_index(tmp_path, new_pack, progress=lambda done, total: calls.append(done)) as new:
        assert Path(new.path) != old_path and Path(new.path).name.startswith("1.1.0-")
        assert calls  # built anew
        assert titles(new, "tambourine") == ["Shakedown"]
        assert [h.kind for h in new.search("zither")] == ["note"]
    assert not old_path.exists()  # the old version's index is gone


def test_changed_content_with_the_same_version_is_indexed_again(write_pack: PackWriter, tmp_path: Path) -> None:
    first = load_pack(write_pack(demo_files()))
    files = demo_files()
    files["activities/silence.md"] = activity("Silence", "reflection", "Listen to the rain.")
    second = load_pack(write_pack(files))
    assert index_location(tmp_path, first) != index_location(tmp_path, second)
    with build_index(tmp_path, second) as index:
        assert titles(index, "rain") == ["Silence"]


def test_an_interrupted_build_is_searchable_and_resumes(pack: Pack, tmp_path: Path) -> None:
    batches: list[int] = []
    with open_index(tmp_path, pack) as index:
        # Stopped after the first batch, as if the app were closed: not complete, not lost.
        assert not index.build(
            pack, batch_size=3, progress=lambda d, t: batches.append(d), cancelled=lambda: bool(batches)
        )
        assert not index.complete and index.count() == 3
        assert index.search("meetings")  # searching works on what is there
    done: list[int] = []
    with open_index(tmp_path, pack) as index:
        assert not index.complete
        assert index.build(pack, batch_size=3, progress=lambda d, t: done.append(d))
        assert done[0] == 6  # carried on after the 3 already indexed
        assert index.complete and index.count() == len(list(pack.pages()))


def test_a_damaged_index_file_is_replaced(pack: Pack, tmp_path: Path) -> None:
    path = index_location(tmp_path, pack)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    with build_index(tmp_path, pack) as index:
        assert index.complete and titles(index, "shakedown") == ["Shakedown"]


def test_an_index_of_another_schema_is_rebuilt(pack: Pack, tmp_path: Path) -> None:
    with build_index(tmp_path, pack) as index:
        index.set_meta(schema="0")
        path = index.path
    with build_index(tmp_path, pack) as index:
        assert index.path == path and index.complete and index.meta("schema") != "0"


def test_an_unwritable_cache_falls_back_to_a_temporary_folder(
    pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with build_index(blocker / "cache", pack) as index:
        assert index.search("shakedown")
        assert Path(index.path).parent.parent == tmp_path / "tmp"


def test_two_connections_search_while_one_builds(pack: Pack, tmp_path: Path) -> None:
    with open_index(tmp_path, pack) as builder, SearchIndex(builder.path, create=False) as reader:
        seen: list[int] = []
        builder.build(pack, batch_size=2, progress=lambda d, t: seen.append(reader.count()))
        assert seen == sorted(seen) and seen[-1] == len(list(pack.pages()))
        assert reader.complete


def test_the_index_file_is_an_fts5_database_in_wal_mode(pack: Pack, tmp_path: Path) -> None:
    with build_index(tmp_path, pack) as index:
        path = index.path
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert dict(db.execute("SELECT key, value FROM meta"))["pack_id"] == "demo"
    finally:
        db.close()


def test_two_builders_at_once_never_index_a_page_twice(pack: Pack, tmp_path: Path) -> None:
    # The app and `handbook search` may both start on a new pack version at the same moment.
    with open_index(tmp_path, pack) as first, open_index(tmp_path, pack) as second:
        half = list(pack.pages())[:4]
        assert first.add_pages([page_document(p) for p in half]) == 4
        assert second.build(pack, batch_size=3)
        assert first.build(pack)
        assert second.count() == len(list(pack.pages()))


def test_opening_a_missing_index_to_search_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "odd name #1?.sqlite"
    with pytest.raises(SearchError):
        SearchIndex(missing, create=False)
    assert not missing.exists()
