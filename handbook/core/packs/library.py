"""The installed packs: install, update, roll back, remove and export, each leaving nothing half-done.

Layout under the data dir::

    packs/installed.json          which versions are installed, where from and when (registry.py)
    packs/<pack id>/<version>/    one folder per version: the current one and the one before it
    packs/.tmp-*/                 an install in progress; renamed into place in one step
    packs/.trash-*/               folders on their way out; removed right after

Progress is keyed by (pack id, item id) and lives elsewhere; nothing here reads or writes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.i18n import translate
from handbook.core.log import get_logger
from handbook.core.packs.build import build_pack
from handbook.core.packs.built_in import changes_to_built_in
from handbook.core.packs.diff import PackChanges, compare_packs
from handbook.core.packs.errors import OlderVersionError, PackCancelledError, PackError, disk_error
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits
from handbook.core.packs.manifest import Manifest
from handbook.core.packs.policy import apply_rules, check_signature
from handbook.core.packs.reader import Cancelled, PackFile, Progress
from handbook.core.packs.registry import PackRecord, Registry, safe_folder
from handbook.core.packs.staging import InstalledPack, PreparedInstall, remove_tree
from handbook.core.packs.trust import TrustStore
from handbook.core.packs.verify import check_content
from handbook.core.packs.versions import compare_versions
from handbook.core.paths import DataDir

BeforeUpdate = Callable[[str], None]  # called with the pack id before an installed pack's content changes
ConfirmUpdate = Callable[[PackChanges], bool]
STALE_SECONDS = 3600  # an unfinished install this old is abandoned (another process may run a fresh one)
SPACE_MARGIN = 20 * 1024 * 1024
log = get_logger("packs")


class PackLibrary:
    """The packs installed in one data dir."""

    def __init__(
        self, data_dir: Path, *, limits: Limits = DEFAULT_LIMITS, before_update: BeforeUpdate | None = None
    ) -> None:
        self.packs_dir = DataDir(Path(data_dir)).packs
        self.trust = TrustStore(Path(data_dir))
        self.registry = Registry(self.packs_dir)
        self.limits = limits
        self.before_update = before_update

    # reading

    def installed_pack(self, record: PackRecord) -> InstalledPack:
        folder = safe_folder(self.packs_dir, record.id, record.current)
        assert folder is not None  # the registry only holds safe ids and versions
        previous = record.versions.get(record.previous) if record.previous else None
        return InstalledPack(record.id, record.version(), previous, folder)

    def installed(self) -> list[InstalledPack]:
        packs = [self.installed_pack(record) for record in self.registry.load().values()]
        return sorted(packs, key=lambda p: (p.title.casefold(), p.id))

    def get(self, pack_id: str) -> InstalledPack | None:
        record = self.registry.load().get(pack_id)
        return self.installed_pack(record) if record else None

    def require(self, pack_id: str) -> InstalledPack:
        found = self.get(pack_id)
        if found is None:
            raise PackError(
                translate(
                    "packs", "no installed pack has the id '{pack_id}'; 'handbook pack list' shows the installed ones."
                ).format(pack_id=pack_id)
            )
        return found

    def load(self, pack_id: str) -> Pack:
        return load_pack(self.require(pack_id).folder)

    # install and update

    def prepare_install(
        self,
        file: Path,
        *,
        downgrade: bool = False,
        allow_new_signer: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PreparedInstall:
        """Check the pack and unpack it beside the installed ones; nothing visible changes yet.

        Call ``commit()`` on the result to put it in place (one rename) or ``discard()`` to drop it.
        The signing rules (policy.py) are applied first: a pack they refuse is not even unpacked.
        """
        file = Path(file)
        self._clean_leftovers()
        with PackFile(file, self.limits) as pack:
            info = pack.manifest.info
            record = self.registry.load().get(info.id)
            if record is not None:
                order = compare_versions(info.version, record.current)
                if order == 0:
                    raise PackError(
                        translate(
                            "packs",
                            "{file}: {title} {version} is already installed; remove it first to install it again.",
                        ).format(file=file, title=info.title, version=info.version)
                    )
                if order < 0 and not downgrade:
                    raise OlderVersionError(
                        translate(
                            "packs",
                            "{file}: {title} {version} is older than the installed {installed}; nothing was changed. "
                            "To go back to it, install it again allowing an older version (--downgrade).",
                        ).format(file=file, title=info.title, version=info.version, installed=record.current),
                        title=info.title,
                        version=info.version,
                        installed=record.current,
                    )
            trusted = self.trust.load()
            signature = check_signature(pack.manifest_bytes, pack.signature_bytes, pack.where, trusted)
            installed_signer = record.version().signer if record is not None else None
            apply_rules(
                signature,
                trusted,
                where=pack.where,
                title=info.title,
                installed_signer=installed_signer,
                allow_new_signer=allow_new_signer,
            )
            made_packs_dir = not self.packs_dir.exists()
            self._check_space(pack.manifest.total_bytes)
            try:
                staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.packs_dir))
            except OSError as exc:
                raise disk_error(exc, self.packs_dir, pack.manifest.total_bytes) from None
            try:
                texts = pack.extract(staging, progress, cancelled)
                if cancelled is not None and cancelled():
                    raise PackCancelledError(translate("packs", "Installation cancelled; nothing was installed."))
                report = check_content(staging, pack.manifest, pack.where, texts)
                changes = None
                if record is not None:
                    old_folder = safe_folder(self.packs_dir, record.id, record.current)
                    if old_folder is not None and old_folder.is_dir():
                        old = load_pack(old_folder)
                        changes = compare_packs(old, report.pack)
                else:
                    changes = changes_to_built_in(file, report.pack, downgrade)
            except BaseException:
                remove_tree(staging)
                if made_packs_dir:  # a refused pack leaves the data folder as it found it
                    with contextlib.suppress(OSError):
                        self.packs_dir.rmdir()
                raise
        replaces = record.current if record else None
        return PreparedInstall(self, file, pack.manifest, report.pack, staging, replaces, changes, signature)

    def install(
        self,
        file: Path,
        *,
        downgrade: bool = False,
        allow_new_signer: bool = False,
        confirm: ConfirmUpdate | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> InstalledPack | None:
        """Install or update in one go; an update goes ahead only if ``confirm(changes)`` agrees.

        Returns None when the update was declined (nothing changed).
        """
        prepared = self.prepare_install(
            file, downgrade=downgrade, allow_new_signer=allow_new_signer, progress=progress, cancelled=cancelled
        )
        if prepared.changes is not None and confirm is not None and not confirm(prepared.changes):
            prepared.discard()
            return None
        return prepared.commit()

    def _check_space(self, needed: int) -> None:
        try:
            self.packs_dir.mkdir(parents=True, exist_ok=True)
            free = shutil.disk_usage(self.packs_dir).free
        except OSError as exc:
            raise disk_error(exc, self.packs_dir, needed) from None
        if free < needed + SPACE_MARGIN:
            raise PackError(
                translate(
                    "packs",
                    "{folder}: not enough free disk space; the pack needs about {needed} MB and {free} MB are free. "
                    "Free some space and try again.",
                ).format(folder=self.packs_dir, needed=round(needed / 1e6), free=round(free / 1e6))
            )

    # roll back, remove, export

    def rollback(self, pack_id: str) -> InstalledPack:
        """Go back to the version installed before the last update; the newer one is removed."""
        self._clean_leftovers()
        records = self.registry.load()
        record = records.get(pack_id)
        if record is None:
            raise PackError(
                translate(
                    "packs", "no installed pack has the id '{pack_id}'; 'handbook pack list' shows the installed ones."
                ).format(pack_id=pack_id)
            )
        previous = record.previous
        folder = safe_folder(self.packs_dir, pack_id, previous) if previous else None
        if previous is None or folder is None:
            raise PackError(
                translate("packs", "{title} has no earlier version to go back to; only {version} is installed.").format(
                    title=record.version().title, version=record.current
                )
            )
        if not folder.is_dir():
            raise PackError(
                translate(
                    "packs", "{folder}: the earlier version's folder is missing, so it cannot be restored."
                ).format(folder=folder)
            )
        if self.before_update is not None:
            self.before_update(pack_id)
        newer = safe_folder(self.packs_dir, pack_id, record.current)
        records[pack_id] = PackRecord(pack_id, previous, None, {previous: record.versions[previous]})
        self.registry.save(records)
        if newer is not None:
            self.discard_folder(newer)
        return self.installed_pack(records[pack_id])

    def remove(self, pack_id: str) -> InstalledPack:
        """Remove every installed version of a pack; progress for it is kept."""
        self._clean_leftovers()
        records = self.registry.load()
        record = records.pop(pack_id, None)
        if record is None:
            raise PackError(
                translate(
                    "packs", "no installed pack has the id '{pack_id}'; 'handbook pack list' shows the installed ones."
                ).format(pack_id=pack_id)
            )
        removed = self.installed_pack(record)
        self.registry.save(records)
        self.discard_folder(self.packs_dir / pack_id)
        return removed

    def export(
        self, pack_id: str, output: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Manifest:
        """Write an installed pack back to a .hbpack file, e.g. to pass it on by USB stick."""
        installed = self.require(pack_id)
        if not installed.folder.is_dir():
            raise PackError(
                translate("packs", "{folder}: the installed pack's folder is missing; install it again.").format(
                    folder=installed.folder
                )
            )
        return build_pack(
            installed.folder, output, check_content=False, limits=self.limits, progress=progress, cancelled=cancelled
        )

    # folders

    def move_to_trash(self, folder: Path) -> tuple[Path, Path]:
        """Move a pack's or a version's folder out of sight in one rename: (the trash folder, where it went).

        It keeps its place under the trash (``.trash-*/<pack id>/<version>``), so that after a
        crash ``recover`` can tell whether the registry still needs it and put it back.
        """
        trash = Path(tempfile.mkdtemp(prefix=".trash-", dir=self.packs_dir))
        target = trash / folder.relative_to(self.packs_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(folder, target)
        return trash, target

    def discard_folder(self, folder: Path) -> None:
        """Rename out of sight first (one step), then delete at leisure."""
        if not folder.exists():
            return
        try:
            trash, _moved = self.move_to_trash(folder)
        except OSError:
            remove_tree(folder)
            return
        remove_tree(trash)

    def recover(self) -> list[str]:
        """After a crash: put back any folder the registry still names that was on its way out; returns them.

        Installs, updates and removals move folders into ``.trash-*`` before changing the registry;
        a crash in between must not lose the version the registry still shows or rolls back to.
        """
        if not self.packs_dir.is_dir():
            return []
        trashes = [entry for entry in self.packs_dir.iterdir() if entry.name.startswith(".trash-") and entry.is_dir()]
        if not trashes:
            return []
        restored = []
        for pack_id, record in self.registry.load().items():
            for version in {record.current, record.previous} - {None}:
                assert version is not None
                wanted = safe_folder(self.packs_dir, pack_id, version)
                if wanted is None or wanted.is_dir():
                    continue
                for trash in trashes:
                    kept = trash / pack_id / version
                    if kept.is_dir():
                        wanted.parent.mkdir(exist_ok=True)
                        os.rename(kept, wanted)
                        restored.append(f"{pack_id} {version}")
                        log.warning("put back %s %s from %s after an interrupted change", pack_id, version, trash.name)
                        break
        return restored

    def _clean_leftovers(self) -> None:
        if not self.packs_dir.is_dir():
            return
        self.recover()
        now = time.time()
        for entry in self.packs_dir.iterdir():
            if entry.name.startswith(".trash-"):
                remove_tree(entry)
            elif entry.name.startswith(".tmp-"):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_SECONDS:
                        remove_tree(entry)
