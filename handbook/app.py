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
from handbook.core.content.model import Pack
from handbook.core.content.page_cache import FirstPageCopy
from handbook.core.errors import HandbookError
from handbook.core.packs.active import load_active_pack
from handbook.core.paths import DataDir, resolve_data_dir
from handbook.core.resources import BrokenInstallError, bundled_pack_dir, read_resource_text, resource_path
from handbook.core.settings import Settings
from handbook.gui.packs.packs_action import add_packs_action
from handbook.gui.planner.planning_menu import install_planning_tools
from handbook.gui.progress.progress_controller import ProgressController
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.shared.first_paint import call_after_first_paint
from handbook.gui.shared.message import MessageBridge
from handbook.gui.shared.startup_error import show_startup_error
from handbook.gui.shared.theme_menu import apply_chosen_theme, install_theme
from handbook.translation import install_translation

if TYPE_CHECKING:
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


def build_session(data_dir: Path, pack_dir: Path | None = None) -> Session:
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
    settings = Settings(data.settings_file)
    active = load_active_pack(data.root, settings) if pack_dir is None else None
    if active is None:
        from handbook.core.content.loader import load_pack  # parses YAML: the usual start reads a saved copy

        pack = load_pack(pack_dir or bundled_pack_dir())
    else:
        pack = active.pack
    window_state = QSettings(str(data.root / "window.ini"), QSettings.Format.IniFormat)
    style_sheet = read_resource_text("style", "reader.css")
    window = MainWindow(pack, settings, window_state, style_sheet=style_sheet)
    window.page_copy = FirstPageCopy(data.cache, QLocale().name())
    apply_chosen_theme(settings)
    install_theme(window, window.view_menu, settings)
    messages = MessageBridge.for_window(window)  # the one bridge: every logic object below reports through it
    progress = ProgressController(window, data, settings, style_sheet, messages)

    def profile_dir(folder: str | None) -> Path:
        return data.profile(folder) if folder else data.guest  # the guest's planner until a profile is open

    # The planner's circle details and plan edits belong to the profile that is open.
    planning = install_planning_tools(
        window, profile_dir(progress.profile.folder if progress.profile else None), settings, style_sheet, messages
    )
    progress.profileChanged.connect(lambda folder: planning.set_profile_dir(profile_dir(folder)))
    add_packs_action(
        window,
        data.root,
        settings,
        before_update=lambda pack_id: backup_every_profile(data, progress),
        messages=messages,
    )
    notes = [note for note in (settings.notice, active.note if active else "") if note]
    if notes:
        messages.info(" ".join(notes), 20_000)
    return Session(data, settings, pack, window, messages, progress)


def backup_every_profile(data: DataDir, progress: ProgressController) -> None:
    """Before a pack update: save what is being typed, then back up every profile of the data dir."""
    from handbook.core.progress.backup import backup_now

    progress.flush_notes()
    backup_now("pack-update", data.root)


def check_search(pack: Pack) -> None:
    """Index the pack in memory and find its first page: proves this build's SQLite has FTS5 and its stemmer."""
    from handbook.core.search.index import SearchIndex, parse_query
    from handbook.core.search.stems import stemming_works

    if not stemming_works():
        raise HandbookError(
            "search cannot find other forms of words: the snowballstemmer library is missing; "
            "reinstall Handbook, or run: python3 -m pip install snowballstemmer"
        )
    first = next(iter(pack.pages()), None)
    with SearchIndex(":memory:") as index:
        index.build(pack)
        if (
            first is not None
            and parse_query(first.title)
            and not any(hit.path == first.path for hit in index.search(f'"{first.title}"'))
        ):
            raise HandbookError(f"search did not find the page '{first.title}'; the search index is not working.")


FIRST_PAINT_MARK = "first page painted"  # printed by --exit-after-start; benchmarks wait for it


def _say_painted_and_quit() -> None:
    if sys.stdout is not None:  # a windowed app on Windows has no stdout
        print(FIRST_PAINT_MARK, flush=True)
    QApplication.quit()


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
        session = build_session(data_dir)
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
    window = session.window
    first = (session.progress.start_page() if session.progress else "") or window.first_page_path()
    window.show()
    if first:
        window.open_path(first)
    if args.exit_after_start:  # first, so the mark is printed before other first-paint work runs
        call_after_first_paint(window.reader.viewport(), _say_painted_and_quit, first=True)
        QTimer.singleShot(10_000, app.quit)  # never hang a benchmark
    if session.progress is not None:
        session.progress.start_after_first_paint(interactive=not args.exit_after_start)
    call_after_first_paint(window.reader.viewport(), lambda: start_search(session))
    if window.page_copy is not None:
        call_after_first_paint(window.reader.viewport(), window.page_copy.save)  # off the first paint's path
    try:
        return app.exec()
    finally:
        if session.progress is not None:
            session.progress.shutdown()  # also when the app quits without closing the window
        if window.page_copy is not None:
            window.page_copy.save()  # the page the user left, painted first next time
        hook.uninstall()
        lock.unlock()


def smoke_test(args: argparse.Namespace) -> int:
    """Load the bundled pack, render every page, open the window and close it."""
    import tempfile

    from handbook.core.content.loader import load_pack
    from handbook.core.content.pages import render_page

    pack = load_pack(bundled_pack_dir())
    if pack.has_errors:
        for problem in pack.problems:
            print(problem.format(pack.root), file=sys.stderr)
        raise HandbookError("the bundled course has errors (listed above); run 'handbook validate'.")
    pages = list(pack.pages())
    for page in pages:
        render_page(page, pack)
    check_search(pack)
    app = application()
    with tempfile.TemporaryDirectory(prefix="handbook-smoke-") as tmp:
        session = build_session(Path(tmp), pack.root)
        window = session.window
        window.show()
        window.open_path(window.first_page_path())
        app.processEvents()
        if not window.reader.toPlainText().strip():
            raise HandbookError("the first page rendered empty.")
        window.close()
        app.processEvents()
    print(f"smoke test passed: {len(pages)} pages of '{pack.info.title}' {pack.info.version}")
    return 0
