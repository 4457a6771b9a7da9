"""Check a pack's content: after unpacking it must load, validate and agree with its manifest."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from handbook.core.content.validate import ValidationReport, validate_pack
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits
from handbook.core.packs.manifest import Manifest
from handbook.core.packs.reader import Cancelled, PackFile, Progress


def check_content(
    root: Path, manifest: Manifest, where: str, texts: Mapping[str, bytes] | None = None
) -> ValidationReport:
    """The extracted content must load and validate, and agree with the manifest.

    ``texts`` is what ``PackFile.extract`` returned: the content files' bytes, so they are not
    read back from the disk.
    """
    report = validate_pack(root, texts)
    if len(report.errors) == 1:
        message = translate(
            "pack_verify",
            "{file}: the content has 1 error, so the pack is refused. Ask whoever made it to fix it "
            "('handbook validate'):\n{errors}",
        )
    else:
        message = translate(
            "pack_verify",
            "{file}: the content has {count} errors, so the pack is refused. Ask whoever made it to fix them "
            "('handbook validate'):\n{errors}",
        )
    if report.errors:
        raise PackError(message.format(file=where, count=len(report.errors), errors=report.errors_text()))
    info = report.pack.info
    disagree = (
        translate(
            "pack_verify",
            "{file}: pack.yaml gives the id {found} but the manifest says {listed}; the pack was changed after it "
            "was built. Get a new copy.",
        ),
        translate(
            "pack_verify",
            "{file}: pack.yaml gives the version {found} but the manifest says {listed}; the pack was changed after "
            "it was built. Get a new copy.",
        ),
    )
    for message, found, declared in zip(
        disagree, (info.id, info.version), (manifest.info.id, manifest.info.version), strict=True
    ):
        if found != declared:
            raise PackError(message.format(file=where, found=repr(found), listed=repr(declared)))
    return report


@dataclass
class VerifiedPack:
    manifest: Manifest
    report: ValidationReport


def verify_pack(
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> VerifiedPack:
    """Check a pack completely (content included) in a temporary folder that is removed after."""
    with PackFile(path, limits) as pack:
        scratch = Path(tempfile.mkdtemp(prefix="handbook-verify-"))
        try:
            texts = pack.extract(scratch / "pack", progress, cancelled)
            report = check_content(scratch / "pack", pack.manifest, pack.where, texts)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return VerifiedPack(pack.manifest, report)
