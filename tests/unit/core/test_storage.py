"""Atomic writes: the old file stays whole until the new one is complete, and Windows' locks are waited out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handbook.core import storage
from handbook.core.storage import StorageError, atomic_write_bytes, move_aside, replace_file


def test_a_write_replaces_the_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "progress.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "progress.json"
    atomic_write_bytes(target, b"old")

    def refuse(source: object, dest: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", refuse)
    with pytest.raises(StorageError, match="previous version is unchanged"):
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.json"]


def _flaky_replace(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[int]:
    """os.replace that is refused ``failures`` times, as when a virus scanner holds the file."""
    calls: list[int] = []
    real = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        calls.append(1)
        if len(calls) <= failures:
            raise PermissionError(13, "Access is denied")
        real(source, target)

    monkeypatch.setattr(storage.os, "replace", replace)
    monkeypatch.setattr(storage.time, "sleep", lambda seconds: None)
    return calls


def test_on_windows_a_held_file_is_tried_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "_WINDOWS", True)
    calls = _flaky_replace(monkeypatch, failures=3)
    target = tmp_path / "settings.json"
    atomic_write_bytes(target, b"saved")
    assert target.read_bytes() == b"saved" and len(calls) == 4


def test_a_file_held_for_good_still_fails_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "_WINDOWS", True)
    calls = _flaky_replace(monkeypatch, failures=100)
    with pytest.raises(StorageError, match="could not be saved"):
        atomic_write_bytes(tmp_path / "settings.json", b"saved")
    assert len(calls) == 6


def test_elsewhere_a_refusal_is_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "_WINDOWS", False)
    calls = _flaky_replace(monkeypatch, failures=1)
    (tmp_path / "a").write_bytes(b"x")
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1


def test_a_damaged_file_is_moved_aside_never_deleted(tmp_path: Path) -> None:
    damaged = tmp_path / "progress.json"
    damaged.write_bytes(b"{broken")
    first = move_aside(damaged)
    damaged.write_bytes(b"{broken again")
    second = move_aside(damaged)
    assert first.name == "progress.json.damaged-1" and second.name == "progress.json.damaged-2"
    assert first.read_bytes() == b"{broken" and second.read_bytes() == b"{broken again"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_written_file_gets_the_folders_usual_permissions(tmp_path: Path) -> None:
    """Not the owner-only mode of a temporary file: a PDF or a pack is often for other people too."""
    mask = os.umask(0o022)
    os.umask(mask)
    target = tmp_path / "plan.pdf"
    atomic_write_bytes(target, b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
