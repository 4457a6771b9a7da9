"""Printouts in a language other than the app's: the printing code's words and dates in the paper's language.

A Spanish packet printed from an English app (or an English one from a Spanish app) must not mix the two:
the plans come from the chosen pack, and "Semana 1 de 6", "Página 1 de 4" and the dates from the catalogue
of that language, installed while the job is built and while it paints (both on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QPagedPaintDevice

from handbook.core import i18n
from handbook.core.content.print_languages import base_language
from handbook.core.resources import resource_path
from handbook.printing.jobs import PrintJob
from handbook.translation import SOURCE_LANGUAGE, locale_dates, words_of

_translators: dict[str, QTranslator] = {}  # loaded once per language, kept for the life of the app


def _catalogue(language: str) -> QTranslator | None:
    if language not in _translators:
        translator = QTranslator()
        path = resource_path("translations", f"handbook_{language}.qm")
        if not path.is_file() or not translator.load(str(path)):
            return None
        _translators[language] = translator
    return _translators[language]


@contextmanager
def _speaking(language: str) -> Iterator[None]:
    translator = None if language == SOURCE_LANGUAGE else _catalogue(language)
    if language != SOURCE_LANGUAGE and translator is None:
        yield  # no catalogue for it: the app's own words rather than none
        return
    if translator is None:
        with i18n.speaking(None, None):
            yield
        return
    with i18n.speaking(words_of(translator), locale_dates(QLocale(language)), language):
        yield


def app_language() -> str:
    """The language the app speaks: that of its installed catalogue, else English."""
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator) if app is not None else []:
        if translator.language():
            return base_language(translator.language())
    return SOURCE_LANGUAGE


def printed_in(language: str, app_language: str) -> AbstractContextManager[None]:
    """The printing code speaks ``language`` inside; nothing changes when it is the app's language."""
    language = base_language(language)
    return nullcontext() if not language or language == base_language(app_language) else _speaking(language)


def job_in_language(make_job: Callable[[], PrintJob], language: str, app_language: str) -> PrintJob:
    """The job ``make_job`` builds, built and painted in ``language``."""
    with printed_in(language, app_language):
        job = make_job()
    paint = job.paint

    def painted_in_language(device: QPagedPaintDevice) -> int:
        with printed_in(language, app_language):
            return paint(device)

    return replace(job, paint=painted_in_language)
