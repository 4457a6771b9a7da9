"""Which languages the printouts can be in, the one chosen by default, and which planner changes carry over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import AgendaItem, Pack, PackInfo
from handbook.core.content.print_languages import PrintLanguage, default_print_language, print_languages
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey, MeetingEdit, build_meetings, edit_key
from handbook.core.planning.translated_plans import changed_agendas, paired_edits, plan_twins, translated_meetings
from handbook.core.resources import bundled_translations
from tests.conftest import REPO

CIRCLE = CircleDetails("Python", "Room 2", ("Ana",), dt.date(2027, 3, 2), "", dt.time(18, 0), 6, 90)


@pytest.fixture(scope="module")
def packs() -> tuple[Pack, Pack]:
    return load_pack(REPO / "content"), load_pack(REPO / "content-es")


def test_the_built_in_course_can_be_printed_in_english_and_spanish(packs: tuple[Pack, Pack]) -> None:
    choices = print_languages(packs[0].info, bundled_translations())
    assert [(choice.code, choice.name) for choice in choices] == [("en", "English"), ("es", "Español")]
    assert choices[0].folder is None and choices[1].folder == REPO / "content-es"


def test_another_course_is_not_offered_the_built_in_courses_translation(tmp_path: Path) -> None:
    """The Spanish forms were written for the built-in course; a trainer's own course prints in its own language."""
    trainer = PackInfo(id="knitting-circle", title="Knitting", version="1.0.0", language="en")
    assert [choice.code for choice in print_languages(trainer, bundled_translations())] == ["en"]
    spanish_course = PackInfo(id="learning-circles", title="Círculos", version="1.0.0", language="es-MX")
    assert [choice.code for choice in print_languages(spanish_course, bundled_translations())] == ["es"]


def test_a_damaged_translation_is_not_offered(tmp_path: Path) -> None:
    course = PackInfo(id="learning-circles", title="Course", version="1.0.0", language="en")
    (tmp_path / "content-fr").mkdir()
    (tmp_path / "content-fr" / "pack.yaml").write_bytes(b"id: [learning-circles-fr\n\xff")
    (tmp_path / "content-pt").mkdir()
    (tmp_path / "content-pt" / "pack.yaml").write_text("id: learning-circles-pt\n", encoding="utf-8")
    shipped = {"fr": tmp_path / "content-fr", "pt": tmp_path / "content-pt", "de": tmp_path / "missing"}
    assert [(c.code, c.name) for c in print_languages(course, shipped)] == [("en", "English"), ("pt", "Português")]


def test_the_default_is_the_last_choice_then_the_apps_language_then_the_courses() -> None:
    english, spanish = PrintLanguage("en", "English"), PrintLanguage("es", "Español", Path("content-es"))
    choices = [english, spanish]
    assert default_print_language(choices, "", "en") == english
    assert default_print_language(choices, "", "es") == spanish  # the app in Spanish
    assert default_print_language(choices, "", "es_MX") == spanish
    assert default_print_language(choices, "en", "es") == english  # chosen last time, over the app's language
    assert default_print_language(choices, "fr", "de") == english  # neither is shipped: quietly the course's
    assert default_print_language(choices, "fr", "es") == spanish
    assert default_print_language([english], "es", "es") == english


def test_plans_pair_by_their_file_number(packs: tuple[Pack, Pack]) -> None:
    twins = plan_twins(*packs)
    assert twins["getting-started"] == "primera-sesion" and twins["wrapping-up"] == "cierre"
    assert len(twins) == len(packs[0].plans)


def test_a_chosen_plan_carries_over_and_a_changed_agenda_does_not(packs: tuple[Pack, Pack]) -> None:
    english, spanish = packs
    week3, week4 = edit_key(english, 3, 6), edit_key(english, 4, 6)
    edits = {
        week3: MeetingEdit(template="peer-teaching"),
        week4: MeetingEdit(agenda=(AgendaItem("Check-in with cake", 30), AgendaItem("Course work", 60))),
    }
    course_meetings = build_meetings(english, CIRCLE, edits)
    assert course_meetings[2].title == "Peer teaching" and course_meetings[3].edited
    assert paired_edits(english, spanish, edits) == {
        EditKey(week3.slot, "comentarios"): MeetingEdit(template="ensenar-entre-pares")
    }
    meetings = translated_meetings(english, spanish, CIRCLE, edits)
    assert [m.template.id for m in meetings] == [
        "primera-sesion", "metas", "ensenar-entre-pares", "compartir", "equivocarse", "cierre",
    ]  # fmt: skip
    assert meetings[3].agenda == spanish.plans[3].agenda and not any(m.edited for m in meetings)
    assert [(m.date, m.start) for m in meetings] == [(m.date, m.start) for m in course_meetings]
    assert [m.number for m in changed_agendas(course_meetings)] == [4]
