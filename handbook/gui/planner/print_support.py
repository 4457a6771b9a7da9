"""A print job to a printer (print preview, then the system print dialog) or to a PDF file.

Saving a PDF runs on the GUI thread, one event-loop turn after it is asked for, under a busy
cursor: Qt's text layout takes font locks that a worker thread could hold while waiting for
Python's GIL, which the GUI thread holds while painting text (a deadlock seen in tests). A packet
takes under a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from handbook.gui.shared.background_job import BackgroundJob, Cancelled, Progress
from handbook.gui.shared.prompts import Prompts
from handbook.gui.shared.screen_fit import resize_to_fit
from handbook.printing.jobs import PrintJob
from handbook.printing.options import page_layout


def make_printer(job: PrintJob) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # we draw our own margins, header and footer
    printer.setPageLayout(page_layout(job.options))
    printer.setDocName(job.document_name)
    return printer


class PrintPreview(QPrintPreviewDialog):
    """A preview of a job; its print button opens the system print dialog."""

    def __init__(self, job: PrintJob, parent: QWidget | None = None) -> None:
        self.kept_printer = make_printer(job)  # the dialog only borrows it: it must live as long
        super().__init__(self.kept_printer, parent)
        self.job = job
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=job.title))
        self.paintRequested.connect(job.paint)
        resize_to_fit(self, 900, 900)


def pdf_export(job: PrintJob, target: Path, parent: QObject | None = None) -> BackgroundJob:
    """A job writing ``job`` to ``target``; it succeeds with the page count (on the GUI thread: see above)."""

    def work(progress: Progress, cancelled: Cancelled) -> object:
        return job.write_pdf(target)

    return BackgroundJob(work, parent, on_gui_thread=True)


def ask_pdf_path(prompts: Prompts, job: PrintJob, folder: str = "") -> Path | None:
    """Ask where to save the PDF, suggesting the job's file name; None when cancelled."""
    start = folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = prompts.save_path(
        QCoreApplication.translate("print_support", "Save as PDF"),
        str(Path(start) / job.filename),
        QCoreApplication.translate("print_support", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
