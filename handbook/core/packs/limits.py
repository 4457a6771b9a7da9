"""Caps that keep a pack file from filling the disk or the memory (zip bombs, runaway entries)."""

from __future__ import annotations

from dataclasses import dataclass

from handbook.core.content.limits import FILE_BYTES, PACK_ENTRIES, TOTAL_BYTES, MiB
from handbook.core.i18n import translate


@dataclass(frozen=True)
class Limits:
    # The same caps as a source folder's (handbook/core/content/limits.py), defined there once.
    max_entries: int = PACK_ENTRIES
    max_file_bytes: int = FILE_BYTES
    max_total_bytes: int = TOTAL_BYTES
    # Text squeezes to a fifth or so; images not at all. Far beyond this is a zip bomb.
    max_ratio: int = 100
    # Small files may compress very well (a page of blank table rows); the ratio counts above this.
    ratio_grace_bytes: int = 1 * MiB
    # The same ratio over the whole zip: many small files (each within the grace) add up.
    total_ratio_grace_bytes: int = 16 * MiB
    max_manifest_bytes: int = 16 * MiB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class ImportLimits:
    """What an importer reads from a course and writes into the new pack."""

    # One page of the course (Markdown or HTML); a real page is 2-50 kB.
    page_bytes: int = 1 * MiB
    # _data/course.yml, _config.yml, .gitbook.yaml, SUMMARY.md, README.md.
    index_bytes: int = 1 * MiB
    # Pages in all; P2PU's courses have a few dozen.
    pages: int = 5_000
    # Everything written: pages and the pictures and files they link to.
    total_bytes: int = 512 * MiB
    # A file or folder name made from a title, before its number and suffix.
    name_chars: int = 60


DEFAULT_IMPORT_LIMITS = ImportLimits()


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def entry_problem(file_size: int, compress_size: int, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Why a zip entry's declared sizes are refused, or None: too big, or expanding like a zip bomb.

    The one rule for pack files and zipped courses; the caller names the file and says what to do. The reason
    is what the file does, for a sentence that starts with its name ("'x.md' declares 9.0 MB; ...").
    """
    if file_size > limits.max_file_bytes:
        return translate("pack_limits", "declares {size}; a file may have at most {most}").format(
            size=mb(file_size), most=mb(limits.max_file_bytes)
        )
    if file_size > limits.ratio_grace_bytes and file_size > limits.max_ratio * max(compress_size, 1):
        return translate("pack_limits", "would expand {times} times; that is a zip bomb").format(
            times=file_size // max(compress_size, 1)
        )
    return None


class ZipTotals:
    """The sizes a zip declares, added up entry by entry, against the caps for the whole zip."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self.declared = 0
        self.compressed = 0

    def add(self, file_size: int, compress_size: int) -> str | None:
        """Count one entry; why the zip as a whole is refused (for a sentence that starts with its name), or None."""
        self.declared += file_size
        self.compressed += compress_size
        limits = self.limits
        if self.declared > limits.max_total_bytes:
            return translate("pack_limits", "declares more than {most} in all").format(most=mb(limits.max_total_bytes))
        if self.declared > limits.total_ratio_grace_bytes and self.declared > limits.max_ratio * max(
            self.compressed, 1
        ):
            return translate("pack_limits", "would expand {times} times in all; that is a zip bomb").format(
                times=self.declared // max(self.compressed, 1)
            )
        return None
