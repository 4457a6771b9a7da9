"""A feed's index.json: written for the packs that verify, and read back refusing anything hostile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.core.packs.feed import (
    FEED_FORMAT,
    INDEX_NAME,
    MAX_INDEX_BYTES,
    MAX_PACKS,
    FeedError,
    file_sha256,
    newest,
    parse_index,
    write_feed,
)
from handbook.core.packs.feed_fetch import feed_source
from tests.unit.core.packs.conftest import MakePack

GOOD = {
    "id": "mini-pack",
    "title": "Mini pack",
    "version": "1.3.0",
    "language": "en",
    "size": 14540,
    "sha256": "a" * 64,
    "signer": None,
    "file": "mini-1.3.0.hbpack",
}


def index(*packs: dict[str, object], **top: object) -> bytes:
    return json.dumps({"format": FEED_FORMAT, "version": 1, "packs": list(packs), **top}).encode()


def test_feed_lists_the_packs_that_verify_and_leaves_out_the_others(make_pack: MakePack, tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    feed.mkdir()
    for version in ("1.2.3", "1.3.0"):
        make_pack(version).rename(feed / f"mini-{version}.hbpack")
    (feed / "broken.hbpack").write_bytes(b"not a zip")
    (feed / "notes.txt").write_text("not a pack")
    seen: list[tuple[int, int]] = []

    written = write_feed(feed, signer_of=lambda path: "0123456789ABCDEF", progress=lambda d, t: seen.append((d, t)))

    assert [(e.file, e.version) for e in written.entries] == [
        ("mini-1.2.3.hbpack", "1.2.3"),
        ("mini-1.3.0.hbpack", "1.3.0"),
    ]
    assert [name for name, _ in written.refused] == ["broken.hbpack"]
    assert "not a zip file" in written.refused[0][1]
    assert seen[-1] == (3, 3)
    data = (feed / INDEX_NAME).read_bytes()
    assert parse_index(data, "feed") == written.entries  # what is written reads back the same
    raw = json.loads(data)
    assert raw["format"] == "handbook-pack-feed" and raw["version"] == 1
    first = raw["packs"][0]
    assert first == {
        "id": "mini-pack", "title": "Mini pack", "version": "1.2.3", "language": "en",
        "size": (feed / "mini-1.2.3.hbpack").stat().st_size,
        "sha256": file_sha256(feed / "mini-1.2.3.hbpack"), "signer": "0123456789ABCDEF",
        "file": "mini-1.2.3.hbpack",
    }  # fmt: skip
    assert sorted(p.name for p in feed.iterdir()) == [
        "broken.hbpack",
        INDEX_NAME,
        "mini-1.2.3.hbpack",
        "mini-1.3.0.hbpack",
        "notes.txt",
    ]  # no temporary file left beside it
    assert newest(written.entries)["mini-pack"].version == "1.3.0"


def test_feed_of_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="no such folder"):
        write_feed(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b" " * (MAX_INDEX_BYTES + 1), "is bigger than"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (json.dumps({"format": FEED_FORMAT, "version": 1, "packs": [[[[[1]]]]]}).encode(), "nests more than"),
        (b"\xff\xfe", "not UTF-8"),
        (b"{", "not valid JSON"),
        (json.dumps({"format": "something", "packs": []}).encode(), "is not a Handbook pack feed"),
        (index(version=True), "unknown format version"),
        (index(version=2), "uses format 2, newer"),
        (json.dumps({"format": FEED_FORMAT, "version": 1, "packs": {}}).encode(), "has no list of packs"),
        (index(*[GOOD] * (MAX_PACKS + 1)), "more than 2000 packs"),
        (index("x"), "entry 1: it is not an object"),
        (index({**GOOD, "file": "../x.hbpack"}), "goes up a folder"),
        (index({**GOOD, "file": "sub/x.hbpack"}), "names a folder as well as a file"),
        (index({**GOOD, "file": "/etc/x.hbpack"}), "is an absolute path"),
        (index({**GOOD, "file": "C:x.hbpack"}), "drive letter"),
        (index({**GOOD, "file": "x.exe"}), "does not end in .hbpack"),
        (index({**GOOD, "title": "a\x1b[2Jb"}), "'title' is too long or holds control characters"),
        (index({**GOOD, "title": "t" * 201}), "'title' is too long"),
        (index({**GOOD, "id": "../../etc"}), "the pack id"),
        (index({**GOOD, "version": "latest"}), "does not look like 1.0.0"),
        (index({**GOOD, "size": True}), "is not a number of bytes"),
        (index({**GOOD, "size": -1}), "is not a number of bytes"),
        (index({**GOOD, "size": 10**12}), "is not a number of bytes"),
        (index({**GOOD, "size": "14540"}), "is not a number of bytes"),
        (index({**GOOD, "sha256": "A" * 64}), "not a SHA-256"),
        (index({**GOOD, "signer": 7}), "is not a key id"),
        (index({**GOOD, "signer": "../key"}), "is not a key id"),
        (index({**GOOD, "language": ["en"]}), "'language' is not text"),
        (index(GOOD, {**GOOD, "file": "MINI-1.3.0.hbpack"}), "lists the file"),
    ],
)
def test_a_hostile_index_is_refused_with_the_feed_named(data: bytes, expected: str) -> None:
    with pytest.raises(FeedError) as caught:
        parse_index(data, "https://example.org/feed/")
    assert caught.value.message.startswith("https://example.org/feed/: ")
    assert expected in caught.value.message


def test_a_good_index_reads_with_several_versions_and_the_newest_wins() -> None:
    older = {**GOOD, "version": "1.10.0", "file": "a.hbpack", "signer": "0123456789abcdef"}
    newer = {**GOOD, "version": "1.9.0", "file": "b.hbpack"}
    entries = parse_index(index(older, newer), "feed")
    assert [e.file for e in entries] == ["a.hbpack", "b.hbpack"]
    assert newest(entries)["mini-pack"].file == "a.hbpack"  # 1.10.0 is newer than 1.9.0


def test_feed_sources(tmp_path: Path) -> None:
    web = feed_source(" https://example.org/packs ")
    assert web.index_url == "https://example.org/packs/index.json" and web.folder is None
    assert web.file_location("a b.hbpack") == "https://example.org/packs/a%20b.hbpack"
    assert feed_source("http://example.org/x/feed.json").index_url == "http://example.org/x/feed.json"
    assert feed_source(str(tmp_path)).folder == tmp_path
    assert feed_source(str(tmp_path / INDEX_NAME)).folder == tmp_path
    assert feed_source(tmp_path.as_uri()).folder == tmp_path
    with pytest.raises(FeedError, match="'ftp:' addresses are not read"):
        feed_source("ftp://example.org/packs")
    with pytest.raises(FeedError, match="no server name"):
        feed_source("https:///packs")
