"""The overview windows of progress: "My progress" (the dashboard) and the Journal, kept up to date."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from handbook.core.progress.dashboard import dashboard_html
from handbook.core.progress.journal import journal_html
from handbook.gui.progress.dashboard_window import DashboardWindow
from handbook.gui.progress.journal_window import JournalWindow

if TYPE_CHECKING:
    from handbook.gui.progress.progress_session import ProgressSession


class OverviewWindows(QObject):
    def __init__(self, controller: ProgressSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.dashboard: DashboardWindow | None = None
        self.journal: JournalWindow | None = None

    def show_dashboard(self) -> None:
        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.c.style_sheet, self.c.window)
            self.dashboard.pageRequested.connect(self._open_page)
            self.dashboard.actionRequested.connect(self._on_action)
        self._fill_dashboard(self.dashboard)
        _present(self.dashboard)

    def show_journal(self) -> None:
        if self.journal is None:
            self.journal = JournalWindow(self.c.style_sheet, self.c.window)
            self.journal.pageRequested.connect(self._open_page)
            self.journal.exportMarkdownRequested.connect(lambda: self.c.files().export_journal_markdown())
            self.journal.exportPdfRequested.connect(lambda: self.c.files().export_journal_pdf())
        self._fill_journal(self.journal)
        _present(self.journal)

    def refresh(self) -> None:
        """Redraw whichever overview is open (after any change of progress)."""
        if self.dashboard is not None and self.dashboard.isVisible():
            self._fill_dashboard(self.dashboard)
        if self.journal is not None and self.journal.isVisible():
            self._fill_journal(self.journal)

    def _fill_dashboard(self, dashboard: DashboardWindow) -> None:
        store = self.c.store
        if store is None:
            dashboard.set_html(
                "<h1>{title}</h1><p>{text}</p>".format(
                    title=self.tr("My progress"),
                    text=self.tr("Make or choose a profile (Tools &gt; Profiles) to keep your progress."),
                )
            )
            return
        pack = self.c.pack
        last = pack.page_at(store.last_lesson(pack.info.id))
        dashboard.set_html(dashboard_html(pack, self.c.records(), store.profile_name, last))

    def _fill_journal(self, journal: JournalWindow) -> None:
        self.c.flush_notes()  # a note being typed belongs in the journal
        name = self.c.store.profile_name if self.c.store is not None else ""
        journal.set_html(journal_html(self.c.pack, self.c.records(), name, date.today()))

    def _open_page(self, path: str) -> None:
        window = self.c.window
        window.open_path(path)
        window.raise_()
        window.activateWindow()

    def _on_action(self, name: str) -> None:
        if name == "journal":
            self.show_journal()
        elif name == "certificate":
            self.c.files().save_certificate()


def _present(window: DashboardWindow | JournalWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
