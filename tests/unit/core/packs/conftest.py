"""Pack fixtures: a source folder, its built .hbpack, and a data dir snapshot to prove nothing changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from handbook.core.packs.build import build_pack
from tests.conftest import FIXTURES

MakePack = Callable[..., Path]


def set_version(root: Path, version: str) -> None:
    path = root / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "\n".join(f"version: {version}" if line.startswith("version:") else line for line in text.split("\n")),
        encoding="utf-8",
    )


@pytest.fixture
def make_pack(tmp_path: Path) -> MakePack:
    """Build the mini pack (optionally at another version, after an edit) and return the .hbpack."""

    def make(version: str = "1.2.3", edit: Callable[[Path], None] | None = None, name: str = "") -> Path:
        source = tmp_path / f"source-{name or version}"
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(FIXTURES / "mini-pack", source)
        set_version(source, version)
        if edit is not None:
            edit(source)
        return build_pack(source, tmp_path / f"{name or 'mini'}-{version}.hbpack") and (
            tmp_path / f"{name or 'mini'}-{version}.hbpack"
        )

    return make


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def progress_file(private_data_dir: Path) -> Path:
    """A stand-in for a profile's progress, which pack operations must never touch."""
    path = private_data_dir / "profiles" / "default" / "progress.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"progress": {"1": {"pack": "mini-pack", "item": "start/checklist", "done": true}}}')
    return path
