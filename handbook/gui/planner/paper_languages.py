"""The print dialog's language of the printouts: the choices, the chosen pack's forms and meetings, the note.

The course's shipped translation (content-es/) is read the first time its language is chosen and kept for
the rest of the session. It is small (17 forms, 11 plans, 26 activities): 10-16 ms to load once the course
is loaded, about 50 ms in a fresh process, so it is read on the GUI thread between two clicks rather than by
a background job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.content.print_languages import (
    PrintLanguage,
    base_language,
    default_print_language,
    print_languages,
)
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey, Meeting, MeetingEdit
from handbook.core.planning.translated_plans import changed_agendas, translated_meetings
from handbook.core.resources import bundled_translations
from handbook.core.settings import Settings
from handbook.gui.planner.print_dialog import PrintDialog
from handbook.printing.jobs import PrintJob
from handbook.printing.paper_language import app_language, job_in_language

SETTING = "print_language"


class PaperLanguages(QObject):
    """Which language the printouts are in, remembered in the settings, and the packs to print them from.

    It asks its owner (the planning tools) for the course in use, the circle and the planner's edits each
    time, as they change while the app runs.
    """

    def __init__(
        self,
        settings: Settings,
        course: Callable[[], Pack],
        details: Callable[[], CircleDetails],
        edits: Callable[[], dict[EditKey, MeetingEdit]],
        course_meetings: Callable[[], list[Meeting]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.course, self.details, self.edits, self.course_meetings = course, details, edits, course_meetings
        self._packs: dict[Path, Pack] = {}

    def choices(self) -> list[PrintLanguage]:
        return print_languages(self.course().info, bundled_translations())

    def chosen(self) -> PrintLanguage:
        return default_print_language(self.choices(), str(self.settings.get(SETTING)), app_language())

    def find(self, code: str) -> PrintLanguage:
        """The language ``code`` names if the course has it, else the course's own."""
        choices = self.choices()
        return next((choice for choice in choices if choice.code == base_language(code)), choices[0])

    def pack(self, language: PrintLanguage) -> Pack:
        if language.folder is None:
            return self.course()
        if language.folder not in self._packs:
            self._packs[language.folder] = load_pack(language.folder)
        return self._packs[language.folder]

    def meetings(self, language: PrintLanguage) -> list[Meeting]:
        """The circle's meetings with the plans of ``language`` (see core.planning.translated_plans)."""
        if language.folder is None:
            return self.course_meetings()
        return translated_meetings(self.course(), self.pack(language), self.details(), self.edits())

    def job(self, make_job: Callable[[Pack, list[Meeting]], PrintJob], code: str) -> PrintJob:
        """The job built from the pack of language ``code``, and painted, with the printing code's words in it."""
        language = self.find(code)
        return job_in_language(lambda: make_job(self.pack(language), self.meetings(language)), language.code,
                               app_language())  # fmt: skip

    def show_in(self, dialog: PrintDialog, code: str, remember: bool = True) -> None:
        """Fill the dialog's lists from the pack of language ``code`` (and keep the choice for next time)."""
        language = self.find(code)
        dialog.set_content(self.pack(language), self.meetings(language), self.changes_note(language))
        if remember:
            self.settings.set(SETTING, language.code)

    def changes_note(self, language: PrintLanguage, week: int | None = None) -> str:
        """A note naming the meetings whose changed agenda is not in the printouts of ``language``.

        The languages are named as the dialog's list names them, so the note points at a choice there.
        With ``week``, about that week alone.
        """
        changed = changed_agendas(self.course_meetings()) if language.folder is not None else []
        changed = [meeting for meeting in changed if week is None or meeting.number == week]
        if not changed:
            return ""
        own = self.choices()[0].name
        if len(changed) == 1:
            return self.tr(
                "Not in the {language} printouts: your changes to the agenda of week {week}. That week's plan "
                "is printed as it comes. Choose {course} to print your changes."
            ).format(week=changed[0].number, course=own, language=language.name)
        return self.tr(
            "Not in the {language} printouts: your changes to the agendas of weeks {weeks}. Those weeks' plans "
            "are printed as they come. Choose {course} to print your changes."
        ).format(weeks=", ".join(str(meeting.number) for meeting in changed), course=own, language=language.name)
