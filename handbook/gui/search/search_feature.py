"""Search in the window: the field above the sidebar and Ctrl+K, the index built off the GUI thread.

The index is opened or built on a worker thread of its own; the panel searches through a
second connection on the GUI thread as soon as the file exists, so results come from what is
indexed so far while the rest is still being added.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QSplitter

from handbook.core.content.model import Pack
from handbook.core.search.index import SearchError, SearchHit, SearchIndex, open_index, remove_stale_indexes
from handbook.core.search.query import highlighted_words
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.search.search_panel import RESULT_LIMIT, SearchPanel
from handbook.gui.shared.message import MessageBridge


class _JobSignals(QObject):
    # Each carries the job's number, so that news from a job since replaced is ignored.
    ready = Signal(int, str)  # the index file exists and can be searched
    progress = Signal(int, int, int)  # pages indexed, pages in all
    finished = Signal(int)  # the index is complete
    failed = Signal(int, str)


class _IndexJob(QRunnable):
    """Opens the pack's index and completes it; runs on a pool thread with its own connection."""

    def __init__(self, number: int, cache_dir: Path, pack: Pack, signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the feature keeps it, to cancel it or take it back from the queue
        self.number = number
        self.cache_dir = cache_dir
        self.pack = pack
        self.signals = signals
        self.cancel = threading.Event()
        self.done = threading.Event()

    def run(self) -> None:
        try:
            with open_index(self.cache_dir, self.pack) as index:
                self._emit(self.signals.ready, self.number, index.path)
                complete = index.complete or index.build(
                    self.pack, progress=self._progress, cancelled=self.cancel.is_set
                )
                if complete:
                    remove_stale_indexes(Path(index.path))
                    self._emit(self.signals.finished, self.number)
        except _ListenerGoneError:
            pass
        except SearchError as exc:
            self._emit(self.signals.failed, self.number, exc.message)
        except Exception as exc:  # a thread must report, never die silently
            self._emit(self.signals.failed, self.number, f"{type(exc).__name__}: {exc}")
        finally:
            self.done.set()

    def _progress(self, done: int, total: int) -> None:
        if not self._emit(self.signals.progress, self.number, done, total):
            raise _ListenerGoneError

    def _emit(self, signal: SignalInstance, *args: object) -> bool:
        # The window may be gone already (the app is closing): then nobody is listening.
        try:
            signal.emit(*args)
        except RuntimeError:
            return False
        return True


class _ListenerGoneError(Exception):
    """The feature that started a job no longer exists: stop quietly."""


class SearchFeature(QObject):
    """Adds the search field above the sidebar and Ctrl+K to the Go menu, and keeps the index."""

    indexReady = Signal()  # the whole pack is indexed

    def __init__(self, window: MainWindow, cache_dir: Path, messages: MessageBridge | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages or MessageBridge.for_window(window)
        self.cache_dir = Path(cache_dir)
        self.index: SearchIndex | None = None
        self.job: _IndexJob | None = None
        self.jobs_started = 0
        self.pending: list[Callable[[SearchIndex], None]] = []  # note changes made before the index was ready
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

        # The search field goes above the sidebar, in the sidebar's place in the window's splitter.
        sidebar = window.sidebar
        splitter = sidebar.parentWidget()
        sizes = splitter.sizes() if isinstance(splitter, QSplitter) else []
        self.panel = SearchPanel(sidebar)
        if isinstance(splitter, QSplitter):
            splitter.insertWidget(0, self.panel)
            splitter.setSizes(sizes)
        self.panel.hitChosen.connect(self.open_hit)
        self.panel.dismissed.connect(lambda: window.reader.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.action = window.add_action("search", self.tr("&Search the handbook..."), self.show_panel, "Ctrl+K")
        window.go_menu.insertAction(window.actions_by_name["find"], self.action)
        for name, action in window.actions_by_name.items():
            if name.startswith("showTab"):  # Ctrl+1..4 show the sidebar's tabs again
                action.triggered.connect(self.panel.show_browse)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        window.packChanged.connect(self.set_pack)
        self.set_pack(window.pack)

    # the index

    def set_pack(self, pack: Pack) -> None:
        """Search ``pack`` (again): stop a build under way and open or build the pack's index."""
        self._stop_job()
        self._close_index()
        self.pack = pack
        self.panel.set_searcher(None)
        self.panel.set_status(self.tr("Getting search ready..."))
        signals = _JobSignals()
        signals.ready.connect(self._on_ready)
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        self.jobs_started += 1
        self.job = _IndexJob(self.jobs_started, self.cache_dir, pack, signals)
        self.pool.start(self.job)

    def _is_current(self, number: int) -> bool:
        return self.job is not None and self.job.number == number

    def _on_ready(self, number: int, path: str) -> None:
        if not self._is_current(number):
            return
        try:
            self.index = SearchIndex(path, create=False)
        except SearchError as exc:
            self._on_failed(number, exc.message)
            return
        for change in self.pending:
            change(self.index)
        self.pending.clear()
        self.panel.set_searcher(self.search)

    def _on_progress(self, number: int, done: int, total: int) -> None:
        if not self._is_current(number):
            return
        self.panel.set_status(
            self.tr("Indexing pages: {done} of {total}. Results so far are shown.").format(done=done, total=total)
        )
        self.panel.run_search()

    def _on_finished(self, number: int) -> None:
        if not self._is_current(number):
            return
        self.panel.set_status("")
        self.panel.run_search()
        self.indexReady.emit()

    def _on_failed(self, number: int, message: str) -> None:
        if not self._is_current(number):
            return
        self.panel.set_status(self.tr("Search is not available: {message}").format(message=message))

    def search(self, query: str) -> list[SearchHit]:
        return self.index.search(query, limit=RESULT_LIMIT) if self.index is not None else []

    def matching_ids(self, query: str, kind: str = "activity") -> set[str]:
        """For the activity library's text filter; empty until the index is ready."""
        return self.index.matching_ids(query, kind) if self.index is not None else set()

    # journal notes (the journal's save listener calls these)

    def update_note(self, pack_id: str, item_id: str, title: str, text: str) -> None:
        self._change_notes(lambda index: index.update_note(pack_id, item_id, title, text))

    def remove_note(self, pack_id: str, item_id: str) -> None:
        self._change_notes(lambda index: index.remove_note(pack_id, item_id))

    def replace_notes(self, pack_id: str, notes: Iterable[tuple[str, str, str]]) -> None:
        """All the notes (item id, title, text) of the profile now in use, e.g. after switching."""
        notes = list(notes)
        self._change_notes(lambda index: index.replace_notes(pack_id, notes))

    def _change_notes(self, change: Callable[[SearchIndex], None]) -> None:
        if self.index is None:
            self.pending.append(change)
        else:
            change(self.index)
        self.panel.run_search()

    # the window

    def show_panel(self) -> None:
        self.panel.focus_field()

    def open_hit(self, hit: SearchHit, query: str) -> None:
        """Open the hit's page and highlight the words that were searched for."""
        if not hit.path:
            self.messages.info(self.tr("This note's page is not in this pack."), 8000)
            return
        if not self.window.open_path(hit.path):
            return
        terms = self.index.terms(query) if self.index is not None else []
        self.window.find_bar.highlight_terms(highlighted_words(terms))
        self.window.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def shutdown(self) -> None:
        """Stop building (the next batch is not started) and close the index; safe to call twice."""
        self._stop_job()
        self._close_index()

    def _stop_job(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.cancel.set()
            if not self.pool.tryTake(job):  # it has started: let it finish its batch
                job.done.wait(30)

    def _close_index(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None
        self.panel.set_searcher(None)
