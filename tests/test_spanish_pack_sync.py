"""content-es keeps up with content/: every English plan has a Spanish one with the same timings and activities."""

from __future__ import annotations

import re

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack, SessionPlan
from handbook.core.content.pages import render_page
from handbook.core.planning.plans import default_template
from tests.conftest import REPO
from tests.test_spanish import english_words, plain
from tests.test_translations import spanish  # noqa: F401  (the fixture)

# A plan's file number is what pairs the two packs: the ids are words of each language.
NUMBER = re.compile(r"^plans/(\d+)-")
# Links from a page to an activity or a form, which keep their English ids in both packs.
LINK = re.compile(r"\]\(\.\./(activities|forms)/([a-z0-9-]+)\.md")


@pytest.fixture(scope="module")
def packs() -> tuple[Pack, Pack]:
    english, spanish_pack = load_pack(REPO / "content"), load_pack(REPO / "content-es")
    assert not english.has_errors and not spanish_pack.has_errors
    return english, spanish_pack


def number(plan: SessionPlan) -> str:
    found = NUMBER.match(plan.path)
    assert found, f"{plan.path}: a plan's file name starts with its number, e.g. plans/07-profundizar.md"
    return found.group(1)


def by_number(pack: Pack) -> dict[str, SessionPlan]:
    return {number(plan): plan for plan in pack.plans}


def links(body: str) -> set[tuple[str, str]]:
    return set(LINK.findall(body))


def test_every_english_plan_has_a_spanish_plan_with_the_same_agenda(packs: tuple[Pack, Pack]) -> None:
    """A librarian who swaps the English pack for the Spanish one gets the same meetings, minute for minute."""
    english, spanish_pack = packs
    english_plans, spanish_plans = by_number(english), by_number(spanish_pack)
    assert sorted(spanish_plans) == sorted(english_plans)
    for key, plan in english_plans.items():
        twin = spanish_plans[key]
        where = f"{twin.path} (the Spanish {plan.path})"
        assert (twin.week, twin.minutes, twin.tags) == (plan.week, plan.minutes, plan.tags), where
        assert [item.minutes for item in twin.agenda] == [item.minutes for item in plan.agenda], where
        assert [item.activity for item in twin.agenda] == [item.activity for item in plan.agenda], where
        # Same activities and forms pointed to in the words around the agenda too.
        assert links(twin.body) == links(plan.body), where


def test_a_circle_of_any_length_gets_the_same_plans_in_both_languages(packs: tuple[Pack, Pack]) -> None:
    english, spanish_pack = packs
    for count in range(1, 13):
        for week in range(1, count + 1):
            chosen = number(default_template(english, week, count)), number(default_template(spanish_pack, week, count))
            assert chosen[0] == chosen[1], f"week {week} of {count}"


def test_every_activity_the_plans_use_is_in_spanish_with_the_same_facts(packs: tuple[Pack, Pack]) -> None:
    """The cards and the planner's timing checks read these facts, so both languages must agree on them."""
    english, spanish_pack = packs
    used = {item.activity for plan in english.plans for item in plan.agenda if item.activity}
    used |= {target for plan in english.plans for section, target in links(plan.body) if section == "activities"}
    for activity_id in sorted(used):
        twin, activity = spanish_pack.activity(activity_id), english.activity(activity_id)
        assert twin is not None and activity is not None, f"content-es/activities/{activity_id}.md is missing"
        facts = ("kind", "minutes", "group", "setting", "energy", "tags")
        assert [getattr(twin, name) for name in facts] == [getattr(activity, name) for name in facts], twin.path
        assert len(twin.materials) == len(activity.materials), twin.path


@pytest.mark.usefixtures("spanish")
def test_every_spanish_plan_reads_in_spanish(packs: tuple[Pack, Pack]) -> None:
    """The plans past the sixth are not in the six-meeting packet; the reader shows them, so check them here."""
    _, spanish_pack = packs
    for plan in spanish_pack.plans:
        text = plain(render_page(plan, spanish_pack).html)
        assert plan.title in text and english_words(text.replace("noté", "")) == [], plan.path
