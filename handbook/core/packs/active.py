"""The pack the app shows: the active installed pack, or the bundled one as the fallback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handbook.core.content import Pack
from handbook.core.loader import load_pack
from handbook.core.packs.registry import resolve_active_pack
from handbook.core.resources import bundled_pack_dir
from handbook.core.settings import Settings


@dataclass
class ActivePack:
    pack: Pack
    note: str = ""  # why the bundled pack is shown instead of the chosen one; empty when all is well


def load_active_pack(data_dir: Path, settings: Settings) -> ActivePack:
    chosen = str(settings.get("active_pack"))
    folder = resolve_active_pack(data_dir, settings)
    bundled = bundled_pack_dir()
    if not chosen or folder == bundled:
        note = ""
        if chosen:
            note = f"The pack '{chosen}' is not installed any more; showing the built-in course."
        return ActivePack(load_pack(bundled), note)
    pack = load_pack(folder)
    if pack.has_errors:
        errors = sum(1 for p in pack.problems if p.severity == "error")
        note = (
            f"The pack '{chosen}' could not be loaded ({errors} problem(s) in {folder}); showing the "
            "built-in course. Install the pack again from Tools > Packs."
        )
        return ActivePack(load_pack(bundled), note)
    return ActivePack(pack)


def forget_if_active(settings: Settings, pack_id: str) -> bool:
    """After a pack is removed: go back to the bundled pack if it was the active one."""
    if settings.get("active_pack") == pack_id:
        settings.set("active_pack", "")
        return True
    return False
