"""manifest.json: the pack's format version, its pack.yaml fields, and every file's size and SHA-256."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from handbook import __version__
from handbook.core.content.limits import CONTENT_LIMITS, control_character, excerpt, shown
from handbook.core.content.model import PACK_ID, PackInfo
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.limits import mb
from handbook.core.packs.names import collision_key, name_problem
from handbook.core.packs.versions import compare_versions, is_version

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"  # minisign's signature of manifest.json (see signing.py)
MAX_SIGNATURE_FILE_BYTES = 16 * 1024
FORMAT_NAME = "handbook-pack"
FORMAT_VERSION = 1
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    info: PackInfo
    files: tuple[FileEntry, ...]
    format_version: int = FORMAT_VERSION

    @property
    def total_bytes(self) -> int:
        return sum(entry.size for entry in self.files)

    def to_bytes(self) -> bytes:
        """Deterministic JSON: sorted keys, files sorted by path, no timestamps."""
        pack = asdict(self.info)
        pack["authors"] = list(self.info.authors)
        data = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "pack": pack,
            "files": [asdict(entry) for entry in sorted(self.files, key=lambda e: e.path)],
        }
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def parse_manifest(data: bytes, where: str, *, max_file_bytes: int, max_total_bytes: int) -> Manifest:
    """Read and check a manifest; ``where`` names the pack file in messages."""

    def bad(message: str) -> PackError:  # message: what manifest.json does wrong, e.g. "has no list of files"
        return PackError(f"{where}: manifest.json {message}")

    try:
        raw: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        # Python's own words about the JSON are English: the line and column say the same in any language.
        reason = (
            translate("pack_manifest", "not JSON from line {line}, column {column}").format(
                line=exc.lineno, column=exc.colno
            )
            if isinstance(exc, json.JSONDecodeError)
            else translate("pack_manifest", "not UTF-8 text")
        )
        raise bad(
            translate("pack_manifest", "cannot be read ({reason}); the pack file is damaged, get a new copy.").format(
                reason=reason
            )
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise bad(
            translate("pack_manifest", "is not a Handbook pack manifest; make the pack with 'handbook pack build'.")
        )
    version = raw.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise bad(
            translate(
                "pack_manifest",
                "has an unknown format version {version}; make the pack again with 'handbook pack build'.",
            ).format(version=excerpt(version))
        )
    if version > FORMAT_VERSION:
        raise PackError(
            translate(
                "pack_manifest",
                "{file}: the pack uses format {version}, newer than this Handbook reads (format {known}); install a "
                "newer Handbook to open it.",
            ).format(file=where, version=version, known=FORMAT_VERSION)
        )
    info = _pack_info(raw.get("pack"), bad, where)
    files_raw = raw.get("files")
    if not isinstance(files_raw, list):
        raise bad(translate("pack_manifest", "has no list of files; the pack file is damaged."))
    files: list[FileEntry] = []
    seen: dict[str, str] = {}
    total = 0
    for item in files_raw:
        if not isinstance(item, dict):
            raise bad(translate("pack_manifest", "has a file entry that is not an object; the pack file is damaged."))
        path, size, digest = item.get("path"), item.get("size"), item.get("sha256")
        if not isinstance(path, str):
            raise bad(translate("pack_manifest", "has a file entry without a path; the pack file is damaged."))
        problem = name_problem(path)
        if problem:
            raise bad(
                translate("pack_manifest", "lists '{name}', which {problem}; the pack is refused.").format(
                    name=shown(path[:300]), problem=problem
                )
            )
        key = collision_key(path)
        if key in seen:
            if seen[key] == path:
                raise bad(
                    translate("pack_manifest", "lists '{name}' twice; the pack is refused.").format(name=shown(path))
                )
            raise bad(
                translate("pack_manifest", "lists '{name}' twice (also as '{other}'); the pack is refused.").format(
                    name=shown(path), other=shown(seen[key])
                )
            )
        seen[key] = path
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise bad(
                translate(
                    "pack_manifest", "gives '{name}' a size that is not a whole number; the pack file is damaged."
                ).format(name=path)
            )
        if size > max_file_bytes:
            raise bad(
                translate("pack_manifest", "says '{name}' has {size}; a file may have at most {most}.").format(
                    name=path, size=mb(size), most=mb(max_file_bytes)
                )
            )
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise bad(
                translate(
                    "pack_manifest", "gives '{name}' a checksum that is not a SHA-256; the pack file is damaged."
                ).format(name=path)
            )
        total += size
        files.append(FileEntry(path, size, digest))
    if total > max_total_bytes:
        raise bad(
            translate("pack_manifest", "adds up to {size}; a pack may hold at most {most}.").format(
                size=mb(total), most=mb(max_total_bytes)
            )
        )
    if "pack.yaml" not in seen:
        raise bad(translate("pack_manifest", "does not list pack.yaml; every pack needs one."))
    return Manifest(info, tuple(files), version)


def _pack_info(raw: Any, bad: Any, where: str) -> PackInfo:
    if not isinstance(raw, dict):
        raise bad(translate("pack_manifest", "has no 'pack' fields; the pack file is damaged."))
    texts = {}
    for key in ("id", "title", "version", "language", "license", "description", "min_app_version"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise bad(
                translate("pack_manifest", "gives '{key}' as {kind}, not text; the pack file is damaged.").format(
                    key=key, kind=type(value).__name__
                )
            )
        long = key == "description"
        limit = CONTENT_LIMITS.long_value_chars if long else CONTENT_LIMITS.short_value_chars
        if len(value) > limit or control_character(value.replace("\n", " ") if long else value):
            # It would reach a terminal or a window: pack.yaml could not have given this.
            raise bad(
                translate(
                    "pack_manifest",
                    "gives a '{key}' longer than {most} characters or with control characters; the pack is refused.",
                ).format(key=key, most=f"{limit:,}")
            )
        texts[key] = value
    authors = raw.get("authors", [])
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise bad(translate("pack_manifest", "gives 'authors' that are not a list of text; the pack file is damaged."))
    if len(authors) > CONTENT_LIMITS.list_values or any(
        len(a) > CONTENT_LIMITS.long_value_chars or control_character(a) for a in authors
    ):
        raise bad(
            translate(
                "pack_manifest",
                "gives 'authors' that are too many, too long or hold control characters; the pack is refused.",
            )
        )
    pack_id = texts["id"]
    if not PACK_ID.match(pack_id):
        raise bad(
            translate(
                "pack_manifest",
                "gives the pack id {id}, which is not allowed: an id is 1 to 64 lowercase letters, digits and '-'; "
                "the pack is refused.",
            ).format(id=excerpt(pack_id))
        )
    if not is_version(texts["version"]):
        raise bad(
            translate("pack_manifest", "gives the version {version}, which does not look like 1.0.0.").format(
                version=excerpt(texts["version"])
            )
        )
    min_app = texts["min_app_version"]
    if min_app:
        if not is_version(min_app):
            raise bad(
                translate("pack_manifest", "gives min_app_version {version}, which does not look like 0.1.0.").format(
                    version=excerpt(min_app)
                )
            )
        if compare_versions(min_app, __version__) > 0:
            raise PackError(
                translate(
                    "pack_manifest",
                    "{file}: the pack '{title}' needs Handbook {needed} or newer, and this is Handbook {version}; "
                    "install a newer Handbook first.",
                ).format(file=where, title=texts["title"] or pack_id, needed=min_app, version=__version__)
            )
    return PackInfo(
        id=pack_id,
        title=texts["title"] or pack_id,
        version=texts["version"],
        language=texts["language"] or "en",
        license=texts["license"],
        authors=tuple(authors),
        description=texts["description"],
        min_app_version=min_app,
    )
