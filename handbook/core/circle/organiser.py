"""The organiser's summary of many circles (from their export files): one row per circle, the totals, a CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from handbook.core.circle.export import CircleExport, CircleExportError, read_export
from handbook.core.circle.summary import first_and_last_attendance
from handbook.core.i18n import translate

MAX_MERGE_FILES = 2000  # a big library system runs a few hundred circles a year


@dataclass(frozen=True)
class CircleRow:
    """One circle in the summary."""

    source: str  # the export file's name
    course: str
    venue: str
    facilitators: tuple[str, ...]
    first_meeting: dt.date | None
    planned: int | None
    held: int
    learners: int
    first_attendance: int | None
    last_attendance: int | None
    rating_total: int  # the sum of the ratings given, so totals average over meetings, not circles
    ratings: int
    goals_met: int
    goals_set: int

    @property
    def average_rating(self) -> float | None:
        return self.rating_total / self.ratings if self.ratings else None


@dataclass(frozen=True)
class Totals:
    circles: int
    held: int
    learners: int
    first_attendance: int  # summed over the circles that recorded it
    last_attendance: int
    average_rating: float | None  # over every rated meeting of every circle
    ratings: int
    goals_met: int
    goals_set: int


def circle_row(export: CircleExport) -> CircleRow:
    log, details = export.log, export.details
    first, last = first_and_last_attendance(log)
    ratings = [meeting.rating for meeting in log.held if meeting.rating is not None]
    return CircleRow(
        source=Path(export.source).name if export.source else "",
        course=details.name if details else translate("circle", "Learning circle"),
        venue=details.venue if details else "",
        facilitators=details.facilitators if details else (),
        first_meeting=details.first_meeting if details else None,
        planned=details.meetings if details else None,
        held=len(log.meetings),
        learners=export.learners,
        first_attendance=first,
        last_attendance=last,
        rating_total=sum(ratings),
        ratings=len(ratings),
        goals_met=sum(1 for goal in log.goals if goal.status == "met"),
        goals_set=len(log.goals),
    )


def totals(rows: Sequence[CircleRow]) -> Totals:
    ratings = sum(row.ratings for row in rows)
    return Totals(
        circles=len(rows),
        held=sum(row.held for row in rows),
        learners=sum(row.learners for row in rows),
        first_attendance=sum(row.first_attendance or 0 for row in rows),
        last_attendance=sum(row.last_attendance or 0 for row in rows),
        average_rating=sum(row.rating_total for row in rows) / ratings if ratings else None,
        ratings=ratings,
        goals_met=sum(row.goals_met for row in rows),
        goals_set=sum(row.goals_set for row in rows),
    )


def read_exports(paths: Iterable[Path]) -> list[CircleExport]:
    """Every file read and checked before anything is written; the first bad one raises (naming it)."""
    paths = list(paths)
    if len(paths) > MAX_MERGE_FILES:
        raise CircleExportError(
            translate("circle", "{count} files is too many to merge at once; merge at most {high}.").format(
                count=len(paths), high=MAX_MERGE_FILES
            )
        )
    return [read_export(Path(path)) for path in paths]


def summary_rows(exports: Iterable[CircleExport]) -> list[CircleRow]:
    """One row per circle, ordered by first meeting, then course, then file."""
    rows = [circle_row(export) for export in exports]
    return sorted(rows, key=lambda row: (row.first_meeting or dt.date.max, row.course.casefold(), row.source))


def csv_cell(value: object) -> str:
    """A CSV cell that spreadsheets will not run as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def rating_text(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def csv_header() -> list[str]:
    return [
        translate("circle", "file"),
        translate("circle", "course"),
        translate("circle", "venue"),
        translate("circle", "facilitators"),
        translate("circle", "first meeting"),
        translate("circle", "meetings planned"),
        translate("circle", "meetings held"),
        translate("circle", "learners"),
        translate("circle", "came to the first meeting"),
        translate("circle", "came to the last meeting"),
        translate("circle", "average rating (1-5)"),
        translate("circle", "meetings rated"),
        translate("circle", "goals met"),
        translate("circle", "goals set"),
    ]


def summary_csv(rows: Sequence[CircleRow]) -> str:
    """A header row, then one row per circle; dates as YYYY-MM-DD so every spreadsheet sorts them."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_header())
    for row in rows:
        writer.writerow(
            [
                csv_cell(row.source),
                csv_cell(row.course),
                csv_cell(row.venue),
                csv_cell(", ".join(row.facilitators)),
                row.first_meeting.isoformat() if row.first_meeting else "",
                "" if row.planned is None else row.planned,
                row.held,
                row.learners,
                "" if row.first_attendance is None else row.first_attendance,
                "" if row.last_attendance is None else row.last_attendance,
                rating_text(row.average_rating),
                row.ratings,
                row.goals_met,
                row.goals_set,
            ]
        )
    return out.getvalue()
