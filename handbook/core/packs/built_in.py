"""A pack that carries the built-in course's id: a new version of that course, judged against the one in the app."""

from __future__ import annotations

from pathlib import Path

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.i18n import translate
from handbook.core.packs.diff import PackChanges, compare_packs
from handbook.core.packs.errors import OlderVersionError, PackError
from handbook.core.packs.versions import compare_versions
from handbook.core.resources import bundled_pack_dir


def changes_to_built_in(file: Path, pack: Pack, downgrade: bool) -> PackChanges | None:
    """A pack with the built-in course's id is a new version of that course, not a second course: one id per
    course. Its changes are listed against the built-in version, and a version not newer is refused as for an
    installed pack. None for any other pack."""
    built_in = load_pack(bundled_pack_dir())
    info = pack.info
    if info.id != built_in.info.id:
        return None
    order = compare_versions(info.version, built_in.info.version)
    if order == 0:
        raise PackError(
            translate(
                "pack_install", "{file}: {title} {version} is the course built into the app; nothing to install."
            ).format(file=file, title=info.title, version=info.version)
        )
    if order < 0 and not downgrade:
        raise OlderVersionError(
            translate(
                "pack_install",
                "{file}: {title} {version} is older than the built-in {installed}; nothing was changed. To use it all "
                "the same, install it allowing an older version (--downgrade).",
            ).format(file=file, title=info.title, version=info.version, installed=built_in.info.version),
            title=info.title,
            version=info.version,
            installed=built_in.info.version,
        )
    return compare_packs(built_in, pack)
