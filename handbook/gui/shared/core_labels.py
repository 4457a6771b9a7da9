"""Words the core hands over in English (activity kinds, energy, weekdays, months, dates), translated for the GUI.

The core never imports Qt, so it cannot translate; these tuples mark its words for lupdate (a test checks that
every word of the core's tables is in the translation file), and the functions translate them at run time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from handbook.core.content.pages import KIND_LABELS
from handbook.core.planning import circle
from handbook.core.planning.circle import WEEKDAYS

KIND_WORDS = (
    QT_TRANSLATE_NOOP("core_labels", "Reading"),
    QT_TRANSLATE_NOOP("core_labels", "Activity"),
    QT_TRANSLATE_NOOP("core_labels", "Reflection"),
    QT_TRANSLATE_NOOP("core_labels", "Self-check"),
    QT_TRANSLATE_NOOP("core_labels", "Check-in"),
    QT_TRANSLATE_NOOP("core_labels", "Icebreaker"),
    QT_TRANSLATE_NOOP("core_labels", "Energizer"),
    QT_TRANSLATE_NOOP("core_labels", "Learning format"),
)
SETTING_WORDS = (QT_TRANSLATE_NOOP("core_labels", "in person"), QT_TRANSLATE_NOOP("core_labels", "online"))
ENERGY_WORDS = (
    QT_TRANSLATE_NOOP("core_labels", "low"),
    QT_TRANSLATE_NOOP("core_labels", "medium"),
    QT_TRANSLATE_NOOP("core_labels", "high"),
)
DATE_WORDS = (
    QT_TRANSLATE_NOOP("dates", "Monday"), QT_TRANSLATE_NOOP("dates", "Tuesday"),
    QT_TRANSLATE_NOOP("dates", "Wednesday"), QT_TRANSLATE_NOOP("dates", "Thursday"),
    QT_TRANSLATE_NOOP("dates", "Friday"), QT_TRANSLATE_NOOP("dates", "Saturday"),
    QT_TRANSLATE_NOOP("dates", "Sunday"),
    QT_TRANSLATE_NOOP("dates", "January"), QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"), QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"), QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"), QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"), QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"), QT_TRANSLATE_NOOP("dates", "December"),
)  # fmt: skip
# Short forms have their own context: "May" is both a month and its short form.
SHORT_DATE_WORDS = (
    QT_TRANSLATE_NOOP("short dates", "Mon"), QT_TRANSLATE_NOOP("short dates", "Tue"),
    QT_TRANSLATE_NOOP("short dates", "Wed"), QT_TRANSLATE_NOOP("short dates", "Thu"),
    QT_TRANSLATE_NOOP("short dates", "Fri"), QT_TRANSLATE_NOOP("short dates", "Sat"),
    QT_TRANSLATE_NOOP("short dates", "Sun"),
    QT_TRANSLATE_NOOP("short dates", "Jan"), QT_TRANSLATE_NOOP("short dates", "Feb"),
    QT_TRANSLATE_NOOP("short dates", "Mar"), QT_TRANSLATE_NOOP("short dates", "Apr"),
    QT_TRANSLATE_NOOP("short dates", "May"), QT_TRANSLATE_NOOP("short dates", "Jun"),
    QT_TRANSLATE_NOOP("short dates", "Jul"), QT_TRANSLATE_NOOP("short dates", "Aug"),
    QT_TRANSLATE_NOOP("short dates", "Sep"), QT_TRANSLATE_NOOP("short dates", "Oct"),
    QT_TRANSLATE_NOOP("short dates", "Nov"), QT_TRANSLATE_NOOP("short dates", "Dec"),
)  # fmt: skip


def kind_label(kind: str) -> str:
    """'Check-in', 'Energizer', ... for an activity or page kind, in the user's language."""
    return QCoreApplication.translate("core_labels", KIND_LABELS.get(kind, kind))


def energy_label(level: str) -> str:
    return QCoreApplication.translate("core_labels", level)


def weekday_names() -> list[str]:
    """Monday first, as ``date.weekday()`` counts."""
    return [QCoreApplication.translate("dates", name) for name in WEEKDAYS]


def format_date(day: dt.date, short: bool = False) -> str:
    """'Tuesday 2 March 2027', or 'Tue 2 Mar 2027' when short, in the user's language (as the core writes it)."""
    return circle.format_date(day, short)
