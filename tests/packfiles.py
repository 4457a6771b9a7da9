"""Write .hbpack files by hand for tests, good or deliberately bad: the corpus of hostile packs."""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from handbook.core.packs.manifest import FORMAT_NAME, FORMAT_VERSION

Files = dict[str, bytes]
PACK_FIELDS = {
    "id": "mini-pack",
    "title": "Mini pack",
    "version": "1.2.3",
    "language": "en",
    "license": "CC BY-SA 4.0",
    "authors": ["Test Author", "Second Author"],
    "description": "A tiny pack that uses every feature.",
    "min_app_version": "0.1.0",
}


def folder_files(root: Path) -> Files:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def manifest_for(files: Files, **pack: object) -> dict[str, object]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "pack": {**PACK_FIELDS, **pack},
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(files.items())
        ],
    }


Entry = tuple[str | zipfile.ZipInfo, bytes]


def write_zip(path: Path, entries: list[Entry], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which we want
        with zipfile.ZipFile(path, "w", compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return path


def write_hbpack(
    path: Path,
    files: Files,
    *,
    manifest: dict[str, object] | bytes | None = None,
    extra: list[Entry] | None = None,
) -> Path:
    """A pack holding ``files`` plus manifest.json (computed unless given) and ``extra`` entries."""
    if manifest is None:
        manifest = manifest_for(files)
    data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode("utf-8")
    entries: list[Entry] = [(name, content) for name, content in sorted(files.items())]
    entries.append(("manifest.json", data))
    entries.extend(extra or [])
    return write_zip(path, entries)


def patch_central(path: Path, name: str, **fields: int) -> None:
    """Overwrite fields of ``name``'s central directory record: flags, usize, csize, offset."""
    offsets = {"flags": (8, "<H"), "csize": (20, "<I"), "usize": (24, "<I"), "offset": (42, "<I")}
    data = bytearray(path.read_bytes())
    start = 0
    while True:
        start = data.index(b"PK\x01\x02", start)
        name_len = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_len] == name.encode("utf-8"):
            break
        start += 4
    for field, value in fields.items():
        offset, fmt = offsets[field]
        struct.pack_into(fmt, data, start + offset, value)
    path.write_bytes(bytes(data))


def local_offset(path: Path, name: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(name).header_offset


def _info(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


@dataclass
class BadPack:
    name: str
    path: Path
    expected: str  # a fragment of the message that must explain the refusal


LESSON = "course/01-start/01-welcome.md"


def bad_pack_corpus(good: Path, out: Path) -> list[BadPack]:
    """At least 30 packs that must each be refused with their own message. ``good`` is a pack folder."""
    files = folder_files(good)
    out.mkdir(parents=True, exist_ok=True)
    corpus: list[BadPack] = []

    def add(name: str, expected: str, make: Callable[[Path], object]) -> None:
        path = out / f"{name}.hbpack"
        make(path)
        corpus.append(BadPack(name, path, expected))

    def with_file(name: str, data: bytes = b"x") -> Callable[[Path], object]:
        def make(path: Path) -> None:
            bad = {**files, name: data}
            write_hbpack(path, files, manifest=manifest_for(bad), extra=[(name, data)])

        return make

    def changed(rel: str, data: bytes) -> Files:
        return {**files, rel: data}

    lesson = files[LESSON].decode("utf-8")

    # names
    add("parent-path", "goes up a folder", with_file("../evil.md"))
    add("deep-parent-path", "goes up a folder", with_file("course/../../../home/evil.md"))
    add("absolute-path", "is an absolute path", with_file("/etc/evil.md"))
    add("drive-letter", "drive letter", with_file("C:/Windows/evil.md"))
    add("backslash", "backslash", with_file("course\\01-start\\evil.md"))
    add("backslash-parent", "backslash", with_file("..\\..\\evil.md"))
    add("reserved-name", "reserved name", with_file("forms/con.md"))
    add("file-and-folder", "is both a file and a folder", with_file("course/01-start/01-welcome.md/inner.md"))
    add("colon-in-name", "character ':'", with_file("media/a:b.png"))
    add(
        "symlink",
        "symbolic link",
        lambda p: write_hbpack(
            p,
            files,
            manifest=manifest_for({**files, "media/link.png": b"/etc/passwd"}),
            extra=[(_info("media/link.png", stat.S_IFLNK | 0o777), b"/etc/passwd")],
        ),
    )
    add(
        "special-file",
        "not a regular file",
        lambda p: write_hbpack(
            p,
            files,
            manifest=manifest_for({**files, "media/fifo": b""}),
            extra=[(_info("media/fifo", stat.S_IFIFO | 0o644), b"")],
        ),
    )
    add(
        "duplicate-name",
        "appears twice",
        lambda p: write_hbpack(p, files, extra=[("pack.yaml", b"id: evil\ntitle: Evil\nversion: 9.9.9\n")]),
    )
    add(
        "duplicate-by-case",
        "also as",
        lambda p: write_hbpack(p, files, extra=[("Pack.yaml", b"id: evil\n")]),
    )

    # zip bombs
    zeros = b"\0" * (12 * 1024 * 1024)
    add("bomb-ratio", "zip bomb", with_file("media/zeros.png", zeros))

    def declared_huge(path: Path) -> None:
        with_file("media/big.png", b"x" * 100)(path)
        patch_central(path, "media/big.png", usize=300 * 1024 * 1024)

    add("bomb-declared-size", "a file may have at most", declared_huge)

    def undeclared_huge(path: Path) -> None:
        # Headers and manifest say 100 bytes; the stream holds 4 MB. Reading stops at 100.
        big = b"y" * (4 * 1024 * 1024)
        small = {**files, "media/liar.png": big[:100]}
        write_hbpack(path, files, manifest=manifest_for(small), extra=[("media/liar.png", big)])
        patch_central(path, "media/liar.png", usize=100)

    add("bomb-undeclared-size", "holds more data than its manifest says", undeclared_huge)

    def huge_directory(path: Path) -> None:
        write_hbpack(path, files)
        data = bytearray(path.read_bytes())
        end = data.rindex(b"PK\x05\x06")
        struct.pack_into("<HH", data, end + 8, 65_000, 65_000)  # the end record claims 65,000 entries
        path.write_bytes(bytes(data))

    add("bomb-directory", "has 65000 entries", huge_directory)
    add(
        "too-many-entries",
        "entries; a pack may have at most",
        lambda p: write_zip(p, [(f"media/{n}.txt", b"") for n in range(20_001)], zipfile.ZIP_STORED),
    )

    def overlapping(path: Path) -> None:
        write_hbpack(path, files)
        patch_central(path, LESSON, offset=local_offset(path, "activities/plus-delta.md"))

    add("overlapping-entries", "overlaps another entry", overlapping)

    def local_name_differs(path: Path) -> None:
        # The list says the lesson; the entry itself is named ../../evil.md (same length).
        write_hbpack(path, files)
        data = bytearray(path.read_bytes())
        start = local_offset(path, LESSON)
        evil = ("../../" + "e" * len(LESSON))[: len(LESSON) - 3] + ".md"
        data[start + 30 : start + 30 + len(LESSON)] = evil.encode("ascii")
        path.write_bytes(bytes(data))

    add("local-name-differs", "different name inside the file", local_name_differs)

    def local_extra_overlaps(path: Path) -> None:
        # A huge "extra field" in the entry's own header moves its data into the next entry.
        write_hbpack(path, files)
        data = bytearray(path.read_bytes())
        struct.pack_into("<H", data, local_offset(path, LESSON) + 28, 60_000)
        path.write_bytes(bytes(data))

    add("local-extra-overlaps", "overlaps another entry; the pack is refused", local_extra_overlaps)

    def broken_stream(path: Path) -> None:
        write_hbpack(path, files)
        data = bytearray(path.read_bytes())
        start = local_offset(path, LESSON) + 30 + len(LESSON)
        data[start : start + 8] = b"\xff" * 8  # not a deflate stream any more
        path.write_bytes(bytes(data))

    add("broken-deflate-stream", f"'{LESSON}' cannot be read; the pack file is damaged", broken_stream)

    def encrypted(path: Path) -> None:
        write_hbpack(path, files)
        patch_central(path, LESSON, flags=0x1)

    add("encrypted", "is encrypted", encrypted)
    add(
        "bzip2",
        "compression method",
        lambda p: write_zip(p, [("pack.yaml", files["pack.yaml"]), ("manifest.json", b"{}")], zipfile.ZIP_BZIP2),
    )

    # the manifest
    add("no-manifest", "has no manifest.json", lambda p: write_zip(p, list(files.items())))
    add("manifest-not-json", "manifest.json cannot be read", lambda p: write_hbpack(p, files, manifest=b"{not json"))
    add(
        "manifest-not-ours",
        "is not a Handbook pack manifest",
        lambda p: write_hbpack(p, files, manifest={"files": []}),
    )
    bad_sum = manifest_for(files)
    bad_sum["files"][0]["sha256"] = "0" * 64  # type: ignore[index]
    add("checksum-mismatch", "does not match its checksum", lambda p: write_hbpack(p, files, manifest=bad_sum))
    add(
        "size-mismatch",
        "the zip says",
        lambda p: write_hbpack(p, files, manifest=manifest_for(changed(LESSON, files[LESSON] + b"more"))),
    )
    add(
        "missing-file",
        "the manifest lists 'media/extra.png'",
        lambda p: write_hbpack(p, files, manifest=manifest_for({**files, "media/extra.png": b"png"})),
    )
    add(
        "extra-file",
        "is in the pack file but not in its manifest",
        lambda p: write_hbpack(p, files, extra=[("media/stowaway.png", b"png")]),
    )
    twice = manifest_for(files)
    twice["files"].append(twice["files"][0])  # type: ignore[attr-defined,index]
    add("manifest-lists-twice", "twice", lambda p: write_hbpack(p, files, manifest=twice))
    add(
        "unknown-format",
        "uses format 99",
        lambda p: write_hbpack(p, files, manifest={**manifest_for(files), "format_version": 99}),
    )
    add(
        "bad-format-version",
        "unknown format version",
        lambda p: write_hbpack(p, files, manifest={**manifest_for(files), "format_version": "one"}),
    )
    add(
        "needs-newer-app",
        "needs Handbook 99.0.0 or newer",
        lambda p: write_hbpack(p, files, manifest=manifest_for(files, min_app_version="99.0.0")),
    )
    add(
        "id-escapes",
        "the pack id '../../evil'",
        lambda p: write_hbpack(p, files, manifest=manifest_for(files, id="../../evil")),
    )
    add(
        "id-absolute",
        "the pack id '/tmp/evil'",
        lambda p: write_hbpack(p, files, manifest=manifest_for(files, id="/tmp/evil")),
    )

    # not a zip at all, or not all of one
    add("not-a-zip", "not a zip file", lambda p: p.write_text("Hello, I am a text file.\n", encoding="utf-8"))
    add("empty-file", "is empty (0 bytes)", lambda p: p.write_bytes(b""))

    def truncated(path: Path) -> None:
        write_hbpack(path, files)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])

    add("truncated", "incomplete or damaged", truncated)

    # content that does not load or validate
    def content(rel: str, data: bytes) -> Callable[[Path], object]:
        def make(path: Path) -> None:
            bad = changed(rel, data)
            write_hbpack(path, bad)

        return make

    add("markdown-not-utf8", "is not UTF-8 text", content(LESSON, "---\ntitle: Café\n---\n".encode("latin-1")))
    add("yaml-broken", "the YAML cannot be read", content(LESSON, b"---\ntitle: [unclosed\nminutes: 5\n---\nText\n"))
    add(
        "yaml-python-tag",
        "!!python/object are not allowed",
        content(LESSON, b"---\ntitle: !!python/object/apply:os.system ['echo owned']\nminutes: 5\n---\nText\n"),
    )
    add(
        "duplicate-ids",
        "is already used by",
        content(
            "course/01-start/03-again.md", b"---\ntitle: Again\nminutes: 5\nkind: read\nid: start/welcome\n---\nText\n"
        ),
    )
    add(
        "yaml-id-escapes",
        "may use only lowercase letters",
        content("pack.yaml", files["pack.yaml"].replace(b"id: mini-pack", b"id: ../../evil")),
    )
    add(
        "fails-validate",
        "goes to a page that does not exist",
        content(LESSON, lesson.replace("02-checklist.md", "99-nowhere.md").encode("utf-8")),
    )
    add(
        "yaml-disagrees",
        "pack.yaml gives the version",
        content("pack.yaml", files["pack.yaml"].replace(b"version: 1.2.3", b"version: 1.2.4")),
    )
    return corpus
