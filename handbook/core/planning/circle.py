"""A circle's details (course, venue, facilitators, dates, times) with validation and file loading."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from handbook.core.errors import HandbookError
from handbook.core.i18n import MONTHS as MONTHS
from handbook.core.i18n import WEEKDAYS, translate, weekday_plural
from handbook.core.i18n import format_date as _format_date

MIN_MEETINGS, MAX_MEETINGS = 1, 16
MIN_MEETING_MINUTES, MAX_MEETING_MINUTES = 30, 240
FIELDS = (
    "course_title",
    "venue",
    "facilitators",
    "first_meeting",
    "weekday",
    "start_time",
    "meetings",
    "meeting_minutes",
)

EXAMPLE = """course_title: Learning to code with Python
venue: Central Library, room 2
facilitators: [Ana Silva, Ben Okafor]
first_meeting: 2027-03-02
weekday: Tuesday
start_time: "18:00"
meetings: 6
meeting_minutes: 90"""

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_KEY_LINE = re.compile(r"^\s*\"?([A-Za-z_][\w-]*)\"?\s*:")


class CircleError(HandbookError):
    """Circle details that cannot work: the message says which field and how to fix it."""


@dataclass(frozen=True)
class CircleDetails:
    """What a librarian knows about one circle. ``weekday`` empty means "the first meeting's day"."""

    course_title: str = ""
    venue: str = ""
    facilitators: tuple[str, ...] = ()
    first_meeting: dt.date = field(default_factory=dt.date.today)
    weekday: str = ""
    start_time: dt.time = dt.time(18, 0)
    meetings: int = 6
    meeting_minutes: int = 90

    @property
    def weekday_name(self) -> str:
        return WEEKDAYS[self.first_meeting.weekday()]

    @property
    def weekday_plural(self) -> str:
        """'Saturdays' ('los sábados' in Spanish), for 'meets on ...'."""
        return weekday_plural(self.first_meeting)

    @property
    def name(self) -> str:
        """How the circle is named on paper: its course, else a plain default."""

        return self.course_title.strip() or translate("circle", "Learning circle")

    def meeting_dates(self) -> list[dt.date]:
        """One date per meeting, a week apart, starting on the first meeting."""
        return [self.first_meeting + dt.timedelta(weeks=index) for index in range(self.meetings)]

    def end_time(self) -> dt.time:
        start = dt.datetime.combine(self.first_meeting, self.start_time)
        return (start + dt.timedelta(minutes=self.meeting_minutes)).time()

    def validate(self, source: str = "") -> CircleDetails:
        """Raise CircleError for details that cannot work; else the details with the weekday filled in."""
        where = f"{source}: " if source else ""
        if not MIN_MEETINGS <= self.meetings <= MAX_MEETINGS:
            raise CircleError(
                where
                + translate(
                    "circle",
                    "a circle needs {low} to {high} meetings, not {count}. Six to eight weekly meetings work well.",
                ).format(low=MIN_MEETINGS, high=MAX_MEETINGS, count=self.meetings)
            )
        if not MIN_MEETING_MINUTES <= self.meeting_minutes <= MAX_MEETING_MINUTES:
            raise CircleError(
                where
                + translate(
                    "circle", "a meeting must last {low} to {high} minutes, not {count}. About 90 minutes works well."
                ).format(low=MIN_MEETING_MINUTES, high=MAX_MEETING_MINUTES, count=self.meeting_minutes)
            )
        if self.weekday and weekday_index(self.weekday) != self.first_meeting.weekday():
            raise CircleError(
                where
                + translate(
                    "circle",
                    "the first meeting, {date}, is a {weekday}, not a {given}. Correct the date or the weekday.",
                ).format(
                    date=format_date(self.first_meeting),
                    weekday=translate("dates", self.weekday_name),
                    given=self.weekday.strip().capitalize(),
                )
            )
        return replace(self, weekday=self.weekday_name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "course_title": self.course_title,
            "venue": self.venue,
            "facilitators": list(self.facilitators),
            "first_meeting": self.first_meeting.isoformat(),
            "weekday": self.weekday_name,
            "start_time": clock(self.start_time),
            "meetings": self.meetings,
            "meeting_minutes": self.meeting_minutes,
        }

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], source: str = "", lines: Mapping[str, int] | None = None
    ) -> CircleDetails:
        """Details from plain values (a JSON or YAML mapping); errors name ``source`` and the line."""
        return _Reader(data, source, lines or {}).details()


def weekday_index(name: str) -> int | None:
    text = name.strip().lower()
    for index, day in enumerate(WEEKDAYS):
        if text in (day.lower(), day[:3].lower()):
            return index
    return None


def clock(moment: dt.time) -> str:
    """A time of day as the 24-hour clock shows it: 18:05."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_date(day: dt.date, short: bool = False) -> str:
    """'Tuesday 2 March 2027', or 'Tue 2 Mar 2027' when short; in the user's language once the app set it."""
    return _format_date(day, short)


def parse_time(text: str) -> dt.time | None:
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def parse_date(text: str) -> dt.date | None:
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


