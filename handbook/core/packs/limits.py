"""Caps that keep a pack file from filling the disk or the memory (zip bombs, runaway entries)."""

from __future__ import annotations

from dataclasses import dataclass

from handbook.core.content_limits import FILE_BYTES, PACK_ENTRIES, TOTAL_BYTES, MiB


@dataclass(frozen=True)
class Limits:
    # The same caps as a source folder's (handbook/core/content_limits.py), defined there once.
    max_entries: int = PACK_ENTRIES
    max_file_bytes: int = FILE_BYTES
    max_total_bytes: int = TOTAL_BYTES
    # Text squeezes to a fifth or so; images not at all. Far beyond this is a zip bomb.
    max_ratio: int = 100
    # Small files may compress very well (a page of blank table rows); the ratio counts above this.
    ratio_grace_bytes: int = 1 * MiB
    max_manifest_bytes: int = 16 * MiB


DEFAULT_LIMITS = Limits()
