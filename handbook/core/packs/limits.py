"""Caps that keep a pack file from filling the disk or the memory (zip bombs, runaway entries)."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = 20_000
    max_file_bytes: int = 256 * MiB
    max_total_bytes: int = 2048 * MiB
    # Text squeezes to a fifth or so; images not at all. Far beyond this is a zip bomb.
    max_ratio: int = 100
    # Small files may compress very well (a page of blank table rows); the ratio counts above this.
    ratio_grace_bytes: int = 1 * MiB
    max_manifest_bytes: int = 16 * MiB


DEFAULT_LIMITS = Limits()
