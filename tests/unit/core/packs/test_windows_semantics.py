"""Files and folders as Windows treats them, simulated here: no rename over an existing name, and a file
another program holds open cannot be replaced, renamed or moved with its folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handbook.core import storage
from handbook.core.packs.errors import PackError
from handbook.core.packs.library import PackLibrary
from handbook.core.storage import StorageError, atomic_write_bytes
from tests.unit.core.packs.conftest import MakePack, snapshot


class WindowsFiles:
    """os.rename and os.replace with Windows' rules; ``held`` lists files another program has open."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.held: set[Path] = set()
        self.refusals = 0
        self._rename, self._replace = os.rename, os.replace
        monkeypatch.setattr(os, "rename", self.rename)
        monkeypatch.setattr(os, "replace", self.replace)
        monkeypatch.setattr(storage, "_WINDOWS", True)
        monkeypatch.setattr(storage.time, "sleep", lambda seconds: None)

    def _check_not_held(self, *paths: str | os.PathLike[str]) -> None:
        for path in map(Path, paths):
            if any(held == path or path in held.parents for held in self.held):
                self.refusals += 1
                raise PermissionError(13, "Access is denied", str(path))

    def rename(self, source: str | os.PathLike[str], target: str | os.PathLike[str], **_: object) -> None:
        self._check_not_held(source, target)
        if os.path.lexists(target):  # Windows' rename never overwrites
            raise FileExistsError(183, "Cannot create a file when that file already exists", str(target))
        self._rename(source, target)

    def replace(self, source: str | os.PathLike[str], target: str | os.PathLike[str], **_: object) -> None:
        self._check_not_held(source, target)
        if os.path.isdir(target):  # replace overwrites a file, never a folder
            raise PermissionError(5, "Access is denied", str(target))
        self._replace(source, target)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> WindowsFiles:
    return WindowsFiles(monkeypatch)


def test_saving_over_a_file_works_with_windows_rules(windows: WindowsFiles, tmp_path: Path) -> None:
    target = tmp_path / "progress.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]


def test_a_file_held_open_is_not_damaged_and_the_message_says_what_to_do(windows: WindowsFiles, tmp_path: Path) -> None:
    target = tmp_path / "summary.csv"
    atomic_write_bytes(target, b"old")
    windows.held.add(target)  # a spreadsheet has it open
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(target, b"new")
    assert "previous version is unchanged" in str(caught.value)
    assert "another program has this file open, close it" in str(caught.value)
    assert windows.refusals == 6  # tried again for a moment first
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.csv"]  # no temporary file left behind


def test_packs_install_update_roll_back_and_remove_with_windows_rules(
    windows: WindowsFiles, make_pack: MakePack, private_data_dir: Path
) -> None:
    library = PackLibrary(private_data_dir)
    first = make_pack("1.2.3")
    assert library.install(first) is not None
    assert library.install(make_pack("1.3.0"), confirm=lambda changes: True) is not None
    # Back to 1.2.3, whose folder is still there: it must be moved aside before the new copy is renamed in.
    again = library.install(first, confirm=lambda changes: True, downgrade=True)
    assert again is not None and again.version == "1.2.3"
    assert library.rollback("mini-pack").version == "1.3.0"
    library.remove("mini-pack")
    assert library.installed() == []
    assert windows.refusals == 0


def test_a_pack_file_held_open_stops_an_install_cleanly(
    windows: WindowsFiles, make_pack: MakePack, private_data_dir: Path
) -> None:
    library = PackLibrary(private_data_dir)
    first = make_pack("1.2.3")
    old = library.install(first)
    assert old is not None and library.install(make_pack("1.3.0"), confirm=lambda changes: True) is not None
    before = snapshot(private_data_dir / "packs")
    windows.held.add(old.folder / "course" / "01-start" / "01-welcome.md")  # open in an editor
    with pytest.raises(PackError, match="Nothing was installed"):
        library.install(first, confirm=lambda changes: True, downgrade=True)
    windows.held.clear()
    assert windows.refusals > 0
    assert snapshot(private_data_dir / "packs") == before
    assert [p.version for p in library.installed()] == ["1.3.0"]
