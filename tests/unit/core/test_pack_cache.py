"""The start-up pack cache is used only while the pack is unchanged, and never breaks loading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import handbook.core.content.loader
from handbook.core.content.cache import cache_file, load_pack_cached


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
    assert saved["format"] == 2 and saved["root"] == str(mini_pack)
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
