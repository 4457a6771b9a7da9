"""The start-up pack cache is used only while the pack is unchanged, and never breaks loading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import handbook.core.content.loader
from handbook.core.content.cache import bodies_file, cache_file, load_pack_cached


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = handbook.core.content.loader.load_pack

    def counting(root: Path):  # type: ignore[no-untyped-def]
        seen.append(Path(root))
        return real(root)

    monkeypatch.setattr(handbook.core.content.loader, "load_pack", counting)
    return seen


def test_second_load_comes_from_the_cache(mini_pack: Path, tmp_path: Path, loads: list[Path]) -> None:
    first = load_pack_cached(mini_pack, tmp_path / "cache")
    second = load_pack_cached(mini_pack, tmp_path / "cache")
    assert len(loads) == 1
    assert [p.path for p in second.pages()] == [p.path for p in first.pages()]
    assert second.lessons().__next__().body == first.lessons().__next__().body


def test_an_edited_added_or_removed_file_reloads(mini_pack: Path, tmp_path: Path, loads: list[Path]) -> None:
    cache = tmp_path / "cache"
    load_pack_cached(mini_pack, cache)
    lesson = mini_pack / "course/01-start/01-welcome.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("title: Welcome", "title: Hello all"), "utf-8")
    assert load_pack_cached(mini_pack, cache).modules[0].lessons[0].title == "Hello all"
    (mini_pack / "forms/sign-in-sheet.md").unlink()
    assert load_pack_cached(mini_pack, cache).forms == []
    assert len(loads) == 3


def test_a_damaged_cache_is_ignored(mini_pack: Path, tmp_path: Path, loads: list[Path]) -> None:
    cache = tmp_path / "cache"
    load_pack_cached(mini_pack, cache)
    cache_file(cache, mini_pack).write_bytes(b"not a cache")
    assert load_pack_cached(mini_pack, cache).info.id == "mini-pack"
    assert len(loads) == 2


def test_cache_folder_that_is_a_file_still_loads(mini_pack: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("x", encoding="utf-8")
    assert load_pack_cached(mini_pack, blocker).info.id == "mini-pack"


def test_the_cache_is_checked_json_and_a_planted_pickle_never_runs(
    mini_pack: Path, tmp_path: Path, loads: list[Path]
) -> None:
    import json
    import pickle

    cache = tmp_path / "cache"
    first = load_pack_cached(mini_pack, cache)
    path = cache_file(cache, mini_pack)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == 3 and saved["root"] == str(mini_pack)
    assert load_pack_cached(mini_pack, cache) == first  # every field comes back as it was

    class Planted:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (exec, (f"open({str(tmp_path / 'pwned')!r}, 'w').write('ran')",))

    path.write_bytes(pickle.dumps(Planted()))
    assert load_pack_cached(mini_pack, cache) == first
    assert not (tmp_path / "pwned").exists()
    old = path.with_suffix(".pickle")  # where an earlier version kept it: never read
    old.write_bytes(pickle.dumps(Planted()))
    load_pack_cached(mini_pack, cache)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda pack: pack["modules"][0].update(title=7),
        lambda pack: pack["modules"][0]["lessons"][0].update(minutes="ten"),
        lambda pack: pack["activities"][0].update(minutes=[1, 2, 3]),
        lambda pack: pack["info"].update(authors="me"),
        lambda pack: pack.update(extra=1),
        lambda pack: pack["modules"].append({"id": "x"}),
        lambda pack: pack["plans"][0].update(week=True),
        lambda pack: pack["modules"][0]["lessons"][0].update(key_lines={"title": "one"}),
        lambda pack: pack["modules"][0]["lessons"][0].update(key_lines={"title": True}),  # a yes/no is no number
        lambda pack: pack["modules"][0]["lessons"][0].update(key_lines=[["title", 2]]),
        lambda pack: pack["modules"][0]["lessons"][0].update(objectives=["Read it", 2]),
        lambda pack: pack.update(media=["media/circle.png", None]),
    ],
)
def test_a_cache_with_a_field_of_the_wrong_type_is_loaded_afresh(
    mini_pack: Path, tmp_path: Path, loads: list[Path], damage: Callable[[dict[str, Any]], None]
) -> None:
    import json

    cache = tmp_path / "cache"
    first = load_pack_cached(mini_pack, cache)
    path = cache_file(cache, mini_pack)
    saved = json.loads(path.read_text(encoding="utf-8"))
    damage(saved["pack"])
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert load_pack_cached(mini_pack, cache) == first
    assert len(loads) == 2
    assert load_pack_cached(mini_pack, cache) == first and len(loads) == 2  # written again, whole


def test_bodies_are_read_when_a_page_is_first_used(mini_pack: Path, tmp_path: Path, loads: list[Path]) -> None:
    cache = tmp_path / "cache"
    first = load_pack_cached(mini_pack, cache)
    second = load_pack_cached(mini_pack, cache)
    lesson = next(second.lessons())
    assert "_body" in vars(lesson) and not isinstance(vars(lesson)["_body"], str)  # not read at start
    assert lesson.body == next(first.lessons()).body
    assert vars(lesson)["_body"] == lesson.body  # read once, then kept
    assert len(loads) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.replace(b"Hello", b"Hallo"),  # same length, other text
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: raw[:-1] + b"\xff",  # not UTF-8 at the end
    ],
)
def test_a_body_damaged_after_start_is_read_from_the_pack_and_the_copy_moved_aside(
    mini_pack: Path, tmp_path: Path, loads: list[Path], damage: Callable[[bytes], bytes]
) -> None:
    cache = tmp_path / "cache"
    first = load_pack_cached(mini_pack, cache)
    copy = cache_file(cache, mini_pack)
    saved = load_pack_cached(mini_pack, cache)
    bodies = bodies_file(copy)
    bodies.write_bytes(damage(bodies.read_bytes()))  # after the start's checks, before the pages are read
    assert [page.body for page in saved.pages()] == [page.body for page in first.pages()]
    assert len(loads) == 2  # the damaged body was never shown: the pack's files were read instead
    assert not copy.exists() and not bodies.exists()
    assert {p.name for p in copy.parent.iterdir()} == {f"{copy.name}.damaged-1", f"{bodies.name}.damaged-1"}
    assert load_pack_cached(mini_pack, cache) == first  # the next start saves a fresh copy
    assert len(loads) == 3 and copy.exists() and bodies.exists()


@pytest.mark.parametrize("damage", ["missing", "another copy's", "longer"])
def test_a_file_of_bodies_that_is_not_the_copys_own_is_never_used(
    mini_pack: Path, tmp_path: Path, loads: list[Path], damage: str
) -> None:
    cache = tmp_path / "cache"
    first = load_pack_cached(mini_pack, cache)
    bodies = bodies_file(cache_file(cache, mini_pack))
    if damage == "missing":
        bodies.unlink()
    elif damage == "another copy's":
        other = tmp_path / "other"
        load_pack_cached(mini_pack, other)
        bodies.write_bytes(bodies_file(cache_file(other, mini_pack)).read_bytes())
    else:
        bodies.write_bytes(bodies.read_bytes() + b"more")
    loads.clear()
    assert load_pack_cached(mini_pack, cache) == first
    assert len(loads) == 1  # checked at start: loaded afresh and saved again
    assert load_pack_cached(mini_pack, cache) == first and len(loads) == 1
