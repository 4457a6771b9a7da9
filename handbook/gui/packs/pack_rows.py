"""What a row of the Packs window shows that needs working out: local times, pack files, and who signed a pack."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from handbook.core.packs.build import PACK_SUFFIX
from handbook.core.packs.trust import TrustedKeys


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

    def tr(text: str) -> str:
        return QCoreApplication.translate("PackRows", text)

    if not key_id:
        return tr("Not signed")
    entry = trusted.get(key_id)
    if entry is None:
        return tr("key {key_id} (not trusted)").format(key_id=key_id)
    return tr("{name} ({key_id})").format(name=entry.name, key_id=key_id) if entry.name else key_id
