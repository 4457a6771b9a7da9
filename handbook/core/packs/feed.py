"""A pack feed's index.json: written for a folder of .hbpack files, read back strictly as untrusted input."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from handbook.core.content.limits import CONTENT_LIMITS, control_character, excerpt
from handbook.core.content.model import PACK_ID
from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.packs.build import PACK_SUFFIX
from handbook.core.packs.errors import PackError
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits
from handbook.core.packs.names import name_problem
from handbook.core.packs.policy import check_signature
from handbook.core.packs.reader import PackFile
from handbook.core.packs.trust import TrustedKeys
from handbook.core.packs.verify import verify_pack
from handbook.core.packs.versions import compare_versions, is_version, version_key
from handbook.core.storage import atomic_write_bytes, parse_json_bytes

INDEX_NAME = "index.json"
FEED_FORMAT = "handbook-pack-feed"
FEED_VERSION = 1
# A real feed lists a few packs, a few hundred bytes each; these caps keep a hostile one small.
MAX_INDEX_BYTES = 2 * 1024 * 1024
MAX_PACKS = 2_000
MAX_DEPTH = 4  # {"packs": [{...}]} nests 3 levels
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KEY_ID = re.compile(r"^[0-9A-Fa-f]{16}$")  # minisign's key id: 8 bytes, written in hex
FIELDS = ("id", "title", "version", "language", "size", "sha256", "signer", "file")

SignerOf = Callable[[Path], "str | None"]


class FeedError(PackError):
    """A feed that cannot be read or used, or a download from it that failed; nothing was changed."""


@dataclass(frozen=True)
class FeedEntry:
    """One pack file a feed offers."""

    id: str
    title: str
    version: str
    language: str
    size: int  # the .hbpack file's bytes
    sha256: str  # of the .hbpack file
    signer: str | None  # the key id of its minisign signature, None when unsigned
    file: str  # its name beside index.json


@dataclass
class FeedWritten:
    """What ``write_feed`` listed, and the packs it left out with the reason."""

    entries: list[FeedEntry] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)


def file_sha256(path: Path, chunk: int = 1024 * 1024) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def no_signer(path: Path) -> str | None:
    return None


def checked_signer(trusted: TrustedKeys) -> SignerOf:
    """The key id that signed a pack; its signature checked when that key is trusted here (SigningError if bad).

    A key this computer does not trust cannot be checked (the pack holds no public key): its id is
    listed all the same, and each library checks it against its own trusted keys when installing.
    """

    def signer(path: Path) -> str | None:
        with PackFile(path) as pack:
            check = check_signature(pack.manifest_bytes, pack.signature_bytes, pack.where, trusted)
        return check.signer or None

    return signer


def write_feed(
    folder: Path, *, signer_of: SignerOf = no_signer, limits: Limits = DEFAULT_LIMITS, progress: Any = None
) -> FeedWritten:
    """Check every .hbpack in ``folder`` completely and list the good ones in ``folder/index.json``.

    ``progress(done, total)`` is called after each pack. Packs that do not verify are left out and
    reported; the index is written in one step (a reader never sees half of it).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FeedError(
            translate(
                "PackFeed", "{folder}: there is no such folder; give the folder that holds the .hbpack files."
            ).format(folder=folder)
        )
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == PACK_SUFFIX and p.is_file())
    written = FeedWritten()
    for number, path in enumerate(files, 1):
        problem = _file_name_problem(path.name)
        try:
            if problem:
                raise FeedError(problem)
            verified = verify_pack(path, limits)
            info = verified.manifest.info
            written.entries.append(
                FeedEntry(
                    id=info.id,
                    title=info.title,
                    version=info.version,
                    language=info.language,
                    size=path.stat().st_size,
                    sha256=file_sha256(path),
                    signer=signer_of(path),
                    file=path.name,
                )
            )
        except HandbookError as exc:
            written.refused.append((path.name, exc.message))
        except OSError as exc:
            written.refused.append((path.name, str(exc.strerror or exc)))
        if progress is not None:
            progress(number, len(files))
    written.entries.sort(key=lambda e: (e.id, version_key(e.version), e.file))
    index = {
        "format": FEED_FORMAT,
        "version": FEED_VERSION,
        "packs": [asdict(entry) for entry in written.entries],
    }
    data = (json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    atomic_write_bytes(folder / INDEX_NAME, data)
    return written


def _file_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a pack file beside index.json, or None: one plain name, no folders."""
    problem = name_problem(name)
    if problem is None and "/" in name:
        problem = translate("PackFeed", "names a folder as well as a file")
    if problem is None and not name.lower().endswith(PACK_SUFFIX):
        problem = translate("PackFeed", "does not end in .hbpack")
    return problem


def parse_index(data: bytes, where: str, limits: Limits = DEFAULT_LIMITS) -> list[FeedEntry]:
    """The packs an index.json lists, every field checked; ``where`` names the feed in messages.

    The index comes from anywhere (a web host, a shared folder, a stick), so nothing in it is
    believed before it is checked: its size, nesting, count, each field's type, length and form.
    """

    def bad(problem: str) -> FeedError:
        return FeedError(
            translate(
                "PackFeed",
                "{feed}: the feed's index {problem}; ask whoever runs the feed to make it again "
                "with 'handbook pack feed'.",
            ).format(feed=where, problem=problem)
        )

    if len(data) > MAX_INDEX_BYTES:
        raise bad(translate("PackFeed", "is bigger than {size} MB").format(size=MAX_INDEX_BYTES // 1_000_000))
    try:
        raw = parse_json_bytes(data, max_depth=MAX_DEPTH)
    except ValueError as exc:
        raise bad(translate("PackFeed", "cannot be read ({reason})").format(reason=exc)) from None
    if not isinstance(raw, dict) or raw.get("format") != FEED_FORMAT:
        raise bad(translate("PackFeed", "is not a Handbook pack feed"))
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise bad(translate("PackFeed", "has an unknown format version {version}").format(version=excerpt(version)))
    if version > FEED_VERSION:
        raise FeedError(
            translate(
                "PackFeed",
                "{feed}: the feed uses format {version}, newer than this Handbook reads; "
                "install a newer Handbook to use it.",
            ).format(feed=where, version=version)
        )
    packs = raw.get("packs")
    if not isinstance(packs, list):
        raise bad(translate("PackFeed", "has no list of packs"))
    if len(packs) > MAX_PACKS:
        raise bad(translate("PackFeed", "lists more than {count} packs").format(count=MAX_PACKS))
    entries: list[FeedEntry] = []
    files: set[str] = set()
    for number, item in enumerate(packs, 1):
        problem = _entry_problem(item, limits)
        if problem:
            raise bad(
                translate("PackFeed", "has a wrong entry {number}: {problem}").format(number=number, problem=problem)
            )
        entry = FeedEntry(**{key: item.get(key) for key in FIELDS})
        if entry.file.casefold() in files:
            raise bad(translate("PackFeed", "lists the file {name} twice").format(name=excerpt(entry.file)))
        files.add(entry.file.casefold())
        entries.append(entry)
    return entries


def _entry_problem(item: Any, limits: Limits) -> str | None:
    """Why one entry of the index is refused, or None."""
    if not isinstance(item, dict):
        return translate("PackFeed", "it is not an object")
    for key in ("id", "title", "version", "language", "sha256", "file"):
        value = item.get(key)
        if not isinstance(value, str):
            return translate("PackFeed", "'{key}' is not text").format(key=key)
        if len(value) > CONTENT_LIMITS.short_value_chars or control_character(value):
            return translate("PackFeed", "'{key}' is too long or holds control characters").format(key=key)
    if not PACK_ID.match(item["id"]):
        return translate("PackFeed", "the pack id {id} is not allowed").format(id=excerpt(item["id"]))
    if not is_version(item["version"]):
        return translate("PackFeed", "the version {version} does not look like 1.0.0").format(
            version=excerpt(item["version"])
        )
    size = item.get("size")
    if isinstance(size, bool) or not isinstance(size, int) or not 0 < size <= limits.max_total_bytes:
        return translate("PackFeed", "the size {size} is not a number of bytes a pack can have").format(
            size=excerpt(size)
        )
    if not _SHA256.match(item["sha256"]):
        return translate("PackFeed", "the checksum is not a SHA-256")
    signer = item.get("signer")
    if signer is not None and not (isinstance(signer, str) and _KEY_ID.match(signer)):
        return translate("PackFeed", "the signer {signer} is not a key id").format(signer=excerpt(signer))
    problem = _file_name_problem(item["file"])
    if problem:
        return translate("PackFeed", "the file name {name} {problem}").format(
            name=excerpt(item["file"]), problem=problem
        )
    return None


def newest(entries: list[FeedEntry]) -> dict[str, FeedEntry]:
    """The newest version the feed offers of each pack, by pack id."""
    found: dict[str, FeedEntry] = {}
    for entry in entries:
        known = found.get(entry.id)
        if known is None or compare_versions(entry.version, known.version) > 0:
            found[entry.id] = entry
    return found
