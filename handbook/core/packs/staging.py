"""An install checked and unpacked beside the installed packs, put in place by one rename or discarded.

It works on the library through ``InstallTarget``, so this module sits below ``library.py``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from handbook.core.content.model import Pack
from handbook.core.i18n import translate
from handbook.core.packs.diff import PackChanges
from handbook.core.packs.errors import PackError, disk_error
from handbook.core.packs.manifest import Manifest
from handbook.core.packs.policy import SignatureCheck
from handbook.core.packs.registry import PackRecord, Registry, VersionRecord, now_stamp, safe_folder
from handbook.core.packs.versions import compare_versions
from handbook.core.storage import replace_file


@dataclass(frozen=True)
class InstalledPack:
    id: str
    current: VersionRecord
    previous: VersionRecord | None
    folder: Path

    @property
    def title(self) -> str:
        return self.current.title

    @property
    def version(self) -> str:
        return self.current.version


class InstallTarget(Protocol):
    """What a prepared install needs of the library it goes into (``library.PackLibrary``)."""

    packs_dir: Path
    registry: Registry
    before_update: Callable[[str], None] | None

    def move_to_trash(self, folder: Path) -> tuple[Path, Path]: ...

    def discard_folder(self, folder: Path) -> None: ...

    def installed_pack(self, record: PackRecord) -> InstalledPack: ...


def rename_into_place(source: Path, target: Path) -> None:
    """Move a folder into place; on Windows tried again for a moment (see ``replace_file``).

    ``target`` never exists here (an old folder was moved aside first), so this is a rename.
    """
    replace_file(source, target, attempts=8)


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


@dataclass
class PreparedInstall:
    """A checked, unpacked pack waiting beside the installed ones for commit() or discard()."""

    library: InstallTarget
    file: Path
    manifest: Manifest
    pack: Pack
    staging: Path
    replaces: str | None  # the installed version this one replaces, if any
    changes: PackChanges | None  # what the update changes; None for a new pack
    signature: SignatureCheck = field(default_factory=lambda: SignatureCheck("", None, False))
    source: str = ""  # where it came from, for the list of packs, when not the file (a feed's address)

    @property
    def is_update(self) -> bool:
        return self.replaces is not None

    @property
    def is_downgrade(self) -> bool:
        return self.replaces is not None and compare_versions(self.manifest.info.version, self.replaces) < 0

    def discard(self) -> None:
        remove_tree(self.staging)

    def commit(self) -> InstalledPack:
        """One rename puts the new version in place; then installed.json records it."""
        library, info = self.library, self.manifest.info
        if not self.staging.is_dir():
            raise PackError(
                translate("pack_install", "{file}: this installation was already finished or cancelled.").format(
                    file=self.file
                )
            )
        moved_aside: Path | None = None
        trash: Path | None = None
        target: Path | None = None
        try:
            records = library.registry.load()
            record = records.get(info.id)
            if (record.current if record else None) != self.replaces:
                raise PackError(
                    translate(
                        "pack_install", "{file}: the installed packs changed meanwhile; install the pack again."
                    ).format(file=self.file)
                )
            if record is not None and library.before_update is not None:
                library.before_update(info.id)
            target = safe_folder(library.packs_dir, info.id, info.version)
            assert target is not None  # the manifest's id and version were checked
            target.parent.mkdir(exist_ok=True)
            if target.exists():  # a leftover, or the earlier version being installed again
                trash, moved_aside = library.move_to_trash(target)
            rename_into_place(self.staging, target)
            versions = dict(record.versions) if record else {}
            versions[info.version] = VersionRecord(
                version=info.version,
                title=info.title,
                language=info.language,
                size=self.manifest.total_bytes,
                files=len(self.manifest.files),
                source=self.source or str(self.file.resolve()),
                installed_at=now_stamp(),
                signer=self.signature.signer,
            )
            previous = record.current if record else None
            keep = {info.version, previous} - {None}
            dropped = [v for v in versions if v not in keep]
            new_record = PackRecord(info.id, info.version, previous, {v: versions[v] for v in versions if v in keep})
            records[info.id] = new_record
            library.registry.save(records)
        except BaseException as exc:
            # Put everything back as it was: the new folder out, the old one in.
            if target is not None and target.is_dir() and not self.staging.exists():
                with contextlib.suppress(OSError):
                    os.rename(target, self.staging)
            if moved_aside is not None and target is not None:
                with contextlib.suppress(OSError):
                    os.rename(moved_aside, target)
            self.discard()
            if isinstance(exc, OSError):
                raise disk_error(exc, library.packs_dir, self.manifest.total_bytes) from None
            raise
        if trash is not None:
            remove_tree(trash)
        for version in dropped:
            folder = safe_folder(library.packs_dir, info.id, version)
            if folder is not None:
                library.discard_folder(folder)
        return library.installed_pack(new_record)
