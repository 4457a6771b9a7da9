"""The GUI's composition root: builds settings, content and windows, and wires them together."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from handbook import __version__
from handbook.core.content import Pack
from handbook.core.errors import HandbookError
from handbook.core.loader import load_pack
from handbook.core.pages import render_page
from handbook.core.paths import DataDir, resolve_data_dir
from handbook.core.resources import bundled_pack_dir, read_resource_text, resource_path
from handbook.core.settings import Settings
from handbook.gui.main_window import MainWindow
from handbook.gui.progress_controller import ProgressController


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
    icon = resource_path("icons", "handbook.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


@dataclass
class Session:
    """Everything one running window needs, built from a data dir."""

    data: DataDir
    settings: Settings
    pack: Pack
    window: MainWindow
    progress: ProgressController | None = None


def build_session(data_dir: Path, pack_dir: Path | None = None) -> Session:
    data = DataDir(data_dir)
    try:
        data.ensure()
    except OSError as exc:
        raise HandbookError(
            f"{data_dir}: cannot create the data folder ({exc.strerror}). "
            "Choose another one with --data-dir."
        ) from None
    settings = Settings(data.settings_file)
    pack = load_pack(pack_dir or bundled_pack_dir())
    window_state = QSettings(str(data.root / "window.ini"), QSettings.Format.IniFormat)
    style_sheet = read_resource_text("style", "reader.css")
    window = MainWindow(pack, settings, window_state, style_sheet=style_sheet)
    progress = ProgressController(window, data, settings, style_sheet)
    return Session(data, settings, pack, window, progress)


class _FirstPaint(QObject):
    """Quits the app right after the reader paints its first page (for --exit-after-start)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_gui(args: argparse.Namespace) -> int:
    from handbook.gui.lock_dialog import lock_data_dir

    app = application()
    data_dir = resolve_data_dir(args.data_dir, portable=args.portable)
    lock = lock_data_dir(data_dir, interactive=not args.exit_after_start)
    try:
        session = build_session(data_dir)
    except BaseException:
        lock.unlock()
        raise
    window = session.window
    first = (session.progress.start_page() if session.progress else "") or window.first_page_path()
    window.show()
    if first:
        window.open_path(first)
    if session.progress is not None:
        session.progress.start_after_first_paint(interactive=not args.exit_after_start)
    if args.exit_after_start:
        watcher = _FirstPaint(app)
        window.reader.viewport().installEventFilter(watcher)
        QTimer.singleShot(10_000, app.quit)  # never hang a benchmark
    try:
        return app.exec()
    finally:
        if session.progress is not None:
            session.progress.shutdown()  # also when the app quits without closing the window
        lock.unlock()


def smoke_test(args: argparse.Namespace) -> int:
    """Load the bundled pack, render every page, open the window and close it."""
    pack = load_pack(bundled_pack_dir())
    if pack.has_errors:
        for problem in pack.problems:
            print(problem.format(pack.root), file=sys.stderr)
        raise HandbookError("the bundled course has errors (listed above); run 'handbook validate'.")
    pages = list(pack.pages())
    for page in pages:
        render_page(page, pack)
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
