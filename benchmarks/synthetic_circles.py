"""Circle export files as many facilitators would send them: ``python -m benchmarks.synthetic_circles DIR [--count N]``.

Each is made through the app's own code (a CircleLog and CircleDetails, then build_export), so the
files are what ``handbook circle export`` writes: 6 to 8 meetings, attendance falling off over the
weeks, ratings, Plus/Delta notes, goals with their statuses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path
from typing import Any

from handbook.core.circle.export import build_export, write_export
from handbook.core.circle.log import CircleLog, Goal, MeetingLog
from handbook.core.planning.circle import CircleDetails

COURSES = ("Learning to code with Python", "Writing a CV", "Spreadsheets for small business", "Public speaking")
VENUES = ("Central Library, room 2", "Branch library", "Community hall", "Youth centre")
NAMES = ("Amina", "Bo", "Chen", "Dita", "Emeka", "Fatou", "Goran", "Hana", "Ines", "Jomo", "Kiri", "Lena")
GOALS = ("Finish the course", "Write a CV", "Build a small website", "Speak up in meetings")
NOTES = ("Good talk in pairs", "The room was cold", "More time for the video", "Snacks helped", "Too fast")


def sample_log(rng: random.Random, meetings: int, names: bool = True) -> CircleLog:
    """A circle's log: who came each week (fewer towards the end), ratings, notes and goals."""
    learners = tuple(rng.sample(NAMES, rng.randrange(6, len(NAMES) + 1)))
    held: dict[int, MeetingLog] = {}
    for week in range(1, meetings + 1 - rng.randrange(0, 2)):
        keep = max(2, len(learners) - rng.randrange(0, 2 + week // 2))
        present = tuple(sorted(rng.sample(learners, keep), key=learners.index))
        held[week] = MeetingLog(
            week=week,
            attended=None if names else keep,
            present=present if names else (),
            rating=rng.choice((None, 3, 4, 4, 5, 5)),
            plus=rng.choice(NOTES),
            delta=rng.choice(NOTES),
            note="",
        )
    goals = tuple(Goal(name, rng.choice(GOALS), rng.choice(("met", "met", "partly", "not-met"))) for name in learners)
    return CircleLog(learners, held, goals, "A good group; the room was booked late.").validate()


def sample_details(rng: random.Random, number: int) -> CircleDetails:
    first = dt.date(2027, 1, 5) + dt.timedelta(days=7 * (number % 40))
    return CircleDetails(
        course_title=rng.choice(COURSES),
        venue=rng.choice(VENUES),
        facilitators=(f"Facilitator {number}",),
        first_meeting=first,
        meetings=rng.choice((6, 6, 7, 8)),
        meeting_minutes=90,
    ).validate()


def sample_export(rng: random.Random, number: int, include_names: bool = False) -> dict[str, Any]:
    details = sample_details(rng, number)
    log = sample_log(rng, details.meetings)
    return build_export(log, details, include_names=include_names, exported="2027-05-01", app_version="bench")


def write_sample_exports(folder: Path, count: int, seed: int = 2027) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"circle-{number:03d}.json"
        write_export(path, sample_export(rng, number, include_names=number % 5 == 0))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    print(f"wrote {len(write_sample_exports(args.dir, args.count))} files to {args.dir}")


if __name__ == "__main__":
    main()
