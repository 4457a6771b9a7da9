"""A reinstall cut off at every step (killed, or failing with a disk error) keeps the pack and its rollback version.

Every call that changes the packs folder (mkdir, rename, replace, unlink, rmtree) is a fault point.
A kill is simulated by failing that call and every later one, so no clean-up code can run, as when
the process dies; the next start then recovers. The pack the registry shows and the version it
rolls back to must both be whole, each with its own content.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handbook.core.loader import load_pack
from handbook.core.packs.library import PackLibrary
from tests.unit.core.packs.conftest import MakePack, snapshot


class Killed(BaseException):
    """The process died here."""


OPERATIONS = ("mkdir", "rename", "replace", "unlink", "rmdir")


class FaultPoints:
    """Counts the file-changing calls; makes call number ``fail_at`` (and, for a kill, all later ones) fail."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None, kill: bool) -> None:
        self.count = 0
        self.fail_at = fail_at
        self.kill = kill
        self.dead = False
        for name in OPERATIONS:
            monkeypatch.setattr(os, name, self._wrap(getattr(os, name)))
        monkeypatch.setattr(shutil, "rmtree", self._wrap(shutil.rmtree))

    def _wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self.dead:
                raise Killed
            self.count += 1
            if self.count == self.fail_at:
                if self.kill:
                    self.dead = True
                    raise Killed
                raise OSError(5, "Input/output error")
            return real(*args, **kwargs)

        return call


def _edit_welcome(text: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        path = root / "course" / "01-start" / "01-welcome.md"
        path.write_text(path.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")

    return edit


@pytest.fixture
def installed_twice(make_pack: MakePack, tmp_path: Path) -> tuple[Path, dict[str, dict[str, bytes]], Path]:
    """A data dir with 1.0.0 (the rollback version) and 1.1.0 (current); the 1.0.0 file to reinstall."""
    data = tmp_path / "template"
    library = PackLibrary(data)
    old = make_pack("1.0.0", _edit_welcome("Version one."))
    library.install(old)
    library.install(make_pack("1.1.0", _edit_welcome("Version one point one.")))
    packs = data / "packs" / "mini-pack"
    contents = {version: snapshot(packs / version) for version in ("1.0.0", "1.1.0")}
    # The reinstall brings 1.0.0 again, as a file with different content (a fixed re-release).
    again = make_pack("1.0.0", _edit_welcome("Version one, fixed."), name="again")
    return data, contents, again


def _reinstall(data: Path, again: Path) -> None:
    PackLibrary(data).install(again, downgrade=True)


def _check_intact(data: Path, contents: dict[str, dict[str, bytes]], fixed: dict[str, bytes]) -> str:
    """After the next start's recovery: the shown pack and its rollback version are whole. Returns the state."""
    library = PackLibrary(data)
    library.recover()
    pack = library.get("mini-pack")
    assert pack is not None
    folder = data / "packs" / "mini-pack"
    current, previous = pack.current.version, pack.previous.version if pack.previous else None
    assert not load_pack(folder / current).has_errors
    if (current, previous) == ("1.1.0", "1.0.0"):  # as before: both untouched, or 1.0.0 already the fixed one
        assert snapshot(folder / "1.1.0") == contents["1.1.0"]
        assert snapshot(folder / "1.0.0") in (contents["1.0.0"], fixed)
        return "before"
    assert (current, previous) == ("1.0.0", "1.1.0")  # done: the fixed 1.0.0 shown, 1.1.0 to roll back to
    assert snapshot(folder / "1.0.0") == fixed
    assert snapshot(folder / "1.1.0") == contents["1.1.0"]
    rolled = library.rollback("mini-pack")
    assert rolled.version == "1.1.0" and snapshot(folder / "1.1.0") == contents["1.1.0"]
    return "after"


@pytest.mark.parametrize("kill", [True, False], ids=["killed", "disk-error"])
def test_a_reinstall_cut_off_at_every_step_keeps_the_pack_and_its_rollback_version(
    installed_twice: tuple[Path, dict[str, dict[str, bytes]], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kill: bool,
) -> None:
    template, contents, again = installed_twice
    clean = tmp_path / "clean"
    shutil.copytree(template, clean)
    with monkeypatch.context() as patch:
        counter = FaultPoints(patch, None, kill)
        _reinstall(clean, again)
    steps = counter.count
    fixed = snapshot(clean / "packs" / "mini-pack" / "1.0.0")
    assert fixed != contents["1.0.0"] and steps > 5
    states = set()
    for step in range(1, steps + 1):
        data = tmp_path / f"run-{step}"
        shutil.copytree(template, data)
        # Any way the install stops (killed, a disk error, the PackError it becomes) is a fault point.
        with monkeypatch.context() as patch, contextlib.suppress(Killed, Exception):
            FaultPoints(patch, step, kill)
            _reinstall(data, again)
        states.add(_check_intact(data, contents, fixed))
        shutil.rmtree(data)
    assert "before" in states  # the faults did land before the change was made


def test_the_app_start_puts_back_the_pack_a_crash_left_on_its_way_out(
    installed_twice: tuple[Path, dict[str, dict[str, bytes]], Path],
) -> None:
    from handbook.core.packs.active import load_active_pack
    from handbook.core.settings import Settings

    data, contents, _again = installed_twice
    settings = Settings(data / "settings.json")
    settings.set("active_pack", "mini-pack")
    packs = data / "packs"
    trash = packs / ".trash-crashed" / "mini-pack"
    trash.mkdir(parents=True)
    os.rename(packs / "mini-pack" / "1.1.0", trash / "1.1.0")  # where a reinstall had moved it when it died

    active = load_active_pack(data, settings)

    assert active.note == "" and active.pack.root == packs / "mini-pack" / "1.1.0"
    assert snapshot(packs / "mini-pack" / "1.1.0") == contents["1.1.0"]
