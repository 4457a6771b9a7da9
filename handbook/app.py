"""The GUI's composition root: builds settings, content and windows, and wires them together."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from handbook import __version__
from handbook.core.content.model import Pack, PackInfo
from handbook.core.errors import HandbookError
from handbook.core.paths import DataDir, resolve_data_dir
from handbook.core.resources import BrokenInstallError, bundled_pack_dir, read_resource_text, resource_path
from handbook.core.settings import Settings
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.shared.first_paint import call_after_first_paint
from handbook.gui.shared.message import MessageBridge
from handbook.gui.shared.startup_error import show_startup_error
from handbook.gui.shared.theme_menu import apply_chosen_theme, install_theme
from handbook.translation import install_translation

if TYPE_CHECKING:
    from handbook.core.content.page_copy_file import SavedPage
    from handbook.gui.progress.progress_controller import ProgressController
    from handbook.gui.search.search_feature import SearchFeature


def needs_offscreen() -> bool:
    """True on Linux with no display, where Qt must draw offscreen (CI, a terminal over SSH)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Handbook")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("handbook")
    # Without its resources the app still starts far enough to show a dialog saying so (build_session).
    with contextlib.suppress(BrokenInstallError):
        icon = resource_path("icons", "handbook.png")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
        install_translation(app, QLocale())
    return app


@dataclass
class Session:
    """Everything one running window needs, built from a data dir."""

    data: DataDir
    settings: Settings
    pack: Pack
    window: MainWindow
    messages: MessageBridge  # status lines and questions, for every logic object of this window
    progress: ProgressController | None = None
    search: SearchFeature | None = None  # started after the first paint


def start_search(session: Session) -> None:
    """Add search to the window and open or build the index (off the GUI thread)."""
    from handbook.gui.search.search_feature import SearchFeature

    session.search = SearchFeature(session.window, session.data.cache, session.messages)
    if session.progress is not None:
        connect_notes_to_search(session.progress, session.search)


def connect_notes_to_search(progress: ProgressController, search: SearchFeature) -> None:
    """Journal notes are searchable: each saved note, and all of a profile's notes when it opens."""
    from handbook.core.progress.record import item_id_for

    def titles() -> dict[str, str]:
        return {item_id_for(page): page.title for page in search.pack.pages()}

    def note_saved(pack_id: str, item_id: str, text: str) -> None:
        search.update_note(pack_id, item_id, titles().get(item_id, item_id), text)

    def load_all_notes(*_: object) -> None:
        names = titles()
        notes = [(r.item_id, names.get(r.item_id, r.item_id), r.note) for r in progress.records().values() if r.note]
        search.replace_notes(search.pack.info.id, notes)

    progress.add_note_listener(note_saved)
    progress.profileChanged.connect(load_all_notes)
    search.window.packChanged.connect(load_all_notes)
    load_all_notes()


def open_data(data_dir: Path) -> tuple[DataDir, Settings]:
    """The data folder (made if need be) and its settings."""
    data = DataDir(data_dir)
    try:
        data.ensure()
    except OSError as exc:
        from handbook.core.i18n import translate

        raise HandbookError(
            translate(
                "data folder", "{folder}: cannot create the data folder ({reason}). Choose another one with --data-dir."
            ).format(folder=data_dir, reason=exc.strerror)
        ) from None
    return data, Settings(data.settings_file)


def load_pack_to_show(data: DataDir, settings: Settings, pack_dir: Path | None = None) -> tuple[Pack, str]:
    """The pack the window shows (``pack_dir``, or the active pack), and a note when the chosen one was not usable."""
    from handbook.core.packs.active import load_active_pack

    active = load_active_pack(data.root, settings) if pack_dir is None else None
    if active is not None:
        return active.pack, active.note
    from handbook.core.content.loader import load_pack  # parses YAML: the usual start reads a saved copy

    return load_pack(pack_dir or bundled_pack_dir()), ""


