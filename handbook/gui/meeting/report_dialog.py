"""The circle's report in the app: attendance per meeting as a chart (drawn as on paper), and the PDF saved from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from handbook.core.circle.log import CircleLog
from handbook.core.content.model import Pack
from handbook.core.errors import HandbookError
from handbook.core.planning.circle import CircleDetails
from handbook.printing.circle_chart import Bar, draw_bar_chart
from handbook.printing.circle_report import attendance_bars, detail_lines, write_circle_report


class ChartView(QWidget):
    """The printed report's bar chart, in the theme's colours."""

    def __init__(self, bars: list[Bar], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = bars
        self.drawn: list[QRectF] = []
        self.setAccessibleName(name)
        self.setAccessibleDescription(", ".join(f"{label}: {'-' if value is None else value}" for label, value in bars))
        self.setMinimumSize(420, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        self.drawn = draw_bar_chart(
            painter, QRectF(self.rect()), self.bars, None, palette.windowText().color(), palette.highlight().color()
        )
        painter.end()


class ReportDialog(QDialog):
    """Shows the chart and the sums; 'Save report as PDF...' writes the end-of-circle report."""

    def __init__(
        self,
        log: CircleLog,
        details: CircleDetails,
        ask_path: object,
        parent: QWidget | None = None,
        pack: Pack | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack  # its certificate form prints the certificates
        self.setWindowTitle(self.tr("Circle report - Handbook"))
        self.log = log
        self.details = details
        self.ask_path = ask_path  # (title, suggested, filter) -> path or ""
        self.chart = ChartView(attendance_bars(log, details.meetings), self.tr("People who came, meeting by meeting"))
        self.said = QLabel("\n".join(detail_lines(log, details)))
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("The circle in numbers"))
        save = QPushButton(self.tr("&Save report as PDF..."))
        save.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        if pack is not None:
            certificates = QPushButton(self.tr("Save &certificates as PDF..."))
            certificates.setToolTip(self.tr("One certificate of participation for each learner who qualifies"))
            certificates.clicked.connect(lambda _checked=False: self.save_certificates())
            buttons.addButton(certificates, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("People who came, meeting by meeting"))
        title.setBuddy(self.chart)
        layout.addWidget(title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def save_pdf(self, path: str | None = None) -> Path | None:
        chosen = path or self.ask_path(  # type: ignore[operator]
            self.tr("Save the circle report"), f"{self.details.name or 'circle'}-report.pdf", self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        try:
            write_circle_report(self.log, self.details, Path(chosen))
        except HandbookError as exc:
            self.said.setText(exc.message)
            return None
        self.said.setText(self.tr("Saved the report to {path}.").format(path=chosen))
        return Path(chosen)

    def save_certificates(self, path: str | None = None) -> Path | None:
        """A certificate for each learner who came to enough meetings, from the pack's certificate form."""
        from handbook.core.circle.summary import certificate_learners
        from handbook.printing.certificates import certificates_job
        from handbook.printing.options import default_page_size

        assert self.pack is not None
        chosen = path or self.ask_path(  # type: ignore[operator]
            self.tr("Save the certificates"), "certificates.pdf", self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        names = certificate_learners(self.log, self.details.meetings)
        try:
            certificates_job(self.pack, names, self.details, default_page_size()).write_pdf(Path(chosen))
        except HandbookError as exc:
            self.said.setText(exc.message)
            return None
        self.said.setText(self.tr("Saved {count} certificates to {path}.").format(count=len(names), path=chosen))
        return Path(chosen)
