"""A word finds its other forms (icebreakers: icebreaker), the words as typed still come first, and typing still works."""

from __future__ import annotations

import random
import sys

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.search.index import SearchIndex
from handbook.core.search.query import highlighted_words
from handbook.core.search.stems import (
    MIN_STEMMED_LENGTH,
    fold,
    snowball_algorithm,
    stemmer_for,
    stemming_works,
)
from handbook.core.search.textfind import find_all
from tests.conftest import PackWriter
from tests.unit.core.search_demo import activity, lesson
from tests.unit.core.test_search import NASTY

ICEBREAKER_PAGE = "Warm-up games"


def english_files(language: str = "en") -> dict[str, str | bytes]:
    return {
        "pack.yaml": f"id: forms\ntitle: Forms\nversion: 1.0.0\nlanguage: {language}\n",
        "course/01-basics/_module.md": "---\ntitle: Basics\nsummary: Start here.\n---\nStart here.\n",
        "course/01-basics/01-warm-up.md": lesson(ICEBREAKER_PAGE, "Start with an icebreaker so people talk."),
        "course/01-basics/02-leading.md": lesson(
            "Leading", "A good facilitator asks questions. Facilitation takes practice."
        ),
        # The same words but one: a page says "meetings" three times, the other "meeting" once.
        "course/01-basics/03-plural.md": lesson("Notes one", "Notes on meetings, meetings and meetings of the term."),
        "course/01-basics/04-singular.md": lesson("Notes two", "Notes on the meeting of the term."),
        "course/01-basics/05-team.md": lesson("Team meetings", "Who comes and when."),
        "course/01-basics/06-first.md": lesson("The first meeting", "Who comes and when."),
        "course/01-basics/07-sky.md": lesson("Night sky", "The planet and the plant."),
        "course/01-basics/08-ahead.md": lesson("Ahead", "Planning ahead saves time."),
        "course/01-basics/09-tools.md": lesson("Tools", "We used the whiteboard."),
        "activities/bingo.md": activity("Skills bingo", "icebreaker", "Find someone who can knit."),
        "activities/shake.md": activity("Shake out", "energizer", "A quick energizer in four colours."),
    }


@pytest.fixture
def pack(write_pack: PackWriter) -> Pack:
    loaded = load_pack(write_pack(english_files()))
    assert loaded.problems == []
    return loaded


@pytest.fixture
def index(pack: Pack) -> SearchIndex:
    index = SearchIndex(":memory:")
    assert index.build(pack)
    return index


def titles(index: SearchIndex, query: str) -> list[str]:
    return [hit.title for hit in index.search(query)]


def test_a_plural_finds_the_singular_and_back(index: SearchIndex) -> None:
    assert ICEBREAKER_PAGE in titles(index, "icebreakers")  # the page only says "icebreaker"
    assert ICEBREAKER_PAGE in titles(index, "icebreakers ")  # also once the word is finished
    assert "Notes one" in titles(index, "meeting ")  # it only says "meetings"
    assert "Notes two" in titles(index, "meetings ")  # it only says "meeting"


def test_verb_forms_find_the_nouns(index: SearchIndex) -> None:
    assert "Leading" in titles(index, "facilitating")  # facilitator, facilitation
    assert "Leading" in titles(index, "facilitates how")
    assert "Ahead" in titles(index, "planned ")  # planning


def test_other_forms_are_real_words_not_any_word_with_the_stem_in_front(index: SearchIndex) -> None:
    assert "Ahead" in titles(index, "plan ")
    assert "Night sky" not in titles(index, "plan ")  # planet and plant are not forms of plan
    assert "Night sky" in titles(index, "plan")  # but while "plan" is being typed, they are shown