class _Reader:
    """Reads one mapping field by field, so each error names its field and line."""

    def __init__(self, data: Mapping[str, Any], source: str, lines: Mapping[str, int]) -> None:
        self.data = data
        self.source = source
        self.lines = lines

    def fail(self, key: str, message: str) -> CircleError:
        where = self.source
        if where and key in self.lines:
            where = f"{where}:{self.lines[key]}"
        return CircleError(f"{where}: {message}" if where else message)

    def text(self, key: str) -> str:
        value = self.data.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise self.fail(key, translate("circle", "'{field}' must be text.").format(field=key))
        return str(value).strip()

    def whole_number(self, key: str, default: int, low: int, high: int, hint: str) -> int:
        value = self.data.get(key, default)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                key,
                translate("circle", "'{field}' must be a whole number from {low} to {high}. {hint}").format(
                    field=key, low=low, high=high, hint=hint
                ),
            )
        if not low <= value <= high:
            raise self.fail(
                key,
                translate("circle", "'{field}' is {value}, but it must be from {low} to {high}. {hint}").format(
                    field=key, value=value, low=low, high=high, hint=hint
                ),
            )
        return value

    def details(self) -> CircleDetails:
        unknown = [key for key in self.data if key not in FIELDS]
        if unknown:
            raise self.fail(
                str(unknown[0]),
                translate("circle", "unknown field '{field}'; the fields are {fields}.").format(
                    field=unknown[0], fields=", ".join(FIELDS)
                ),
            )
        facilitators = self.data.get("facilitators", [])
        if isinstance(facilitators, str):
            facilitators = [name for name in facilitators.split(",")]
        if not isinstance(facilitators, list) or not all(isinstance(n, str) for n in facilitators):
            raise self.fail(
                "facilitators", translate("circle", "'facilitators' must be a list of names, like [Ana, Ben].")
            )
        first = self.data.get("first_meeting")
        if first is None:
            raise self.fail(
                "first_meeting",
                translate("circle", "'first_meeting' is missing; add the date, like first_meeting: 2027-03-02."),
            )
        day = first if isinstance(first, dt.date) and not isinstance(first, dt.datetime) else parse_date(str(first))
        if day is None:
            raise self.fail(
                "first_meeting",
                translate(
                    "circle", "'first_meeting' {value} is not a date; write it as YYYY-MM-DD, like 2027-03-02."
                ).format(value=first),
            )
        start_raw = self.data.get("start_time", "18:00")
        start = parse_time(str(start_raw))
        if start is None:
            raise self.fail(
                "start_time",
                translate(
                    "circle",
                    "'start_time' {value} is not a time of day; write it on the 24-hour clock in quotes, "
                    'like start_time: "18:00".',
                ).format(value=start_raw),
            )
        weekday = self.text("weekday")
        if weekday and weekday_index(weekday) is None:
            raise self.fail(
                "weekday",
                translate("circle", "'weekday' {value} is not a day of the week; write it like Tuesday.").format(
                    value=weekday
                ),
            )
        details = CircleDetails(
            course_title=self.text("course_title"),
            venue=self.text("venue"),
            facilitators=tuple(name.strip() for name in facilitators if name.strip()),
            first_meeting=day,
            weekday=weekday,
            start_time=start,
            meetings=self.whole_number(
                "meetings", 6, MIN_MEETINGS, MAX_MEETINGS, translate("circle", "Six to eight work well.")
            ),
            meeting_minutes=self.whole_number(
                "meeting_minutes",
                90,
                MIN_MEETING_MINUTES,
                MAX_MEETING_MINUTES,
                translate("circle", "About 90 minutes works well."),
            ),
        )
        if weekday and weekday_index(weekday) != day.weekday():
            raise self.fail(
                "weekday",
                translate(
                    "circle",
                    "the first meeting, {date}, is a {weekday}, not a {given}. Correct 'first_meeting' or 'weekday'.",
                ).format(
                    date=format_date(day), weekday=translate("dates", details.weekday_name), given=weekday.capitalize()
                ),
            )
        return replace(details, weekday=details.weekday_name)


class _CircleLoader(yaml.SafeLoader):
    """Keeps dates and 18:00-style times as text, so we can check them and name the line."""


def _keep_text_or(tag: str) -> None:
    default = yaml.SafeLoader.yaml_constructors[tag]

    def construct(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        text = loader.construct_scalar(node)  # type: ignore[arg-type]
        if tag.endswith("timestamp") or ":" in str(text):
            return str(text)
        return default(loader, node)

    _CircleLoader.add_constructor(tag, construct)


_keep_text_or("tag:yaml.org,2002:timestamp")
_keep_text_or("tag:yaml.org,2002:int")


def load_circle_details(path: Path) -> CircleDetails:
    """Circle details from a small YAML or JSON file (see EXAMPLE)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CircleError(
            translate("circle", "{file}: no such file. Write the circle's details in it, like:\n{example}").format(
                file=path, example=EXAMPLE
            )
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else translate("circle", "it is not UTF-8 text")
        raise CircleError(
            translate("circle", "{file}: cannot be read ({reason}).").format(file=path, reason=reason)
        ) from None
    try:
        is_json = path.suffix.lower() == ".json"
        data = json.loads(text) if is_json else yaml.load(text, Loader=_CircleLoader)  # noqa: S506 - a safe loader
    except (ValueError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = getattr(exc, "lineno", None) or (mark.line + 1 if mark is not None else None)
        where = f"{path}:{line}" if line else str(path)
        raise CircleError(
            translate(
                "circle", "{where}: cannot be read as {format}. Write one 'field: value' per line, like:\n{example}"
            ).format(where=where, format="JSON" if path.suffix.lower() == ".json" else "YAML", example=EXAMPLE)
        ) from None
    if not isinstance(data, dict):
        raise CircleError(
            translate("circle", "{file}: write the circle's details as 'field: value' lines, like:\n{example}").format(
                file=path, example=EXAMPLE
            )
        )
    lines: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        match = _KEY_LINE.match(line)
        if match:
            lines.setdefault(match.group(1), number)
    return CircleDetails.from_dict(data, str(path), lines)