def make_window(data: DataDir, settings: Settings, pack: Pack) -> MainWindow:
    """The main window in the chosen theme, showing ``pack``; nothing is wired to it yet."""
    window_state = QSettings(str(data.root / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack, settings, window_state, style_sheet=read_resource_text("style", "reader.css"))
    apply_chosen_theme(settings)
    install_theme(window, window.view_menu, settings)
    return window


def wire_session(window: MainWindow, data: DataDir, settings: Settings, note: str = "") -> Session:
    """Everything else of a window: progress, planning, packs, and the copy of the page painted first next time."""
    from handbook.core.content.page_cache import FirstPageCopy
    from handbook.core.content.page_copy_file import start_facts
    from handbook.gui.packs.packs_action import add_packs_action
    from handbook.gui.planner.planning_menu import install_planning_tools
    from handbook.gui.progress.progress_controller import ProgressController

    language = QLocale().name()
    messages = MessageBridge.for_window(window)  # the one bridge: every logic object below reports through it
    progress = ProgressController(window, data, settings, window.style_sheet, messages)

    def profile_folder() -> str:
        return progress.profile.folder if progress.profile else ""

    window.page_copy = FirstPageCopy(
        data.cache, language, lambda pack: start_facts(pack.root, profile_folder(), language)
    )

    def profile_dir(folder: str | None) -> Path:
        return data.profile(folder) if folder else data.guest  # the guest's planner until a profile is open

    # The planner's circle details and plan edits belong to the profile that is open.
    planning = install_planning_tools(
        window, profile_dir(profile_folder() or None), settings, window.style_sheet, messages
    )
    progress.profileChanged.connect(lambda folder: planning.set_profile_dir(profile_dir(folder)))
    add_packs_action(
        window,
        data.root,
        settings,
        before_update=lambda pack_id: backup_every_profile(data, progress),
        messages=messages,
    )
    notes = [text for text in (settings.notice, note) if text]
    if notes:
        messages.info(" ".join(notes), 20_000)
    return Session(data, settings, window.pack, window, messages, progress)


def build_session(data_dir: Path, pack_dir: Path | None = None) -> Session:
    data, settings = open_data(data_dir)
    pack, note = load_pack_to_show(data, settings, pack_dir)
    return wire_session(make_window(data, settings, pack), data, settings, note)


def backup_every_profile(data: DataDir, progress: ProgressController) -> None:
    """Before a pack update: save what is being typed, then back up every profile of the data dir."""
    from handbook.core.progress.backup import backup_now

    progress.flush_notes()
    backup_now("pack-update", data.root)


FIRST_PAINT_MARK = "first page painted"  # printed by --exit-after-start; benchmarks wait for it
READY_MARK = "window ready"  # printed by --exit-after-start once the whole window is built, just before it exits


def _say(mark: str) -> None:
    if sys.stdout is not None:  # a windowed app on Windows has no stdout
        print(mark, flush=True)


def _say_painted() -> None:
    _say(FIRST_PAINT_MARK)


def saved_first_page(data: DataDir, settings: Settings) -> tuple[SavedPage, Path] | None:
    """The saved copy of the page the user left, and its pack's folder, when it can be painted before the pack loads.

    Its start key says it was saved for this app, language, pack folder and profile, and it must be the
    page last opened (a copy left behind by a crash, or one too big to save again, is not); everything
    else it depends on is checked once the pack is loaded (``FirstPageCopy.take``), right after the paint.
    """
    from handbook.core.content.page_copy_file import read_saved_page, start_facts
    from handbook.core.packs.active import resolve_active_pack

    saved = read_saved_page(data.cache)
    if saved is None or saved.path != settings.get("last_page"):
        return None
    folder = resolve_active_pack(data.root, settings)
    profile = data.last_profile(settings.get("last_profile"))  # the one the progress will open
    return (saved, folder) if saved.start == start_facts(folder, profile, QLocale().name()) else None


class WindowStart:
    """One start of the window: its session is built at once, or right after painting the saved first page."""

    def __init__(self, args: argparse.Namespace, window: MainWindow, data: DataDir, settings: Settings) -> None:
        self.args = args
        self.window = window
        self.data = data
        self.settings = settings
        self.session: Session | None = None
        self.error: Exception | None = None  # what ended the start after the first paint, raised by run_gui

    def finish(self, note: str = "", pack: Pack | None = None) -> None:
        """Wire the window, open the first page and start what runs after the first paint."""
        window = self.window
        if pack is not None:
            window.set_pack(pack)
        session = self.session = wire_session(window, self.data, self.settings, note)
        first = (session.progress.start_page() if session.progress else "") or window.first_page_path()
        window.show()
        if first:
            window.open_path(first)  # a page painted from the saved copy is checked here, and rendered if stale
        if session.progress is not None:
            session.progress.start_after_first_paint(interactive=not self.args.exit_after_start)
        call_after_first_paint(window.reader.viewport(), lambda: start_search(session))
        if window.page_copy is not None:
            call_after_first_paint(window.reader.viewport(), window.page_copy.save)  # off the first paint's path

    def finish_after_paint(self) -> None:
        """The pack, progress and the rest, once the saved first page is on the screen."""
        try:
            pack, note = load_pack_to_show(self.data, self.settings)
            self.finish(note, pack)
        except HandbookError as exc:
            self.error = exc
            if not self.args.exit_after_start:
                show_startup_error(exc)
            QApplication.quit()
            return
        except Exception as exc:  # a bug: the start fails as it would have before the paint, never half-built
            self.error = exc
            QApplication.quit()
            return
        if self.args.exit_after_start:
            _say(READY_MARK)
            QApplication.quit()

    def painted(self) -> None:
        _say_painted()
        if self.session is not None:  # built before the paint: nothing is left to wait for
            _say(READY_MARK)
            QApplication.quit()


def start_window(args: argparse.Namespace, data: DataDir, settings: Settings) -> WindowStart:
    """Show the window: the saved page the user left at once, the pack and the rest right after it is painted.

    Without a usable saved page (a first start, another pack or profile), everything is built before the window shows.
    """
    saved = saved_first_page(data, settings)
    if saved is None:
        pack, note = load_pack_to_show(data, settings)
        start = WindowStart(args, make_window(data, settings, pack), data, settings)
        start.finish(note)
        return start
    page, folder = saved
    # Until the pack is loaded, a stand-in with its title and folder (for the page's pictures).
    stand_in = Pack(PackInfo(id="", title=page.title, version=""), folder)
    start = WindowStart(args, make_window(data, settings, stand_in), data, settings)
    start.window.reader.show_page(page.html, page.path, folder)
    start.window.show()
    call_after_first_paint(start.window.reader.viewport(), start.finish_after_paint)
    return start


def run_gui(args: argparse.Namespace) -> int:
    from handbook.gui.shared.lock_dialog import lock_data_dir
    from handbook.instance_lock import AlreadyRunningError

    app = application()
    try:
        data_dir = resolve_data_dir(args.data_dir, portable=args.portable)
        lock = lock_data_dir(data_dir, interactive=not args.exit_after_start)
    except HandbookError as exc:
        # "Already open" had its own dialog (with a way to take over): the same words twice were one too many.
        if not args.exit_after_start and not isinstance(exc, AlreadyRunningError):
            show_startup_error(exc)
        raise
    from handbook.core.log import init_logging
    from handbook.gui.shared.error_hook import ErrorHook, dialog_over

    hook = ErrorHook(dialog_over(QApplication.activeWindow), init_logging(data_dir))
    hook.install()
    try:
        start = start_window(args, *open_data(data_dir))
    except HandbookError as exc:
        hook.uninstall()
        lock.unlock()
        if not args.exit_after_start:
            show_startup_error(exc)
        raise
    except BaseException:
        hook.uninstall()
        lock.unlock()
        raise
    window = start.window
    if args.exit_after_start:  # first, so the mark is printed before other first-paint work runs
        call_after_first_paint(window.reader.viewport(), start.painted, first=True)
        QTimer.singleShot(10_000, app.quit)  # never hang a benchmark
    try:
        code = app.exec()
    finally:
        if start.session is not None and start.session.progress is not None:
            start.session.progress.shutdown()  # also when the app quits without closing the window
        if window.page_copy is not None:
            window.page_copy.save()  # the page the user left, painted first next time
        hook.uninstall()
        lock.unlock()
    if start.error is not None:
        raise start.error
    return code
