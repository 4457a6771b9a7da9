"""What a row of the Packs window shows that needs working out: local times, pack files, and who signed a pack."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from handbook.core.errors import HandbookError
from handbook.core.packs.build import PACK_SUFFIX
from handbook.core.packs.trust import TrustedKeys, TrustStore


def local_time(stamp: str) -> str:
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def pack_files_in(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() == PACK_SUFFIX and p.is_file()]


def signer_text(key_id: str, trusted: TrustedKeys) -> str:
    """'Ana (0123…)', 'key 0123… (not trusted)' or 'Not signed', for the "Signed by" column."""
    if not key_id:
        return QCoreApplication.translate("PackRows", "Not signed")
    entry = trusted.get(key_id)
    if entry is None:
        return QCoreApplication.translate("PackRows", "key {key_id} (not trusted)").format(key_id=key_id)
    return entry.label


def trusted_keys(store: TrustStore) -> tuple[TrustedKeys, str]:
    """The trusted keys and "", or none and why: a damaged list is said once (it is moved aside), not raised."""
    try:
        return store.load(), ""
    except HandbookError as exc:
        return TrustedKeys(), exc.message
