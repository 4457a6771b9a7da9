"""The activity library's filters, sorting and random suggestion, on the bundled activities."""

from __future__ import annotations

import random
from functools import lru_cache

from handbook.core.content.activities import ActivityFilter, filter_activities, suggest, text_matches
from handbook.core.content.loader import load_pack
from handbook.core.content.model import Activity
from handbook.core.resources import bundled_pack_dir


@lru_cache(maxsize=1)
def activities() -> tuple[Activity, ...]:
    return tuple(load_pack(bundled_pack_dir()).activities)


def ids(found: list[Activity]) -> set[str]:
    return {a.id for a in found}


def test_no_filter_keeps_everything_sorted_by_title() -> None:
    found = filter_activities(activities(), ActivityFilter())
    assert len(found) == len(activities())
    titles = [a.title.lower() for a in found]
    assert titles == sorted(titles)


def test_each_filter_narrows_the_list() -> None:
    everything = activities()
    energizers = filter_activities(everything, ActivityFilter(kinds=frozenset({"energizer"})))
    assert energizers and all(a.kind == "energizer" for a in energizers)
    quick = filter_activities(everything, ActivityFilter(minutes=5))
    assert quick and all(a.minutes[0] <= 5 for a in quick)
    assert "read-and-watch-together" not in ids(quick)
    big_group = filter_activities(everything, ActivityFilter(group_size=25))
    assert big_group and all(a.group[0] <= 25 <= a.group[1] for a in big_group)
    online = filter_activities(everything, ActivityFilter(setting="online"))
    assert "treasure-hunt" in ids(online) and all("online" in a.setting for a in online)
    calm = filter_activities(everything, ActivityFilter(energy=frozenset({"low"})))
    assert calm and all(a.energy == "low" for a in calm)
    bare = filter_activities(everything, ActivityFilter(no_materials=True))
    assert "shakedown" in ids(bare) and "plus-delta" not in ids(bare)


def test_text_matches_title_body_and_tags_ignoring_case() -> None:
    found = ids(filter_activities(activities(), ActivityFilter(text="DELTA")))
    assert "plus-delta" in found
    shakedown = next(a for a in activities() if a.id == "shakedown")
    assert text_matches(shakedown, "movement")  # a tag
    assert text_matches(shakedown, "COUNTING arm")  # words from the body, in any order
    assert not text_matches(shakedown, "spreadsheet")


def test_filters_combine_and_sort_orders() -> None:
    wanted = ActivityFilter(kinds=frozenset({"energizer"}), no_materials=True, setting="online")
    found = filter_activities(activities(), wanted, sort="shortest")
    assert found and [a.minutes[0] for a in found] == sorted(a.minutes[0] for a in found)
    by_kind = filter_activities(activities(), ActivityFilter(), sort="kind")
    assert by_kind[0].kind == "check-in" and by_kind[-1].kind == "reflection"


def test_suggest_picks_within_the_list_and_avoids_a_repeat() -> None:
    energizers = filter_activities(activities(), ActivityFilter(kinds=frozenset({"energizer"})))
    rng = random.Random(4)
    picks = {suggest(energizers, rng).id for _ in range(40)}  # type: ignore[union-attr]
    assert picks <= ids(energizers) and len(picks) > 1
    only = energizers[:1]
    assert suggest(only, rng, avoid=only[0].id) is only[0]
    assert suggest([], rng) is None
    first = energizers[0]
    assert all(suggest(energizers, rng, avoid=first.id) is not first for _ in range(20))
