"""Read a PDF's text back for tests: one string per page, whitespace folded to single spaces."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_pages_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]
