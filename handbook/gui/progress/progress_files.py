"""Progress to and from files: export and import, the trainer's CSV, the journal, the certificate."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from handbook.core.errors import HandbookError
from handbook.core.progress.certificate import certificate_facts, missing_for_certificate
from handbook.core.progress.course import course_progress
from handbook.core.progress.journal import journal_markdown
from handbook.core.progress.transfer import describe_merge, export_progress, import_progress, progress_csv, read_export
from handbook.core.storage import atomic_write_bytes

if TYPE_CHECKING:
    from handbook.gui.progress.progress_session import ProgressSession


class ProgressFiles(QObject):
    def __init__(self, controller: ProgressSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = controller

    def _suggest(self, stem: str, suffix: str) -> str:
        """A file name with the profile's present name (it may have been renamed since its folder was made)."""
        from handbook.core.progress.profiles import folder_name_for

        who = folder_name_for(self.c.profile.name, set()) if self.c.profile else "progress"
        from handbook.core.filenames import safe_file_name

        return str(Path.home() / safe_file_name(f"{stem}-{who}-{date.today().isoformat()}", suffix))

    def _page_size(self) -> str:
        from handbook.printing.options import default_page_size

        return str(self.c.settings.get("page_size")) or default_page_size()

    def _done(self, title: str, text: str) -> None:
        self.c.messages.info(text, 10000)
        self.c.messages.ask.info(title, text)

    def export_progress(self) -> None:
        store = self.c.store
        if store is None or self.c.need_profile():
            return
        path = self.c.messages.ask.save_path(
            self.tr("Export progress"),
            self._suggest("handbook-progress", ".json"),
            self.tr("Handbook progress (*.json)"),
        )
        if not path:
            return
        self.c.flush_reading()
        try:
            count = export_progress(store, Path(path))
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Progress not exported"), exc.message)
            return
        self._done(
            self.tr("Progress exported"),
            self.tr(
                "Saved {records} of {name} to {path}.\nOn the other computer, use File > Progress > Import progress."
            ).format(
                records=self.tr("1 record") if count == 1 else self.tr("{n} records").format(n=count),
                name=store.profile_name,
                path=path,
            ),
        )

    def import_progress(self) -> None:
        store = self.c.store
        if store is None or self.c.need_profile():
            return
        path = self.c.messages.ask.open_path(
            self.tr("Import progress"), self.tr("Handbook progress (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            export = read_export(Path(path))
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Progress not imported"), exc.message)
            return
        name = store.profile_name
        if export.profile_name and export.profile_name.casefold() != name.casefold():
            question = self.tr(
                "This file holds the progress of '{theirs}'. Merge it into the profile '{ours}', which is open now?"
            ).format(theirs=export.profile_name, ours=name)
        else:
            question = self.tr(
                "Merge this file into the progress of '{ours}'? For each lesson, the newer record wins."
            ).format(ours=name)
        if not self.c.messages.ask.confirm(self.tr("Import progress"), question, self.tr("&Import")):
            return
        self.c.flush_reading()
        try:
            report = import_progress(store, Path(path))
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Progress not imported"), exc.message)
            return
        self.c.window.refresh()
        self.c.changed()
        self._done(self.tr("Progress imported"), "\n".join(describe_merge(report, self.c.pack)))

    def export_csv(self) -> None:
        path = self.c.messages.ask.save_path(
            self.tr("Summary for a trainer"),
            self._suggest("handbook-summary", ".csv"),
            self.tr("CSV spreadsheet (*.csv)"),
        )
        if not path:
            return
        self.c.flush_reading()
        from handbook.core.progress.store import ProgressStore

        rows = []
        try:
            for profile in self.c.profiles.list():
                if self.c.store is not None and self.c.profile is not None and profile.folder == self.c.profile.folder:
                    store = self.c.store
                else:
                    store = ProgressStore.open(profile.progress_file, read_only=True)
                rows.append((store.profile_name or profile.name, store.records()))
            atomic_write_bytes(Path(path), progress_csv(self.c.pack, rows).encode("utf-8-sig"))
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Summary not saved"), exc.message)
            return
        self._done(
            self.tr("Summary saved"),
            self.tr("Saved the progress of {profiles} to {path}.").format(
                profiles=self.tr("1 profile") if len(rows) == 1 else self.tr("{n} profiles").format(n=len(rows)),
                path=path,
            ),
        )

    def export_journal_markdown(self) -> None:
        store = self.c.store
        if store is None:
            return
        path = self.c.messages.ask.save_path(
            self.tr("Save journal"), self._suggest("journal", ".md"), self.tr("Markdown (*.md)")
        )
        if not path:
            return
        self.c.flush_notes()
        text = journal_markdown(self.c.pack, self.c.records(), store.profile_name, date.today())
        try:
            atomic_write_bytes(Path(path), text.encode("utf-8"))
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Journal not saved"), exc.message)
            return
        self._done(self.tr("Journal saved"), self.tr("Saved your journal to {path}.").format(path=path))

    def export_journal_pdf(self) -> None:
        from handbook.printing.progress_pdf import write_journal_pdf

        store = self.c.store
        if store is None:
            return
        path = self.c.messages.ask.save_path(
            self.tr("Save journal as PDF"), self._suggest("journal", ".pdf"), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        self.c.flush_notes()
        try:
            pages = write_journal_pdf(self.c.pack, self.c.records(), store.profile_name, Path(path), self._page_size())
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Journal not saved"), exc.message)
            return
        self._done(
            self.tr("Journal saved"),
            self.tr("Saved your journal ({pages}) to {path}.").format(
                pages=self.tr("1 page") if pages == 1 else self.tr("{n} pages").format(n=pages), path=path
            ),
        )

    def save_certificate(self) -> None:
        from handbook.printing.progress_pdf import write_certificate_pdf

        store = self.c.store
        if store is None or self.c.need_profile():
            return
        progress = course_progress(self.c.pack, self.c.records())
        missing = missing_for_certificate(progress)
        if missing:
            self.c.messages.ask.info(
                self.tr("Certificate not ready yet"),
                self.tr(
                    "The certificate is ready when every lesson is done and every self-check is passed (75% right or more).\n\n"
                )
                + "\n".join(f"• {reason}" for reason in missing),
            )
            return
        facts = certificate_facts(store.profile_name, self.c.pack.info, progress, date.today())
        path = self.c.messages.ask.save_path(
            self.tr("Save certificate"), self._suggest("certificate", ".pdf"), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            write_certificate_pdf(facts, Path(path), self._page_size())
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Certificate not saved"), exc.message)
            return
        self._done(
            self.tr("Certificate saved"),
            self.tr("Saved your certificate to {path}. Congratulations!").format(path=path),
        )
