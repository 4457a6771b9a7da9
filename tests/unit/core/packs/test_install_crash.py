"""A change of packs cut off at every step (killed, or failing with a disk error) keeps the pack and its rollback version.

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

from handbook.core.content.loader import load_pack
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


def _state(data: Path) -> tuple[tuple[str, str | None], dict[str, dict[str, bytes]]]:
    """After the next start's recovery: the registry's (current, previous) and the content of each."""
    library = PackLibrary(data)
    library.recover()
    pack = library.get("mini-pack")
    if pack is None:
        return ("", None), {}
    versions = (pack.current.version, pack.previous.version if pack.previous else None)
    folder = data / "packs" / "mini-pack"
    for version in filter(None, versions):
        assert not load_pack(folder / version).has_errors, version
    return versions, {version: snapshot(folder / version) for version in versions if version}


OPERATIONS_ON_PACKS: dict[str, Callable[[PackLibrary, Path], object]] = {
    "reinstall": lambda library, again: library.install(again, downgrade=True),
    "update": lambda library, newer: library.install(newer),
    "rollback": lambda library, _file: library.rollback("mini-pack"),
    "remove": lambda library, _file: library.remove("mini-pack"),
}


@pytest.mark.parametrize(
    ("operation", "kill"),
    [("reinstall", True), ("reinstall", False), ("update", True), ("rollback", True), ("remove", True)],
    ids=["reinstall-killed", "reinstall-disk-error", "update-killed", "rollback-killed", "remove-killed"],
)
def test_a_change_of_packs_cut_off_at_every_step_keeps_the_pack_and_its_rollback_version(
    installed_twice: tuple[Path, dict[str, dict[str, bytes]], Path],
    make_pack: MakePack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kill: bool,
    operation: str,
) -> None:
    template, _contents, again = installed_twice
    file = make_pack("1.2.0", _edit_welcome("Version one point two.")) if operation == "update" else again
    run = OPERATIONS_ON_PACKS[operation]
    before = _state(template)
    clean = tmp_path / "clean"
    shutil.copytree(template, clean)
    with monkeypatch.context() as patch:
        counter = FaultPoints(patch, None, kill)
        run(PackLibrary(clean), file)
    after = _state(clean)
    assert after != before and counter.count > 2
    seen = set()
    for step in range(1, counter.count + 1):
        data = tmp_path / f"run-{step}"
        shutil.copytree(template, data)
        # Any way the change stops (killed, a disk error, the PackError it becomes) is a fault point.
        with monkeypatch.context() as patch, contextlib.suppress(Killed, Exception):
            FaultPoints(patch, step, kill)
            run(PackLibrary(data), file)
        (versions, folders) = _state(data)
        assert versions in (before[0], after[0]), f"step {step}: {versions}"
        for version, content in folders.items():
            # Every version the registry names is whole: as it was, or as the change brings it.
            assert content in (before[1].get(version), after[1].get(version)), f"step {step}: {version}"
        seen.add("before" if versions == before[0] else "after")
        if versions == before[0] and operation != "reinstall":
            assert folders == before[1], f"step {step}"
        shutil.rmtree(data)
    assert seen == {"before", "after"}  # faults landed both before and after the change took effect


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
