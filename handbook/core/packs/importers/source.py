"""The course to import: a folder, or a .zip download (a GitHub zip has one top folder) unpacked safely."""

from __future__ import annotations

import contextlib
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from handbook.core.errors import Problem
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits, ZipTotals, entry_problem
from handbook.core.packs.names import name_problem
from handbook.core.packs.zip_members import directory_too_big

CHUNK = 1024 * 1024


@contextlib.contextmanager
def open_source(source: Path, notes: list[Problem], limits: Limits = DEFAULT_LIMITS) -> Iterator[Path]:
    """The course's top folder; a zip is unpacked into a temporary folder removed afterwards."""
    source = Path(source)
    if source.is_dir():
        yield source
        return
    if not source.is_file():
        raise PackError(
            translate(
                "pack_import", "{source}: there is no such folder or file; give the course folder or its .zip."
            ).format(source=source)
        )
    if not zipfile.is_zipfile(source):
        raise PackError(
            translate(
                "pack_import", "{source}: is neither a folder nor a .zip file; give the course folder or its .zip."
            ).format(source=source)
        )
    scratch = Path(tempfile.mkdtemp(prefix="handbook-import-"))
    try:
        _unzip(source, scratch, notes, limits)
        entries = [p for p in scratch.iterdir() if not p.name.startswith((".", "__MACOSX"))]
        yield entries[0] if len(entries) == 1 and entries[0].is_dir() else scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _unzip(source: Path, dest: Path, notes: list[Problem], limits: Limits) -> None:
    """Like a pack, but a course download is not ours: odd entries are skipped and reported, not fatal."""
    try:
        entries = directory_too_big(source, limits)  # the same check as a pack file, before zipfile reads it
        if entries is not None:
            raise _too_many(source, entries, limits)
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(
            translate("pack_import", "{source}: the zip cannot be read ({reason}); download it again.").format(
                source=source, reason=exc
            )
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise _too_many(source, len(infos), limits)
        totals = ZipTotals(limits)
        written = 0
        for info in infos:
            name = info.orig_filename
            if name.endswith("/"):
                continue
            problem = name_problem(name)
            kind = stat.S_IFMT(info.external_attr >> 16)
            if problem or kind not in (0, stat.S_IFREG) or info.flag_bits & 0x1:
                if not problem:
                    problem = (
                        translate("pack_import", "is encrypted")
                        if info.flag_bits & 0x1
                        else translate("pack_import", "is a link or a special file")
                    )
                skipped = translate("pack_import", "'{name}' {problem}; it was skipped.")
                notes.append(Problem(source, None, skipped.format(name=name, problem=problem), "warning"))
                continue
            # The same rules as a pack file (packs/limits.py), checked before anything is written ...
            problem = entry_problem(info.file_size, info.compress_size, limits)
            whole = None if problem else totals.add(info.file_size, info.compress_size)
            if problem:
                refused = translate(
                    "pack_import",
                    "{source}: '{name}' {problem}; the zip is refused. Unpack it yourself and import the folder if "
                    "you trust it.",
                )
            elif whole:
                refused = translate(
                    "pack_import",
                    "{source}: the zip {problem} (counting up to '{name}'); the zip is refused. Unpack it yourself and "
                    "import the folder if you trust it.",
                )
            if problem or whole:
                raise PackError(refused.format(source=source, name=name, problem=problem or whole))
            target = dest.joinpath(*name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            count = 0
            try:
                with archive.open(info) as src, open(target, "xb") as out:
                    while chunk := src.read(CHUNK):
                        # ... and while reading, since a zip's headers can lie.
                        count += len(chunk)
                        written += len(chunk)
                        if count > info.file_size or written > totals.declared:
                            raise PackError(
                                translate(
                                    "pack_import",
                                    "{source}: '{name}' holds more than its zip says; the zip is refused.",
                                ).format(source=source, name=name)
                            )
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError, ValueError) as exc:
                raise PackError(
                    translate(
                        "pack_import", "{source}: '{name}' cannot be read ({reason}); download the zip again."
                    ).format(source=source, name=name, reason=exc)
                ) from None
            except FileExistsError:
                twice = translate("pack_import", "'{name}' appears twice; the second copy was skipped.")
                notes.append(Problem(source, None, twice.format(name=name), "warning"))


def _too_many(source: Path, entries: int, limits: Limits) -> PackError:
    return PackError(
        translate("pack_import", "{source}: has {count} entries; at most {most} can be imported.").format(
            source=source, count=entries, most=limits.max_entries
        )
    )
