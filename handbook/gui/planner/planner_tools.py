"""The controller behind the planner, the activity library and printing (see planning_menu.py).

It is loaded the first time one of their menu actions is used, and builds each window the
first time it is opened. The windows are the main window's children, so they close with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from handbook.core.errors import HandbookError
from handbook.core.settings import Settings
from handbook.gui.shared.message import MessageBridge

if TYPE_CHECKING:
    from handbook.core.content.model import Pack
    from handbook.core.planning.circle import CircleDetails
    from handbook.core.planning.plans import Meeting
    from handbook.core.planning.store import PlannerStore
    from handbook.gui.planner.activity_library import ActivityLibrary
    from handbook.gui.planner.planner_window import PlannerWindow
    from handbook.gui.planner.print_dialog import PrintDialog, PrintRequest
    from handbook.gui.planner.print_support import PrintPreview
    from handbook.gui.reader.main_window import MainWindow
    from handbook.gui.shared.background_job import BackgroundJob
    from handbook.printing.jobs import PrintJob

Made = TypeVar("Made")


class PlanningTools(QObject):
    """The controller behind Tools > Session planner, Tools > Activity library and File > Print."""

    def __init__(
        self,
        window: MainWindow,
        profile_dir: Path,
        settings: Settings,
        style_sheet: str = "",
        messages: MessageBridge | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages or MessageBridge.for_window(window)
        self.profile_dir = profile_dir
        self._store: PlannerStore | None = None
        self.settings = settings
        self.style_sheet = style_sheet
        self.planner: PlannerWindow | None = None
        self.library: ActivityLibrary | None = None
        self.print_dialog: PrintDialog | None = None
        self.preview: PrintPreview | None = None
        self.exports: list[BackgroundJob] = []
        self.last_folder = ""
        self.meeting_window: QWidget | None = None
        self.log_dialog: QWidget | None = None
        self.report_dialog: QWidget | None = None
        from handbook.gui.planner.paper_languages import PaperLanguages  # with print_dialog: not read at start-up

        # The printouts' language: the course's, or a shipped translation's read when first chosen.
        self.languages = PaperLanguages(settings, lambda: self.pack, self.details, lambda: self.store.edits,
                                        self.meetings, self)  # fmt: skip

    # state

    @property
    def pack(self) -> Pack:
        return self.window.pack

    def set_profile_dir(self, profile_dir: Path) -> None:
        """Use another profile's saved planner; an open planner window is closed, its edits already saved."""
        self.profile_dir = profile_dir
        self._store = None
        if self.planner is not None:
            self.planner.close()
            self.planner.deleteLater()
            self.planner = None

    @property
    def store(self) -> PlannerStore:
        """The saved planner, read when first needed rather than at start-up."""
        if self._store is None:
            from handbook.core.planning.store import PLANNER_FILE, PlannerStore

            self._store = PlannerStore(self.profile_dir / PLANNER_FILE, self.pack)
            if self._store.moved_aside is not None:
                self.messages.error(
                    self.tr(
                        "The planner's file could not be read; it was kept as {path} and the planner starts afresh."
                    ).format(path=self._store.moved_aside),
                    20_000,
                )
        return self._store

    def details(self) -> CircleDetails:
        from handbook.core.planning.circle import CircleDetails

        if self.planner is not None:
            return self.planner.details()
        return self.store.details or CircleDetails()

    def meetings(self) -> list[Meeting]:
        from handbook.core.planning.plans import build_meetings

        if not self.pack.plans:  # an imported course may have none: nothing to plan, but forms and cards still print
            return []
        return build_meetings(self.pack, self.details(), self.store.edits)

    def current_week(self) -> int:
        """The planner's chosen meeting, else the next one to come."""
        from handbook.core.planning.plans import next_meeting

        if self.planner is not None and self.planner.isVisible():
            return self.planner.selected_week()
        meeting = next_meeting(self.meetings())
        return meeting.number if meeting else 1

    def page_size(self) -> str:
        from handbook.printing.options import default_page_size

        chosen = str(self.settings.get("page_size"))
        return chosen if chosen in ("A4", "Letter") else default_page_size()

    # windows

    def open_planner(self) -> PlannerWindow:
        if self.planner is None:
            from handbook.gui.planner.planner_window import PlannerWindow

            self.planner = PlannerWindow(self.pack, self.store, self.window)
            self.planner.planPrintRequested.connect(lambda week: self.print_job(lambda: self._plan_job(week)))
            self.planner.planSaveRequested.connect(lambda week: self.save_job(lambda: self._plan_job(week)))
            self.planner.packetPrintRequested.connect(lambda: self.print_job(self._packet_job))
            self.planner.packetSaveRequested.connect(lambda: self.save_job(self._packet_job))
            self.planner.form.detailsEdited.connect(self._circle_edited)
            self.planner.meetingRunRequested.connect(self.run_meeting)
            self.planner.meetingLogRequested.connect(self.log_meeting)
            self.planner.circleReportRequested.connect(self.circle_report)
        elif self.planner.pack is not self.pack:
            self.planner.set_pack(self.pack)
        self._raise(self.planner)
        return self.planner

    def _meeting(self, week: int) -> Meeting | None:
        meetings = self.meetings()
        return meetings[week - 1] if 1 <= week <= len(meetings) else None

    def run_meeting(self, week: int) -> QWidget | None:
        """Meeting mode for one week of the circle; its log entry opens when it ends."""
        from handbook.core.circle.store import CIRCLE_LOG_FILE
        from handbook.gui.meeting.meeting_host import run_meeting_mode

        meeting = self._meeting(week)
        if meeting is None:
            return None
        self.meeting_window = run_meeting_mode(self.profile_dir / CIRCLE_LOG_FILE, self.pack, meeting, self.window)
        return self.meeting_window

    def log_meeting(self, week: int) -> QWidget | None:
        """'How did it go?' for any week, filled in later from paper."""
        from handbook.core.circle.store import CIRCLE_LOG_FILE, CircleLogStore
        from handbook.gui.meeting.meeting_host import open_log_dialog

        meeting = self._meeting(week)
        if meeting is None:
            return None
        store = CircleLogStore(self.profile_dir / CIRCLE_LOG_FILE, meeting.count)
        if store.refused:
            self.messages.error(store.refused, 20_000)
            return None
        if store.moved_aside is not None:
            self.messages.error(
                self.tr("The circle log could not be read; it was kept as {path} and the log starts again.").format(
                    path=store.moved_aside
                ),
                20_000,
            )
        self.log_dialog = open_log_dialog(store, meeting, self.planner or self.window)
        return self.log_dialog

    def circle_report(self) -> QWidget:
        """The circle's chart and sums, with the end-of-circle report saved as a PDF from there."""
        from handbook.core.circle.store import CIRCLE_LOG_FILE, CircleLogStore
        from handbook.gui.meeting.report_dialog import ReportDialog

        details = self.details()
        store = CircleLogStore(self.profile_dir / CIRCLE_LOG_FILE, details.meetings)
        self.report_dialog = ReportDialog(
            store.log, details, self.messages.ask.save_path, self.planner or self.window, pack=self.pack
        )
        self.report_dialog.show()
        return self.report_dialog

    def _circle_edited(self, _details: object) -> None:
        QTimer.singleShot(0, self, self._refresh_plan_page)  # after the planner has saved them

    def _refresh_plan_page(self) -> None:
        """A plan in the reader shows the circle's times: again after they change in the planner."""
        from handbook.core.content.model import SessionPlan

        if isinstance(self.window.current, SessionPlan):
            self.window.refresh()

    def open_library(self) -> ActivityLibrary:
        if self.library is None:
            from handbook.gui.planner.activity_library import ActivityLibrary

            self.library = ActivityLibrary(self.pack, self.style_sheet, self.window)
            self.library.addToPlanRequested.connect(self.add_to_plan)
            self.library.cardsPrintRequested.connect(lambda ids, n: self.print_job(lambda: self._cards_job(ids, n)))
            self.library.cardsSaveRequested.connect(lambda ids, n: self.save_job(lambda: self._cards_job(ids, n)))
            self.library.pageLinkActivated.connect(self._open_in_reader)
        elif self.library.pack is not self.pack:
            self.library.set_pack(self.pack)
        self._raise(self.library)
        return self.library

    def _raise(self, widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def _open_in_reader(self, path: str, fragment: str) -> None:
        self.window.open_path(path, fragment)
        self._raise(self.window)

    def add_to_plan(self, activity_id: str) -> None:
        planner = self.open_planner()
        if planner.add_activity(activity_id):
            activity = self.pack.activity(activity_id)
            meeting = planner.current_meeting()
            if activity is not None and meeting is not None:
                self.messages.info(
                    self.tr("Added {activity} to week {week}.").format(activity=activity.title, week=meeting.number),
                    8000,
                )

    def open_print_dialog(self) -> PrintDialog:
        from handbook.core.content.model import Form
        from handbook.gui.planner.print_dialog import PrintDialog

        current = self.window.current
        form_id = current.id if isinstance(current, Form) else ""
        chosen = self.languages.chosen()
        names = [(choice.code, choice.name) for choice in self.languages.choices()]
        dialog = PrintDialog(self.pack, self.meetings(), self.page_size(), self.current_week(), form_id, self.window,
                             names, chosen.code)  # fmt: skip
        dialog.printRequested.connect(lambda request: self.print_job(lambda: self.job_for(request)))
        dialog.saveRequested.connect(lambda request: self.save_job(lambda: self.job_for(request)))
        dialog.page_size.currentTextChanged.connect(lambda size: self.settings.set("page_size", size))
        dialog.languageChosen.connect(lambda code: self._build(lambda: self.languages.show_in(dialog, code)))
        self.print_dialog = dialog
        if chosen.folder is not None:
            self.languages.show_in(dialog, chosen.code, remember=False)
        dialog.show()
        return dialog

    # jobs

    def job_for(self, request: PrintRequest) -> PrintJob:
        """The dialog's request as a job, from the pack of the printouts' language."""
        return self.languages.job(lambda pack, meetings: self._job_from(request, pack, meetings), request.language)

    def _job_from(self, request: PrintRequest, pack: Pack, meetings: list[Meeting]) -> PrintJob:
        from handbook.core.content.activities import ActivityFilter, filter_activities
        from handbook.printing import jobs
        from handbook.printing.form_sheet import find_form

        size = request.page_size
        if request.what == "plan":
            return jobs.plan_job(pack, meetings, self.details(), request.week, size)
        if request.what == "packet":
            return jobs.packet_job(pack, meetings, self.details(), size)
        if request.what == "form":
            return jobs.form_job(find_form(pack, request.form_id), size, request.rows, self.store.details)
        wanted = ActivityFilter(kinds=frozenset([request.kind]) if request.kind else frozenset())
        return jobs.cards_job(pack, filter_activities(pack.activities, wanted, "kind"), size, request.per_page)

    def _plan_job(self, week: int) -> PrintJob:
        from handbook.printing.jobs import plan_job

        return plan_job(self.pack, self.meetings(), self.details(), week, self.page_size())

    def _packet_job(self) -> PrintJob:
        from handbook.printing.jobs import packet_job

        return packet_job(self.pack, self.meetings(), self.details(), self.page_size())

    def _cards_job(self, ids: list[str], per_page: int) -> PrintJob:
        from handbook.printing.jobs import cards_job

        chosen = [a for a in (self.pack.activity(i) for i in ids) if a is not None]
        return cards_job(self.pack, chosen, self.page_size(), per_page)

    def print_current_plan(self) -> None:
        """This week's plan in the printouts' language (as File > Print would), saying if changes are left out."""
        from handbook.gui.planner.print_dialog import PLAN, PrintRequest

        if not self.pack.plans:
            self.messages.info(self.tr("This course has no session plans to print."), 8000)
            return
        week, language = self.current_week(), self.languages.chosen()
        request = PrintRequest(PLAN, self.page_size(), week, language=language.code)
        self.print_job(lambda: self.job_for(request))
        note = self.languages.changes_note(language, week)
        if note:
            self.messages.info(note, 20_000)

    # printing and saving

    def _parent(self) -> QWidget:
        active = [w for w in (self.print_dialog, self.planner, self.library) if w is not None and w.isActiveWindow()]
        return active[0] if active else self.window

    def _build(self, make: Callable[[], Made]) -> Made | None:
        """What ``make`` makes, or None when it fails on the user's content (said in a dialog)."""
        try:
            return make()
        except HandbookError as exc:
            self.show_error(exc.message)
            return None

    def print_job(self, make_job: Callable[[], PrintJob]) -> None:
        """A print preview of the job; printing goes on from the preview's print button."""
        from handbook.gui.planner.print_support import PrintPreview

        job = self._build(make_job)
        if job is None:
            return
        self.preview = PrintPreview(job, self._parent())
        self.preview.open()

    def save_job(self, make_job: Callable[[], PrintJob]) -> None:
        from handbook.gui.planner.print_support import pdf_export

        job = self._build(make_job)
        if job is None:
            return
        target = self.ask_pdf_path(job)
        if target is None:
            return
        self.last_folder = str(target.parent)
        export = pdf_export(job, target, self)
        export.finished.connect(lambda: self.exports.remove(export))
        export.on_success(lambda pages: self._saved(str(target), pages if isinstance(pages, int) else 0))
        export.on_failure(
            lambda error: self.show_error(error.message if isinstance(error, HandbookError) else str(error))
        )
        self.exports.append(export)
        self.messages.info(self.tr("Saving {title}...").format(title=job.title), 0)  # until it is saved
        export.start()

    def _saved(self, path: str, pages: int) -> None:
        saved = (
            self.tr("Saved {path} (1 page).").format(path=path)
            if pages == 1
            else self.tr("Saved {path} ({pages} pages).").format(path=path, pages=pages)
        )
        self.messages.info(saved, 10000)
        self.show_saved(path, saved)

    # questions and messages; tests replace these

    def show_saved(self, path: str, text: str) -> None:
        """Say so in the window in use (the planner, the print dialog), with a way to open the PDF.

        Not modal: the person carries on, and the note goes when they close it.
        """
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("PDF saved"), text, QMessageBox.StandardButton.Ok,
                          self._parent())  # fmt: skip
        opener = box.addButton(self.tr("&Open the PDF"), QMessageBox.ButtonRole.ActionRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: QDesktopServices.openUrl(QUrl.fromLocalFile(path)) if button is opener else None
        )
        box.show()

    def ask_pdf_path(self, job: PrintJob) -> Path | None:
        from handbook.gui.planner.print_support import ask_pdf_path
        from handbook.gui.shared.prompts import Prompts

        return ask_pdf_path(Prompts(self._parent()), job, self.last_folder)

    def show_error(self, message: str) -> None:
        from handbook.gui.shared.prompts import Prompts

        Prompts(self._parent()).warn(self.tr("Cannot print"), message[:1].upper() + message[1:])
