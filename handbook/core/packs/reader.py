"""Open a .hbpack and check all of it before anything is written; extract it while hashing.

Checks, in order: it is a zip; entry count; every name (relative UTF-8, no '..', absolute paths,
drive letters, backslashes, duplicates); no links or special files; no encryption; declared
sizes and compression ratios; entries that overlap; manifest.json (format, pack id, versions);
the files against the manifest. Extraction then counts every byte it reads and stops at the
size the manifest gives, and checks each SHA-256 as the file is written (one pass).
"""

from __future__ import annotations

import hashlib
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from handbook.core.content.limits import shown
from handbook.core.i18n import translate
from handbook.core.packs import manifest as mf
from handbook.core.packs.errors import PackCancelledError, PackError, disk_error
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits
from handbook.core.packs.manifest import MANIFEST_NAME, FileEntry, Manifest, parse_manifest
from handbook.core.packs.zip_members import LOCAL_HEADER, check_members, directory_too_big, too_many

CHUNK = 1024 * 1024
HASH_ASIDE_BYTES = 64 * 1024  # chunks this big are hashed on a second thread while they are written
TEXT_SUFFIXES = (".md", ".yaml", ".yml")
TEXT_KEEP_BYTES = 1024 * 1024  # content files up to this size are kept in memory for the check
_LOCAL_SIGNATURE = b"PK\x03\x04"
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PackFile:
    """A .hbpack whose structure and manifest have been checked; nothing has been written yet."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self.where = str(self.path)
        self.signature_bytes: bytes | None = None  # manifest.json.minisig, when the pack is signed
        self.manifest_bytes = b""
        self._zip = self._open()
        try:
            self._members = check_members(self._zip, self.limits, self._fail)
            self.manifest = self._read_manifest()
            self._entries = self._check_against_manifest()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> PackFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def _fail(self, message: str) -> PackError:
        # Names in the message come from the zip: shown escaped, never as terminal codes.
        return PackError(shown(f"{self.where}: {message}"))

    def _member(self, message: str, name: str, **values: object) -> PackError:
        """``message`` (translated, with a {name} placeholder) about the pack's member ``name``."""
        return self._fail(message.format(name=name, **values))

    # structure

    def _open(self) -> zipfile.ZipFile:
        if self.path.is_dir():
            if (self.path / "pack.yaml").is_file():
                raise self._fail(
                    translate(
                        "pack_file",
                        "is a folder, not a .hbpack file. To install it, build a pack file first: "
                        "handbook pack build {folder} -o pack.hbpack",
                    ).format(folder=self.path)
                )
            raise self._fail(translate("pack_file", "is a folder, not a .hbpack file."))
        if not self.path.is_file():
            raise self._fail(translate("pack_file", "there is no such file; check the name and the folder."))
        try:
            with self.path.open("rb") as handle:
                head = handle.read(4)
            if not head:
                raise self._fail(
                    translate("pack_file", "is empty (0 bytes); the copy went wrong. Copy or download it again.")
                )
            self._check_directory_size()
            return zipfile.ZipFile(self.path)
        except UnicodeDecodeError:
            raise self._fail(
                translate("pack_file", "has a file name that is not valid UTF-8; the pack is refused.")
            ) from None
        except OSError as exc:
            raise self._fail(self._unreadable(exc)) from None
        except (*_READ_ERRORS, zipfile.LargeZipFile) as exc:
            if head.startswith(b"PK"):
                detail = translate("pack_file", "its end is missing") if "not a zip file" in str(exc) else str(exc)
                raise self._fail(
                    translate("pack_file", "is incomplete or damaged ({reason}); copy or download it again.").format(
                        reason=detail
                    )
                ) from None
            raise self._fail(
                translate(
                    "pack_file",
                    "is not a Handbook pack (it is not a zip file); packs are .hbpack files made with "
                    "'handbook pack build'.",
                )
            ) from None

    def _unreadable(self, exc: OSError) -> str:
        return translate("pack_file", "cannot be read ({reason}).").format(reason=exc.strerror or exc)

    def _check_directory_size(self) -> None:
        entries = directory_too_big(self.path, self.limits)
        if entries is not None:
            raise too_many(self._fail, entries, self.limits)

    def _read_small(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """A small member (manifest, signature) read whole, never more than ``limit`` bytes."""
        name = info.orig_filename
        if info.file_size > limit:
            raise self._member(
                translate("pack_file", "{name} declares {size} bytes; at most {most} are allowed."),
                name,
                size=f"{info.file_size:,}",
                most=f"{limit:,}",
            )
        try:
            with self._zip.open(info) as handle:
                data = handle.read(limit + 1)
        except _READ_ERRORS as exc:
            raise self._member(
                translate("pack_file", "{name} cannot be read ({reason}); the pack file is damaged."), name, reason=exc
            ) from None
        if len(data) > limit:
            raise self._member(
                translate("pack_file", "{name} is larger than {most} bytes; the pack is refused."),
                name,
                most=f"{limit:,}",
            )
        return data

    def _read_manifest(self) -> Manifest:
        info = self._members.pop(MANIFEST_NAME, None)
        if info is None:
            raise self._fail(
                translate(
                    "pack_file", "has no manifest.json, so it cannot be checked; make it with 'handbook pack build'."
                )
            )
        # The signature signs the manifest: the one file the manifest cannot list.
        signature = self._members.pop(mf.SIGNATURE_NAME, None)
        self.signature_bytes = None if signature is None else self._read_small(signature, mf.MAX_SIGNATURE_FILE_BYTES)
        self.manifest_bytes = self._read_small(info, self.limits.max_manifest_bytes)  # what the signature covers
        most, total = self.limits.max_file_bytes, self.limits.max_total_bytes
        return parse_manifest(self.manifest_bytes, self.where, max_file_bytes=most, max_total_bytes=total)

    def _check_against_manifest(self) -> dict[str, FileEntry]:
        listed = {entry.path: entry for entry in self.manifest.files}
        extra = sorted(set(self._members) - set(listed))
        if len(extra) == 1:
            raise self._member(
                translate(
                    "pack_file",
                    "'{name}' is in the pack file but not in its manifest; the pack was changed after it was built. "
                    "Get a new copy.",
                ),
                extra[0],
            )
        if extra:
            raise self._member(
                translate(
                    "pack_file",
                    "'{name}' (and {more} more) are in the pack file but not in its manifest; the pack was changed "
                    "after it was built. Get a new copy.",
                ),
                extra[0],
                more=len(extra) - 1,
            )
        missing = sorted(set(listed) - set(self._members))
        if len(missing) == 1:
            raise self._member(
                translate(
                    "pack_file",
                    "the manifest lists '{name}' but the pack file does not hold it; the pack is incomplete. "
                    "Get a new copy.",
                ),
                missing[0],
            )
        if missing:
            raise self._member(
                translate(
                    "pack_file",
                    "the manifest lists '{name}' (and {more} more) but the pack file does not hold them; the pack is "
                    "incomplete. Get a new copy.",
                ),
                missing[0],
                more=len(missing) - 1,
            )
        for path, entry in listed.items():
            declared = self._members[path].file_size
            if declared != entry.size:
                raise self._member(
                    translate(
                        "pack_file",
                        "'{name}': the zip says {size} bytes but the manifest says {listed}; the pack file is "
                        "damaged or was changed. Get a new copy.",
                    ),
                    path,
                    size=declared,
                    listed=entry.size,
                )
        return listed

    # extraction

    def extract(
        self, dest: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> dict[str, bytes]:
        """Write every file into the empty folder ``dest``, checking sizes and SHA-256 as it goes.

        The members are read straight from the file in the order they are stored, with our own
        bounds: each member's data must lie before the next member, and no member yields more
        bytes than the manifest gives for it (a zip bomb stops there). The SHA-256 of every file
        is checked against the manifest, which makes zip's weaker CRC-32 check redundant. On an
        error the caller removes ``dest``. Returns the bytes of the content files (Markdown and
        YAML) keyed by ``str(path)``, so that checking them needs no second read (see
        ``verify.check_content``).
        """
        dest = Path(dest)
        total = self.manifest.total_bytes
        done = 0
        texts: dict[str, bytes] = {}
        try:
            dest.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error(exc, dest, total) from None
        folder = str(dest)
        made: set[str] = {folder}
        ordered = sorted(self._members.values(), key=lambda i: i.header_offset)
        ends = [i.header_offset for i in ordered[1:]] + [self._end_of_data()]
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise self._fail(self._unreadable(exc)) from None
        # Large chunks are hashed on a second thread while this one writes them: hashlib and
        # file writes both let go of the GIL, so the two run side by side on two cores.
        with handle, ThreadPoolExecutor(max_workers=1, thread_name_prefix="pack-sha256") as hasher:
            for info, end in zip(ordered, ends, strict=True):
                entry = self._entries[info.orig_filename]
                # Plain strings, not Path objects: this runs for every file of the pack.
                target = os.path.join(folder, *entry.path.split("/"))
                digest = hashlib.sha256()
                count = 0
                kept: list[bytes] | None = (
                    [] if entry.path.endswith(TEXT_SUFFIXES) and entry.size <= TEXT_KEEP_BYTES else None
                )
                try:
                    parent = os.path.dirname(target)
                    if parent not in made:
                        os.makedirs(parent, exist_ok=True)
                        made.add(parent)
                    out = open(target, "xb", buffering=0)  # noqa: SIM115 - closed below; "x" never follows a planted file
                except OSError as exc:
                    raise disk_error(exc, Path(target), total) from None
                with out:
                    for chunk in self._member_data(handle, info, entry, end):
                        if cancelled is not None and cancelled():
                            raise PackCancelledError(
                                translate("pack_file", "Installation cancelled; nothing was installed.")
                            )
                        count += len(chunk)
                        hashing = hasher.submit(digest.update, chunk) if len(chunk) >= HASH_ASIDE_BYTES else None
                        if hashing is None:
                            digest.update(chunk)
                        if kept is not None:
                            kept.append(chunk)
                        try:
                            view = memoryview(chunk)
                            while view:
                                view = view[out.write(view) :]
                        except OSError as exc:
                            raise disk_error(exc, Path(target), total) from None
                        finally:
                            if hashing is not None:
                                hashing.result()  # one chunk in flight at most: memory stays small
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                if count != entry.size:
                    raise self._member(
                        translate(
                            "pack_file",
                            "'{name}' is shorter than its manifest says ({size} of {listed} bytes); the pack file is "
                            "damaged. Get a new copy.",
                        ),
                        entry.path,
                        size=count,
                        listed=entry.size,
                    )
                if digest.hexdigest() != entry.sha256:
                    raise self._member(
                        translate(
                            "pack_file",
                            "'{name}' does not match its checksum; the pack file is damaged or was changed after it "
                            "was built. Get a new copy.",
                        ),
                        entry.path,
                    )
                if kept is not None:
                    texts[target] = b"".join(kept)
        if progress is not None:
            progress(total, total)
        return texts

    def _end_of_data(self) -> int:
        """Where the members' data must end: the start of the central directory."""
        end = getattr(self._zip, "start_dir", None)
        return int(end) if end is not None else self.path.stat().st_size

    def _member_data(self, handle: BinaryIO, info: zipfile.ZipInfo, entry: FileEntry, end: int) -> Iterator[bytes]:
        """A member's bytes in chunks of at most CHUNK, never more than ``entry.size`` in all.

        ``end`` is where the next member starts; the data may not reach past it.
        """
        damaged = translate("pack_file", "'{name}' cannot be read; the pack file is damaged. Get a new copy.").format(
            name=entry.path
        )
        try:
            handle.seek(info.header_offset)
            header = handle.read(LOCAL_HEADER)
            if len(header) != LOCAL_HEADER or header[:4] != _LOCAL_SIGNATURE:
                raise self._fail(damaged)
            name_length, extra_length = struct.unpack("<HH", header[26:30])
            name = handle.read(name_length)
            encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
            if name != info.orig_filename.encode(encoding):
                raise self._member(
                    translate(
                        "pack_file",
                        "'{name}' has a different name inside the file than in its list; the pack is refused.",
                    ),
                    entry.path,
                )
            start = info.header_offset + LOCAL_HEADER + name_length + extra_length
            if start + info.compress_size > end:
                raise self._member(
                    translate("pack_file", "'{name}' overlaps another entry; the pack is refused."), info.orig_filename
                )
            handle.seek(start)
            left = info.compress_size
            inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
            produced = 0
            while left:
                raw = handle.read(min(CHUNK, left))
                if not raw:
                    raise self._fail(damaged)
                left -= len(raw)
                # Inflate at most one byte more than the manifest allows: enough to know it is too much.
                chunk = raw if inflater is None else inflater.decompress(raw, entry.size - produced + 1)
                produced += len(chunk)
                if produced > entry.size:
                    raise self._member(
                        translate("pack_file", "'{name}' holds more data than its manifest says; the pack is refused."),
                        entry.path,
                    )
                if chunk:
                    yield chunk
            if inflater is not None and not inflater.eof:
                raise self._fail(damaged)
        except (zlib.error, struct.error):
            raise self._fail(damaged) from None
        except OSError as exc:
            raise self._fail(self._unreadable(exc)) from None
