"""installed.json: which packs and versions are installed, where each came from and when.

Start-up reads only the current version of the active pack (active.py); this module loads later.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from handbook.core.content.model import PACK_ID, SEMVER
from handbook.core.i18n import translate
from handbook.core.log import get_logger
from handbook.core.packs.errors import PackError
from handbook.core.storage import atomic_write_json, move_aside, read_json_object

REGISTRY_FILE = "installed.json"
REGISTRY_FORMAT = 1
MAX_REGISTRY_BYTES = 4 * 1024 * 1024
log = get_logger("packs")
_VERSION = SEMVER


@dataclass(frozen=True)
class VersionRecord:
    version: str
    title: str
    language: str = "en"
    size: int = 0
    files: int = 0
    source: str = ""
    installed_at: str = ""
    signer: str = ""  # the key id that signed this version (16 hex digits); "" when it was not signed


@dataclass
class PackRecord:
    id: str
    current: str
    previous: str | None = None
    versions: dict[str, VersionRecord] = field(default_factory=dict)

    def version(self, version: str | None = None) -> VersionRecord:
        return self.versions[version or self.current]


def human_size(size: int) -> str:
    """'12 kB', '3.4 MB': sizes as people read them (decimal units, as file managers show)."""
    if size < 1_000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1_000:.0f} kB"
    if size < 1_000_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1_000_000_000:.2f} GB"


def now_stamp() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def safe_folder(packs_dir: Path, pack_id: str, version: str) -> Path | None:
    """``<packs>/<id>/<version>``, or None if either part could step outside the packs folder."""
    if not PACK_ID.match(pack_id) or not _VERSION.match(version):
        return None
    return packs_dir / pack_id / version


class Registry:
    """Reads and writes installed.json atomically; a damaged file is moved aside and rebuilt."""

    def __init__(self, packs_dir: Path) -> None:
        self.packs_dir = Path(packs_dir)
        self.path = self.packs_dir / REGISTRY_FILE
        self.notice = ""  # what happened when the file could not be used, for the person

    def load(self) -> dict[str, PackRecord]:
        if not self.path.exists():
            return {}
        try:
            return _records(read_json_object(self.path, max_bytes=MAX_REGISTRY_BYTES))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        try:
            kept = move_aside(self.path)
        except OSError as exc:
            raise PackError(
                translate(
                    "pack_registry",
                    "{file}: cannot be used ({problem}) and cannot be moved aside ({reason}). Move it somewhere else "
                    "yourself, then try again.",
                ).format(file=self.path, problem=problem, reason=exc.strerror)
            ) from None
        records = self.rebuild()
        self.save(records)
        self.notice = translate(
            "pack_registry",
            "{file}: could not be used ({problem}); it was kept as {kept} and the list of installed packs was made "
            "again from the packs folder.",
        ).format(file=self.path, problem=problem, kept=kept.name)
        log.warning("%s: could not be used (%s); kept as %s, list made again", self.path, problem, kept.name)
        return records

    def save(self, records: dict[str, PackRecord]) -> None:
        self.packs_dir.mkdir(parents=True, exist_ok=True)
        data = {
            "format_version": REGISTRY_FORMAT,
            "packs": {
                pack_id: {
                    "current": record.current,
                    "previous": record.previous,
                    "versions": {v: asdict(r) for v, r in sorted(record.versions.items())},
                }
                for pack_id, record in sorted(records.items())
            },
        }
        atomic_write_json(self.path, data)

    def rebuild(self) -> dict[str, PackRecord]:
        """What the folders hold, when installed.json is lost: the newest version of each is current."""
        from handbook.core.packs.versions import version_key

        records: dict[str, PackRecord] = {}
        if not self.packs_dir.is_dir():
            return records
        for pack_dir in sorted(p for p in self.packs_dir.iterdir() if p.is_dir() and PACK_ID.match(p.name)):
            versions = sorted(
                (v.name for v in pack_dir.iterdir() if _VERSION.match(v.name) and (v / "pack.yaml").is_file()),
                key=version_key,
                reverse=True,
            )
            if not versions:
                continue
            found = {}
            for version in versions[:2]:
                folder = pack_dir / version
                files = [p for p in folder.rglob("*") if p.is_file()]
                stamp = datetime.fromtimestamp(folder.stat().st_mtime, timezone.utc).replace(microsecond=0)
                found[version] = VersionRecord(
                    version=version,
                    title=_title_of(folder) or pack_dir.name,
                    size=sum(p.stat().st_size for p in files),
                    files=len(files),
                    source="(found on disk)",
                    installed_at=stamp.isoformat().replace("+00:00", "Z"),
                )
            records[pack_dir.name] = PackRecord(
                pack_dir.name, versions[0], versions[1] if len(versions) > 1 else None, found
            )
        return records


def _title_of(folder: Path) -> str:
    try:
        for line in (folder / "pack.yaml").read_text(encoding="utf-8").splitlines():
            if line.startswith("title:"):
                return line.partition(":")[2].strip().strip("\"'")
    except (OSError, UnicodeDecodeError):
        pass
    return ""


def _text(fields: dict[str, Any], name: str, default: str = "") -> str:
    value = fields.get(name, default)
    if not isinstance(value, str) or len(value) > 4096:
        raise ValueError(translate("pack_registry", "'{field}' must be text").format(field=name))
    return value


def _count(fields: dict[str, Any], name: str) -> int:
    value = fields.get(name, 0)
    if type(value) is not int or not 0 <= value < 2**53:
        raise ValueError(translate("pack_registry", "'{field}' must be a whole number").format(field=name))
    return value


def _version_record(version: str, fields: Any) -> VersionRecord:
    if not isinstance(fields, dict):
        raise ValueError(
            translate("pack_registry", "version {version} is not a table").format(version=repr(version[:20]))
        )
    return VersionRecord(
        version=_text(fields, "version", version),
        title=_text(fields, "title"),
        language=_text(fields, "language", "en"),
        size=_count(fields, "size"),
        files=_count(fields, "files"),
        source=_text(fields, "source"),
        installed_at=_text(fields, "installed_at"),
        signer=_signer(fields),
    )


def _signer(fields: dict[str, Any]) -> str:
    value = _text(fields, "signer")
    if value and (len(value) != 16 or any(c not in "0123456789ABCDEF" for c in value)):
        raise ValueError(translate("pack_registry", "'signer' must be a key id"))
    return value


def _records(data: Any) -> dict[str, PackRecord]:
    """The registry's records, every field's type checked; ValueError says what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("packs"), dict):
        raise ValueError(translate("pack_registry", "not a list of installed packs"))
    records: dict[str, PackRecord] = {}
    for pack_id, raw in data["packs"].items():
        if not isinstance(raw, dict) or not isinstance(raw.get("versions"), dict):
            raise ValueError(translate("pack_registry", "the pack {id} has no versions").format(id=repr(pack_id[:40])))
        versions = {version: _version_record(version, fields) for version, fields in raw["versions"].items()}
        current, previous = raw.get("current"), raw.get("previous")
        if not isinstance(current, str) or not (previous is None or isinstance(previous, str)):
            raise ValueError(
                translate("pack_registry", "the pack {id} has no current version").format(id=repr(pack_id[:40]))
            )
        # Ids and versions become folder names: anything that could leave the packs folder is dropped.
        if not PACK_ID.match(pack_id) or not all(_VERSION.match(v) for v in versions) or current not in versions:
            continue
        if previous not in versions:
            previous = None
        records[pack_id] = PackRecord(pack_id, current, previous, versions)
    return records
