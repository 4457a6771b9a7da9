"""PDFs of a facilitator's own work: the journal and the certificate of completion."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from handbook.core.certificate import CERTIFICATE_CSS, CertificateFacts, certificate_html
from handbook.core.content import Pack
from handbook.core.journal import journal_html, long_date
from handbook.core.progress_record import Records
from handbook.printing.pdf import PrintOptions, write_pdf

JOURNAL_CSS = """
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
p.meta { color: #555555; }
"""


def write_journal_pdf(
    pack: Pack, records: Records, profile_name: str, target: Path, page_size: str = "A4", today: date | None = None
) -> int:
    """The journal as a PDF; returns the number of pages."""
    today = today or date.today()
    html = journal_html(pack, records, profile_name, today, links=False)
    options = PrintOptions(
        page_size=page_size,
        header_left=f"Journal of {profile_name}",
        header_right=pack.info.title,
        title=f"Journal of {profile_name}",
    )
    return write_pdf(html, target, JOURNAL_CSS, options)


def write_certificate_pdf(facts: CertificateFacts, target: Path, page_size: str = "A4") -> int:
    options = PrintOptions(
        page_size=page_size,
        margin_mm=18,
        title=f"Certificate of completion: {facts.name}, {facts.course_title}, {long_date(facts.day)}",
        font_point_size=12,
        page_numbers=False,
    )
    return write_pdf(certificate_html(facts), target, CERTIFICATE_CSS, options)
