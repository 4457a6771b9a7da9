"""The activity library: filter, sort and pick activities at random.

The text filter is a plain case-insensitive match over title, body and tags; a full-text index
can take its place later through ``ActivityFilter.text_matcher``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from handbook.core.content.model import ACTIVITY_KINDS, ENERGY_LEVELS, Activity

TextMatcher = Callable[[Activity, str], bool]

SORT_KEYS: dict[str, Callable[[Activity], tuple[object, ...]]] = {
    "title": lambda a: (a.title.lower(),),
    "shortest": lambda a: (a.minutes[0], a.minutes[1], a.title.lower()),
    "longest": lambda a: (-a.minutes[1], -a.minutes[0], a.title.lower()),
    "kind": lambda a: (ACTIVITY_KINDS.index(a.kind) if a.kind in ACTIVITY_KINDS else 99, a.title.lower()),
    "energy": lambda a: (ENERGY_LEVELS.index(a.energy) if a.energy in ENERGY_LEVELS else 99, a.title.lower()),
}


def text_matches(activity: Activity, text: str) -> bool:
    """Every word of ``text`` appears in the title, the body or a tag, ignoring case."""
    haystack = " ".join((activity.title, activity.body, " ".join(activity.tags))).casefold()
    return all(word in haystack for word in text.casefold().split())


@dataclass(frozen=True)
class ActivityFilter:
    """What the facilitator is looking for; an empty or None field accepts everything."""

    kinds: frozenset[str] = frozenset()
    minutes: int | None = None  # time available: the activity must fit in it at its shortest
    group_size: int | None = None  # the number of people who will take part
    setting: str | None = None  # "in-person" or "online"
    energy: frozenset[str] = frozenset()
    no_materials: bool = False
    text: str = ""
    text_matcher: TextMatcher = field(default=text_matches, compare=False)

    def matches(self, activity: Activity) -> bool:
        low, high = activity.group
        return (
            (not self.kinds or activity.kind in self.kinds)
            and (self.minutes is None or activity.minutes[0] <= self.minutes)
            and (self.group_size is None or low <= self.group_size <= high)
            and (self.setting is None or self.setting in activity.setting)
            and (not self.energy or activity.energy in self.energy)
            and (not self.no_materials or not activity.materials)
            and (not self.text.strip() or self.text_matcher(activity, self.text))
        )


def filter_activities(activities: Iterable[Activity], wanted: ActivityFilter, sort: str = "title") -> list[Activity]:
    found = [activity for activity in activities if wanted.matches(activity)]
    return sorted(found, key=SORT_KEYS.get(sort, SORT_KEYS["title"]))


def suggest(
    activities: Sequence[Activity], rng: random.Random | None = None, avoid: str | None = None
) -> Activity | None:
    """One activity at random; a different one from ``avoid`` when there is a choice."""
    choices = [a for a in activities if a.id != avoid] or list(activities)
    if not choices:
        return None
    return (rng or random.Random()).choice(choices)
