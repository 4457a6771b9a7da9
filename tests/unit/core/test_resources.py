"""content/ and resources/ are found the same way from the checkout and from the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from handbook.core import resources
from tests.conftest import REPO


def test_from_source_they_are_in_the_checkout() -> None:
    assert resources.base_dir() == REPO
    assert (resources.bundled_pack_dir() / "pack.yaml").is_file()
    assert resources.resource_path("icons", "handbook.png").is_file()
    assert resources.read_resource_text("style", "reader.css").strip()


def test_frozen_they_are_where_pyinstaller_unpacked_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    internal = tmp_path / "Handbook" / "_internal"
    (internal / "resources" / "style").mkdir(parents=True)
    (internal / "resources" / "style" / "reader.css").write_text("body { color: black; }", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert resources.bundled_pack_dir() == internal / "content"
    assert resources.resource_path("icons", "handbook.png") == internal / "resources" / "icons" / "handbook.png"
    assert resources.read_resource_text("style", "reader.css") == "body { color: black; }"


def test_nothing_in_the_app_looks_for_the_source_tree() -> None:
    # Only the two path modules may use __file__; everything else asks them.
    users = sorted(
        path.relative_to(REPO).as_posix()
        for path in (REPO / "handbook").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8")
    )
    assert users == ["handbook/core/paths.py", "handbook/core/resources.py"]
