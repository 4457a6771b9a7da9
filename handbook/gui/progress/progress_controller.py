"""Wires a profile's progress into the main window: what the reader shows, what a click saves.

Opening a lesson puts it in progress; ticks, quiz answers, notes, the scroll position and the
time spent are saved as they happen; the tree and the status bar show how far the course is.
Dialogs and file actions live in their own modules and are imported when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from handbook.core.content.model import Pack, Page
from handbook.core.content.render_model import PageState
from handbook.core.errors import HandbookError
from handbook.core.paths import DataDir
from handbook.core.progress import reading
from handbook.core.settings import Settings
from handbook.gui.progress.reading_tracker import ReadingTracker
from handbook.gui.progress.save_guard import SaveGuard
from handbook.gui.progress.study_timer import StudyTimer
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.shared.first_paint import call_after_first_paint
from handbook.gui.shared.message import Asker, MessageBridge

if TYPE_CHECKING:
    from handbook.core.progress.profiles import Profile, Profiles, Recovery
    from handbook.core.progress.record import ItemProgress
    from handbook.core.progress.store import NoteListener, ProgressStore
    from handbook.gui.progress.course_progress_view import CourseProgressView
    from handbook.gui.progress.profile_actions import BackupActions, ProfileActions
    from handbook.gui.progress.progress_files import ProgressFiles
    from handbook.gui.progress.progress_windows import OverviewWindows
    from handbook.gui.reader.notes_pane import NotesPane

BACKUP_EVERY_MS = 30 * 60 * 1000
START_BACKUP_DELAY_MS = 2000

Key = tuple[str, str]


class ProgressController(QObject):
    """Owns the open profile's store; everything else reaches progress through it.

    Other features hook in here rather than on a store, which changes with the profile:
    ``profileChanged`` says another profile is open (its folder, '' for none), and
    ``add_note_listener`` hears every saved note of whichever profile is open.
    """

    profileChanged = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        data: DataDir,
        settings: Settings,
        style_sheet: str = "",
        messages: MessageBridge | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.settings = settings
        self.style_sheet = style_sheet
        self._messages = messages or MessageBridge.for_window(window)
        self._profiles: Profiles | None = None
        self.profile: Profile | None = None
        self.store: ProgressStore | None = None
        self.recovery: Recovery | None = None
        self.open_error = ""
        self.saving = SaveGuard(lambda: self.store, self._messages, self)
        self._backup_revision = -1
        self._files: ProgressFiles | None = None
        self._overview: OverviewWindows | None = None
        self._profile_actions: ProfileActions | None = None
        self._backup_actions: BackupActions | None = None
        self._shut_down = False
        self._note_listeners: list[NoteListener] = []

        # Built by attach_ui() once the first page is painted (see start_after_first_paint).
        self.notes: NotesPane | None = None
        self.overview: CourseProgressView | None = None
        self.mark_done: QAction | None = None
        self.retry: QAction | None = None
        self.timer = StudyTimer(window.isActiveWindow, self)
        self._backup_timer = QTimer(self, interval=BACKUP_EVERY_MS)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._start_backup_timer = QTimer(self, singleShot=True, interval=START_BACKUP_DELAY_MS)
        self._start_backup_timer.timeout.connect(lambda: self.backup("start"))
        self._refresh_timer.timeout.connect(self.refresh_now)

        self.tracker = ReadingTracker(self, self)
        window.state_for = self.state_for
        self._backup_timer.timeout.connect(self.timed_backup)
        window.installEventFilter(self)

        last = data.last_profile(settings.get("last_profile"))
        if last:  # TinyDB and the store load only when there is one
            profile = self.profiles.get(last, read_name=False)
            if profile is not None:
                self._open(profile)
        self.changed()

    @property
    def messages(self) -> MessageBridge:
        """Where status lines and questions go (see ``gui.message``)."""
        return self._messages

    @property
    def prompts(self) -> Asker:
        """The bridge's asker; tests put a stand-in here."""
        return self._messages.ask

    @prompts.setter
    def prompts(self, prompts: Asker) -> None:
        self._messages.ask = prompts

    @property
    def profiles(self) -> Profiles:
        from handbook.core.progress.profiles import Profiles

        if self._profiles is None:
            self._profiles = Profiles(self.data)
        return self._profiles

    def files(self) -> ProgressFiles:
        from handbook.gui.progress.progress_files import ProgressFiles

        if self._files is None:
            self._files = ProgressFiles(self, self)
        return self._files

    def overview_windows(self) -> OverviewWindows:
        from handbook.gui.progress.progress_windows import OverviewWindows

        if self._overview is None:
            self._overview = OverviewWindows(self, self)
        return self._overview

    # the open profile

    @property
    def pack(self) -> Pack:
        return self.window.pack

    def records(self) -> dict[Key, ItemProgress]:
        if self.store is None:
            return {}
        return {record.key: record for record in self.store.records(self.pack.info.id)}

    def key_for(self, page: Page) -> Key:
        return reading.key_for(self.pack, page)

    def state_for(self, page: Page) -> PageState:
        if self.store is None:
            return PageState()
        record = self.store.get(*self.key_for(page))
        return PageState(ticks=record.ticks, answers=record.answers)

    def _open(self, profile: Profile, store: ProgressStore | None = None) -> bool:
        from handbook.core.progress.profiles import Profile

        try:
            if store is None:
                store, self.recovery = self.profiles.open(profile)
        except HandbookError as exc:
            self.open_error = exc.message
            return False
        self.store = store
        self.profile = Profile(profile.folder, store.profile_name or profile.name, profile.root)
        self._backup_revision = -1
        for listener in self._note_listeners:
            store.add_note_listener(listener)
        self.settings.set("last_profile", profile.folder)
        self.profileChanged.emit(profile.folder)
        return True

    def flush_reading(self) -> None:
        """Save what the reader has waiting: a note being typed, a scroll position, time not yet written."""
        self.tracker.flush()

    def flush_notes(self) -> None:
        """Save a note that is being typed now (before it is read elsewhere)."""
        if self.notes is not None:
            self.notes.flush()

    def add_note_listener(self, listener: NoteListener) -> None:
        """Call ``listener(pack_id, item_id, text)`` after each saved note, in any profile opened."""
        self._note_listeners.append(listener)
        if self.store is not None:
            self.store.add_note_listener(listener)

    def _close_profile(self) -> None:
        """Save what is waiting, back up, and let go of the store."""
        self.tracker.flush()
        if self.store is not None:
            self.saving.before_close()
            self.backup("close")
            self.store.close()
        self.store = self.profile = None

    def switch_to(self, profile: Profile, store: ProgressStore | None = None) -> None:
        self._close_profile()
        if not self._open(profile, store):
            self.profileChanged.emit("")
            self.messages.ask.warn(self.tr("Profile not opened"), self.open_error)
        self.show_recovery()
        self._start_backup_timer.start()
        start = self.start_page()
        if start:
            self.window.open_path(start)
        self.changed()

    def start_page(self) -> str:
        """The page to open: where this profile left off, or the start of the course."""
        return reading.start_page(self.store, self.pack)

    def start_after_first_paint(self, interactive: bool = True) -> None:
        """Run ``after_start`` once the reader has painted the first page (start-up shows content first)."""
        # A turn later than the paint, so the first page reaches the screen before the notes pane,
        # the marks of progress and the menus are built.
        call_after_first_paint(
            self.window.reader.viewport(), lambda: QTimer.singleShot(0, self, lambda: self.after_start(interactive))
        )

    def attach_ui(self) -> None:
        """The notes pane, the marks and bars of progress, and the menu actions (once)."""
        if self.notes is not None:
            return
        from handbook.gui.progress.course_progress_view import CourseProgressView
        from handbook.gui.progress.progress_actions import build_actions
        from handbook.gui.reader.notes_pane import NotesPane

        self.notes = NotesPane(self.window)
        if not self.window.add_panel(self.notes):  # not where the person left it last time: at the right
            self.notes.show()  # the window is already on screen
        self.notes.noteEdited.connect(self.tracker.on_note)
        self.overview = CourseProgressView(self.window.sidebar.course, self.window.statusBar())
        self.overview.profileClicked.connect(self.show_profiles)
        self.mark_done, self.retry = build_actions(self, self.tracker)
        if self.window.current is not None:
            self.tracker.show_notes(self.window.current)
        self.changed()
        self.refresh_now()

    def after_start(self, interactive: bool = True) -> None:
        """Once the window shows: tell about a recovered file, welcome a new person, start the timers."""
        self.attach_ui()
        self.timer.start()
        self._backup_timer.start()
        self._start_backup_timer.start()
        if not interactive:
            return
        if self.open_error:
            self.messages.ask.warn(self.tr("Profile not opened"), self.open_error)
        self.show_recovery()
        if self.store is None:
            from handbook.gui.progress.profile_actions import welcome

            welcome(self)

    def show_recovery(self) -> None:
        if self.recovery is not None:
            recovery, self.recovery = self.recovery, None
            if recovery.damaged is None:
                self.messages.ask.warn(self.tr("Some progress set aside"), recovery.message())
            else:
                self.messages.ask.warn(self.tr("Progress restored from a backup"), recovery.message())

    # saving

    def save(self, change: Callable[[ProgressStore], object]) -> bool:
        """Run a change on the store; a failed write is shown, and kept in memory until a write works."""
        return self.saving.run(change)

    def backup(self, reason: str) -> None:
        """Back up the open profile now (start, close, timed, before an import...); problems go to the status bar."""
        if self.store is None:
            return
        from handbook.core.progress.backup import make_backup

        try:
            make_backup(self.store.path, reason)
            self._backup_revision = self.store.revision
        except HandbookError as exc:
            self.messages.error(self.tr("Backup not made: {error}").format(error=exc.message))

    def timed_backup(self) -> None:
        if self.store is not None and self.store.revision != self._backup_revision:
            self.backup("timed")

    def shutdown(self) -> None:
        if not self._shut_down:
            self._shut_down = True
            self._close_profile()
            self.timer.stop()
            self._backup_timer.stop()
            self._start_backup_timer.stop()
            self._refresh_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def need_profile(self) -> bool:
        if self.store is None:
            self.messages.info(
                self.tr("Make or choose a profile (Tools > Profiles, Ctrl+Shift+U) to keep your answers.")
            )
            return True
        return False

    def continue_reading(self) -> None:
        """Back to the course: the lesson read last, else the first lesson not done yet."""
        path = self.continue_page()
        if path:
            self.window.open_path(path)

    def continue_page(self) -> str:
        return reading.continue_page(self.store, self.pack)

    def changed(self) -> None:
        """Bring the actions up to date now, and the tree, status bar and open overviews soon.

        Several changes in a row (a page opened, then marked in progress) redraw the overview
        once, when the event loop next runs; at start that is after the first page is painted.
        """
        if self.mark_done is None or self.retry is None:
            return  # not attached yet: attach_ui() brings everything up to date
        state = reading.actions_state(self.store, self.pack, self.window.current)
        self.mark_done.setEnabled(state.can_mark_done)
        self.mark_done.setChecked(state.is_done)
        self.retry.setEnabled(state.can_retry)
        self._refresh_timer.start()

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        if self.overview is None:
            return
        self.overview.update_progress(self.pack, self.records(), self.profile.name if self.profile else "")
        if self._overview is not None:
            self._overview.refresh()

    # windows and dialogs, imported when first opened

    def show_dashboard(self) -> None:
        self.overview_windows().show_dashboard()

    def show_journal(self) -> None:
        self.overview_windows().show_journal()

    def show_profiles(self) -> None:
        from handbook.gui.progress.profile_actions import ProfileActions

        if self._profile_actions is None:
            self._profile_actions = ProfileActions(self, self)
        self._profile_actions.show()

    def show_backups(self) -> None:
        from handbook.gui.progress.profile_actions import BackupActions

        if self.need_profile():
            return
        if self._backup_actions is None:
            self._backup_actions = BackupActions(self, self)
        self._backup_actions.show()
