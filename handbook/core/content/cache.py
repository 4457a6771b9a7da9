"""A saved copy of a loaded pack, reused at start-up while none of the pack's files has changed.

Reading a pack parses the YAML front matter of every file; reading the saved copy is many times
faster. The copy is keyed by the pack folder and checked against every file's size and
modification time, so an edited, added or removed file means a fresh load. It is JSON with a
format number, every field's type checked when read (``pack_codec``): the data folder travels
between public computers, so nothing in it may run as code, as an unpickled file would.
A cache that does not check out is only a slower start: the pack loads afresh and is saved again.
The pack's problems are saved as sentences in the language of the day, so the copy is keyed by the language
too: a Spanish start never shows problems in the English words of an English one.
The pages' bodies are kept in a second file (``bodies.py``) and read when a page is first used: a
big pack's start reads its titles and tree, not its 5 MB of text.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from handbook import __version__
from handbook.core.content.bodies import BodyFile, check_table, write_bodies
from handbook.core.content.codec import decode_pack, encode
from handbook.core.content.model import Pack
from handbook.core.i18n import language
from handbook.core.log import get_logger
from handbook.core.storage import StorageError, atomic_write_bytes, parse_json_bytes, read_limited

FORMAT = 3  # 1 was a pickle, never read again; 2 kept the bodies in the JSON file
MAX_CACHE_BYTES = 64 * 1024 * 1024
log = get_logger("cache")
_fingerprints: dict[Path, str] = {}  # taken when each pack was loaded this run; the first-page copy reuses them


def pack_fingerprint(root: Path) -> str:
    """The fingerprint of the pack at ``root`` as it was loaded this run (taken now if it was not)."""
    root = Path(root)
    if root not in _fingerprints:
        _fingerprints[root] = fingerprint(root)
    return _fingerprints[root]


def fingerprint(root: Path) -> str:
    """A digest of every file's path, size and modification time under ``root``.

    Taken at every start, so it walks with ``os.scandir`` and one string per file (a 2,000-lesson
    pack has 2,200 files); the order is ``os.walk``'s (files, then folders, by name; linked folders
    are not entered), so the digest is the same as a plain walk's.
    """
    lines: list[str] = []
    folders = [(os.fspath(root), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            try:
                if entry.is_dir():
                    if not entry.is_symlink():
                        subfolders.append((entry.path, f"{prefix}{entry.name}{os.sep}"))
                    continue
                info = entry.stat()
            except OSError:
                continue
            lines.append(f"{prefix}{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\n")
        folders.extend(reversed(subfolders))  # the first folder by name is walked next, as os.walk does
    digest = hashlib.blake2b("".join(lines).encode("utf-8", "surrogateescape"), digest_size=20)
    return digest.hexdigest()


def cache_file(cache_dir: Path, root: Path) -> Path:
    key = hashlib.blake2b(str(Path(root).resolve()).encode("utf-8", "surrogateescape"), digest_size=10)
    return Path(cache_dir) / "packs" / f"{key.hexdigest()}.json"


def bodies_file(copy: Path) -> Path:
    """The file of the pages' bodies beside the saved copy ``copy`` (see bodies.py)."""
    return copy.with_suffix(".bodies")


def load_pack_cached(root: Path, cache_dir: Path | None) -> Pack:
    """The pack at ``root``, from the cache when it is still current; loads and saves it otherwise."""
    root = Path(root)
    if cache_dir is None:
        return _load_afresh(root)
    path = cache_file(cache_dir, root)
    current = _fingerprints[root] = fingerprint(root)
    cached = _read_cache(path, root, current)
    if cached is not None:
        return cached
    pack = _load_afresh(root)
    # A read-only data folder still opens the pack, just without the shortcut next time; so does a
    # pack whose text cannot be written as UTF-8 (a file name the system could not decode).
    with contextlib.suppress(StorageError, ValueError, TypeError):
        bodies = write_bodies(bodies_file(path), pack)  # first: the JSON copy is what says it is there
        data = encode(pack)
        for page in _encoded_pages(data):
            page["body"] = ""  # kept in the file of the bodies
        saved = {"format": FORMAT, "app": __version__, "language": language(), "fingerprint": current}
        saved.update(root=str(root), bodies=bodies, pack=data)
        atomic_write_bytes(path, json.dumps(saved, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return pack


def _encoded_pages(data: Any) -> list[dict[str, Any]]:
    """The pages of an encoded pack in the order of ``Pack.pages()``."""
    pages: list[dict[str, Any]] = []
    for module in data["modules"]:
        pages.append(module)
        pages.extend(module["lessons"])
    for name in ("activities", "plans", "forms"):
        pages.extend(data[name])
    return pages


def _load_afresh(root: Path) -> Pack:
    from handbook.core.content.loader import load_pack  # parses YAML: imported only when the copy cannot be used

    return load_pack(root)


def _read_cache(path: Path, root: Path, current: str) -> Pack | None:
    try:
        # No separate nesting check: the decoder follows the content classes and goes no deeper.
        saved: Any = parse_json_bytes(read_limited(path, MAX_CACHE_BYTES), max_depth=None)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s: not used (%s); the pack is loaded afresh", path, exc)
        return None
    if not (
        isinstance(saved, dict)
        and saved.get("format") == FORMAT
        and saved.get("app") == __version__
        and saved.get("language") == language()
        and saved.get("fingerprint") == current
        and saved.get("root") == str(root)
    ):
        return None  # an older app's cache or an edited pack: no surprise, no log
    try:
        pack = decode_pack(saved.get("pack"))
        token, size, refs = check_table(saved.get("bodies"), sum(1 for _ in pack.pages()))
    except ValueError as exc:
        log.warning("%s: not used (%s); the pack is loaded afresh", path, exc)
        return None
    if pack.root != root:
        return None
    bodies = BodyFile(bodies_file(path), path, lambda: _load_afresh(root))
    if not bodies.matches(token, size):
        log.warning("%s: not used (the file of the bodies is missing or not its own); the pack is loaded afresh", path)
        return None
    bodies.attach(pack, refs)
    return pack
