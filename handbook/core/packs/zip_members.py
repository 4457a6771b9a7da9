"""The checks of a pack zip's list of entries, before any byte is read: names, kinds, sizes, overlaps."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.limits import Limits, ZipTotals, entry_problem
from handbook.core.packs.names import collision_key, name_problem

LOCAL_HEADER = 30
Fail = Callable[[str], PackError]  # a message about the pack file -> the error naming it


def directory_too_big(path: Path, limits: Limits) -> int | None:
    """The entry count of a zip whose directory is over the caps, read before zipfile loads it all; else None."""
    end_record = getattr(zipfile, "_EndRecData", None)  # stdlib internals, unchanged for decades
    if end_record is None:
        return None
    with path.open("rb") as handle:
        record = end_record(handle)
    if not record:
        return None  # not a zip: zipfile says so next, with its own reason
    entries, directory_bytes = record[4], record[5]
    if entries > limits.max_entries or directory_bytes > limits.max_entries * 1024:
        return int(entries)
    return None


def too_many(fail: Fail, entries: int, limits: Limits) -> PackError:
    return fail(
        translate("pack_file", "has {count} entries; a pack may have at most {most}. It is refused.").format(
            count=entries, most=limits.max_entries
        )
    )


def check_members(archive: zipfile.ZipFile, limits: Limits, fail: Fail) -> dict[str, zipfile.ZipInfo]:
    """The zip's files by name, once every entry passed the checks (folders left out)."""

    def member(message: str, name: str, **values: object) -> PackError:
        return fail(message.format(name=name, **values))

    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise too_many(fail, len(infos), limits)
    members: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    totals = ZipTotals(limits)
    for info in infos:
        name = info.orig_filename  # before zipfile's own clean-up of '\' and NUL
        is_dir = name.endswith("/")
        problem = name_problem(name[:-1] if is_dir else name)
        if problem:
            raise member(translate("pack_file", "'{name}' {problem}; the pack is refused."), name, problem=problem)
        if not info.flag_bits & 0x800 and not name.isascii():
            raise member(
                translate("pack_file", "'{name}' has a name that is not marked as UTF-8; the pack is refused."),
                name,
            )
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise member(
                translate("pack_file", "'{name}' is a symbolic link; packs cannot hold links. The pack is refused."),
                name,
            )
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise member(translate("pack_file", "'{name}' is not a regular file; the pack is refused."), name)
        if info.flag_bits & 0x1:
            raise member(translate("pack_file", "'{name}' is encrypted; packs cannot be encrypted."), name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise member(
                translate(
                    "pack_file", "'{name}' uses a compression method Handbook does not read; build the pack again."
                ),
                name,
            )
        key = collision_key(name.rstrip("/"))
        if key in seen:
            other = seen[key]
            if other.rstrip("/") == name.rstrip("/"):
                raise member(translate("pack_file", "'{name}' appears twice; the pack is refused."), name)
            raise member(
                translate("pack_file", "'{name}' appears twice (also as '{other}'); the pack is refused."),
                name,
                other=other,
            )
        seen[key] = name
        if is_dir:
            if info.file_size:
                raise member(translate("pack_file", "'{name}' is a folder with data in it; the pack is refused."), name)
            continue
        problem = entry_problem(info.file_size, info.compress_size, limits)
        if problem:
            raise member(translate("pack_file", "'{name}' {problem}. The pack is refused."), name, problem=problem)
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise member(
                translate("pack_file", "'{name}' has sizes that do not agree; the pack file is damaged."), name
            )
        problem = totals.add(info.file_size, info.compress_size)
        if problem:
            raise fail(
                translate("pack_file", "{problem}; a pack may hold no more. It is refused.").format(problem=problem)
            )
        members[name] = info
    folders = {name.rsplit("/", 1)[0] for name in members if "/" in name}
    folders |= {folder.rsplit("/", i)[0] for folder in list(folders) for i in range(folder.count("/") + 1)}
    clash = sorted(name for name in members if name in folders)
    if clash:
        raise member(translate("pack_file", "'{name}' is both a file and a folder; the pack is refused."), clash[0])
    _check_overlaps(archive, infos, member)
    return members


def _check_overlaps(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], member: Callable[..., PackError]) -> None:
    """Entries that share bytes are a zip-bomb trick (one compressed stream, many names)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    end_of_data = getattr(archive, "start_dir", None)
    for index, info in enumerate(ordered):
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        try:
            name_bytes = len(info.orig_filename.encode(encoding))
        except UnicodeEncodeError:
            name_bytes = len(info.orig_filename)
        end = info.header_offset + LOCAL_HEADER + name_bytes + info.compress_size
        limit = ordered[index + 1].header_offset if index + 1 < len(ordered) else end_of_data
        if limit is not None and end > limit:
            raise member(
                translate("pack_file", "'{name}' overlaps another entry; the pack is refused."), info.orig_filename
            )
