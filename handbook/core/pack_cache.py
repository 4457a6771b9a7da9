"""A saved copy of a loaded pack, reused at start-up while none of the pack's files has changed.

Reading a pack parses the YAML front matter of every file; unpickling the result is many times
faster. The copy is keyed by the pack folder and checked against every file's size and
modification time, so an edited, added or removed file means a fresh load. The cache lives in
the user's own data folder and is only ever written by Handbook.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path

from handbook import __version__
from handbook.core.content import Pack
from handbook.core.storage import StorageError, atomic_write_bytes

FORMAT = 1


def fingerprint(root: Path) -> str:
    """A digest of every file's path, size and modification time under ``root``."""
    digest = hashlib.blake2b(digest_size=20)
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:
                continue
            rel = os.path.relpath(path, root)
            digest.update(f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def cache_file(cache_dir: Path, root: Path) -> Path:
    key = hashlib.blake2b(str(Path(root).resolve()).encode("utf-8", "surrogateescape"), digest_size=10)
    return Path(cache_dir) / "packs" / f"{key.hexdigest()}.pickle"


def load_pack_cached(root: Path, cache_dir: Path | None) -> Pack:
    """The pack at ``root``, from the cache when it is still current; loads and saves it otherwise."""
    from handbook.core.loader import load_pack  # imports YAML: only when the cache cannot be used

    if cache_dir is None:
        return load_pack(root)
    root = Path(root)
    path = cache_file(cache_dir, root)
    current = fingerprint(root)
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)  # noqa: S301 - our own file in the user's data folder
        if (
            isinstance(saved, dict)
            and saved.get("format") == FORMAT
            and saved.get("app") == __version__
            and saved.get("fingerprint") == current
            and isinstance(saved.get("pack"), Pack)
            and saved["pack"].root == root
        ):
            pack: Pack = saved["pack"]
            return pack
    except FileNotFoundError:
        pass
    except Exception:  # noqa: S110 - a damaged cache is only a slower start: load afresh
        pass
    pack = load_pack(root)
    data = pickle.dumps({"format": FORMAT, "app": __version__, "fingerprint": current, "pack": pack})
    # A read-only data folder still opens the pack, just without the shortcut next time.
    with contextlib.suppress(StorageError):
        atomic_write_bytes(path, data)
    return pack