def test_the_words_as_typed_come_before_their_other_forms(index: SearchIndex) -> None:
    # In the title first: "Team meetings" has the word typed, "The first meeting" another form.
    assert titles(index, "meetings ")[:2] == ["Team meetings", "The first meeting"]
    assert titles(index, "meeting ")[:2] == ["The first meeting", "Team meetings"]
    # Then in the text: one "meeting" beats three "meetings" when "meeting" was typed, and back.
    assert titles(index, "meeting ")[2:] == ["Notes two", "Notes one"]
    assert titles(index, "meetings ")[2:] == ["Notes one", "Notes two"]


def test_a_title_with_another_form_still_beats_the_text(index: SearchIndex) -> None:
    found = titles(index, "meeting ")
    assert found.index("Team meetings") < found.index("Notes two")


def test_every_letter_typed_keeps_the_page_found(index: SearchIndex) -> None:
    word = "icebreakers"
    for end in range(1, len(word) + 1):
        assert ICEBREAKER_PAGE in titles(index, word[:end]), word[:end]
    for typed in ("facil", "facilitat", "facilitati", "facilitating"):
        assert "Leading" in titles(index, typed), typed


def test_short_words_are_searched_only_as_typed(index: SearchIndex) -> None:
    assert MIN_STEMMED_LENGTH == 4
    assert "Tools" not in titles(index, "use ")  # 3 letters: not stemmed, so not "used"
    assert "Tools" in titles(index, "uses ")  # 4 letters: "used" is another form


def test_quotes_keep_a_word_or_phrase_exact(index: SearchIndex) -> None:
    assert titles(index, '"icebreakers"') == []
    assert set(titles(index, '"icebreaker"')) == {ICEBREAKER_PAGE, "Skills bingo"}  # its kind is icebreaker
    assert titles(index, '"team meeting"') == []
    assert titles(index, '"team meetings"') == ["Team meetings"]


def test_all_words_in_any_form_first_then_any_word(index: SearchIndex) -> None:
    assert titles(index, "facilitators practising")[0] == "Leading"  # both words, other forms of each
    assert set(titles(index, "icebreakers knitting")) >= {ICEBREAKER_PAGE, "Skills bingo"}


def test_other_forms_are_highlighted_in_snippets_and_on_the_page(index: SearchIndex) -> None:
    hit = next(hit for hit in index.search("icebreakers") if hit.title == ICEBREAKER_PAGE)
    assert "[icebreaker]" in hit.snippet_text and "<b>icebreaker</b>" in hit.snippet_html
    terms = index.terms("icebreakers")
    assert terms[0].forms == ("icebreaker",)
    text = "Start with an Icebreaker so people talk. Icebreakers help."
    assert [text[a:b] for a, b in find_all(text, highlighted_words(terms))] == ["Icebreaker", "Icebreakers"]


def test_the_activity_library_filter_finds_other_forms(index: SearchIndex) -> None:
    assert index.matching_ids("icebreakers") == {"bingo"}
    assert index.matching_ids("knitting") == {"bingo"}


def test_a_new_note_s_words_are_found_in_other_forms(index: SearchIndex) -> None:
    index.update_note("forms", "basics/tools", "Mine", "Borrow the projector from the desk.")
    assert [hit.kind for hit in index.search("projectors")] == ["note"]
    assert [hit.kind for hit in index.search("borrowing")] == ["note"]


def test_spanish_words_find_their_other_forms(write_pack: PackWriter) -> None:
    files = {
        "pack.yaml": "id: es\ntitle: Guía\nversion: 1.0.0\nlanguage: es-MX\n",
        "course/01-inicio/_module.md": "---\ntitle: Inicio\nsummary: Para empezar.\n---\nPara empezar.\n",
        "course/01-inicio/01-primera.md": lesson("Primera sesión", "La reunión empieza a las seis."),
        "course/01-inicio/02-guia.md": lesson("Guía", "Notas para la facilitadora del círculo."),
    }
    with SearchIndex(":memory:") as index:
        index.build(load_pack(write_pack(files)))
        assert titles(index, "reuniones") == ["Primera sesión"]  # accent and plural
        assert titles(index, "facilitación") == ["Guía"]
        assert titles(index, "circulos") == ["Guía"]
        for query in NASTY:
            index.search(query)


