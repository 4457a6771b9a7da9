"""What a circle's log adds up to: attendance per meeting, first and last, the average rating, goals met,
and who came often enough for a certificate. Pure functions over a CircleLog."""

from __future__ import annotations

import math
from dataclasses import dataclass

from handbook.core.circle.log import GOAL_STATUSES, CircleLog
from handbook.core.i18n import translate

# The certificate rule learning circles use (DOMAIN.md): "finished the course or came to 5 of 6 meetings".
# Packs have no rule of their own about attendance, and the log cannot know who finished the course, so
# the log decides by attendance alone: 5 of every 6 meetings, rounded up (6 -> 5, 8 -> 7, 4 -> 4).
CERTIFICATE_SHARE = (5, 6)


def shown_rating(value: float | None) -> str:
    """An average rating for people to read: one decimal with the language's mark ("4,5" in Spanish), "-" for none.

    The CSV for spreadsheets keeps the point (organiser.rating_text); a person reads the mark they write.
    """
    if value is None:
        return "-"
    return f"{value:.1f}".replace(".", translate("numbers", "."))  # the decimal mark, as the catalogue says


@dataclass(frozen=True)
class CircleSummary:
    """The figures an organiser compares between circles."""

    meetings_planned: int | None  # from the circle's details, when known
    meetings_held: int
    attendance: tuple[tuple[int, int | None], ...]  # (week, people who came or None) for each meeting held
    first_attendance: int | None
    last_attendance: int | None
    average_rating: float | None
    ratings: int  # how many meetings were rated
    learners: int
    goals: dict[str, int]  # status -> how many goals have it (every status in GOAL_STATUSES)

    @property
    def goals_set(self) -> int:
        return sum(self.goals.values())

    @property
    def goals_met(self) -> int:
        return self.goals.get("met", 0)


def attendance_by_week(log: CircleLog) -> list[tuple[int, int | None]]:
    """(week, how many came) for each meeting logged, in week order; None where it was not recorded."""
    return [(meeting.week, meeting.count) for meeting in log.held]


def first_and_last_attendance(log: CircleLog) -> tuple[int | None, int | None]:
    """How many came to the first and to the last meeting whose attendance was recorded."""
    counts = [count for _, count in attendance_by_week(log) if count is not None]
    return (counts[0], counts[-1]) if counts else (None, None)


def average_rating(log: CircleLog) -> float | None:
    """The mean of the meetings' 1-5 ratings, or None when no meeting was rated."""
    ratings = [meeting.rating for meeting in log.held if meeting.rating is not None]
    return sum(ratings) / len(ratings) if ratings else None


def goal_counts(log: CircleLog) -> dict[str, int]:
    """How many goals have each status, every status present (zero when none)."""
    counts = dict.fromkeys(GOAL_STATUSES, 0)
    for goal in log.goals:
        counts[goal.status] += 1
    return counts


def attendance_by_learner(log: CircleLog) -> dict[str, int]:
    """For each learner (as named in the log), how many meetings they were ticked present at.

    Only meetings kept with names count; a meeting logged as a number says nothing about who came.
    """
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for name in log.learners:
        spelled.setdefault(name.casefold(), name)
    for meeting in log.held:
        for name in meeting.present:
            spelled.setdefault(name.casefold(), name)
    for key, name in spelled.items():
        counts[name] = sum(1 for meeting in log.held if any(other.casefold() == key for other in meeting.present))
    return counts


def meetings_needed(meetings: int) -> int:
    """Meetings a learner must come to for a certificate in a circle of ``meetings`` meetings."""
    top, bottom = CERTIFICATE_SHARE
    return max(1, math.ceil(meetings * top / bottom))


def certificate_learners(log: CircleLog, meetings: int) -> list[str]:
    """The learners who came to enough meetings for a certificate, in the order they were named.

    Empty when attendance was kept only as numbers (then the facilitator decides from the paper sheet).
    """
    needed = meetings_needed(meetings)
    return [name for name, count in attendance_by_learner(log).items() if count >= needed]


def names_kept(log: CircleLog) -> bool:
    """True when at least one meeting was logged with the names of who came."""
    return any(meeting.present for meeting in log.held)


def summarise(log: CircleLog, meetings_planned: int | None = None) -> CircleSummary:
    first, last = first_and_last_attendance(log)
    learners = len(log.learners) or max((count or 0 for _, count in attendance_by_week(log)), default=0)
    return CircleSummary(
        meetings_planned=meetings_planned,
        meetings_held=len(log.meetings),
        attendance=tuple(attendance_by_week(log)),
        first_attendance=first,
        last_attendance=last,
        average_rating=average_rating(log),
        ratings=sum(1 for meeting in log.held if meeting.rating is not None),
        learners=learners,
        goals=goal_counts(log),
    )
