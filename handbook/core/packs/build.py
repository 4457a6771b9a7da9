"""Build a deterministic .hbpack from a pack's source folder: the same folder gives the same bytes."""

from __future__ import annotations

import contextlib
import hashlib
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from handbook.core.content.limits import ContentLimits
from handbook.core.content.loader import load_pack
from handbook.core.content.model import PackInfo
from handbook.core.content.source_folder import scan_source_folder
from handbook.core.content.validate import validate_pack
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackCancelledError, PackError
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits
from handbook.core.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, FileEntry, Manifest
from handbook.core.packs.signing import SecretKey, sign
from handbook.core.storage import replace_file, temp_file_beside

PACK_SUFFIX = ".hbpack"
FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip can hold; no build time leaks in
FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--
UNIX = 3
CHUNK = 1024 * 1024
# Already compressed: deflating them again costs time and saves nothing.
STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp3", ".mp4", ".ogg", ".zip", ".gz"})

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def source_files(root: Path, limits: Limits = DEFAULT_LIMITS, *, skip: Path | None = None) -> list[tuple[str, Path]]:
    """The files a pack holds, as (pack path, file), sorted by pack path.

    The folder is listed as ``validate`` lists it (``source_folder.scan_source_folder``): hidden
    files and clutter are left out; links, FIFOs, devices and names that would be refused on
    install are refused here, so that every built pack installs.
    """
    caps = ContentLimits(
        files=limits.max_entries - 1, file_bytes=limits.max_file_bytes, total_bytes=limits.max_total_bytes
    )
    folder = scan_source_folder(Path(root), caps)
    if folder.problems:
        first, more = folder.problems[0].format(), len(folder.problems) - 1
        if more == 1:
            first = translate("pack_build", "{problem} (and 1 other problem)").format(problem=first)
        elif more:
            first = translate("pack_build", "{problem} (and {count} other problems)").format(problem=first, count=more)
        raise PackError(first)
    return [
        (rel, Path(path))
        for rel, path in folder.files.items()
        if skip is None or os.path.basename(path) != skip.name or Path(path).resolve() != skip
    ]


def _zip_info(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.create_system = UNIX
    info.external_attr = FILE_MODE
    info.file_size = size
    stored = os.path.splitext(name)[1].lower() in STORED_SUFFIXES
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info


def build_pack(
    source: Path,
    output: Path,
    *,
    check_content: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sign_with: SecretKey | None = None,
) -> Manifest:
    """Write ``output`` from the folder ``source``; refuses content with validation errors.

    With ``sign_with``, the pack also holds manifest.json.minisig, that key's minisign signature of
    manifest.json (which holds every file's SHA-256, so it covers the whole pack).

    Files are hashed as they are written (one read each); the manifest goes last. The file is
    written next to ``output`` and renamed into place, so a failed build leaves no partial pack.
    """
    source, output = Path(source), Path(output)
    if not source.is_dir():
        raise PackError(
            translate(
                "pack_build", "{folder}: is not a folder; give the pack's source folder (the one with pack.yaml)."
            ).format(folder=source)
        )
    if check_content:
        report = validate_pack(source)
        if len(report.errors) == 1:
            message = translate(
                "pack_build",
                "{folder}: the content has 1 error; fix it first (run 'handbook validate {folder}'):\n{errors}",
            )
        else:
            message = translate(
                "pack_build",
                "{folder}: the content has {count} errors; fix them first (run 'handbook validate {folder}'):\n{errors}",
            )
        if report.errors:
            raise PackError(message.format(folder=source, count=len(report.errors), errors=report.errors_text()))
        info = report.pack.info
    else:
        info = load_pack(source).info
    files = source_files(source, limits, skip=output.resolve())
    sizes = {rel: path.stat().st_size for rel, path in files}
    total = sum(sizes.values())
    for rel, size in sizes.items():
        if size > limits.max_file_bytes:
            raise PackError(
                translate("pack_build", "{file}: has {size} bytes; a file in a pack may have at most {most}.").format(
                    file=source / rel, size=size, most=limits.max_file_bytes
                )
            )
    if total > limits.max_total_bytes:
        raise PackError(
            translate("pack_build", "{folder}: holds {size} bytes; a pack may hold at most {most}.").format(
                folder=source, size=total, most=limits.max_total_bytes
            )
        )

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = temp_file_beside(output)
    except OSError as exc:
        raise PackError(
            translate("pack_build", "{file}: cannot write here ({reason}); choose another place.").format(
                file=output, reason=exc.strerror
            )
        ) from None
    try:
        with os.fdopen(fd, "w+b") as handle:
            manifest = _write_zip(handle, info, files, sizes, total, progress, cancelled, sign_with)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(tmp_name, output)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise PackError(
            translate(
                "pack_build", "{file}: could not be written ({reason}); free some disk space or choose another place."
            ).format(file=output, reason=exc.strerror)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return manifest


def _write_zip(
    handle: BinaryIO,
    info: PackInfo,
    files: list[tuple[str, Path]],
    sizes: dict[str, int],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
    sign_with: SecretKey | None = None,
) -> Manifest:
    entries: list[FileEntry] = []
    done = 0
    with zipfile.ZipFile(handle, "w", compresslevel=6) as archive:
        for rel, path in files:
            if cancelled is not None and cancelled():
                raise PackCancelledError(translate("pack_build", "Cancelled; no pack file was written."))
            digest = hashlib.sha256()
            written = 0
            with path.open("rb") as src, archive.open(_zip_info(rel, sizes[rel]), "w") as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                    written += len(chunk)
            if written != sizes[rel]:
                raise PackError(
                    translate("pack_build", "{file}: changed while the pack was being built; build it again.").format(
                        file=path
                    )
                )
            entries.append(FileEntry(rel, written, digest.hexdigest()))
            done += written
            if progress is not None:
                progress(done, total)
        manifest = Manifest(info, tuple(entries))
        data = manifest.to_bytes()
        archive.writestr(_zip_info(MANIFEST_NAME, len(data)), data)
        if sign_with is not None:
            # No time in the trusted comment: the same folder and key still give the same bytes.
            comment = f"pack:{info.id}\tversion:{info.version}\tfile:{MANIFEST_NAME}"
            signature = sign(data, sign_with, comment)
            archive.writestr(_zip_info(SIGNATURE_NAME, len(signature)), signature)
    return manifest
