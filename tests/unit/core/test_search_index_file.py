"""The search index on disk: built once and reused, rebuilt when the pack changes, safe when damaged or shared."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.search.documents import page_document
from handbook.core.search.index import SearchError, SearchIndex, build_index, index_location, open_index
from tests.conftest import PackWriter
from tests.unit.core.search_demo import activity, demo_files


@pytest.fixture
def pack(write_pack: PackWriter) -> Pack:
    loaded = load_pack(write_pack(demo_files()))
    assert loaded.problems == []
    return loaded


def titles(index: SearchIndex, query: str, **options: object) -> list[str]:
    return [hit.title for hit in index.search(query, **options)]  # type: ignore[arg-type]


def test_the_index_is_built_once_and_reused(pack: Pack, tmp_path: Path) -> None:
    calls: list[int] = []
    with build_index(tmp_path, pack, progress=lambda done, total: calls.append(done)) as index:
        path = Path(index.path)
        assert index.complete and calls
    assert path == index_location(tmp_path, pack)
    assert path.parent == tmp_path / "search" / "demo" and path.name.startswith("1.0.0-")
    mtime = path.stat().st_mtime_ns
    calls.clear()
    with build_index(tmp_path, pack, progress=lambda done, total: calls.append(done)) as again:
        assert again.path == str(path) and again.complete
        assert again.search("shakedown")
    assert calls == []  # nothing was indexed again
    assert path.stat().st_mtime_ns == mtime


def test_a_new_pack_version_gets_a_new_index_and_keeps_the_notes(write_pack: PackWriter, tmp_path: Path) -> None:
    old_pack = load_pack(write_pack(demo_files("1.0.0")))
    with build_index(tmp_path, old_pack) as old:
        old.update_note("demo", "meetings/quiet", "Mine", "remember the zither")
        old_path = Path(old.path)
    files = demo_files("1.1.0")
    files["activities/shakedown.md"] = activity("Shakedown", "energizer", "Now with a tambourine.")
    new_pack = load_pack(write_pack(files))
    calls: list[int] = []
    with build_index(tmp_path, new_pack, progress=lambda done, total: calls.append(done)) as new:
        assert Path(new.path) != old_path and Path(new.path).name.startswith("1.1.0-")
        assert calls  # built anew
        assert titles(new, "tambourine") == ["Shakedown"]
        assert [h.kind for h in new.search("zither")] == ["note"]
    assert not old_path.exists()  # the old version's index is gone


def test_changed_content_with_the_same_version_is_indexed_again(write_pack: PackWriter, tmp_path: Path) -> None:
    first = load_pack(write_pack(demo_files()))
    files = demo_files()
    files["activities/silence.md"] = activity("Silence", "reflection", "Listen to the rain.")
    second = load_pack(write_pack(files))
    assert index_location(tmp_path, first) != index_location(tmp_path, second)
    with build_index(tmp_path, second) as index:
        assert titles(index, "rain") == ["Silence"]


def test_an_interrupted_build_is_searchable_and_resumes(pack: Pack, tmp_path: Path) -> None:
    batches: list[int] = []
    with open_index(tmp_path, pack) as index:
        # Stopped after the first batch, as if the app were closed: not complete, not lost.
        assert not index.build(
            pack, batch_size=3, progress=lambda d, t: batches.append(d), cancelled=lambda: bool(batches)
        )
        assert not index.complete and index.count() == 3
        assert index.search("meetings")  # searching works on what is there
    done: list[int] = []
    with open_index(tmp_path, pack) as index:
        assert not index.complete
        assert index.build(pack, batch_size=3, progress=lambda d, t: done.append(d))
        assert done[0] == 6  # carried on after the 3 already indexed
        assert index.complete and index.count() == len(list(pack.pages()))


def test_a_damaged_index_file_is_replaced(pack: Pack, tmp_path: Path) -> None:
    path = index_location(tmp_path, pack)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    with build_index(tmp_path, pack) as index:
        assert index.complete and titles(index, "shakedown") == ["Shakedown"]


def test_an_index_of_another_schema_is_rebuilt(pack: Pack, tmp_path: Path) -> None:
    with build_index(tmp_path, pack) as index:
        index.set_meta(schema="0")
        path = index.path
    with build_index(tmp_path, pack) as index:
        assert index.path == path and index.complete and index.meta("schema") != "0"


def test_an_unwritable_cache_falls_back_to_a_temporary_folder(
    pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with build_index(blocker / "cache", pack) as index:
        assert index.search("shakedown")
        assert Path(index.path).parent.parent == tmp_path / "tmp"


def test_two_connections_search_while_one_builds(pack: Pack, tmp_path: Path) -> None:
    with open_index(tmp_path, pack) as builder, SearchIndex(builder.path, create=False) as reader:
        seen: list[int] = []
        builder.build(pack, batch_size=2, progress=lambda d, t: seen.append(reader.count()))
        assert seen == sorted(seen) and seen[-1] == len(list(pack.pages()))
        assert reader.complete


def test_the_index_file_is_an_fts5_database_in_wal_mode(pack: Pack, tmp_path: Path) -> None:
    with build_index(tmp_path, pack) as index:
        path = index.path
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert dict(db.execute("SELECT key, value FROM meta"))["pack_id"] == "demo"
    finally:
        db.close()


def test_two_builders_at_once_never_index_a_page_twice(pack: Pack, tmp_path: Path) -> None:
    # The app and `handbook search` may both start on a new pack version at the same moment.
    with open_index(tmp_path, pack) as first, open_index(tmp_path, pack) as second:
        half = list(pack.pages())[:4]
        assert first.add_pages([page_document(p) for p in half]) == 4
        assert second.build(pack, batch_size=3)
        assert first.build(pack)
        assert second.count() == len(list(pack.pages()))


def test_opening_a_missing_index_to_search_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "odd name #1?.sqlite"
    with pytest.raises(SearchError):
        SearchIndex(missing, create=False)
    assert not missing.exists()