def test_languages_and_their_stemmers() -> None:
    assert snowball_algorithm("en") == "english"
    assert snowball_algorithm("EN_us") == "english"
    assert snowball_algorithm("pt-BR") == "portuguese"
    assert snowball_algorithm("Spanish") == "spanish"  # written out in pack.yaml
    for unknown in ("", "und", "x-local", "?"):
        assert snowball_algorithm(unknown) == "english", unknown
    assert snowball_algorithm("zh-Hans") is None  # no Snowball stemmer: words as typed only
    assert stemmer_for("zh") is None
    spanish = stemmer_for("es")
    assert spanish is not None and spanish("reuniones") == spanish("reunion")
    assert stemming_works()
    assert fold("Facilitación") == "facilitacion"


def test_a_language_without_a_stemmer_finds_words_as_typed(write_pack: PackWriter) -> None:
    with SearchIndex(":memory:") as index:
        index.build(load_pack(write_pack(english_files(language="ja"))))
        assert set(titles(index, "icebreaker")) == {ICEBREAKER_PAGE, "Skills bingo"}
        assert titles(index, "icebreakers ") == []


# Odd queries, where word forms are looked up: every one searches, none raises.
ODD_WITH_FORMS = [
    "meetings*", "*meetings", '"meetings', 'meetings"', "meetings-", "-meetings", "meetings:", "title:meetings",
    "NEAR(meetings icebreakers)", "meetings OR", "OR meetings", "NOT meetings", "meetings AND facilitators",
    "(meetings)", "meetings^", "MEETINGS", "Meetíngs", "ﬁnding", "straße", "İCEBREAKERS", "icebreakers\x00",
    "icebreakers\ue000", "week3s", "4th meetings", "meetings" * 20, "é" * 70, "e\u0301tudes", "😀meetings",
    "meetings " * 40, "ǅemals", "plan/planning", "check-ins", "icebreakers'", "facilitator's", "%meetings_",
]  # fmt: skip


@pytest.mark.parametrize("query", NASTY + ODD_WITH_FORMS)
def test_odd_queries_never_raise(index: SearchIndex, query: str) -> None:
    index.search(query)
    index.search(query, kind="lesson")
    index.matching_ids(query)
    highlighted_words(index.terms(query))


def test_random_junk_with_words_that_have_forms_never_raises(index: SearchIndex) -> None:
    rng = random.Random(7)
    pieces = ["meetings", "icebreakers", "facilitating", "plans", "used", '"', "*", "-", ":", "(", ")", "^", "NEAR",
              "OR", "AND", "NOT", "é", "\x00", " ", "  ", "'", "_", "%"]  # fmt: skip
    for _ in range(300):
        index.search("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))))


def test_without_the_stemmer_library_words_are_found_as_typed(pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "snowballstemmer", None)  # as if it were not installed
    assert not stemming_works()  # the bundle's smoke test fails on this
    with SearchIndex(":memory:") as index:
        index.build(pack)
        assert titles(index, "icebreakers") == []
        assert ICEBREAKER_PAGE in titles(index, "icebreaker")


def test_british_and_american_spellings_find_each_other() -> None:
    from handbook.core.search.stems import english_spellings

    assert english_spellings("energiser") == ["energizer"]
    assert english_spellings("organization") == ["organisation"]
    assert english_spellings("colour") == ["color"] and english_spellings("color") == ["colour"]
    assert english_spellings("favourite") == ["favorite"]
    assert english_spellings("four") == [] and english_spellings("hours") == []  # never "for"


def test_a_british_spelling_finds_the_american_page_and_back(index: SearchIndex) -> None:
    assert "Shake out" in titles(index, "energisers ")
    assert "Shake out" in titles(index, "color ")
