"""The start-up pack cache is used only while the pack is unchanged, and never breaks loading."""

from __future__ import annotations

from pathlib import Path

import pytest

import handbook.core.loader
from handbook.core.pack_cache import cache_file, load_pack_cached


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = handbook.core.loader.load_pack

    def counting(root: Path):  # type: ignore[no-untyped-def]
        seen.append(Path(root))
        return real(root)

    monkeypatch.setattr(handbook.core.loader, "load_pack", counting)
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
    cache_file(cache, mini_pack).write_bytes(b"not a pickle")
    assert load_pack_cached(mini_pack, cache).info.id == "mini-pack"
    assert len(loads) == 2


def test_cache_folder_that_is_a_file_still_loads(mini_pack: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("x", encoding="utf-8")
    assert load_pack_cached(mini_pack, blocker).info.id == "mini-pack"
