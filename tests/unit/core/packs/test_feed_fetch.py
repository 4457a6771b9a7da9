"""Updates from a feed on 127.0.0.1: checked, resumable downloads, and a clear refusal that changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from handbook.core.packs.errors import PackCancelledError, PackError
from handbook.core.packs.feed import INDEX_NAME, FeedError, file_sha256, write_feed
from handbook.core.packs.feed_fetch import downloads_folder, feed_source, fetch_pack, read_feed
from handbook.core.packs.feed_update import Installed, Update, find_updates, installed_packs, prepare_update
from handbook.core.packs.library import PackLibrary
from tests.feed_server import FeedServer, self_signed_certificate, serve
from tests.unit.core.packs.conftest import MakePack, snapshot


@pytest.fixture
def feed(make_pack: MakePack, tmp_path: Path) -> Path:
    """A feed folder offering the mini pack 1.3.0."""
    folder = tmp_path / "feed"
    folder.mkdir()
    make_pack("1.3.0").rename(folder / "mini-1.3.0.hbpack")
    write_feed(folder)
    return folder


@pytest.fixture
def library(make_pack: MakePack, private_data_dir: Path) -> PackLibrary:
    """A data folder with the mini pack 1.2.3 installed."""
    library = PackLibrary(private_data_dir)
    library.install(make_pack("1.2.3"))
    return library


@pytest.fixture
def server(feed: Path) -> Iterator[FeedServer]:
    with serve(feed) as running:
        yield running


def edit_index(feed: Path, **fields: object) -> None:
    path = feed / INDEX_NAME
    data = json.loads(path.read_text())
    data["packs"][0].update(fields)
    path.write_text(json.dumps(data))


def the_update(where: str, library: PackLibrary, timeout: float = 5) -> Update:
    source = feed_source(where)
    updates = find_updates(source, read_feed(source, timeout=timeout), installed_packs(library))
    assert [(u.installed.version, u.entry.version) for u in updates] == [("1.2.3", "1.3.0")]
    return updates[0]


def test_an_update_is_listed_downloaded_checked_and_installed(
    server: FeedServer, library: PackLibrary, private_data_dir: Path
) -> None:
    update = the_update(server.url, library)
    seen: list[int] = []
    prepared = prepare_update(library, update, private_data_dir, progress=lambda d, t: seen.append(100 * d // t))
    assert prepared.changes is not None  # asked about as any update is
    installed = prepared.commit()
    assert installed.version == "1.3.0" and installed.previous is not None
    assert installed.current.source == server.url + "mini-1.3.0.hbpack"
    assert seen == sorted(seen) and seen[-1] == 100 and 80 in seen  # the download, then the install
    assert list(downloads_folder(private_data_dir).iterdir()) == []  # nothing left behind
    assert find_updates(update.source, [update.entry], installed_packs(library)) == []


def test_the_built_in_course_counts_as_installed(server: FeedServer, library: PackLibrary) -> None:
    built_in = Installed("mini-pack", "1.0.0", "Mini")
    library.remove("mini-pack")
    assert installed_packs(library, built_in) == [built_in]
    source = feed_source(server.url)
    assert [u.installed for u in find_updates(source, read_feed(source), installed_packs(library, built_in))] == [
        built_in
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"sha256": "0" * 64}, "is not the file the index lists (its SHA-256 differs)"),
        ({"size": 1000}, "not 1000 as the index says"),
        ({"size": 10**6}, "not 1000000 as the index says"),
    ],
)
@pytest.mark.parametrize("over", ["http", "folder"])
def test_a_feed_that_lies_about_the_file_changes_nothing(
    feed: Path, library: PackLibrary, private_data_dir: Path, fields: dict[str, object], expected: str, over: str
) -> None:
    edit_index(feed, **fields)
    before = snapshot(private_data_dir)
    with serve(feed) as server:
        where = server.url if over == "http" else str(feed)
        with pytest.raises(FeedError, match="It was deleted and nothing was changed") as caught:
            prepare_update(library, the_update(where, library), private_data_dir)
    assert expected in caught.value.message
    downloads = downloads_folder(private_data_dir)
    assert snapshot(private_data_dir) == before | {}  # the part file was deleted
    assert not downloads.exists() or list(downloads.iterdir()) == []


def test_an_interrupted_download_continues_where_it_stopped(
    server: FeedServer, library: PackLibrary, private_data_dir: Path
) -> None:
    update = the_update(server.url, library)
    server.behaviour.drop_after = 5000
    with pytest.raises(FeedError, match=r"the download stopped at 5 kB of 15 kB .*run the update again"):
        prepare_update(library, update, private_data_dir)
    parts = list(downloads_folder(private_data_dir).glob("*.part"))
    assert [p.stat().st_size for p in parts] == [5000]
    assert library.get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]

    server.behaviour.requests.clear()
    prepare_update(library, update, private_data_dir).commit()
    assert server.behaviour.requests == [("/mini-1.3.0.hbpack", "bytes=5000-")]
    assert library.get("mini-pack").version == "1.3.0"  # type: ignore[union-attr]


def test_a_server_that_cannot_continue_sends_the_whole_file_again(
    server: FeedServer, library: PackLibrary, private_data_dir: Path
) -> None:
    update = the_update(server.url, library)
    server.behaviour.drop_after = 3000
    with pytest.raises(FeedError, match="download stopped"):
        prepare_update(library, update, private_data_dir)
    server.behaviour.ignore_range = True
    assert prepare_update(library, update, private_data_dir).commit().version == "1.3.0"


def test_cancel_keeps_what_arrived_for_next_time(
    feed: Path, library: PackLibrary, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handbook.core.packs.feed_fetch.CHUNK", 4096)
    update = the_update(str(feed), library)
    calls = iter(range(100))
    with pytest.raises(PackCancelledError, match="kept for next time"):
        prepare_update(library, update, private_data_dir, cancelled=lambda: next(calls) >= 2)
    assert [p.stat().st_size for p in downloads_folder(private_data_dir).glob("*.part")] == [8192]
    assert prepare_update(library, update, private_data_dir).commit().version == "1.3.0"


def test_a_slow_server_is_given_up_with_a_clear_message(server: FeedServer, library: PackLibrary) -> None:
    server.behaviour.delay = 1.0
    with pytest.raises(FeedError, match=r"did not answer within 0\.2 seconds.*Nothing was changed"):
        read_feed(feed_source(server.url), timeout=0.2)


def test_a_download_that_stalls_stops_and_continues_later(
    server: FeedServer, library: PackLibrary, private_data_dir: Path
) -> None:
    update = the_update(server.url, library)
    server.behaviour.stall = (6000, 1.0)
    with pytest.raises(FeedError, match=r"stopped at 6 kB of 15 kB \(nothing arrived for 0\.2 seconds\)"):
        prepare_update(library, update, private_data_dir, timeout=0.2)
    assert prepare_update(library, update, private_data_dir).commit().version == "1.3.0"
    assert server.behaviour.requests[-1] == ("/mini-1.3.0.hbpack", "bytes=6000-")


def test_http_errors_no_server_and_redirects_elsewhere_are_explained(server: FeedServer, tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="answered '404"):
        read_feed(feed_source(server.url + "missing/"))
    for elsewhere in ("file:///etc/passwd", "ftp://127.0.0.1/index.json"):
        server.behaviour.redirect_to = elsewhere
        with pytest.raises(FeedError, match=f"sends Handbook on to '{elsewhere}', which it does not follow"):
            read_feed(feed_source(server.url + "redirect/index.json"))
    server.behaviour.redirect_to = server.url + "index.json"
    assert len(read_feed(feed_source(server.url + "redirect/index.json"))) == 1  # to the web is followed
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with pytest.raises(FeedError, match=r"cannot be reached .*Check the network"):
        read_feed(feed_source(f"http://127.0.0.1:{port}/"))
    with pytest.raises(FeedError, match="there is no feed here"):
        read_feed(feed_source(str(tmp_path / "empty")))


def test_a_wrong_certificate_is_refused_and_a_trusted_one_works(feed: Path, tmp_path: Path) -> None:
    pytest.importorskip("cryptography", reason="makes the test's certificate")
    cert = self_signed_certificate(tmp_path)
    with serve(feed, https_cert=cert) as server:
        with pytest.raises(FeedError, match="certificate is not valid"):
            read_feed(feed_source(server.url))
        trusted = ssl.create_default_context(cafile=str(cert[0]))
        assert [e.version for e in read_feed(feed_source(server.url), context=trusted)] == ["1.3.0"]
        with serve(feed) as plain:
            server.behaviour.redirect_to = plain.url + "index.json"
            with pytest.raises(FeedError, match="never from https to http"):
                read_feed(feed_source(server.url + "redirect/index.json"), context=trusted)


def test_a_downloaded_pack_that_does_not_verify_is_removed(
    feed: Path, library: PackLibrary, private_data_dir: Path
) -> None:
    pack = feed / "mini-1.3.0.hbpack"
    shutil.copy(pack, feed / "keep.hbpack")
    pack.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip, listed with its own size and hash
    write_feed(feed)  # refuses it, so the index is written by hand below
    edit = json.loads((feed / INDEX_NAME).read_text())
    edit["packs"][0].update(file="mini-1.3.0.hbpack", size=pack.stat().st_size, sha256=file_sha256(pack))
    (feed / INDEX_NAME).write_text(json.dumps(edit))
    with pytest.raises(PackError, match=r"has no manifest\.json") as caught:
        prepare_update(library, the_update(str(feed), library), private_data_dir)
    assert caught.value.message.startswith(f"{feed / 'mini-1.3.0.hbpack'}: ")  # named as the feed has it
    assert list(downloads_folder(private_data_dir).iterdir()) == []
    assert library.get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]


def test_fetch_reuses_a_finished_download(server: FeedServer, library: PackLibrary, private_data_dir: Path) -> None:
    update = the_update(server.url, library)
    first = fetch_pack(update.source, update.entry, private_data_dir)
    server.behaviour.requests.clear()
    assert fetch_pack(update.source, update.entry, private_data_dir) == first
    assert server.behaviour.requests == []


def test_downloads_left_for_a_month_are_removed(
    server: FeedServer, library: PackLibrary, private_data_dir: Path
) -> None:
    folder = downloads_folder(private_data_dir)
    folder.mkdir(parents=True)
    old, recent = folder / "gone-1.0.0-0123.hbpack.part", folder / "other-1.0.0-4567.hbpack.part"
    old.write_bytes(b"x")
    recent.write_bytes(b"y")
    os.utime(old, (time.time() - 31 * 24 * 3600,) * 2)
    update = the_update(server.url, library)
    fetch_pack(update.source, update.entry, private_data_dir)
    assert not old.exists() and recent.exists()


def test_a_huge_index_on_a_server_is_refused_unread(server: FeedServer, feed: Path) -> None:
    (feed / INDEX_NAME).write_bytes(b" " * (3 * 1024 * 1024))
    with pytest.raises(FeedError, match="index is bigger than 2 MB"):
        read_feed(feed_source(server.url))
