"""The pack the app shows: the active installed pack, or the bundled one as the fallback.

Read at start-up, so it stays lean: one small JSON read, no zip or hashing modules. Finding the folder
(``resolve_active_pack``) comes before the first paint, loading the pack may come after it (see app.py).
"""

from __future__ import annotations

from pathlib import Path

from handbook.core.content.model import PACK_ID, SEMVER, Pack
from handbook.core.i18n import translate
from handbook.core.paths import DataDir
from handbook.core.resources import bundled_pack_dir
from handbook.core.settings import Settings
from handbook.core.storage import read_json_object


def _current_version(packs_dir: Path, pack_id: str) -> str | None:
    try:
        data = read_json_object(packs_dir / "installed.json")
        version = data["packs"][pack_id]["current"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError):
        # Damaged: the registry moves it aside and rebuilds it from the folders (rare, so loaded only now).
        from handbook.core.packs.registry import Registry

        record = Registry(packs_dir).load().get(pack_id)
        return record.current if record else None
    return version if isinstance(version, str) else None


def resolve_active_pack(data_dir: Path, settings: Settings) -> Path:
    """The folder of the pack chosen in settings, or the bundled pack when none is chosen or it is gone."""
    pack_id = str(settings.get("active_pack"))
    if not pack_id or not PACK_ID.match(pack_id):
        return bundled_pack_dir()
    packs_dir = DataDir(data_dir).packs
    version = _current_version(packs_dir, pack_id)
    # Ids and versions become folder names: anything that could step out of the packs folder is ignored.
    if version is None or not SEMVER.match(version):
        return bundled_pack_dir()
    folder = packs_dir / pack_id / version
    if not folder.is_dir() and any(entry.name.startswith(".trash-") for entry in packs_dir.iterdir()):
        # A change of packs was cut off by a crash: put the folder back (rare, so loaded only now).
        from handbook.core.packs.library import PackLibrary

        PackLibrary(data_dir).recover()
    return folder if folder.is_dir() else bundled_pack_dir()


class ActivePack:
    """The pack to show, and a note saying why it is the bundled one when the chosen one could not be used."""

    def __init__(self, pack: Pack, note: str = "") -> None:
        self.pack = pack
        self.note = note


def load_active_pack(data_dir: Path, settings: Settings) -> ActivePack:
    from handbook.core.content.cache import load_pack_cached

    chosen = str(settings.get("active_pack"))
    folder = resolve_active_pack(data_dir, settings)
    cache = DataDir(data_dir).cache
    bundled = bundled_pack_dir()
    if not chosen or folder == bundled:
        note = ""
        if chosen:
            note = translate(
                "pack_active", "The pack '{id}' is not installed any more; showing the built-in course."
            ).format(id=chosen)
        return ActivePack(load_pack_cached(bundled, cache), note)
    pack = load_pack_cached(folder, cache)
    if pack.has_errors:
        errors = sum(1 for p in pack.problems if p.severity == "error")
        if errors == 1:
            note = translate(
                "pack_active",
                "The pack '{id}' could not be loaded (1 problem in {folder}); showing the built-in course. Install "
                "the pack again from Tools > Packs.",
            )
        else:
            note = translate(
                "pack_active",
                "The pack '{id}' could not be loaded ({count} problems in {folder}); showing the built-in course. "
                "Install the pack again from Tools > Packs.",
            )
        note = note.format(id=chosen, count=errors, folder=folder)
        return ActivePack(load_pack_cached(bundled, cache), note)
    return ActivePack(pack)


def forget_if_active(settings: Settings, pack_id: str) -> bool:
    """After a pack is removed: go back to the bundled pack if it was the active one."""
    if settings.get("active_pack") == pack_id:
        settings.set("active_pack", "")
        return True
    return False
