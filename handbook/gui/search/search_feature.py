"""Search in the window: the field above the sidebar and Ctrl+K, the index built off the GUI thread.

The index is opened or built by a ``BackgroundJob`` (the app's one way to work off the GUI thread);
the panel searches through a second connection on the GUI thread as soon as the job says where
the file is, so results come from what is indexed so far while the rest is still being added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter

from handbook.core.content.model import Pack
from handbook.core.search.index import SearchError, SearchHit, SearchIndex, open_index, remove_stale_indexes
from handbook.core.search.query import highlighted_words
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.search.search_panel import RESULT_LIMIT, SearchPanel
from handbook.gui.shared.background_job import BackgroundJob, Cancelled, Progress
from handbook.gui.shared.message import MessageBridge


class _StoppedError(Exception):
    """The build stopped between batches: another pack was chosen, or the app is closing."""


def _index_pack(job: BackgroundJob, cache_dir: Path, pack: Pack, progress: Progress, cancelled: Cancelled) -> str:
    """On the job's thread: open the pack's index, say where it is (it can be searched from now on), complete it."""
    with open_index(cache_dir, pack) as index:
        job.note(index.path)
        if not (index.complete or index.build(pack, progress=progress, cancelled=cancelled)):
            raise _StoppedError
        remove_stale_indexes(Path(index.path))
        return index.path


class SearchFeature(QObject):
    """Adds the search field above the sidebar and Ctrl+K to the Go menu, and keeps the index."""

    indexReady = Signal()  # the whole pack is indexed

    def __init__(self, window: MainWindow, cache_dir: Path, messages: MessageBridge | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages or MessageBridge.for_window(window)
        self.cache_dir = Path(cache_dir)
        self.index: SearchIndex | None = None
        self.job: BackgroundJob | None = None  # opens and completes the index off the GUI thread
        self.pending: list[Callable[[SearchIndex], None]] = []  # note changes made before the index was ready

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
        cache_dir = self.cache_dir
        job = self.job = BackgroundJob(
            lambda progress, cancelled: _index_pack(job, cache_dir, pack, progress, cancelled),
            self,
            cancel_errors=(_StoppedError,),
        )
        # News from a job since replaced (another pack) is ignored.
        job.noted.connect(lambda path: self.job is job and self._on_ready(str(path)))
        job.counted.connect(lambda done, total: self.job is job and self._on_progress(done, total))
        job.succeeded.connect(lambda _path: self.job is job and self._on_finished())
        job.failed.connect(lambda error: self.job is job and self._on_failed(error.message))
        job.start()

    def _on_ready(self, path: str) -> None:
        try:
            self.index = SearchIndex(path, create=False)
        except SearchError as exc:
            self._on_failed(exc.message)
            return
        for change in self.pending:
            change(self.index)
        self.pending.clear()
        self.panel.set_searcher(self.search)

    def _on_progress(self, done: int, total: int) -> None:
        self.panel.set_status(
            self.tr("Indexing pages: {done} of {total}. Results so far are shown.").format(done=done, total=total)
        )
        self.panel.run_search()

    def _on_finished(self) -> None:
        self.panel.set_status("")
        self.panel.run_search()
        self.indexReady.emit()

    def _on_failed(self, message: str) -> None:
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
            job.dispose()  # stops it at its next batch and waits for that

    def _close_index(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None
        self.panel.set_searcher(None)
