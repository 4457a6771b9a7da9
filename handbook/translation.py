"""The user's language for the app and the commands: Qt's catalogue, installed for the GUI and the core alike.

One mechanism for every word: widgets call ``self.tr``; the core and the printing code call
``handbook.core.i18n.translate``, which this module points at ``QCoreApplication.translate``. Dates follow the
language through ``QLocale``. An English computer loads nothing, so start-up does not change.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from handbook.core import i18n
from handbook.core.resources import resource_path

if TYPE_CHECKING:
    import datetime as dt

SOURCE_LANGUAGE = "en"  # the language the app is written in: it needs no translation


def translation_file(locale: QLocale, folder: Path) -> Path | None:
    """handbook_<language>.qm for the first of the user's languages that has one, or None.

    English ahead of a translated language in the user's list means English: QTranslator.load(locale)
    would skip over it (the app has no handbook_en.qm) and pick the second choice.
    """
    for name in locale.uiLanguages():
        parts = name.replace("-", "_").split("_")
        if parts[0] in (SOURCE_LANGUAGE, "C"):
            return None
        for count in range(len(parts), 0, -1):  # es_Latn_MX, es_Latn, es
            path = folder / f"handbook_{'_'.join(parts[:count])}.qm"
            if path.is_file():
                return path
    return None


def locale_dates(locale: QLocale) -> i18n.DateFormat:
    """Dates as ``locale`` writes them: in full ("martes, 2 de marzo de 2027"), short ("2 mar 2027": no weekday,
    since in Spanish "mar" is both martes and marzo), or a day without its weekday ("2 de marzo de 2027")."""
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    day_format = re.sub(r"^\s*dddd[,\s]*|[,\s]*dddd\s*$", "", long_format)

    def write(day: dt.date, style: str) -> str:
        date = QDate(day.year, day.month, day.day)
        if style == "short":
            return locale.toString(date, "d MMM yyyy").replace(".", "")
        return locale.toString(date, day_format if style == "day" else long_format)

    return write


def install_translation(app: QCoreApplication, locale: QLocale) -> bool:
    """Translate the app into the user's language when it ships one, and Qt's own words with it.

    Qt's catalogue (qtbase_<language>.qm) holds the buttons of message boxes and the file dialogs. The core's
    words and dates go the same way from then on (handbook.core.i18n).
    """
    path = translation_file(locale, resource_path("translations"))
    if path is None:
        return False
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    qt_translator = QTranslator(app)
    language = path.stem.removeprefix("handbook_")  # the frozen bundle keeps qtbase_<language>.qm (freeze/trim.py)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    i18n.install(QCoreApplication.translate, locale_dates(QLocale(language)), language)
    return True


def install_command_language() -> bool:
    """A command speaks the computer's language, as the app does, from its first word to its last error.

    No QCoreApplication is needed (a command that prints makes its own later, and keeps this catalogue):
    the translator is asked directly, and a string it lacks stays English.
    """
    locale = QLocale()
    path = translation_file(locale, resource_path("translations"))
    if path is None:
        return False
    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    global _COMMAND_TRANSLATOR  # kept alive for the life of the process
    _COMMAND_TRANSLATOR = translator
    language = path.stem.removeprefix("handbook_")
    i18n.install(words_of(translator), locale_dates(QLocale(language)), language)
    return True


def words_of(translator: QTranslator) -> i18n.Translate:
    """The core's ``translate`` asking ``translator`` itself (not the app's installed catalogues): a string it
    lacks stays English."""

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


_COMMAND_TRANSLATOR: QTranslator | None = None


def remove_translation(app: QCoreApplication) -> None:
    """Back to English (tests switch languages)."""
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    i18n.install()
