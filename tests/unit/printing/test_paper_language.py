"""Printouts in another language than the app's: the printing code's words switch for the job, then switch back."""

from __future__ import annotations

import datetime as dt

import pytest

from handbook.core import i18n
from handbook.printing.paper_language import app_language, printed_in
from tests.test_translations import spanish  # noqa: F401  (the fixture)

WEEK = ("plans", "Week {n} of {count}: {title}")
DAY = dt.date(2027, 3, 2)


def test_spanish_paper_from_an_english_app_and_back_even_after_an_error() -> None:
    assert app_language() == "en"
    with pytest.raises(RuntimeError), printed_in("es", app_language()):
        assert i18n.translate(*WEEK) == "Semana {n} de {count}: {title}"
        assert i18n.format_date(DAY) == "martes, 2 de marzo de 2027"
        raise RuntimeError("a job that fails half-way")
    assert i18n.translate(*WEEK) == WEEK[1] and i18n.format_date(DAY) == "Tuesday 2 March 2027"


def test_a_language_without_a_catalogue_keeps_the_apps_words() -> None:
    with printed_in("fr", "en"):
        assert i18n.translate(*WEEK) == WEEK[1]


@pytest.mark.usefixtures("spanish")
def test_english_paper_from_a_spanish_app() -> None:
    assert app_language() == "es"
    with printed_in("en", app_language()):
        assert i18n.translate(*WEEK) == WEEK[1] and i18n.format_date(DAY) == "Tuesday 2 March 2027"
    assert i18n.translate(*WEEK) == "Semana {n} de {count}: {title}"
    with printed_in("es", app_language()):  # the app's own language: nothing to switch
        assert i18n.format_date(DAY) == "martes, 2 de marzo de 2027"
