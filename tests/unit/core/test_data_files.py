"""Files in the data folder are untrusted: a bad one is moved aside with a message, never a traceback, never deleted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.core.packs.registry import Registry
from handbook.core.planning.store import PlannerStore
from handbook.core.settings import Settings
from handbook.core.storage import read_json_object

DEEP = "[" * 100_000 + "]" * 100_000


def _kept_beside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def test_a_deeply_nested_settings_file_is_moved_aside_and_said(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"zoom": ' + DEEP + "}", encoding="utf-8")
    settings = Settings(path)
    assert settings.get("zoom") == 0
    [kept] = _kept_beside(path)
    assert kept.read_text(encoding="utf-8").startswith('{"zoom": [[[')
    assert "nested too deeply" in settings.notice and kept.name in settings.notice
    settings.set("zoom", 2)
    assert json.loads(path.read_text(encoding="utf-8")) == {"zoom": 2}


def test_a_settings_file_nested_below_the_recursion_limit_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"zoom": ' + "[" * 500 + "]" * 500 + "}", encoding="utf-8")
    assert "levels deep" in Settings(path).notice


def test_a_huge_settings_file_is_not_read_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"last_page": "' + b"a" * 2_000_000 + b'"}')
    settings = Settings(path)
    assert "too big" in settings.notice and settings.get("last_page") == ""


@pytest.mark.parametrize(
    "content",
    [
        '{"format_version": 1, "packs": ' + DEEP + "}",
        '{"format_version": 1, "packs": {"mini-pack": {"current": "1.0.0", "versions": {"1.0.0": {"size": "big"}}}}}',
        '{"format_version": 1, "packs": {"mini-pack": {"current": "1.0.0", "versions": []}}}',
        '{"format_version": 1, "packs": {"mini-pack": {"current": 7, "versions": {"1.0.0": {}}}}}',
        '{"format_version": 1, "packs": {"mini-pack": {"current": "1.0.0", "versions": {"1.0.0": "x"}}}}',
        '{"format_version": 1, "packs": {"mini-pack": ["1.0.0"]}}',
        "[1, 2]",
        '{"packs": NaN}',
    ],
)
def test_a_damaged_registry_is_moved_aside_rebuilt_and_said(tmp_path: Path, content: str) -> None:
    packs = tmp_path / "packs"
    (packs / "mini-pack" / "1.0.0").mkdir(parents=True)
    (packs / "mini-pack" / "1.0.0" / "pack.yaml").write_text("id: mini-pack\ntitle: Mini\n", encoding="utf-8")
    registry = Registry(packs)
    registry.path.write_text(content, encoding="utf-8")
    records = registry.load()
    assert records["mini-pack"].current == "1.0.0" and records["mini-pack"].version().title == "Mini"
    [kept] = _kept_beside(registry.path)
    assert kept.read_text(encoding="utf-8") == content
    assert "was made again" in registry.notice
    assert Registry(packs).load()["mini-pack"].current == "1.0.0"  # the rebuilt file reads back


def test_a_deeply_nested_planner_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "planner.json"
    path.write_text('{"format": 2, "circle": ' + DEEP + "}", encoding="utf-8")
    store = PlannerStore(path)
    assert store.details is None and store.moved_aside is not None and store.moved_aside.exists()


def test_read_json_object_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    for content, problem in (
        (b"", "empty"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"a": Infinity}', "Infinity is not allowed"),
        (b'{"a": 1', r"not valid JSON \(line 1"),
        (DEEP.encode(), "nested too deeply"),
    ):
        path.write_bytes(content)
        with pytest.raises(ValueError, match=problem):
            read_json_object(path)
