"""A form's blanks filled in from the circle's details, and its week-numbered tables made to
follow the circle's meetings.

A blank is a run of underscores. It is named by the words just before it ('Course: ____',
'held at ____', 'from ____ to ____', 'Week 3 ____'), or, when it stands at the start of a line,
by the end of the line or heading above it ('## Where', 'the free online course'). A blank
whose name the details answer gets the answer, spelled as fully as the blank has room for; any
other blank stays a line to write on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from handbook.core import i18n
from handbook.core.i18n import translate
from handbook.core.planning.circle import MONTHS, WEEKDAYS, CircleDetails, clock, format_date
from handbook.printing.attendance import row_cells

# The names a blank may go by, as the last words before it, for each thing the details answer.
# 'to' names the end of a range only after a 'from' blank ('from ____ to ____', 'del ____ al ____').
# The Spanish names are those of the forms in content-es/.
LABELS: dict[str, tuple[str, ...]] = {
    "course": ("course", "course title", "course name", "circle", "circle name", "curso", "círculo",
               "curso en línea", "curso gratuito en línea"),
    "venue": ("where", "place", "venue", "library", "location", "held at", "meets at", "dónde", "lugar",
              "biblioteca", "realizado en"),
    "facilitators": ("facilitator", "facilitators", "facilitated by", "facilitación"),
    "day and time": ("day and time", "days and times", "día y hora"),
    "day": ("day", "weekday", "día"),
    "time": ("time", "times", "hora"),
    "when": ("when", "cuándo"),
    "dates": ("dates", "fechas"),
    "first date": ("first meeting", "start date", "starts", "primera sesión"),
    "last date": ("last meeting", "end date", "ends", "until", "última sesión"),
    "meetings": ("number of meetings", "número de sesiones"),
}  # fmt: skip
FROM, TO = "from", "to"
FROM_WORDS, TO_WORDS, WEEK_WORDS = ("from", "del", "desde"), ("to", "al", "hasta"), ("week", "semana")
_PHRASES = {tuple(phrase.split()): key for key, phrases in LABELS.items() for phrase in phrases}
_LONGEST = max(len(words) for words in _PHRASES)

_BLANK = re.compile(r"\*\*\\?_{3,}\*\*|\\?_{3,}")
_WORD = re.compile(r"[\w'-]+")
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation, which Markdown lets be escaped
_MARKS = re.compile(r"[*_`\\]|^\s*(?:#+|[-+>]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?")
# Advance widths in ems, about those of common sans-serif fonts (DejaVu Sans, Arial, Segoe UI);
# other lower-case letters are about 0.6, capitals 0.7.
_CHAR_WIDTHS = {
    **dict.fromkeys("_", 0.5),
    **dict.fromkeys(" \u00a0.,:;'!|", 0.32),
    **dict.fromkeys("ijl", 0.28),
    **dict.fromkeys("frt-()[]/I", 0.4),
    **dict.fromkeys("0123456789", 0.64),
    **dict.fromkeys("mwMW@%", 0.95),
}
UNDERSCORE_EM, SPACE_EM = 0.5, 0.32
UNBROKEN_EM = 40.0  # the most a field kept on one line may take: well within any page's line
NBSP = "\u00a0"
# A written-in answer is marked in the Markdown with these (private-use characters, which pass
# through the Markdown renderer as text) and underlined in the HTML: it sits on the blank's line.
FILLED_OPEN, FILLED_CLOSE = "\ue000", "\ue001"
_FILLED = re.compile(f"{FILLED_OPEN}(.*?){FILLED_CLOSE}", re.DOTALL)
_WEEK_COLUMN = re.compile(r"^(week|meeting|session|semana|sesión)(s|es)?$", re.IGNORECASE)
_DATE_COLUMN = re.compile(r"^(dates?|fechas?)$", re.IGNORECASE)


@dataclass(frozen=True)
class Spelling:
    """One way to write an answer, and how wide it is, in ems (for a date of a range, the wider end's)."""

    text: str
    width: float


Answers = dict[str, tuple[Spelling, ...]]  # by label ('course', 'week 3'), fullest spelling first


def text_width(text: str, bold: bool = False) -> float:
    """About how wide ``text`` prints, in ems of a sans-serif font (an underscore is half an em).

    An estimate, so that filling a form needs no fonts: close enough to choose a spelling and to
    carry a written-in line on to the length of the blank it fills."""
    width = sum(_CHAR_WIDTHS.get(char, 0.7 if char.isupper() else 0.6) for char in text)
    return width * (1.1 if bold else 1.0)


def _spelled(*texts: str) -> tuple[Spelling, ...]:
    return tuple(Spelling(text, text_width(text)) for text in texts)


def date_spellings(*days: dt.date) -> tuple[Spelling, ...]:
    """A date written long ('Tuesday 2 March 2027'), medium ('2 March 2027') or short ('2 Mar 2027').

    With several ``days`` (both ends of a range), each spelling is as wide as the widest of them,
    so 'from ____ to ____' gets the same style at both ends."""

    def styles(day: dt.date) -> tuple[str, str, str]:
        if i18n.is_installed():  # another language: as its locale writes dates
            return format_date(day), i18n.format_day(day), format_date(day, short=True)
        month = MONTHS[day.month - 1]
        return format_date(day), f"{day.day} {month} {day.year}", f"{day.day} {month[:3]} {day.year}"

    spelled = [styles(day) for day in days]
    return tuple(
        Spelling(text, max(text_width(each[style]) for each in spelled)) for style, text in enumerate(spelled[0])
    )


def range_spellings(first: dt.date, last: dt.date) -> tuple[Spelling, ...]:
    """'Tuesday 2 March to Tuesday 20 April 2027', then shorter; one date when they are the same."""
    if first == last:
        return date_spellings(first)
    if i18n.is_installed():
        joined = translate("packet", "{first} to {last}")
        return _spelled(*(joined.format(first=a.text, last=b.text) for a, b in zip(
            date_spellings(first), date_spellings(last), strict=True
        )))  # fmt: skip
    texts = []
    for weekday, short in ((True, False), (False, False), (False, True)):
        start, end = (
            f"{WEEKDAYS[day.weekday()] + ' ' if weekday else ''}{day.day} {MONTHS[day.month - 1][: 3 if short else None]}"
            for day in (first, last)
        )
        start += f" {first.year}" if first.year != last.year else ""
        texts.append(f"{start} to {end} {last.year}")
    return _spelled(*texts)


def circle_answers(details: CircleDetails) -> Answers:
    """What a form's blanks can be filled with, by label, from the circle's details."""
    dates = details.meeting_dates()
    first, last = dates[0], dates[-1]
    day = translate("forms", "{weekdays}").format(weekdays=details.weekday_plural)  # Spanish: "los sábados"
    time = f"{clock(details.start_time)}-{clock(details.end_time())}"
    day_and_time = f"{day}, {time}"
    texts = {
        "course": details.course_title.strip(),
        "venue": details.venue.strip(),
        "facilitators": ", ".join(details.facilitators),
        "day": day,
        "time": time,
        "meetings": str(details.meetings),
    }
    answers = {label: _spelled(text) for label, text in texts.items() if text}
    short_day = translate("short dates", details.weekday_name[:3])
    answers["day and time"] = _spelled(day_and_time, f"{short_day} {time}", f"{short_day} {clock(details.start_time)}")
    dates_range = range_spellings(first, last)
    answers["dates"] = dates_range
    answers["when"] = (*_spelled(*(f"{day_and_time}, {s.text}" for s in dates_range)), *_spelled(day_and_time))
    answers["first date"] = answers[FROM] = date_spellings(first, last)
    answers["last date"] = answers[TO] = date_spellings(last, first)
    for number, meeting in enumerate(dates, start=1):
        if i18n.is_installed():
            answers[f"week {number}"] = _spelled(format_date(meeting, short=True), f"{meeting.day}/{meeting.month}")
            continue
        short = f"{meeting.day} {MONTHS[meeting.month - 1][:3]}"
        answers[f"week {number}"] = _spelled(
            format_date(meeting, short=True), f"{WEEKDAYS[meeting.weekday()][:3]} {short}", short
        )
    return answers


def spell(spellings: Sequence[Spelling], room: float) -> str:
    """The fullest spelling that fits ``room`` ems of blank (give or take an underscore, as the
    widths are estimates), else the shortest."""
    return next((s.text for s in spellings if s.width <= room + UNDERSCORE_EM), spellings[-1].text)


def label_of(lead: str, *, ends_range: bool = False, opens_range: bool = False) -> tuple[str, int]:
    """What the words just before a blank name it ('course', 'week 3', 'from'..., '' for none),
    and how many words that name takes."""
    words = _WORD.findall(_MARKS.sub("", lead).casefold())
    if len(words) >= 2 and words[-2] in WEEK_WORDS and words[-1].isdigit():
        return f"week {int(words[-1])}", 2
    if words and words[-1] in FROM_WORDS and (opens_range or lead.rstrip().endswith(":")):
        return FROM, 1
    if words and words[-1] in TO_WORDS and (ends_range or lead.rstrip().endswith(":")):
        return TO, 1
    for size in range(min(_LONGEST, len(words)), 0, -1):
        key = _PHRASES.get(tuple(words[-size:]))
        if key:
            return key, size
    return "", 0


def fill_blanks(markdown: str, answers: Answers) -> str:
    """Write known answers into a form's blanks ('Course: ______'); the others stay blank.

    An answer written on a blank's line is marked for ``underline_filled`` to underline once the
    Markdown is HTML."""
    lines = markdown.split("\n")
    above = ""  # the last line before this one that could name a blank starting a line
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if row_cells(line) is not None:
            above = ""
            continue
        blanks = list(_BLANK.finditer(line))
        if blanks:
            lines[index] = _filled_line(line, blanks, above, answers)
        text = _MARKS.sub("", line).strip()
        # A blank on a line of its own may be named by the line above, unless that line asks a
        # question or ends a sentence (the blank is then for the answer) or has blanks itself.
        above = "" if blanks or text.endswith(("?", ".", "!")) else text
    return "\n".join(lines)


def _filled_line(line: str, blanks: list[re.Match[str]], above: str, answers: Answers) -> str:
    leads = [line[(blanks[i - 1].end() if i else 0) : blank.start()] for i, blank in enumerate(blanks)]
    labels: list[tuple[str, int]] = []
    for i, lead in enumerate(leads):
        if i == 0 and not lead.strip():
            lead = above
        opens_range = i + 1 < len(leads) and _WORD.findall(leads[i + 1].casefold()) in ([w] for w in TO_WORDS)
        labels.append(label_of(lead, ends_range=bool(labels) and labels[-1][0] == FROM, opens_range=opens_range))
    pieces, end = [], 0
    for blank, (label, words) in zip(blanks, labels, strict=True):
        lead = line[end : blank.start()]
        end = blank.end()
        spellings = answers.get(label)
        if not spellings:
            # 'Week:' stays on the line of its blank
            pieces += [re.sub(r"(?<=:)[ \t]+$", NBSP, lead), blank[0]]
            continue
        text = spell(spellings, blank[0].count("_") * UNDERSCORE_EM)
        if label.startswith("week "):  # a run of 'Week 1 date Week 2 date' reads best with bold labels
            lead = re.sub(r"((?:Week|Semana) \d+)(\s*)$", r"**\1**\2", lead)
        if line.strip() == blank[0]:  # a line of its own: the answer stands out by itself
            pieces += [lead, f"**{_escaped(text)}**"]
            continue
        named = " ".join(lead.split()[-words:]) if lead.strip() else ""
        if text_width(named) + max(text_width(text), blank[0].count("_") * UNDERSCORE_EM) <= UNBROKEN_EM:
            # A short answer stays on one line with the words naming it: a line breaks between
            # fields, not inside a date or a name.
            lead, text = _bound(lead, words), text.replace(" ", NBSP)
        pieces += [lead, _written_in(text, blank[0])]
    pieces.append(line[end:])
    return "".join(pieces)


def _bound(lead: str, words: int) -> str:
    """The words before a blank with the last ``words`` of them (its name) joined to each other
    and to the blank by no-break spaces."""
    if not lead.strip():
        return lead
    tokens, count = re.split(r"[ \t]+", lead.rstrip()), max(1, words)
    return " ".join([*tokens[:-count], NBSP.join(tokens[-count:])]) + NBSP


def _escaped(text: str) -> str:
    """Text that Markdown prints as it is (a course called '1. Python' is no list)."""
    return _PUNCTUATION.sub(r"\\\1", text)


def _written_in(text: str, blank: str) -> str:
    """The answer as written on the blank's line: underlined, the line carried on with spaces to
    the blank's length, so the form keeps the layout it was drawn with."""
    bold = blank.startswith("**")
    padding = NBSP * max(0, round((blank.count("_") * UNDERSCORE_EM - text_width(text, bold)) / SPACE_EM))
    written = FILLED_OPEN + _escaped(text) + padding + FILLED_CLOSE
    return f"**{written}**" if bold else written


def underline_filled(html: str) -> str:
    """The HTML of a filled form with its written-in answers underlined, as if on the blank's line."""
    return _FILLED.sub(r'<span style="text-decoration: underline">\1</span>', html)


def with_week_rows(body: str, details: CircleDetails) -> str:
    """Tables whose rows number the weeks ('| 1 |', '| 2 |'... under 'Week') with a row per
    meeting, its date ('Tue 2 Mar') in a 'Date' column. A table with anything written in those
    rows stays as it is."""
    dates = [_table_date(day) for day in details.meeting_dates()]
    lines = body.split("\n")
    start = 0
    while start < len(lines):
        if row_cells(lines[start]) is None:
            start += 1
            continue
        end = start + 1
        while end < len(lines) and row_cells(lines[end]) is not None:
            end += 1
        table = _week_rows(lines[start:end], dates)
        lines[start:end] = table
        start += len(table)
    return "\n".join(lines)


def _table_date(day: dt.date) -> str:
    """'Tue 2 Mar'; in another language its short weekday and day/month ('mar 2/3'), as 'Week 3 ____' is."""
    weekday = WEEKDAYS[day.weekday()][:3]
    if i18n.is_installed():
        return f"{translate('short dates', weekday)} {day.day}/{day.month}"
    return f"{weekday} {day.day} {MONTHS[day.month - 1][:3]}"


def _week_rows(table: list[str], dates: Sequence[str]) -> list[str]:
    rows = [row_cells(line) or [] for line in table]
    if len(rows) < 3 or not rows[0] or not _WEEK_COLUMN.match(rows[0][0]):
        return table
    numbered = 0
    while 2 + numbered < len(rows) and rows[2 + numbered][:1] == [str(numbered + 1)]:
        numbered += 1
    written = any(cell for row in rows[2 : 2 + numbered] for cell in row[1:])
    if numbered < 2 or written or any(len(row) != len(rows[0]) for row in rows):
        return table
    date_column = next((i for i, header in enumerate(rows[0]) if _DATE_COLUMN.match(header)), None)
    meetings = []
    for number, date in enumerate(dates, start=1):
        cells = [str(number)] + [""] * (len(rows[0]) - 1)
        if date_column is not None:
            cells[date_column] = date
        meetings.append("| " + " | ".join(cells) + " |")
    return [*table[:2], *meetings, *table[2 + numbered :]]
