"""The one way every word the app makes reaches the user's language: ``tr`` and date formats, set up by the app.

The core never imports Qt, so it cannot translate by itself. It writes ``translate("context", "English
text")`` (named so, with the context first, for lupdate to file the string under that context; no f-strings
inside); by default that returns the English text. At start-up the GUI (and the CLI, on a computer set to a language
the app ships) installs Qt's ``QCoreApplication.translate`` and a date format from ``QLocale`` here, so core
and GUI are translated from the same catalogue (resources/translations/handbook_<language>.ts, where lupdate
files these strings by their context). Put values in with ``.format()`` and named placeholders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt  # only named in types: the clock's module loads when a date is first written

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

Translate = Callable[[str, str], str]
DateFormat = Callable[["dt.date", str], str]  # (day, style): style is "long", "short" or "day" (no weekday)


def _english(context: str, text: str) -> str:
    return text


_translate: Translate = _english
_date_format: DateFormat | None = None
_language = "en"


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (looked up under ``context``), or as written."""
    return _translate(context, text)


def install(
    translator: Translate | None = None, date_format: DateFormat | None = None, language: str | None = None
) -> None:
    """Translate with ``translator`` and write dates with ``date_format``; None for either means English.

    ``language`` ('es') names the catalogue, for saved copies of translated words (the pack cache) to be keyed by.
    """
    global _translate, _date_format, _language
    _translate = translator or _english
    _date_format = date_format
    _language = (language or "translated") if translator else "en"


def language() -> str:
    """The language the app's words are in now: 'en' when nothing is installed."""
    return _language


def is_installed() -> bool:
    """True when the app speaks another language than English (a translation is installed)."""
    return _translate is not _english


def weekday_plural(day: dt.date) -> str:
    """'Tuesdays' for a circle that meets on Tuesdays: a word of its own, as languages do not all add an s
    (Spanish: 'los martes', but 'los sábados')."""
    names = (
        translate("dates", "Mondays"), translate("dates", "Tuesdays"), translate("dates", "Wednesdays"),
        translate("dates", "Thursdays"), translate("dates", "Fridays"), translate("dates", "Saturdays"),
        translate("dates", "Sundays"),
    )  # fmt: skip
    return names[day.weekday()]


def format_date(day: dt.date, short: bool = False) -> str:
    """'Tuesday 2 March 2027' ('Tue 2 Mar 2027' when short), or as the installed locale writes it."""
    if _date_format is not None:
        return _date_format(day, "short" if short else "long")
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if short:
        weekday, month = weekday[:3], month[:3]
    return f"{weekday} {day.day} {month} {day.year}"


def format_day(day: dt.date) -> str:
    """'3 March 2027' (no weekday), or as the installed locale writes it."""
    if _date_format is not None:
        return _date_format(day, "day")
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_number(value: float, decimals: int = 0) -> str:
    """'20,000' or '2.5': a number with its thousands and decimals marked as the user's language marks them.

    The marks are words of the catalogue (Spanish writes '20.000' and '2,5': '20,000' reads as twenty there).
    """
    text = f"{value:,.{decimals}f}".replace(",", "\0")
    return text.replace(".", translate("numbers", ".")).replace("\0", translate("numbers", ","))


@contextmanager
def speaking(
    translator: Translate | None, date_format: DateFormat | None, language: str | None = None
) -> Iterator[None]:
    """Words and dates in another language for a while (printouts in a language other than the app's), then back.

    For work on the GUI thread only: a worker thread translating meanwhile would get this language too.
    """
    global _translate, _date_format, _language
    before = _translate, _date_format, _language
    _translate, _date_format = translator or _english, date_format
    _language = language or ("translated" if translator else "en")
    try:
        yield
    finally:
        _translate, _date_format, _language = before
